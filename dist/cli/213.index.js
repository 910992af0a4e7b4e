export const id = 213;
export const ids = [213];
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
/* harmony import */ var _emulator_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9650);
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


/***/ }),

/***/ 8109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ DISALLOWED_HEADER_PREFIXES),
/* harmony export */   EY: () => (/* binding */ ORIGIN_RESPONSE_READ_ONLY_HEADERS),
/* harmony export */   n_: () => (/* binding */ MAX_RESPONSE_HEADER_BYTES),
/* harmony export */   we: () => (/* binding */ edgeRestriction)
/* harmony export */ });
/* unused harmony export DISALLOWED_HEADERS */
// The headers Lambda@Edge will not let a function touch. A function that adds, changes or
// deletes one of these makes CloudFront answer 502 ("Lambda function result failed
// validation"). Source: CloudFront Developer Guide, "Restrictions on all edge functions"
// (disallowed headers) and "Restrictions on Lambda@Edge" (read-only headers per event);
// see docs/aws-facts.md §4.
/** Disallowed in every event: exact names (lowercase). */
const DISALLOWED_HEADERS = [
    'connection',
    'expect',
    'keep-alive',
    'proxy-authenticate',
    'proxy-authorization',
    'proxy-connection',
    'trailer',
    'upgrade',
    'x-accel-buffering',
    'x-accel-charset',
    'x-accel-limit-rate',
    'x-accel-redirect',
    'x-amzn-auth',
    'x-amzn-cf-billing',
    'x-amzn-cf-id',
    'x-amzn-cf-xff',
    'x-amzn-errortype',
    'x-amzn-fle-profile',
    'x-amzn-header-count',
    'x-amzn-header-order',
    'x-amzn-lambda-integration-tag',
    'x-amzn-requestid',
    'x-cache',
    'x-forwarded-proto',
    'x-real-ip'
];
/** Disallowed in every event: name prefixes (lowercase), from the `X-Amz-Cf-*` and `X-Edge-*` entries. */
const DISALLOWED_HEADER_PREFIXES = ['x-amz-cf-', 'x-edge-'];
/** Read-only in origin-response: may be read, never added, changed or deleted. */
const ORIGIN_RESPONSE_READ_ONLY_HEADERS = ['transfer-encoding', 'via'];
/** Why Lambda@Edge refuses a change to this header in origin-response, or undefined if it allows it. */
function edgeRestriction(name) {
    const lower = name.toLowerCase();
    if (DISALLOWED_HEADERS.includes(lower))
        return 'disallowed';
    if (DISALLOWED_HEADER_PREFIXES.some((prefix) => lower.startsWith(prefix)))
        return 'disallowed';
    if (ORIGIN_RESPONSE_READ_ONLY_HEADERS.includes(lower))
        return 'read-only';
    return undefined;
}
/**
 * CloudFront's limit on an origin response's length, headers included, body excluded
 * ("Maximum length of a request or an origin response", CloudFront quotas).
 */
const MAX_RESPONSE_HEADER_BYTES = 20480;


/***/ }),

/***/ 6668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Q: () => (/* binding */ WELL_KNOWN_HEADERS),
/* harmony export */   ag: () => (/* binding */ isCspHeader),
/* harmony export */   ny: () => (/* binding */ canonicalHeaderKey),
/* harmony export */   sg: () => (/* binding */ isToken)
/* harmony export */ });
/* unused harmony export CSP_HEADERS */
// Header names: RFC 9110 token syntax and the casing a header has on the wire.
// RFC 9110 5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
// "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function isToken(name) {
    return TOKEN.test(name);
}
/** Names whose conventional casing is not Title-Case-Hyphenated (keyed by lowercase). */
const SPECIAL_CASING = {
    'content-security-policy': 'Content-Security-Policy',
    'content-security-policy-report-only': 'Content-Security-Policy-Report-Only',
    'www-authenticate': 'WWW-Authenticate',
    'x-xss-protection': 'X-XSS-Protection',
    'x-dns-prefetch-control': 'X-DNS-Prefetch-Control',
    'x-ua-compatible': 'X-UA-Compatible',
    'x-powered-by': 'X-Powered-By',
    nel: 'NEL',
    dnt: 'DNT',
    etag: 'ETag',
    te: 'TE',
    sourcemap: 'SourceMap',
    'x-sourcemap': 'X-SourceMap',
    'x-aspnet-version': 'X-AspNet-Version',
    'x-aspnetmvc-version': 'X-AspNetMvc-Version'
};
/** The wire casing of a header name: a known spelling, else Title-Case-Hyphenated. */
function canonicalHeaderKey(name) {
    const lower = name.toLowerCase();
    // Own properties only: a user-chosen name such as `__proto__` must not reach the prototype.
    const special = Object.hasOwn(SPECIAL_CASING, lower) ? SPECIAL_CASING[lower] : undefined;
    if (special)
        return special;
    return lower
        .split('-')
        .map((part) => (part ? part[0].toUpperCase() + part.slice(1) : part))
        .join('-');
}
/**
 * Security and caching headers a policy commonly sets: used for "did you mean" on near misses
 * and for the schema's autocompletion.
 */
