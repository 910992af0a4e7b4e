export const id = 61;
export const ids = [61,510];
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

/***/ 37510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsContext: () => (/* binding */ awsContext)
/* harmony export */ });
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70191);

function awsContext(clients, log, options = {}) {
    return {
        clients,
        log,
        clock: {
            sleep: options.sleep ?? _timing_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .dQ.sleep,
            now: options.now ?? _timing_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .dQ.now,
            random: options.random ?? _timing_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .dQ.random
        }
    };
}


/***/ }),

/***/ 78199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZR: () => (/* binding */ inspectFunction),
  AR: () => (/* binding */ listPublishedVersions),
  Rh: () => (/* binding */ plannedVersion)
});

// UNUSED EXPORTS: configDifferences, findReusableVersion, functionSpec, planVersion, readFunction

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var dist_cjs = __webpack_require__(71696);
// EXTERNAL MODULE: ./src/aws/arn.ts
var arn = __webpack_require__(61626);
// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(38098);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(16764);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/lambda-runtimes.ts
var lambda_runtimes = __webpack_require__(95200);
;// CONCATENATED MODULE: ./src/aws/preflight.ts
// Checks made before any write, so a deploy that cannot succeed fails without changing
// anything, with one message listing every problem and its fix (docs/aws-facts.md §1, §3).





