export const id = 418;
export const ids = [418];
export const modules = {

/***/ 6418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* reexport safe */ _pipeline_js__WEBPACK_IMPORTED_MODULE_0__.checkCommand)
/* harmony export */ });
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7458);
// `headerguard check [--policy F] [--url U]... [--json F] [--timeout MS] [--concurrency N]`:
// the action's check mode from a terminal (see cli/pipeline.ts). Exit 0: the site serves the
// policy; 1: violations; 2: could not run (policy errors, no URL, no URL answered).



/***/ })

};
