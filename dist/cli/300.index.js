export const id = 300;
export const ids = [300];
export const modules = {

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ WaitTimeoutError),
/* harmony export */   Gy: () => (/* binding */ AwsError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hs: () => (/* binding */ HeaderguardError)
/* harmony export */ });
/* unused harmony export PolicyError */
// Typed errors whose messages tell the user what to do. Helpers throw these; only the entry
// points (main.ts, cli/run.ts) turn them into a failed step or an exit code.
class HeaderguardError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** The policy file has errors; the diagnostics have already been reported. */
class PolicyError extends (/* unused pure expression or super */ null && (HeaderguardError)) {
}
/** An action input or CLI flag is invalid. */
class InputError extends HeaderguardError {
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
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 1860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ parseCspLocated),
/* harmony export */   LZ: () => (/* binding */ serializeCsp),
/* harmony export */   WV: () => (/* binding */ parseCsp),
/* harmony export */   Ze: () => (/* binding */ canonicalCsp),
/* harmony export */   kp: () => (/* binding */ CSP_DIRECTIVES),
/* harmony export */   zQ: () => (/* binding */ checkCsp)
/* harmony export */ });
// Content-Security-Policy: parsing to directives, the one canonical serialisation, and the
// checks on directive names and source expressions. Values are data: nothing here evaluates them.
/** Every directive as written, duplicates included and marked, with offsets. */
function parseCspLocated(value) {
    const directives = [];
    const seen = new Set();
    let start = 0;
    for (const segment of value.split(';')) {
        const tokens = [...segment.matchAll(/[^ \t]+/g)];
        if (tokens.length > 0) {
            const name = tokens[0][0].toLowerCase();
            directives.push({
                name,
                values: tokens.slice(1).map((t) => t[0]),
                nameOffset: start + tokens[0].index,
                valueOffsets: tokens.slice(1).map((t) => start + t.index),
                duplicate: seen.has(name)
            });
            seen.add(name);
        }
        start += segment.length + 1;
    }
    return directives;
}
/**
 * The directives a browser enforces: split on `;`, tokens on whitespace, names lowercased,
 * empty directives dropped, and only the first occurrence of a repeated directive kept.
 */
function parseCsp(value) {
    return parseCspLocated(value)
        .filter((d) => !d.duplicate)
        .map((d) => ({ name: d.name, values: d.values }));
}
/** `name v1 v2; name2 ...` */
function serializeCsp(directives) {
    return directives.map((d) => [d.name, ...d.values].join(' ')).join('; ');
}
/** The same policy written one way: whitespace normalised, names lowercased, duplicates dropped. */
function canonicalCsp(value) {
    return serializeCsp(parseCsp(value));
}
/** CSP Level 3 and the directives browsers still recognise (lowercase). */
const CSP_DIRECTIVES = [
    'base-uri',
    'block-all-mixed-content',
    'child-src',
    'connect-src',
    'default-src',
    'fenced-frame-src',
    'font-src',
    'form-action',
    'frame-ancestors',
    'frame-src',
    'img-src',
    'manifest-src',
    'media-src',
    'object-src',
    'plugin-types',
    'prefetch-src',
    'report-to',
    'report-uri',
    'require-trusted-types-for',
    'sandbox',
    'script-src',
    'script-src-attr',
    'script-src-elem',
    'style-src',
    'style-src-attr',
    'style-src-elem',
    'trusted-types',
    'upgrade-insecure-requests',
    'webrtc',
    'worker-src'
];
/** Directives browsers no longer honour, and what to use instead. */
const DEPRECATED_DIRECTIVES = {
    'block-all-mixed-content': 'is deprecated: browsers now block or upgrade mixed content by themselves; use upgrade-insecure-requests',
    'plugin-types': "is deprecated: plugins are gone; use object-src 'none'",
    'prefetch-src': 'is deprecated and ignored by browsers',
    referrer: 'is obsolete: use the Referrer-Policy header',
    'reflected-xss': 'is obsolete and ignored by browsers',
    'require-sri-for': 'is obsolete and ignored by browsers',
    'navigate-to': 'was removed from CSP and is ignored by browsers'
};
const VALUELESS_DIRECTIVES = new Set(['upgrade-insecure-requests', 'block-all-mixed-content']);
/** Keywords that are only keywords in single quotes (lowercase, without the quotes). */
const CSP_KEYWORDS = new Set([
    'self',
    'none',
    'unsafe-inline',
    'unsafe-eval',
    'unsafe-hashes',
    'strict-dynamic',
    'report-sample',
    'wasm-unsafe-eval',
    'unsafe-allow-redirects',
    'inline-speculation-rules',
    'trusted-types-eval',
    'script',
    'allow-duplicates'
]);
/** Directives whose values are not source lists. */
const NON_SOURCE_DIRECTIVES = new Set([
    'sandbox',
    'report-to',
    'report-uri',
    'trusted-types',
    'require-trusted-types-for',
    'plugin-types',
    'webrtc',
    'upgrade-insecure-requests',
    'block-all-mixed-content'
]);
const SCRIPT_DIRECTIVES = new Set([
    'default-src',
    'script-src',
    'script-src-elem',
    'script-src-attr'
]);
/** Checks directive names and source expressions of a parsed policy (duplicates included). */
function checkCsp(directives) {
    const findings = [];
    if (directives.length === 0) {
        return [
            {
                severity: 'warning',
                rule: 'csp-empty',
                message: 'the content security policy has no directives',
                directive: -1
            }
        ];
    }
    directives.forEach((d, index) => {
        const add = (severity, rule, message, value) => {
            findings.push({
                severity,
                rule,
                message,
                directive: index,
                ...(value === undefined ? {} : { value })
            });
        };
        if ('duplicate' in d && d.duplicate) {
            add('warning', 'csp-duplicate-directive', `CSP directive '${d.name}' appears twice; browsers ignore every occurrence after the first`);
        }
        checkDirectiveName(d.name, add);
        if (VALUELESS_DIRECTIVES.has(d.name) && d.values.length > 0) {
            add('warning', 'csp-unexpected-value', `CSP directive '${d.name}' takes no value; '${d.values.join(' ')}' is ignored`, 0);
        }
        if (d.name === 'require-trusted-types-for' && !d.values.every((v) => v === "'script'")) {
            add('error', 'csp-source-syntax', `require-trusted-types-for accepts only 'script' (with the quotes)`, 0);
        }
        if (!NON_SOURCE_DIRECTIVES.has(d.name))
            checkSourceList(d, add);
    });
    return findings;
}
function checkDirectiveName(name, add) {
    if (!/^[a-z0-9-]+$/.test(name)) {
        add('error', 'csp-directive-unknown', `'${name}' is not a CSP directive name (letters, digits and '-' only)`);
        return;
    }
    const deprecated = Object.hasOwn(DEPRECATED_DIRECTIVES, name)
        ? DEPRECATED_DIRECTIVES[name]
        : undefined;
    if (deprecated) {
        add('warning', 'csp-directive-deprecated', `CSP directive '${name}' ${deprecated}`);
        return;
    }
    if (CSP_DIRECTIVES.includes(name))
        return;
    const typo = closestDirective(name);
    if (typo) {
        add('error', 'csp-directive-unknown', `unknown CSP directive '${name}': browsers ignore it; did you mean '${typo}'?`);
    }
    else {
        add('warning', 'csp-directive-unknown', `unknown CSP directive '${name}': browsers that do not know it ignore it`);
    }
}
function closestDirective(name) {
    // Inline (not suggest.ts's generic limit) because directive names share long suffixes
    // (`-src`), so only one or two edits count as a typo here.
    let best;
    let bestDistance = 3;
    for (const candidate of CSP_DIRECTIVES) {
        const distance = levenshtein(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function levenshtein(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
function checkSourceList(d, add) {
    const lowered = d.values.map((v) => v.toLowerCase());
    if (lowered.includes("'none'") && lowered.length > 1) {
        add('warning', 'csp-none-combined', `'none' in ${d.name} is ignored when other sources are listed`, lowered.indexOf("'none'"));
    }
    lowered.forEach((value, i) => {
        const raw = d.values[i];
        if (CSP_KEYWORDS.has(value)) {
            add('warning', 'csp-keyword-quotes', `'${raw}' in ${d.name} needs single quotes to be a keyword: write "'${raw}'" (unquoted it means a host named ${raw})`, i);
            return;
        }
        if (/^(nonce|sha256|sha384|sha512)-/.test(value)) {
            add('warning', 'csp-keyword-quotes', `'${raw}' in ${d.name} needs single quotes: write "'${raw}'"`, i);
            return;
        }
        if (value.startsWith("'")) {
            const inner = value.endsWith("'") && value.length > 1 ? value.slice(1, -1) : value.slice(1);
            if (!CSP_KEYWORDS.has(inner) &&
                !/^(nonce|sha256|sha384|sha512)-[A-Za-z0-9+/_=-]+$/.test(inner)) {
                const typo = [...CSP_KEYWORDS].find((k) => levenshtein(inner, k) <= 2);
                const hint = typo
                    ? `; did you mean '${typo}'?`
                    : '; only keywords, nonces and hashes are quoted';
                add('warning', 'csp-source-syntax', `${raw} in ${d.name} is not a CSP keyword${hint}`, i);
                return;
            }
        }
        if (SCRIPT_DIRECTIVES.has(d.name) &&
            (value === "'unsafe-inline'" || value === "'unsafe-eval'")) {
            add('warning', 'csp-unsafe', `${raw} in ${d.name} lets injected scripts run, which is what CSP is meant to stop`, i);
        }
    });
}


/***/ }),

/***/ 8954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   Ds: () => (/* binding */ sortDiagnostics),
/* harmony export */   w0: () => (/* binding */ DiagnosticList),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/** `FILE:LINE:COL: error|warning: message`, the format editors and CI log parsers understand. */
function formatDiagnostic(d) {
    return `${d.pos.file}:${d.pos.line}:${d.pos.col}: ${d.severity}: ${d.message}`;
}
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
/** File order (line, then column); errors before warnings at the same place; stable otherwise. */
function sortDiagnostics(diagnostics) {
    return diagnostics
        .map((d, index) => ({ d, index }))
        .sort((a, b) => a.d.pos.line - b.d.pos.line ||
        a.d.pos.col - b.d.pos.col ||
        severityRank(a.d.severity) - severityRank(b.d.severity) ||
        a.index - b.index)
        .map(({ d }) => d);
}
function severityRank(severity) {
    return severity === 'error' ? 0 : 1;
}
/** Collects diagnostics, dropping exact repeats (same place, rule and message). */
class DiagnosticList {
    items = [];
    seen = new Set();
    add(severity, rule, message, pos) {
        const key = `${pos.line}:${pos.col}:${rule}:${message}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.items.push({ severity, rule, message, pos });
    }
    error(rule, message, pos) {
        this.add('error', rule, message, pos);
    }
    warning(rule, message, pos) {
        this.add('warning', rule, message, pos);
    }
}


/***/ }),

/***/ 833:
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
// see ../shared/aws-edge-facts.md 1.5.
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

/***/ 2528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Q: () => (/* binding */ WELL_KNOWN_HEADERS),
/* harmony export */   ny: () => (/* binding */ canonicalHeaderKey),
/* harmony export */   sg: () => (/* binding */ isToken)
/* harmony export */ });
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


/***/ }),

/***/ 4476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ parseHsts)
/* harmony export */ });
// Strict-Transport-Security (RFC 6797 6.1): `max-age=N; includeSubDomains; preload`.
function parseHsts(value) {
    const info = { includeSubDomains: false, preload: false, problems: [] };
    const seen = new Set();
    for (const part of value.split(';')) {
        const directive = part.trim();
        if (!directive)
            continue;
        const eq = directive.indexOf('=');
        const name = (eq === -1 ? directive : directive.slice(0, eq)).trim().toLowerCase();
        const raw = eq === -1 ? undefined : directive.slice(eq + 1).trim();
        const arg = raw !== undefined && raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')
            ? raw.slice(1, -1)
            : raw;
        if (seen.has(name)) {
            info.problems.push(`directive '${name}' appears twice, which makes browsers ignore the whole header`);
            continue;
        }
        seen.add(name);
        if (name === 'max-age') {
            if (arg === undefined || !/^\d+$/.test(arg)) {
                info.problems.push(`max-age must be a whole number of seconds, got ${arg === undefined ? 'no value' : `'${arg}'`}`);
            }
            else {
                info.maxAge = Number(arg);
            }
        }
        else if (name === 'includesubdomains' || name === 'preload') {
            if (arg !== undefined)
                info.problems.push(`'${name === 'preload' ? 'preload' : 'includeSubDomains'}' takes no value`);
            if (name === 'preload')
                info.preload = true;
            else
                info.includeSubDomains = true;
        }
        // RFC 6797 6.1: unknown directives are ignored by browsers, so they are not problems.
    }
    if (!seen.has('max-age'))
        info.problems.push("max-age is required, e.g. 'max-age=31536000'");
    return info;
}


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oz: () => (/* binding */ findPolicyFile),
  tb: () => (/* binding */ loadPolicy)
});

// UNUSED EXPORTS: DEFAULT_POLICY_PATHS, canonicalJson, loadPolicyText, policyHash

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/policy/diagnostics.ts
var policy_diagnostics = __webpack_require__(8954);
// EXTERNAL MODULE: ./src/policy/csp.ts
var csp = __webpack_require__(1860);
// EXTERNAL MODULE: ./src/policy/edge-restrictions.ts
var edge_restrictions = __webpack_require__(833);
// EXTERNAL MODULE: ./src/policy/header-names.ts
var header_names = __webpack_require__(2528);
// EXTERNAL MODULE: ./src/policy/hsts.ts
var hsts = __webpack_require__(4476);
;// CONCATENATED MODULE: ./src/policy/structured-fields.ts
// A parser for RFC 8941 structured-field dictionaries, enough to check Permissions-Policy:
// members `key[=item-or-inner-list][;params]`, items being tokens, strings, numbers, booleans
// and byte sequences. It only reads; it never interprets a value as code.
class SfSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const KEY_START = /[a-z*]/;
const KEY_CHAR = /[a-z0-9_\-.*]/;
const TOKEN_START = /[A-Za-z*]/;
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z:/]/;
function parseSfDictionary(input) {
    const p = new Parser(input);
    return p.dictionary();
}
class Parser {
    s;
    i = 0;
    constructor(s) {
        this.s = s;
    }
    dictionary() {
        const members = [];
        this.skip(/ /);
        if (this.i === this.s.length)
            return members;
        for (;;) {
            const offset = this.i;
            const key = this.key();
            let value = { item: { kind: 'boolean', value: true }, offset };
            const bare = this.peek() !== '=';
            if (!bare) {
                this.i++;
                value = this.peek() === '(' ? { list: this.innerList() } : this.item();
            }
            this.params();
            members.push({ key, offset, value, bare });
            this.skip(/[ \t]/);
            if (this.i === this.s.length)
                return members;
            if (this.peek() !== ',')
                this.fail(`expected ',' between members`);
            this.i++;
            this.skip(/[ \t]/);
            if (this.i === this.s.length)
                this.fail('a trailing comma is not allowed');
        }
    }
    innerList() {
        this.i++; // (
        const items = [];
        for (;;) {
            this.skip(/ /);
            if (this.peek() === ')') {
                this.i++;
                this.params();
                return items;
            }
            if (this.i >= this.s.length)
                this.fail(`missing ')'`);
            items.push(this.item());
            const next = this.peek();
            if (next !== ' ' && next !== ')')
                this.fail(`expected a space or ')' after an item`);
        }
    }
    item() {
        const offset = this.i;
        const item = this.bareItem();
        this.params();
        return { item, offset };
    }
    bareItem() {
        const c = this.peek();
        if (c === '"')
            return this.string();
        if (c === '?') {
            const v = this.s[this.i + 1];
            if (v !== '0' && v !== '1')
                this.fail(`a boolean is ?0 or ?1`);
            this.i += 2;
            return { kind: 'boolean', value: v === '1' };
        }
        if (c === ':') {
            const end = this.s.indexOf(':', this.i + 1);
            if (end === -1)
                this.fail(`unterminated byte sequence`);
            const value = this.s.slice(this.i + 1, end);
            if (!/^[A-Za-z0-9+/=]*$/.test(value))
                this.fail('a byte sequence holds base64 only');
            this.i = end + 1;
            return { kind: 'bytes', value };
        }
        if (c !== undefined && /[-0-9]/.test(c)) {
            const match = /^-?\d{1,15}(\.\d{1,3})?/.exec(this.s.slice(this.i));
            if (!match)
                this.fail('invalid number');
            this.i += match[0].length;
            return { kind: 'number', value: Number(match[0]) };
        }
        if (c !== undefined && TOKEN_START.test(c)) {
            const start = this.i;
            while (this.i < this.s.length && TOKEN_CHAR.test(this.s[this.i]))
                this.i++;
            return { kind: 'token', value: this.s.slice(start, this.i) };
        }
        this.fail(c === undefined ? 'a value is missing' : `unexpected ${describeChar(c)}`);
    }
    string() {
        this.i++;
        let value = '';
        while (this.i < this.s.length) {
            const c = this.s[this.i++];
            if (c === '\\') {
                const next = this.s[this.i++];
                if (next !== '"' && next !== '\\')
                    this.fail(`only \\" and \\\\ may be escaped in a string`, this.i - 2);
                value += next;
            }
            else if (c === '"') {
                return { kind: 'string', value };
            }
            else if (c < ' ' || c > '~') {
                this.fail(`a string holds printable ASCII only`, this.i - 1);
            }
            else {
                value += c;
            }
        }
        this.fail('unterminated string');
    }
    key() {
        const start = this.i;
        const c = this.peek();
        if (c === undefined || !KEY_START.test(c)) {
            this.fail(c === undefined
                ? 'a key is missing'
                : `a key starts with a lowercase letter or '*', not ${describeChar(c)}`);
        }
        while (this.i < this.s.length && KEY_CHAR.test(this.s[this.i]))
            this.i++;
        return this.s.slice(start, this.i);
    }
    params() {
        while (this.peek() === ';') {
            this.i++;
            this.skip(/ /);
            this.key();
            if (this.peek() === '=') {
                this.i++;
                this.bareItem();
            }
        }
    }
    peek() {
        return this.s[this.i];
    }
    skip(chars) {
        while (this.i < this.s.length && chars.test(this.s[this.i]))
            this.i++;
    }
    fail(message, offset = this.i) {
        throw new SfSyntaxError(message, offset);
    }
}
function describeChar(c) {
    return c === ' ' ? 'a space' : c === "'" ? 'a single quote' : `'${c}'`;
}

