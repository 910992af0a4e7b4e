export const id = 760;
export const ids = [760];
export const modules = {

/***/ 6257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ behaviorAt),
/* harmony export */   CN: () => (/* binding */ planAssociations),
/* harmony export */   GA: () => (/* binding */ selectBehaviors),
/* harmony export */   Qg: () => (/* binding */ wantedFrom),
/* harmony export */   Zj: () => (/* binding */ originResponseArn),
/* harmony export */   fv: () => (/* binding */ withAssociations)
/* harmony export */ });
/* unused harmony exports DEFAULT_BEHAVIOR, OUR_EVENT, behaviorNames, withOriginResponseItem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1626);


/** How the default cache behavior is named in settings and outcomes. */
const DEFAULT_BEHAVIOR = '*';
const OUR_EVENT = 'origin-response';
/** `*` and every PathPattern, in the order CloudFront evaluates them (default last there; first here). */
function behaviorNames(config) {
    return [DEFAULT_BEHAVIOR, ...(config.CacheBehaviors?.Items ?? []).map((b) => b.PathPattern ?? '')];
}
function selectBehaviors(config, selector, distributionId) {
    const existing = behaviorNames(config);
    if (selector.kind === 'default')
        return [DEFAULT_BEHAVIOR];
    if (selector.kind === 'all')
        return existing;
    const unknown = selector.patterns.filter((p) => !existing.includes(p));
    if (unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Input 'behaviors': distribution ${distributionId} has no cache behavior ${unknown.map((p) => `'${p}'`).join(', ')}. Its behaviors are: ${existing.map((p) => `'${p}'`).join(', ')} ('*' is the default behavior; 'all' selects every one).`);
    }
    return [...new Set(selector.patterns)];
}
function behaviorAt(config, name) {
    if (name === DEFAULT_BEHAVIOR)
        return config.DefaultCacheBehavior;
    return config.CacheBehaviors?.Items?.find((b) => b.PathPattern === name);
}
function originResponseArn(behavior) {
    return behavior?.LambdaFunctionAssociations?.Items?.find((a) => a.EventType === OUR_EVENT)
        ?.LambdaFunctionARN;
}
/** The association list with origin-response set to `arn` (undefined: removed), others untouched. */
function withOriginResponseItem(list, arn) {
    const others = (list?.Items ?? []).filter((a) => a.EventType !== OUR_EVENT);
    const current = list?.Items?.find((a) => a.EventType === OUR_EVENT);
    const ours = arn
        ? [
            current
                ? { ...current, LambdaFunctionARN: arn }
                : { LambdaFunctionARN: arn, EventType: OUR_EVENT }
        ]
        : [];
    // Keep the item where it was; append when new.
    const items = current
        ? (list?.Items ?? []).flatMap((a) => (a === current ? ours : [a]))
        : [...others, ...ours];
    return items.length > 0 ? { Quantity: items.length, Items: items } : { Quantity: 0 };
}
function applyTo(behavior, name, wanted) {
    if (!wanted.has(name))
        return behavior;
    const arn = wanted.get(name);
    if (originResponseArn(behavior) === arn)
        return behavior;
    return {
        ...behavior,
        LambdaFunctionAssociations: withOriginResponseItem(behavior.LambdaFunctionAssociations, arn)
    };
}
/** A new config with the wanted associations; the input is not modified. */
function withAssociations(config, wanted) {
    const next = { ...config };
    if (config.DefaultCacheBehavior) {
        next.DefaultCacheBehavior = applyTo(config.DefaultCacheBehavior, DEFAULT_BEHAVIOR, wanted);
    }
    const items = config.CacheBehaviors?.Items;
    const nextItems = items?.map((b) => applyTo(b, b.PathPattern ?? '', wanted));
    if (config.CacheBehaviors && items && nextItems?.some((b, i) => b !== items[i])) {
        next.CacheBehaviors = { ...config.CacheBehaviors, Items: nextItems };
    }
    return next;
}
/**
 * Per targeted behavior: the current and the wanted ARN. Refuses, before anything is written,
 * to take over a behavior where another function holds origin-response, unless allowed.
 */
function planAssociations(config, distributionId, behaviors, newArn, functionName, replaceForeign) {
    const changes = behaviors.map((behavior) => {
        const previousArn = originResponseArn(behaviorAt(config, behavior));
        return { distributionId, behavior, previousArn, newArn, changed: previousArn !== newArn };
    });
    const foreign = changes.filter((c) => c.previousArn && !(0,_arn_js__WEBPACK_IMPORTED_MODULE_1__/* .isOurFunctionArn */ .Ku)(c.previousArn, functionName));
    if (foreign.length > 0 && !replaceForeign) {
        const list = foreign.map((c) => `behavior '${c.behavior}' runs ${c.previousArn}`).join('; ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy(`Distribution ${distributionId}: another function already holds origin-response (${list}). headerguard will not replace a function it does not own. Remove that association, target other behaviors, or set cloudfront.replace-existing: true in the policy to take it over (rollback restores it).`);
    }
    return changes;
}
function wantedFrom(changes, pick) {
    return new Map(changes.map((c) => [c.behavior, pick(c)]));
}


/***/ }),

/***/ 8329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   StoppedError: () => (/* binding */ StoppedError),
/* harmony export */   UPDATE_ATTEMPTS: () => (/* binding */ UPDATE_ATTEMPTS),
/* harmony export */   applyToDistribution: () => (/* binding */ applyToDistribution),
/* harmony export */   consoleLink: () => (/* binding */ consoleLink),
/* harmony export */   driftError: () => (/* binding */ driftError),
/* harmony export */   findDrift: () => (/* binding */ findDrift),
/* harmony export */   invalidate: () => (/* binding */ invalidate),
/* harmony export */   readDistributionConfig: () => (/* binding */ readDistributionConfig),
/* harmony export */   readDistributionStatus: () => (/* binding */ readDistributionStatus),
/* harmony export */   waitDeployed: () => (/* binding */ waitDeployed),
/* harmony export */   writeAssociations: () => (/* binding */ writeAssociations)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3169);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _associations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6257);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8098);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(191);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3228);
// The CloudFront side: read-modify-write of each distribution's config under its ETag, the
// bounded wait for Deployed, the post-condition check and the invalidation (facts 1.10-1.12).






/** Bound on our own re-read-and-retry loop (PreconditionFailed, throttling past the SDK's retries). */
const UPDATE_ATTEMPTS = 5;
const UPDATE_BASE_DELAY_MS = 1000;
const UPDATE_MAX_DELAY_MS = 16_000;
const INVALIDATION_MAX_POLL_MS = 5000;
function consoleLink(distributionId) {
    return `https://us-east-1.console.aws.amazon.com/cloudfront/v4/home#/distributions/${distributionId}`;
}
async function readDistributionConfig(ctx, id) {
    try {
        const out = await ctx.clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_4__/* .GetDistributionConfigCommand */ .wNI({ Id: id }));
        if (!out.DistributionConfig || !out.ETag)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy(`GetDistributionConfig ${id} returned no config or no ETag`);
        return { id, config: out.DistributionConfig, etag: out.ETag };
    }
    catch (error) {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainAwsError */ .Ni)(error, `Reading distribution ${id}`);
    }
}
async function readDistributionStatus(ctx, id) {
    try {
        const out = await ctx.clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_4__/* .GetDistributionCommand */ .seO({ Id: id }));
        return {
            status: out.Distribution?.Status ?? 'unknown',
            domainName: out.Distribution?.DomainName ?? ''
        };
    }
    catch (error) {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainAwsError */ .Ni)(error, `Reading distribution ${id}`);
    }
}
/**
 * Thrown instead of writing when another distribution of the same deploy has already failed:
 * the deploy fails anyway, so writing more would only leave more to roll back.
 */
class StoppedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy {
    distributionId;
    failedDistributionId;
    constructor(distributionId, failedDistributionId) {
        super(`Distribution ${distributionId} was not updated because distribution ${failedDistributionId} failed first`);
        this.distributionId = distributionId;
        this.failedDistributionId = failedDistributionId;
    }
}
/**
 * Read (or use `first`), plan, UpdateDistribution with If-Match. On PreconditionFailed (someone
 * wrote in between) or throttling: re-read, re-plan, retry with jittered backoff, bounded.
 * Before every attempt `stop` may end it with a StoppedError.
 */
async function writeAssociations(ctx, id, first, planner, wanted, stop) {
    const attempt = async (n) => {
        const failedFirst = stop?.();
        if (failedFirst)
            throw new StoppedError(id, failedFirst);
        const read = n === 1 && first ? first : await readDistributionConfig(ctx, id);
        const changes = planner(read.config);
        if (!changes.some((c) => c.changed))
            return { written: false, changes };
        const next = (0,_associations_js__WEBPACK_IMPORTED_MODULE_1__/* .withAssociations */ .fv)(read.config, wanted(changes));
        const writtenAt = ctx.clock.now();
        await ctx.clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_4__/* .UpdateDistributionCommand */ .ZJl({ Id: id, IfMatch: read.etag, DistributionConfig: next }));
        return { written: true, changes, writtenAt };
    };
    try {
        return await (0,_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L5)(attempt, {
            attempts: UPDATE_ATTEMPTS,
            baseDelayMs: UPDATE_BASE_DELAY_MS,
            maxDelayMs: UPDATE_MAX_DELAY_MS,
            retryable: (e) => (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isPreconditionFailed */ .W$)(e) || (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isThrottling */ .E2)(e),
            what: `Updating distribution ${id}`,
            describe: (e) => `${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsErrorName */ .ZH)(e)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}`,
            exhausted: (error, attempts) => (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isPreconditionFailed */ .W$)(error)
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy(`Updating distribution ${id} failed ${attempts} times with PreconditionFailed: another process keeps updating the distribution. Use a workflow concurrency group (concurrency: headerguard-${id}) so deploys do not overlap, then run again.`, { cause: error })
                : (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainAwsError */ .Ni)(error, `Updating distribution ${id} (${attempts} attempts)`)
        }, ctx.clock, ctx.log);
    }
    catch (error) {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainAwsError */ .Ni)(error, `Updating distribution ${id}`);
    }
}
/** First check at once, then every poll-interval, bounded by wait-timeout; progress in the log. */
async function waitDeployed(ctx, id, settings) {
    const { value, elapsedMs } = await (0,_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g3)(async () => {
        const status = await readDistributionStatus(ctx, id);
        return status.status === 'Deployed'
            ? { done: true, value: status }
            : { done: false, status: status.status };
    }, {
        intervalMs: settings.pollIntervalMs,
        timeoutMs: settings.waitTimeoutMs,
        transient: _aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isThrottling */ .E2,
        progress: (status, elapsed) => ctx.log.info(`Distribution ${id}: ${status}, ${(0,_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(elapsed)} elapsed`),
        timeoutMessage: (status, elapsed) => `Distribution ${id} was still ${status} after ${(0,_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(elapsed)} (wait-timeout ${(0,_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(settings.waitTimeoutMs)}). The change will still complete in CloudFront; raise wait-timeout to wait for it, or watch it at ${consoleLink(id)}.`
    }, ctx.clock);
    ctx.log.info(`Distribution ${id}: Deployed after ${(0,_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(elapsedMs)}`);
    return { ...value, elapsedMs };
}
/** After Deployed, the config must still hold what we wrote: someone may have overwritten it. */
async function findDrift(ctx, id, wanted) {
    const { config } = await readDistributionConfig(ctx, id);
    return [...wanted].flatMap(([behavior, arn]) => {
        const actual = (0,_associations_js__WEBPACK_IMPORTED_MODULE_1__/* .originResponseArn */ .Zj)((0,_associations_js__WEBPACK_IMPORTED_MODULE_1__/* .behaviorAt */ .Ac)(config, behavior));
        return actual === arn ? [] : [{ behavior, wanted: arn, actual }];
    });
}
function driftError(id, drifted) {
    const list = drifted
        .map((d) => `behavior '${d.behavior}' has ${d.actual ?? 'no origin-response function'} instead of ${d.wanted ?? 'none'}`)
        .join('; ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy(`Distribution ${id} was changed by someone else while we waited for it: ${list}. Use a workflow concurrency group so deploys do not overlap, then run again.`);
}
/** Creates an invalidation and, when asked, waits (bounded) for it; a slow one is a warning, not a failure. */
async function invalidate(ctx, id, paths, settings, wait) {
    let invalidationId;
    try {
        const out = await ctx.clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_4__/* .CreateInvalidationCommand */ .Yo6({
            DistributionId: id,
            InvalidationBatch: {
                CallerReference: `headerguard-${ctx.clock.now()}-${Math.floor(ctx.clock.random() * 1e9)}`,
                Paths: { Quantity: paths.length, Items: paths }
            }
        }));
        invalidationId = out.Invalidation?.Id ?? '';
    }
    catch (error) {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainAwsError */ .Ni)(error, `Invalidating ${paths.join(' ')} on ${id}`);
    }
    ctx.log.info(`Distribution ${id}: invalidation ${invalidationId} of ${paths.join(' ')} created`);
    if (!wait)
        return invalidationId;
    try {
        await (0,_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g3)(async () => {
            const out = await ctx.clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_4__/* .GetInvalidationCommand */ .Wwh({ DistributionId: id, Id: invalidationId }));
            const status = out.Invalidation?.Status ?? 'unknown';
            return status === 'Completed' ? { done: true, value: status } : { done: false, status };
        }, {
            intervalMs: Math.min(settings.pollIntervalMs, INVALIDATION_MAX_POLL_MS),
            timeoutMs: settings.waitTimeoutMs,
            transient: _aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isThrottling */ .E2,
            progress: (status, elapsed) => ctx.log.debug(`invalidation ${invalidationId}: ${status} after ${(0,_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(elapsed)}`),
            timeoutMessage: (status, elapsed) => `invalidation ${invalidationId} on ${id} still ${status} after ${(0,_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(elapsed)}`
        }, ctx.clock);
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WaitTimeoutError */ .Do))
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainAwsError */ .Ni)(error, `Waiting for invalidation ${invalidationId}`);
        ctx.log.warning(`${error.message}; verification may still see cached responses`);
    }
    return invalidationId;
}
/**
 * One distribution, start to finish: write our associations (or nothing when already right),
 * wait for Deployed, confirm, invalidate. No write → no wait.
 */
