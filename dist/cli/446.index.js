export const id = 446;
export const ids = [446];
export const modules = {

/***/ 4446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8431);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4851);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2931);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5217);
// `headerguard validate [--policy F]`: every problem in the policy file, one line each on
// stderr as FILE:LINE:COL: severity: message; exit 0 when there is no error, 1 otherwise.






async function validateCommand(ctx) {
    let policyArg;
    try {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: ctx.args,
            options: { policy: { type: 'string', short: 'p' } },
            strict: true
        });
        policyArg = values.policy;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}; usage: headerguard validate [--policy FILE]`);
    }
    const file = (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_3__/* .findPolicyFile */ .Oz)(ctx.cwd, policyArg);
    const shown = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .repoRelative */ .N)(ctx.cwd, file);
    const result = await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPolicy */ .tb)(file);
    for (const d of result.diagnostics) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .writeLine */ ._)(ctx.stderr, (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDiagnostic */ .xy)({ ...d, pos: { ...d.pos, file: shown } }));
    }
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.length - errors;
    if ((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .hasErrors */ .Cs)(result.diagnostics)) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .writeLine */ ._)(ctx.stderr, `${shown}: ${count(errors, 'error')}, ${count(warnings, 'warning')}`);
        return _context_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.failed;
    }
    const policy = result.policy;
    const paths = policy ? policy.paths.length : 0;
    const headers = policy ? policy.defaults.headers.length : 0;
    (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .writeLine */ ._)(ctx.stdout, `${shown}: valid (${count(headers, 'header')}, ${count(paths, 'path rule')}, ${count(warnings, 'warning')})`);
    return _context_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.ok;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
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