const EDGE_MAX_TIMEOUT_S = 30;
const EDGE_MIN_MEMORY_MB = 128;
const EDGE_MAX_MEMORY_MB = 10240;
const EDGE_MAX_EPHEMERAL_MB = 512;
const EDGE_TRUST_PRINCIPALS = [
    'lambda.amazonaws.com',
    'edgelambda.amazonaws.com'
];
/** Problems with what we were asked to deploy; none needs AWS to find. */
function settingsProblems(settings, functionExists) {
    const problems = [];
    if (!(0,lambda_runtimes/* isEdgeRuntime */.Ud)(settings.runtime)) {
        problems.push(`runtime '${settings.runtime}' is not one Lambda@Edge accepts; use one of ${lambda_runtimes/* EDGE_RUNTIMES */.c3.join(', ')}`);
    }
    if (!Number.isInteger(settings.timeout) ||
        settings.timeout < 1 ||
        settings.timeout > EDGE_MAX_TIMEOUT_S) {
        problems.push(`timeout ${settings.timeout} s: origin-response functions allow 1..${EDGE_MAX_TIMEOUT_S} s`);
    }
    if (!Number.isInteger(settings.memory) ||
        settings.memory < EDGE_MIN_MEMORY_MB ||
        settings.memory > EDGE_MAX_MEMORY_MB) {
        problems.push(`memory ${settings.memory} MB: origin-response functions allow ${EDGE_MIN_MEMORY_MB}..${EDGE_MAX_MEMORY_MB} MB`);
    }
    if (!functionExists && !settings.roleArn) {
        problems.push(`function '${settings.functionName}' does not exist in us-east-1 and no execution role was given to create it: set role-arn (or lambda.role in the policy), or create the function first`);
    }
    return problems;
}
/** Settings of an existing function that Lambda@Edge refuses at association time. */
function existingFunctionProblems(config) {
    const name = config.FunctionName ?? 'the function';
    const problems = [];
    const variables = Object.keys(config.Environment?.Variables ?? {});
    if (variables.length > 0) {
        problems.push(`${name} has environment variables (${variables.join(', ')}); Lambda@Edge does not allow them: remove them`);
    }
    if ((config.Layers ?? []).length > 0) {
        problems.push(`${name} uses layers; Lambda@Edge does not allow them: remove them`);
    }
    if ((config.Architectures ?? []).includes('arm64')) {
        problems.push(`${name} is arm64; Lambda@Edge runs x86_64 only: recreate it as x86_64`);
    }
    if ((config.VpcConfig?.SubnetIds ?? []).length > 0) {
        problems.push(`${name} is attached to a VPC; Lambda@Edge does not allow it: detach it`);
    }
    if (config.PackageType === 'Image') {
        problems.push(`${name} is a container image; Lambda@Edge needs a .zip package: recreate it`);
    }
    if (config.DeadLetterConfig?.TargetArn) {
        problems.push(`${name} has a dead-letter queue; Lambda@Edge does not allow it: remove it`);
    }
    if (config.TracingConfig?.Mode === 'Active') {
        problems.push(`${name} has X-Ray active tracing; Lambda@Edge does not allow it: set it to PassThrough`);
    }
    if ((config.EphemeralStorage?.Size ?? EDGE_MAX_EPHEMERAL_MB) > EDGE_MAX_EPHEMERAL_MB) {
        problems.push(`${name} has more than ${EDGE_MAX_EPHEMERAL_MB} MB ephemeral storage; Lambda@Edge allows ${EDGE_MAX_EPHEMERAL_MB}`);
    }
    return problems;
}
const asList = (value) => value === undefined ? [] : Array.isArray(value) ? value : [value];
/** Which of the edge principals a role's trust policy (as GetRole returns it) lets assume the role. */
function trustedEdgePrincipals(policyDocument) {
    let text = policyDocument;
    try {
        text = decodeURIComponent(policyDocument);
    }
    catch {
        // Already decoded.
    }
    const policy = JSON.parse(text);
    const trusted = new Set();
    for (const raw of asList(policy.Statement)) {
        const statement = raw;
        if (statement.Effect !== 'Allow')
            continue;
        const actions = asList(statement.Action).map(String);
        if (!actions.some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*'))
            continue;
        for (const service of asList(statement.Principal?.Service))
            trusted.add(String(service));
    }
    return EDGE_TRUST_PRINCIPALS.filter((p) => trusted.has(p));
}
const EDGE_TRUST_POLICY = JSON.stringify({
    Effect: 'Allow',
    Principal: { Service: EDGE_TRUST_PRINCIPALS },
    Action: 'sts:AssumeRole'
});
/** Reads the role's trust policy when allowed; AccessDenied only skips the check. */
async function roleTrustProblems(ctx, roleArn) {
    const roleName = (0,arn/* roleNameFromArn */.Zq)(roleArn);
    if (!roleName)
        return [`'${roleArn}' is not an IAM role ARN (arn:aws:iam::ACCOUNT_ID:role/NAME)`];
    let document;
    try {
        const out = await ctx.clients.iam.send(new client_iam_dist_cjs/* GetRoleCommand */.kbp({ RoleName: roleName }));
        document = out.Role?.AssumeRolePolicyDocument;
    }
    catch (error) {
        if ((0,aws_errors/* isAccessDenied */.w7)(error)) {
            ctx.log.debug(`iam:GetRole on ${roleName} denied; skipping the trust-policy check`);
            return [];
        }
        if ((0,aws_errors/* isNotFound */.c4)(error))
            return [`execution role ${roleArn} does not exist`];
        throw (0,aws_errors/* explainAwsError */.Ni)(error, `Reading role ${roleName}`);
    }
    if (!document)
        return [];
    const trusted = trustedEdgePrincipals(document);
    const missing = EDGE_TRUST_PRINCIPALS.filter((p) => !trusted.includes(p));
    if (missing.length === 0)
        return [];
    return [
        `execution role ${roleArn} cannot be assumed by ${missing.join(' and ')}; its trust policy needs the statement ${EDGE_TRUST_POLICY}`
    ];
}
function failPreflight(problems, kind) {
    if (problems.length === 0)
        return;
    const text = `Lambda@Edge preflight failed; nothing was changed:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
    throw kind === 'input' ? new errors/* InputError */.dz(text) : new errors/* AwsError */.Gy(text);
}

;// CONCATENATED MODULE: ./src/aws/lambda-plan.ts
// The Lambda side of a plan: read the function and its published versions, check them, and
// decide whether this exact package already exists as a version (CodeSha256 and configuration
// compared: nothing is written when one matches; docs/aws-facts.md §7).




const PUBLISH_PLACEHOLDER = '<next>';
async function readFunction(ctx, functionName) {
    try {
        const out = await ctx.clients.lambda.send(new dist_cjs/* GetFunctionCommand */.YF5({ FunctionName: functionName }));
        const configuration = out.Configuration ?? {};
        return { configuration, unqualifiedArn: (0,arn/* unqualifiedArn */.X2)(configuration.FunctionArn ?? '') };
    }
    catch (error) {
        if ((0,aws_errors/* isNotFound */.c4)(error))
            return undefined;
        throw (0,aws_errors/* explainAwsError */.Ni)(error, `Reading function ${functionName}`, { functionName });
    }
}
/** Every published version (not $LATEST), following ListVersionsByFunction's Marker. */
async function listPublishedVersions(ctx, functionName) {
    const versions = [];
    let marker;
    do {
        const out = await (0,aws_errors/* awsCall */.uF)(`Listing versions of ${functionName}`, () => ctx.clients.lambda.send(new dist_cjs/* ListVersionsByFunctionCommand */.Ox4({
            FunctionName: functionName,
            Marker: marker,
            MaxItems: 50
        })), { functionName });
        versions.push(...(out.Versions ?? []).filter((v) => v.Version !== '$LATEST'));
        marker = out.NextMarker;
    } while (marker);
    return versions;
}
function functionSpec(pkg, settings, existing) {
    return {
        Runtime: settings.runtime,
        Handler: pkg.manifest.handler,
        MemorySize: settings.memory,
        Timeout: settings.timeout,
        Role: settings.roleArn ?? existing?.configuration.Role
    };
}
/** `memory 256 → 128`-style lines for each setting that differs from the spec. */
function configDifferences(config, spec) {
    const pairs = [
        ['runtime', config.Runtime, spec.Runtime],
        ['handler', config.Handler, spec.Handler],
        ['memory', config.MemorySize, spec.MemorySize],
        ['timeout', config.Timeout, spec.Timeout],
        ['role', config.Role, spec.Role]
    ];
    return pairs
        .filter(([, have, want]) => have !== want)
        .map(([name, have, want]) => `${name} ${String(have)} → ${String(want)}`);
}
const versionNumber = (v) => Number(v.Version ?? 0);
/** The newest published version with this code and this configuration, if any. */
function findReusableVersion(versions, codeSha256, spec) {
    return versions
        .filter((v) => v.CodeSha256 === codeSha256 && configDifferences(v, spec).length === 0)
        .sort((a, b) => versionNumber(b) - versionNumber(a))[0];
}
function planVersion(fn, versions, codeSha256, spec) {
    if (!fn)
        return { kind: 'create' };
    const reusable = findReusableVersion(versions, codeSha256, spec);
    if (reusable)
        return { kind: 'reuse', version: reusable };
    return {
        kind: 'update',
        // $LATEST may already hold this code from an earlier run that failed before publishing.
        updateCode: fn.configuration.CodeSha256 !== codeSha256,
        configChanges: configDifferences(fn.configuration, spec)
    };
}
/** Reads and checks everything the Lambda side needs; writes nothing. */
async function inspectFunction(ctx, pkg, settings) {
    const fn = await readFunction(ctx, settings.functionName);
    failPreflight(settingsProblems(settings, fn !== undefined), 'input');
    const problems = fn ? existingFunctionProblems(fn.configuration) : [];
    const spec = functionSpec(pkg, settings, fn);
    if (spec.Role)
        problems.push(...(await roleTrustProblems(ctx, spec.Role)));
    failPreflight(problems, 'aws');
    const versions = fn ? await listPublishedVersions(ctx, settings.functionName) : [];
    return { fn, versions, spec, plan: planVersion(fn, versions, pkg.manifest.codeSha256, spec) };
}
/** The ARN and version a plan leads to; `<next>` when a version would be published. */
function plannedVersion(plan, fn, settings) {
    if (plan.kind === 'reuse') {
        return {
            arn: plan.version.FunctionArn ?? '',
            version: plan.version.Version ?? '',
            codeChanged: false
        };
    }
    const account = (0,arn/* accountFromArn */.Fl)(settings.roleArn ?? '') ?? 'ACCOUNT_ID';
    const base = fn?.unqualifiedArn ?? `arn:aws:lambda:us-east-1:${account}:function:${settings.functionName}`;
    return {
        arn: (0,arn/* versionArn */.eh)(base, PUBLISH_PLACEHOLDER),
        version: PUBLISH_PLACEHOLDER,
        codeChanged: true
    };
}


/***/ }),

/***/ 36061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pruneCandidates: () => (/* binding */ pruneCandidates),
/* harmony export */   pruneVersions: () => (/* binding */ pruneVersions)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23169);
/* harmony import */ var _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71696);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61626);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38098);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37510);
/* harmony import */ var _lambda_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78199);
// Optional clean-up of old versions, never in the same run as a deploy's association change:
// only versions no distribution uses are candidates, the newest `keep` of them stay, and
// "replicated function" refusals (replicas live on for hours after the last association is
// removed, docs/aws-facts.md §8) are reported as "try later", not as failures.







/** Every version of the function that any distribution's behaviors reference. */
function versionsInUse(summaries, functionName) {
    const used = new Set();
    for (const d of summaries) {
        const behaviors = [d.DefaultCacheBehavior, ...(d.CacheBehaviors?.Items ?? [])];
        for (const b of behaviors) {
            for (const a of b?.LambdaFunctionAssociations?.Items ?? []) {
                const arn = a.LambdaFunctionARN ?? '';
                const version = (0,_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLambdaArn */ .Kl)(arn)?.qualifier;
                if ((0,_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .isOurFunctionArn */ .Ku)(arn, functionName) && version)
                    used.add(version);
            }
        }
    }
    return used;
}
async function listAllDistributions(ctx) {
    const all = [];
    let marker;
    do {
        const out = await ctx.clients.cloudfront
            .send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_5__/* .ListDistributionsCommand */ .jPJ({ Marker: marker, MaxItems: 100 }))
            .catch((error) => {
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(error, 'Listing distributions');
        });
        all.push(...(out.DistributionList?.Items ?? []));
        marker = out.DistributionList?.IsTruncated ? out.DistributionList.NextMarker : undefined;
    } while (marker);
    return all;
}
/** Which versions to delete: unused ones beyond the newest `keep`. Pure. */
function pruneCandidates(versions, inUse, keep) {
    const numbers = versions.map((v) => v.Version ?? '').filter((v) => /^\d+$/.test(v));
    const unused = numbers.filter((v) => !inUse.has(v)).sort((a, b) => Number(b) - Number(a));
    const remove = unused.slice(keep);
    return { remove, kept: numbers.filter((v) => !remove.includes(v)) };
}
const isReplicated = (error) => /replicated function/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
async function pruneVersions(clients, functionName, keep, log) {
    if (!Number.isInteger(keep) || keep < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`prune: keep must be a whole number of versions, 0 or more (got ${keep})`);
    }
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__.awsContext)(clients, log);
    const [versions, distributions] = await Promise.all([
        (0,_lambda_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .listPublishedVersions */ .AR)(ctx, functionName),
        listAllDistributions(ctx)
    ]);
    const { remove, kept } = pruneCandidates(versions, versionsInUse(distributions, functionName), keep);
    const result = { deleted: [], deferred: [], kept };
    for (const version of remove) {
        try {
            await clients.lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_6__/* .DeleteFunctionCommand */ .Z3K({ FunctionName: functionName, Qualifier: version }));
            result.deleted.push(version);
        }
        catch (error) {
            if (!isReplicated(error))
                throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(error, `Deleting version ${version} of ${functionName}`, {
                    functionName
                });
            result.deferred.push(version);
        }
    }
    if (result.deferred.length > 0) {
        log.info(`Versions ${result.deferred.join(', ')} of ${functionName} are still replicated at the edge (that lasts hours after the last association is removed); prune again later`);
    }
    log.info(`Pruned ${functionName}: deleted ${result.deleted.length}, deferred ${result.deferred.length}, kept ${result.kept.length}`);
    return result;
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


/***/ })

};
