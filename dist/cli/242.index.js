export const id = 242;
export const ids = [242];
export const modules = {

/***/ 6416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ parseCspLocated),
/* harmony export */   LZ: () => (/* binding */ serializeCsp),
/* harmony export */   WV: () => (/* binding */ parseCsp),
/* harmony export */   Ze: () => (/* binding */ canonicalCsp),
/* harmony export */   zQ: () => (/* binding */ checkCsp)
/* harmony export */ });
/* unused harmony exports CSP_DIRECTIVES, hashProblem */
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2969);
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
        const distance = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .editDistance */ .YC)(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
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
        if (value.startsWith("'nonce-")) {
            add('warning', 'csp-fixed-nonce', `${raw} in ${d.name} is a fixed nonce: the edge sends the same header on every response, so an attacker who reads it once can reuse it; use hashes ('sha256-...') or generate a fresh nonce per response at the origin`, i);
            return;
        }
        const hash = /^'(sha256|sha384|sha512)-([^']*)'$/i.exec(raw);
        if (hash) {
            const problem = hashProblem(hash[1].toLowerCase(), hash[2]);
            if (problem)
                add('error', 'csp-hash-syntax', `${raw} in ${d.name}: ${problem}`, i);
            return;
        }
        if (value.startsWith("'")) {
            const inner = value.endsWith("'") && value.length > 1 ? value.slice(1, -1) : value.slice(1);
            if (!CSP_KEYWORDS.has(inner) &&
                !/^(nonce|sha256|sha384|sha512)-[A-Za-z0-9+/_=-]+$/.test(inner)) {
                const typo = [...CSP_KEYWORDS].find((k) => (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .editDistance */ .YC)(inner, k) <= 2);
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
/** Digest sizes in bytes (CSP3 2.3.1 hash-algorithm: sha256, sha384, sha512). */
const HASH_BYTES = { sha256: 32, sha384: 48, sha512: 64 };
/**
 * Why a hash source's base64 value cannot be a digest of its algorithm, or undefined. CSP3
 * base64-value: base64 or base64url characters, up to two `=`; its length must encode exactly
 * the digest (sha256: 44 characters with padding).
 */
function hashProblem(algorithm, encoded) {
    const bytes = HASH_BYTES[algorithm];
    if (bytes === undefined)
        return undefined;
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded))
        return 'the digest must be base64 (letters, digits, + / or - _, up to two =)';
    const data = encoded.replace(/=+$/, '');
    const decoded = Math.floor((data.length * 6) / 8);
    const padded = Math.ceil(bytes / 3) * 4;
    if (decoded !== bytes || (encoded.includes('=') && encoded.length !== padded)) {
        return `a ${algorithm} digest is ${bytes} bytes, ${padded} base64 characters with padding; this one has ${encoded.length} (${decoded} bytes)`;
    }
    return undefined;
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


/***/ }),

/***/ 6105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseSfDictionary),
/* harmony export */   z: () => (/* binding */ SfSyntaxError)
/* harmony export */ });
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


/***/ })

};
