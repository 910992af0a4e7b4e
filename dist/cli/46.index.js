export const id = 46;
export const ids = [46];
export const modules = {

/***/ 4046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildCommand: () => (/* binding */ buildCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8431);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _compile_compile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9008);
/* harmony import */ var _compile_package_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5883);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4851);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2931);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5217);
// `headerguard build [--policy F] --out DIR`: compile the policy into DIR/edge.zip and
// DIR/manifest.json. Exit 0 built, 1 policy errors (positioned, on stderr), 2 bad usage.









const USAGE = 'usage: headerguard build [--policy FILE] --out DIR';
async function buildCommand(ctx) {
    let values;
    try {
        values = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({
            args: ctx.args,
            options: { policy: { type: 'string', short: 'p' }, out: { type: 'string', short: 'o' } },
            strict: true
        }).values;
    }
    catch (error) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .writeLine */ ._)(ctx.stderr, `headerguard build: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}\n${USAGE}`);
        return _context_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.cannotRun;
    }
    if (!values.out) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .writeLine */ ._)(ctx.stderr, `headerguard build: --out DIR is required (where edge.zip and manifest.json go)\n${USAGE}`);
        return _context_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.cannotRun;
    }
    const file = (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_6__/* .findPolicyFile */ .Oz)(ctx.cwd, values.policy);
    const shown = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .repoRelative */ .N)(ctx.cwd, file);
    const result = await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_6__/* .loadPolicy */ .tb)(file);
    for (const d of result.diagnostics) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .writeLine */ ._)(ctx.stderr, (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_8__/* .formatDiagnostic */ .xy)({ ...d, pos: { ...d.pos, file: shown } }));
    }
    if ((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_8__/* .hasErrors */ .Cs)(result.diagnostics) || !result.policy) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .writeLine */ ._)(ctx.stderr, `${shown}: not built, fix the errors above`);
        return _context_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.failed;
    }
    let pkg;
    try {
        pkg = (0,_compile_package_js__WEBPACK_IMPORTED_MODULE_5__/* .buildEdgePackage */ .S1)(result.policy);
    }
    catch (error) {
        if (!(error instanceof _compile_compile_js__WEBPACK_IMPORTED_MODULE_4__/* .EdgeBuildError */ .A))
            throw error;
        (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .writeLine */ ._)(ctx.stderr, error.message);
        return _context_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.failed;
    }
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, values.out);
    await (0,_compile_package_js__WEBPACK_IMPORTED_MODULE_5__/* .writeEdgePackage */ .RB)(out, pkg);
    const { manifest } = pkg;
    (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .writeLine */ ._)(ctx.stdout, `${(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .repoRelative */ .N)(ctx.cwd, out)}/edge.zip: ${manifest.bytes} bytes, ${manifest.runtime}, ${manifest.handler}`);
    (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .writeLine */ ._)(ctx.stdout, `codeSha256 ${manifest.codeSha256}`);
    return _context_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.ok;
}


/***/ }),