;// CONCATENATED MODULE: ./src/policy/suggest.ts
// "Did you mean": the closest candidate by edit distance, when it is close enough to be a typo.
/** Damerau-Levenshtein distance (optimal string alignment): a swap of two letters counts once. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
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

;// CONCATENATED MODULE: ./src/policy/header-values.ts
// Checks on header values: the characters HTTP allows, then the syntax of the security headers
// whose grammar we know. Each finding carries the offset of the offending text in the value so
// the diagnostic lands on it. Values are data: they are split and compared, never evaluated.




const CHAR_NAMES = {
    0x00: 'NUL',
    0x09: 'CHARACTER TABULATION',
    0x0a: 'LINE FEED',
    0x0d: 'CARRIAGE RETURN',
    0x7f: 'DELETE',
    0x85: 'NEXT LINE',
    0xa0: 'NO-BREAK SPACE',
    0x200b: 'ZERO WIDTH SPACE',
    0x2028: 'LINE SEPARATOR',
    0x2029: 'PARAGRAPH SEPARATOR',
    0xfeff: 'ZERO WIDTH NO-BREAK SPACE'
};
/** `U+000A LINE FEED`, `U+00E9` */
function describeCodePoint(codePoint) {
    const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
    const name = CHAR_NAMES[codePoint];
    return name ? `U+${hex} ${name}` : `U+${hex}`;
}
/**
 * The first character a header value may not hold: only visible ASCII, space and tab travel
 * safely (RFC 9110 5.5; CR, LF and NUL must be rejected, obs-text is not portable).
 */
