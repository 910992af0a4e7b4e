export const id = 329;
export const ids = [329];
export const modules = {

/***/ 61626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ accountFromArn),
/* harmony export */   Kl: () => (/* binding */ parseLambdaArn),
/* harmony export */   Ku: () => (/* binding */ isOurFunctionArn),
/* harmony export */   X2: () => (/* binding */ unqualifiedArn),
/* harmony export */   Zq: () => (/* binding */ roleNameFromArn),
/* harmony export */   eh: () => (/* binding */ versionArn)
/* harmony export */ });
// Lambda and IAM ARNs: the few facts we read out of them.
const LAMBDA_ARN = /^arn:([a-z-]+):lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)(?::([^:]+))?$/;
function parseLambdaArn(arn) {
    const m = LAMBDA_ARN.exec(arn);
    if (!m)
        return undefined;
    const [, partition, region, account, functionName, qualifier] = m;
    return {
        partition: partition,
        region: region,
        account: account,
        functionName: functionName,
        qualifier
    };
}
/** The ARN without its version: `…:function:NAME:7` → `…:function:NAME`. */
function unqualifiedArn(arn) {
    const parsed = parseLambdaArn(arn);
    if (!parsed)
        return arn;
    return `arn:${parsed.partition}:lambda:${parsed.region}:${parsed.account}:function:${parsed.functionName}`;
}
/** Whether an associated ARN belongs to our function (same function name; any version). */
function isOurFunctionArn(arn, functionName) {
    return parseLambdaArn(arn)?.functionName === functionName;
}
function versionArn(unqualified, version) {
    return `${unqualified}:${version}`;
}
/** `arn:aws:iam::123456789012:role/path/name` → `name` (GetRole takes the bare name). */
function roleNameFromArn(roleArn) {
    const m = /^arn:[a-z-]+:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
    return m?.[1];
}
function accountFromArn(arn) {
    return /^arn:[a-z-]+:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/.exec(arn)?.[1];
}


/***/ }),

/***/ 26257:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61626);


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

/***/ 38098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   Ni: () => (/* binding */ explainAwsError),
/* harmony export */   W$: () => (/* binding */ isPreconditionFailed),
/* harmony export */   ZH: () => (/* binding */ awsErrorName),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   uF: () => (/* binding */ awsCall),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* unused harmony export associationAdvice */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _lambda_runtimes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95200);
// Known AWS errors turned into messages that say what to do. Everything AWS-specific about
// error shapes (names, HTTP statuses, the texts CloudFront puts in InvalidLambdaFunctionAssociation)
// lives here; see docs/aws-facts.md §10 and §7.


const IAM_DOC = 'See "Required IAM permissions" in the README (docs/iam-policy.json).';
/** The SDK error inside one of our wrappers, so classification works on either. */
function sdkError(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy && error.cause !== undefined ? error.cause : error;
}
function awsErrorName(wrapped) {
    const error = sdkError(wrapped);
    if (error && typeof error === 'object') {
        const e = error;
        for (const candidate of [e.name, e.Code, e.code]) {
            if (typeof candidate === 'string' && candidate !== 'Error')
                return candidate;
        }
    }
    return 'Error';
}
function httpStatus(error) {
    return sdkError(error)?.$metadata
        ?.httpStatusCode;
}
const THROTTLING = new Set([
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'SlowDown'
]);
function isThrottling(error) {
    return THROTTLING.has(awsErrorName(error)) || httpStatus(error) === 429;
}
function isPreconditionFailed(error) {
    return awsErrorName(error) === 'PreconditionFailed' || httpStatus(error) === 412;
}
function isNotFound(error) {
    const name = awsErrorName(error);
    return (name === 'ResourceNotFoundException' ||
        name === 'NoSuchEntity' ||
        name === 'NoSuchEntityException');
}
function isAccessDenied(error) {
    const name = awsErrorName(error);
    return name === 'AccessDenied' || name === 'AccessDeniedException' || httpStatus(error) === 403;
}
/**
 * Advice for the texts CloudFront returns in InvalidLambdaFunctionAssociation (docs/aws-facts.md
 * §9). Every such message quotes the function's full ARN, which always holds `us-east-1`, so
 * the match is on what the message says, never on the ARN inside it.
 */
