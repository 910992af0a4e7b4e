#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4175);
// The `headerguard` command's entry: see cli/run.ts.

process.exitCode = await (0,_cli_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ writeLine),
/* harmony export */   y: () => (/* binding */ ExitCode)
/* harmony export */ });
/** Exit codes shared by every command (the CLI contract, docs/ARCHITECTURE.md). */
const ExitCode = {
    ok: 0,
    /** validate/build: policy errors; check/plan/deploy: violations found. */
    failed: 1,
    /** check/plan/deploy: could not run (network, policy error, AWS error). */
    cannotRun: 2
};
function writeLine(stream, text) {
    stream.write(text.endsWith('\n') ? text : `${text}\n`);
}


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   Ce: () => (/* binding */ cliErrorMessage),
/* harmony export */   QR: () => (/* binding */ flagHelp)
/* harmony export */ });
/* unused harmony exports FLAGS, FLAG_INPUTS, flagsOf */
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2969);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8750);
// The flags of `headerguard check|plan|deploy`: which command takes which, a one-line help for
// each, and input errors said the CLI's way (`--fail-on` instead of "Input 'fail-on'").



const ALL = ['check', 'plan', 'deploy'];
const AWS = ['plan', 'deploy'];
/** Every flag, in the order --help lists them. Action inputs keep their names. */
const FLAGS = {
    policy: {
        arg: 'FILE',
        help: 'the policy file (default .github/security-headers.yml)',
        commands: ALL,
        short: 'p'
    },
    url: {
        arg: 'URL',
        help: 'a page, checked as given (https://x/a.html; verify paths and the 404 probe go under its origin), or a folder ending in / (https://x/app/; they go under it); repeat for more (default https://<distribution domain>/)',
        commands: ALL,
        multiple: true,
        short: 'u'
    },
    [_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.distributionId]: {
        arg: 'ID',
        help: 'CloudFront distribution id(s), comma-separated (overrides the policy)',
        commands: ALL
    },
    [_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.functionName]: {
        arg: 'NAME',
        help: 'the Lambda@Edge function (overrides lambda.function)',
        commands: AWS
    },
    [_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.roleArn]: { arg: 'ARN', help: 'IAM role to create the function with', commands: AWS },
    [_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.behaviors]: {
        arg: 'LIST',
        help: "'*' (default behavior), path patterns, or all",
        commands: AWS
    },
    [_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.waitTimeout]: {
        arg: 'MINUTES',
        help: 'how long to wait for Deployed (30; 90s, 30m, 1h too)',
        commands: ['deploy']
    },
    [_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.pollInterval]: {
        arg: 'SECONDS',
        help: 'seconds between status checks (10)',
        commands: ['deploy']
    },
    [_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.invalidate]: {
        arg: 'PATHS',
        help: 'true (/*), false, or paths to invalidate after a change',
        commands: ['deploy']
    },
    [_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.rollbackOnFailure]: {
        arg: 'BOOL',
        help: 're-associate the previous version when verification fails (true)',
        commands: ['deploy']
    },
    [_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.pruneVersions]: {
        arg: 'N',
        help: 'after a green run that changed nothing, keep N unused versions, delete older',
        commands: ['deploy']
    },
    [_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.failOn]: {
        arg: 'LEVEL',
        help: 'exit 1 on error findings, on warning too, or never (error)',
        commands: ALL
    },
    [_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.sarifFile]: { arg: 'FILE', help: 'also write SARIF 2.1.0 there', commands: ALL },
    json: { arg: 'FILE', help: 'write the JSON report there', commands: ALL },
    timeout: { arg: 'MS', help: 'per-request timeout of the site checks (10000)', commands: ALL },
    concurrency: {
        arg: 'N',
        help: 'requests in flight at once per host (16; 64 in all)',
        commands: ALL
    },
    verbose: { help: 'every table and the progress of each step', commands: ALL },
    quiet: { help: 'only the verdict', commands: ALL }
};
/** The action inputs a command takes as flags (the rest keep their defaults). */
const FLAG_INPUTS = new Set(Object.values(_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO));
function flagsOf(mode) {
    return Object.fromEntries(Object.entries(FLAGS).filter(([, spec]) => spec.commands.includes(mode)));
}
/** parseArgs options for a command. */
function parseOptions(mode) {
    return Object.fromEntries(Object.entries(flagsOf(mode)).map(([name, spec]) => [
        name,
        {
            type: spec.arg ? 'string' : 'boolean',
            ...(spec.multiple ? { multiple: true } : {}),
            ...(spec.short ? { short: spec.short } : {})
        }
    ]));
}
/** `  --fail-on LEVEL        exit 1 on ...`, one line per flag the command takes. */
function flagHelp(mode) {
    const rows = Object.entries(flagsOf(mode)).map(([name, spec]) => [
        `  ${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.arg ? ` ${spec.arg}` : ''}`,
        spec.help
    ]);
    const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
    return ['flags:', ...rows.map(([flag, help]) => `${flag.padEnd(width)}${help}`)].join('\n');
}
function orList(choices) {
    return choices.length <= 1
        ? (choices[0] ?? '')
        : `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;
}
/**
 * An input error as a CLI user should read it: "`--fail-on` must be error, warning or never
 * (did you mean warning?)". Other messages have their "Input 'x'" turned into `--x`.
 */
function cliErrorMessage(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidInputError */ .oC) {
        const flag = `\`--${error.input}\``;
        if (error.choices) {
            const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(error.value.trim(), error.choices);
            return `${flag} must be ${orList(error.choices)}${guess ? ` (did you mean ${guess}?)` : ''}, got '${error.value}'`;
        }
        return `${flag}: '${error.value}' is not valid: ${error.rule}`;
    }
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).replace(/\bInput '([a-z-]+)'/g, (_m, name) => FLAGS[name] ? `\`--${name}\`` : `Input '${name}'`);
}