function firstBadValueChar(value) {
    for (let offset = 0; offset < value.length; offset++) {
        const code = value.charCodeAt(offset);
        if (code === 0x09 || (code >= 0x20 && code <= 0x7e))
            continue;
        return { offset, codePoint: value.codePointAt(offset) ?? code };
    }
    return undefined;
}
function checkValueChars(value) {
    const bad = firstBadValueChar(value);
    if (!bad)
        return [];
    const trailingNewline = bad.codePoint === 0x0a && bad.offset === value.length - 1;
    const hint = trailingNewline
        ? " (a YAML block scalar keeps its final newline: write '>-' or '|-' to strip it)"
        : bad.codePoint === 0x0a || bad.codePoint === 0x0d
            ? ' (a line break in a header value would let it inject headers)'
            : '';
    return [
        {
            severity: 'error',
            rule: 'header-value-chars',
            message: `header value contains ${describeCodePoint(bad.codePoint)} at offset ${bad.offset}: only visible ASCII, space and tab are allowed${hint}`,
            offset: bad.offset
        }
    ];
}
/** Every check on one header value, by lowercase header name. */
function checkHeaderValue(name, value) {
    const chars = checkValueChars(value);
    if (chars.length > 0)
        return chars;
    const findings = [];
    if (value.trim() === '') {
        findings.push({
            severity: 'warning',
            rule: 'header-value-empty',
            message: `${name} has an empty value`
        });
        return findings;
    }
    const syntax = Object.hasOwn(SYNTAX_CHECKS, name) ? SYNTAX_CHECKS[name] : undefined;
    if (syntax)
        findings.push(...syntax(value));
    return findings;
}
function enumCheck(header, allowed, options = {}) {
    return (value) => {
        // Structured-field parameters (`same-origin; report-to="x"`) are allowed after the token.
        const token = value.split(';')[0].trim();
        const compare = options.caseInsensitive ? token.toLowerCase() : token;
        if (allowed.includes(compare))
            return [];
        const typo = closest(compare, allowed);
        const hint = typo ? `; did you mean '${typo}'?` : '';
        return [
            {
                severity: 'error',
                rule: 'header-enum',
                message: `${header} must be one of ${allowed.join(', ')}, not '${token}'${hint}`,
                offset: value.indexOf(token)
            }
        ];
    };
}
const REFERRER_POLICIES = [
    'no-referrer',
    'no-referrer-when-downgrade',
    'origin',
    'origin-when-cross-origin',
    'same-origin',
    'strict-origin',
    'strict-origin-when-cross-origin',
    'unsafe-url'
];
function checkReferrerPolicy(value) {
    const findings = [];
    let offset = 0;
    for (const part of value.split(',')) {
        const token = part.trim();
        const at = offset + part.indexOf(token);
        offset += part.length + 1;
        if (!token)
            continue;
        const lower = token.toLowerCase();
        if (!REFERRER_POLICIES.includes(lower)) {
            const typo = closest(lower, REFERRER_POLICIES);
            findings.push({
                severity: 'error',
                rule: 'header-enum',
                message: `'${token}' is not a Referrer-Policy${typo ? `; did you mean '${typo}'?` : ` (allowed: ${REFERRER_POLICIES.join(', ')})`}`,
                offset: at
            });
        }
        else if (lower === 'unsafe-url') {
            findings.push({
                severity: 'warning',
                rule: 'referrer-policy-unsafe',
                message: "Referrer-Policy 'unsafe-url' sends full URLs, paths and queries included, to every site, even over plain HTTP",
                offset: at
            });
        }
    }
    return findings;
}
function checkXFrameOptions(value) {
    const token = value.trim().toUpperCase();
    if (token === 'DENY' || token === 'SAMEORIGIN')
        return [];
    if (token.startsWith('ALLOW-FROM')) {
        return [
            {
                severity: 'warning',
                rule: 'x-frame-options-obsolete',
                message: 'X-Frame-Options ALLOW-FROM is obsolete and ignored by current browsers (the page is then framable by anyone): use CSP frame-ancestors'
            }
        ];
    }
    return enumCheck('X-Frame-Options', ['DENY', 'SAMEORIGIN'])(value.trim().toUpperCase()).map((f) => ({
        ...f,
        offset: value.indexOf(value.trim())
    }));
}
function checkHstsValue(value) {
    const info = (0,hsts/* parseHsts */.c)(value);
    const findings = info.problems.map((problem) => ({
        severity: 'error',
        rule: 'hsts-syntax',
        message: `Strict-Transport-Security: ${problem}`
    }));
    if (info.preload && (!info.includeSubDomains || (info.maxAge ?? 0) < 31536000)) {
        findings.push({
            severity: 'warning',
            rule: 'hsts-preload',
            message: 'Strict-Transport-Security preload needs includeSubDomains and max-age >= 31536000 (one year) to be accepted by the HSTS preload list',
            offset: value.toLowerCase().indexOf('preload')
        });
    }
    if (info.maxAge === 0) {
        findings.push({
            severity: 'warning',
            rule: 'hsts-max-age-zero',
            message: 'Strict-Transport-Security max-age=0 tells browsers to forget HSTS for this host'
        });
    }
    return findings;
}
function checkCspString(value) {
    const directives = (0,csp/* parseCspLocated */.Cq)(value);
    return (0,csp/* checkCsp */.zQ)(directives).map((f) => {
        const d = directives[f.directive];
        const offset = d === undefined ? undefined : f.value === undefined ? d.nameOffset : d.valueOffsets[f.value];
        return {
            severity: f.severity,
            rule: f.rule,
            message: f.message,
            ...(offset === undefined ? {} : { offset })
        };
    });
}
/** Features browsers know (Permissions-Policy registry and Chrome's list), lowercase. */
const PERMISSIONS_FEATURES = [
    'accelerometer',
    'ambient-light-sensor',
    'attribution-reporting',
    'autoplay',
    'bluetooth',
    'browsing-topics',
    'camera',
    'captured-surface-control',
    'ch-ua',
    'clipboard-read',
    'clipboard-write',
    'compute-pressure',
    'cross-origin-isolated',
    'deferred-fetch',
    'digital-credentials-get',
    'direct-sockets',
    'display-capture',
    'document-domain',
    'encrypted-media',
    'execution-while-not-rendered',
    'execution-while-out-of-viewport',
    'fullscreen',
    'gamepad',
    'geolocation',
    'gyroscope',
    'hid',
    'identity-credentials-get',
    'idle-detection',
    'interest-cohort',
    'join-ad-interest-group',
    'keyboard-map',
    'local-fonts',
    'magnetometer',
    'microphone',
    'midi',
    'otp-credentials',
    'payment',
    'picture-in-picture',
    'private-state-token-issuance',
    'private-state-token-redemption',
    'publickey-credentials-create',
    'publickey-credentials-get',
    'run-ad-auction',
    'screen-wake-lock',
    'serial',
    'shared-autofill',
    'smart-card',
    'speaker-selection',
    'storage-access',
    'sync-xhr',
    'unload',
    'usb',
    'vertical-scroll',
    'web-share',
    'window-management',
    'xr-spatial-tracking'
];
function checkPermissionsPolicy(value) {
    let members;
    try {
        members = parseSfDictionary(value);
    }
    catch (error) {
        if (!(error instanceof SfSyntaxError))
            throw error;
        const featurePolicyStyle = /^\s*[a-z-]+\s+'/.test(value);
        const hint = featurePolicyStyle
            ? ' (that is Feature-Policy syntax; Permissions-Policy is written camera=(), geolocation=(self))'
            : '';
        return [
            {
                severity: 'error',
                rule: 'permissions-policy-syntax',
                message: `Permissions-Policy is a structured-field dictionary such as camera=(), geolocation=(self "https://maps.example"): ${error.message} at offset ${error.offset}${hint}`,
                offset: error.offset
            }
        ];
    }
    const findings = [];
    for (const member of members) {
        if (!PERMISSIONS_FEATURES.includes(member.key)) {
            const typo = closest(member.key, PERMISSIONS_FEATURES);
            if (typo) {
                findings.push({
                    severity: 'warning',
                    rule: 'permissions-policy-feature',
                    message: `unknown Permissions-Policy feature '${member.key}'; did you mean '${typo}'?`,
                    offset: member.offset
                });
            }
        }
        if (member.bare) {
            findings.push({
                severity: 'error',
                rule: 'permissions-policy-syntax',
                message: `Permissions-Policy '${member.key}' has no allowlist: write ${member.key}=() to disable it or ${member.key}=(self) to allow this origin`,
                offset: member.offset
            });
            continue;
        }
        if (!('list' in member.value)) {
            const { item, offset } = member.value;
            if (item.kind === 'token' && (item.value === '*' || item.value === 'self'))
                continue;
            findings.push({
                severity: 'error',
                rule: 'permissions-policy-syntax',
                message: `Permissions-Policy '${member.key}' needs its allowlist in parentheses, e.g. ${member.key}=() or ${member.key}=(self)`,
                offset
            });
            continue;
        }
        const items = member.value.list;
        for (const { item, offset } of items) {
            if (item.kind === 'string')
                continue;
            if (item.kind === 'token' && ['self', '*', 'src'].includes(item.value))
                continue;
            const text = item.kind === 'token' ? item.value : String(item.value);
            const hint = item.kind === 'token' && /[:.]/.test(text)
                ? `: origins are quoted strings, write "${text}"`
                : `: allowlist items are self, *, src or a quoted origin such as "https://example.com"`;
            findings.push({
                severity: item.kind === 'token' && /^'?self'?$/i.test(text) ? 'warning' : 'error',
                rule: 'permissions-policy-allowlist',
                message: `'${text}' in Permissions-Policy ${member.key}${hint}`,
                offset
            });
        }
    }
    return findings;
}
function checkXXssProtection(value) {
    if (value.trim() === '0')
        return [];
    return [
        {
            severity: 'warning',
            rule: 'x-xss-protection',
            message: "X-XSS-Protection should be '0': browsers removed the XSS auditor, and where it remains it can be abused to leak data"
        }
    ];
}
const SYNTAX_CHECKS = {
    'content-security-policy': checkCspString,
    'content-security-policy-report-only': checkCspString,
    'strict-transport-security': checkHstsValue,
    'permissions-policy': checkPermissionsPolicy,
    'referrer-policy': checkReferrerPolicy,
    'x-frame-options': checkXFrameOptions,
    'x-content-type-options': enumCheck('X-Content-Type-Options', ['nosniff'], {
        caseInsensitive: true
    }),
    'cross-origin-opener-policy': enumCheck('Cross-Origin-Opener-Policy', [
        'same-origin',
        'same-origin-allow-popups',
        'noopener-allow-popups',
        'unsafe-none'
    ]),
    'cross-origin-opener-policy-report-only': enumCheck('Cross-Origin-Opener-Policy-Report-Only', [
        'same-origin',
        'same-origin-allow-popups',
        'noopener-allow-popups',
        'unsafe-none'
    ]),
    'cross-origin-embedder-policy': enumCheck('Cross-Origin-Embedder-Policy', [
        'require-corp',
        'credentialless',
        'unsafe-none'
    ]),
    'cross-origin-embedder-policy-report-only': enumCheck('Cross-Origin-Embedder-Policy-Report-Only', ['require-corp', 'credentialless', 'unsafe-none']),
    'cross-origin-resource-policy': enumCheck('Cross-Origin-Resource-Policy', [
        'same-origin',
        'same-site',
        'cross-origin'
    ]),
    'x-permitted-cross-domain-policies': enumCheck('X-Permitted-Cross-Domain-Policies', [
        'none',
        'master-only',
        'by-content-type',
        'by-ftp-filename',
        'all',
        'none-this-response'
    ]),
    'x-dns-prefetch-control': enumCheck('X-DNS-Prefetch-Control', ['on', 'off'], {
        caseInsensitive: true
    }),
    'origin-agent-cluster': enumCheck('Origin-Agent-Cluster', ['?1', '?0']),
    'x-xss-protection': checkXXssProtection
};

// EXTERNAL MODULE: ./src/policy/match.ts
var policy_match = __webpack_require__(6563);
;// CONCATENATED MODULE: ./src/policy/presets.ts
/**
 * OWASP Secure Headers Project, ci/headers_remove.json (last_update_utc 2024-09-02). Families
 * the project lists header by header (X-Envoy-Attempt-Count, X-Envoy-Internal, ...) are written
 * as one prefix remove, so new members of the family go too.
 */
