export const id = 247;
export const ids = [247];
export const modules = {

/***/ 3829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ EdgeBuildError),
/* harmony export */   lU: () => (/* binding */ compileEdgeConfig)
/* harmony export */ });
/* unused harmony export forbiddenValueChar */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _policy_edge_restrictions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(833);
/* harmony import */ var _policy_header_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2528);
/* harmony import */ var _policy_match_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6563);
// ResolvedPolicy -> the edge function's config.json: plain data the handler reads at cold
// start. The policy loader has already validated the policy; the checks here are the last
// line of defence for anything that reaches the build another way (a hand-made object), so a
// value that could break the wire or a header Lambda@Edge forbids never gets into a package.




/** The policy cannot be packaged; the message names the place and the fix. */
class EdgeBuildError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HeaderguardError */ .hs {
}
function at(pos) {
    return pos ? `${pos.file}:${pos.line}:${pos.col}: ` : '';
}
/**
 * The first character a header value must not carry, or undefined. Allowed: HTAB, visible
 * ASCII, space, and the Latin-1 range RFC 9110 calls obs-text. Refused: control characters
 * (CR, LF and NUL split or truncate headers), and anything above U+00FF, which includes
 * U+2028/U+2029 and cannot be one byte on the wire.
 */
function forbiddenValueChar(value) {
    for (const ch of value) {
        const code = ch.codePointAt(0) ?? 0;
        const ok = code === 0x09 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
        if (!ok)
            return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    }
    return undefined;
}
function checkHeaderRule(rule) {
    const where = at(rule.pos);
    if (typeof rule.name !== 'string' ||
        !(0,_policy_header_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isToken */ .sg)(rule.name) ||
        rule.name !== rule.name.toLowerCase()) {
        throw new EdgeBuildError(`${where}header name ${JSON.stringify(rule.name)} must be a lowercase RFC 9110 token`);
    }
    if (typeof rule.key !== 'string' || rule.key.toLowerCase() !== rule.name) {
        throw new EdgeBuildError(`${where}header key ${JSON.stringify(rule.key)} must spell '${rule.name}' (any casing)`);
    }
    const restriction = (0,_policy_edge_restrictions_js__WEBPACK_IMPORTED_MODULE_2__/* .edgeRestriction */ .we)(rule.name);
    if (restriction) {
        throw new EdgeBuildError(`${where}'${rule.key}' is ${restriction} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);
    }
    if (typeof rule.value !== 'string') {
        throw new EdgeBuildError(`${where}the value of '${rule.key}' must be a string`);
    }
    const bad = forbiddenValueChar(rule.value);
    if (bad) {
        throw new EdgeBuildError(`${where}the value of '${rule.key}' contains ${bad}; header values may hold only tabs, visible ASCII, spaces and Latin-1 (no CR, LF, NUL or line separators)`);
    }
    if (typeof rule.override !== 'boolean') {
        throw new EdgeBuildError(`${where}'override' of '${rule.key}' must be true or false`);
    }
    for (const [lo, hi] of rule.when?.statuses ?? []) {
        if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 100 || hi > 599 || lo > hi) {
            throw new EdgeBuildError(`${where}status range [${lo}, ${hi}] of '${rule.key}' must be within 100-599, low first`);
        }
    }
    for (const type of rule.when?.contentTypes ?? []) {
        if (typeof type !== 'string' ||
            !/^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/i.test(type)) {
            throw new EdgeBuildError(`${where}content type ${JSON.stringify(type)} of '${rule.key}' must look like 'text/html' or 'text/*'`);
        }
    }
}
function checkRemoveName(name, pos) {
    const where = at(pos);
    if (typeof name !== 'string')
        throw new EdgeBuildError(`${where}remove entries must be header names`);
    const prefix = name.endsWith('*') ? name.slice(0, -1) : undefined;
    const bare = prefix ?? name;
    if (!(0,_policy_header_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isToken */ .sg)(bare) || bare !== bare.toLowerCase()) {
        throw new EdgeBuildError(`${where}remove entry ${JSON.stringify(name)} must be a lowercase header name, optionally ending in '*'`);
    }
    const restricted = prefix === undefined
        ? (0,_policy_edge_restrictions_js__WEBPACK_IMPORTED_MODULE_2__/* .edgeRestriction */ .we)(name)
        : _policy_edge_restrictions_js__WEBPACK_IMPORTED_MODULE_2__/* .DISALLOWED_HEADER_PREFIXES */ .C4.some((p) => prefix.startsWith(p))
            ? 'disallowed'
            : undefined;
    if (restricted) {
        throw new EdgeBuildError(`${where}'${name}' is ${restricted} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`);
    }
}
function compileRule(rule) {
    const out = { key: rule.key, value: rule.value, override: rule.override };
    const when = {};
    if (rule.when?.statuses)
        when.statuses = rule.when.statuses.map(([lo, hi]) => [lo, hi]);
    if (rule.when?.contentTypes)
        when.contentTypes = rule.when.contentTypes.map((t) => t.toLowerCase());
    if (when.statuses || when.contentTypes)
        out.when = when;
    return out;
}
function compileSet(set) {
    const byName = new Map();
    for (const rule of set.headers) {
        checkHeaderRule(rule);
        const rules = byName.get(rule.name) ?? [];
        rules.push(compileRule(rule));
        byName.set(rule.name, rules);
    }
    for (const r of set.remove)
        checkRemoveName(r.name, r.pos);
    return {
        set: [...byName].map(([name, rules]) => ({ name, rules })),
        remove: set.remove.map((r) => r.name)
    };
}
/** The data the edge handler runs on. Throws EdgeBuildError for anything unsafe to ship. */
function compileEdgeConfig(policy) {
    return {
        version: 1,
        defaults: compileSet(policy.defaults),
        paths: policy.paths.map((path) => {
            const pattern = (0,_policy_match_js__WEBPACK_IMPORTED_MODULE_3__/* .globToRegExpSource */ .oY)(path.match);
            if (path.pattern !== pattern) {
                throw new EdgeBuildError(`${at(path.pos)}path pattern for '${path.match}' is ${JSON.stringify(path.pattern)}, expected ${JSON.stringify(pattern)}; re-resolve the policy with the loader`);
            }
            return { match: path.match, pattern, ...compileSet(path) };
        })
    };
}


/***/ }),

/***/ 3236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S1: () => (/* binding */ buildEdgePackage),
  $D: () => (/* binding */ readPackagedHeaders),
  RB: () => (/* binding */ writeEdgePackage)
});

// UNUSED EXPORTS: CONFIG_FILE, EDGE_HANDLER, HANDLER_FILE, HEADERGUARD_VERSION, codeSha256, packagedHeaders, readEdgeConfig, zipEdgeConfig

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/build/compile.ts
var compile = __webpack_require__(3829);
;// CONCATENATED MODULE: ./src/build/edge-source.generated.ts
// Generated by scripts/generate-edge-source.mjs from edge/handler.mjs. Do not edit:
// change the handler, then run `node scripts/generate-edge-source.mjs`.
const EDGE_HANDLER_SOURCE = "// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,\n// nodejs22.x and nodejs24.x (async handler: nodejs24.x has no callbacks).\n//\n// The policy arrives as data in ./config.json, written by headerguard's compiler. It is read\n// and turned into ready-made CloudFront header entries once, at cold start; a request only\n// picks the header set for its path and merges. Nothing from the policy is ever code.\n\n// process.getBuiltinModule (Node.js 20.16+, 22.3+) rather than an import statement: one module\n// resolution less at cold start. Lambda@Edge requires the Auto runtime-update mode, so every\n// nodejs20.x/22.x/24.x it runs is recent enough.\nconst { readFileSync } = process.getBuiltinModule('node:fs')\n\n// Lambda@Edge answers 502 when a function adds, changes or deletes these (CloudFront Developer\n// Guide, \"Restrictions on all edge functions\" and \"Restrictions on Lambda@Edge\"). The compiler\n// refuses policies that name them; this list makes the function safe even without that check.\nexport const PROTECTED_HEADERS = Object.freeze([\n  'connection',\n  'expect',\n  'keep-alive',\n  'proxy-authenticate',\n  'proxy-authorization',\n  'proxy-connection',\n  'trailer',\n  'upgrade',\n  'x-accel-buffering',\n  'x-accel-charset',\n  'x-accel-limit-rate',\n  'x-accel-redirect',\n  'x-amzn-auth',\n  'x-amzn-cf-billing',\n  'x-amzn-cf-id',\n  'x-amzn-cf-xff',\n  'x-amzn-errortype',\n  'x-amzn-fle-profile',\n  'x-amzn-header-count',\n  'x-amzn-header-order',\n  'x-amzn-lambda-integration-tag',\n  'x-amzn-requestid',\n  'x-cache',\n  'x-forwarded-proto',\n  'x-real-ip',\n  'transfer-encoding',\n  'via'\n])\nexport const PROTECTED_HEADER_PREFIXES = Object.freeze(['x-amz-cf-', 'x-edge-'])\n\nconst protectedNames = new Set(PROTECTED_HEADERS)\n\nfunction isProtected(name) {\n  if (protectedNames.has(name)) return true\n  for (let i = 0; i < PROTECTED_HEADER_PREFIXES.length; i++) {\n    if (name.startsWith(PROTECTED_HEADER_PREFIXES[i])) return true\n  }\n  return false\n}\n\nfunction flatRanges(ranges) {\n  const flat = []\n  for (const [low, high] of ranges) flat.push(low, high)\n  return flat\n}\n\n// A header rule ready to apply: the entry array is built once and shared by every response\n// (Lambda serialises the returned object, so sharing is safe; frozen so nothing can edit it).\nfunction compileRule(rule) {\n  const when = rule.when\n  const types = []\n  const typePrefixes = []\n  if (when && when.contentTypes) {\n    for (const type of when.contentTypes) {\n      const t = type.toLowerCase()\n      if (t.endsWith('/*')) typePrefixes.push(t.slice(0, -1))\n      else types.push(t)\n    }\n  }\n  return {\n    entry: Object.freeze([Object.freeze({ key: rule.key, value: rule.value })]),\n    override: rule.override === true,\n    statuses: when && when.statuses ? flatRanges(when.statuses) : null,\n    types: when && when.contentTypes ? types : null,\n    typePrefixes\n  }\n}\n\nfunction compileGroup(group) {\n  const rules = group.rules.map(compileRule)\n  const only =\n    rules.length === 1 && rules[0].statuses === null && rules[0].types === null ? rules[0] : null\n  return { name: group.name, only, rules }\n}\n\n// A CloudFront path pattern as the cheapest equivalent test: equality, a prefix, or the\n// anchored RegExp the compiler derived from it.\nfunction compileMatcher(match, pattern) {\n  const star = match.indexOf('*')\n  if (match.indexOf('?') === -1) {\n    if (star === -1) return { exact: match, prefix: null, regexp: null }\n    if (star === match.length - 1) return { exact: null, prefix: match.slice(0, -1), regexp: null }\n  }\n  return { exact: null, prefix: null, regexp: new RegExp(pattern) }\n}\n\nfunction compileSet(set, match, pattern) {\n  const removeExact = []\n  const removePrefixes = []\n  for (const name of set.remove) {\n    if (name.endsWith('*')) removePrefixes.push(name.slice(0, -1))\n    else if (!isProtected(name)) removeExact.push(name)\n  }\n  return {\n    matcher: match === null ? null : compileMatcher(match, pattern),\n    removeExact: removeExact.length > 0 ? removeExact : null,\n    removePrefixes: removePrefixes.length > 0 ? removePrefixes : null,\n    groups: set.set.filter((group) => !isProtected(group.name)).map(compileGroup)\n  }\n}\n\nconst config = JSON.parse(readFileSync(new URL('./config.json', import.meta.url), 'utf8'))\nif (config.version !== 1)\n  throw new Error(`config.json version ${config.version} is not supported by this handler`)\nconst defaults = compileSet(config.defaults, null, null)\nconst paths = config.paths.map((p) => compileSet(p, p.match, p.pattern))\n\nfunction selectSet(uri) {\n  for (let i = 0; i < paths.length; i++) {\n    const m = paths[i].matcher\n    if (\n      m.exact !== null\n        ? uri === m.exact\n        : m.prefix !== null\n          ? uri.startsWith(m.prefix)\n          : m.regexp.test(uri)\n    ) {\n      return paths[i]\n    }\n  }\n  return defaults\n}\n\n// Content types repeat across responses: remember each one parsed (bounded in count and in\n// value length, so an origin sending endless distinct values cannot grow it without limit).\nconst mediaTypes = new Map()\nfunction mediaTypeOf(headers) {\n  const entries = headers['content-type']\n  if (entries === undefined || entries.length === 0) return undefined\n  const value = entries[0].value\n  let type = mediaTypes.get(value)\n  if (type === undefined) {\n    const semicolon = value.indexOf(';')\n    type = (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase()\n    if (value.length <= 128) {\n      if (mediaTypes.size >= 256) mediaTypes.clear()\n      mediaTypes.set(value, type)\n    }\n  }\n  return type === '' ? undefined : type\n}\n\nfunction typeMatches(rule, media) {\n  for (let i = 0; i < rule.types.length; i++) if (media === rule.types[i]) return true\n  for (let i = 0; i < rule.typePrefixes.length; i++)\n    if (media.startsWith(rule.typePrefixes[i])) return true\n  return false\n}\n\nfunction statusMatches(ranges, status) {\n  for (let i = 0; i < ranges.length; i += 2)\n    if (status >= ranges[i] && status <= ranges[i + 1]) return true\n  return false\n}\n\n// A removed header is set to undefined rather than deleted: Lambda returns the result as\n// JSON, which leaves undefined members out, so CloudFront never sees the header; and the\n// header map keeps its fast shape (a delete would turn it into a slow dictionary).\nfunction removeHeaders(headers, set) {\n  const exact = set.removeExact\n  if (exact !== null) {\n    for (let i = 0; i < exact.length; i++) {\n      if (headers[exact[i]] !== undefined) headers[exact[i]] = undefined\n    }\n  }\n  const prefixes = set.removePrefixes\n  if (prefixes !== null) {\n    for (const name in headers) {\n      for (let i = 0; i < prefixes.length; i++) {\n        if (name.startsWith(prefixes[i])) {\n          if (headers[name] !== undefined && !isProtected(name)) headers[name] = undefined\n          break\n        }\n      }\n    }\n  }\n}\n\nconst UNKNOWN = -1\n\nexport const handler = async (event) => {\n  const cf = event.Records[0].cf\n  const response = cf.response\n  const set = paths.length === 0 ? defaults : selectSet(cf.request.uri)\n  const headers = response.headers\n  if (set.removeExact !== null || set.removePrefixes !== null) removeHeaders(headers, set)\n  const groups = set.groups\n  let status = UNKNOWN\n  let media = null\n  for (let g = 0; g < groups.length; g++) {\n    const group = groups[g]\n    let rule = group.only\n    if (rule === null) {\n      // Several rules or conditions for one header: the first whose `when` holds applies.\n      const rules = group.rules\n      for (let r = 0; r < rules.length; r++) {\n        const candidate = rules[r]\n        if (candidate.statuses !== null) {\n          if (status === UNKNOWN) status = +response.status\n          if (!statusMatches(candidate.statuses, status)) continue\n        }\n        if (candidate.types !== null) {\n          if (media === null) media = mediaTypeOf(headers)\n          if (media === undefined || !typeMatches(candidate, media)) continue\n        }\n        rule = candidate\n        break\n      }\n      if (rule === null) continue\n    }\n    if (!rule.override) {\n      const current = headers[group.name]\n      if (current !== undefined && current.length !== 0) continue\n    }\n    headers[group.name] = rule.entry\n  }\n  return response\n}\n";

;// CONCATENATED MODULE: ./src/build/package.ts
// The deterministic Lambda@Edge package: the same policy always gives the same zip bytes, so
// the deploy step can compare CodeSha256 instead of publishing a new version every run.







/** Lambda's Handler setting for the package: index.mjs, export `handler`. */
const EDGE_HANDLER = 'index.handler';
const HANDLER_FILE = 'index.mjs';
const CONFIG_FILE = 'config.json';
// Everything that would otherwise vary between builds is fixed: the DOS epoch as the
// timestamp (a local-time Date, because zip stores local wall-clock fields), Unix as the
// creator, rw-r--r-- regular files (Lambda needs world-readable files), one compression level.
const ENTRY_ATTRIBUTES = {
    level: 9,
    mtime: new Date(1980, 0, 1, 0, 0, 0),
    os: 3,
    attrs: (0o100644 << 16) >>> 0
};
/** base64 SHA-256 of the bytes, the form Lambda reports as CodeSha256. */
function codeSha256(zip) {
    return (0,external_node_crypto_.createHash)('sha256').update(zip).digest('base64');
}
function packagedSet(set) {
    const headers = {};
    for (const header of set.set) {
        const first = header.rules[0];
        if (first)
            headers[header.name] = first.value;
    }
    return { headers, remove: [...set.remove] };
}
/** The comparable summary of a config: for a header with several conditional rules, its first value. */
function packagedHeaders(config) {
    return {
        defaults: packagedSet(config.defaults),
        paths: config.paths.map((p) => ({ match: p.match, ...packagedSet(p) }))
    };
}
/** Zip bytes for a config; policy values travel only inside config.json, as JSON data. */
function zipEdgeConfig(config) {
    return (0,esm/* zipSync */.L)({
        [HANDLER_FILE]: [(0,esm/* strToU8 */._u)(EDGE_HANDLER_SOURCE), ENTRY_ATTRIBUTES],
        [CONFIG_FILE]: [(0,esm/* strToU8 */._u)(JSON.stringify(config)), ENTRY_ATTRIBUTES]
    }, ENTRY_ATTRIBUTES);
}
/** Compile and package a policy. Throws EdgeBuildError when the policy is unsafe to ship. */
function buildEdgePackage(policy, options = {}) {
    const config = (0,compile/* compileEdgeConfig */.lU)(policy);
    const zip = zipEdgeConfig(config);
    const manifest = {
        codeSha256: codeSha256(zip),
        bytes: zip.byteLength,
        runtime: options.runtime ?? policy.lambda.runtime,
        handler: EDGE_HANDLER,
        policyHash: policy.hash,
        headers: packagedHeaders(config),
        builtBy: `headerguard ${version/* HEADERGUARD_VERSION */.y}`
    };
    return { zip, manifest };
}
/** DIR/edge.zip and DIR/manifest.json (pretty JSON, trailing newline). */
async function writeEdgePackage(dir, pkg) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'edge.zip'), pkg.zip);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'manifest.json'), `${JSON.stringify(pkg.manifest, null, 2)}\n`);
}
/** The config.json a built zip carries, e.g. the one of the live version, to diff against a new build. */
function readEdgeConfig(zip) {
    let text;
    try {
        const entry = (0,esm/* unzipSync */.AO)(zip, { filter: (file) => file.name === CONFIG_FILE })[CONFIG_FILE];
        if (!entry)
            throw new Error(`it has no ${CONFIG_FILE}`);
        text = (0,esm/* strFromU8 */.he)(entry);
    }
    catch (error) {
        throw new compile/* EdgeBuildError */.Ao(`the zip is not a headerguard edge package: ${error instanceof Error ? error.message : String(error)}`);
    }
    const config = JSON.parse(text);
    if (config.version !== 1)
        throw new compile/* EdgeBuildError */.Ao(`the package's ${CONFIG_FILE} has unsupported version ${config.version}`);
    return config;
}
/** The headers a built zip sends, in the manifest's comparable form. */
function readPackagedHeaders(zip) {
    return packagedHeaders(readEdgeConfig(zip));
}



/***/ }),