const WELL_KNOWN_HEADERS = [
    'access-control-allow-origin',
    'cache-control',
    'content-security-policy',
    'content-security-policy-report-only',
    'cross-origin-embedder-policy',
    'cross-origin-embedder-policy-report-only',
    'cross-origin-opener-policy',
    'cross-origin-opener-policy-report-only',
    'cross-origin-resource-policy',
    'nel',
    'origin-agent-cluster',
    'permissions-policy',
    'referrer-policy',
    'report-to',
    'reporting-endpoints',
    'strict-transport-security',
    'x-content-type-options',
    'x-dns-prefetch-control',
    'x-frame-options',
    'x-permitted-cross-domain-policies',
    'x-robots-tag',
    'x-xss-protection'
];
/** The headers whose value is a Content Security Policy (CSP3: enforced and report-only). */
const CSP_HEADERS = new Set([
    'content-security-policy',
    'content-security-policy-report-only'
]);
function isCspHeader(name) {
    return CSP_HEADERS.has(name.toLowerCase());
}


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _t: () => (/* binding */ applicableHeaders),
/* harmony export */   gl: () => (/* binding */ selectHeaderSet),
/* harmony export */   oY: () => (/* binding */ globToRegExpSource),
/* harmony export */   sX: () => (/* binding */ isMediaRange)
/* harmony export */ });
/* unused harmony exports mediaType, conditionMatches */
/* harmony import */ var _header_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6668);

/**
 * An anchored RegExp source for a CloudFront path pattern: `*` matches any run of characters
 * (slashes included), `?` exactly one, everything else literally. Matching is case-sensitive,
 * as CloudFront's is.
 */
function globToRegExpSource(glob) {
    let source = '^';
    for (const ch of glob) {
        if (ch === '*')
            source += '.*';
        else if (ch === '?')
            source += '.';
        else
            source += ch.replace(/[\\^$.|+()[\]{}/-]/g, (c) => `\\${c}`);
    }
    return `${source}$`;
}
/** The header set that applies to a URI path (no query string): first matching `paths` entry, else the defaults. */
function selectHeaderSet(policy, uri) {
    for (const rule of policy.paths) {
        if (new RegExp(rule.pattern).test(uri))
            return rule;
    }
    return policy.defaults;
}
/**
 * A media type a `when.content-type` condition may name: `type/subtype` or `type/*`, both
 * RFC 9110 tokens (8.3.1 media-type, 12.5.1 media-range). The range of every type is refused: a condition that
 * every typed response meets is written by leaving `content-type` out.
 */
function isMediaRange(text) {
    const slash = text.indexOf('/');
    if (slash <= 0)
        return false;
    const type = text.slice(0, slash);
    const subtype = text.slice(slash + 1);
    return type !== '*' && (0,_header_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isToken */ .sg)(type) && (subtype === '*' || (0,_header_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isToken */ .sg)(subtype));
}
/** The media type of a Content-Type value, lowercased, without parameters. */
function mediaType(contentType) {
    if (contentType === undefined)
        return undefined;
    const type = contentType.split(';')[0]?.trim().toLowerCase();
    return type ? type : undefined;
}
function conditionMatches(when, response) {
    if (!when)
        return true;
    if (when.statuses &&
        !when.statuses.some(([lo, hi]) => response.status >= lo && response.status <= hi)) {
        return false;
    }
    if (when.contentTypes) {
        const type = mediaType(response.contentType);
        if (type === undefined)
            return false;
        return when.contentTypes.some((pattern) => {
            const p = pattern.toLowerCase();
            return p.endsWith('/*') ? type.startsWith(p.slice(0, -1)) : type === p;
        });
    }
    return true;
}
/**
 * The header rules the edge applies to this response: for each header name, the first rule (in
 * policy order) whose condition holds; a header with no matching rule is left alone.
 */
function applicableHeaders(set, response) {
    const decided = new Set();
    const applied = [];
    for (const rule of set.headers) {
        if (decided.has(rule.name) || !conditionMatches(rule.when, response))
            continue;
        decided.add(rule.name);
        applied.push(rule);
    }
    return applied;
}


/***/ })

};