async function applyToDistribution(ctx, settings, first, planner, wanted, sink, stop) {
    const id = first.id;
    const write = await writeAssociations(ctx, id, first, planner, wanted, stop);
    const records = write.changes.map((c) => ({
        ...c,
        state: write.written && c.changed ? 'written' : 'unchanged',
        changed: write.written && c.changed
    }));
    sink.associations.push(...records);
    if (!write.written) {
        const status = await readDistributionStatus(ctx, id);
        sink.steps.push(`Distribution ${id}: associations already as wanted; nothing written`);
        sink.distributions.push({ id, ...status });
        return;
    }
    const target = wanted(write.changes);
    for (const c of write.changes.filter((c) => c.changed)) {
        sink.steps.push(`Distribution ${id} behavior '${c.behavior}': ${c.previousArn ?? 'none'} → ${target.get(c.behavior) ?? 'none'}`);
    }
    ctx.log.info(`Distribution ${id} updated; waiting for Deployed (${consoleLink(id)})`);
    const deployed = await waitDeployed(ctx, id, settings);
    const deployedAfterMs = ctx.clock.now() - (write.writtenAt ?? ctx.clock.now());
    const drifted = await findDrift(ctx, id, target);
    if (drifted.length > 0) {
        // What is associated now is someone else's: not ours to report as written or to roll back.
        for (const d of drifted) {
            const record = records.find((r) => r.behavior === d.behavior);
            if (record)
                Object.assign(record, {
                    newArn: d.actual ?? _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_ASSOCIATION */ .I,
                    changed: false,
                    state: 'overwritten'
                });
        }
        throw driftError(id, drifted);
    }
    sink.steps.push(`Distribution ${id}: Deployed after ${(0,_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(deployedAfterMs)}`);
    const distribution = {
        id,
        status: deployed.status,
        domainName: deployed.domainName,
        deployedAfterMs
    };
    if (settings.invalidate !== false) {
        distribution.invalidationId = await invalidate(ctx, id, settings.invalidate, settings, settings.waitForInvalidation ?? true);
        sink.steps.push(`Distribution ${id}: invalidated ${settings.invalidate.join(' ')} (${distribution.invalidationId})`);
    }
    sink.distributions.push(distribution);
}