/***/ 8247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand),
  exitCodeOf: () => (/* binding */ exitCodeOf),
  planCommand: () => (/* binding */ planCommand),
  renderTerminalReport: () => (/* binding */ renderTerminalReport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/aws-stage.ts

function deploySettings(policy, settings, env = process.env) {
    const functionName = policy.lambda.functionName;
    if (!functionName) {
        throw new errors/* InputError */.dz("Input 'function-name': no Lambda@Edge function named; set it or lambda.function in the policy");
    }
    return {
        distributionIds: policy.cloudfront.distributions,
        behaviors: policy.cloudfront.behaviors,
        functionName,
        roleArn: policy.lambda.role,
        runtime: policy.lambda.runtime,
        memory: policy.lambda.memory,
        timeout: policy.lambda.timeout,
        replaceForeignAssociation: policy.cloudfront.replaceForeignAssociation,
        waitTimeoutMs: settings.waitTimeoutMs,
        pollIntervalMs: settings.pollIntervalMs,
        invalidate: settings.invalidate,
        // A deploy is followed by verification, which needs the invalidation done.
        waitForInvalidation: true,
        description: env.GITHUB_SHA ? `commit ${env.GITHUB_SHA.slice(0, 12)}` : undefined
    };
}
/** Reads that have nothing to tell the log. */
const silentLog = { info() { }, debug() { }, warning() { }, group: (_name, fn) => fn() };
async function loadAwsStage() {
    const [{ createAwsClients }, { deploy, planDeployment, rollback, outcomeOfFailure }, { readDistributionStatus }, { awsContext }, { pruneVersions }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(435), __webpack_require__.e(201)]).then(__webpack_require__.bind(__webpack_require__, 201)),
        Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(435), __webpack_require__.e(92), __webpack_require__.e(725)]).then(__webpack_require__.bind(__webpack_require__, 725)),
        Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(329)]).then(__webpack_require__.bind(__webpack_require__, 8329)),
        __webpack_require__.e(/* import() */ 510).then(__webpack_require__.bind(__webpack_require__, 7510)),
        Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(435), __webpack_require__.e(92), __webpack_require__.e(61)]).then(__webpack_require__.bind(__webpack_require__, 6061))
    ]);
    const clients = createAwsClients();
    return {
        plan: (policy, pkg, settings, log) => planDeployment(clients, pkg, deploySettings(policy, settings), log),
        deploy: (policy, pkg, settings, log) => deploy(clients, pkg, deploySettings(policy, settings), log),
        rollback: (outcome, policy, settings, log, reason) => rollback(clients, outcome, deploySettings(policy, settings), log, reason),
        outcomeOfFailure,
        distributionStatuses: async (distributionIds) => {
            const ctx = awsContext(clients, silentLog);
            const statuses = await Promise.all(distributionIds.map((id) => readDistributionStatus(ctx, id)));
            return statuses.map((s) => s.status);
        },
        prune: async (policy, keep, log) => {
            const functionName = policy.lambda.functionName;
            if (!functionName)
                throw new errors/* InputError */.dz('prune-versions: no Lambda@Edge function named');
            const pruned = await pruneVersions(clients, functionName, keep, log);
            const list = (versions) => (versions.length ? versions.join(', ') : 'none');
            return `pruned ${functionName}: deleted versions ${list(pruned.deleted)}; still replicated, retry later: ${list(pruned.deferred)}`;
        },
        siteUrls: async (distributionIds) => {
            const ctx = awsContext(clients, silentLog);
            const statuses = await Promise.all(distributionIds.map((id) => readDistributionStatus(ctx, id)));
            return statuses.map((s) => `https://${s.domainName}/`);
        }
    };
}

