export const id = 159;
export const ids = [159];
export const modules = {

/***/ 9159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_EMULATOR_PORT: () => (/* binding */ DEFAULT_EMULATOR_PORT),
/* harmony export */   emulatorCommand: () => (/* binding */ emulatorCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _emulator_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6023);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5217);
// `headerguard emulator [--port N] [--state F]`: runs the embedded CloudFront + Lambda@Edge
// emulator until SIGINT/SIGTERM. Its first stdout line is one JSON object with the endpoint,
// the viewer URL of each distribution and the CA file the viewers' certificate chains to.




/** The control-plane port when --port is not given (0 asks for a free one). */
const DEFAULT_EMULATOR_PORT = 4580;
function parsePort(text) {
    if (text === undefined)
        return DEFAULT_EMULATOR_PORT;
    const port = Number(text);
    if (!/^\d+$/.test(text) || port > 65535) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--port must be a port number 0-65535 (0 = any free port), got '${text}'`);
    }
    return port;
}
function waitForSignal() {
    return new Promise((done) => {
        const onSignal = (signal) => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
            done(signal);
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
    });
}
async function emulatorCommand(ctx) {
    let values;
    try {
        values = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: ctx.args,
            options: { port: { type: 'string' }, state: { type: 'string' } },
            strict: true
        }).values;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}; usage: headerguard emulator [--port N] [--state FILE]`);
    }
    const emulator = await (0,_emulator_index_js__WEBPACK_IMPORTED_MODULE_2__/* .startEmulator */ .sJ)({
        port: parsePort(values.port),
        state: values.state,
        cwd: ctx.cwd
    });
    const signal = waitForSignal();
    (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .writeLine */ ._)(ctx.stdout, JSON.stringify({
        endpoint: emulator.endpoint,
        distributions: emulator.viewers,
        caFile: emulator.caFile
    }));
    (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .writeLine */ ._)(ctx.stderr, `headerguard emulator: listening on ${emulator.endpoint}; set AWS_ENDPOINT_URL_CLOUDFRONT, AWS_ENDPOINT_URL_LAMBDA and AWS_ENDPOINT_URL_IAM to it and NODE_EXTRA_CA_CERTS=${emulator.caFile}; stop with Ctrl-C`);
    const received = await signal;
    await emulator.close();
    (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .writeLine */ ._)(ctx.stderr, `headerguard emulator: stopped (${received})`);
    return _context_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.ok;
}


/***/ })

};
