export const id = 404;
export const ids = [404,413];
export const modules = {

/***/ 7510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsContext: () => (/* binding */ awsContext)
/* harmony export */ });
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(191);

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

/***/ 9404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/associations.ts
var associations = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/aws/cloudfront.ts
var cloudfront = __webpack_require__(8329);
// EXTERNAL MODULE: ./src/aws/context.ts
var context = __webpack_require__(7510);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/aws/timing.ts
var timing = __webpack_require__(191);
;// CONCATENATED MODULE: ./src/aws/lambda-wait.ts
// Waiting on Lambda: $LATEST until its update has settled, a new version until it is Active.




/** Lambda polls faster than CloudFront: function updates take seconds, not minutes. */
const LAMBDA_MAX_POLL_MS = 1000;
function lambdaPolling(settings) {
    return {
        intervalMs: Math.min(settings.pollIntervalMs, LAMBDA_MAX_POLL_MS),
        timeoutMs: settings.waitTimeoutMs,
        transient: aws_errors/* isThrottling */.E2
    };
}
/**
 * $LATEST can be updated and published: Active, or Inactive. Lambda marks a function that has
 * not been invoked for a while Inactive, and a Lambda@Edge function's $LATEST in us-east-1 is
 * never invoked, so Inactive is its normal state between deploys; updates are allowed in it
 * (docs/aws-facts.md §7; "Lambda function states",
 * https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html).
 */
const isReady = (config) => config.State === 'Active' || config.State === 'Inactive';
/**
 * Waits until $LATEST is Active (or Inactive) and no update is in progress. After our own update, a Failed
 * update fails the run clearly. Before it (`previousUpdate: 'settled'`), a Failed status is an
 * earlier run's abandoned update — Lambda kept the previous code — and must not block this run
 * from trying again.
 */
async function waitFunctionUpdated(ctx, settings, previousUpdate = 'ours') {
    const name = settings.functionName;
    const check = async () => {
        const config = await ctx.clients.lambda.send(new dist_cjs/* GetFunctionConfigurationCommand */.qA6({ FunctionName: name }));
        if (config.State === 'Failed') {
            throw new errors/* AwsError */.Gy(`Function ${name} failed: ${config.StateReason ?? 'no reason given'} (${config.StateReasonCode ?? 'no code'}). Nothing was associated; fix the cause, delete the function if Lambda cannot recover it, and run again.`);
        }
        if (config.LastUpdateStatus === 'Failed' && previousUpdate === 'settled' && isReady(config)) {
            ctx.log.info(`The last update of ${name} had failed (${config.LastUpdateStatusReason ?? 'no reason given'}); Lambda kept the previous code, trying again`);
            return { done: true, value: config };
        }
        if (config.LastUpdateStatus === 'Failed') {
            throw new errors/* AwsError */.Gy(`Updating function ${name} failed: ${config.LastUpdateStatusReason ?? 'no reason given'} (${config.LastUpdateStatusReasonCode ?? 'no code'}). The previous code stays in place and nothing was associated; fix the cause and run again.`);
        }
        if (isReady(config) && (config.LastUpdateStatus ?? 'Successful') === 'Successful') {
            return { done: true, value: config };
        }
        return { done: false, status: `${config.State ?? '?'}/${config.LastUpdateStatus ?? '?'}` };
    };
    const { value } = await (0,timing/* pollUntil */.g3)(check, {
        ...lambdaPolling(settings),
        progress: (status, elapsed) => ctx.log.debug(`function ${name}: ${status} after ${(0,timing/* seconds */.YA)(elapsed)}`),
        timeoutMessage: (status, elapsed) => `Function ${name} was still ${status} after ${(0,timing/* seconds */.YA)(elapsed)}. Raise wait-timeout or check the function in the Lambda console (us-east-1).`
    }, ctx.clock);
    return value;
}
async function waitVersionActive(ctx, settings, version) {
    const name = settings.functionName;
    await (0,timing/* pollUntil */.g3)(async () => {
        const config = await ctx.clients.lambda.send(new dist_cjs/* GetFunctionConfigurationCommand */.qA6({ FunctionName: name, Qualifier: version }));
        if (config.State === 'Failed') {
            throw new errors/* AwsError */.Gy(`Version ${version} of ${name} failed: ${config.StateReason ?? 'no reason given'}. Nothing was associated; run again.`);
        }
        return config.State === 'Active'
            ? { done: true, value: true }
            : { done: false, status: config.State ?? '?' };
    }, {
        ...lambdaPolling(settings),
        progress: (status, elapsed) => ctx.log.debug(`version ${version}: ${status} after ${(0,timing/* seconds */.YA)(elapsed)}`),
        timeoutMessage: (status, elapsed) => `Version ${version} of ${name} was still ${status} after ${(0,timing/* seconds */.YA)(elapsed)}. Raise wait-timeout and run again.`
    }, ctx.clock);
}