/***/ }),

/***/ 4175:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* unused harmony export usage */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5217);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5377);



// Each command loads its own module, so `headerguard validate` does not pay for the AWS SDK.
const commands = {
    validate: {
        summary: 'validate [--policy F]                  check a policy file',
        flags: () => 'flags:\n  -p, --policy FILE  the policy file (default .github/security-headers.yml)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(242), __nccwpck_require__.e(931), __nccwpck_require__.e(446)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4446))).validateCommand
    },
    build: {
        summary: 'build [--policy F] --out DIR           write DIR/edge.zip and DIR/manifest.json',
        flags: () => [
            'flags:',
            '  -p, --policy FILE  the policy file (default .github/security-headers.yml)',
            '  -o, --out DIR      where edge.zip and manifest.json go'
        ].join('\n'),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(306), __nccwpck_require__.e(242), __nccwpck_require__.e(931), __nccwpck_require__.e(46)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4046))).buildCommand
    },
    check: {
        summary: 'check [--policy F] [--url U]... [--json F]   fetch the site and compare with the policy',
        flags: () => (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .flagHelp */ .QR)('check'),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(306), __nccwpck_require__.e(242), __nccwpck_require__.e(931), __nccwpck_require__.e(264), __nccwpck_require__.e(942), __nccwpck_require__.e(555), __nccwpck_require__.e(640)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5640))).checkCommand
    },
    plan: {
        summary: 'plan [--policy F] ...                  what deploy would change (no AWS writes)',
        flags: () => (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .flagHelp */ .QR)('plan'),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(306), __nccwpck_require__.e(242), __nccwpck_require__.e(931), __nccwpck_require__.e(264), __nccwpck_require__.e(942), __nccwpck_require__.e(555), __nccwpck_require__.e(640)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5640))).planCommand
    },
    deploy: {
        summary: 'deploy [--policy F] ...                publish, associate, wait, invalidate, verify',
        flags: () => (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .flagHelp */ .QR)('deploy'),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(306), __nccwpck_require__.e(242), __nccwpck_require__.e(931), __nccwpck_require__.e(264), __nccwpck_require__.e(942), __nccwpck_require__.e(555), __nccwpck_require__.e(640)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5640))).deployCommand
    },
    emulator: {
        summary: 'emulator [--port N] [--state F]        run the embedded CloudFront + Lambda@Edge emulator',
        flags: () => [
            'flags:',
            '  --port N      the API port (default 4580; 0 for any free port)',
            '  --state FILE  start with the distributions, origins and functions described in FILE (JSON)'
        ].join('\n'),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(306), __nccwpck_require__.e(336), __nccwpck_require__.e(264), __nccwpck_require__.e(650), __nccwpck_require__.e(213)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9159))).emulatorCommand
    },
    'csp-preview': {
        summary: 'csp-preview --policy F --url U... [--json F] [--browser PATH]   what the new CSP would block, in a real browser',
        flags: () => [
            'flags:',
            '  --policy FILE    the policy whose new edge function rewrites the responses',
            '  --url URL        a page to load (repeat for more; default: verify.url of the policy)',
            '  --json FILE      write the report as JSON',
            '  --browser PATH   Chrome/Chromium (default: CHROME_PATH, Google Chrome, chromium on PATH)'
        ].join('\n'),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(306), __nccwpck_require__.e(242), __nccwpck_require__.e(931), __nccwpck_require__.e(264), __nccwpck_require__.e(942), __nccwpck_require__.e(749)]).then(__nccwpck_require__.bind(__nccwpck_require__, 749))).cspPreviewCommand
    },
    'csp-suggest': {
        summary: 'csp-suggest --url U [--pages N] [--strict] [--browser PATH]   crawl the site and print the CSP it needs',
        flags: () => [
            'flags:',
            '  --url URL        the page to start crawling from',
            '  --pages N        same-origin pages to load at most (default 10, up to 100)',
            "  --strict         the strict-CSP shape: 'strict-dynamic' and hashes, object-src and base-uri 'none'",
            '  --browser PATH   Chrome/Chromium (default: CHROME_PATH, Google Chrome, chromium on PATH)'
        ].join('\n'),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(306), __nccwpck_require__.e(242), __nccwpck_require__.e(931), __nccwpck_require__.e(264), __nccwpck_require__.e(942), __nccwpck_require__.e(377)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1377))).cspSuggestCommand
    },
    demo: {
        summary: 'demo [--verbose|--quiet]               the whole pipeline on the embedded emulator',
        flags: () => [
            'flags:',
            '  --verbose  every table and both action logs',
            '  --quiet    only the verdict of each step'
        ].join('\n'),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(306), __nccwpck_require__.e(336), __nccwpck_require__.e(242), __nccwpck_require__.e(264), __nccwpck_require__.e(650), __nccwpck_require__.e(555), __nccwpck_require__.e(155)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1155))).demoCommand
    }
};
function usage() {
    const lines = Object.values(commands).map((c) => `  headerguard ${c.summary}`);
    return [
        'usage:',
        ...lines,
        '  headerguard --version                  print the version',
        '  headerguard COMMAND --help             the flags of COMMAND'
    ].join('\n');
}
async function runCli(argv, io = {}) {
    const ctx = {
        stdout: io.stdout ?? process.stdout,
        stderr: io.stderr ?? process.stderr,
        env: io.env ?? process.env,
        cwd: io.cwd ?? process.cwd()
    };
    const [name, ...args] = argv;
    if (name === '--version' || name === '-V' || name === 'version') {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .writeLine */ ._)(ctx.stdout, `headerguard ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .HEADERGUARD_VERSION */ .y}`);
        return _context_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.ok;
    }
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .writeLine */ ._)(name === undefined ? ctx.stderr : ctx.stdout, usage());
        return name === undefined ? _context_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.cannotRun : _context_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.ok;
    }
    const command = commands[name];
    if (!command) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .writeLine */ ._)(ctx.stderr, `headerguard: unknown command '${name}'\n${usage()}`);
        return _context_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.cannotRun;
    }
    if (args.includes('--help') || args.includes('-h')) {
        const flags = command.flags ? `\n${command.flags()}` : '';
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .writeLine */ ._)(ctx.stdout, `usage: headerguard ${command.summary}${flags}`);
        return _context_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.ok;
    }
    try {
        return await (await command.load())({ ...ctx, args });
    }
    catch (error) {
        const message = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .cliErrorMessage */ .Ce)(error);
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .writeLine */ ._)(ctx.stderr, `headerguard ${name}: ${message}`);
        if (ctx.env.HEADERGUARD_DEBUG && error instanceof Error && error.stack)
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .writeLine */ ._)(ctx.stderr, error.stack);
        return _context_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.cannotRun;
    }
}