const OWASP_REMOVE = [
    '$wsep',
    'host-header',
    'k-proxy-request',
    'liferay-portal',
    'oraclecommercecloud-version',
    'pega-host',
    'powered-by',
    'product',
    'server',
    'sourcemap',
    'x-aspnet-version',
    'x-aspnetmvc-version',
    'x-atmosphere-*',
    'x-b3-*',
    'x-beserver',
    'x-calculatedbetarget',
    'x-cf-powered-by',
    'x-cms',
    'x-cocoon-version',
    'x-content-encoded-by',
    'x-diaginfo',
    'x-dt*',
    'x-envoy-*',
    'x-feserver',
    'x-framework',
    'x-generated-by',
    'x-generator',
    'x-jitsi-release',
    'x-joomla-version',
    'x-kubernetes-pf-*',
    'x-litespeed-*',
    'x-mod-pagespeed',
    'x-nextjs-*',
    'x-old-content-length',
    'x-oneagent-js-injection',
    'x-owa-version',
    'x-page-speed',
    'x-php-version',
    'x-powered-by*',
    'x-powered-cms',
    'x-redirect-by',
    'x-ruxit-js-agent',
    'x-server-powered-by',
    'x-sourcefiles',
    'x-sourcemap',
    'x-turbo-charged-by',
    'x-umbraco-version',
    'x-varnish-*'
];
/** Every feature the OWASP value lists, all disabled except sync-xhr for the page itself. */
const OWASP_PERMISSIONS_POLICY = 'accelerometer=(), autoplay=(), camera=(), cross-origin-isolated=(), display-capture=(), ' +
    'encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), keyboard-map=(), ' +
    'magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), ' +
    'publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(self), usb=(), web-share=(), ' +
    'xr-spatial-tracking=(), clipboard-read=(), clipboard-write=(), gamepad=(), hid=(), ' +
    'idle-detection=(), interest-cohort=(), serial=(), unload=()';
/**
 * OWASP Secure Headers Project, ci/headers_add.json (last_update_utc 2024-09-02), with three
 * deliberate differences:
 * - Cache-Control `no-store, max-age=0` is left out: on a CDN it disables caching for every
 *   object, which defeats CloudFront and multiplies origin load and cost. Caching is the
 *   origin's decision; a policy can still set it per path.
 * - Clear-Site-Data `"cache","cookies","storage"` is left out: it is meant for a logout
 *   response; sent on every page it wipes the visitor's storage and cookies on each load.
 * - The CSP drops `block-all-mixed-content` (deprecated: browsers ignore it and
 *   upgrade-insecure-requests covers it) and adds `base-uri 'self'`, as the project's later
 *   recommendation (copied by humble's owasp_best_practices.txt) does.
 */
const OWASP = {
    headers: {
        'content-security-policy': "default-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; upgrade-insecure-requests",
        'cross-origin-embedder-policy': 'require-corp',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'permissions-policy': OWASP_PERMISSIONS_POLICY,
        'referrer-policy': 'no-referrer',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'x-permitted-cross-domain-policies': 'none'
    },
    remove: OWASP_REMOVE
};
/**
 * The strictest values a static site (HTML, CSS, images and its own scripts, all from its own
 * origin) can take: nothing from elsewhere, no inline code, no framing, no powerful features,
 * HSTS for two years with preload (only effective once the domain is submitted to
 * hstspreload.org, but the header says the site is ready for it).
 */
const STRICT = {
    headers: {
        'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
            "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; " +
            "frame-ancestors 'none'; object-src 'none'; upgrade-insecure-requests; " +
            "require-trusted-types-for 'script'; trusted-types 'none'",
        'cross-origin-embedder-policy': 'require-corp',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'origin-agent-cluster': '?1',
        'permissions-policy': OWASP_PERMISSIONS_POLICY.replace('sync-xhr=(self)', 'sync-xhr=()'),
        'referrer-policy': 'no-referrer',
        'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
        'x-content-type-options': 'nosniff',
        'x-dns-prefetch-control': 'off',
        'x-frame-options': 'DENY',
        'x-permitted-cross-domain-policies': 'none',
        'x-xss-protection': '0'
    },
    remove: OWASP_REMOVE
};
const PRESETS = {
    owasp: OWASP,
    strict: STRICT,
    none: { headers: {}, remove: [] }
};

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./src/policy/schema.ts
// The policy file's JSON Schema (draft 2020-12). It drives ajv's structural checks and the
// editors' autocompletion; schema/security-headers.schema.json is this object written out
// (a test keeps the two identical). Value syntax (CSP, HSTS, ...) is checked in code, where
// the messages can be precise; patterns here carry a `title` that names what is expected.

const SCHEMA_ID = 'https://github.com/headerguard/headerguard/schema/security-headers.schema.json';
/** `content-security-policy` -> `^[Cc][Oo]...$`: JSON Schema regexes have no case-insensitive flag. */
function anyCase(name) {
    const letters = [...name].map((c) => (/[a-z]/.test(c) ? `[${c.toUpperCase()}${c}]` : c));
    return `^${letters.join('')}$`;
}
const stringOrList = (description) => ({
    description,
    type: ['string', 'array'],
    minLength: 1,
    items: { type: 'string', minLength: 1 }
});
const condition = {
    description: 'Apply the header only to responses that match every condition given.',
    type: 'object',
    additionalProperties: false,
    properties: {
        'content-type': stringOrList('Media type(s) without parameters, e.g. text/html or text/*. A response without Content-Type does not match.'),
        status: {
            description: 'Status code(s): 404, "2xx", "200-399", or a list of these.',
            type: ['integer', 'string', 'array'],
            minimum: 100,
            maximum: 599,
            items: { type: ['integer', 'string'] },
            examples: ['2xx', '200-399', 404]
        }
    }
};
const headerObjectProperties = {
    value: {
        description: 'The header value, sent exactly as written.',
        type: ['string', 'number']
    },
    override: {
        description: "true (default): replace the origin's value; false: keep the origin's value when it sent one.",
        type: 'boolean',
        default: true
    },
    when: { $ref: '#/$defs/condition' }
};
const directiveValue = {
    description: 'Source expressions, e.g. ["\'self\'", "https://cdn.example.com"]; true or [] for a directive without value.',
    type: ['array', 'string', 'boolean'],
    items: { type: 'string', minLength: 1 }
};
const headerValue = {
    description: 'A string (the value), null (do not send this header here: cancels a preset or inherited value), or { value, override, when }.',
    type: ['string', 'number', 'null', 'object'],
    additionalProperties: false,
    properties: headerObjectProperties
};
const cspHeaderValue = {
    description: 'A CSP string, null, or { value | directives, override, when }. `directives` is a map from directive name to its sources; both forms normalise to the same canonical string.',
    type: ['string', 'null', 'object'],
    additionalProperties: false,
    properties: {
        ...headerObjectProperties,
        directives: {
            description: 'The policy as a map: directive name -> list of sources.',
            type: 'object',
            minProperties: 1,
            properties: Object.fromEntries(csp/* CSP_DIRECTIVES */.kp.map((name) => [name, { $ref: '#/$defs/cspDirectiveValue' }])),
            additionalProperties: { $ref: '#/$defs/cspDirectiveValue' }
        }
    }
};
const knownHeaders = {
    'strict-transport-security': {
        description: 'HSTS: max-age in seconds (required); includeSubDomains; preload needs both and max-age >= 31536000.',
        examples: [
            'max-age=63072000; includeSubDomains; preload',
            'max-age=31536000; includeSubDomains'
        ]
    },
    'x-content-type-options': { description: 'Only nosniff is defined.', examples: ['nosniff'] },
    'x-frame-options': {
        description: 'DENY or SAMEORIGIN (ALLOW-FROM is obsolete: use CSP frame-ancestors).',
        examples: ['DENY', 'SAMEORIGIN']
    },
    'referrer-policy': {
        description: 'A policy token, or a comma-separated fallback list (the last one the browser knows wins).',
        examples: ['no-referrer', 'strict-origin-when-cross-origin', 'same-origin']
    },
    'permissions-policy': {
        description: 'A structured-field dictionary: feature=(allowlist), e.g. camera=(), geolocation=(self "https://maps.example").',
        examples: ['camera=(), geolocation=(), microphone=()']
    },
    'cross-origin-opener-policy': {
        description: 'same-origin, same-origin-allow-popups, noopener-allow-popups or unsafe-none.',
        examples: ['same-origin', 'same-origin-allow-popups']
    },
    'cross-origin-embedder-policy': {
        description: 'require-corp, credentialless or unsafe-none.',
        examples: ['require-corp', 'credentialless']
    },
    'cross-origin-resource-policy': {
        description: 'same-origin, same-site or cross-origin.',
        examples: ['same-origin', 'same-site', 'cross-origin']
    },
    'x-permitted-cross-domain-policies': {
        description: 'Adobe cross-domain policy files.',
        examples: ['none']
    },
    'x-dns-prefetch-control': { description: 'on or off.', examples: ['off'] },
    'x-xss-protection': {
        description: '0 disables the obsolete XSS auditor (recommended).',
        examples: ['0']
    },
    'origin-agent-cluster': {
        description: '?1 asks for an origin-keyed agent cluster.',
        examples: ['?1']
    },
    'cache-control': {
        description: 'Caching directives.',
        examples: ['no-cache', 'public, max-age=3600']
    }
};
const headerMap = {
    description: 'Headers the edge sets, by name (case-insensitive). A value is a string, null, or { value, override, when }.',
    type: 'object',
    properties: {
        'content-security-policy': { $ref: '#/$defs/cspHeaderValue' },
        'content-security-policy-report-only': { $ref: '#/$defs/cspHeaderValue' },
        ...Object.fromEntries(Object.entries(knownHeaders).map(([name, doc]) => [
            name,
            { ...headerValue, description: doc.description, examples: doc.examples }
        ]))
    },
    patternProperties: {
        [anyCase('content-security-policy')]: { $ref: '#/$defs/cspHeaderValue' },
        [anyCase('content-security-policy-report-only')]: { $ref: '#/$defs/cspHeaderValue' }
    },
    additionalProperties: { $ref: '#/$defs/headerValue' }
};
const removeList = {
    description: "Headers the edge deletes from the origin's response. A trailing * removes every header with that prefix (x-powered-by*).",
    type: 'array',
    items: { type: 'string', minLength: 1 },
    examples: [['server', 'x-powered-by']]
};
const assertions = {
    required: { description: 'true: must be present; false: must be absent.', type: 'boolean' },
    'must-contain': stringOrList('Every item must appear in the value.'),
    'must-avoid': stringOrList("No item may appear in the value (for CSP: in any directive, e.g. 'unsafe-inline')."),
    'one-of': stringOrList('The value must be exactly one of these.')
};
const POLICY_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'headerguard security-headers policy',
    description: 'The HTTP security headers a CloudFront distribution serves, compiled by headerguard into a Lambda@Edge origin-response function.',
    type: 'object',
    required: ['version'],
    additionalProperties: false,
    properties: {
        $schema: { description: 'The schema this file follows (for editors).', type: 'string' },
        version: { description: 'The policy language version: 1.', const: 1 },
        extends: {
            description: 'A preset to start from, overridden header by header: owasp (OWASP Secure Headers Project), strict (the strictest static-site values), none.',
            enum: ['owasp', 'strict', 'none'],
            default: 'none'
        },
        cloudfront: {
            description: 'Where the headers are deployed.',
            type: 'object',
            additionalProperties: false,
            properties: {
                distribution: {
                    description: 'A distribution id or a list of ids (the `distribution-id` input overrides it).',
                    type: ['string', 'array'],
                    title: 'a CloudFront distribution id (10 to 20 uppercase letters and digits, e.g. EDFDVBD6EXAMPLE)',
                    pattern: '^[A-Z0-9]{10,20}$',
                    minItems: 1,
                    items: {
                        type: 'string',
                        title: 'a CloudFront distribution id (10 to 20 uppercase letters and digits, e.g. EDFDVBD6EXAMPLE)',
                        pattern: '^[A-Z0-9]{10,20}$'
                    }
                },
                behaviors: {
                    description: '"*" (default): the default cache behavior; "all": every behavior; or a list of behavior path patterns.',
                    type: ['string', 'array'],
                    title: '"*" (the default behavior), "all", or a list of path patterns',
                    pattern: '^(\\*|all)$',
                    minItems: 1,
                    items: { type: 'string', minLength: 1 },
                    default: '*',
                    examples: ['*', 'all', ['/assets/*']]
                },
                'replace-existing': {
                    description: 'Take over the origin-response event on a behavior even when a function that is not ours holds it (default false: stop and report).',
                    type: 'boolean',
                    default: false
                }
            }
        },
        lambda: {
            description: 'The Lambda@Edge function (created in us-east-1 when missing).',
            type: 'object',
            additionalProperties: false,
            properties: {
                function: {
                    description: 'The function name (the `function-name` input overrides it).',
                    type: 'string',
                    title: 'a Lambda function name (1 to 64 letters, digits, - and _)',
                    pattern: '^[A-Za-z0-9_-]{1,64}$'
                },
                role: {
                    description: 'The execution role used when the function is created; trusted by lambda.amazonaws.com and edgelambda.amazonaws.com.',
                    type: 'string',
                    title: 'an IAM role ARN such as arn:aws:iam::111122223333:role/edge-headers',
                    pattern: '^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$'
                },
                runtime: {
                    description: 'The Node.js runtime.',
                    enum: ['nodejs22.x', 'nodejs24.x', 'nodejs20.x'],
                    default: 'nodejs22.x'
                },
                memory: {
                    description: 'Memory in MB (origin-response: 128 to 10240).',
                    type: 'integer',
                    minimum: 128,
                    maximum: 10240,
                    default: 128
                },
                timeout: {
                    description: 'Timeout in seconds (origin-response: 1 to 30).',
                    type: 'integer',
                    minimum: 1,
                    maximum: 30,
                    default: 5
                }
            }
        },
        headers: { $ref: '#/$defs/headerMap' },
        remove: { $ref: '#/$defs/removeList' },
        paths: {
            description: 'Per-path differences from the top level, in order; the first entry whose `match` fits the URI wins.',
            type: 'array',
            items: {
                type: 'object',
                required: ['match'],
                additionalProperties: false,
                properties: {
                    match: {
                        description: 'A CloudFront path pattern: * any characters, ? one character, e.g. /embed/*.',
                        type: 'string',
                        minLength: 1
                    },
                    headers: { $ref: '#/$defs/headerMap' },
                    remove: { $ref: '#/$defs/removeList' }
                }
            }
        },
        verify: {
            description: 'How the live site is checked after a deploy and on schedule.',
            type: 'object',
            additionalProperties: false,
            properties: {
                url: stringOrList('Site URL(s); default https://<distribution domain>.'),
                paths: {
                    description: 'Paths fetched on every URL; include a missing page to check error responses.',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    examples: [['/', '/this-page-does-not-exist']]
                },
                rules: {
                    description: 'Extra assertions per header (drHEADer style), checked but never deployed.',
                    type: 'object',
                    additionalProperties: {
                        type: 'object',
                        additionalProperties: false,
                        properties: {
                            ...assertions,
                            directives: {
                                description: 'Assertions per CSP directive.',
                                type: 'object',
                                additionalProperties: {
                                    type: 'object',
                                    additionalProperties: false,
                                    properties: assertions
                                }
                            }
                        }
                    }
                }
            }
        }
    },
    $defs: {
        condition,
        headerValue,
        cspHeaderValue,
        cspDirectiveValue: directiveValue,
        headerMap,
        removeList
    }
};