/***/ }),

/***/ 4760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy),
  outcomeOfFailure: () => (/* binding */ outcomeOfFailure),
  planDeployment: () => (/* binding */ planDeployment),
  rollback: () => (/* binding */ rollback)
});

// EXTERNAL MODULE: ./src/compile/package.ts + 2 modules
var compile_package = __webpack_require__(8601);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/arn.ts
var aws_arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/aws/associations.ts
var associations = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/aws/cloudfront.ts
var cloudfront = __webpack_require__(8329);
// EXTERNAL MODULE: ./src/aws/context.ts
var context = __webpack_require__(7510);
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

// EXTERNAL MODULE: ./src/aws/lambda.ts + 1 modules
var aws_lambda = __webpack_require__(8823);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
;// CONCATENATED MODULE: ./src/aws/live-package.ts
// The code of a published version, downloaded from GetFunction's presigned Code.Location, so the
// plan can say which headers the live version sends.




const DOWNLOAD_TIMEOUT_MS = 30_000;
async function downloadVersionZip(ctx, versionArn) {
    const parsed = (0,aws_arn/* parseLambdaArn */.Kl)(versionArn);
    if (!parsed?.qualifier)
        throw new errors/* AwsError */.Gy(`'${versionArn}' is not a versioned Lambda ARN`);
    let location;
    try {
        const out = await ctx.clients.lambda.send(new dist_cjs/* GetFunctionCommand */.YF5({ FunctionName: parsed.functionName, Qualifier: parsed.qualifier }));
        location = out.Code?.Location;
    }
    catch (error) {
        throw (0,aws_errors/* explainAwsError */.Ni)(error, `Reading ${versionArn}`, { functionName: parsed.functionName });
    }
    if (!location)
        throw new errors/* AwsError */.Gy(`GetFunction returned no code location for ${versionArn}`);
    const response = await fetch(location, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!response.ok)
        throw new errors/* AwsError */.Gy(`Downloading the code of ${versionArn} failed: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
}

// EXTERNAL MODULE: ./src/aws/types.ts
var types = __webpack_require__(3228);
;// CONCATENATED MODULE: ./src/aws/deploy.ts
// The AWS stage of the pipeline: plan (reads only), deploy (publish + associate + wait +
// invalidate) and rollback. Order of a deploy: every read and check first, so a deploy that
// cannot succeed fails before it writes anything; then the Lambda version; then the
// distributions, concurrently.










const partialOutcomes = new WeakMap();
/**
 * What a failed deploy had already done (e.g. a distribution updated before the wait timed
 * out), so the caller can still report it and roll it back.
 */
function outcomeOfFailure(error) {
    return error && typeof error === 'object' ? partialOutcomes.get(error) : undefined;
}
/**
 * Runs every task to the end; then throws the one failure, or all failures as one error. A
 * distribution stopped because another failed is only mentioned when nothing else failed.
 */
async function settleAll(tasks) {
    const settled = (await Promise.allSettled(tasks)).flatMap((r) => r.status === 'rejected' ? [r.reason] : []);
    const real = settled.filter((e) => !(e instanceof cloudfront.StoppedError));
    const failures = real.length > 0 ? real : settled;
    if (failures.length === 0)
        return;
    if (failures.length === 1)
        throw failures[0];
    const first = failures[0];
    const Kind = (first instanceof errors/* HeaderguardError */.hs ? first.constructor : errors/* HeaderguardError */.hs);
    throw new Kind(failures.map(errors/* errorMessage */.gJ).join('\n'));
}
function plannerFor(settings, id, newArn) {
    return (config) => (0,associations/* planAssociations */.CN)(config, id, (0,associations/* selectBehaviors */.GA)(config, settings.behaviors, id), newArn, settings.functionName, settings.replaceForeignAssociation);
}
/** The live headers: those of our version on the first targeted behavior that has one. */
async function headerDiffFor(ctx, associations, newArn, pkg, functionName, readHeaders = compile_package/* readPackagedHeaders */.$D) {
    const liveArn = associations
        .map((a) => a.previousArn)
        .find((arn) => arn && (0,aws_arn/* isOurFunctionArn */.Ku)(arn, functionName));
    if (!liveArn)
        return diffHeaders(EMPTY_HEADERS, pkg.manifest.headers);
    if (liveArn === newArn)
        return { added: [], changed: [], removed: [] };
    try {
        return diffHeaders(readHeaders(await downloadVersionZip(ctx, liveArn)), pkg.manifest.headers);
    }
    catch (error) {
        ctx.log.warning(`Could not read the headers of the live version ${liveArn}: ${(0,errors/* errorMessage */.gJ)(error)}; the header diff is left out`);
        return undefined;
    }
}
function logHeaderDiff(log, diff) {
    if (!diff)
        return;
    for (const c of diff.added)
        log.info(`  + ${describeChange(c)}`);
    for (const c of diff.changed)
        log.info(`  ~ ${describeChange(c)}`);
    for (const c of diff.removed)
        log.info(`  - ${describeChange(c)}`);
}
/** Reads and checks everything; returns the configs so the first write attempt can reuse them. */
async function inspect(ctx, pkg, settings) {
    if (settings.distributionIds.length === 0) {
        throw (0,errors/* missingTargetError */.Il)('distribution-id', 'a deploy');
    }
    const lambda = await (0,aws_lambda/* inspectFunction */.ZR)(ctx, pkg, settings);
    const planned = (0,aws_lambda/* plannedVersion */.Rh)(lambda.plan, lambda.fn, settings);
    const reads = await Promise.all(settings.distributionIds.map((id) => (0,cloudfront.readDistributionConfig)(ctx, id)));
    // Throws on an unknown behavior or a foreign association, before anything is written.
    const associations = reads.flatMap((r) => plannerFor(settings, r.id, planned.arn)(r.config));
    return { lambda, planned, reads, associations };
}
function versionStep(version, reused) {
    return reused
        ? `Reused version ${version.version} (${version.arn}): same code and configuration`
        : `New version ${version.version} (${version.arn})`;
}
/** Same reads as deploy, no writes: what deploy would do. */
async function planDeployment(clients, pkg, settings, log, options = {}) {
    const ctx = (0,context.awsContext)(clients, log, options);
    return log.group('Plan: Lambda@Edge version and CloudFront associations', async () => {
        const { lambda, planned, associations } = await inspect(ctx, pkg, settings);
        const distributions = await Promise.all(settings.distributionIds.map(async (id) => ({
            id,
            ...(await (0,cloudfront.readDistributionStatus)(ctx, id))
        })));
        const headerDiff = await headerDiffFor(ctx, associations, planned.arn, pkg, settings.functionName, options.readHeaders);
        const steps = [];
        if (lambda.plan.kind === 'reuse')
            steps.push(versionStep(planned, true));
        else if (lambda.plan.kind === 'create')
            steps.push(`Would create function ${settings.functionName} and publish version 1`);
        else {
            const what = [
                lambda.plan.updateCode ? 'update the code' : '',
                ...lambda.plan.configChanges
            ].filter(Boolean);
            steps.push(`Would ${what.length > 0 ? `${what.join(', ')} and ` : ''}publish a new version of ${settings.functionName}`);
        }
        for (const a of associations) {
            steps.push(a.changed
                ? `Would associate ${a.distributionId} behavior '${a.behavior}': ${a.previousArn ?? 'none'} → ${a.newArn}`
                : `${a.distributionId} behavior '${a.behavior}' already runs ${a.newArn}`);
        }
        for (const step of steps)
            log.info(step);
        logHeaderDiff(log, headerDiff);
        return {
            mode: 'plan',
            functionName: settings.functionName,
            functionArn: planned.arn,
            version: planned.version,
            versionKnown: lambda.plan.kind === 'reuse',
            codeChanged: planned.codeChanged,
            changed: planned.codeChanged || associations.some((a) => a.changed),
            previousFunctionArn: associations.find((a) => a.previousArn)?.previousArn,
            associations,
            distributions,
            headerDiff,
            steps
        };
    });
}
const keyOf = (a) => `${a.distributionId}\u0000${a.behavior}`;
/**
 * Every targeted behavior once: what the distributions' work recorded, else (its distribution
 * failed or was stopped) the planned row with what is still associated.
 */
function settledAssociations(planned, recorded, unfinished) {
    const byKey = new Map(recorded.map((a) => [keyOf(a), a]));
    const rows = planned.map((a) => byKey.get(keyOf(a)) ?? {
        distributionId: a.distributionId,
        behavior: a.behavior,
        previousArn: a.previousArn,
        newArn: a.previousArn ?? types/* NO_ASSOCIATION */.I,
        changed: false,
        state: unfinished.get(a.distributionId) ?? 'not-attempted'
    });
    const plannedKeys = new Set(planned.map(keyOf));
    // A behavior added to the distribution between our reads (behaviors: all).
    return [...rows, ...recorded.filter((a) => !plannedKeys.has(keyOf(a)))];
}
/**
 * Runs each distribution's work and records which failed; once one has failed, the others stop
 * before their next write (they are `not-attempted`: nothing of theirs was written).
 */
function trackFailures(ids, steps) {
    const unfinished = new Map();
    let firstFailed;
    return {
        unfinished,
        stopFor: (id) => () => (firstFailed && firstFailed !== id ? firstFailed : undefined),
        run: (id, work) => work.catch((error) => {
            const stopped = error instanceof cloudfront.StoppedError;
            unfinished.set(id, stopped ? 'not-attempted' : 'failed');
            if (!stopped)
                firstFailed ??= id;
            steps.push(stopped
                ? `Distribution ${id}: not updated, distribution ${error.failedDistributionId} failed first`
                : `Distribution ${id}: failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            throw error;
        }),
        order: (a, b) => ids.indexOf(a) - ids.indexOf(b)
    };
}
/** The whole write path: version (reused or published), associations, Deployed, invalidation. */
async function deploy(clients, pkg, settings, log, options = {}) {
    const ctx = (0,context.awsContext)(clients, log, options);
    return log.group('Deploy: Lambda@Edge version and CloudFront associations', async () => {
        const { lambda, planned, reads, associations: before } = await inspect(ctx, pkg, settings);
        const sink = { steps: [], associations: [], distributions: [] };
        const version = lambda.plan.kind === 'reuse'
            ? planned
            : await (0,aws_lambda/* publishVersion */.Qt)(ctx, pkg, settings, lambda.plan, lambda.spec, sink.steps);
        if (lambda.plan.kind === 'reuse') {
            sink.steps.push(versionStep(version, true));
            log.info(versionStep(version, true));
        }
        const headerDiff = await headerDiffFor(ctx, before, version.arn, pkg, settings.functionName, options.readHeaders);
        const tracker = trackFailures(settings.distributionIds, sink.steps);
        const outcome = () => {
            const associations = settledAssociations(before, sink.associations, tracker.unfinished);
            return {
                mode: 'deploy',
                functionName: settings.functionName,
                functionArn: version.arn,
                version: version.version,
                versionKnown: true,
                codeChanged: version.codeChanged,
                changed: version.codeChanged || associations.some((a) => a.changed),
                previousFunctionArn: associations.find((a) => a.previousArn)?.previousArn,
                associations,
                distributions: [...sink.distributions].sort((a, b) => tracker.order(a.id, b.id)),
                headerDiff,
                steps: sink.steps
            };
        };
        try {
            await settleAll(reads.map((read) => tracker.run(read.id, (0,cloudfront.applyToDistribution)(ctx, settings, read, plannerFor(settings, read.id, version.arn), (changes) => (0,associations/* wantedFrom */.Qg)(changes, () => version.arn), sink, tracker.stopFor(read.id)))));
        }
        catch (error) {
            const written = sink.associations.filter((a) => a.state === 'written');
            sink.steps.push(written.length > 0
                ? `Written before the failure: ${written.map((a) => `${a.distributionId} '${a.behavior}'`).join(', ')}`
                : 'No association was written');
            if (error && typeof error === 'object')
                partialOutcomes.set(error, outcome());
            throw error;
        }
        logHeaderDiff(log, headerDiff);
        return outcome();
    });
}
/** `to` of rolledBack: the one restored ARN, or a short per-behavior summary. */
function restoredSummary(restored) {
    const arns = [...new Set(restored.map((r) => r.arn ?? types/* NO_ASSOCIATION */.I))];
    if (arns.length === 1)
        return arns[0] || 'no origin-response association';
    const each = restored.map((r) => `${r.distributionId} '${r.behavior}' → ${r.arn ?? 'none'}`);
    return each.length <= 3
        ? `per behavior: ${each.join('; ')}`
        : `per behavior: ${arns.length} different associations on ${restored.length} behaviors`;
}
/** A deploy's rows wrote this; a rollback restores it. Outcomes without state: `changed`. */
function isRestorable(a) {
    return a.state === undefined ? a.changed : a.state === 'written';
}
/**
 * Puts back what a deploy wrote (also a failed deploy's partial outcome: only its `written`
 * behaviors): each gets its previous ARN again (or loses our association when it had none),
 * then Deployed and invalidation as in deploy. A behavior someone else has changed since is
 * left alone, with a warning. The result's rows say what is associated now.
 */
