export const id = 201;
export const ids = [201];
export const modules = {

/***/ 40201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_ATTEMPTS: () => (/* binding */ DEFAULT_MAX_ATTEMPTS),
/* harmony export */   EDGE_REGION: () => (/* binding */ EDGE_REGION),
/* harmony export */   createAwsClients: () => (/* binding */ createAwsClients)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23169);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16764);
/* harmony import */ var _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71696);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);
// The AWS clients the deploy stage uses, built in one place and injected everywhere else, so
// tests can mock them (aws-sdk-client-mock) or point them at the emulator through the SDK's own
// AWS_ENDPOINT_URL_* variables. There is deliberately no endpoint option: the action has no
// emulator-only code path.




/** Lambda@Edge functions must live in US East (N. Virginia), whatever AWS_REGION says. */
const EDGE_REGION = 'us-east-1';
const DEFAULT_MAX_ATTEMPTS = 6;
function createAwsClients(options = {}) {
    const config = {
        region: EDGE_REGION,
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        retryMode: 'adaptive',
        customUserAgent: options.userAgent ?? `headerguard/${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADERGUARD_VERSION */ .y}`
    };
    return {
        lambda: new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_1__/* .LambdaClient */ .Nox(config),
        cloudfront: new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_2__/* .CloudFrontClient */ .GHk(config),
        iam: new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .IAMClient */ .h8v(config)
    };
}


/***/ })

};