;// CONCATENATED MODULE: ./src/policy/schema-check.ts
// Structural validation with ajv against POLICY_SCHEMA, with ajv's errors rewritten as
// messages a person can act on and placed at the offending key or value.



let compiled;
function validator() {
    // Compiled once per process; the schema is ours, the user's data is only ever compared.
    compiled ??= new _2020.Ajv2020({
        allErrors: true,
        verbose: true,
        strict: true,
        strictTypes: false,
        allowUnionTypes: true,
        allowMatchingProperties: true
    }).compile(POLICY_SCHEMA);
    return compiled;
}
function checkSchema(source, out) {
    const validate = validator();
    if (validate(source.data))
        return;
    for (const error of validate.errors ?? [])
        report(error, source, out);
}
/** `/headers/a~1b/0` -> ['headers', 'a/b', 0] */
function decodePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}
/** `headers.x-frame-options.when` or `paths[2].match`, for messages. */
function displayPath(path) {
    return path
        .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
        .join('');
}
/** A short, safe description of a value for a message: never `[object Object]`. */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'empty (null)';
    if (typeof value === 'string')
        return `the string "${truncate(value)}"`;
    if (typeof value === 'number')
        return `the number ${value}`;
    if (typeof value === 'boolean')
        return `${value}`;
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return typeof value;
}
function truncate(text) {
    const safe = JSON.stringify(text).slice(1, -1);
    return safe.length > 60 ? `${safe.slice(0, 57)}...` : safe;
}
const TYPE_NAMES = {
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'null',
    array: 'a list',
    object: 'a mapping'
};
function typeList(types) {
    const list = (Array.isArray(types) ? types : [types]).map((t) => TYPE_NAMES[String(t)] ?? String(t));
    return list.length <= 1
        ? (list[0] ?? 'valid')
        : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}
function report(error, source, out) {
    const path = decodePointer(error.instancePath);
    const where = path.length === 0 ? 'the policy' : `'${displayPath(path)}'`;
    const params = error.params;
    const parent = (error.parentSchema ?? {});
    const value = error.data;
    const valuePos = source.posOf(path);
    switch (error.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            const pos = path.length === 0 ? { file: source.file, line: 1, col: 1 } : source.posOf(path, 'key');
            const hint = missing === 'version' ? ": add 'version: 1'" : '';
            out.error('schema-required', `${where} is missing the required key '${missing}'${hint}`, pos);
            return;
        }
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = Object.keys(parent.properties ?? {});
            const context = path.length === 0 ? 'at the top level' : `in ${where}`;
            const allowed = known.length > 0 && known.length <= 8 ? ` (allowed: ${known.join(', ')})` : '';
            const suggestion = key === 'directives' && known.includes('value')
                ? ": 'directives' is only for content-security-policy; give this header a 'value'"
                : didYouMean(key, known);
            out.error('schema-unknown-key', `unknown key '${key}' ${context}${suggestion || allowed}`, source.posOf([...path, key], 'key'));
            return;
        }
        case 'type':
            out.error('schema-type', `${where} must be ${typeList(params.type)}, not ${describeValue(value)}`, valuePos);
            return;
        case 'enum': {
            const allowed = params.allowedValues.map((v) => String(v));
            const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
            out.error('schema-enum', `${where} must be one of ${allowed.join(', ')}, not ${describeValue(value)}${hint}`, valuePos);
            return;
        }
        case 'const':
            out.error('schema-enum', `${where} must be ${JSON.stringify(params.allowedValue)}, not ${describeValue(value)}`, valuePos);
            return;
        case 'pattern': {
            const expected = typeof parent.title === 'string' ? parent.title : `text matching ${String(params.pattern)}`;
            out.error('schema-pattern', `${where} must be ${expected}, not ${describeValue(value)}`, valuePos);
            return;
        }
        case 'minimum':
        case 'maximum': {
            const bound = error.keyword === 'minimum' ? 'at least' : 'at most';
            out.error('schema-range', `${where} must be ${bound} ${String(params.limit)}, not ${describeValue(value)}`, valuePos);
            return;
        }
        case 'minLength':
            out.error('schema-empty', `${where} must not be empty`, valuePos);
            return;
        case 'minItems':
        case 'minProperties':
            out.error('schema-empty', `${where} must not be empty`, valuePos);
            return;
        default:
            out.error('schema', `${where} ${error.message ?? 'is not valid'}`, valuePos);
    }
}

;// CONCATENATED MODULE: ./src/policy/resolve.ts
// From checked data to the ResolvedPolicy: presets merged, names lowercased, CSP canonical,
// per-path sets merged with the top level, and every semantic rule that the schema cannot
// express. It reads only the parts whose types are right; the schema reports the rest.








