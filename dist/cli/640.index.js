export const id = 640;
export const ids = [640];
export const modules = {

/***/ 5640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand),
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
;// CONCATENATED MODULE: ./src/aws/stage.ts

function deploySettings(policy, settings, env = process.env) {
    const functionName = policy.lambda.functionName;
    if (!functionName) {
        throw (0,errors/* missingTargetError */.Il)('function-name', 'plan and deploy');
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
async function loadAwsStage(deps) {
    const [{ createAwsClients }, { planDeployment }, { deploy }, { rollback }, { readDistributionStatus }, { awsContext }, { pruneVersions }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(435), __webpack_require__.e(201)]).then(__webpack_require__.bind(__webpack_require__, 201)),
        Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(435), __webpack_require__.e(329), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 6413)),
        Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(435), __webpack_require__.e(329), __webpack_require__.e(404)]).then(__webpack_require__.bind(__webpack_require__, 9404)),
        Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(329), __webpack_require__.e(433)]).then(__webpack_require__.bind(__webpack_require__, 7814)),
        Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(329)]).then(__webpack_require__.bind(__webpack_require__, 8329)),
        __webpack_require__.e(/* import() */ 510).then(__webpack_require__.bind(__webpack_require__, 7510)),
        Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(435), __webpack_require__.e(61)]).then(__webpack_require__.bind(__webpack_require__, 6061))
    ]);
    const clients = createAwsClients();
    const options = { comparePackages: deps.comparePackages };
    return {
        plan: (policy, pkg, settings, log) => planDeployment(clients, pkg, deploySettings(policy, settings), log, options),
        deploy: (policy, pkg, settings, log) => deploy(clients, pkg, deploySettings(policy, settings), log, options),
        rollback: (outcome, policy, settings, log, reason) => rollback(clients, outcome, deploySettings(policy, settings), log, reason, options),
        distributionStatuses: async (distributionIds) => {
            const ctx = awsContext(clients, silentLog);
            const statuses = await Promise.all(distributionIds.map((id) => readDistributionStatus(ctx, id)));
            return statuses.map((s) => s.status);
        },
        prune: async (policy, keep, log) => {
            const functionName = policy.lambda.functionName;
            if (!functionName)
                throw (0,errors/* missingTargetError */.Il)('function-name', 'prune-versions');
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/compile/package.ts + 1 modules
var compile_package = __webpack_require__(5883);
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

;// CONCATENATED MODULE: ./src/csp-preview/decide.ts
const CSP_HEADERS = ['content-security-policy', 'content-security-policy-report-only'];
/** At most this many pages are loaded in the browser per run (each takes seconds). */
const MAX_PREVIEW_PAGES = 10;
/** True when the new edge function serves a CSP that differs from what the site sent. */
function cspChangedBy(before, after) {
    return CSP_HEADERS.some((name) => {
        const next = after[name] ?? [];
        return next.length > 0 && next.join('\n') !== (before[name] ?? []).join('\n');
    });
}
/** Wraps the plan's edge preview so that `csp.changed` says whether any CSP changed. */
function trackCspChanges(apply, csp) {
    return async (uri, response) => {
        const after = await apply(uri, response);
        csp.changed ||= cspChangedBy(response.headers, after.headers);
        return after;
    };
}
function previewDecision(setting, mode, cspChanged) {
    if (setting === 'never')
        return { run: false };
    if (mode !== 'plan') {
        return setting === 'always'
            ? {
                run: false,
                note: 'CSP preview: runs in plan mode only (it previews a policy before its deploy)'
            }
            : { run: false };
    }
    if (setting === 'auto' && !cspChanged) {
        return {
            run: false,
            note: 'CSP preview: skipped, the new policy does not change the CSP the site serves (csp-preview: true runs it anyway)'
        };
    }
    return { run: true };
}
/** The pages verify loaded (2xx, not the 404 probe or cache-busting variants), in order. */
function previewPages(results) {
    const pages = results
        .filter((r) => r.kind === 'page' && r.status !== null && r.status >= 200 && r.status < 300)
        .map((r) => r.url);
    return [...new Set(pages)].slice(0, MAX_PREVIEW_PAGES);
}

// EXTERNAL MODULE: ./src/csp-preview/browser.ts
var csp_preview_browser = __webpack_require__(3479);
;// CONCATENATED MODULE: ./src/csp-preview/step.ts



async function planCspPreview(input) {
    const { settings, log, notes } = input;
    const decision = previewDecision(settings.cspPreview, input.mode, input.cspChanged);
    if (!decision.run) {
        if (decision.note)
            notes.push(decision.note);
        return undefined;
    }
    const urls = previewPages(input.verify.results);
    if (urls.length === 0) {
        notes.push('CSP preview: skipped, no page of the site answered 2xx');
        return undefined;
    }
    return log.group('csp preview', async () => {
        try {
            const browser = (0,csp_preview_browser/* findBrowser */.Kz)(settings.browserPath, input.env);
            if (!browser) {
                notes.push(`CSP preview: skipped, ${csp_preview_browser/* NO_BROWSER_NOTE */.Mm}`);
                log.info(`skipped: ${csp_preview_browser/* NO_BROWSER_NOTE */.Mm}`);
                return undefined;
            }
            log.info(`browser: ${browser.path} (from ${browser.from})`);
            const { previewCsp } = await __webpack_require__.e(/* import() */ 927).then(__webpack_require__.bind(__webpack_require__, 2927));
            const edge = await input.openEdge();
            try {
                return await previewCsp({
                    edge,
                    urls,
                    browser,
                    onPage: (url) => log.info(`loading ${url}`)
                });
            }
            finally {
                await edge.close();
            }
        }
        catch (error) {
            notes.push(`CSP preview: could not run (${(0,errors/* errorMessage */.gJ)(error)}); the plan itself is unaffected`);
            log.warning(`CSP preview could not run: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        }
    });
}

;// CONCATENATED MODULE: ./src/compile/header-diff.ts

const EMPTY_HEADERS = { defaults: { headers: {}, remove: [] }, paths: [] };
/** One flat map per package: `path|action|name` → value (remove rules have value ''). */
function entries(headers) {
    const map = new Map();
    const sets = [
        { path: undefined, set: headers.defaults },
        ...headers.paths.map((p) => ({ path: p.match, set: p }))
    ];
    for (const { path, set } of sets) {
        const base = path === undefined ? {} : { path };
        for (const [name, value] of Object.entries(set.headers)) {
            const key = `${path ?? ''}\u0000set\u0000${name}`;
            map.set(key, { key, change: { name, ...base }, value });
        }
        for (const name of set.remove) {
            const key = `${path ?? ''}\u0000remove\u0000${name}`;
            map.set(key, { key, change: { name, ...base, action: 'remove' }, value: '' });
        }
    }
    return map;
}
function diffHeaders(live, next) {
    const before = entries(live);
    const after = entries(next);
    const diff = { added: [], changed: [], removed: [] };
    const withValue = (e, side) => e.change.action === 'remove' ? { ...e.change } : { ...e.change, [side]: e.value };
    for (const [key, entry] of after) {
        const old = before.get(key);
        if (!old)
            diff.added.push(withValue(entry, 'after'));
        else if (old.value !== entry.value)
            diff.changed.push({ ...entry.change, before: old.value, after: entry.value });
    }
    for (const [key, entry] of before) {
        if (!after.has(key))
            diff.removed.push(withValue(entry, 'before'));
    }
    return diff;
}
/** Values can be kilobytes long (a CSP, a padding header): a log line shows their start. */
const LOGGED_VALUE_CHARS = 120;
function shorten(value) {
    return value.length > LOGGED_VALUE_CHARS
        ? `${value.slice(0, LOGGED_VALUE_CHARS)}… (${value.length} chars)`
        : value;
}
function describeChange(change) {
    const where = change.path ? ` (paths ${change.path})` : '';
    if (change.action === 'remove')
        return `remove ${change.name}${where}`;
    if (change.before !== undefined && change.after !== undefined) {
        return `${change.name}${where}: ${shorten(change.before)} → ${shorten(change.after)}`;
    }
    return `${change.name}${where}: ${shorten(change.after ?? change.before ?? '')}`;
}
/** The pipeline's comparison of the live package (its zip) with a new build. */
const comparePackages = {
    diff: (liveZip, next) => diffHeaders(liveZip ? (0,compile_package/* readPackagedHeaders */.$D)(liveZip) : EMPTY_HEADERS, next.manifest.headers),
    describe: describeChange
};

;// CONCATENATED MODULE: ./src/pipeline-recovery.ts

/**
 * Verification failed after a deploy that changed the site: put the previous associations back.
 * A rollback that fails is reported here and not thrown, so the run's catch does not roll back
 * a second time and the cause stays the failed verification.
 */
async function rollbackAfterVerification(stage, policy, result, settings, log) {
    if (!result.outcome)
        return;
    const reason = 'verification failed after the deploy';
    try {
        result.outcome = await stage.rollback(result.outcome, policy, settings, log, reason);
    }
    catch (error) {
        result.outcome = (0,errors/* outcomeOfFailure */.SK)(error) ?? result.outcome;
        const restored = result.outcome.rolledBack ? ` (restored: ${result.outcome.rolledBack.to})` : '';
        result.error = `verification failed after the deploy, and the rollback failed too${restored}: ${(0,errors/* errorMessage */.gJ)(error)}. The report lists what is associated now; run the deploy again once the cause is fixed, or restore the previous version by hand.`;
        result.notes.push(`verification failed; the rollback failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return;
    }
    result.notes.push(result.outcome.rolledBack
        ? `verification failed: rolled back to ${result.outcome.rolledBack.to}`
        : 'verification failed: there was no previous association to restore');
}
/**
 * A deploy that failed half-way (one distribution written, the next refused) is rolled back
 * like a failed verification, so no distribution is left on a version the run did not finish
 * deploying; and whatever happened, the outputs report the distributions' real status.
 */
async function afterFailure(aws, policy, result, settings, log, error) {
    const written = result.outcome?.associations.some((a) => a.state === 'written') === true;
    // A deployment that is only slow is not rolled back: CloudFront will finish it, and a second
    // change would wait just as long. Slow means every distribution's failure was a timeout.
    if (result.mode === 'deploy' &&
        written &&
        !(0,errors/* onlySlow */.gM)(error) &&
        settings.rollbackOnFailure &&
        result.outcome) {
        try {
            result.outcome = await aws.rollback(result.outcome, policy, settings, log, `the deploy failed: ${result.error}`);
            if (result.outcome.rolledBack) {
                result.notes.push(`the deploy failed half-way: rolled back to ${result.outcome.rolledBack.to}`);
            }
        }
        catch (error) {
            result.outcome = (0,errors/* outcomeOfFailure */.SK)(error) ?? result.outcome;
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

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/diagnostics.ts
var diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/policy/load.ts + 14 modules
var load = __webpack_require__(2931);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/verify/cache.ts
const CACHE_HIT = /^\s*(hit|refreshhit) from cloudfront/i;
function cacheFacts(headers) {
    const xCache = headers['x-cache']?.[0];
    const ageText = headers.age?.[0];
    const age = ageText !== undefined && /^\s*\d+\s*$/.test(ageText) ? Number(ageText) : undefined;
    const facts = { hit: xCache !== undefined && CACHE_HIT.test(xCache) };
    if (xCache !== undefined)
        facts.xCache = xCache;
    if (age !== undefined)
        facts.age = age;
    const via = headers.via?.join(', ');
    if (via !== undefined)
        facts.via = via;
    const pop = headers['x-amz-cf-pop']?.[0];
    if (pop !== undefined)
        facts.pop = pop;
    return facts;
}
/** When the cached copy was stored: the response time minus its Age. */
function cachedAt(response) {
    if (response.cache.age === undefined)
        return undefined;
    return response.receivedAt - response.cache.age * 1000;
}
function failing(finding) {
    return finding.verdict !== 'pass';
}
/**
 * Re-labels failing findings that the deploy has not reached yet. Without `deployedAt` nothing
 * changes: a drift check has no deploy to wait for.
 */
function classifyFindings(response, findings, ctx) {
    const deployedAt = ctx.deployedAt?.getTime();
    if (deployedAt === undefined)
        return findings;
    const storedAt = cachedAt(response);
    const staleCopy = response.cache.hit && storedAt !== undefined && storedAt < deployedAt;
    const withinWindow = ctx.now - deployedAt <= ctx.propagationWindowMs;
    return findings.map((finding) => {
        if (!failing(finding) || finding.kind === 'redirect')
            return finding;
        if (staleCopy) {
            const secondsBefore = Math.round((deployedAt - storedAt) / 1000);
            return {
                ...finding,
                verdict: 'stale-cache',
                severity: 'warning',
                message: `${finding.message}; served from CloudFront's cache (${response.cache.xCache}, Age ${response.cache.age}), stored ${secondsBefore}s before the deploy finished: invalidate the path (e.g. /*) or wait for the TTL`
            };
        }
        const bustedPasses = ctx.bustedFindings !== undefined &&
            !ctx.bustedFindings.some((b) => b.header === finding.header && failing(b));
        if (withinWindow && bustedPasses) {
            return {
                ...finding,
                verdict: 'propagating',
                severity: 'warning',
                message: `${finding.message}; a cache-busting request already gets the new header, so this edge location${response.cache.pop ? ` (${response.cache.pop})` : ''} still runs the previous configuration: re-check in a few minutes`
            };
        }
        return finding;
    });
}

// EXTERNAL MODULE: ./src/headers/header-names.ts
var header_names = __webpack_require__(6668);
// EXTERNAL MODULE: ./src/headers/match.ts
var match = __webpack_require__(303);
// EXTERNAL MODULE: ./src/headers/header-grammar.ts
var header_grammar = __webpack_require__(6921);
// EXTERNAL MODULE: ./src/headers/header-values.ts + 1 modules
var header_values = __webpack_require__(8190);
// EXTERNAL MODULE: ./src/headers/csp.ts
var csp = __webpack_require__(6416);
// EXTERNAL MODULE: ./src/headers/hsts.ts
var hsts = __webpack_require__(7464);
;// CONCATENATED MODULE: ./src/verify/normalize.ts
// When two header values mean the same thing. Verify compares "exactly, after normalisation":
// CSP as a set of directives each with a set of sources, HSTS as its parsed parameters,
// comma lists trimmed, token-valued security headers case-insensitively, anything else
// byte-for-byte once surrounding whitespace is gone.




function isKeywordSource(token) {
    // Quoted keywords are case-insensitive, but nonce and hash payloads are base64 and are not.
    return (/^'(?!nonce-|sha256-|sha384-|sha512-)[^']*'$/i.test(token) ||
        /^[a-z][a-z0-9+.-]*:$/i.test(token));
}
/** CSP as `name -> sorted sources`, directive order and whitespace ignored. */
function cspKey(value) {
    const directives = (0,csp/* parseCsp */.WV)(value).map((d) => {
        const sources = d.values.map((v) => (isKeywordSource(v) ? v.toLowerCase() : v));
        return `${d.name} ${[...new Set(sources)].sort().join(' ')}`.trim();
    });
    return directives.sort().join('; ');
}
function hstsKey(value) {
    const info = (0,hsts/* parseHsts */.c)(value);
    if (info.problems.length > 0)
        return `invalid:${value.trim()}`;
    return `max-age=${info.maxAge}${info.includeSubDomains ? '; includesubdomains' : ''}${info.preload ? '; preload' : ''}`;
}
function listKey(value, caseInsensitive) {
    const items = value.split(',').map((item) => item.trim().replace(/\s+/g, ' '));
    const joined = items.filter((i) => i.length > 0).join(', ');
    return caseInsensitive ? joined.toLowerCase() : joined;
}
/** Directive lists (Cache-Control): names compare case-insensitively, order does not matter. */
function directivesKey(value) {
    return value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0)
        .map((item) => {
        const eq = item.indexOf('=');
        return eq === -1
            ? item.toLowerCase()
            : `${item.slice(0, eq).trim().toLowerCase()}=${item.slice(eq + 1).trim()}`;
    })
        .sort()
        .join(', ');
}
/** A string that is equal for two values exactly when they mean the same for this header. */
function comparisonKey(name, value) {
    switch ((0,header_grammar/* headerGrammar */.TD)(name).case) {
        case 'csp':
            return cspKey(value);
        case 'hsts':
            return hstsKey(value);
        case 'directives':
            return directivesKey(value);
        case 'insensitive':
            return listKey(value, true);
        default:
            return listKey(value, false);
    }
}
function sameValue(name, expected, actual) {
    return comparisonKey(name, expected) === comparisonKey(name, actual);
}
/** What differs between two CSP values, in words, for the finding's message. */
function cspDifference(expected, actual) {
    const want = new Map((0,csp/* parseCsp */.WV)(expected).map((d) => [d.name, d.values]));
    const got = new Map((0,csp/* parseCsp */.WV)(actual).map((d) => [d.name, d.values]));
    const parts = [];
    for (const [name, values] of want) {
        const have = got.get(name);
        if (!have) {
            parts.push(`missing directive ${name}`);
            continue;
        }
        const wantKeys = new Set(values.map((v) => (isKeywordSource(v) ? v.toLowerCase() : v)));
        const haveKeys = new Set(have.map((v) => (isKeywordSource(v) ? v.toLowerCase() : v)));
        const lacking = [...wantKeys].filter((v) => !haveKeys.has(v));
        const extra = [...haveKeys].filter((v) => !wantKeys.has(v));
        if (lacking.length > 0)
            parts.push(`${name} lacks ${lacking.join(' ')}`);
        if (extra.length > 0)
            parts.push(`${name} also allows ${extra.join(' ')}`);
    }
    for (const name of got.keys())
        if (!want.has(name))
            parts.push(`unexpected directive ${name}`);
    return parts.join('; ');
}

// EXTERNAL MODULE: ./src/headers/structured-fields.ts
var structured_fields = __webpack_require__(6105);
;// CONCATENATED MODULE: ./src/verify/rule-items.ts
// How a served value splits into what drHEADer-style rules judge (drHEADer RULES.md, "Permissible
// Values"): items (a standalone token `no-store`, a whole key-value item `max-age=0`, or its key
// `max-age`), directives (for headers that have them, see headers/header-grammar.ts), and, for
// Set-Cookie, one cookie per header line, judged by attribute name, never by substring.
// Every comparison form is lowercased: drHEADer compares expected and disallowed values
// case-insensitively, and quotes around keywords (`'self'`) are dropped on both sides.



/** `'self'` -> `self`, `"https://a"` -> `https://a`, lowercased; inner whitespace collapsed. */
function normalItem(text) {
    return text
        .trim()
        .split(/\s+/)
        .map((token) => token.replace(/^(['"])(.*)\1$/, '$2'))
        .join(' ')
        .toLowerCase();
}
/**
 * CSP3 2.2.1: a served Content-Security-Policy is a comma-separated list of policies, every one
 * enforced. Each is judged on its own; a value without commas is one policy.
 */
function cspPolicies(value) {
    return value
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p.length > 0);
}
function cspValue(policy) {
    const items = [];
    const matchable = new Set();
    const directives = new Map();
    for (const d of (0,csp/* parseCsp */.WV)(policy)) {
        const values = d.values.map(normalItem);
        const whole = [d.name, ...values].join(' ');
        items.push(whole);
        matchable.add(d.name).add(whole);
        for (const v of values)
            matchable.add(v);
        directives.set(d.name, { name: d.name, values });
    }
    return { items, matchable, directives };
}
function dictionaryValue(value) {
    const parsed = listValue(value, ',', '=');
    let members;
    try {
        members = (0,structured_fields/* parseSfDictionary */.R)(value);
    }
    catch (error) {
        if (error instanceof structured_fields/* SfSyntaxError */.z)
            return parsed;
        throw error;
    }
    for (const member of members) {
        let values = [];
        if (!member.bare) {
            const inner = 'list' in member.value ? member.value.list : [member.value];
            values = inner.map(({ item }) => normalItem(String(item.value)));
        }
        parsed.directives.set(member.key, { name: member.key, values });
        for (const v of values)
            parsed.matchable.add(v);
    }
    return parsed;
}
function listValue(value, itemSep, keySep) {
    const items = [];
    const matchable = new Set();
    const directives = new Map();
    for (const raw of value.split(itemSep)) {
        const item = normalItem(raw);
        if (!item)
            continue;
        items.push(item);
        matchable.add(item);
        const eq = item.indexOf(keySep);
        const key = (eq > 0 ? item.slice(0, eq) : item).trim();
        const arg = eq > 0 ? normalItem(item.slice(eq + 1)) : undefined;
        matchable.add(key);
        if (!directives.has(key))
            directives.set(key, { name: key, values: arg ? [arg] : [] });
    }
    return { items, matchable, directives };
}
/** The parsed forms a value is judged as: one per CSP policy, else exactly one. */
function parseForRules(header, value) {
    const grammar = (0,header_grammar/* headerGrammar */.TD)(header);
    if (grammar.directives === 'csp') {
        const policies = header === 'feature-policy' ? [value] : cspPolicies(value);
        return policies.length > 0 ? policies.map(cspValue) : [cspValue('')];
    }
    if (grammar.directives === 'dictionary')
        return [dictionaryValue(value)];
    return [listValue(value, grammar.items, grammar.key)];
}
/** A rule's expected items: a list as given, a string split by the header's item separator. */
function expectedItems(header, given) {
    if (given.length !== 1)
        return given.map(normalItem);
    const grammar = (0,header_grammar/* headerGrammar */.TD)(header);
    const sep = grammar.directives === 'csp' ? ';' : grammar.items;
    return given[0]
        .split(sep)
        .map(normalItem)
        .filter((i) => i.length > 0);
}
/** The whole value in the form drHEADer's Value-One-Of compares: items re-joined, lowercased. */
function wholeValue(header, value) {
    const grammar = (0,header_grammar/* headerGrammar */.TD)(header);
    const sep = grammar.directives === 'csp' ? ';' : grammar.items;
    return value
        .split(sep)
        .map((i) => i.trim().replace(/\s+/g, ' ').toLowerCase())
        .filter((i) => i.length > 0)
        .join(`${sep} `);
}
/** RFC 6265 5.2: name=value first, then `;`-separated attributes; the pair is never an attribute. */
function parseCookie(line) {
    const [pair = '', ...rest] = line.split(';');
    const eq = pair.indexOf('=');
    const name = (eq === -1 ? '' : pair.slice(0, eq)).trim();
    const attributes = new Set();
    for (const part of rest) {
        const at = part.indexOf('=');
        const key = (at === -1 ? part : part.slice(0, at)).trim().toLowerCase();
        if (!key)
            continue;
        attributes.add(key);
        if (at !== -1)
            attributes.add(`${key}=${part
                .slice(at + 1)
                .trim()
                .toLowerCase()}`);
    }
    return { name, attributes, raw: line };
}

;// CONCATENATED MODULE: ./src/verify/rules.ts

const list = (items) => items.join(', ');
/** The value-level assertions (value, one-of, any-of) on a list of normalised items. */
function checkItems(items, whole, header, a, what, optionForm = (option) => wholeValue(header, option)) {
    const failures = [];
    if (a.value && a.value.length > 0) {
        const want = expectedItems(header, a.value);
        const same = a.preserveOrder
            ? want.length === items.length && want.every((w, i) => items[i] === w)
            : new Set(want).size === new Set(items).size && want.every((w) => items.includes(w));
        if (!same) {
            failures.push({
                verdict: 'mismatch',
                expected: `${list(a.value)}${a.preserveOrder ? ' (in this order)' : ''}`,
                message: `${what} is not ${list(a.value)}${a.preserveOrder ? ' in this order' : ''}`
            });
        }
    }
    if (a.oneOf && a.oneOf.length > 0) {
        const ok = a.oneOf.some((option) => optionForm(option) === whole);
        if (!ok) {
            failures.push({
                verdict: 'mismatch',
                expected: `one of ${a.oneOf.join(' | ')}`,
                message: `${what} is none of the allowed values`
            });
        }
    }
    if (a.anyOf && a.anyOf.length > 0) {
        const accepted = new Set(a.anyOf.map(normalItem));
        const extra = items.filter((i) => !accepted.has(i));
        if (extra.length > 0 || items.length === 0) {
            failures.push({
                verdict: 'mismatch',
                expected: `any of ${list(a.anyOf)}`,
                message: `${what} has ${extra.length > 0 ? list(extra) : 'no item'}, not among ${list(a.anyOf)}`
            });
        }
    }
    return failures;
}
/** must-contain, must-contain-one, must-avoid on what a value (or a cookie) offers. */
function checkContains(matchable, a, what) {
    const failures = [];
    const has = (item) => matchable.has(normalItem(item));
    const lacking = (a.mustContain ?? []).filter((item) => !has(item));
    if (lacking.length > 0) {
        failures.push({
            verdict: 'mismatch',
            expected: `must contain ${list(a.mustContain ?? [])}`,
            message: `${what} does not contain ${list(lacking)}`
        });
    }
    if (a.mustContainOne && a.mustContainOne.length > 0 && !a.mustContainOne.some(has)) {
        failures.push({
            verdict: 'mismatch',
            expected: `must contain one of ${list(a.mustContainOne)}`,
            message: `${what} contains none of ${list(a.mustContainOne)}`
        });
    }
    const present = (a.mustAvoid ?? []).filter(has);
    if (present.length > 0) {
        failures.push({
            verdict: 'forbidden',
            expected: `must avoid ${list(a.mustAvoid ?? [])}`,
            message: `${what} contains ${list(present)}, which the policy forbids`
        });
    }
    return failures;
}
function checkDirective(name, found, a) {
    if (found === undefined) {
        return a.required === true
            ? [
                {
                    verdict: 'missing',
                    expected: `directive ${name}`,
                    message: `directive ${name} is missing`
                }
            ]
            : [];
    }
    if (a.required === false) {
        return [
            {
                verdict: 'forbidden',
                expected: `no directive ${name}`,
                message: `directive ${name} is present, which the policy forbids`
            }
        ];
    }
    const what = `directive ${name}`;
    // Inside a directive the items are its values, whatever the header's separators.
    const asList = {
        ...a,
        ...(a.value ? { value: a.value.length === 1 ? a.value[0].split(/\s+/) : a.value } : {})
    };
    return [
        ...checkItems(found.values, found.values.join(' '), 'x-directive', asList, what, normalItem),
        ...checkContains(new Set(found.values), a, what)
    ];
}
function judgeValue(rule, value) {
    const forms = parseForRules(rule.header, value);
    const all = {
        items: forms.flatMap((f) => f.items),
        matchable: new Set(forms.flatMap((f) => [...f.matchable])),
        directives: new Map()
    };
    const failures = [
        ...checkItems(all.items, wholeValue(rule.header, value), rule.header, rule, rule.header),
        ...checkContains(all.matchable, rule, rule.header)
    ];
    for (const [name, a] of Object.entries(rule.directives ?? {})) {
        // Several CSP policies are all enforced: a directive rule holds in every policy that has
        // the directive, and `required` holds when one of them has it.
        const having = forms.map((f) => f.directives.get(name)).filter((d) => d !== undefined);
        const severity = a.severity;
        const outcomes = having.length === 0
            ? checkDirective(name, undefined, a)
            : having.flatMap((d) => checkDirective(name, d, a));
        failures.push(...outcomes.map((o) => ({ ...o, severity })));
    }
    return failures;
}
function judgeCookies(rule, cookies) {
    const failures = [];
    // A global rule holds only when it holds for each cookie (RFC 6265 4.1: never folded).
    for (const cookie of cookies) {
        failures.push(...checkContains(cookie.attributes, rule, `cookie ${cookie.name || '(unnamed)'}`));
    }
    for (const [name, a] of Object.entries(rule.cookies ?? {})) {
        const named = cookies.filter((c) => c.name === name);
        const severity = a.severity;
        if (named.length === 0) {
            if (a.required === true) {
                failures.push({
                    verdict: 'missing',
                    expected: `cookie ${name}`,
                    message: `cookie ${name} is not set`,
                    severity
                });
            }
            continue;
        }
        if (a.required === false) {
            failures.push({
                verdict: 'forbidden',
                expected: `no cookie ${name}`,
                message: `cookie ${name} is set, which the policy forbids`,
                severity
            });
            continue;
        }
        for (const cookie of named) {
            failures.push(...checkContains(cookie.attributes, a, `cookie ${name}`).map((o) => ({ ...o, severity })));
        }
    }
    return failures;
}
function describeRule(rule) {
    const parts = [];
    if (rule.required === true)
        parts.push('present');
    if (rule.required === false)
        parts.push('absent');
    if (rule.value?.length)
        parts.push(`value ${list(rule.value)}`);
    if (rule.oneOf?.length)
        parts.push(`one of ${rule.oneOf.join(' | ')}`);
    if (rule.anyOf?.length)
        parts.push(`any of ${list(rule.anyOf)}`);
    if (rule.mustContain?.length)
        parts.push(`contains ${list(rule.mustContain)}`);
    if (rule.mustContainOne?.length)
        parts.push(`contains one of ${list(rule.mustContainOne)}`);
    if (rule.mustAvoid?.length)
        parts.push(`avoids ${list(rule.mustAvoid)}`);
    for (const [name, d] of Object.entries(rule.directives ?? {}))
        parts.push(`${name}: ${describeRule(d) || 'checked'}`);
    for (const [name, d] of Object.entries(rule.cookies ?? {}))
        parts.push(`cookie ${name}: ${describeRule(d) || 'checked'}`);
    return parts.join('; ');
}
/** Judges one response's headers against every `verify.rules` entry. */
function judgeRules(rules, headers) {
    const findings = [];
    for (const rule of rules) {
        const header = rule.header.toLowerCase();
        const values = Object.hasOwn(headers, header) ? headers[header] : undefined;
        const actual = values && values.length > 0 ? values.join(', ') : null;
        const normalized = { ...rule, header };
        let failures = [];
        if (actual === null || values === undefined) {
            if (rule.required === true) {
                failures = [
                    { verdict: 'missing', expected: 'present', message: `${header} is not in the response` }
                ];
            }
            else {
                for (const [name, a] of Object.entries(rule.cookies ?? {})) {
                    if (a.required === true)
                        failures.push({
                            verdict: 'missing',
                            expected: `cookie ${name}`,
                            message: `cookie ${name} is not set`,
                            severity: a.severity
                        });
                }
            }
        }
        else if (rule.required === false) {
            failures = [
                { verdict: 'forbidden', expected: 'absent', message: `${header} should not be returned` }
            ];
        }
        else if (header === 'set-cookie') {
            failures = judgeCookies(normalized, values.map(parseCookie));
        }
        else {
            failures = judgeValue(normalized, actual);
        }
        const base = {
            header,
            actual,
            policyLine: rule.pos.line,
            policyColumn: rule.pos.col,
            kind: 'rule'
        };
        if (failures.length === 0) {
            findings.push({
                ...base,
                verdict: 'pass',
                expected: describeRule(rule) || 'checked',
                message: actual === null ? `${header} absent, as allowed` : 'rule satisfied',
                severity: rule.severity ?? 'error'
            });
        }
        else {
            for (const o of failures) {
                findings.push({
                    ...base,
                    verdict: o.verdict,
                    expected: o.expected,
                    message: o.message,
                    severity: o.severity ?? rule.severity ?? 'error'
                });
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/verify/check.ts
// The judgment: does one response carry what the policy says the edge sends for it? Pure: a
// policy and an observed response in, findings out. Which rules apply is decided by
// headers/match.ts (the same semantics the edge handler implements), never re-implemented here.






function uriOf(url) {
    try {
        return new URL(url).pathname || '/';
    }
    catch {
        return '/';
    }
}
function base(rule, kind) {
    return { policyLine: rule.pos.line, policyColumn: rule.pos.col, kind, severity: 'error' };
}
function own(headers, name) {
    return Object.hasOwn(headers, name) ? headers[name] : undefined;
}
function judgeHeader(rule, headers) {
    const instances = (0,header_grammar/* headerInstances */.a0)(rule.name, own(headers, rule.name));
    const actual = instances.length > 0 ? instances.join(', ') : null;
    const common = { ...base(rule, 'header'), header: rule.name, expected: rule.value, actual };
    if (instances.length === 0) {
        return { ...common, verdict: 'missing', message: `${rule.key} is not in the response` };
    }
    if (instances.length > 1 && (0,header_grammar/* headerGrammar */.TD)(rule.name).once) {
        return {
            ...common,
            verdict: 'mismatch',
            message: `${rule.key} is sent ${instances.length} times: the origin and the edge both set it, or the origin repeats it; browsers then combine or ignore the values`
        };
    }
    const value = instances.join(', ');
    if (!rule.override) {
        // The edge kept the origin's value: it still has to be one a browser honours, since an
        // invalid value is ignored as if the header were absent.
        const invalid = (0,header_values/* checkHeaderValue */.B)(rule.name, value).filter((f) => f.severity === 'error');
        if (invalid.length > 0) {
            return {
                ...common,
                expected: `a valid ${rule.key} (override: false keeps the origin's value)`,
                verdict: 'mismatch',
                message: `the origin's ${rule.key} is invalid, so browsers ignore it: ${invalid[0].message}`
            };
        }
        return { ...common, verdict: 'pass', message: 'kept origin value' };
    }
    if (sameValue(rule.name, rule.value, value)) {
        return { ...common, verdict: 'pass', message: 'matches the policy' };
    }
    const detail = (0,header_names/* isCspHeader */.ag)(rule.name) ? `: ${cspDifference(rule.value, value)}` : '';
    return { ...common, verdict: 'mismatch', message: `${rule.key} differs from the policy${detail}` };
}
/**
 * A security header sent more than once is a finding even when the policy does not set it:
 * browsers honour only the first HSTS (RFC 6797 8.1), treat differing X-Frame-Options values as
 * invalid, and enforce every CSP (so a second, different one is a second policy to satisfy).
 */
function judgeDuplicates(headers, judged, policyLine) {
    const findings = [];
    for (const name of header_grammar/* SINGLE_INSTANCE_HEADERS */.uy) {
        if (judged.has(name))
            continue;
        const instances = (0,header_grammar/* headerInstances */.a0)(name, own(headers, name));
        if (instances.length < 2)
            continue;
        const differing = new Set(instances.map((v) => v.trim().toLowerCase())).size > 1;
        if ((0,header_names/* isCspHeader */.ag)(name) && !differing)
            continue;
        findings.push({
            header: name,
            verdict: 'mismatch',
            expected: 'sent once',
            actual: instances.join(', '),
            message: (0,header_names/* isCspHeader */.ag)(name)
                ? `${name} is sent ${instances.length} times with different values: browsers enforce every one, so the strictest combination applies`
                : `${name} is sent ${instances.length} times${differing ? ' with different values' : ''}: ${name === 'strict-transport-security' ? 'browsers honour only the first (RFC 6797 8.1)' : 'browsers may ignore the header altogether'}; send it once`,
            policyLine,
            severity: (0,header_names/* isCspHeader */.ag)(name) ? 'warning' : 'error',
            kind: 'duplicate'
        });
    }
    return findings;
}
/** `x-envoy-*` matches every `x-envoy-` header; any other name matches itself. */
function removedNames(rule, headers) {
    if (rule.name.endsWith('*')) {
        const prefix = rule.name.slice(0, -1);
        return Object.keys(headers).filter((name) => name.startsWith(prefix));
    }
    return headers[rule.name] ? [rule.name] : [];
}
function judgeRemove(rule, headers) {
    const present = removedNames(rule, headers);
    if (present.length === 0) {
        return [
            {
                ...base(rule, 'remove'),
                header: rule.name,
                verdict: 'pass',
                expected: '(absent)',
                actual: null,
                message: 'absent, as the policy removes it'
            }
        ];
    }
    return present.map((name) => ({
        ...base(rule, 'remove'),
        header: name,
        verdict: 'forbidden',
        expected: '(absent)',
        actual: (headers[name] ?? []).join(', '),
        message: `${name} should have been removed by the edge`
    }));
}
/**
 * Every header the policy sets for this URI, status and content type must be present with the
 * expected value; every removed header must be absent; every `verify.rules` entry must hold.
 */
function judgeResponse(policy, response) {
    const set = (0,match/* selectHeaderSet */.gl)(policy, uriOf(response.url));
    const facts = { status: response.status, contentType: response.headers['content-type']?.[0] };
    const findings = [];
    const applied = (0,match/* applicableHeaders */._t)(set, facts);
    for (const rule of applied)
        findings.push(judgeHeader(rule, response.headers));
    findings.push(...judgeDuplicates(response.headers, new Set(applied.map((r) => r.name)), null));
    for (const rule of set.remove)
        findings.push(...judgeRemove(rule, response.headers));
    findings.push(...judgeRules(policy.verify.rules, response.headers));
    const cause = errorCause(response);
    if (!cause)
        return findings;
    return findings.map((f) => f.verdict === 'pass' ? f : { ...f, message: `${f.message} ${cause}` });
}
/**
 * A 5xx (an origin that is down, a function CloudFront rejected) explains every missing header
 * at once: say so on each finding, so "Cache-Control is not in the response" on 77 URLs reads
 * as the one problem it is.
 */
function errorCause(response) {
    if (response.status < 500)
        return undefined;
    const xCache = response.headers['x-cache']?.[0];
    return `(the response was a ${response.status}${xCache ? `, X-Cache: ${xCache}` : ''})`;
}
/** The rule that asks for HSTS on this URI, if any: then http:// must redirect to https://. */
function hstsRule(policy, uri) {
    return (0,match/* selectHeaderSet */.gl)(policy, uri).headers.find((h) => h.name === 'strict-transport-security');
}
/**
 * The http:// variant of an HSTS site must answer with a redirect to https:// (HSTS is ignored
 * over plain HTTP, so only the redirect protects the first visit). Not serving http:// at all
 * is fine too: there is nothing to downgrade to.
 */
function judgeHttpRedirect(rule, httpUrl, response, redirectTo) {
    const common = {
        header: 'location',
        expected: `3xx to ${httpUrl.replace(/^http:/, 'https:')}`,
        policyLine: rule.pos.line,
        policyColumn: rule.pos.col,
        // A warning, not a policy violation: no header can fix it, only the cache behavior's
        // viewer protocol policy (redirect-to-https), which headerguard does not manage.
        severity: 'warning',
        kind: 'redirect'
    };
    if (response === undefined) {
        return {
            ...common,
            verdict: 'pass',
            actual: null,
            message: 'http:// is not served, so there is nothing to downgrade to'
        };
    }
    if (redirectTo === undefined) {
        return {
            ...common,
            verdict: 'missing',
            actual: `${response.status} without a redirect`,
            message: `http:// answers ${response.status} instead of redirecting to https://; HSTS only protects after a first https:// visit (CloudFront: set the viewer protocol policy to redirect-to-https)`
        };
    }
    const target = new URL(redirectTo);
    const from = new URL(httpUrl);
    if (target.protocol !== 'https:') {
        return {
            ...common,
            verdict: 'mismatch',
            actual: redirectTo,
            message: 'http:// redirects, but not to https://'
        };
    }
    if (target.hostname !== from.hostname) {
        return {
            ...common,
            verdict: 'mismatch',
            actual: redirectTo,
            message: 'http:// redirects to https:// on another host first, so the browser never sees this host’s HSTS header'
        };
    }
    return { ...common, verdict: 'pass', actual: redirectTo, message: 'redirects to https://' };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/verify/fetch.ts
// How verify talks HTTP: one GET per URL, redirects followed by hand so every hop is recorded,
// retries on connection errors only, a per-request timeout. The default transport is Node's
// http/https module because it keeps repeated header instances apart (`rawHeaders`); `fetch`
// folds them into one comma-joined value, which hides duplicated security headers.




/** A transport error that may succeed on retry (refused, reset, timed out). */
class ConnectionError extends Error {
}
const REQUEST_HEADERS = {
    'user-agent': 'headerguard (security-header verifier)',
    accept: 'text/html,application/xhtml+xml,*/*;q=0.8'
};
/**
 * How much of a body the transport reads after the headers, only to hand the socket back to
 * the keep-alive pool: the check judges headers and needs no body. A longer body, or one still
 * arriving when the request's time is up, closes the socket instead, so no request ever waits
 * for a socket that is busy reading an endless body.
 */
const DRAIN_LIMIT_BYTES = 64 * 1024;
/** Reads the rest of `res` to reuse its socket, within `limit` bytes and `withinMs`; else closes it. */
function drainOrClose(res, limit, withinMs) {
    const declared = Number(res.headers['content-length']);
    if (withinMs <= 0 || (Number.isFinite(declared) && declared > limit)) {
        res.destroy();
        return;
    }
    let read = 0;
    const timer = setTimeout(() => res.destroy(), withinMs);
    res.on('data', (chunk) => {
        read += chunk.length;
        if (read > limit)
            res.destroy();
    });
    res.on('error', () => undefined);
    res.on('close', () => clearTimeout(timer));
    res.resume();
}
/**
 * Node http/https with keep-alive agents shared by every request of one verify run: at most
 * `perHost` sockets to one host and `total` over all hosts. A request's timeout runs from the
 * moment it is handed to the agent, waiting for a free socket included, to its headers.
 */
function nodeTransport(perHost, total = perHost) {
    const options = { keepAlive: true, maxSockets: perHost, maxTotalSockets: total };
    const agents = { 'http:': new (external_node_http_default()).Agent(options), 'https:': new (external_node_https_default()).Agent(options) };
    const transport = (url, timeoutMs) => new Promise((resolve, reject) => {
        const deadline = performance.now() + timeoutMs;
        const target = new URL(url);
        const mod = target.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const agent = target.protocol === 'https:' ? agents['https:'] : agents['http:'];
        const req = mod.request(target, { method: 'GET', agent, headers: REQUEST_HEADERS }, (res) => {
            clearTimeout(timer);
            const headers = [];
            for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
                headers.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
            }
            drainOrClose(res, DRAIN_LIMIT_BYTES, deadline - performance.now());
            resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers });
        });
        const timer = setTimeout(() => {
            req.destroy(new ConnectionError(`no response within ${timeoutMs} ms`));
        }, timeoutMs);
        req.on('error', (error) => {
            clearTimeout(timer);
            reject(error instanceof ConnectionError ? error : new ConnectionError((0,errors/* errorMessage */.gJ)(error)));
        });
        req.end();
    });
    return Object.assign(transport, {
        close: () => {
            agents['http:'].destroy();
            agents['https:'].destroy();
        }
    });
}
/** Adapts an injected `fetch`. Repeated headers arrive comma-joined (Set-Cookie excepted). */
function fetchTransport(fetchImpl) {
    return async (url, timeoutMs) => {
        let response;
        try {
            response = await fetchImpl(url, {
                method: 'GET',
                redirect: 'manual',
                headers: REQUEST_HEADERS,
                signal: AbortSignal.timeout(timeoutMs)
            });
        }
        catch (error) {
            throw new ConnectionError((0,errors/* errorMessage */.gJ)(error));
        }
        const headers = [];
        response.headers.forEach((value, name) => {
            if (name !== 'set-cookie')
                headers.push([name, value]);
        });
        for (const cookie of response.headers.getSetCookie?.() ?? [])
            headers.push(['set-cookie', cookie]);
        await response.body?.cancel().catch(() => undefined);
        return { status: response.status, statusText: response.statusText, headers };
    };
}
function budgetFor(settings) {
    const totalMs = settings.timeoutMs * (settings.retries + 1);
    const deadline = performance.now() + totalMs;
    return { totalMs, remainingMs: () => deadline - performance.now() };
}
/** One GET, retried on connection errors only. Throws ConnectionError after the last attempt. */
async function fetchOnce(url, settings) {
    let lastError;
    let tries = 0;
    for (let attempt = 0; attempt <= settings.retries; attempt++) {
        tries++;
        const started = settings.now();
        try {
            const raw = await settings.transport(url, settings.timeoutMs);
            const receivedAt = settings.now();
            return observe(url, raw, receivedAt, receivedAt - started);
        }
        catch (error) {
            if (!(error instanceof ConnectionError))
                throw error;
            lastError = error;
        }
    }
    throw new ConnectionError(`${(0,errors/* errorMessage */.gJ)(lastError)} (${tries} attempt${tries === 1 ? '' : 's'})`);
}
function observe(url, raw, receivedAt, elapsedMs) {
    // Keyed by names the site chose: a null prototype, so `constructor` or `__proto__` are data.
    const headers = Object.create(null);
    for (const [name, value] of raw.headers) {
        const key = name.toLowerCase();
        (headers[key] ??= []).push(value);
    }
    return {
        url,
        status: raw.status,
        statusText: raw.statusText,
        headers,
        cache: cacheFacts(headers),
        receivedAt,
        elapsedMs
    };
}
const MAX_REDIRECTS = 10;
/** GET `url` and follow redirects by hand (at most `maxRedirects`), keeping every hop. */
async function fetchChain(url, settings, maxRedirects = MAX_REDIRECTS) {
    const hops = [];
    const seen = new Set();
    const budget = budgetFor(settings);
    let next = url;
    while (next !== undefined) {
        if (seen.has(next))
            return { hops, error: `redirect loop back to ${next}` };
        if (hops.length > maxRedirects)
            return { hops, error: `more than ${maxRedirects} redirects` };
        if (hops.length > 0 && budget.remainingMs() <= 0) {
            return {
                hops,
                error: `stopped before ${next}: a URL gets ${budget.totalMs} ms (timeout x attempts) for all its redirects`
            };
        }
        seen.add(next);
        let response;
        try {
            response = await fetchOnce(next, settings);
        }
        catch (error) {
            return { hops, error: (0,errors/* errorMessage */.gJ)(error) };
        }
        hops.push(response);
        next = redirectTarget(response);
    }
    return { hops };
}
/** The absolute URL a 3xx answer points to, if any. */
function redirectTarget(response) {
    if (response.status < 300 || response.status > 399)
        return undefined;
    const location = response.headers.location?.[0];
    if (!location)
        return undefined;
    try {
        return new URL(location, response.url).href;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/verify/observatory/scoring.ts
// The MDN HTTP Observatory's scoring: THE one place to change when the Observatory's algorithm
// changes (a new algorithm version, a modifier, a grade boundary, the extra-credit rule).
// Read from the public mdn/mdn-http-observatory repository: src/grader/charts.js (SCORE_TABLE,
// GRADE_CHART, MINIMUM_SCORE_FOR_EXTRA_CREDIT), src/scanner/index.js (base 100, bonuses only
// at >= 90), src/analyzer/utils.js (onlyIfWorse: the order of cookie results).
const ALGORITHM_VERSION = 6;
/** Score → grade. Keys are multiples of 5; a score is rounded down to one (charts.js GRADE_CHART). */
const GRADE_CHART = [
    [100, 'A+'],
    [90, 'A'],
    [85, 'A-'],
    [80, 'B+'],
    [70, 'B'],
    [65, 'B-'],
    [60, 'C+'],
    [50, 'C'],
    [45, 'C-'],
    [40, 'D+'],
    [30, 'D'],
    [25, 'D-'],
    [0, 'F']
];
/** Only a site that already earns an A without bonuses gets them (charts.js). */
const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;
/** Every result this module can produce and its score modifier (charts.js SCORE_TABLE, v6). */
const MODIFIERS = {
    'csp-implemented-with-no-unsafe-default-src-none': 10,
    'csp-implemented-with-no-unsafe': 5,
    'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
    'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
    'csp-implemented-with-unsafe-eval': -10,
    'csp-implemented-with-unsafe-inline': -20,
    'csp-implemented-with-insecure-scheme': -20,
    'csp-implemented-but-duplicate-directives': 0,
    'csp-header-invalid': -25,
    'csp-not-implemented': -25,
    'csp-not-implemented-but-reporting-enabled': -25,
    'cookies-secure-with-httponly-sessions-and-samesite': 5,
    'cookies-secure-with-httponly-sessions': 0,
    'cookies-not-found': 0,
    'cookies-without-secure-flag-but-protected-by-hsts': -5,
    'cookies-session-without-secure-flag-but-protected-by-hsts': -10,
    'cookies-without-secure-flag': -20,
    'cookies-samesite-flag-invalid': -20,
    'cookies-anticsrf-without-samesite-flag': -20,
    'cookies-session-without-httponly-flag': -30,
    'cookies-session-without-secure-flag': -40,
    'cross-origin-resource-sharing-not-implemented': 0,
    'cross-origin-resource-sharing-implemented-with-public-access': 0,
    'redirection-to-https': 0,
    'redirection-not-needed-no-http': 0,
    'redirection-off-host-from-http': -5,
    'redirection-not-to-https-on-initial-redirection': -10,
    'redirection-not-to-https': -20,
    'redirection-missing': -20,
    'referrer-policy-private': 5,
    'referrer-policy-not-implemented': 0,
    'referrer-policy-unsafe': -5,
    'referrer-policy-header-invalid': -5,
    'hsts-implemented-max-age-at-least-six-months': 0,
    'hsts-implemented-max-age-less-than-six-months': -10,
    'hsts-not-implemented': -20,
    'hsts-header-invalid': -20,
    'hsts-not-implemented-no-https': -20,
    'sri-not-scored': 0,
    'x-content-type-options-nosniff': 0,
    'x-content-type-options-not-implemented': -5,
    'x-content-type-options-header-invalid': -5,
    'x-frame-options-implemented-via-csp': 5,
    'x-frame-options-sameorigin-or-deny': 5,
    'x-frame-options-allow-from-origin': 0,
    'x-frame-options-not-implemented': -20,
    'x-frame-options-header-invalid': -20,
    'corp-implemented-with-same-origin': 10,
    'corp-implemented-with-same-site': 10,
    'corp-implemented-with-cross-origin': 0,
    'corp-not-implemented': 0,
    'corp-header-invalid': -5,
    'coop-implemented-with-same-origin': 10,
    'coop-implemented-with-same-origin-allow-popups': 10,
    'coop-implemented-with-noopener-allow-popups': 10,
    'coop-implemented-with-unsafe-none': 0,
    'coop-not-implemented': 0,
    'coop-header-invalid': -5,
    'coep-implemented-with-require-corp': 10,
    'coep-implemented-with-credentialless': 10,
    'coep-implemented-with-unsafe-none': 0,
    'coep-not-implemented': 0,
    'coep-header-invalid': -5
};
function gradeForScore(rawScore) {
    const score = Math.max(rawScore, 0);
    const bucket = Math.min(score - (score % 5), 100);
    return GRADE_CHART.find(([min]) => bucket >= min)?.[1] ?? 'F';
}
/** From least to most serious: a result only replaces a less serious one (utils.js onlyIfWorse). */
const COOKIE_SEVERITY = [
    'cookies-without-secure-flag-but-protected-by-hsts',
    'cookies-without-secure-flag',
    'cookies-session-without-secure-flag-but-protected-by-hsts',
    'cookies-samesite-flag-invalid',
    'cookies-anticsrf-without-samesite-flag',
    'cookies-session-without-httponly-flag',
    'cookies-session-without-secure-flag'
];
/** The weakest first: a site is as strong as its weakest host. */
const GRADE_ORDER = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'];

;// CONCATENATED MODULE: ./src/verify/observatory/common.ts

/** Every instance of a header (lowercase name). */
function common_all(response, name) {
    return response?.headers[name] ?? [];
}
/** The header as an HTTP client library folds it: instances joined with `, `. */
function folded(response, name) {
    const values = common_all(response, name);
    return values.length > 0 ? values.join(', ') : undefined;
}
function test(name, result, pass, scored = true) {
    return { name, result, modifier: scored ? (MODIFIERS[result] ?? 0) : 0, pass, scored };
}

;// CONCATENATED MODULE: ./src/verify/observatory/cookies.ts
// The Observatory's cookies test (src/analyzer/tests/cookies.js).


function cookies_parseCookie(raw) {
    const [pair, ...attributes] = raw.split(';');
    const name = pair?.split('=')[0]?.trim();
    if (!name)
        return undefined;
    const cookie = { name, secure: false, httpOnly: false };
    for (const attribute of attributes) {
        const [key = '', value] = attribute.trim().split('=');
        const k = key.trim().toLowerCase();
        if (k === 'secure')
            cookie.secure = true;
        else if (k === 'httponly')
            cookie.httpOnly = true;
        else if (k === 'samesite') {
            const v = value?.trim().toLowerCase();
            if (v === 'strict' || v === 'lax' || v === 'none')
                cookie.sameSite = v;
        }
    }
    return cookie;
}
function invalidSameSite(raw) {
    return raw
        .split(';')
        .slice(1)
        .some((part) => {
        const [key = '', value] = part.trim().split('=');
        if (key.trim().toLowerCase() !== 'samesite')
            return false;
        return !value || !['lax', 'strict', 'none'].includes(value.trim().toLowerCase());
    });
}
function cookiesTest(input, hstsPasses) {
    const name = 'cookies';
    let result;
    const worse = (candidate) => {
        if (result === undefined ||
            COOKIE_SEVERITY.indexOf(candidate) > COOKIE_SEVERITY.indexOf(result)) {
            result = candidate;
        }
    };
    for (const raw of common_all(input.auto, 'set-cookie'))
        if (invalidSameSite(raw))
            worse('cookies-samesite-flag-invalid');
    const cookies = input.all
        .flatMap((r) => common_all(r, 'set-cookie'))
        .map(cookies_parseCookie)
        .filter((c) => c !== undefined && c.name !== 'heroku-session-affinity');
    if (cookies.length === 0)
        return test(name, 'cookies-not-found', true);
    let missingSameSite = false;
    for (const cookie of cookies) {
        const key = cookie.name.toLowerCase();
        const session = key.includes('login') || key.includes('sess');
        if (!cookie.secure && cookie.sameSite === 'none')
            worse('cookies-samesite-flag-invalid');
        if (!cookie.secure)
            worse(hstsPasses
                ? 'cookies-without-secure-flag-but-protected-by-hsts'
                : 'cookies-without-secure-flag');
        if (key.includes('csrf') && !cookie.sameSite)
            worse('cookies-anticsrf-without-samesite-flag');
        if (session && !cookie.secure) {
            worse(hstsPasses
                ? 'cookies-session-without-secure-flag-but-protected-by-hsts'
                : 'cookies-session-without-secure-flag');
        }
        if (session && !cookie.httpOnly)
            worse('cookies-session-without-httponly-flag');
        if (!cookie.sameSite)
            missingSameSite = true;
    }
    result ??= missingSameSite
        ? 'cookies-secure-with-httponly-sessions'
        : 'cookies-secure-with-httponly-sessions-and-samesite';
    const pass = [
        'cookies-secure-with-httponly-sessions',
        'cookies-secure-with-httponly-sessions-and-samesite'
    ].includes(result);
    return test(name, result, pass);
}

;// CONCATENATED MODULE: ./src/verify/observatory/csp.ts

const BROAD = new Set([
    'ftp:',
    'http:',
    'https:',
    '*',
    'http://*',
    'http://*.*',
    'https://*',
    'https://*.*'
]);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:']);
const BROAD_OR_INLINE = new Set([...BROAD, ...UNSAFE_INLINE]);
const PASSIVE = ['img-src', 'media-src'];
const NONCE_OR_HASH = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];
const DUPLICATES_ALLOWED = new Set(['report-uri', 'report-to']);
class InvalidCsp extends Error {
}
/** One policy: directive -> lowercased sources; an empty `-src` means 'none'. */
function parsePolicy(policy, seenReports) {
    const clean = policy.replace(/[\r\n]/g, '').trim();
    // The shortest policy the Observatory accepts is as long as "img-src" minus one.
    if (clean.length < 'img-src'.length - 1)
        throw new InvalidCsp(`policy too short: ${clean}`);
    const directives = new Map();
    for (const entry of clean.split(';')) {
        const [rawName, ...sources] = entry.trim().split(/\s+/);
        if (!rawName)
            continue;
        const name = rawName.toLowerCase();
        if (directives.has(name)) {
            if (!DUPLICATES_ALLOWED.has(name))
                throw new InvalidCsp(`duplicate directive ${name}`);
            seenReports.dup = true;
            continue;
        }
        const values = sources.map((s) => s.trim().toLocaleLowerCase());
        directives.set(name, new Set(values.length === 0 && name.endsWith('-src') ? ["'none'"] : values));
    }
    return directives;
}
/**
 * Several policies are all enforced: a directive present in more than one keeps the sources
 * every such policy allows. (The Observatory also prunes path-prefixed duplicates; that only
 * changes its displayed data, not the result.)
 */
function parseCspList(policies) {
    const seen = { dup: false };
    const merged = new Map();
    for (const policy of policies) {
        for (const [name, sources] of parsePolicy(policy, seen)) {
            const before = merged.get(name);
            merged.set(name, before ? new Set([...before].filter((s) => sources.has(s))) : sources);
        }
    }
    for (const [name, sources] of merged)
        if (sources.size === 0)
            merged.set(name, new Set(["'none'"]));
    return { directives: merged, duplicateReports: seen.dup };
}
function hasNonceOrHash(sources) {
    return [...sources].some((s) => NONCE_OR_HASH.some((p) => s.startsWith(p)));
}
function cspTest(response) {
    const name = 'content-security-policy';
    const policies = common_all(response, 'content-security-policy')
        .flatMap((v) => v.split(','))
        .map((s) => s.trim());
    let parsed;
    try {
        parsed = parseCspList(policies);
    }
    catch {
        return { test: test(name, 'csp-header-invalid', false) };
    }
    const csp = parsed.directives;
    if (csp.size === 0) {
        const reportOnly = folded(response, 'content-security-policy-report-only');
        return {
            test: test(name, reportOnly ? 'csp-not-implemented-but-reporting-enabled' : 'csp-not-implemented', false)
        };
    }
    const any = new Set(['*']);
    // The Observatory works on the parsed sets in place: script-src falling back to default-src
    // shares default-src's set, so removing a source from one removes it from both.
    const objectSrc = csp.get('object-src') ?? csp.get('default-src') ?? any;
    const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? new Set(['*']);
    const styleSrc = csp.get('style-src') ?? csp.get('default-src') ?? new Set(['*']);
    let result;
    for (const list of [scriptSrc, styleSrc]) {
        if (hasNonceOrHash(list))
            list.delete("'unsafe-inline'");
    }
    if (hasNonceOrHash(scriptSrc) && scriptSrc.has("'strict-dynamic'")) {
        for (const source of [...scriptSrc]) {
            const broad = [...BROAD].some((b) => source.startsWith(b));
            if (broad || source === "'self'" || source === "'unsafe-inline'")
                scriptSrc.delete(source);
        }
    }
    else if (scriptSrc.has("'strict-dynamic'")) {
        result = 'csp-header-invalid';
    }
    const active = [...csp.entries()]
        .filter(([d]) => !PASSIVE.includes(d) && d !== 'script-src')
        .flatMap(([, sources]) => [...sources]);
    active.push(...scriptSrc);
    const passive = PASSIVE.flatMap((d) => [...(csp.get(d) ?? csp.get('default-src') ?? [])]);
    const secure = new URL(response.url).protocol === 'https:';
    const insecure = (s) => s.startsWith('http:') || s.startsWith('ftp:');
    const set = (r) => {
        result ??= r;
    };
    if ([...scriptSrc].some((s) => BROAD_OR_INLINE.has(s)) ||
        [...objectSrc].some((s) => BROAD.has(s))) {
        set('csp-implemented-with-unsafe-inline');
    }
    if (secure && active.some(insecure))
        set('csp-implemented-with-insecure-scheme');
    if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'"))
        set('csp-implemented-with-unsafe-eval');
    if (secure && passive.some(insecure))
        set('csp-implemented-with-insecure-scheme-in-passive-content-only');
    if ([...styleSrc].some((s) => BROAD_OR_INLINE.has(s)))
        set('csp-implemented-with-unsafe-inline-in-style-src-only');
    const defaultSrc = csp.get('default-src');
    if (defaultSrc?.has("'none'") && defaultSrc.size === 1)
        set('csp-implemented-with-no-unsafe-default-src-none');
    else
        set('csp-implemented-with-no-unsafe');
    const passing = [
        'csp-implemented-with-no-unsafe',
        'csp-implemented-with-no-unsafe-default-src-none',
        'csp-implemented-with-unsafe-inline-in-style-src-only',
        'csp-implemented-with-insecure-scheme-in-passive-content-only'
    ].includes(result);
    if (passing && parsed.duplicateReports)
        result = 'csp-implemented-but-duplicate-directives';
    return { test: test(name, result, passing), directives: csp };
}

;// CONCATENATED MODULE: ./src/verify/observatory/headers.ts

/** A structured-field token with optional parameters (`same-origin; report-to="x"`). */
function sfToken(value) {
    const token = value.split(';')[0]?.trim() ?? '';
    return /^[A-Za-z*][A-Za-z0-9!#$%&'*+.^_`|~:/-]*$/.test(token) ? token : undefined;
}
function hstsTest(https) {
    const name = 'strict-transport-security';
    if (!https)
        return test(name, 'hsts-not-implemented-no-https', false);
    // The Observatory's HTTP client joins repeated instances with ', ' (as fetch does), so two
    // HSTS lines read as one value with a comma: invalid, like any HSTS value with a comma.
    const header = folded(https, 'strict-transport-security');
    if (header === undefined)
        return test(name, 'hsts-not-implemented', false);
    const data = header.slice(0, 1024);
    if (data.includes(','))
        return test(name, 'hsts-header-invalid', false);
    let maxAge;
    for (const parameter of data.split(';').map((p) => p.trim().toLowerCase())) {
        if (parameter.startsWith('max-age='))
            maxAge = Number.parseInt(parameter.slice(8, 128), 10);
    }
    if (maxAge === undefined)
        return test(name, 'hsts-header-invalid', false);
    // 15768000 is six months; the Observatory accepts 15552000 because so many sites use it.
    // A non-numeric max-age parses to NaN, which the Observatory's `<` lets through: so does this.
    if (maxAge < 15_552_000)
        return test(name, 'hsts-implemented-max-age-less-than-six-months', false);
    return test(name, 'hsts-implemented-max-age-at-least-six-months', true);
}
function redirectionTest(httpChain) {
    const name = 'redirection';
    if (!httpChain || httpChain.length === 0)
        return test(name, 'redirection-not-needed-no-http', true);
    const route = httpChain.map((r) => new URL(r.url));
    let result;
    if (route.length === 1)
        result = 'redirection-missing';
    else if (route.at(-1)?.protocol !== 'https:')
        result = 'redirection-not-to-https';
    else if (route[1]?.protocol === 'http:')
        result = 'redirection-not-to-https-on-initial-redirection';
    else if (route[0]?.hostname !== route[1]?.hostname)
        result = 'redirection-off-host-from-http';
    else
        result = 'redirection-to-https';
    return test(name, result, result === 'redirection-to-https');
}
function referrerTest(response) {
    const name = 'referrer-policy';
    const good = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
    const bad = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
    const values = common_all(response, 'referrer-policy');
    if (values.length === 0)
        return test(name, 'referrer-policy-not-implemented', true);
    // The last recognised value wins, as in browsers.
    const policy = values
        .join(', ')
        .split(',')
        .map((v) => v.trim().toLowerCase())
        .filter((v) => good.includes(v) || bad.includes(v))
        .at(-1);
    if (policy !== undefined && good.includes(policy))
        return test(name, 'referrer-policy-private', true);
    if (policy !== undefined)
        return test(name, 'referrer-policy-unsafe', false);
    return test(name, 'referrer-policy-header-invalid', false);
}
function xctoTest(response) {
    const name = 'x-content-type-options';
    const header = folded(response, 'x-content-type-options');
    if (header === undefined)
        return test(name, 'x-content-type-options-not-implemented', false);
    const ok = header.slice(0, 256).trim().toLowerCase() === 'nosniff';
    return test(name, ok ? 'x-content-type-options-nosniff' : 'x-content-type-options-header-invalid', ok);
}
function xfoTest(response, csp) {
    const name = 'x-frame-options';
    if (csp?.has('frame-ancestors'))
        return test(name, 'x-frame-options-implemented-via-csp', true);
    const header = folded(response, 'x-frame-options');
    if (header === undefined)
        return test(name, 'x-frame-options-not-implemented', false);
    const xfo = header.slice(0, 1024).trim().toLowerCase();
    if (xfo === 'deny' || xfo === 'sameorigin')
        return test(name, 'x-frame-options-sameorigin-or-deny', true);
    if (xfo.startsWith('allow-from'))
        return test(name, 'x-frame-options-allow-from-origin', true);
    return test(name, 'x-frame-options-header-invalid', false);
}
function corpTest(response) {
    const name = 'cross-origin-resource-policy';
    const header = folded(response, 'cross-origin-resource-policy');
    if (header === undefined)
        return test(name, 'corp-not-implemented', true);
    const value = header.slice(0, 256).trim().toLowerCase();
    const results = {
        'same-site': 'corp-implemented-with-same-site',
        'same-origin': 'corp-implemented-with-same-origin',
        'cross-origin': 'corp-implemented-with-cross-origin'
    };
    const result = (Object.hasOwn(results, value) ? results[value] : undefined) ?? 'corp-header-invalid';
    return test(name, result, result !== 'corp-header-invalid');
}
/** COOP and COEP share a shape: one token out of a known set, a second instance is invalid. */
function tokenPolicyTest(response, header, prefix, known) {
    const values = common_all(response, header);
    if (values.length === 0)
        return test(header, `${prefix}-not-implemented`, true);
    const token = values.length > 1 ? undefined : sfToken(values[0].slice(0, 1024).trim());
    const suffix = token !== undefined && Object.hasOwn(known, token) ? known[token] : undefined;
    const result = suffix ? `${prefix}-implemented-with-${suffix}` : `${prefix}-header-invalid`;
    return test(header, result, suffix !== undefined);
}
function corsTest(response) {
    const name = 'cross-origin-resource-sharing';
    const acao = folded(response, 'access-control-allow-origin')?.trim();
    if (acao === '*')
        return test(name, 'cross-origin-resource-sharing-implemented-with-public-access', true);
    // Telling restricted from universal (reflected Origin + credentials, -50) needs a request
    // with a forged Origin header: not sent, not scored.
    return test(name, 'cross-origin-resource-sharing-not-implemented', true, acao === undefined);
}

;// CONCATENATED MODULE: ./src/verify/grade.ts
// The MDN HTTP Observatory grade (scoring algorithm version 6), computed locally from the
// responses verify already has. Shown beside the policy verdict, never instead of it.
//
// Read from the public mdn/mdn-http-observatory repository:
//   src/scanner/index.js              base 100; bonuses only when the score without them is >= 90
//   src/grader/grader.js, charts.js   score -> grade (round down to a multiple of 5), modifiers
//   src/analyzer/tests/*.js           csp, cookies, cors, redirection, referrer-policy,
//                                     strict-transport-security, subresource-integrity,
//                                     x-content-type-options, x-frame-options,
//                                     cross-origin-resource-policy, cross-origin-opener-policy,
//                                     cross-origin-embedder-policy
//   src/analyzer/cspParser.js         CSP parsing (sources lowercased, duplicate directives invalid
//                                     except report-uri/report-to)
//   test/scanner.test.js              algorithmVersion 6, 12 tests
// and the threads that changed the table: PR #332 (v5: X-Frame-Options DENY/SAMEORIGIN +5),
// PR #498 and issues #410/#556 (v6: COOP and COEP, +10 for isolating values, -5 when invalid),
// PR #151 (duplicate report-* directives: 0), issue #5 (report-only CSP: -25).
//
// Scored here: every test that needs only response headers and the redirect chain.
// Not scored (modifier 0, listed in `notScored`):
//   - subresource-integrity: needs the HTML body and its <script> tags;
//   - cross-origin-resource-sharing: needs a second request with a forged Origin header, which
//     would pollute the CDN cache key; ACAO `*` (0) is still recognised;
//   - the HSTS preload list (hsts-preloaded +5, redirection-all-redirects-preloaded): needs the
//     Chromium preload list; a preloaded site is graded on its header like any other;
//   - <meta http-equiv> CSP and Referrer-Policy: need the HTML body.
// An http:// base URL is graded as a site without HTTPS, as the Observatory would grade it.






/** The Observatory grade of one site from its responses. */
function gradeSite(input) {
    const csp = cspTest(input.auto);
    const hsts = hstsTest(input.https);
    const tests = [
        csp.test,
        cookiesTest(input, hsts.pass),
        corsTest(input.auto),
        redirectionTest(input.httpChain),
        referrerTest(input.auto),
        hsts,
        test('subresource-integrity', 'sri-not-scored', true, false),
        xctoTest(input.auto),
        xfoTest(input.auto, csp.directives),
        corpTest(input.auto),
        tokenPolicyTest(input.auto, 'cross-origin-opener-policy', 'coop', {
            'same-origin': 'same-origin',
            'same-origin-allow-popups': 'same-origin-allow-popups',
            'noopener-allow-popups': 'noopener-allow-popups',
            'unsafe-none': 'unsafe-none'
        }),
        tokenPolicyTest(input.auto, 'cross-origin-embedder-policy', 'coep', {
            'require-corp': 'require-corp',
            credentialless: 'credentialless',
            'unsafe-none': 'unsafe-none'
        })
    ];
    const withExtraCredit = 100 + tests.reduce((sum, t) => sum + t.modifier, 0);
    const uncurved = 100 + tests.reduce((sum, t) => sum + Math.min(t.modifier, 0), 0);
    const score = Math.max(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved, 0);
    return {
        url: input.url,
        algorithmVersion: ALGORITHM_VERSION,
        score,
        grade: gradeForScore(score),
        tests,
        notScored: tests.filter((t) => !t.scored).map((t) => t.name)
    };
}
/** The weakest of several grades (the site is as strong as its weakest host). */
function weakest(grades) {
    return [...grades].sort((a, b) => GRADE_ORDER.indexOf(b.grade) - GRADE_ORDER.indexOf(a.grade) || a.score - b.score)[0];
}

;// CONCATENATED MODULE: ./src/verify/pool.ts
/**
 * Runs `task` over `items` with at most `limit` in flight, results in input order. A task that
 * throws rejects the whole run: callers turn expected failures into values first.
 */
async function mapLimit(items, limit, task) {
    return mapLimitPerKey(items, { perKey: limit, total: limit, keyOf: () => '' }, task);
}
/**
 * `mapLimit` with a limit per key as well as in total: items start in input order, except that
 * an item whose key is at its limit lets later items of other keys go first. Results in input
 * order; a task that throws rejects the run (the tasks already started still finish).
 */
function mapLimitPerKey(items, limits, task) {
    const perKey = Math.max(1, Math.floor(limits.perKey));
    const total = Math.max(1, Math.floor(limits.total));
    // One queue per key (input order within it); the next item to start is the earliest head
    // among the keys below their limit.
    const queues = new Map();
    items.forEach((item, index) => {
        const key = limits.keyOf(item);
        let queue = queues.get(key);
        if (queue === undefined)
            queues.set(key, (queue = { indices: [], head: 0, running: 0 }));
        queue.indices.push(index);
    });
    const results = new Array(items.length);
    let inFlight = 0;
    let finished = 0;
    let failed = false;
    return new Promise((resolve, reject) => {
        const next = () => {
            let best;
            for (const queue of queues.values()) {
                if (queue.running >= perKey || queue.head >= queue.indices.length)
                    continue;
                if (best === undefined || queue.indices[queue.head] < best.indices[best.head])
                    best = queue;
            }
            return best;
        };
        const startWhatFits = () => {
            for (let queue = next(); !failed && inFlight < total && queue; queue = next()) {
                const index = queue.indices[queue.head++];
                const own = queue;
                own.running++;
                inFlight++;
                Promise.resolve()
                    .then(() => task(items[index], index))
                    .then((result) => {
                    results[index] = result;
                    own.running--;
                    inFlight--;
                    if (++finished === items.length)
                        resolve(results);
                    else
                        startWhatFits();
                }, (error) => {
                    failed = true;
                    reject(error);
                });
            }
        };
        if (items.length === 0)
            resolve(results);
        else
            startWhatFits();
    });
}

;// CONCATENATED MODULE: ./src/verify/site.ts
// verifySite: fetch every URL to verify, judge each response, classify failures the deploy has
// not reached yet, grade each site. Fetching is the only I/O; the judgment is check.ts.






const DEFAULTS = {
    /**
     * Requests in flight to one host, chosen from the concurrency sweep of `npm run bench`
     * (200 URLs at 20 ms latency on a 2-core machine): 8 leaves much of the speed unused, and
     * past 16 the gain depends on the machine's spare CPU more than on the site.
     */
    concurrency: 16,
    /** Requests in flight over all hosts at once (several base URLs). */
    totalConcurrency: 64,
    timeoutMs: 10_000,
    retries: 2,
    propagationWindowMs: 15 * 60_000
};
/** The most requests to one host a run may have in flight, whatever it asks for. */
const MAX_CONCURRENCY = 64;
/** scheme://host:port: what one keep-alive pool of sockets, and one concurrency limit, is for. */
function originOf(url) {
    return new URL(url).origin;
}
/** `base` + `path`, keeping any path prefix of the base (`https://x/app/` + `/a` = `https://x/app/a`). */
function joinUrl(base, path) {
    const trimmed = base.replace(/\/+$/, '');
    return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}
/**
 * What a URL to verify stands for. One whose path ends in `/` (a bare origin included) is a
 * folder: the verify paths and the 404 probe go under it. Any other (`https://x/index.html`,
 * `https://x/?q=1`) names a page, which is fetched exactly as given; the verify paths and the
 * 404 probe then go under its origin, never under the page.
 */
function urlRoles(url) {
    const u = new URL(url);
    u.hash = '';
    if (u.pathname.endsWith('/') && u.search === '')
        return { folder: u.href };
    // Resolved, not rebuilt from `origin`, so credentials in the URL stay with it.
    return { page: u.href, folder: new URL('/', u).href };
}
function withQuery(url, key, value) {
    const u = new URL(url);
    u.searchParams.set(key, value);
    return u.href;
}
function toHttp(url) {
    return url.replace(/^https:/i, 'http:');
}
/**
 * Every URL one run fetches, without repeats. `paths` are the policy's (or the caller's)
 * verify paths; without any, a folder URL is fetched itself and a page URL alone.
 */
function planTargets(bases, paths, runId, cacheBust) {
    const targets = [];
    const seen = new Set();
    const add = (t) => {
        if (seen.has(t.url))
            return;
        seen.add(t.url);
        targets.push(t);
    };
    for (const base of bases) {
        const { page, folder } = urlRoles(base);
        const under = paths.length > 0 ? paths : page ? [] : ['/'];
        const pages = [...(page ? [page] : []), ...under.map((p) => joinUrl(folder, p))];
        for (const url of pages)
            add({ url, kind: 'page', base });
        add({ url: joinUrl(folder, `/headerguard-404-${runId}`), kind: 'not-found', base });
        if (cacheBust) {
            for (const url of pages)
                add({ url: withQuery(url, 'headerguard', runId), kind: 'cache-bust', base, of: url });
        }
        // Always fetched for an https site: the grade needs the redirect; the policy needs it when HSTS is set.
        if (/^https:/i.test(base) && pages[0])
            add({ url: toHttp(pages[0]), kind: 'http-redirect', base });
    }
    return targets;
}
function hopResults(fetched, judge) {
    const { target, chain } = fetched;
    const results = chain.hops.map((hop, index) => {
        const result = {
            url: hop.url,
            status: hop.status,
            findings: judge(hop, index),
            kind: index === 0 ? target.kind : 'redirect-hop',
            requestedUrl: target.url,
            cache: hop.cache,
            elapsedMs: hop.elapsedMs
        };
        const next = redirectTarget(hop);
        if (next !== undefined)
            result.redirectTo = next;
        return result;
    });
    if (chain.error !== undefined) {
        const last = results.at(-1);
        if (last)
            last.error = chain.error;
        else
            results.push({
                url: target.url,
                status: null,
                findings: [],
                kind: target.kind,
                requestedUrl: target.url,
                error: chain.error
            });
    }
    return results;
}
function httpRedirectResult(policy, fetched, pageUri) {
    const rule = hstsRule(policy, pageUri);
    if (!rule)
        return undefined;
    const { target, chain } = fetched;
    const first = chain.hops[0];
    const finding = judgeHttpRedirect(rule, target.url, first, first ? redirectTarget(first) : undefined);
    const result = {
        url: target.url,
        status: first?.status ?? null,
        findings: [finding],
        kind: 'http-redirect',
        requestedUrl: target.url
    };
    if (first) {
        result.cache = first.cache;
        result.elapsedMs = first.elapsedMs;
        const next = redirectTarget(first);
        if (next)
            result.redirectTo = next;
    }
    return result;
}
function isGradable(response) {
    // The Observatory grades 2xx answers, and 401/403 since its 1.3.0.
    return (response !== undefined &&
        ((response.status >= 200 && response.status < 300) ||
            response.status === 401 ||
            response.status === 403));
}
function gradeBase(base, fetched) {
    const mine = fetched.filter((f) => f.target.base === base);
    const page = mine.find((f) => f.target.kind === 'page');
    const auto = page?.chain.hops.at(-1);
    if (!page || !isGradable(auto))
        return undefined;
    const httpVariant = mine.find((f) => f.target.kind === 'http-redirect');
    const httpChain = /^http:/i.test(base) ? page.chain.hops : httpVariant?.chain.hops;
    return gradeSite({
        url: base,
        auto,
        https: /^https:/i.test(auto.url) ? auto : undefined,
        httpChain: httpChain && httpChain.length > 0 ? httpChain : undefined,
        all: mine.flatMap((f) => f.chain.hops)
    });
}
function totalsOf(results) {
    const findings = results.flatMap((r) => r.findings);
    const failed = findings.filter((f) => f.verdict !== 'pass');
    return {
        pass: findings.length - failed.length,
        failed: failed.length,
        errors: failed.filter((f) => f.severity === 'error').length,
        warnings: failed.filter((f) => f.severity === 'warning').length
    };
}
/**
 * Fetches every base URL × path (plus a path that must not exist, the http:// variant of an
 * https site, and cache-busting variants when asked), judges every response against the
 * policy, classifies failures the deploy has not reached yet, and grades each site.
 */
async function verifySite(policy, options) {
    const now = options.now ?? Date.now;
    const started = now();
    const runId = options.runId ?? (0,external_node_crypto_.randomBytes)(4).toString('hex');
    const paths = options.paths ?? policy.verify.paths;
    const concurrency = Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(options.concurrency ?? DEFAULTS.concurrency)));
    const total = Math.max(concurrency, DEFAULTS.totalConcurrency);
    const node = options.fetch ? undefined : nodeTransport(concurrency, total);
    const settings = {
        transport: options.fetch ? fetchTransport(options.fetch) : node,
        timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
        retries: options.retries ?? DEFAULTS.retries,
        now
    };
    const targets = planTargets(options.urls, paths, runId, options.cacheBust === true);
    let fetched;
    try {
        const limits = { perKey: concurrency, total, keyOf: (t) => originOf(t.url) };
        fetched = await mapLimitPerKey(targets, limits, async (target) => ({
            target,
            chain: await fetchChain(target.url, settings)
        }));
    }
    finally {
        node?.close();
    }
    const preview = options.preview;
    if (preview) {
        for (const f of fetched) {
            if (f.target.kind === 'http-redirect')
                continue;
            for (const hop of f.chain.hops) {
                const after = await preview(new URL(hop.url).pathname, { status: hop.status, headers: hop.headers }, hop.url);
                hop.status = after.status;
                hop.headers = Object.assign(Object.create(null), after.headers);
            }
        }
    }
    const judged = new Map();
    const judgeChain = (f) => f.chain.hops.map((hop) => judgeResponse(policy, hop));
    for (const f of fetched)
        if (f.target.kind !== 'http-redirect')
            judged.set(f.target.url, judgeChain(f));
    const bustedFor = new Map(fetched
        .filter((f) => f.target.kind === 'cache-bust')
        .map((f) => [f.target.of, f.target.url]));
    const results = [];
    for (const f of fetched) {
        if (f.target.kind === 'http-redirect') {
            const firstPage = fetched.find((p) => p.target.base === f.target.base && p.target.kind === 'page');
            const uri = firstPage ? new URL(firstPage.target.url).pathname : '/';
            const result = httpRedirectResult(policy, f, uri);
            if (result)
                results.push(result);
            continue;
        }
        const own = judged.get(f.target.url) ?? [];
        const busted = bustedFor.has(f.target.url)
            ? judged.get(bustedFor.get(f.target.url))
            : undefined;
        results.push(...hopResults(f, (hop, index) => classifyFindings(hop, own[index] ?? [], {
            deployedAt: options.deployedAt,
            bustedFindings: busted?.[index],
            now: now(),
            propagationWindowMs: options.propagationWindowMs ?? DEFAULTS.propagationWindowMs
        })));
    }
    const grades = options.urls
        .map((base) => gradeBase(base, fetched))
        .filter((g) => g !== undefined);
    const worst = weakest(grades);
    const totals = totalsOf(results);
    const requested = results.filter((r) => r.kind !== 'http-redirect');
    const unreachable = requested.length > 0 && requested.every((r) => r.status === null);
    const failedFetch = results.some((r) => r.error !== undefined && r.kind !== 'http-redirect');
    return {
        status: totals.errors > 0 || failedFetch ? 'fail' : 'pass',
        grade: worst?.grade ?? null,
        score: worst?.score ?? null,
        results,
        observatory: grades,
        totals,
        unreachable,
        startedAt: new Date(started).toISOString(),
        durationMs: now() - started
    };
}

;// CONCATENATED MODULE: ./src/verify/preview.ts


async function verifyPreviewed(policy, options, apply) {
    const live = new Map();
    const report = await verifySite(policy, {
        ...options,
        preview: async (uri, response, url) => {
            const after = await apply(uri, response);
            live.set(url, { ...response, rejected: after.rejected });
            return after;
        }
    });
    return withNowSide(policy, report, live);
}
/** Each previewed URL's findings paired with the same checks on its live response. */
function withNowSide(policy, report, live) {
    const results = report.results.map((result) => {
        const response = live.get(result.url);
        if (!response)
            return result;
        const nowFindings = judgeResponse(policy, {
            url: result.url,
            status: response.status,
            statusText: '',
            headers: response.headers,
            cache: { hit: false },
            receivedAt: 0,
            elapsedMs: 0
        });
        return {
            ...result,
            findings: pairNowAfter(result.findings, nowFindings),
            nowStatus: response.status,
            ...(response.rejected !== undefined ? { edgeRejection: response.rejected } : {})
        };
    });
    return { ...report, results };
}
const key = (f) => `${f.kind}\u0000${f.header}\u0000${f.policyLine ?? ''}`;
const looseKey = (f) => `${f.kind}\u0000${f.policyLine ?? ''}`;
/**
 * Each after-merge finding with `now` set from the live-side finding of the same check: the same
 * header and policy line, else (a wildcard removal names the headers it found) the same rule.
 */
function pairNowAfter(after, now) {
    const exact = new Map();
    const loose = new Map();
    for (const f of now) {
        exact.set(key(f), [...(exact.get(key(f)) ?? []), f]);
        loose.set(looseKey(f), [...(loose.get(looseKey(f)) ?? []), f]);
    }
    const used = new Set();
    const take = (list) => {
        const found = list?.find((f) => !used.has(f));
        if (found)
            used.add(found);
        return found;
    };
    return after.map((f) => {
        const live = take(exact.get(key(f))) ?? take(loose.get(looseKey(f)));
        return live ? { ...f, now: { actual: live.actual, verdict: live.verdict } } : { ...f };
    });
}

// EXTERNAL MODULE: ./src/edge-runtime/preview.ts
var preview = __webpack_require__(688);
;// CONCATENATED MODULE: ./src/report/redact.ts
// Credentials in URLs (`https://user:secret@host/`) are never published: every URL shown in a
// summary, comment, report file, SARIF or log has its userinfo removed, and the secret itself is
// masked in the Actions log.
/** `scheme://userinfo@` — userinfo has no `/`, `?`, `#` or `@` of its own (RFC 3986 §3.2.1). */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi;
/** The text with the userinfo of every URL in it removed (`https://u:p@h/` → `https://h/`). */
function stripUserinfo(text) {
    return text.replace(USERINFO, '$1');
}
/** A copy of plain data (JSON-shaped) with every string passed through stripUserinfo. */
function redactDeep(value) {
    if (value === undefined)
        return value;
    return JSON.parse(JSON.stringify(value), (_key, v) => typeof v === 'string' ? stripUserinfo(v) : v);
}
/**
 * The secrets a URL carries, raw and percent-decoded, for the log's mask: the password, or the
 * user name when it stands alone (`https://TOKEN@host/`, the usual way to pass a token).
 */
function urlSecrets(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return [];
    }
    const secrets = new Set();
    for (const part of [parsed.password || parsed.username]) {
        if (!part)
            continue;
        secrets.add(part);
        try {
            secrets.add(decodeURIComponent(part));
        }
        catch {
            // Not valid percent-encoding: the raw form is masked.
        }
    }
    return [...secrets];
}

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
function requireDeployTarget(policy, mode) {
    if (!policy.lambda.functionName)
        throw (0,errors/* missingTargetError */.Il)('function-name', mode);
    if (policy.cloudfront.distributions.length === 0)
        throw (0,errors/* missingTargetError */.Il)('distribution-id', mode);
}
/**
 * Runs the mode. What it returns carries no URL credentials: every URL in the result has its
 * userinfo removed, so no report built from it can publish them.
 */
async function runPipeline(input) {
    return redactResult(await runMode(input));
}
function redactResult(result) {
    return {
        ...result,
        verify: redactDeep(result.verify),
        outcome: redactDeep(result.outcome),
        notes: result.notes.map(stripUserinfo),
        ...(result.error !== undefined ? { error: stripUserinfo(result.error) } : {}),
        ...(result.policy
            ? {
                policy: {
                    ...result.policy,
                    verify: { ...result.policy.verify, urls: result.policy.verify.urls.map(stripUserinfo) }
                }
            }
            : {})
    };
}
async function runMode(input) {
    const { settings, event, env, cwd, log } = input;
    const mode = resolveMode(settings.mode, event.name);
    const given = settings.policyFile === src_settings/* DEFAULT_POLICY_FILE */.mY ? undefined : settings.policyFile;
    const found = (0,load/* findPolicyFile */.Oz)(cwd, given);
    const fallback = !given && !(0,external_node_fs_.existsSync)(found) ? input.fallbackPolicy : undefined;
    const policyPath = fallback?.file ?? found;
    const policyFile = fallback?.file ?? (0,paths/* repoRelative */.N)(cwd, policyPath);
    const result = { mode, policyFile, diagnostics: [], notes: [] };
    if (fallback) {
        result.notes.push(`no policy file at ${(0,paths/* repoRelative */.N)(cwd, found)}: checked against ${fallback.file}; write a policy (see README "The policy file") to check your own`);
    }
    if (settings.mode === 'auto')
        result.notes.push(`mode auto on ${event.name}: ${mode}`);
    const loaded = await log.group(`policy: ${policyFile}`, async () => {
        const loaded = fallback
            ? (0,load/* loadPolicyText */.of)(fallback.text, fallback.file)
            : await (0,load/* loadPolicy */.tb)(policyPath);
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
        result.error = `${policyFile} has errors: ${mode === 'check' ? 'nothing was checked' : 'nothing was built or deployed'}`;
        return result;
    }
    const policy = applyOverrides({ ...loaded.policy, file: policyFile }, settings);
    result.policy = policy;
    for (const url of policy.verify.urls)
        for (const secret of urlSecrets(url))
            input.secret?.(secret);
    let aws;
    try {
        const pkg = await log.group('build', async () => {
            const built = (0,compile_package/* buildEdgePackage */.S1)(policy);
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
        aws = awsNeeded && !skip ? await input.aws({ comparePackages: comparePackages }) : undefined;
        if (aws && mode !== 'check') {
            requireDeployTarget(policy, mode);
            result.outcome =
                mode === 'deploy'
                    ? await aws.deploy(policy, pkg, settings, log)
                    : await aws.plan(policy, pkg, settings, log);
        }
        const stage = aws;
        const urls = await resolveUrls(policy, result.outcome, stage);
        if (urls.length === 0) {
            result.error =
                'No URL to verify: set verify.url in the policy or the url input (--url on the command line), or give AWS credentials and a distribution to verify https://<distribution domain>';
            return result;
        }
        const deployedNow = mode === 'deploy' && result.outcome?.changed === true;
        const csp = { changed: false };
        result.verify = await log.group('verify', () => mode === 'plan'
            ? verifyPreview(policy, pkg, { ...input.verify, urls }, result.notes, csp)
            : verifySite(policy, {
                ...input.verify,
                urls,
                deployedAt: deployedNow ? (input.now?.() ?? new Date()) : undefined,
                cacheBust: deployedNow
            }));
        log.info(`verification: ${result.verify.status}${result.verify.grade ? `, grade ${result.verify.grade}` : ''}`);
        result.cspPreview = await planCspPreview({
            ...input,
            mode,
            verify: result.verify,
            cspChanged: csp.changed,
            notes: result.notes,
            openEdge: () => (0,preview/* openEdgePreview */.C)(pkg.zip)
        });
        if (stage &&
            result.outcome &&
            mode === 'deploy' &&
            deployedNow &&
            result.verify.status === 'fail' &&
            settings.rollbackOnFailure) {
            await rollbackAfterVerification(stage, policy, result, settings, log);
        }
        if (stage && mode === 'deploy' && settings.pruneKeep !== undefined) {
            result.notes.push(await pruneAfterDeploy(stage, policy, settings.pruneKeep, result, log));
        }
    }
    catch (error) {
        // A deploy that failed half-way still reports what it did (e.g. the association it wrote
        // before the wait timed out).
        result.outcome = (0,errors/* outcomeOfFailure */.SK)(error) ?? result.outcome;
        result.error = (0,errors/* errorMessage */.gJ)(error);
        log.debug(error instanceof Error && error.stack ? error.stack : String(error));
        if (aws && loaded.policy) {
            await afterFailure(aws, applyOverrides(loaded.policy, settings), result, settings, log, error);
        }
    }
    return result;
}
/**
 * Plan judges what the site would serve after this deploy: every live response goes through
 * the new package's handler (and Lambda@Edge's validation) before it is compared with the
 * policy; judging the live responses as they are would fail every pull request that changes
 * the policy. The live side is kept beside it (Finding.now).
 */
async function verifyPreview(policy, pkg, options, notes, csp) {
    const edge = await (0,preview/* openEdgePreview */.C)(pkg.zip);
    try {
        const apply = trackCspChanges((uri, response) => edge.apply(uri, response), csp);
        const report = await verifyPreviewed(policy, options, apply);
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

// EXTERNAL MODULE: ./src/report/terminal.ts + 5 modules
var terminal = __webpack_require__(555);
;// CONCATENATED MODULE: ./src/report/outputs.ts
// Machine outputs and the step's fate: `status`, `missing`, `grade`, and `fail-on`.

function hasErrors(input) {
    if (input.error !== undefined)
        return true;
    if (input.diagnostics.some((d) => d.severity === 'error'))
        return true;
    const v = input.verify;
    if (!v)
        return false;
    return v.status === 'fail' || v.totals.errors > 0;
}
function hasWarnings(input) {
    return (input.diagnostics.some((d) => d.severity === 'warning') ||
        (input.verify?.totals.warnings ?? 0) > 0);
}
function outcomeOutputs(input) {
    return {
        status: hasErrors(input) ? 'fail' : 'pass',
        missing: JSON.stringify(missingHeaders(input.verify)),
        grade: input.verify?.grade ?? ''
    };
}
/** `fail-on: error` fails on violations, `warning` also on warnings (stale cache, propagation), `never` never. */
function shouldFail(input) {
    if (input.failOn === 'never')
        return false;
    if (hasErrors(input))
        return true;
    return input.failOn === 'warning' && hasWarnings(input);
}

// EXTERNAL MODULE: ./src/report/csp-preview.ts
var csp_preview = __webpack_require__(8617);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/report/findings.ts
var findings = __webpack_require__(9334);
;// CONCATENATED MODULE: ./src/report/files.ts
// Machine-readable reports: the JSON report (the contract in docs/ARCHITECTURE.md, more fields allowed) and SARIF
// 2.1.0 located at the policy file's lines, so code scanning shows violations on the policy.




function sarifLevel(severity) {
    return severity === 'info' ? 'note' : severity;
}
function toJsonReport(verify) {
    const { status, grade, results, ...extra } = verify;
    return { status, grade, results, ...extra };
}
/**
 * The report file of a whole run: the verify report (or a failed, empty one when the run
 * stopped before verifying) plus what the run did: mode, policy diagnostics, the deploy
 * outcome and the notes.
 */
function toRunReport(input) {
    const verify = input.verify
        ? toJsonReport(input.verify)
        : { status: 'fail', grade: null, results: [] };
    return {
        ...verify,
        ...(input.error !== undefined ? { status: 'fail', error: input.error } : {}),
        mode: input.mode,
        policyFile: input.policyFile,
        diagnostics: input.diagnostics.map((d) => ({
            severity: d.severity,
            rule: d.rule,
            message: d.message,
            line: d.pos.line,
            column: d.pos.col
        })),
        ...(input.outcome ? { deploy: input.outcome } : {}),
        ...(input.cspPreview ? { cspPreview: input.cspPreview } : {}),
        notes: input.notes
    };
}
function toSarif(input, repoRoot) {
    const uri = (0,paths/* repoRelative */.N)(repoRoot, input.policyFile);
    const rules = [];
    const ruleIndex = new Map();
    const ruleFor = (id, description, level) => {
        if (!ruleIndex.has(id)) {
            ruleIndex.set(id, rules.length);
            rules.push({
                id,
                name: id.replace(/[^A-Za-z0-9]+(.)/g, (_m, c) => c.toUpperCase()),
                shortDescription: { text: description },
                defaultConfiguration: { level }
            });
        }
        return ruleIndex.get(id);
    };
    const location = (line, column) => [
        {
            physicalLocation: {
                artifactLocation: { uri },
                region: { startLine: Math.max(1, line), ...(column ? { startColumn: column } : {}) }
            }
        }
    ];
    const results = [
        ...input.diagnostics.map((d) => {
            const id = `policy/${d.rule}`;
            return {
                ruleId: id,
                ruleIndex: ruleFor(id, `Policy file problem: ${d.rule}`, d.severity),
                level: d.severity,
                message: { text: d.message },
                locations: location(d.pos.line, d.pos.col)
            };
        }),
        ...(0,findings/* groupFailures */.BR)(input.verify).map((g) => {
            const id = `${g.verdict}/${g.header}`;
            return {
                ruleId: id,
                ruleIndex: ruleFor(id, `${g.header}: ${g.verdict} on the live site`, sarifLevel(g.severity)),
                level: sarifLevel(g.severity),
                message: {
                    text: `${g.message} (${g.urls.length} URL${g.urls.length === 1 ? '' : 's'}: ${g.urls.slice(0, 5).join(', ')}${g.urls.length > 5 ? ', …' : ''})`
                },
                locations: location(g.policyLine ?? 1, g.policyColumn),
                partialFingerprints: { headerguardFinding: `${g.header}/${g.verdict}/${g.policyLine ?? 0}` }
            };
        })
    ];
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'headerguard',
                        informationUri: 'https://github.com/headerguard/headerguard',
                        rules
                    }
                },
                results
            }
        ]
    };
}
async function writeJson(path, value) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, `${JSON.stringify(value, null, 2)}\n`);
}
/** Writes the JSON report and/or SARIF where asked; returns what was written. */
async function writeReportFiles(input, paths) {
    const written = {};
    if (paths.json) {
        await writeJson(paths.json, toRunReport(input));
        written.json = paths.json;
    }
    if (paths.sarif) {
        await writeJson(paths.sarif, toSarif(input, paths.repoRoot));
        written.sarif = paths.sarif;
    }
    return written;
}

;// CONCATENATED MODULE: ./src/report/input.ts
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
        commitSha: event.sha,
        ...(result.cspPreview ? { cspPreview: result.cspPreview } : {})
    };
}

// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/modes.ts
// `headerguard check`, `plan` and `deploy`: the action's modes from a terminal, through the
// same pipeline. Flags are the action's input names (`--distribution-id`, `--wait-timeout`,
// ...; `--url` may repeat); AWS settings come from the usual AWS environment. The report goes
// to stdout, progress and diagnostics to stderr.
















/** `headerguard check --url U` without a policy file: the OWASP preset, as a quick scan. */
const QUICK_SCAN_POLICY = {
    file: '(built-in: extends owasp)',
    text: 'version: 1\nextends: owasp\n'
};
function positiveInt(name, value) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < 1) {
        throw new errors/* InputError */.dz(`--${name} must be a positive whole number, got '${value}'`);
    }
    return Number(value);
}
/** 0 pass, 1 violations (as `fail-on` counts them), 2 could not run: as `check`. */
function exitCodeOf(result, failOn = 'error') {
    if (result.error || !result.verify || result.verify.unreachable)
        return context/* ExitCode */.y.cannotRun;
    return shouldFail(reportInputOf(result, { failOn }, {})) ? context/* ExitCode */.y.failed : context/* ExitCode */.y.ok;
}
/** `--verbose` and `--quiet` (the last one given wins when both are). */
function verbosityOf(values, args) {
    if (values.verbose && values.quiet)
        return args.lastIndexOf('--quiet') > args.lastIndexOf('--verbose') ? 'quiet' : 'verbose';
    if (values.verbose)
        return 'verbose';
    return values.quiet ? 'quiet' : 'normal';
}
/** The pipeline's progress: every step with --verbose, else only its warnings (none with --quiet). */
function cliLogger(stderr, verbosity, env) {
    const full = terminalLogger(stderr, stderr, Boolean(env.HEADERGUARD_DEBUG));
    if (verbosity === 'verbose')
        return full;
    return {
        info: () => undefined,
        debug: full.debug,
        warning: verbosity === 'quiet' ? () => undefined : full.warning,
        group: (_name, fn) => fn()
    };
}
async function modes_runMode(mode, ctx) {
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({
            args: ctx.args,
            options: (0,flags/* parseOptions */.Ac)(mode),
            allowPositionals: false,
            strict: true
        }).values;
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${(0,errors/* errorMessage */.gJ)(error)}; see headerguard ${mode} --help`);
    }
    const read = (name) => {
        if (name === src_settings/* INPUT */.bO.mode)
            return mode;
        // Comments and drift issues are GitHub's; a terminal run reports to the terminal.
        if (src_settings/* GITHUB_ONLY_INPUTS */.xP.includes(name))
            return name === src_settings/* INPUT */.bO.githubToken ? '' : 'false';
        const value = values[name];
        if (Array.isArray(value))
            return value.join(',');
        return typeof value === 'string' ? value : '';
    };
    const settings = (0,src_settings/* readSettings */.sb)(read);
    const verbosity = verbosityOf(values, ctx.args);
    const log = cliLogger(ctx.stderr, verbosity, ctx.env);
    const event = describeEvent('cli', {}, {});
    const result = await runPipeline({
        settings,
        event,
        env: ctx.env,
        cwd: ctx.cwd,
        log,
        aws: loadAwsStage,
        fallbackPolicy: mode === 'check' ? QUICK_SCAN_POLICY : undefined,
        verify: {
            timeoutMs: positiveInt('timeout', values.timeout),
            concurrency: positiveInt('concurrency', values.concurrency)
        }
    });
    if (verbosity !== 'quiet') {
        for (const d of result.diagnostics)
            (0,context/* writeLine */._)(ctx.stderr, (0,diagnostics/* formatDiagnostic */.xy)(d));
        for (const note of result.notes)
            (0,context/* writeLine */._)(ctx.stderr, `note: ${note}`);
    }
    const report = renderTerminalReport(result, verbosity);
    if (report)
        (0,context/* writeLine */._)(ctx.stdout, report);
    await writeReportFiles(reportInputOf(result, settings, event), {
        json: typeof values.json === 'string' ? (0,external_node_path_.resolve)(ctx.cwd, values.json) : undefined,
        sarif: settings.sarifFile ? (0,external_node_path_.resolve)(ctx.cwd, settings.sarifFile) : undefined,
        repoRoot: ctx.cwd
    });
    if (result.error)
        (0,context/* writeLine */._)(ctx.stderr, `headerguard ${mode}: ${result.error}`);
    if (result.verify?.unreachable) {
        (0,context/* writeLine */._)(ctx.stderr, 'no URL answered: check the URL and your network, then run again');
    }
    return exitCodeOf(result, settings.failOn);
}
const checkCommand = (ctx) => modes_runMode('check', ctx);
const planCommand = (ctx) => modes_runMode('plan', ctx);
const deployCommand = (ctx) => modes_runMode('deploy', ctx);
/**
 * plan/deploy on a terminal: what changed, then the verification — one line per URL and the
 * failures by default, every table with `verbose`, the verdict alone with `quiet`.
 */
function renderTerminalReport(result, verbosity = 'normal') {
    const v = result.verify;
    if (verbosity === 'quiet')
        return v ? ((0,terminal/* renderVerdict */.gM)(v, result.mode).split('\n').at(-1) ?? '') : '';
    const parts = [];
    if (result.outcome)
        parts.push((0,terminal/* renderOutcome */.zu)(result.outcome, verbosity));
    if (v)
        parts.push(verbosity === 'verbose' ? (0,terminal/* renderReport */.B1)(v, result.mode) : (0,terminal/* renderReportBrief */.Jk)(v, result.mode));
    if (result.cspPreview)
        parts.push((0,csp_preview/* renderCspPreview */.RH)(result.cspPreview));
    return parts.join('\n\n');
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