/***/ }),

/***/ 6698:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ normaliseDistributionIds)
/* harmony export */ });
// The one normalisation of a list of CloudFront distribution ids, for the `distribution-id`
// input and the policy's `cloudfront.distribution` alike: a repeated id would deploy the same
// distribution twice in one run, racing itself on the ETag and losing the rollback's record of
// what was there before.
/** Trimmed, empty items dropped, each id once, in first-seen order. */
function normaliseDistributionIds(ids) {
    return [...new Set(ids.map((id) => id.trim()).filter((id) => id.length > 0))];
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ WaitTimeoutError),
/* harmony export */   Gy: () => (/* binding */ AwsError),
/* harmony export */   Il: () => (/* binding */ missingTargetError),
/* harmony export */   P2: () => (/* binding */ DeployFailedError),
/* harmony export */   SK: () => (/* binding */ outcomeOfFailure),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eQ: () => (/* binding */ FailuresError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   gM: () => (/* binding */ onlySlow),
/* harmony export */   hs: () => (/* binding */ HeaderguardError),
/* harmony export */   oC: () => (/* binding */ InvalidInputError)
/* harmony export */ });
/* unused harmony exports failureCause, eachFailure */
class HeaderguardError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** An action input or CLI flag is invalid. */
class InputError extends HeaderguardError {
}
/** One input's value breaks its rule; the CLI words it as a flag (`--fail-on must be ...`). */
class InvalidInputError extends InputError {
    input;
    value;
    rule;
    choices;
    constructor(input, value, rule, 
    /** The accepted values, when the input is a choice. */
    choices) {
        super(`Input '${input}' has an invalid value '${value}': ${rule}`);
        this.input = input;
        this.value = value;
        this.rule = rule;
        this.choices = choices;
    }
}
/** The deploy targets, each named by an input or by a policy key. */
const TARGETS = {
    'function-name': { policyKey: 'lambda.function', what: 'no Lambda@Edge function named' },
    'distribution-id': { policyKey: 'cloudfront.distribution', what: 'no distribution named' }
};
/** The one message for a target that neither the inputs nor the policy name. */
function missingTargetError(input, neededFor) {
    const { policyKey, what } = TARGETS[input];
    return new InputError(`Input '${input}': ${what} (needed for ${neededFor}); set it or ${policyKey} in the policy`);
}
/** An AWS call failed or AWS is in a state we cannot work with. */
class AwsError extends HeaderguardError {
}
/** Waiting for something (a deployment, a function update) ran out of time. */
class WaitTimeoutError extends HeaderguardError {
}
/** The message of anything thrown, never `[object Object]`. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    // An Error from another realm (a worker, a VM context) fails instanceof but has a message.
    if (typeof error === 'object' &&
        error !== null &&
        typeof error.message === 'string') {
        return error.message;
    }
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}
/**
 * A deploy or rollback that failed after doing part of its work. `outcome` says what it had
 * done (e.g. an association written before the wait timed out), so the caller can report it
 * and roll it back; `cause` is the failure itself.
 */