/***/ 9008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ EdgeBuildError),
/* harmony export */   l: () => (/* binding */ compileEdgeConfig)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _headers_edge_restrictions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8109);
/* harmony import */ var _headers_header_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6668);
/* harmony import */ var _headers_match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(303);
/* harmony import */ var _headers_value_chars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4211);
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
function checkHeaderRule(rule) {
    const where = at(rule.pos);
    if (typeof rule.name !== 'string' ||
        !(0,_headers_header_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isToken */ .sg)(rule.name) ||
        rule.name !== rule.name.toLowerCase()) {
        throw new EdgeBuildError(`${where}header name ${JSON.stringify(rule.name)} must be a lowercase RFC 9110 token`);
    }
    if (rule.name === '__proto__') {
        throw new EdgeBuildError(`${where}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);
    }
    if (typeof rule.key !== 'string' || rule.key.toLowerCase() !== rule.name) {
        throw new EdgeBuildError(`${where}header key ${JSON.stringify(rule.key)} must spell '${rule.name}' (any casing)`);
    }
    const restriction = (0,_headers_edge_restrictions_js__WEBPACK_IMPORTED_MODULE_4__/* .edgeRestriction */ .we)(rule.name);
    if (restriction) {
        throw new EdgeBuildError(`${where}'${rule.key}' is ${restriction} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);
    }
    if (typeof rule.value !== 'string') {
        throw new EdgeBuildError(`${where}the value of '${rule.key}' must be a string`);
    }
    const bad = (0,_headers_value_chars_js__WEBPACK_IMPORTED_MODULE_3__/* .forbiddenValueChar */ .$g)(rule.value);
    if (bad) {
        throw new EdgeBuildError(`${where}the value of '${rule.key}' contains ${bad}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);
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
        if (typeof type !== 'string' || !(0,_headers_match_js__WEBPACK_IMPORTED_MODULE_2__/* .isMediaRange */ .sX)(type)) {
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
    if (!(0,_headers_header_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isToken */ .sg)(bare) || bare !== bare.toLowerCase()) {
        throw new EdgeBuildError(`${where}remove entry ${JSON.stringify(name)} must be a lowercase header name, optionally ending in '*'`);
    }
    if (bare === '__proto__') {
        throw new EdgeBuildError(`${where}'__proto__' cannot be removed by name: it is no header name a policy may use`);
    }
    const restricted = prefix === undefined
        ? (0,_headers_edge_restrictions_js__WEBPACK_IMPORTED_MODULE_4__/* .edgeRestriction */ .we)(name)
        : _headers_edge_restrictions_js__WEBPACK_IMPORTED_MODULE_4__/* .DISALLOWED_HEADER_PREFIXES */ .C4.some((p) => prefix.startsWith(p))
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
            const pattern = (0,_headers_match_js__WEBPACK_IMPORTED_MODULE_2__/* .globToRegExpSource */ .oY)(path.match);
            if (path.pattern !== pattern) {
                throw new EdgeBuildError(`${at(path.pos)}path pattern for '${path.match}' is ${JSON.stringify(path.pattern)}, expected ${JSON.stringify(pattern)}; re-resolve the policy with the loader`);
            }
            return { match: path.match, pattern, ...compileSet(path) };
        })
    };
}


/***/ }),

/***/ 5883:
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
// EXTERNAL MODULE: ./src/compile/compile.ts
var compile = __webpack_require__(9008);
;// CONCATENATED MODULE: ./src/compile/edge-source.generated.ts
// Generated by scripts/generate-edge-source.mjs from edge/handler.mjs. Do not edit:
// change the handler, then run `node scripts/generate-edge-source.mjs`.
const EDGE_HANDLER_SOURCE = "// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,\n// nodejs22.x and nodejs24.x (async handler: nodejs24.x has no callbacks).\n//\n// The policy arrives as data in ./config.json, written by headerguard's compiler. It is read\n// and turned into ready-made CloudFront header entries once, at cold start; a request only\n// picks the header set for its path and merges. Nothing from the policy is ever code.\n\n// process.getBuiltinModule (Node.js 20.16+, 22.3+) rather than an import statement: one module\n// resolution less at cold start. Lambda@Edge requires the Auto runtime-update mode, so every\n// nodejs20.x/22.x/24.x it runs is recent enough.\nconst { readFileSync } = process.getBuiltinModule('node:fs')\n\n// Lambda@Edge answers 502 when a function adds, changes or deletes these (CloudFront Developer\n// Guide, \"Restrictions on all edge functions\" and \"Restrictions on Lambda@Edge\"). The compiler\n// refuses policies that name them; this list makes the function safe even without that check.\nexport const PROTECTED_HEADERS = Object.freeze([\n  'connection',\n  'expect',\n  'keep-alive',\n  'proxy-authenticate',\n  'proxy-authorization',\n  'proxy-connection',\n  'trailer',\n  'upgrade',\n  'x-accel-buffering',\n  'x-accel-charset',\n  'x-accel-limit-rate',\n  'x-accel-redirect',\n  'x-amzn-auth',\n  'x-amzn-cf-billing',\n  'x-amzn-cf-id',\n  'x-amzn-cf-xff',\n  'x-amzn-errortype',\n  'x-amzn-fle-profile',\n  'x-amzn-header-count',\n  'x-amzn-header-order',\n  'x-amzn-lambda-integration-tag',\n  'x-amzn-requestid',\n  'x-cache',\n  'x-forwarded-proto',\n  'x-real-ip',\n  'transfer-encoding',\n  'via'\n])\nexport const PROTECTED_HEADER_PREFIXES = Object.freeze(['x-amz-cf-', 'x-edge-'])\n\nconst protectedNames = new Set(PROTECTED_HEADERS)\n\nfunction isProtected(name) {\n  if (protectedNames.has(name)) return true\n  for (let i = 0; i < PROTECTED_HEADER_PREFIXES.length; i++) {\n    if (name.startsWith(PROTECTED_HEADER_PREFIXES[i])) return true\n  }\n  return false\n}\n\nfunction flatRanges(ranges) {\n  const flat = []\n  for (const [low, high] of ranges) flat.push(low, high)\n  return flat\n}\n\n// A header rule ready to apply: the entry array is built once and shared by every response\n// (Lambda serialises the returned object, so sharing is safe; frozen so nothing can edit it).\nfunction compileRule(rule) {\n  const when = rule.when\n  const types = []\n  const typePrefixes = []\n  if (when && when.contentTypes) {\n    for (const type of when.contentTypes) {\n      const t = type.toLowerCase()\n      if (t.endsWith('/*')) typePrefixes.push(t.slice(0, -1))\n      else types.push(t)\n    }\n  }\n  return {\n    entry: Object.freeze([Object.freeze({ key: rule.key, value: rule.value })]),\n    override: rule.override === true,\n    statuses: when && when.statuses ? flatRanges(when.statuses) : null,\n    types: when && when.contentTypes ? types : null,\n    typePrefixes\n  }\n}\n\nfunction compileGroup(group) {\n  const rules = group.rules.map(compileRule)\n  const only =\n    rules.length === 1 && rules[0].statuses === null && rules[0].types === null ? rules[0] : null\n  return { name: group.name, only, rules }\n}\n\n// A CloudFront path pattern as the cheapest equivalent test: equality, a prefix, or the\n// anchored RegExp the compiler derived from it.\nfunction compileMatcher(match, pattern) {\n  const star = match.indexOf('*')\n  if (match.indexOf('?') === -1) {\n    if (star === -1) return { exact: match, prefix: null, regexp: null }\n    if (star === match.length - 1) return { exact: null, prefix: match.slice(0, -1), regexp: null }\n  }\n  return { exact: null, prefix: null, regexp: new RegExp(pattern) }\n}\n\n// Header maps are plain objects that CloudFront's JSON fills: only own properties are headers.\n// A name such as `constructor` must not read Object.prototype's member, and `__proto__` is\n// never assigned (it would replace the map's prototype); the compiler refuses it as well.\nfunction ownHeader(headers, name) {\n  return Object.hasOwn(headers, name) ? headers[name] : undefined\n}\n\nfunction compileSet(set, match, pattern) {\n  const removeExact = []\n  const removePrefixes = []\n  for (const name of set.remove) {\n    if (name.endsWith('*')) removePrefixes.push(name.slice(0, -1))\n    else if (!isProtected(name) && name !== '__proto__') removeExact.push(name)\n  }\n  return {\n    matcher: match === null ? null : compileMatcher(match, pattern),\n    removeExact: removeExact.length > 0 ? removeExact : null,\n    removePrefixes: removePrefixes.length > 0 ? removePrefixes : null,\n    groups: set.set\n      .filter((group) => !isProtected(group.name) && group.name !== '__proto__')\n      .map(compileGroup)\n  }\n}\n\nconst config = JSON.parse(readFileSync(new URL('./config.json', import.meta.url), 'utf8'))\nif (config.version !== 1)\n  throw new Error(`config.json version ${config.version} is not supported by this handler`)\nconst defaults = compileSet(config.defaults, null, null)\nconst paths = config.paths.map((p) => compileSet(p, p.match, p.pattern))\n\nfunction selectSet(uri) {\n  for (let i = 0; i < paths.length; i++) {\n    const m = paths[i].matcher\n    if (\n      m.exact !== null\n        ? uri === m.exact\n        : m.prefix !== null\n          ? uri.startsWith(m.prefix)\n          : m.regexp.test(uri)\n    ) {\n      return paths[i]\n    }\n  }\n  return defaults\n}\n\n// Content types repeat across responses: remember each one parsed (bounded in count and in\n// value length, so an origin sending endless distinct values cannot grow it without limit).\nconst mediaTypes = new Map()\nfunction mediaTypeOf(headers) {\n  const entries = ownHeader(headers, 'content-type')\n  if (entries === undefined || entries.length === 0) return undefined\n  const value = entries[0].value\n  let type = mediaTypes.get(value)\n  if (type === undefined) {\n    const semicolon = value.indexOf(';')\n    type = (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase()\n    if (value.length <= 128) {\n      if (mediaTypes.size >= 256) mediaTypes.clear()\n      mediaTypes.set(value, type)\n    }\n  }\n  return type === '' ? undefined : type\n}\n\nfunction typeMatches(rule, media) {\n  for (let i = 0; i < rule.types.length; i++) if (media === rule.types[i]) return true\n  for (let i = 0; i < rule.typePrefixes.length; i++)\n    if (media.startsWith(rule.typePrefixes[i])) return true\n  return false\n}\n\nfunction statusMatches(ranges, status) {\n  for (let i = 0; i < ranges.length; i += 2)\n    if (status >= ranges[i] && status <= ranges[i + 1]) return true\n  return false\n}\n\n// A removed header is set to undefined rather than deleted: Lambda returns the result as\n// JSON, which leaves undefined members out, so CloudFront never sees the header; and the\n// header map keeps its fast shape (a delete would turn it into a slow dictionary).\nfunction removeHeaders(headers, set) {\n  const exact = set.removeExact\n  if (exact !== null) {\n    for (let i = 0; i < exact.length; i++) {\n      if (ownHeader(headers, exact[i]) !== undefined) headers[exact[i]] = undefined\n    }\n  }\n  const prefixes = set.removePrefixes\n  if (prefixes !== null) {\n    for (const name in headers) {\n      for (let i = 0; i < prefixes.length; i++) {\n        if (name.startsWith(prefixes[i])) {\n          if (headers[name] !== undefined && !isProtected(name)) headers[name] = undefined\n          break\n        }\n      }\n    }\n  }\n}\n\nconst UNKNOWN = -1\n\nexport const handler = async (event) => {\n  const cf = event.Records[0].cf\n  const response = cf.response\n  const set = paths.length === 0 ? defaults : selectSet(cf.request.uri)\n  const headers = response.headers\n  if (set.removeExact !== null || set.removePrefixes !== null) removeHeaders(headers, set)\n  const groups = set.groups\n  let status = UNKNOWN\n  let media = null\n  for (let g = 0; g < groups.length; g++) {\n    const group = groups[g]\n    let rule = group.only\n    if (rule === null) {\n      // Several rules or conditions for one header: the first whose `when` holds applies.\n      const rules = group.rules\n      for (let r = 0; r < rules.length; r++) {\n        const candidate = rules[r]\n        if (candidate.statuses !== null) {\n          if (status === UNKNOWN) status = +response.status\n          if (!statusMatches(candidate.statuses, status)) continue\n        }\n        if (candidate.types !== null) {\n          if (media === null) media = mediaTypeOf(headers)\n          if (media === undefined || !typeMatches(candidate, media)) continue\n        }\n        rule = candidate\n        break\n      }\n      if (rule === null) continue\n    }\n    if (!rule.override) {\n      const current = ownHeader(headers, group.name)\n      if (current !== undefined && current.length !== 0) continue\n    }\n    headers[group.name] = rule.entry\n  }\n  return response\n}\n";

;// CONCATENATED MODULE: ./src/compile/package.ts
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
    const headers = Object.create(null);
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
    const config = (0,compile/* compileEdgeConfig */.l)(policy);
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
        throw new compile/* EdgeBuildError */.A(`the zip is not a headerguard edge package: ${error instanceof Error ? error.message : String(error)}`);
    }
    const config = JSON.parse(text);
    if (config.version !== 1)
        throw new compile/* EdgeBuildError */.A(`the package's ${CONFIG_FILE} has unsupported version ${config.version}`);
    return config;
}
/** The headers a built zip sends, in the manifest's comparable form. */
function readPackagedHeaders(zip) {
    return packagedHeaders(readEdgeConfig(zip));
}



/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ repoRelative)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A file as annotations, messages and SARIF name it: relative to the repository root when it lies
 * inside it, else as given; forward slashes, no leading `./`. A relative path is already
 * repository-relative and is kept.
 */
function repoRelative(root, path) {
    let out = path;
    if (root && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path)) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
        if (rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
            out = rel;
    }
    return out.replace(/\\/g, '/').replace(/^\.\//, '');
}


/***/ })

};
