export const id = 155;
export const ids = [155];
export const modules = {

/***/ 1155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand),
/* harmony export */   parseGithubOutput: () => (/* binding */ parseGithubOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _emulator_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9650);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(555);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5217);
// `headerguard demo`: the whole loop, offline, on the embedded emulator. It starts the emulator
// in front of examples/site/, runs the real bundled action (dist/index.js, as a child process,
// the way the runner does) in deploy mode with examples/static-site.yml, then changes one
// header in a copy of the policy and deploys again. It talks to the action only through what a
// runner gives it: INPUT_* variables, the GITHUB_* files and the SDK's AWS_ENDPOINT_URL_*.










const EXAMPLE_POLICY = 'examples/static-site.yml';
const EXAMPLE_SITE = 'examples/site';
const ACTION_BUNDLE = ['dist', 'index.js'].join('/');
/** The demo's one policy change: a stricter Referrer-Policy. */
const CHANGE = {
    from: 'referrer-policy: strict-origin-when-cross-origin',
    to: 'referrer-policy: no-referrer'
};
/**
 * Where dist/index.js is: beside the `headerguard` entry that is running (dist/cli.js), else
 * under cwd. Derived from argv at run time on purpose: ncc rewrites paths it can see
 * statically.
 */
function actionBundle(cwd) {
    const entry = process.argv[1] ?? '';
    const candidates = [(0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(entry), 'index.js'), (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cwd, ACTION_BUNDLE)];
    return (candidates.find((path) => path.endsWith(ACTION_BUNDLE) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path)) ??
        (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cwd, ACTION_BUNDLE));
}
/** The step outputs in a GITHUB_OUTPUT file, read as the runner reads them (`name<<DELIMITER` blocks, `name=value` lines). */
function parseGithubOutput(text) {
    const outputs = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const value = [];
            while (++i < lines.length && lines[i] !== heredoc[2])
                value.push(lines[i] ?? '');
            outputs[heredoc[1]] = value.join('\n');
        }
        else if (line.includes('=')) {
            outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
        }
    }
    return outputs;
}
async function runAction(bundle, workspace, env) {
    const runner = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(workspace, '.runner');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(runner, { recursive: true });
    const files = {
        GITHUB_OUTPUT: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(runner, 'output'),
        GITHUB_STEP_SUMMARY: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(runner, 'summary.md'),
        GITHUB_EVENT_PATH: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(runner, 'event.json')
    };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(files.GITHUB_OUTPUT, '');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(files.GITHUB_STEP_SUMMARY, '');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(files.GITHUB_EVENT_PATH, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/site' } }));
    const started = Date.now();
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, [bundle], {
        cwd: workspace,
        env: {
            PATH: process.env.PATH ?? '',
            HOME: workspace,
            GITHUB_ACTIONS: 'true',
            GITHUB_WORKSPACE: workspace,
            GITHUB_EVENT_NAME: 'push',
            GITHUB_REPOSITORY: 'acme/site',
            GITHUB_SHA: 'd3m0d3m0d3m0d3m0d3m0d3m0d3m0d3m0d3m0d3m0',
            RUNNER_TEMP: runner,
            ...files,
            ...env
        }
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk.toString()));
    child.stderr.on('data', (chunk) => (log += chunk.toString()));
    const code = await new Promise((done) => child.on('close', done));
    const outputs = parseGithubOutput(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(files.GITHUB_OUTPUT, 'utf8'));
    const report = outputs.report
        ? JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(outputs.report, 'utf8'))
        : undefined;
    return { code, outputs, report, log, seconds: (Date.now() - started) / 1000 };
}
/** The first page's full table, then one line per other URL (all of them: `--verbose`). */
function verification(report, verbose) {
    if (verbose)
        return (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_8__/* .renderReport */ .B1)(report);
    const [first, ...rest] = report.results;
    const lines = first ? [(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_8__/* .renderResult */ .C8)(first), ''] : [];
    for (const result of rest) {
        const failed = result.findings.filter((f) => f.verdict !== 'pass').length;
        const verdict = result.error
            ? `error: ${result.error}`
            : failed
                ? `${failed} FAILED`
                : 'all pass';
        lines.push(`${result.url}  ${result.status ?? 'no answer'} (${result.kind}): ${result.findings.length} checks, ${verdict}`);
    }
    lines.push(`verification: ${report.status}, Observatory grade ${report.grade ?? 'n/a'} (--verbose shows every table)`);
    return lines.join('\n');
}
function story(title, result, verbose) {
    const lines = [`\n== ${title}`];
    if (result.report?.deploy)
        lines.push((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_8__/* .renderOutcome */ .zu)(result.report.deploy));
    const deployed = result.report?.deploy?.distributions.find((d) => d.deployedAfterMs !== undefined);
    if (deployed?.deployedAfterMs !== undefined) {
        lines.push(`time to Deployed: ${(deployed.deployedAfterMs / 1000).toFixed(1)} s`);
    }
    if (result.report?.results.length)
        lines.push('', verification(result.report, verbose));
    lines.push('', `action exit code ${result.code} in ${result.seconds.toFixed(1)} s; outputs: status=${result.outputs.status ?? ''} version=${result.outputs.version ?? ''} changed=${result.outputs.changed ?? ''} grade=${result.outputs.grade ?? ''}`);
    return lines.join('\n');
}
async function demoCommand(ctx) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.parseArgs)({
        args: ctx.args,
        options: { verbose: { type: 'boolean' } },
        strict: true
    });
    const policyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(ctx.cwd, EXAMPLE_POLICY);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(policyPath) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(ctx.cwd, EXAMPLE_SITE))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`run the demo from the headerguard checkout: ${EXAMPLE_POLICY} and ${EXAMPLE_SITE}/ are not under ${ctx.cwd}`);
    }
    const bundle = actionBundle(ctx.cwd);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(bundle))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`${bundle} is missing: run npm run bundle first`);
    // A short propagation delay, so the wait for Deployed is visible without making anyone wait.
    const emulator = await (0,_emulator_index_js__WEBPACK_IMPORTED_MODULE_6__/* .startEmulator */ .sJ)({
        port: 0,
        cwd: ctx.cwd,
        state: (0,_emulator_index_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultState */ .n6)('redirect-to-https'),
        delays: { deployMs: 1500, functionCreateMs: 300, functionUpdateMs: 300, invalidationMs: 200 }
    });
    const workspace = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'headerguard-demo-'));
    try {
        const [distributionId, viewer] = Object.entries(emulator.viewers)[0] ?? [];
        (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._)(ctx.stdout, 'headerguard demo: the whole loop on the embedded CloudFront + Lambda@Edge emulator (offline)');
        (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._)(ctx.stdout, `emulator API ${emulator.endpoint}; distribution ${distributionId} serves ${EXAMPLE_SITE}/ at ${viewer}`);
        const policyText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(policyPath, 'utf8');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(workspace, '.github'), { recursive: true });
        const workspacePolicy = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(workspace, '.github', 'security-headers.yml');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(workspacePolicy, policyText);
        const env = {
            INPUT_MODE: 'deploy',
            'INPUT_POLL-INTERVAL': '0.25',
            'INPUT_WAIT-TIMEOUT': '2',
            INPUT_COMMENT: 'false',
            AWS_ACCESS_KEY_ID: 'demo',
            AWS_SECRET_ACCESS_KEY: 'demo',
            AWS_REGION: 'us-east-1',
            ...emulator.sdkEnv()
        };
        const first = await runAction(bundle, workspace, env);
        (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._)(ctx.stdout, story(`1. deploy ${EXAMPLE_POLICY} (node dist/index.js, mode deploy)`, first, values.verbose === true));
        if (!policyText.includes(CHANGE.from))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`${EXAMPLE_POLICY} no longer contains '${CHANGE.from}': update the demo`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(workspacePolicy, policyText.replace(CHANGE.from, CHANGE.to));
        const second = await runAction(bundle, workspace, env);
        (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._)(ctx.stdout, story(`2. change one header (${CHANGE.to}) and deploy again`, second, values.verbose === true));
        const green = first.code === 0 &&
            second.code === 0 &&
            first.outputs.status === 'pass' &&
            second.outputs.status === 'pass' &&
            second.outputs.changed === 'true';
        if (!green || values.verbose)
            (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._)(ctx.stderr, `\n-- action log (run 1) --\n${first.log}\n-- action log (run 2) --\n${second.log}`);
        (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._)(ctx.stdout, green
            ? '\ndemo: green — deployed, verified, changed, verified again'
            : '\ndemo: FAILED (the action logs are above)');
        return green ? _context_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.ok : _context_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.failed;
    }
    finally {
        await emulator.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(workspace, { recursive: true, force: true });
    }
}


/***/ })

};