;// CONCATENATED MODULE: ./src/aws/lambda.ts
// The Lambda side of a deploy: create or update the function, wait, publish the numbered
// version that holds this exact package and wait until it is Active.





function versionDescription(pkg, settings) {
    const parts = [
        'headerguard',
        settings.description,
        `policy ${pkg.manifest.policyHash.slice(0, 12)}`
    ];
    return parts.filter(Boolean).join(' ').slice(0, 256);
}
/** A role created moments ago can be refused for a few seconds (IAM is eventually consistent). */
const isRoleNotYetUsable = (error) => (0,aws_errors/* awsErrorName */.ZH)(error) === 'InvalidParameterValueException' &&
    /cannot be assumed/i.test(String(error));
async function createFunction(ctx, pkg, settings, spec) {
    const name = settings.functionName;
    await (0,timing/* retry */.L5)(() => ctx.clients.lambda.send(new dist_cjs/* CreateFunctionCommand */.Y8X({
        FunctionName: name,
        Runtime: spec.Runtime,
        Role: spec.Role,
        Handler: spec.Handler,
        Code: { ZipFile: pkg.zip },
        Description: 'headerguard: security headers on CloudFront origin-response',
        Timeout: spec.Timeout,
        MemorySize: spec.MemorySize,
        Publish: false,
        PackageType: 'Zip',
        Architectures: ['x86_64']
    })), {
        attempts: 5,
        baseDelayMs: 2000,
        maxDelayMs: 10_000,
        retryable: isRoleNotYetUsable,
        what: `Creating function ${name}`,
        exhausted: (error) => error
    }, ctx.clock, ctx.log).catch((error) => {
        throw (0,aws_errors/* explainAwsError */.Ni)(error, `Creating function ${name}`, { functionName: name });
    });
    ctx.log.info(`Created function ${name} (${spec.Runtime}, ${spec.MemorySize} MB, ${spec.Timeout} s)`);
}
/** Carries out a plan that needs a new version: create or update, wait, publish, wait Active. */
async function publishVersion(ctx, pkg, settings, plan, spec, steps) {
    const name = settings.functionName;
    const lambda = ctx.clients.lambda;
    const context = { functionName: name };
    if (plan.kind === 'create') {
        await createFunction(ctx, pkg, settings, spec);
        steps.push(`Created function ${name}`);
        await waitFunctionUpdated(ctx, settings);
    }
    else {
        // Someone else's update may still be running; publishing now would fail with a conflict.
        await waitFunctionUpdated(ctx, settings, 'settled');
        if (plan.updateCode) {
            await (0,aws_errors/* awsCall */.uF)(`Updating the code of ${name}`, () => lambda.send(new dist_cjs/* UpdateFunctionCodeCommand */.KfB({ FunctionName: name, ZipFile: pkg.zip })), context);
            steps.push(`Updated the code of ${name} (CodeSha256 ${pkg.manifest.codeSha256})`);
            await waitFunctionUpdated(ctx, settings);
        }
        else {
            ctx.log.info(`$LATEST of ${name} already holds this code; publishing it without an update`);
        }
        if (plan.configChanges.length > 0) {
            await (0,aws_errors/* awsCall */.uF)(`Updating the configuration of ${name}`, () => lambda.send(new dist_cjs/* UpdateFunctionConfigurationCommand */.Zlw({
                FunctionName: name,
                Runtime: spec.Runtime,
                Handler: spec.Handler,
                MemorySize: spec.MemorySize,
                Timeout: spec.Timeout,
                Role: spec.Role
            })), context);
            steps.push(`Updated the configuration of ${name}: ${plan.configChanges.join(', ')}`);
            await waitFunctionUpdated(ctx, settings);
        }
    }
    const published = await (0,aws_errors/* awsCall */.uF)(`Publishing a version of ${name}`, () => lambda.send(new dist_cjs/* PublishVersionCommand */.D3m({
        FunctionName: name,
        CodeSha256: pkg.manifest.codeSha256,
        Description: versionDescription(pkg, settings)
    })), context);
    const version = published.Version ?? '';
    const arn = published.FunctionArn ?? '';
    if (!/^\d+$/.test(version))
        throw new errors/* AwsError */.Gy(`PublishVersion of ${name} returned no version number (got '${version}')`);
    steps.push(`Published version ${version} of ${name}`);
    ctx.log.info(`Published ${arn}; waiting for it to become Active`);
    await waitVersionActive(ctx, settings, version);
    return { arn, version, codeChanged: true };
}