;// CONCATENATED MODULE: ./src/event.ts
function describeEvent(name, payload, env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '/').split('/');
    const pr = payload.pull_request;
    const headRepo = pr?.head?.repo;
    const fromFork = pr !== undefined &&
        (headRepo === null ||
            (headRepo?.full_name !== undefined &&
                payload.repository?.full_name !== undefined &&
                headRepo.full_name !== payload.repository.full_name));
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        name,
        owner: owner || undefined,
        repo: repo || undefined,
        sha: env.GITHUB_SHA,
        prNumber: pr?.number ?? payload.number,
        fromFork,
        runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined
    };
}
/** `auto`: pull_request → plan, push and workflow_dispatch → deploy, schedule → check. */
function resolveMode(mode, eventName) {
    if (mode !== 'auto')
        return mode;
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
        case 'merge_group':
            return 'plan';
        case 'schedule':
            return 'check';
        case 'push':
        case 'workflow_dispatch':
        case 'release':
        case 'repository_dispatch':
            return 'deploy';
        default:
            // Unknown events change nothing in AWS: a plan is always safe.
            return 'plan';
    }
}

;// CONCATENATED MODULE: ./src/log.ts
// The one logging surface the pipeline writes to: @actions/core in the action, the terminal
// in the CLI. Modules receive a Logger; they never import @actions/core themselves.
/** A Logger for the terminal: info on stdout, warnings on stderr, debug only when asked. */
function terminalLogger(out = process.stdout, err = process.stderr, debug = Boolean(process.env.HEADERGUARD_DEBUG)) {
    return {
        info: (message) => void out.write(`${message}\n`),
        debug: (message) => {
            if (debug)
                err.write(`debug: ${message}\n`);
        },
        warning: (message) => void err.write(`warning: ${message}\n`),
        group: async (name, fn) => {
            out.write(`\n== ${name}\n`);
            return fn();
        }
    };
}
/** A Logger that records everything, for tests. */
function memoryLogger() {
    const lines = [];
    return {
        lines,
        info: (m) => void lines.push(`info: ${m}`),
        debug: (m) => void lines.push(`debug: ${m}`),
        warning: (m) => void lines.push(`warning: ${m}`),
        group: async (name, fn) => {
            lines.push(`group: ${name}`);
            return fn();
        }
    };
}