async function rollback(clients, outcome, settings, log, reason, options = {}) {
    if (outcome.mode !== 'deploy')
        throw new errors/* InputError */.dz('Only a deploy can be rolled back; this outcome is a plan');
    const ctx = (0,context.awsContext)(clients, log, options);
    return log.group('Rollback: restoring the previous associations', async () => {
        const toRestore = outcome.associations.filter(isRestorable);
        const sink = {
            steps: [`Rolling back: ${reason}`],
            associations: [],
            distributions: []
        };
        /** Behaviors found running someone else's ARN instead of ours, by key. */
        const foreign = new Map();
        const ids = [...new Set(toRestore.map((a) => a.distributionId))];
        const result = () => {
            const done = new Map(sink.associations.map((a) => [keyOf(a), a]));
            const restored = [];
            const associations = outcome.associations.map((a) => {
                const key = keyOf(a);
                const record = done.get(key);
                if (record?.state === 'written') {
                    const arn = record.newArn || undefined;
                    restored.push({ distributionId: a.distributionId, behavior: a.behavior, arn });
                    return { ...a, newArn: record.newArn, changed: false, state: 'restored' };
                }
                const current = record?.state === 'overwritten' ? record.newArn : foreign.get(key);
                if (record?.state === 'overwritten' || foreign.has(key))
                    return { ...a, newArn: current ?? types/* NO_ASSOCIATION */.I, changed: false, state: 'overwritten' };
                return a;
            });
            const to = restored.length > 0 ? restoredSummary(restored) : undefined;
            const steps = [...sink.steps];
            if (toRestore.length === 0)
                steps.push('Nothing to roll back: no association was written');
            else if (!to)
                steps.push('Nothing rolled back: no written association could be restored');
            else
                steps.push(`Rolled back to ${to}`);
            const redeployed = new Map(sink.distributions.map((d) => [d.id, d]));
            return {
                ...outcome,
                associations,
                distributions: outcome.distributions.map((d) => redeployed.get(d.id) ?? d),
                ...(to ? { rolledBack: { to, reason, restored } } : {}),
                steps: [...outcome.steps, ...steps]
            };
        };
        const previous = (id, behavior) => toRestore.find((a) => a.distributionId === id && a.behavior === behavior)?.previousArn;
        try {
            await settleAll(ids.map(async (id) => {
                const mine = toRestore.filter((a) => a.distributionId === id);
                const planner = (config) => mine.flatMap((a) => {
                    const current = (0,associations/* originResponseArn */.Zj)((0,associations/* behaviorAt */.Ac)(config, a.behavior));
                    if (current !== a.newArn) {
                        foreign.set(keyOf(a), current);
                        log.warning(`Rollback: ${id} behavior '${a.behavior}' now runs ${current ?? 'nothing'}, not ${a.newArn}; left as it is`);
                        return [];
                    }
                    foreign.delete(keyOf(a));
                    return [
                        {
                            distributionId: id,
                            behavior: a.behavior,
                            previousArn: current,
                            newArn: a.previousArn ?? types/* NO_ASSOCIATION */.I,
                            changed: true
                        }
                    ];
                });
                const wanted = (changes) => (0,associations/* wantedFrom */.Qg)(changes, (c) => previous(id, c.behavior));
                await (0,cloudfront.applyToDistribution)(ctx, settings, await (0,cloudfront.readDistributionConfig)(ctx, id), planner, wanted, sink);
            }));
        }
        catch (error) {
            // What was restored before the failure still counts; the rest still runs the deploy's.
            if (error && typeof error === 'object')
                partialOutcomes.set(error, result());
            throw error;
        }
        const rolled = result();
        for (const step of rolled.steps.slice(outcome.steps.length))
            log.info(step);
        return rolled;
    });
}


/***/ }),

/***/ 3228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ NO_ASSOCIATION)
/* harmony export */ });
/** `AssociationChange.newArn` when no origin-response function is associated. */
const NO_ASSOCIATION = '';


/***/ })

};