class DeployFailedError extends HeaderguardError {
    outcome;
    constructor(cause, outcome) {
        super(errorMessage(cause), { cause });
        this.outcome = outcome;
    }
}
/** What a failed deploy had already done, when it says. */
function outcomeOfFailure(error) {
    return error instanceof DeployFailedError ? error.outcome : undefined;
}
/** The failure itself, without the DeployFailedError around it. */
function failureCause(error) {
    return error instanceof DeployFailedError ? error.cause : error;
}
/**
 * Several failures of one step (one per distribution), kept apart so that what they mean does
 * not depend on which came first. Its message lists them all, one a line.
 */
class FailuresError extends HeaderguardError {
    failures;
    constructor(failures) {
        super(failures.map(errorMessage).join('\n'));
        this.failures = failures;
    }
}
/** Every failure inside `error` (a DeployFailedError's cause, a FailuresError's list). */
function eachFailure(error) {
    const cause = failureCause(error);
    return cause instanceof FailuresError ? cause.failures : [cause];
}
/**
 * A deploy that is only slow: every failure is a wait that ran out of time. One refused
 * distribution among slow ones makes the deploy failed, whatever the order of the ids.
 */
function onlySlow(error) {
    return eachFailure(error).every((e) => e instanceof WaitTimeoutError);
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bO: () => (/* binding */ INPUT),
/* harmony export */   mY: () => (/* binding */ DEFAULT_POLICY_FILE),
/* harmony export */   sb: () => (/* binding */ readSettings),
/* harmony export */   xP: () => (/* binding */ GITHUB_ONLY_INPUTS)
/* harmony export */ });
/* unused harmony exports CLI_INPUTS, MODES, FAIL_ON, parseDuration, parseBoolean, parseList, parseBehaviors */
/* harmony import */ var _distribution_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6698);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// Every action input (and its CLI flag twin) read and validated in one place, into one typed
// object. Downstream code receives Settings and never reads inputs itself. Defaults mirror
// action.yml so the CLI behaves like the action.


