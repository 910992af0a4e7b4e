export const id = 393;
export const ids = [393];
export const modules = {

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8431);
/* harmony import */ var _policy_diagnostics_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8954);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6437);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(561);
/* harmony import */ var _verify_site_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8502);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2609);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5217);
// `headerguard check [--policy F] [--url U]... [--json F]`: fetch the site, compare every
// response with the policy, print a table per URL and the grade.
// Exit 0: the site serves the policy; 1: violations; 2: could not run (policy errors, no URL,
// no URL answered).










const USAGE = 'usage: headerguard check [--policy FILE] [--url URL]... [--json FILE] [--timeout MS] [--concurrency N]';
function positiveInt(name, value) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--${name} must be a positive whole number, got '${value}'`);
    return Number(value);
}
function parse(args) {
    try {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            options: {
                policy: { type: 'string', short: 'p' },
                url: { type: 'string', short: 'u', multiple: true },
                json: { type: 'string' },
                timeout: { type: 'string' },
                concurrency: { type: 'string' }
            },
            strict: true
        });
        return {
            policy: values.policy,
            urls: (values.url ?? []).flatMap((u) => u.split(/[,\s]+/)).filter(Boolean),
            json: values.json,
            timeoutMs: positiveInt('timeout', values.timeout),
            concurrency: positiveInt('concurrency', values.concurrency)
        };
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}; ${USAGE}`);
    }
}
async function checkCommand(ctx) {
    const args = parse(ctx.args);
    const file = (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_4__/* .findPolicyFile */ .Oz)(ctx.cwd, args.policy);
    const shown = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .repoRelative */ .N)(ctx.cwd, file);
    const loaded = await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicy */ .tb)(file);
    for (const d of loaded.diagnostics)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .writeLine */ ._)(ctx.stderr, (0,_policy_diagnostics_js__WEBPACK_IMPORTED_MODULE_9__/* .formatDiagnostic */ .xy)({ ...d, pos: { ...d.pos, file: shown } }));
    if ((0,_policy_diagnostics_js__WEBPACK_IMPORTED_MODULE_9__/* .hasErrors */ .Cs)(loaded.diagnostics) || !loaded.policy) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .writeLine */ ._)(ctx.stderr, `${shown}: fix the policy errors above, then run check again`);
        return _context_js__WEBPACK_IMPORTED_MODULE_8__/* .ExitCode */ .y.cannotRun;
    }
    const policy = loaded.policy;
    const urls = args.urls.length > 0 ? args.urls : policy.verify.urls;
    if (urls.length === 0) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .writeLine */ ._)(ctx.stderr, `no URL to check: pass --url https://www.example.com (or set verify.url in ${shown}); the distribution's domain is only known with AWS access (plan/deploy)`);
        return _context_js__WEBPACK_IMPORTED_MODULE_8__/* .ExitCode */ .y.cannotRun;
    }
    for (const url of urls) {
        if (!/^https?:\/\/[^/]/i.test(url))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--url must be an absolute http:// or https:// URL, got '${url}'`);
    }
    const report = await (0,_verify_site_js__WEBPACK_IMPORTED_MODULE_6__/* .verifySite */ .jE)(policy, {
        urls,
        timeoutMs: args.timeoutMs,
        concurrency: args.concurrency
    });
    (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .writeLine */ ._)(ctx.stdout, (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_7__/* .renderReport */ .B1)(report));
    if (args.json) {
        const input = {
            mode: 'check',
            policyFile: shown,
            policy,
            diagnostics: loaded.diagnostics,
            verify: report,
            notes: [],
            failOn: 'error'
        };
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, args.json);
        await (0,_report_files_js__WEBPACK_IMPORTED_MODULE_5__/* .writeReportFiles */ .t4)(input, { json: path });
        (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .writeLine */ ._)(ctx.stderr, `report written to ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .repoRelative */ .N)(ctx.cwd, path)}`);
    }
    if (report.unreachable) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .writeLine */ ._)(ctx.stderr, 'no URL answered: check the URL and your network, then run check again');
        return _context_js__WEBPACK_IMPORTED_MODULE_8__/* .ExitCode */ .y.cannotRun;
    }
    return report.status === 'pass' ? _context_js__WEBPACK_IMPORTED_MODULE_8__/* .ExitCode */ .y.ok : _context_js__WEBPACK_IMPORTED_MODULE_8__/* .ExitCode */ .y.failed;
}


/***/ })

};