// EXTERNAL MODULE: ./src/aws/plan.ts + 1 modules
var plan = __webpack_require__(6413);
// EXTERNAL MODULE: ./src/aws/settle.ts
var settle = __webpack_require__(3434);
// EXTERNAL MODULE: ./src/aws/types.ts
var types = __webpack_require__(3228);
;// CONCATENATED MODULE: ./src/aws/deploy.ts








/**
 * Every targeted behavior once: what the distributions' work recorded, else (its distribution
 * failed or was stopped) the planned row with what is still associated.
 */
function settledAssociations(planned, recorded, unfinished) {
    const byKey = new Map(recorded.map((a) => [(0,settle/* keyOf */.T)(a), a]));
    const rows = planned.map((a) => byKey.get((0,settle/* keyOf */.T)(a)) ?? {
        distributionId: a.distributionId,
        behavior: a.behavior,
        previousArn: a.previousArn,
        newArn: a.previousArn ?? types/* NO_ASSOCIATION */.I,
        changed: false,
        state: unfinished.get(a.distributionId) ?? 'not-attempted'
    });
    const plannedKeys = new Set(planned.map(settle/* keyOf */.T));
    // A behavior added to the distribution between our reads (behaviors: all).
    return [...rows, ...recorded.filter((a) => !plannedKeys.has((0,settle/* keyOf */.T)(a)))];
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
        const { lambda, planned, reads, associations: before } = await (0,plan.inspect)(ctx, pkg, settings);
        const sink = { steps: [], associations: [], distributions: [] };
        const version = lambda.plan.kind === 'reuse'
            ? planned
            : await publishVersion(ctx, pkg, settings, lambda.plan, lambda.spec, sink.steps);
        if (lambda.plan.kind === 'reuse') {
            sink.steps.push((0,plan.versionStep)(version, true));
            log.info((0,plan.versionStep)(version, true));
        }
        const headerDiff = await (0,plan.headerDiffFor)(ctx, before, version.arn, pkg, settings.functionName, options.comparePackages);
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
            await (0,settle/* settleAll */.j)(reads.map((read) => tracker.run(read.id, (0,cloudfront.applyToDistribution)(ctx, settings, read, (0,plan.plannerFor)(settings, read.id, version.arn), (changes) => (0,associations/* wantedFrom */.Qg)(changes, () => version.arn), sink, tracker.stopFor(read.id)))));
        }
        catch (error) {
            const written = sink.associations.filter((a) => a.state === 'written');
            sink.steps.push(written.length > 0
                ? `Written before the failure: ${written.map((a) => `${a.distributionId} '${a.behavior}'`).join(', ')}`
                : 'No association was written');
            throw new errors/* DeployFailedError */.P2(error, outcome());
        }
        (0,plan.logHeaderDiff)(log, headerDiff, options.comparePackages);
        return outcome();
    });
}


/***/ }),

/***/ 8199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZR: () => (/* binding */ inspectFunction),
  AR: () => (/* binding */ listPublishedVersions),
  Rh: () => (/* binding */ plannedVersion)
});