const INPUT = {
    policy: 'policy',
    mode: 'mode',
    distributionId: 'distribution-id',
    functionName: 'function-name',
    roleArn: 'role-arn',
    behaviors: 'behaviors',
    url: 'url',
    waitTimeout: 'wait-timeout',
    pollInterval: 'poll-interval',
    invalidate: 'invalidate',
    rollbackOnFailure: 'rollback-on-failure',
    comment: 'comment',
    githubToken: 'github-token',
    driftIssue: 'drift-issue',
    driftComment: 'drift-comment',
    failOn: 'fail-on',
    sarifFile: 'sarif-file',
    pruneVersions: 'prune-versions',
    cspPreview: 'csp-preview',
    browserPath: 'browser-path'
};
/** Inputs that mean something only on GitHub (the comment, the drift issue and their token). */
const GITHUB_ONLY_INPUTS = [
    INPUT.comment,
    INPUT.githubToken,
    INPUT.driftIssue,
    INPUT.driftComment
];
/** The inputs `headerguard check|plan|deploy` take as `--flags`: the mode is the command, and a terminal run reports to the terminal. */
const CLI_INPUTS = Object.values(INPUT).filter((name) => name !== INPUT.mode && !GITHUB_ONLY_INPUTS.includes(name));
const MODES = ['auto', 'plan', 'deploy', 'check'];
const FAIL_ON = ['error', 'warning', 'never'];
const DEFAULT_POLICY_FILE = '.github/security-headers.yml';
const MAX_WAIT_MS = 6 * 60 * 60 * 1000; // a GitHub-hosted job's own limit
function invalid(name, value, rule, choices) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidInputError */ .oC(name, value, rule, choices);
}
/** `30` (in `bareUnit`), `90s`, `30m`, `1h`, `500ms` → milliseconds. */
function parseDuration(name, raw, bareUnit) {
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(raw.trim());
    if (!match) {
        throw invalid(name, raw, `use a number (${bareUnit === 'm' ? 'minutes' : 'seconds'}) or a duration such as 90s, 30m or 1h`);
    }
    const amount = Number(match[1]);
    const unit = (match[2] ?? bareUnit).toLowerCase();
    const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit] ?? 1000;
    return Math.round(amount * factor);
}
/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function parseBoolean(name, raw) {
    if (['true', 'True', 'TRUE'].includes(raw.trim()))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw.trim()))
        return false;
    throw invalid(name, raw, 'use true or false');
}
/** A comma- or newline-separated list, trimmed, empties dropped. */
function parseList(raw) {
    return raw
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
function parseBehaviors(raw) {
    const items = parseList(raw);
    if (items.length === 1 && items[0] === '*')
        return { kind: 'default' };
    if (items.length === 1 && items[0]?.toLowerCase() === 'all')
        return { kind: 'all' };
    for (const item of items) {
        if (item === '*' || item.toLowerCase() === 'all') {
            throw invalid(INPUT.behaviors, raw, "'*' and 'all' stand alone; path patterns may be combined");
        }
    }
    return { kind: 'patterns', patterns: items };
}
function parseUrls(raw) {
    const urls = parseList(raw);
    for (const url of urls) {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            throw invalid(INPUT.url, url, 'not a URL; write it as https://www.example.com');
        }
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
            throw invalid(INPUT.url, url, 'only http:// and https:// URLs can be verified');
        }
    }
    return urls;
}
function parseInvalidate(raw) {
    const value = raw.trim();
    if (value === '' || ['true', 'True', 'TRUE'].includes(value))
        return ['/*'];
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    const paths = parseList(value);
    for (const path of paths) {
        if (!path.startsWith('/'))
            throw invalid(INPUT.invalidate, path, 'invalidation paths start with /');
    }
    return paths;
}
function parseChoice(name, raw, choices, fallback) {
    const value = raw.trim() || fallback;
    if (!choices.includes(value)) {
        throw invalid(name, raw, `use one of ${choices.join(', ')}`, choices);
    }
    return value;
}
function parseCspPreview(raw) {
    const value = raw.trim();
    if (value === '' || value === 'auto')
        return 'auto';
    if (['true', 'True', 'TRUE'].includes(value))
        return 'always';
    if (['false', 'False', 'FALSE'].includes(value))
        return 'never';
    throw invalid(INPUT.cspPreview, raw, 'use auto, true or false');
}
function parsePruneKeep(raw) {
    if (!/^\d+$/.test(raw)) {
        throw invalid(INPUT.pruneVersions, raw, 'use a whole number of unused versions to keep (0 or more), or leave it empty to never delete');
    }
    return Number(raw);
}
const DISTRIBUTION_ID = /^[A-Z0-9]{8,20}$/;
/** Reads and validates every input; throws InputError naming the input and the fix. */
function readSettings(read) {
    const get = (name) => read(name).trim();
    const optional = (name) => get(name) || undefined;
    const distributionIds = optional(INPUT.distributionId)
        ? (0,_distribution_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseDistributionIds */ .N)(parseList(get(INPUT.distributionId)))
        : undefined;
    for (const id of distributionIds ?? []) {
        if (!DISTRIBUTION_ID.test(id)) {
            throw invalid(INPUT.distributionId, id, 'a CloudFront distribution id is 8-20 upper-case letters and digits, e.g. E2QWRUHEXAMPLE');
        }
    }
    const functionName = optional(INPUT.functionName);
    if (functionName && !/^[A-Za-z0-9_-]{1,64}$/.test(functionName)) {
        throw invalid(INPUT.functionName, functionName, 'a Lambda function name is 1 to 64 letters, digits, - and _ (the name, not an ARN)');
    }
    const roleArn = optional(INPUT.roleArn);
    if (roleArn && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(roleArn)) {
        throw invalid(INPUT.roleArn, roleArn, 'expected an IAM role ARN such as arn:aws:iam::111122223333:role/edge-headers');
    }
    const waitTimeoutMs = parseDuration(INPUT.waitTimeout, get(INPUT.waitTimeout) || '30', 'm');
    if (waitTimeoutMs <= 0 || waitTimeoutMs > MAX_WAIT_MS) {
        throw invalid(INPUT.waitTimeout, get(INPUT.waitTimeout), 'use a duration above 0 and at most 6h');
    }
    const pollIntervalMs = parseDuration(INPUT.pollInterval, get(INPUT.pollInterval) || '10', 's');
    if (pollIntervalMs < 100 || pollIntervalMs > 10 * 60_000) {
        throw invalid(INPUT.pollInterval, get(INPUT.pollInterval), 'use between 0.1 and 600 seconds');
    }
    const bool = (name, fallback) => get(name) ? parseBoolean(name, get(name)) : fallback;
    return {
        policyFile: get(INPUT.policy) || DEFAULT_POLICY_FILE,
        mode: parseChoice(INPUT.mode, get(INPUT.mode), MODES, 'auto'),
        distributionIds,
        functionName,
        roleArn,
        behaviors: optional(INPUT.behaviors) ? parseBehaviors(get(INPUT.behaviors)) : undefined,
        urls: optional(INPUT.url) ? parseUrls(get(INPUT.url)) : undefined,
        waitTimeoutMs,
        pollIntervalMs,
        invalidate: parseInvalidate(get(INPUT.invalidate)),
        rollbackOnFailure: bool(INPUT.rollbackOnFailure, true),
        comment: bool(INPUT.comment, true),
        githubToken: optional(INPUT.githubToken),
        driftIssue: bool(INPUT.driftIssue, true),
        driftComment: bool(INPUT.driftComment, false),
        failOn: parseChoice(INPUT.failOn, get(INPUT.failOn), FAIL_ON, 'error'),
        sarifFile: optional(INPUT.sarifFile),
        pruneKeep: optional(INPUT.pruneVersions) ? parsePruneKeep(get(INPUT.pruneVersions)) : undefined,
        cspPreview: parseCspPreview(get(INPUT.cspPreview)),
        browserPath: optional(INPUT.browserPath)
    };
}