function associationAdvice(message) {
    const m = message.toLowerCase();
    const permission = /permission:\s*([\w:*]+)\s+for resource:\s*(\S+?)(?:\s+and try again|[\s.]*$)/i.exec(message);
    if (m.includes('cannot retrieve the specified lambda function') || permission) {
        const action = permission?.[1] ?? 'lambda:GetFunction';
        const resource = permission?.[2] ?? 'the function version';
        return `The deploying role may not read the version: allow ${action} on ${resource} (or on arn:aws:lambda:us-east-1:ACCOUNT_ID:function:NAME:*). If the permission is there, check that the version exists. ${IAM_DOC}`;
    }
    if (m.includes('edgelambda.amazonaws.com')) {
        return "Add edgelambda.amazonaws.com next to lambda.amazonaws.com in the execution role's trust policy.";
    }
    if (m.includes('environment variables')) {
        return 'Remove the environment variables from the function: Lambda@Edge does not allow them.';
    }
    if (m.includes('specific function version') || m.includes('$latest')) {
        return 'Associate a numbered version, not $LATEST or an alias.';
    }
    if (m.includes('runtime that is not supported') || m.includes('runtime is not supported')) {
        return `The function's runtime is not one Lambda@Edge accepts: set lambda.runtime to ${_lambda_runtimes_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RUNTIME */ .JA} (one of ${_lambda_runtimes_js__WEBPACK_IMPORTED_MODULE_1__/* .EDGE_RUNTIMES */ .c3.join(', ')}) and run again.`;
    }
    if (m.includes('active state') || /\bis pending\b/.test(m)) {
        return 'The version was not Active yet when CloudFront checked it (Lambda is still preparing it): run again in a minute; headerguard waits for Active before associating, so a repeat usually means the version failed: check it in the Lambda console.';
    }
    if (m.includes('code size')) {
        return 'The package is too large for this trigger: origin-response allows 50 MB zipped.';
    }
    if (m.includes('memory size'))
        return "Lower the function's memory (lambda.memory).";
    if (m.includes('timeout'))
        return 'Lower the function timeout to at most 30 s (lambda.timeout).';
    if (m.includes('must be in region') || m.includes('must be in the us east')) {
        return 'The function must be in us-east-1.';
    }
    return 'Fix the function so it meets the Lambda@Edge restrictions, then run again.';
}
function adviceFor(error, context) {
    const name = awsErrorName(error);
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    const fn = context.functionName ?? 'FUNCTION_NAME';
    if (isAccessDenied(error)) {
        if (/EnableReplication/i.test(message)) {
            return `Add lambda:EnableReplication* and lambda:DisableReplication* on arn:aws:lambda:us-east-1:ACCOUNT_ID:function:${fn}:* to the deploying role. ${IAM_DOC}`;
        }
        if (/service linked role/i.test(message)) {
            return `Allow iam:CreateServiceLinkedRole for replicator.lambda.amazonaws.com and logger.cloudfront.amazonaws.com (needed once per account). ${IAM_DOC}`;
        }
        if (/PassRole/i.test(message)) {
            return `Allow iam:PassRole on the execution role (condition iam:PassedToService lambda.amazonaws.com). ${IAM_DOC}`;
        }
        return `The deploying role is missing a permission. ${IAM_DOC}`;
    }
    if (isThrottling(error)) {
        return 'AWS kept throttling the requests; run again later, and avoid parallel deploys (use a workflow concurrency group).';
    }
    switch (name) {
        case 'InvalidLambdaFunctionAssociation':
            return associationAdvice(message);
        case 'NoSuchDistribution':
            return 'Check distribution-id (or cloudfront.distribution in the policy): no distribution with this id is visible to these credentials.';
        case 'ResourceConflictException':
            return 'Another update of the function is in progress; wait for it and run again, and use a workflow concurrency group so deploys do not overlap.';
        case 'TooManyLambdaFunctionAssociations':
        case 'TooManyDistributionsWithLambdaAssociations':
        case 'TooManyDistributionsAssociatedToLambdaFunction':
            return 'A CloudFront quota on Lambda@Edge associations is reached; remove unused associations or ask AWS for a higher quota.';
        case 'CodeStorageExceededException':
            return 'The Lambda code storage quota is full; prune old, unassociated versions.';
        case 'ExpiredToken':
        case 'ExpiredTokenException':
        case 'UnrecognizedClientException':
        case 'InvalidClientTokenId':
        case 'InvalidSignatureException':
        case 'CredentialsProviderError':
            return 'The AWS credentials are missing, invalid or expired; check the aws-actions/configure-aws-credentials step.';
        case 'InvalidParameterValueException':
            if (/CodeSHA256/i.test(message)) {
                return 'The function code changed while this run was publishing it (another deploy?). Use a workflow concurrency group and run again.';
            }
            if (/cannot be assumed by Lambda/i.test(message)) {
                return 'The execution role must trust lambda.amazonaws.com and edgelambda.amazonaws.com; a role made moments ago can be refused for up to a minute while IAM propagates it (headerguard retried that long).';
            }
            if (/no longer supported for creating or updating/i.test(message)) {
                return `Lambda no longer accepts this runtime: set lambda.runtime to ${_lambda_runtimes_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RUNTIME */ .JA} and run again.`;
            }
            return 'AWS rejected a parameter; the message above names it.';
        default:
            return '';
    }
}
/** Wraps an SDK error: what failed, AWS's own words, and what to do. Our own errors pass through. */
function explainAwsError(error, action, context = {}) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HeaderguardError */ .hs)
        return error;
    const advice = adviceFor(error, context);
    const text = `${action} failed: ${awsErrorName(error)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy(advice ? `${text}. ${advice}` : text, { cause: error });
}
/** Runs one AWS call; a failure becomes an AwsError with advice. */
async function awsCall(action, fn, context = {}) {
    try {
        return await fn();
    }
    catch (error) {
        throw explainAwsError(error, action, context);
    }
}


/***/ }),

/***/ 38329:
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
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23169);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _associations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26257);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38098);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70191);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23228);
// The CloudFront side: read-modify-write of each distribution's config under its ETag, the
// bounded wait for Deployed, the post-condition check and the invalidation (docs/aws-facts.md §10-§12).






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

/***/ 70191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   dQ: () => (/* binding */ realClock),
/* harmony export */   g3: () => (/* binding */ pollUntil)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Waiting and retrying with injectable time, so tests run instantly and production waits are
// bounded, jittered and visible in the log.

const realClock = {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    random: () => Math.random()
};
/** Full-jitter exponential backoff: a random delay up to base·2^(n-1), capped. */
function backoffDelay(attempt, options, clock) {
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(clock.random() * ceiling);
}
async function retry(fn, options, clock, log) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (!options.retryable(error))
                throw error;
            log.info(`${options.what}: attempt ${attempt} of ${options.attempts} failed: ${(options.describe ?? _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            if (attempt >= options.attempts)
                throw options.exhausted(error, attempt);
            await clock.sleep(backoffDelay(attempt, options, clock));
        }
    }
}
/**
 * Checks at once, then every intervalMs until the check is done or timeoutMs has passed (the
 * last check happens at the deadline). Throws WaitTimeoutError on time-out.
 */
async function pollUntil(check, options, clock) {
    const start = clock.now();
    let lastStatus = 'unknown';
    for (;;) {
        try {
            const result = await check();
            if (result.done)
                return { value: result.value, elapsedMs: clock.now() - start };
            lastStatus = result.status;
        }
        catch (error) {
            if (!options.transient?.(error))
                throw error;
            lastStatus = `error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`;
        }
        const elapsedMs = clock.now() - start;
        options.progress?.(lastStatus, elapsedMs);
        if (elapsedMs >= options.timeoutMs) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WaitTimeoutError */ .Do(options.timeoutMessage(lastStatus, elapsedMs));
        }
        await clock.sleep(Math.min(options.intervalMs, options.timeoutMs - elapsedMs));
    }
}
function seconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}


/***/ }),

/***/ 23228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ NO_ASSOCIATION)
/* harmony export */ });
/** `AssociationChange.newArn` when no origin-response function is associated. */
const NO_ASSOCIATION = '';


/***/ })

};