// EXTERNAL MODULE: ./src/build/package.ts + 1 modules
var build_package = __webpack_require__(3236);
// EXTERNAL MODULE: ./src/build/cloudfront-event.ts
var cloudfront_event = __webpack_require__(1703);
// EXTERNAL MODULE: ./src/build/edge-validation.ts
var edge_validation = __webpack_require__(3235);
// EXTERNAL MODULE: ./src/build/runner.ts
var runner = __webpack_require__(6748);
;// CONCATENATED MODULE: ./src/build/preview.ts
// "What would the edge do" for a response already fetched from the live site: plan mode runs
// every live response through the new package's handler (from the zip, via the one runner) and
// applies Lambda@Edge's own validation, so a pull request is judged on what the site will serve
// after the deploy — including the 502 CloudFront would give — not on what it serves today.



/** CloudFront's own answer when the function's result is unusable, as the emulator serves it. */
function cloudFrontError(status, xCache, reason) {
    return {
        status,
        headers: { 'content-type': ['text/html'], 'x-cache': [`${xCache} from cloudfront`] },
        rejected: reason
    };
}
async function openEdgePreview(zip) {
    const edge = await (0,runner/* openEdgeZip */.TW)(zip, { isolated: true });
    return {
        async apply(uri, response) {
            const pairs = Object.entries(response.headers).flatMap(([name, values]) => values.map((value) => [name, value]));
            const event = (0,cloudfront_event/* makeOriginResponseEvent */.S)({ uri, status: response.status, headers: pairs });
            const before = event.Records[0]?.cf.response;
            const run = await edge.invoke(event);
            if (!run.response || !before) {
                return cloudFrontError(503, 'LambdaExecutionError', run.error ?? 'the function returned nothing');
            }
            const problems = (0,edge_validation/* validateOriginResponseResult */.d)(before, run.response);
            if (problems.length > 0)
                return cloudFrontError(502, 'LambdaValidationError', problems.join('; '));
            const headers = {};
            for (const [name, entries] of Object.entries(run.response.headers ?? {})) {
                headers[name] = entries.map((entry) => entry.value);
            }
            return { status: Number(run.response.status), headers };
        },
        close: () => edge.close()
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/aws/credentials.ts
// Whether this run can reach AWS at all. A fork's pull request has no secrets and no OIDC
// token; a run without credentials still validates, builds and verifies, and says what it
// skipped. Detection follows the SDK's default provider chain's sources without calling them,
// so a machine without credentials does not wait on instance-metadata time-outs.



function awsCredentialSource(env) {
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
        return 'environment variables';
    if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN)
        return 'web identity token';
    if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) {
        return 'container credentials';
    }
    if (env.AWS_PROFILE)
        return `profile ${env.AWS_PROFILE}`;
    // Instance profiles are opted into, never probed: probing 169.254.169.254 from a machine that
    // has no metadata service costs seconds of time-outs (self-hosted EC2 runners set this).
    if (env.AWS_EC2_METADATA_DISABLED === 'false')
        return 'instance metadata';
    const sharedFile = env.AWS_SHARED_CREDENTIALS_FILE ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.aws', 'credentials');
    const configFile = env.AWS_CONFIG_FILE ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.aws', 'config');
    // On a GitHub-hosted runner the only credentials are the ones a previous step exported.
    if (env.GITHUB_ACTIONS !== 'true' && ((0,external_node_fs_.existsSync)(sharedFile) || (0,external_node_fs_.existsSync)(configFile))) {
        return 'shared config files';
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/policy/diagnostics.ts
var diagnostics = __webpack_require__(8954);
// EXTERNAL MODULE: ./src/policy/load.ts + 8 modules
var load = __webpack_require__(6437);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/verify/site.ts + 3 modules
var site = __webpack_require__(8502);
// EXTERNAL MODULE: ./src/verify/check.ts + 2 modules
var check = __webpack_require__(8698);
// EXTERNAL MODULE: ./src/verify/grade.ts
var grade = __webpack_require__(1466);
;// CONCATENATED MODULE: ./src/verify/verify.ts
// verify/'s public surface, under the name the pipeline imports.




;// CONCATENATED MODULE: ./src/pipeline.ts
// The modes as steps over the stage modules, shared by the action (main.ts) and the CLI:
// policy → build → aws → verify. Reporting is the caller's: the action reports to GitHub,
// the CLI to the terminal; both get the same PipelineResult.










/** Action inputs override the policy file's values. */
function applyOverrides(policy, settings) {
    return {
        ...policy,
        cloudfront: {
            ...policy.cloudfront,
            distributions: settings.distributionIds ?? policy.cloudfront.distributions,
            behaviors: settings.behaviors ?? policy.cloudfront.behaviors
        },
        lambda: {
            ...policy.lambda,
            functionName: settings.functionName ?? policy.lambda.functionName,
            role: settings.roleArn ?? policy.lambda.role
        },
        verify: { ...policy.verify, urls: settings.urls ?? policy.verify.urls }
    };
}
/** Why the AWS steps cannot run, or undefined when they can. */
function awsSkipReason(event, env) {
    if (event.fromFork) {
        return 'this pull request comes from a fork, which gets no AWS credentials: the AWS steps were skipped; the policy was validated and built and the live site verified';
    }
    if (!awsCredentialSource(env)) {
        return 'no AWS credentials in the environment (add aws-actions/configure-aws-credentials before this step): the AWS steps were skipped; the policy was validated and built and the live site verified';
    }
    return undefined;
}
/** A deploy that cannot reach AWS must fail, not pass on a site it did not change. */
const DEPLOY_WITHOUT_CREDENTIALS = 'deploy needs AWS credentials and found none in the environment (AWS_ACCESS_KEY_ID, AWS_WEB_IDENTITY_TOKEN_FILE, AWS_PROFILE, container credentials): add aws-actions/configure-aws-credentials before this step; on a self-hosted runner with an instance profile, set AWS_EC2_METADATA_DISABLED=false to use it. Nothing was deployed.';
function requireDeployTarget(policy) {
    if (!policy.lambda.functionName) {
        throw new errors/* InputError */.dz(`No Lambda@Edge function name: set lambda.function in ${policy.file} or the function-name input`);
    }
    if (policy.cloudfront.distributions.length === 0) {
        throw new errors/* InputError */.dz(`No CloudFront distribution: set cloudfront.distribution in ${policy.file} or the distribution-id input`);
    }
}
async function runPipeline(input) {
    const { settings, event, env, cwd, log } = input;
    const mode = resolveMode(settings.mode, event.name);
    const given = settings.policyFile === src_settings/* DEFAULT_POLICY_FILE */.mY ? undefined : settings.policyFile;
    const policyPath = (0,load/* findPolicyFile */.Oz)(cwd, given);
    const policyFile = (0,paths/* repoRelative */.N)(cwd, policyPath);
    const result = { mode, policyFile, diagnostics: [], notes: [] };
    if (settings.mode === 'auto')
        result.notes.push(`mode auto on ${event.name}: ${mode}`);
    const loaded = await log.group(`policy: ${policyFile}`, async () => {
        const loaded = await (0,load/* loadPolicy */.tb)(policyPath);
        // Annotations and SARIF need the path relative to the repository root.
        const outcome = {
            ...loaded,
            diagnostics: loaded.diagnostics.map((d) => ({ ...d, pos: { ...d.pos, file: policyFile } }))
        };
        log.info((0,diagnostics/* hasErrors */.Cs)(outcome.diagnostics)
            ? `${outcome.diagnostics.filter((d) => d.severity === 'error').length} error(s) in ${policyFile}`
            : `${policyFile} is valid (${outcome.diagnostics.length} warning(s))`);
        return outcome;
    });
    result.diagnostics = loaded.diagnostics;
    if (!loaded.policy) {
        result.error = `${policyFile} has errors: nothing was built or deployed`;
        return result;
    }
    const policy = applyOverrides({ ...loaded.policy, file: policyFile }, settings);
    result.policy = policy;
    let aws;
    try {
        const pkg = await log.group('build', async () => {
            const built = (0,build_package/* buildEdgePackage */.S1)(policy);
            log.info(`edge.zip: ${built.manifest.bytes} bytes, CodeSha256 ${built.manifest.codeSha256}`);
            return built;
        });
        result.pkg = pkg;
        // check needs AWS only to find the distribution's domain when no URL is given.
        const awsNeeded = mode !== 'check' || needsDomainLookup(policy);
        const skip = awsNeeded ? awsSkipReason(event, env) : undefined;
        if (skip && mode === 'deploy') {
            result.error = event.fromFork
                ? 'this pull request comes from a fork, which gets no AWS credentials: deploy cannot run here (mode auto plans on pull requests). Nothing was deployed.'
                : DEPLOY_WITHOUT_CREDENTIALS;
            return result;
        }
        if (skip && mode === 'plan')
            result.notes.push(skip);
        aws = awsNeeded && !skip ? await input.aws() : undefined;
        if (aws && mode !== 'check') {
            requireDeployTarget(policy);
            result.outcome =
                mode === 'deploy'
                    ? await aws.deploy(policy, pkg, settings, log)
                    : await aws.plan(policy, pkg, settings, log);
        }
        const stage = aws;
        const urls = await resolveUrls(policy, result.outcome, stage);
        if (urls.length === 0) {
            result.error =
                'No URL to verify: set verify.url in the policy or the url input (or give AWS credentials and a distribution, to verify https://<distribution domain>)';
            return result;
        }
        const deployedNow = mode === 'deploy' && result.outcome?.changed === true;
        result.verify = await log.group('verify', () => mode === 'plan'
            ? verifyPreview(policy, pkg, urls, result.notes)
            : (0,site/* verifySite */.jE)(policy, {
                urls,
                deployedAt: deployedNow ? (input.now?.() ?? new Date()) : undefined,
                cacheBust: deployedNow
            }));
        log.info(`verification: ${result.verify.status}${result.verify.grade ? `, grade ${result.verify.grade}` : ''}`);
        if (stage &&
            result.outcome &&
            mode === 'deploy' &&
            deployedNow &&
            result.verify.status === 'fail' &&
            settings.rollbackOnFailure) {
            const reason = 'verification failed after the deploy';
            result.outcome = await stage.rollback(result.outcome, policy, settings, log, reason);
            result.notes.push(result.outcome.rolledBack
                ? `verification failed: rolled back to ${result.outcome.rolledBack.to}`
                : 'verification failed: there was no previous association to restore');
        }
        if (stage && mode === 'deploy' && settings.pruneKeep !== undefined) {
            result.notes.push(await pruneAfterDeploy(stage, policy, settings.pruneKeep, result, log));
        }
    }
    catch (error) {
        // A deploy that failed half-way still reports what it did (e.g. the association it wrote
        // before the wait timed out).
        result.outcome = aws?.outcomeOfFailure(error) ?? result.outcome;
        result.error = (0,errors/* errorMessage */.gJ)(error);
        log.debug(error instanceof Error && error.stack ? error.stack : String(error));
        if (aws && loaded.policy) {
            await afterFailure(aws, applyOverrides(loaded.policy, settings), result, settings, log, error);
        }
    }
    return result;
}
/**
 * A deploy that failed half-way (one distribution written, the next refused) is rolled back
 * like a failed verification, so no distribution is left on a version the run did not finish
 * deploying; and whatever happened, the outputs report the distributions' real status.
 */
async function afterFailure(aws, policy, result, settings, log, error) {
    const written = result.outcome?.associations.some((a) => a.state === 'written') === true;
    // A deployment that is only slow is not rolled back: CloudFront will finish it, and a second
    // change would wait just as long.
    const slow = error instanceof errors/* WaitTimeoutError */.Do;
    if (result.mode === 'deploy' &&
        written &&
        !slow &&
        settings.rollbackOnFailure &&
        result.outcome) {
        try {
            result.outcome = await aws.rollback(result.outcome, policy, settings, log, `the deploy failed: ${result.error}`);
            if (result.outcome.rolledBack) {
                result.notes.push(`the deploy failed half-way: rolled back to ${result.outcome.rolledBack.to}`);
            }
        }
        catch (error) {
            result.outcome = aws.outcomeOfFailure(error) ?? result.outcome;
            result.notes.push(`the deploy failed half-way and the rollback failed too: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    if (result.mode !== 'check' && !result.outcome?.distributions.length) {
        try {
            result.distributionStatuses = await aws.distributionStatuses(policy.cloudfront.distributions);
        }
        catch (error) {
            log.debug(`could not read the distributions' status: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
}
/**
 * Plan judges what the site would serve after this deploy: every live response goes through
 * the new package's handler (and Lambda@Edge's validation) before it is compared with the
 * policy. Judging the live responses as they are would fail every pull request that changes
 * the policy.
 */
async function verifyPreview(policy, pkg, urls, notes) {
    const edge = await openEdgePreview(pkg.zip);
    try {
        const report = await (0,site/* verifySite */.jE)(policy, {
            urls,
            preview: (uri, response) => edge.apply(uri, response)
        });
        notes.push('plan: the live responses were passed through the new edge function before judging, so the verdicts show what the site will serve after this deploy');
        return report;
    }
    finally {
        await edge.close();
    }
}
/**
 * prune-versions runs only on a settled site: a green run that changed nothing. After a change,
 * the version just replaced may still be needed for a rollback, and its replicas linger for
 * hours anyway. A prune failure is a warning: the deploy itself succeeded.
 */
async function pruneAfterDeploy(stage, policy, keep, result, log) {
    if (result.verify?.status !== 'pass')
        return 'prune-versions: skipped, verification did not pass';
    if (result.outcome?.changed) {
        return 'prune-versions: skipped, this run changed the association; old versions are pruned by a later run that changes nothing';
    }
    try {
        return await log.group('prune', () => stage.prune(policy, keep, log));
    }
    catch (error) {
        log.warning(`prune-versions failed (the deploy itself succeeded): ${(0,errors/* errorMessage */.gJ)(error)}`);
        return `prune-versions failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
    }
}
function needsDomainLookup(policy) {
    return policy.verify.urls.length === 0 && policy.cloudfront.distributions.length > 0;
}
async function resolveUrls(policy, outcome, aws) {
    if (policy.verify.urls.length > 0)
        return policy.verify.urls;
    if (outcome && outcome.distributions.length > 0) {
        return outcome.distributions.map((d) => `https://${d.domainName}/`);
    }
    if (aws && policy.cloudfront.distributions.length > 0) {
        return aws.siteUrls(policy.cloudfront.distributions);
    }
    return [];
}

// EXTERNAL MODULE: ./src/report/terminal.ts + 1 modules
var terminal = __webpack_require__(2609);
// EXTERNAL MODULE: ./src/report/files.ts
var files = __webpack_require__(561);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var lib_core = __webpack_require__(6811);
;// CONCATENATED MODULE: ./src/report/sections.ts
// Markdown building blocks shared by the job summary, the PR comment and the drift issue.
// Every string that did not come from this file goes through markdown.ts.



const VERDICT_LABEL = {
    pass: '✅ pass',
    missing: '❌ missing',
    mismatch: '❌ mismatch',
    forbidden: '❌ forbidden',
    'stale-cache': '🧊 stale cache',
    propagating: '⏳ propagating'
};
function verdictLabel(finding) {
    const label = VERDICT_LABEL[finding.verdict];
    return finding.verdict !== 'pass' && finding.severity === 'warning'
        ? label.replace('❌', '⚠️')
        : label;
}
const MODE_TITLE = { plan: 'plan', deploy: 'deploy', check: 'drift check' };
/** `### ✅ headerguard deploy: policy holds` and friends. */
function sections_statusHeading(input, failed) {
    const errors = input.diagnostics.filter((d) => d.severity === 'error').length;
    const v = input.verify;
    let outcome;
    if (input.error !== undefined)
        outcome = `❌ ${text(input.error, 300)}`;
    else if (errors > 0)
        outcome = `❌ the policy file has ${errors} error${errors === 1 ? '' : 's'}`;
    else if (!v)
        outcome = failed ? '❌ failed' : '✅ done (no verification)';
    else if (v.unreachable)
        outcome = '❌ no URL could be fetched';
    else if (v.totals.errors > 0 || v.status === 'fail')
        outcome = `❌ ${v.totals.errors} violation${v.totals.errors === 1 ? '' : 's'}`;
    else if (v.totals.warnings > 0)
        outcome = `⚠️ passes, with ${v.totals.warnings} warning${v.totals.warnings === 1 ? '' : 's'}`;
    else
        outcome = '✅ the site serves the policy';
    return `### headerguard ${MODE_TITLE[input.mode]} · ${outcome}`;
}
function sections_facts(input) {
    const parts = [`**Policy** ${code(input.policyFile)}`];
    const v = input.verify;
    if (v) {
        parts.push(`**URLs** ${v.results.length}`);
        if (v.grade !== null) {
            parts.push(`**Observatory grade** ${v.grade} (${v.score}/100, MDN HTTP Observatory scoring v6 on headers; never the verdict)`);
        }
        parts.push(`**Findings** ${v.totals.pass} pass, ${v.totals.errors} error, ${v.totals.warnings} warning`);
    }
    if (input.commitSha)
        parts.push(`**Commit** ${code(input.commitSha.slice(0, 12))}`);
    return parts.join(' · ');
}
function statusText(result) {
    if (result.status === null)
        return 'no answer';
    return String(result.status);
}
const KIND_LABEL = {
    page: 'page',
    'not-found': 'error page (must-not-exist path)',
    'http-redirect': 'http:// variant',
    'cache-bust': 'cache-busting variant',
    'redirect-hop': 'redirect target'
};
/** One line naming a URL: its address (untrusted: it may come from a Location header), status, kind, cache. */
function sections_urlTitle(result, limit) {
    const parts = [code(result.url, limit), statusText(result), KIND_LABEL[result.kind]];
    if (result.redirectTo)
        parts.push(`→ ${code(result.redirectTo, limit)}`);
    if (result.cache?.xCache)
        parts.push(`X-Cache ${code(result.cache.xCache, 60)}${result.cache.age !== undefined ? ` Age ${result.cache.age}` : ''}`);
    if (result.cache?.pop)
        parts.push(`POP ${code(result.cache.pop, 40)}`);
    return parts.join(' · ');
}
/** The same line for a `<summary>` element, where only HTML escaping applies. */
function sections_urlTitleHtml(result, limit) {
    const failed = result.findings.filter((f) => f.verdict !== 'pass').length;
    const state = result.error !== undefined
        ? '❌'
        : failed === 0
            ? '✅'
            : result.findings.some((f) => f.verdict !== 'pass' && f.severity === 'error')
                ? '❌'
                : '⚠️';
    const parts = [
        `${state} <code>${htmlText(result.url, limit)}</code>`,
        statusText(result),
        KIND_LABEL[result.kind]
    ];
    if (result.redirectTo)
        parts.push(`→ <code>${htmlText(result.redirectTo, limit)}</code>`);
    if (result.cache?.xCache)
        parts.push(`X-Cache ${htmlText(result.cache.xCache, 60)}`);
    return parts.join(' · ');
}
/** header | expected | actual | verdict (+ note), one row per finding. */
function sections_findingsTable(result, limit) {
    if (result.error !== undefined && result.findings.length === 0)
        return `Could not check: ${text(result.error, limit)}`;
    const { shown, absentRemovals } = splitAbsentRemovals(result.findings);
    const rows = shown.map((f) => [
        codeCell(f.header, 80),
        codeCell(f.expected, limit),
        codeCell(f.actual, limit),
        verdictLabel(f),
        f.verdict === 'pass' ? '' : text(f.message, limit)
    ]);
    if (absentRemovals.length > 0) {
        rows.push([
            `${absentRemovals.length} removed headers`,
            'absent',
            '—',
            '✅ pass',
            code(absentRemovals.map((f) => f.header).join(', '), limit)
        ]);
    }
    const body = rows.length > 0
        ? table(['header', 'expected', 'actual', 'verdict', 'note'], rows)
        : '_Nothing to check on this response._';
    return result.error !== undefined ? `${body}\n\nThen: ${text(result.error, limit)}` : body;
}
/** url | status | result, one row per URL. */
function sections_overviewTable(report, limit) {
    const rows = report.results.map((r) => {
        const failed = r.findings.filter((f) => f.verdict !== 'pass');
        const state = r.error !== undefined
            ? '❌ error'
            : failed.length === 0
                ? '✅'
                : failed.some((f) => f.severity === 'error')
                    ? `❌ ${failed.length}`
                    : `⚠️ ${failed.length}`;
        return [codeCell(r.url, limit), statusText(r), KIND_LABEL[r.kind], state];
    });
    return table(['URL', 'status', 'kind', 'result'], rows);
}
function sections_observatoryTable(grade) {
    const rows = grade.tests.map((t) => [
        t.name,
        codeCell(t.result),
        t.scored ? (t.modifier > 0 ? `+${t.modifier}` : String(t.modifier)) : 'not scored',
        t.pass ? '✅' : '❌'
    ]);
    return `${code(grade.url)}: **${grade.grade}** (${grade.score})\n\n${table(['test', 'result', 'score', 'pass'], rows)}`;
}
/** Function version, behaviors old → new ARN, header diff, rollback, steps. */
function sections_changesSection(outcome) {
    const verb = outcome.mode === 'plan' ? 'would' : 'did';
    const lines = [
        `#### What ${outcome.mode === 'plan' ? 'deploy would change' : 'changed'}`,
        '',
        `- Function ${code(outcome.functionName)}: version ${code(outcome.version)} (${code(outcome.functionArn)})${outcome.codeChanged ? ` — new code, ${verb} publish` : ' — code unchanged'}`
    ];
    if (outcome.previousFunctionArn)
        lines.push(`- Previously associated: ${code(outcome.previousFunctionArn)}`);
    if (outcome.rolledBack)
        lines.push(`- ⚠️ Rolled back to ${code(outcome.rolledBack.to)}: ${text(outcome.rolledBack.reason)}`);
    for (const d of outcome.distributions) {
        lines.push(`- Distribution ${code(d.id)} (${code(d.domainName)}): ${text(d.status)}${d.deployedAfterMs !== undefined ? `, deployed after ${Math.round(d.deployedAfterMs / 1000)} s` : ''}${d.invalidationId ? `, invalidation ${code(d.invalidationId)}` : ''}`);
    }
    const parts = [lines.join('\n')];
    if (outcome.associations.length > 0) {
        parts.push(table(['distribution', 'behavior', 'before', 'after', 'changed'], outcome.associations.map((a) => [
            codeCell(a.distributionId),
            codeCell(a.behavior),
            codeCell(a.previousArn || null),
            codeCell(a.newArn || null),
            a.changed ? 'yes' : 'no'
        ])));
    }
    const diff = outcome.headerDiff ? foldHeaderDiff(outcome.headerDiff) : undefined;
    if (diff && diff.values.length > 0) {
        const rows = diff.values.map((c) => [
            c.kind,
            codeCell(c.name, 80),
            c.path ? codeCell(c.path, 60) : 'all',
            codeCell(c.before ?? null),
            codeCell(c.after ?? null)
        ]);
        parts.push(table(['', 'header', 'paths', 'before', 'after'], rows));
    }
    if (diff && diff.removalsAdded.length > 0) {
        parts.push(`Now removes ${diff.removalsAdded.length} header(s): ${code(diff.removalsAdded.join(', '))}`);
    }
    if (diff && diff.removalsDropped.length > 0) {
        parts.push(`No longer removes ${diff.removalsDropped.length} header(s): ${code(diff.removalsDropped.join(', '))}`);
    }
    if (outcome.steps.length > 0)
        parts.push(outcome.steps.map((s) => `1. ${text(s)}`).join('\n'));
    return parts.join('\n\n');
}
function sections_diagnosticsSection(diagnostics) {
    const lines = diagnostics.map((d) => `- ${d.severity === 'error' ? '❌' : '⚠️'} ${code(`${d.pos.file}:${d.pos.line}:${d.pos.col}`)} ${text(d.message)}`);
    return `#### Policy file\n\n${lines.join('\n')}`;
}
function sections_notesSection(notes) {
    return notes.map((n) => `> ${text(n)}`).join('\n>\n');
}


;// CONCATENATED MODULE: ./src/report/comment.ts
// The sticky pull-request comment: one per policy file, found again by a hidden marker on its
// first line, collapsed per URL, under GitHub's ~64 KB comment limit.



/** GitHub rejects comment bodies over 65,536 characters; keep a margin for multi-byte text. */
const COMMENT_LIMIT_BYTES = 60_000;
/** `<!-- headerguard:comment policy=<file> -->`: one sticky comment per policy file. */
function comment_commentMarker(policyFile) {
    return hiddenMarker(`headerguard:comment policy=${policyFile}`);
}
function comment_renderComment(input, limitBytes = COMMENT_LIMIT_BYTES) {
    const sections = [
        comment_commentMarker(input.policyFile),
        statusHeading(input, shouldFail(input)),
        facts(input)
    ];
    if (input.notes.length > 0)
        sections.push(notesSection(input.notes));
    if (input.diagnostics.length > 0)
        sections.push(diagnosticsSection(input.diagnostics));
    if (input.outcome)
        sections.push(details('What deploy changes', changesSection(input.outcome)));
    const v = input.verify;
    if (v) {
        sections.push(overviewTable(v, COMMENT_CELL_LIMIT));
        const ordered = [
            ...v.results.filter(resultFailed),
            ...v.results.filter((r) => !resultFailed(r))
        ];
        for (const result of ordered) {
            sections.push(details(urlTitleHtml(result, COMMENT_CELL_LIMIT), findingsTable(result, COMMENT_CELL_LIMIT)));
        }
    }
    const footer = input.runUrl
        ? `<sub>headerguard · [workflow run](${encodeURI(input.runUrl).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})</sub>`
        : '<sub>headerguard</sub>';
    const body = fitSections(sections, limitBytes - 200, (count) => `> ${count} more section(s) left out to stay under GitHub's comment size limit; the job summary has everything.`);
    return `${body}\n\n${footer}`;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/report/github.ts
// Thin GitHub I/O: the sticky PR comment. Every call goes through @actions/github's Octokit.


/**
 * An Octokit for `token`. @actions/github reads GITHUB_API_URL once, when it is first imported;
 * passing `baseUrl` explicitly makes a later change (GHES, tests' fake server) count too.
 */
function github_createOctokit(token, env = process.env) {
    return getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
}
/** Finds our comment (first line = marker) by paging through all comments; updates it or creates it. */
async function upsertStickyComment(octokit, { owner, repo, issueNumber, marker, body }) {
    const text = body.startsWith(marker) ? body : `${marker}\n${body}`;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100
    });
    // startsWith, not includes: a quoted or hostile copy of the marker elsewhere is not ours.
    const mine = comments.find((c) => c.body?.startsWith(marker));
    if (mine) {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text });
        return { action: 'updated', id: mine.id };
    }
    const created = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body: text
    });
    return { action: 'created', id: created.data.id };
}
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * The sticky comment, or a notice saying why not: no pull request, or a token without
 * `pull-requests: write` (GitHub answers 403 "Resource not accessible by integration", or 404
 * for a fork's read-only token). Other errors propagate.
 */
async function github_publishComment(octokit, target, notice) {
    if (target.issueNumber === undefined) {
        const reason = 'not a pull request: the sticky comment is skipped (the job summary has the report)';
        notice(reason);
        return { action: 'skipped', reason };
    }
    try {
        return await upsertStickyComment(octokit, { ...target, issueNumber: target.issueNumber });
    }
    catch (error) {
        const status = httpStatus(error);
        if (status !== 403 && status !== 404)
            throw error;
        const reason = `the token cannot comment on pull request #${target.issueNumber} (HTTP ${status}: ${errorMessage(error)}): grant the job \`permissions: pull-requests: write\` (forks get a read-only token); the job summary has the report`;
        notice(reason);
        return { action: 'skipped', reason };
    }
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary ($GITHUB_STEP_SUMMARY): everything, per URL, under GitHub's 1 MiB per step.



/** GitHub accepts 1 MiB per step; stay clear of it. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
function summary_renderSummary(input, limitBytes = SUMMARY_LIMIT_BYTES) {
    const sections = [statusHeading(input, shouldFail(input)), facts(input)];
    if (input.notes.length > 0)
        sections.push(notesSection(input.notes));
    if (input.diagnostics.length > 0)
        sections.push(diagnosticsSection(input.diagnostics));
    if (input.outcome)
        sections.push(changesSection(input.outcome));
    const v = input.verify;
    if (v) {
        sections.push(`#### URLs\n\n${overviewTable(v)}`);
        // Failing URLs first: if the summary must be cut, what is cut is what passed.
        const ordered = [
            ...v.results.filter(resultFailed),
            ...v.results.filter((r) => !resultFailed(r))
        ];
        for (const result of ordered)
            sections.push(`#### ${urlTitle(result)}\n\n${findingsTable(result)}`);
        for (const grade of v.observatory)
            sections.push(`#### Observatory grade\n\n${observatoryTable(grade)}`);
    }
    return fitSections(sections, limitBytes, (count) => `> ${count} more section(s) left out to stay under GitHub's 1 MiB job-summary limit; the JSON report has everything.`);
}

;// CONCATENATED MODULE: ./src/action-report.ts
// The action's report stage: everything the pipeline found, told to GitHub — annotations,
// job summary, outputs, report files, the sticky PR comment and the drift issue. Returns the
// message to fail the step with, or undefined when the step passes.











function reportInputOf(result, settings, event) {
    return {
        mode: result.mode,
        policyFile: result.policyFile,
        policy: result.policy,
        diagnostics: result.diagnostics,
        verify: result.verify,
        outcome: result.outcome,
        error: result.error,
        notes: result.notes,
        failOn: settings.failOn,
        runUrl: event.runUrl,
        commitSha: event.sha
    };
}
/** The deploy outputs of DESIGN.md; empty strings when the run did not reach AWS. */
function deployOutputs(result) {
    const outcome = result.outcome;
    // After a rollback, what is associated is the restored version, not the one just published;
    // in plan mode a version that does not exist yet has no number.
    const restored = outcome?.rolledBack?.restored.map((r) => r.arn ?? '');
    const restoredArn = restored && new Set(restored).size === 1 ? restored[0] : undefined;
    const known = outcome?.versionKnown !== false;
    const functionArn = restoredArn ?? (known ? outcome?.functionArn : outcome?.functionArn.replace(/:[^:]*$/, ''));
    const version = restoredArn !== undefined
        ? (/:(\d+)$/.exec(restoredArn)?.[1] ?? '')
        : known
            ? outcome?.version
            : '';
    return {
        'function-arn': functionArn ?? '',
        version: version ?? '',
        changed: String(outcome?.changed ?? false),
        'previous-function-arn': outcome?.previousFunctionArn ?? '',
        'distribution-status': (outcome?.distributions.length
            ? outcome.distributions.map((d) => d.status)
            : (result.distributionStatuses ?? [])).join(',')
    };
}
/** Why the step fails, or undefined. An error that kept the run from finishing always fails it. */
function failureOf(result, input) {
    if (result.error)
        return result.error;
    if (!shouldFail(input))
        return undefined;
    const errors = input.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0)
        return `${result.policyFile}: ${errors} policy error(s); see the annotations`;
    const totals = input.verify?.totals;
    return `the site does not serve the policy: ${totals?.errors ?? 0} error(s), ${totals?.warnings ?? 0} warning(s) (fail-on: ${input.failOn}); see the job summary`;
}
async function tellGitHub(input, settings, event, log) {
    // Only a pull request has a conversation to comment on; a push says nothing about it.
    const wantsComment = settings.comment && input.mode !== 'check' && event.prNumber !== undefined;
    const wantsDrift = settings.driftIssue && input.mode === 'check' && input.verify !== undefined;
    if (!wantsComment && !wantsDrift)
        return;
    if (!settings.githubToken || !event.owner || !event.repo) {
        core.notice('no github-token or repository: the pull-request comment and drift issue are skipped');
        return;
    }
    const octokit = createOctokit(settings.githubToken);
    const target = { owner: event.owner, repo: event.repo };
    if (wantsComment) {
        const posted = await publishComment(octokit, {
            ...target,
            issueNumber: event.prNumber,
            marker: commentMarker(input.policyFile),
            body: renderComment(input)
        }, (message) => core.notice(message));
        log.info(`pull-request comment: ${posted.action}${posted.id ? ` (${posted.id})` : ''}`);
    }
    if (wantsDrift && input.verify) {
        const drift = await syncDriftIssue(octokit, {
            ...target,
            policyFile: input.policyFile,
            report: input.verify,
            runUrl: input.runUrl
        });
        log.info(`drift issue: ${drift.action}${drift.number ? ` #${drift.number}` : ''}`);
    }
}
async function publishToGitHub(result, settings, event, cwd, log) {
    const input = reportInputOf(result, settings, event);
    for (const note of input.notes)
        log.info(`note: ${note}`);
    emitAnnotations(annotationsFor(input), {
        error: (message, properties) => core.error(message, properties),
        warning: (message, properties) => core.warning(message, properties),
        notice: (message, properties) => core.notice(message, properties)
    });
    const reportDir = join(process.env.RUNNER_TEMP ?? tmpdir(), 'headerguard');
    const written = await writeReportFiles(input, {
        json: join(reportDir, 'report.json'),
        sarif: settings.sarifFile ? resolve(cwd, settings.sarifFile) : undefined,
        repoRoot: cwd
    });
    const outputs = {
        ...outcomeOutputs(input),
        report: written.json ?? '',
        ...deployOutputs(result)
    };
    for (const [name, value] of Object.entries(outputs))
        core.setOutput(name, value);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(renderSummary(input)).write();
    try {
        await tellGitHub(input, settings, event, log);
    }
    catch (error) {
        // The report is in the summary either way; a GitHub API hiccup must not hide the verdict.
        core.warning(`could not update GitHub (comment or drift issue): ${errorMessage(error)}`);
    }
    return failureOf(result, input);
}

// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
;// CONCATENATED MODULE: ./src/cli/pipeline.ts
// `headerguard plan` and `headerguard deploy`: the action's modes from a terminal. Flags are
// the action's input names (`--distribution-id`, `--wait-timeout`, ...); AWS settings come
// from the usual AWS environment.












const flags = Object.fromEntries(src_settings/* CLI_INPUTS */.dV.map((name) => [name, { type: 'string' }]));
/** 0 pass, 1 violations, 2 could not run: as `check`. */
function exitCodeOf(result) {
    if (result.error || !result.verify || result.verify.unreachable)
        return context/* ExitCode */.y.cannotRun;
    return result.verify.status === 'pass' ? context/* ExitCode */.y.ok : context/* ExitCode */.y.failed;
}
async function runMode(mode, ctx) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: ctx.args,
        options: { ...flags, json: { type: 'string' } },
        allowPositionals: false,
        strict: true
    });
    const read = (name) => {
        if (name === src_settings/* INPUT */.bO.mode)
            return mode;
        // Comments and drift issues are GitHub's; a terminal run reports to the terminal.
        if (name === src_settings/* INPUT */.bO.comment || name === src_settings/* INPUT */.bO.driftIssue)
            return 'false';
        return values[name] ?? '';
    };
    const settings = (0,src_settings/* readSettings */.sb)(read);
    const log = terminalLogger(ctx.stdout, ctx.stderr);
    const event = describeEvent('cli', {}, {});
    const result = await runPipeline({
        settings,
        event,
        env: ctx.env,
        cwd: ctx.cwd,
        log,
        aws: loadAwsStage
    });
    for (const diagnostic of result.diagnostics)
        (0,context/* writeLine */._)(ctx.stderr, (0,diagnostics/* formatDiagnostic */.xy)(diagnostic));
    for (const note of result.notes)
        (0,context/* writeLine */._)(ctx.stderr, `note: ${note}`);
    (0,context/* writeLine */._)(ctx.stdout, renderTerminalReport(result));
    await (0,files/* writeReportFiles */.t4)(reportInputOf(result, settings, event), {
        json: values.json ? (0,external_node_path_.resolve)(ctx.cwd, values.json) : undefined,
        sarif: settings.sarifFile ? (0,external_node_path_.resolve)(ctx.cwd, settings.sarifFile) : undefined,
        repoRoot: ctx.cwd
    });
    if (result.error)
        (0,context/* writeLine */._)(ctx.stderr, `headerguard ${mode}: ${result.error}`);
    return exitCodeOf(result);
}
const planCommand = (ctx) => runMode('plan', ctx);
const deployCommand = (ctx) => runMode('deploy', ctx);
/** plan/deploy on a terminal: what changed, then the verification. */
function renderTerminalReport(result) {
    const parts = [];
    if (result.outcome)
        parts.push((0,terminal/* renderOutcome */.zu)(result.outcome));
    if (result.verify)
        parts.push((0,terminal/* renderReport */.B1)(result.verify));
    return parts.join('\n\n');
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ HEADERGUARD_VERSION)
/* harmony export */ });
/** headerguard's version. Kept equal to package.json by a test: the bundle cannot read package.json at run time. */
const HEADERGUARD_VERSION = '0.1.0';


/***/ })

};