/***/ }),

/***/ 2969:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
// "Did you mean": the closest candidate by edit distance, when it is close enough to be a typo.
/**
 * Damerau-Levenshtein distance (optimal string alignment): a swap of two letters counts once.
 * Three rolling rows instead of a full matrix: it runs once per unknown name and candidate.
 */
function editDistance(a, b) {
    const cols = b.length + 1;
    let older = new Array(cols).fill(0); // row i - 2
    let previous = Array.from({ length: cols }, (_, j) => j); // row i - 1
    let current = new Array(cols).fill(0);
    for (let i = 1; i <= a.length; i++) {
        current[0] = i;
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, older[j - 2] + 1);
            }
            current[j] = best;
        }
        ;
        [older, previous, current] = [previous, current, older];
    }
    return previous[b.length];
}
/** The closest candidate within a typo's reach (a third of the word, at most 3 edits), if any. */
function closest(word, candidates) {
    const lower = word.toLowerCase();
    const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 3)));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === lower)
            continue;
        // The distance is at least the difference in length: most candidates need no table.
        if (Math.abs(candidate.length - lower.length) > limit)
            continue;
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** `; did you mean 'x'?` or the empty string. */
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match === undefined ? '' : `; did you mean '${match}'?`;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ HEADERGUARD_VERSION)
/* harmony export */ });
/** headerguard's version. Kept equal to package.json by a test: the bundle cannot read package.json at run time. */
const HEADERGUARD_VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 4317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