// UNUSED EXPORTS: configDifferences, findReusableVersion, functionSpec, planVersion, readFunction

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./src/aws/arn.ts
var arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/lambda-runtimes.ts
var lambda_runtimes = __webpack_require__(5200);
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

/***/ 6413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  headerDiffFor: () => (/* binding */ headerDiffFor),
  inspect: () => (/* binding */ inspect),
  logHeaderDiff: () => (/* binding */ logHeaderDiff),
  planDeployment: () => (/* binding */ planDeployment),
  plannerFor: () => (/* binding */ plannerFor),
  versionStep: () => (/* binding */ versionStep)
});

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
// EXTERNAL MODULE: ./src/aws/lambda-plan.ts + 1 modules
var lambda_plan = __webpack_require__(8199);
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

;// CONCATENATED MODULE: ./src/aws/plan.ts







function plannerFor(settings, id, newArn) {
    return (config) => (0,associations/* planAssociations */.CN)(config, id, (0,associations/* selectBehaviors */.GA)(config, settings.behaviors, id), newArn, settings.functionName, settings.replaceForeignAssociation);
}
/** The live headers: those of our version on the first targeted behavior that has one. */
async function headerDiffFor(ctx, associations, newArn, pkg, functionName, compare) {
    if (!compare)
        return undefined;
    const liveArn = associations
        .map((a) => a.previousArn)
        .find((arn) => arn && (0,aws_arn/* isOurFunctionArn */.Ku)(arn, functionName));
    if (!liveArn)
        return compare.diff(undefined, pkg);
    if (liveArn === newArn)
        return { added: [], changed: [], removed: [] };
    try {
        return compare.diff(await downloadVersionZip(ctx, liveArn), pkg);
    }
    catch (error) {
        ctx.log.warning(`Could not read the headers of the live version ${liveArn}: ${(0,errors/* errorMessage */.gJ)(error)}; the header diff is left out`);
        return undefined;
    }
}
function logHeaderDiff(log, diff, compare) {
    if (!diff || !compare)
        return;
    for (const c of diff.added)
        log.info(`  + ${compare.describe(c)}`);
    for (const c of diff.changed)
        log.info(`  ~ ${compare.describe(c)}`);
    for (const c of diff.removed)
        log.info(`  - ${compare.describe(c)}`);
}
/** Reads and checks everything; returns the configs so the first write attempt can reuse them. */
async function inspect(ctx, pkg, settings) {
    if (settings.distributionIds.length === 0) {
        throw (0,errors/* missingTargetError */.Il)('distribution-id', 'a deploy');
    }
    const lambda = await (0,lambda_plan/* inspectFunction */.ZR)(ctx, pkg, settings);
    const planned = (0,lambda_plan/* plannedVersion */.Rh)(lambda.plan, lambda.fn, settings);
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
        const headerDiff = await headerDiffFor(ctx, associations, planned.arn, pkg, settings.functionName, options.comparePackages);
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
        logHeaderDiff(log, headerDiff, options.comparePackages);
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


/***/ }),

/***/ 3434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ keyOf),
/* harmony export */   j: () => (/* binding */ settleAll)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _cloudfront_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8329);
// What deploy and rollback share: running per-distribution work to the end and merging the
// failures into one error, and the key that names one behavior of one distribution.


const keyOf = (a) => `${a.distributionId}\u0000${a.behavior}`;
/**
 * Runs every task to the end; then throws the one failure, or all of them as a FailuresError. A
 * distribution stopped because another failed is only mentioned when nothing else failed.
 */
async function settleAll(tasks) {
    const settled = (await Promise.allSettled(tasks)).flatMap((r) => r.status === 'rejected' ? [r.reason] : []);
    const real = settled.filter((e) => !(e instanceof _cloudfront_js__WEBPACK_IMPORTED_MODULE_1__.StoppedError));
    const failures = real.length > 0 ? real : settled;
    if (failures.length === 0)
        return;
    if (failures.length === 1)
        throw failures[0];
    // Each failure stays itself: the pipeline judges them all (slow or failed), not the first.
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FailuresError */ .eQ(failures);
}


/***/ })

};