/** CloudFront answers with an error above MAX_RESPONSE_HEADER_BYTES; warn well before it. */
const HEADER_BYTES_WARNING = 16384;
const CSP_HEADERS = new Set(['content-security-policy', 'content-security-policy-report-only']);
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function stringList(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        return value;
    return undefined;
}
class Resolver {
    src;
    out;
    constructor(src, out) {
        this.src = src;
        this.out = out;
    }
    get data() {
        return isRecord(this.src.data) ? this.src.data : {};
    }
    pos(path, part = 'value') {
        return this.src.posOf(path, part);
    }
    resolve() {
        const preset = this.presetName();
        const base = this.presetLayer(preset);
        const top = this.readLayer([]);
        const defaults = this.overlay(base, top, []);
        this.checkSize(defaults, 'the top-level headers', undefined);
        return {
            extends: preset,
            cloudfront: this.cloudfront(),
            lambda: this.lambda(),
            defaults: toHeaderSet(defaults),
            paths: this.paths(defaults),
            verify: this.verify()
        };
    }
    // ---- presets and layers -------------------------------------------------------------------
    presetName() {
        const value = this.data.extends;
        return value === 'owasp' || value === 'strict' ? value : 'none';
    }
    presetLayer(name) {
        const pos = this.pos(['extends']);
        const preset = PRESETS[name];
        const headers = new Map();
        for (const [header, value] of Object.entries(preset.headers)) {
            const rule = {
                name: header,
                key: (0,header_names/* canonicalHeaderKey */.ny)(header),
                value,
                override: true,
                pos
            };
            headers.set(header, { rule, value });
        }
        const remove = new Map(preset.remove.map((r) => [r, { name: r, pos }]));
        return { headers, remove };
    }
    /** The `headers` and `remove` of the object at `at` ([] for the top level, ['paths', i]). */
    readLayer(at) {
        const container = at.reduce((node, seg) => isRecord(node) || Array.isArray(node) ? node[seg] : undefined, this.data);
        const layer = { headers: new Map(), remove: new Map() };
        if (!isRecord(container))
            return layer;
        if (isRecord(container.headers)) {
            for (const [rawName, rawValue] of Object.entries(container.headers)) {
                const entry = this.readHeader([...at, 'headers', rawName], rawName, rawValue);
                if (!entry)
                    continue;
                const previous = layer.headers.get(entry.rule.name);
                if (previous) {
                    this.out.error('duplicate-header', `header '${rawName}' is already declared at line ${previous.rule.pos.line} (header names are case-insensitive)`, entry.rule.pos);
                    continue;
                }
                layer.headers.set(entry.rule.name, entry);
            }
        }
        if (Array.isArray(container.remove)) {
            container.remove.forEach((item, index) => {
                if (typeof item !== 'string')
                    return;
                const path = [...at, 'remove', index];
                const rule = this.readRemove(path, item);
                if (!rule)
                    return;
                if (layer.remove.has(rule.name)) {
                    this.out.warning('duplicate-remove', `'${item}' is already in this remove list`, rule.pos);
                    return;
                }
                const set = layer.headers.get(rule.name);
                if (set && set.value !== null) {
                    this.out.error('set-and-remove', `'${rule.name}' is both set (line ${set.rule.pos.line}) and removed here; keep one`, rule.pos);
                    return;
                }
                if (rule.name.endsWith('*')) {
                    const prefix = rule.name.slice(0, -1);
                    for (const header of layer.headers.values()) {
                        if (header.value !== null && header.rule.name.startsWith(prefix)) {
                            this.out.error('set-and-remove', `'${rule.name}' removes '${header.rule.name}', which is set at line ${header.rule.pos.line}; narrow the pattern or drop the header`, rule.pos);
                        }
                    }
                }
                layer.remove.set(rule.name, rule);
            });
        }
        return layer;
    }
    /**
     * `over` on top of `base`: a header `over` declares replaces the inherited one (null drops it)
     * and cancels an inherited removal of that name; a removal in `over` drops inherited headers
     * it covers.
     */
    overlay(base, over, at) {
        const headers = new Map(base.headers);
        const remove = new Map(base.remove);
        for (const [name, entry] of over.headers) {
            if (entry.value === null) {
                if (!headers.has(name)) {
                    const scope = at.length === 0 ? 'the preset does not set it' : 'the top level does not set it';
                    this.out.warning('null-no-effect', `'${name}: null' has no effect here: ${scope}`, entry.rule.pos);
                }
                headers.delete(name);
            }
            else {
                headers.set(name, entry);
            }
            remove.delete(name);
        }
        for (const [name, rule] of over.remove) {
            remove.set(name, rule);
            const prefix = name.endsWith('*') ? name.slice(0, -1) : undefined;
            for (const header of [...headers.keys()]) {
                if (over.headers.has(header))
                    continue;
                if (header === name || (prefix !== undefined && header.startsWith(prefix)))
                    headers.delete(header);
            }
        }
        return { headers, remove };
    }
    // ---- one header -----------------------------------------------------------------------------
    readHeader(path, rawName, raw) {
        const keyPos = this.pos(path, 'key');
        this.checkHeaderName(rawName, keyPos, 'set');
        const name = rawName.toLowerCase();
        const key = /[A-Z]/.test(rawName) ? rawName : (0,header_names/* canonicalHeaderKey */.ny)(name);
        const rule = { name, key, value: '', override: true, pos: keyPos };
        if (raw === null)
            return { rule, value: null };
        if (typeof raw === 'string' || typeof raw === 'number') {
            const value = this.scalarText(path, raw);
            rule.value = this.checkedValue(name, value, path);
            return { rule, value: rule.value };
        }
        if (!isRecord(raw))
            return undefined;
        if (typeof raw.override === 'boolean')
            rule.override = raw.override;
        const when = this.condition([...path, 'when'], raw.when);
        if (when)
            rule.when = when;
        const hasValue = typeof raw.value === 'string' || typeof raw.value === 'number';
        const hasDirectives = raw.directives !== undefined;
        if (hasValue && hasDirectives) {
            this.out.error('header-value-form', `'${rawName}' has both 'value' and 'directives'; keep one`, this.pos([...path, 'directives'], 'key'));
            return undefined;
        }
        if (hasDirectives) {
            // On other headers the schema reports 'directives' as an unknown key.
            if (!CSP_HEADERS.has(name))
                return undefined;
            if (!isRecord(raw.directives))
                return undefined;
            rule.value = this.cspFromDirectives([...path, 'directives'], raw.directives);
            return { rule, value: rule.value };
        }
        if (!hasValue) {
            if (raw.value === undefined) {
                const needs = CSP_HEADERS.has(name) ? "'value' or 'directives'" : "'value'";
                this.out.error('header-value-form', `'${rawName}' needs ${needs}`, keyPos);
            }
            return undefined;
        }
        const valuePath = [...path, 'value'];
        rule.value = this.checkedValue(name, this.scalarText(valuePath, raw.value), valuePath);
        return { rule, value: rule.value };
    }
    scalarText(path, value) {
        return typeof value === 'number' ? (this.src.rawScalar(path) ?? String(value)) : value;
    }
    /** Runs the value checks and returns the value to send (CSP in canonical form). */
    checkedValue(name, value, path) {
        this.report(checkHeaderValue(name, value), path);
        return CSP_HEADERS.has(name) && !checkValueChars(value).length ? (0,csp/* canonicalCsp */.Ze)(value) : value;
    }
    report(findings, path) {
        for (const f of findings) {
            const pos = f.offset === undefined ? this.pos(path) : this.src.posInValue(path, f.offset);
            this.out.add(f.severity, f.rule, f.message, pos);
        }
    }
    checkHeaderName(rawName, pos, action) {
        const name = action === 'remove' && rawName.endsWith('*') ? rawName.slice(0, -1) : rawName;
        if (name === '' && action === 'remove') {
            this.out.error('edge-read-only', `'*' would remove every header, including ${edge_restrictions/* ORIGIN_RESPONSE_READ_ONLY_HEADERS */.EY.join(' and ')}, which Lambda@Edge makes read-only: CloudFront would answer 502`, pos);
            return false;
        }
        if (!(0,header_names/* isToken */.sg)(name)) {
            const badIndex = [...name].findIndex((c) => !(0,header_names/* isToken */.sg)(c));
            const bad = name.codePointAt(badIndex === -1 ? 0 : badIndex) ?? 0;
            const what = name === ''
                ? 'is empty'
                : `contains ${describeCodePoint(bad)} at offset ${Math.max(0, badIndex)}`;
            this.out.error('header-name-token', `header name '${rawName}' ${what}: names are HTTP tokens (RFC 9110: letters, digits and !#$%&'*+-.^_\`|~)`, pos);
            return false;
        }
        if (action === 'remove' && name.includes('*')) {
            this.out.error('remove-pattern', `'${rawName}': only a trailing * is supported in a remove pattern`, pos);
            return false;
        }
        const restriction = (0,edge_restrictions/* edgeRestriction */.we)(name);
        if (restriction === 'disallowed') {
            this.out.error('edge-disallowed', `Lambda@Edge does not allow a function to ${action} '${name}' (disallowed header): CloudFront would answer 502 "Lambda function result failed validation"`, pos);
            return false;
        }
        if (restriction === 'read-only') {
            this.out.error('edge-read-only', `'${name}' is read-only in origin-response: if the function ${action === 'set' ? 'sets' : 'removes'} it CloudFront answers 502 "Lambda function result failed validation"`, pos);
            return false;
        }
        if (action === 'remove' && rawName.endsWith('*')) {
            const covered = edge_restrictions/* ORIGIN_RESPONSE_READ_ONLY_HEADERS */.EY.find((h) => h.startsWith(name.toLowerCase()));
            if (covered) {
                this.out.error('edge-read-only', `'${rawName}' would also remove '${covered}', which is read-only in origin-response: CloudFront would answer 502`, pos);
                return false;
            }
        }
        if (action === 'set' && !header_names/* WELL_KNOWN_HEADERS */._Q.includes(name.toLowerCase())) {
            const typo = closest(name.toLowerCase(), header_names/* WELL_KNOWN_HEADERS */._Q);
            if (typo)
                this.out.warning('header-name-typo', `'${rawName}' is not a header browsers know; did you mean '${typo}'?`, pos);
        }
        return true;
    }
    readRemove(path, item) {
        const pos = this.pos(path);
        if (!this.checkHeaderName(item, pos, 'remove'))
            return undefined;
        return { name: item.toLowerCase(), pos };
    }
    cspFromDirectives(path, map) {
        const directives = [];
        const positions = [];
        const seen = new Set();
        for (const [rawName, raw] of Object.entries(map)) {
            const dPath = [...path, rawName];
            if (raw === false)
                continue;
            const values = [];
            const valuePositions = [];
            const items = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
            items.forEach((item, i) => {
                if (typeof item !== 'string')
                    return;
                const itemPath = typeof raw === 'string' ? dPath : [...dPath, i];
                const chars = checkValueChars(item);
                if (chars.length) {
                    this.report(chars, itemPath);
                    return;
                }
                for (const token of item.matchAll(/[^ \t]+/g)) {
                    values.push(token[0]);
                    valuePositions.push(this.src.posInValue(itemPath, token.index));
                }
            });
            const name = rawName.toLowerCase();
            const namePos = this.pos(dPath, 'key');
            if (checkValueChars(rawName).length || /[\s;]/.test(rawName)) {
                this.out.error('csp-directive-unknown', `'${rawName}' is not a CSP directive name`, namePos);
                continue;
            }
            directives.push({ name, values, nameOffset: 0, valueOffsets: [], duplicate: seen.has(name) });
            positions.push({ name: namePos, values: valuePositions });
            seen.add(name);
        }
        for (const f of (0,csp/* checkCsp */.zQ)(directives)) {
            const at = positions[f.directive];
            const pos = at === undefined
                ? this.pos(path, 'key')
                : f.value === undefined
                    ? at.name
                    : (at.values[f.value] ?? at.name);
            this.out.add(f.severity, f.rule, f.message, pos);
        }
        const unique = directives
            .filter((d) => !d.duplicate)
            .map((d) => ({ name: d.name, values: d.values }));
        return (0,csp/* serializeCsp */.LZ)(unique);
    }
    // ---- conditions -----------------------------------------------------------------------------
    condition(path, raw) {
        if (!isRecord(raw))
            return undefined;
        const condition = {};
        const types = stringList(raw['content-type']);
        if (types) {
            const list = types
                .map((t, i) => ({
                t,
                at: typeof raw['content-type'] === 'string'
                    ? [...path, 'content-type']
                    : [...path, 'content-type', i]
            }))
                .filter(({ t, at }) => {
                if (/^([a-z0-9][a-z0-9!#$&^_.+-]*|\*)\/([a-z0-9][a-z0-9!#$&^_.+-]*|\*)$/i.test(t.trim()))
                    return true;
                const hint = t.includes(';')
                    ? `: compare media types without parameters, e.g. '${t.split(';')[0].trim()}'`
                    : ": write a media type such as 'text/html' or 'text/*'";
                this.out.error('when-content-type', `'${t}' is not a media type${hint}`, this.pos(at));
                return false;
            })
                .map(({ t }) => t.trim().toLowerCase());
            if (list.length)
                condition.contentTypes = [...new Set(list)].sort();
        }
        const status = raw.status;
        if (status !== undefined) {
            const items = Array.isArray(status) ? status : [status];
            const ranges = [];
            items.forEach((item, i) => {
                const at = Array.isArray(status) ? [...path, 'status', i] : [...path, 'status'];
                if (typeof item !== 'number' && typeof item !== 'string')
                    return;
                const range = parseStatus(item);
                if (range)
                    ranges.push(range);
                else {
                    this.out.error('when-status', `status '${String(item)}' is not understood: write a code (404), a class ("4xx") or a range ("200-399") between 100 and 599`, this.pos(at));
                }
            });
            if (ranges.length)
                condition.statuses = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        }
        return condition.contentTypes || condition.statuses ? condition : undefined;
    }
    // ---- paths ----------------------------------------------------------------------------------
    paths(defaults) {
        const list = this.data.paths;
        if (!Array.isArray(list))
            return [];
        const rules = [];
        const seen = new Map();
        let catchAll;
        list.forEach((item, index) => {
            if (!isRecord(item) || typeof item.match !== 'string')
                return;
            const match = item.match;
            const pos = this.pos(['paths', index, 'match']);
            const ok = this.checkGlob(match, ['paths', index, 'match']);
            const earlier = seen.get(match);
            if (earlier) {
                this.out.warning('path-unreachable', `'${match}' is already matched at line ${earlier.line}; this entry is never used (first match wins)`, pos);
            }
            else if (catchAll) {
                this.out.warning('path-unreachable', `the entry at line ${catchAll.line} matches every path, so '${match}' is never used (first match wins)`, pos);
            }
            seen.set(match, pos);
            const layer = this.readLayer(['paths', index]);
            const merged = this.overlay(defaults, layer, ['paths', index]);
            this.checkSize(merged, `the headers for '${match}'`, pos);
            if (match === '*' || match === '/*')
                catchAll ??= pos;
            if (!ok)
                return;
            rules.push({ match, pattern: (0,policy_match/* globToRegExpSource */.oY)(match), pos, ...toHeaderSet(merged) });
        });
        return rules;
    }
    checkGlob(glob, path) {
        if (!glob.startsWith('/') && !glob.startsWith('*')) {
            this.out.error('path-glob', `path pattern '${glob}' must start with '/' or '*' (URIs always start with '/'): write '/${glob}'`, this.pos(path));
            return false;
        }
        const bad = [...glob].findIndex((c) => c <= ' ' || c > '~');
        if (bad !== -1) {
            this.out.error('path-glob', `path pattern '${glob}' contains ${describeCodePoint(glob.codePointAt(bad))} at offset ${bad}: CloudFront path patterns are visible ASCII (percent-encode anything else)`, this.src.posInValue(path, bad));
            return false;
        }
        return true;
    }
    /** Names + values + ': ' + CRLF of every header the edge adds, against CloudFront's limit. */
    checkSize(layer, what, pos) {
        let total = 0;
        let largest;
        for (const entry of layer.headers.values()) {
            if (entry.value === null)
                continue;
            total += Buffer.byteLength(entry.rule.key) + Buffer.byteLength(entry.value) + 4;
            if (!largest || entry.value.length > (largest.value ?? '').length)
                largest = entry;
        }
        if (!largest)
            return;
        const at = pos ?? largest.rule.pos;
        if (total > edge_restrictions/* MAX_RESPONSE_HEADER_BYTES */.n_) {
            this.out.error('header-size', `${what} add ${total} bytes, over CloudFront's ${edge_restrictions/* MAX_RESPONSE_HEADER_BYTES */.n_}-byte limit for a response's headers (CloudFront would answer 502); the largest is '${largest.rule.name}' (${largest.value?.length} bytes)`, at);
        }
        else if (total > HEADER_BYTES_WARNING) {
            this.out.warning('header-size', `${what} add ${total} bytes; with the origin's own headers the response may exceed CloudFront's ${edge_restrictions/* MAX_RESPONSE_HEADER_BYTES */.n_}-byte limit (largest: '${largest.rule.name}')`, at);
        }
    }
    // ---- cloudfront, lambda, verify ---------------------------------------------------------------
    cloudfront() {
        const raw = isRecord(this.data.cloudfront) ? this.data.cloudfront : {};
        const distributions = [...new Set(stringList(raw.distribution) ?? [])];
        let behaviors = { kind: 'default' };
        const b = raw.behaviors;
        if (b === 'all')
            behaviors = { kind: 'all' };
        else if (Array.isArray(b) && b.every((p) => typeof p === 'string')) {
            const patterns = [...new Set(b)];
            if (patterns.length === 1 && patterns[0] === '*')
                behaviors = { kind: 'default' };
            else if (patterns.includes('all')) {
                this.out.error('cloudfront-behaviors', `'all' cannot be combined with path patterns: write behaviors: all`, this.pos(['cloudfront', 'behaviors']));
            }
            else if (patterns.length > 0)
                behaviors = { kind: 'patterns', patterns };
        }
        const settings = {
            distributions,
            behaviors,
            replaceForeignAssociation: raw['replace-existing'] === true
        };
        if (isRecord(this.data.cloudfront))
            settings.pos = this.pos(['cloudfront'], 'key');
        return settings;
    }
    lambda() {
        const raw = isRecord(this.data.lambda) ? this.data.lambda : {};
        const runtimes = ['nodejs22.x', 'nodejs24.x', 'nodejs20.x'];
        const runtime = runtimes.find((r) => r === raw.runtime) ?? 'nodejs22.x';
        if (runtime === 'nodejs20.x') {
            this.out.warning('lambda-runtime-deprecated', 'nodejs20.x is deprecated by Lambda on 30 April 2026 (creating functions is blocked from 31 August 2026, updating them from 30 September 2026): use nodejs22.x', this.pos(['lambda', 'runtime']));
        }
        const int = (v, min, max, fallback) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback;
        const settings = {
            runtime,
            memory: int(raw.memory, 128, 10240, 128),
            timeout: int(raw.timeout, 1, 30, 5)
        };
        if (typeof raw.function === 'string')
            settings.functionName = raw.function;
        if (typeof raw.role === 'string')
            settings.role = raw.role;
        if (isRecord(this.data.lambda))
            settings.pos = this.pos(['lambda'], 'key');
        return settings;
    }
    verify() {
        const raw = isRecord(this.data.verify) ? this.data.verify : {};
        const urls = stringList(raw.url) ?? [];
        urls.forEach((url, i) => {
            const at = typeof raw.url === 'string' ? ['verify', 'url'] : ['verify', 'url', i];
            let parsed;
            try {
                parsed = new URL(url);
            }
            catch {
                parsed = undefined;
            }
            if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
                this.out.error('verify-url', `'${url}' is not an http(s) URL such as https://www.example.com`, this.pos(at));
            }
            else if (parsed.search || parsed.hash) {
                this.out.warning('verify-url', `'${url}': give the site's base URL; paths belong in verify.paths`, this.pos(at));
            }
        });
        const paths = [];
        if (Array.isArray(raw.paths)) {
            raw.paths.forEach((p, i) => {
                if (typeof p !== 'string')
                    return;
                if (!p.startsWith('/')) {
                    this.out.error('verify-path', `verify path '${p}' must start with '/': write '/${p}'`, this.pos(['verify', 'paths', i]));
                    return;
                }
                const bad = [...p].findIndex((c) => c <= ' ' || c > '~');
                if (bad !== -1) {
                    this.out.error('verify-path', `verify path '${p}' contains ${describeCodePoint(p.codePointAt(bad))} at offset ${bad}: percent-encode it`, this.src.posInValue(['verify', 'paths', i], bad));
                    return;
                }
                paths.push(p);
            });
        }
        const rules = [];
        if (isRecord(raw.rules)) {
            for (const [header, spec] of Object.entries(raw.rules)) {
                const path = ['verify', 'rules', header];
                const pos = this.pos(path, 'key');
                if (!(0,header_names/* isToken */.sg)(header)) {
                    this.out.error('header-name-token', `'${header}' in verify.rules is not an HTTP header name (RFC 9110 token)`, pos);
                    continue;
                }
                if (!isRecord(spec))
                    continue;
                const rule = {
                    header: header.toLowerCase(),
                    pos,
                    ...this.assertions(spec, path)
                };
                if (isRecord(spec.directives)) {
                    // fromEntries defines own properties, so a directive named __proto__ stays data.
                    rule.directives = Object.fromEntries(Object.entries(spec.directives)
                        .filter((entry) => isRecord(entry[1]))
                        .map(([name, d]) => [
                        name.toLowerCase(),
                        this.assertions(d, [...path, 'directives', name])
                    ]));
                }
                rules.push(rule);
            }
        }
        rules.sort((a, b) => (a.header < b.header ? -1 : a.header > b.header ? 1 : 0));
        return { urls, paths, rules };
    }
    assertions(spec, path) {
        const result = {};
        if (typeof spec.required === 'boolean')
            result.required = spec.required;
        const contain = stringList(spec['must-contain']);
        const avoid = stringList(spec['must-avoid']);
        const oneOf = stringList(spec['one-of']);
        if (contain)
            result.mustContain = contain;
        if (avoid)
            result.mustAvoid = avoid;
        if (oneOf)
            result.oneOf = oneOf;
        if (result.required === false && (contain || oneOf)) {
            this.out.warning('verify-rule-contradiction', `'${displayPath(path)}' says the header must be absent (required: false) and also what it must contain`, this.pos([...path, 'required']));
        }
        return result;
    }
}
/** `404`, `"404"`, `"4xx"`, `"200-399"` -> an inclusive range within 100..599. */
function parseStatus(item) {
    const text = String(item).trim().toLowerCase();
    let range;
    let m;
    if ((m = /^([1-5])xx$/.exec(text)))
        range = [Number(m[1]) * 100, Number(m[1]) * 100 + 99];
    else if ((m = /^(\d{3})\s*-\s*(\d{3})$/.exec(text)))
        range = [Number(m[1]), Number(m[2])];
    else if (/^\d{3}$/.test(text))
        range = [Number(text), Number(text)];
    if (!range || range[0] < 100 || range[1] > 599 || range[0] > range[1])
        return undefined;
    return range;
}
function toHeaderSet(layer) {
    const headers = [...layer.headers.values()]
        .filter((e) => e.value !== null)
        .map((e) => e.rule)
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const remove = [...layer.remove.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    return { headers, remove };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/policy/source.ts
// The policy file as text and as a YAML syntax tree: the plain data the checks read, and the
// source position of every key and value so each problem points at the user's own line.
// JSON files are parsed by the same YAML parser (JSON is YAML 1.2) after a strict JSON.parse,
// so both formats get positions and duplicate-key detection. Nothing here evaluates a value.

/** YAML aliases may not expand into more than this many nodes (guards against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;
function parseSource(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        strict: true,
        keepSourceTokens: false
    });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
        return { file, line: Math.max(1, line), col: Math.max(1, col) };
    };
    const diagnostics = [];
    let fatal = false;
    if (/\.json$/i.test(file)) {
        const jsonProblem = strictJsonProblem(text);
        if (jsonProblem) {
            diagnostics.push({
                severity: 'error',
                rule: 'json-syntax',
                message: jsonProblem.message,
                pos: at(jsonProblem.offset)
            });
            fatal = true;
        }
    }
    for (const error of doc.errors) {
        const duplicate = error.code === 'DUPLICATE_KEY';
        if (!duplicate)
            fatal = true;
        diagnostics.push({
            severity: 'error',
            rule: duplicate ? 'duplicate-key' : 'yaml-syntax',
            message: duplicate
                ? duplicateKeyMessage(doc, error.pos[0], lineCounter)
                : yamlMessage(error.code, error.message),
            pos: at(errorOffset(text, error.code, error.pos[0]))
        });
    }
    for (const warning of doc.warnings) {
        const tag = warning.code === 'TAG_RESOLVE_FAILED';
        diagnostics.push({
            severity: tag ? 'error' : 'warning',
            rule: tag ? 'yaml-tag' : 'yaml-syntax',
            message: tag
                ? `${warning.message}: YAML tags are not supported in a policy file; write a plain value`
                : `YAML: ${warning.message}`,
            pos: at(warning.pos[0])
        });
    }
    if (fatal)
        return { diagnostics };
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        diagnostics.push({
            severity: 'error',
            rule: 'yaml-syntax',
            message: `YAML: ${message}`,
            pos: at(0)
        });
        return { diagnostics };
    }
    const find = (path) => {
        let node = doc.contents;
        let pair;
        let last = node ?? undefined;
        for (let depth = 0; depth < path.length; depth++) {
            node = resolveAlias(doc, node);
            const step = childOf(node, path[depth]);
            if (!step)
                return { depth, last };
            pair = step.pair;
            node = step.node;
            if (step.node)
                last = step.node;
            else if (step.pair && isNodeLike(step.pair.key))
                last = step.pair.key;
            if (!node && depth < path.length - 1)
                return { depth: depth + 1, last };
        }
        return { node: node ?? undefined, pair, depth: path.length, last };
    };
    const startOf = (node) => node?.range?.[0];
    const source = {
        file,
        text,
        data,
        posOf(path, part = 'value') {
            const found = find(path);
            if (found.depth === path.length) {
                if (part === 'key' && found.pair && isNodeLike(found.pair.key)) {
                    const keyStart = startOf(found.pair.key);
                    if (keyStart !== undefined)
                        return at(keyStart);
                }
                const start = startOf(found.node) ??
                    (found.pair && isNodeLike(found.pair.key) ? startOf(found.pair.key) : undefined);
                if (start !== undefined)
                    return at(start);
            }
            const fallback = startOf(found.last);
            return at(fallback ?? 0);
        },
        posInValue(path, offset) {
            const found = find(path);
            const node = found.depth === path.length ? found.node : undefined;
            if (node && (0,dist/* isScalar */.jn)(node) && node.range && typeof node.value === 'string') {
                const raw = text.slice(node.range[0], node.range[1]);
                if (node.type === 'PLAIN' && raw === node.value)
                    return at(node.range[0] + offset);
                if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
                    raw.slice(1, -1) === node.value) {
                    return at(node.range[0] + 1 + offset);
                }
            }
            return source.posOf(path);
        },
        rawScalar(path) {
            const found = find(path);
            const node = found.depth === path.length ? found.node : undefined;
            if (node && (0,dist/* isScalar */.jn)(node) && node.range) {
                return node.type === 'PLAIN'
                    ? text.slice(node.range[0], node.range[1]).trim()
                    : String(node.value);
            }
            return undefined;
        }
    };
    return { source, diagnostics };
}
function isNodeLike(value) {
    return typeof value === 'object' && value !== null && 'range' in value;
}
function resolveAlias(doc, node) {
    let current = node;
    for (let i = 0; i < 10 && current && (0,dist/* isAlias */.Vj)(current); i++) {
        current = current.resolve(doc);
    }
    return current;
}
/** The key of a map entry as toJS() spells it (scalars by value, anything else as YAML text). */
function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    if (key === null || key === undefined)
        return '';
    return String(key);
}
function childOf(node, segment) {
    if ((0,dist/* isMap */.jh)(node)) {
        let match;
        // The last entry wins, as it does in the data (a duplicate key is already an error).
        for (const item of node.items)
            if ((0,dist/* isPair */.tO)(item) && keyText(item.key) === String(segment))
                match = item;
        if (!match)
            return undefined;
        return { pair: match, node: isNodeLike(match.value) ? match.value : undefined };
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        const index = typeof segment === 'number' ? segment : Number(segment);
        const item = Number.isInteger(index) ? node.items[index] : undefined;
        return isNodeLike(item) ? { node: item } : undefined;
    }
    return undefined;
}
function strictJsonProblem(text) {
    try {
        JSON.parse(text);
        return undefined;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = /position (\d+)/.exec(message);
        const offset = position
            ? Number(position[1])
            : /end of JSON input/.test(message)
                ? text.length
                : 0;
        return {
            message: `JSON: ${message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '')}`,
            offset
        };
    }
}
function duplicateKeyMessage(doc, offset, lines) {
    let message = 'duplicate key: a key may appear only once in a mapping';
    (0,dist/* visit */.YR)(doc, {
        Map(_, map) {
            const firstByKey = new Map();
            for (const item of map.items) {
                if (!isNodeLike(item.key))
                    continue;
                const name = keyText(item.key);
                const first = firstByKey.get(name);
                if (first && item.key.range?.[0] === offset) {
                    const line = lines.linePos(first.range?.[0] ?? 0).line;
                    message = `duplicate key '${name}' (first at line ${line}): a key may appear only once in a mapping`;
                    return dist/* visit */.YR.BREAK;
                }
                if (!first)
                    firstByKey.set(name, item.key);
            }
            return undefined;
        }
    });
    return message;
}
/** An unclosed quote is reported at the end of the file; point at the quote that opened it. */
function errorOffset(text, code, offset) {
    if (code !== 'MISSING_CHAR')
        return offset;
    const before = text.slice(0, offset);
    const opening = Math.max(before.lastIndexOf('"'), before.lastIndexOf("'"));
    return opening === -1 ? offset : opening;
}
function yamlMessage(code, message) {
    if (code === 'MULTIPLE_DOCS')
        return "YAML: the policy file must hold a single document (remove the second '---')";
    return `YAML: ${message}`;
}

;// CONCATENATED MODULE: ./src/policy/load.ts
// The policy loader: file -> text -> syntax tree -> schema check -> resolved policy, with every
// problem found along the way as a positioned diagnostic. It never throws on bad input.








/** Where a policy file is looked for when none is given, in order. */
const DEFAULT_POLICY_PATHS = [
    '.github/security-headers.yml',
    '.github/security-headers.yaml',
    '.github/security-headers.json'
];
/** The given path (resolved against cwd), else the first default that exists, else the .yml default. */
function findPolicyFile(cwd, given) {
    if (given !== undefined && given !== '')
        return (0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.join)(cwd, given);
    for (const candidate of DEFAULT_POLICY_PATHS) {
        const path = (0,external_node_path_.join)(cwd, candidate);
        if ((0,external_node_fs_.existsSync)(path))
            return path;
    }
    return (0,external_node_path_.join)(cwd, DEFAULT_POLICY_PATHS[0]);
}
/** Reads and checks a policy file; a missing or unreadable file is a diagnostic, not a throw. */
async function loadPolicy(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const message = code === 'ENOENT'
            ? `policy file not found: create it (see examples/static-site.yml) or pass its path with --policy / the 'policy' input`
            : code === 'EISDIR'
                ? 'the policy path is a directory; give the path of a .yml, .yaml or .json file'
                : `cannot read the policy file: ${error instanceof Error ? error.message : String(error)}`;
        return {
            diagnostics: [
                { severity: 'error', rule: 'policy-file', message, pos: { file, line: 1, col: 1 } }
            ]
        };
    }
    return loadPolicyText(text, file);
}
/** Checks policy text (YAML, or JSON for a .json file) and resolves it. Pure; never throws. */
function loadPolicyText(text, file) {
    try {
        return loadUnsafe(text.replace(/^\uFEFF/, ''), file);
    }
    catch (error) {
        // A bug of ours, not the user's: still a diagnostic, so validate never prints a stack trace.
        const message = error instanceof Error ? error.message : String(error);
        return {
            diagnostics: [
                {
                    severity: 'error',
                    rule: 'internal-error',
                    message: `headerguard could not check this policy (${message}); please report it with the policy file`,
                    pos: { file, line: 1, col: 1 }
                }
            ]
        };
    }
}
function loadUnsafe(text, file) {
    const parsed = parseSource(text, file);
    const out = new policy_diagnostics/* DiagnosticList */.w0();
    for (const d of parsed.diagnostics)
        out.add(d.severity, d.rule, d.message, d.pos);
    const source = parsed.source;
    if (!source)
        return { diagnostics: (0,policy_diagnostics/* sortDiagnostics */.Ds)(out.items) };
    if (source.data === null || source.data === undefined) {
        out.error('schema-required', "the policy file is empty: start with 'version: 1'", {
            file,
            line: 1,
            col: 1
        });
        return { diagnostics: (0,policy_diagnostics/* sortDiagnostics */.Ds)(out.items) };
    }
    checkSchema(source, out);
    const parts = new Resolver(source, out).resolve();
    const diagnostics = (0,policy_diagnostics/* sortDiagnostics */.Ds)(out.items);
    if (diagnostics.some((d) => d.severity === 'error'))
        return { diagnostics };
    const policy = {
        version: 1,
        file,
        extends: parts.extends,
        cloudfront: parts.cloudfront,
        lambda: parts.lambda,
        defaults: parts.defaults,
        paths: parts.paths,
        verify: parts.verify,
        hash: policyHash(parts.defaults, parts.paths)
    };
    return { policy, diagnostics };
}
/** sha256 hex of the canonical JSON of what the edge does: keys sorted, positions left out. */
function policyHash(defaults, paths) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson({ defaults, paths })).digest('hex');
}
/** JSON with object keys sorted and every `pos` dropped: equal policies give equal text. */
function canonicalJson(value) {
    return JSON.stringify(value, (key, v) => {
        if (key === 'pos')
            return undefined;
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
        }
        return v;
    });
}


/***/ }),

/***/ 6563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _t: () => (/* binding */ applicableHeaders),
/* harmony export */   gl: () => (/* binding */ selectHeaderSet),
/* harmony export */   oY: () => (/* binding */ globToRegExpSource)
/* harmony export */ });
/* unused harmony exports mediaType, conditionMatches */
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
/** The header rules that the edge applies to this response. */
function applicableHeaders(set, response) {
    return set.headers.filter((rule) => conditionMatches(rule.when, response));
}


/***/ })

};
