export const id = 931;
export const ids = [931];
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

/***/ 4851:
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

/***/ 6921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ headerGrammar),
/* harmony export */   a0: () => (/* binding */ headerInstances),
/* harmony export */   uy: () => (/* binding */ SINGLE_INSTANCE_HEADERS)
/* harmony export */ });
// What the grammar of each security header says about comparing its values: the one table.
// Used by the verifier to compare a served value with the policy's, to split a value into
// the items drHEADer-style rules judge, and to tell a repeated header from a list.
//
// case:   'insensitive': the whole value compares case-insensitively (enumerated tokens:
//                        RFC 9110 5.6.2 tokens are case-insensitive where the header says so);
//         'directives':  directive names and token values are case-insensitive, quoted strings
//                        and arguments are not (Cache-Control, RFC 9111 5.2: "Cache directives
//                        are identified by a token, to be compared case-insensitively");
//         'csp':         CSP3 2.2: directive names and keyword sources case-insensitive,
//                        nonces, hashes and URL paths not;
//         'hsts':        RFC 6797 6.1: directive names case-insensitive, compared parsed;
//         'sensitive':   byte for byte once trimmed (the default for unknown headers).
// items:  the separator of a value's items (drHEADer delimiters.json); key: key/value separator.
// once:   a security header that must be sent once: a second instance is a finding (RFC 6797
//         8.1 honours only the first HSTS; HTML's X-Frame-Options processing treats differing
//         values as invalid; the structured-field headers fail to parse when joined).
// noComma: the grammar has no comma, so a comma in a received value means two instances
//         folded into one line (CSP3: a comma separates policies).
// directives: the form `directives` rules judge; absent: the header has no directives.
const DEFAULT = {
    case: 'sensitive',
    items: ',',
    key: '=',
    once: false,
    noComma: false
};
function g(over) {
    return { ...DEFAULT, ...over };
}
const TABLE = new Map([
    [
        'content-security-policy',
        g({ case: 'csp', items: ';', once: true, noComma: true, directives: 'csp' })
    ],
    [
        'content-security-policy-report-only',
        g({ case: 'csp', items: ';', noComma: true, directives: 'csp' })
    ],
    ['feature-policy', g({ case: 'csp', items: ';', directives: 'csp' })],
    ['permissions-policy', g({ case: 'sensitive', once: true, directives: 'dictionary' })],
    [
        'strict-transport-security',
        g({ case: 'hsts', items: ';', once: true, noComma: true, directives: 'key-value' })
    ],
    ['cache-control', g({ case: 'directives', directives: 'key-value' })],
    ['set-cookie', g({ case: 'sensitive', items: ';' })],
    ['clear-site-data', g({ case: 'sensitive' })],
    ['referrer-policy', g({ case: 'insensitive', once: true })],
    ['x-frame-options', g({ case: 'insensitive', once: true, noComma: true })],
    ['x-content-type-options', g({ case: 'insensitive', once: true, noComma: true })],
    ['cross-origin-opener-policy', g({ case: 'insensitive', once: true, noComma: true })],
    ['cross-origin-embedder-policy', g({ case: 'insensitive', once: true, noComma: true })],
    ['cross-origin-resource-policy', g({ case: 'insensitive', once: true, noComma: true })],
    ['x-permitted-cross-domain-policies', g({ case: 'insensitive', once: true })],
    ['x-dns-prefetch-control', g({ case: 'insensitive' })],
    ['x-download-options', g({ case: 'insensitive' })],
    ['x-xss-protection', g({ case: 'insensitive', items: ';', once: true })],
    ['origin-agent-cluster', g({ case: 'insensitive' })],
    ['pragma', g({ case: 'insensitive' })],
    ['x-forwarded-for', g({ case: 'sensitive' })]
]);
function headerGrammar(name) {
    return TABLE.get(name.toLowerCase()) ?? DEFAULT;
}
/** The security headers that must be sent once (see `once`). */
const SINGLE_INSTANCE_HEADERS = [...TABLE]
    .filter(([, grammar]) => grammar.once)
    .map(([name]) => name);
/** The instances of a header as sent, un-folding comma-joined lines where the grammar allows. */
function headerInstances(name, values) {
    if (!values || values.length === 0)
        return [];
    if (!headerGrammar(name).noComma)
        return [...values];
    return values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v.length > 0);
}


/***/ }),

/***/ 8190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ checkHeaderValue)
});

// EXTERNAL MODULE: ./src/headers/csp.ts
var csp = __webpack_require__(6416);
// EXTERNAL MODULE: ./src/headers/hsts.ts
var hsts = __webpack_require__(7464);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
// EXTERNAL MODULE: ./src/headers/structured-fields.ts
var structured_fields = __webpack_require__(6105);
;// CONCATENATED MODULE: ./src/headers/permissions-policy.ts
// Permissions-Policy: a structured-field dictionary, feature -> allowlist (W3C Permissions
// Policy, "Structured header serialization").


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
        members = (0,structured_fields/* parseSfDictionary */.R)(value);
    }
    catch (error) {
        if (!(error instanceof structured_fields/* SfSyntaxError */.z))
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
            const typo = (0,suggest/* closest */.kp)(member.key, PERMISSIONS_FEATURES);
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

// EXTERNAL MODULE: ./src/headers/value-chars.ts
var value_chars = __webpack_require__(4211);
;// CONCATENATED MODULE: ./src/headers/header-values.ts
// Checks on header values: the characters HTTP allows, then the syntax of the security headers
// whose grammar we know. Each finding carries the offset of the offending text in the value so
// the diagnostic lands on it. Values are data: they are split and compared, never evaluated.





/** Every check on one header value, by lowercase header name. */
function checkHeaderValue(name, value) {
    const chars = (0,value_chars/* checkValueChars */.dO)(value);
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
        const typo = (0,suggest/* closest */.kp)(compare, allowed);
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
            const typo = (0,suggest/* closest */.kp)(lower, REFERRER_POLICIES);
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


/***/ }),

/***/ 7464:
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

/***/ 4211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ forbiddenValueChar),
/* harmony export */   dO: () => (/* binding */ checkValueChars),
/* harmony export */   pk: () => (/* binding */ describeCodePoint)
/* harmony export */ });
/* unused harmony exports isAllowedValueCode, firstBadValueChar */
// The characters a header value may hold: the one definition, used by the policy checks
// (positioned diagnostics) and by the compiler (the last line of defence before a package).
//
// RFC 9110 5.5: field-value = *field-content, field-vchar = VCHAR / obs-text, with SP and HTAB
// between. obs-text (%x80-FF) exists only for compatibility: "Specifications for newly defined
// fields SHOULD limit their values to visible US-ASCII octets (VCHAR), SP, and HTAB", and "a
// recipient SHOULD treat other allowed octets in field content (i.e., obs-text) as opaque data".
// Every header a policy sets has an ASCII grammar, and a non-ASCII character in the YAML would
// reach browsers as bytes they decode as Latin-1, not as what the author typed. So the allowed
// set is HTAB, SP and VCHAR (%x21-7E); obs-text is refused, like CR, LF, NUL and DEL.
/** HTAB, SP or VCHAR: RFC 9110 field-content without obs-text. */
function isAllowedValueCode(code) {
    return code === 0x09 || (code >= 0x20 && code <= 0x7e);
}
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
/** The first character a header value may not hold (see the module comment). */
function firstBadValueChar(value) {
    for (let offset = 0; offset < value.length; offset++) {
        const code = value.charCodeAt(offset);
        if (isAllowedValueCode(code))
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
/** The first forbidden character as `U+XXXX`, or undefined: the compiler's form of the check. */
function forbiddenValueChar(value) {
    const bad = firstBadValueChar(value);
    return bad === undefined
        ? undefined
        : `U+${bad.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}


/***/ }),

/***/ 5200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ DEFAULT_RUNTIME),
/* harmony export */   Ud: () => (/* binding */ isEdgeRuntime),
/* harmony export */   c3: () => (/* binding */ EDGE_RUNTIMES)
/* harmony export */ });
/* unused harmony exports RUNTIME_CALENDAR, DEPRECATION_WARNING_DAYS, runtimeStage, canCreateOn, canUpdateOn, daysUntilDeprecation, runtimeCalendarLine */
// The one runtime calendar: which Node.js runtimes Lambda@Edge accepts for the generated handler
// and when Lambda deprecates each and blocks creating and updating functions on it. Used by the
// policy checks, the deploy preflight and the emulator (docs/aws-facts.md §2; source: the
// "Lambda runtimes" page, https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
const EDGE_RUNTIMES = ['nodejs24.x', 'nodejs22.x', 'nodejs20.x'];
/** The runtime a new policy (and a new function) gets. */
const DEFAULT_RUNTIME = 'nodejs24.x';
/**
 * Dates as the Lambda runtimes page lists them. nodejs20.x: deprecated 2026-04-30, create
 * blocked 2026-08-31, update blocked 2026-09-30. nodejs22.x: deprecated 2027-04-30.
 * nodejs24.x: deprecated 2028-04-30. Where the page gave no block date yet, the later stages
 * follow the pattern Lambda has used (create one month, update two months after deprecation).
 */
const RUNTIME_CALENDAR = {
    'nodejs20.x': { deprecated: '2026-04-30', blockCreate: '2026-08-31', blockUpdate: '2026-09-30' },
    'nodejs22.x': { deprecated: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01' },
    'nodejs24.x': { deprecated: '2028-04-30', blockCreate: '2028-06-01', blockUpdate: '2028-07-01' }
};
/** How long ahead of a deprecation date the deploy warns. */
const DEPRECATION_WARNING_DAYS = 90;
function isEdgeRuntime(value) {
    return typeof value === 'string' && EDGE_RUNTIMES.includes(value);
}
const dayMs = (iso) => Date.parse(`${iso}T00:00:00Z`);
/** Where a runtime stands on a day; an unknown runtime (not a Lambda@Edge Node.js one) is undefined. */
function runtimeStage(runtime, nowMs) {
    if (!isEdgeRuntime(runtime))
        return undefined;
    const dates = RUNTIME_CALENDAR[runtime];
    if (nowMs >= dayMs(dates.blockUpdate))
        return 'update-blocked';
    if (nowMs >= dayMs(dates.blockCreate))
        return 'create-blocked';
    if (nowMs >= dayMs(dates.deprecated))
        return 'deprecated';
    return 'supported';
}
const canCreateOn = (runtime, nowMs) => {
    const stage = runtimeStage(runtime, nowMs);
    return stage === 'supported' || stage === 'deprecated';
};
const canUpdateOn = (runtime, nowMs) => {
    const stage = runtimeStage(runtime, nowMs);
    return stage !== undefined && stage !== 'update-blocked';
};
/** Days until the runtime's deprecation date; negative once passed. */
function daysUntilDeprecation(runtime, nowMs) {
    return Math.floor((dayMs(RUNTIME_CALENDAR[runtime].deprecated) - nowMs) / 86_400_000);
}
/** One sentence with the runtime's dates, for warnings and errors. */
function runtimeCalendarLine(runtime) {
    const d = RUNTIME_CALENDAR[runtime];
    return `Lambda deprecates ${runtime} on ${d.deprecated}, blocks creating functions on it from ${d.blockCreate} and updating them from ${d.blockUpdate}`;
}


/***/ }),

/***/ 2931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oz: () => (/* binding */ findPolicyFile),
  tb: () => (/* binding */ loadPolicy),
  of: () => (/* binding */ loadPolicyText)
});

// UNUSED EXPORTS: DEFAULT_POLICY_PATHS, MAX_POLICY_BYTES, canonicalJson, policyHash

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/diagnostics.ts
var src_diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/distribution-ids.ts
var distribution_ids = __webpack_require__(6698);
// EXTERNAL MODULE: ./src/lambda-runtimes.ts
var lambda_runtimes = __webpack_require__(5200);
;// CONCATENATED MODULE: ./src/policy/resolve-context.ts
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A string or a list of strings as a list; anything else (the schema reports it) undefined. */
function stringList(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        return value;
    return undefined;
}
class ResolveContext {
    src;
    out;
    constructor(src, out) {
        this.src = src;
        this.out = out;
    }
    /** The policy's top-level mapping ({} when it is not one: the schema reports that). */
    get data() {
        return isRecord(this.src.data) ? this.src.data : {};
    }
    pos(path, part = 'value') {
        return this.src.posOf(path, part);
    }
    /** Value findings as diagnostics, each at its offset inside the value when it has one. */
    report(findings, path) {
        for (const f of findings) {
            const pos = f.offset === undefined ? this.pos(path) : this.src.posInValue(path, f.offset);
            this.out.add(f.severity, f.rule, f.message, pos);
        }
    }
}

;// CONCATENATED MODULE: ./src/policy/deploy-settings.ts
// The `cloudfront` and `lambda` sections: where the function is deployed and how it runs.



function cloudfrontSettings(ctx) {
    const raw = isRecord(ctx.data.cloudfront) ? ctx.data.cloudfront : {};
    const distributions = (0,distribution_ids/* normaliseDistributionIds */.N)(stringList(raw.distribution) ?? []);
    let behaviors = { kind: 'default' };
    const b = raw.behaviors;
    if (b === 'all')
        behaviors = { kind: 'all' };
    else if (Array.isArray(b) && b.every((p) => typeof p === 'string')) {
        const patterns = [...new Set(b)];
        if (patterns.length === 1 && patterns[0] === '*')
            behaviors = { kind: 'default' };
        else if (patterns.includes('all')) {
            ctx.out.error('cloudfront-behaviors', `'all' cannot be combined with path patterns: write behaviors: all`, ctx.pos(['cloudfront', 'behaviors']));
        }
        else if (patterns.length > 0)
            behaviors = { kind: 'patterns', patterns };
    }
    const settings = {
        distributions,
        behaviors,
        replaceForeignAssociation: raw['replace-existing'] === true
    };
    if (isRecord(ctx.data.cloudfront))
        settings.pos = ctx.pos(['cloudfront'], 'key');
    return settings;
}
function lambdaSettings(ctx) {
    const raw = isRecord(ctx.data.lambda) ? ctx.data.lambda : {};
    const runtime = (0,lambda_runtimes/* isEdgeRuntime */.Ud)(raw.runtime) ? raw.runtime : 'nodejs22.x';
    if (runtime === 'nodejs20.x') {
        ctx.out.warning('lambda-runtime-deprecated', 'nodejs20.x is deprecated by Lambda on 30 April 2026 (creating functions is blocked from 31 August 2026, updating them from 30 September 2026): use nodejs22.x', ctx.pos(['lambda', 'runtime']));
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
    if (isRecord(ctx.data.lambda))
        settings.pos = ctx.pos(['lambda'], 'key');
    return settings;
}

// EXTERNAL MODULE: ./src/headers/edge-restrictions.ts
var edge_restrictions = __webpack_require__(8109);
// EXTERNAL MODULE: ./src/headers/header-names.ts
var header_names = __webpack_require__(6668);
// EXTERNAL MODULE: ./src/headers/csp.ts
var csp = __webpack_require__(6416);
// EXTERNAL MODULE: ./src/headers/header-values.ts + 1 modules
var header_values = __webpack_require__(8190);
// EXTERNAL MODULE: ./src/headers/value-chars.ts
var value_chars = __webpack_require__(4211);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
// EXTERNAL MODULE: ./src/headers/match.ts
var headers_match = __webpack_require__(303);
;// CONCATENATED MODULE: ./src/policy/conditions.ts
// `when:` conditions: media types (compared without parameters) and status codes or ranges.


function condition(ctx, path, raw) {
    if (!isRecord(raw))
        return undefined;
    const result = {};
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
            if ((0,headers_match/* isMediaRange */.sX)(t.trim()))
                return true;
            const hint = t.includes(';')
                ? `: compare media types without parameters, e.g. '${t.split(';')[0].trim()}'`
                : ": write a media type such as 'text/html' or 'text/*'";
            ctx.out.error('when-content-type', `'${t}' is not a media type${hint}`, ctx.pos(at));
            return false;
        })
            .map(({ t }) => t.trim().toLowerCase());
        if (list.length)
            result.contentTypes = [...new Set(list)].sort();
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
                ctx.out.error('when-status', `status '${String(item)}' is not understood: write a code (404), a class ("4xx") or a range ("200-399") between 100 and 599`, ctx.pos(at));
            }
        });
        if (ranges.length)
            result.statuses = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    }
    return result.contentTypes || result.statuses ? result : undefined;
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

;// CONCATENATED MODULE: ./src/policy/csp-directives.ts
// The CSP `directives` form: a map from directive name to its sources, checked with every
// finding at the source's own position, then serialised to the one canonical string.


function cspFromDirectives(ctx, path, map) {
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
            const chars = (0,value_chars/* checkValueChars */.dO)(item);
            if (chars.length) {
                ctx.report(chars, itemPath);
                return;
            }
            // A `;` would end the directive and a `,` the policy: the rest of the item would become
            // directives (or a second policy) of its own. In the list form each item is one source.
            const separator = typeof raw === 'string' ? /[;,]/ : /[;,\s]/;
            const bad = item.trim().search(separator);
            if (bad !== -1) {
                const offset = item.length - item.trimStart().length + bad;
                const ch = item[offset] === ';' ? "';'" : item[offset] === ',' ? "','" : 'whitespace';
                ctx.out.error('csp-source-separator', `${ch} in a source of ${rawName} would start ${ch === "','" ? 'another policy' : ch === "';'" ? 'another directive' : 'another source'}: give each source as its own list item (and each directive as its own key)`, ctx.src.posInValue(itemPath, offset));
                return;
            }
            for (const token of item.matchAll(/[^ \t]+/g)) {
                values.push(token[0]);
                valuePositions.push(ctx.src.posInValue(itemPath, token.index));
            }
        });
        const name = rawName.toLowerCase();
        const namePos = ctx.pos(dPath, 'key');
        if ((0,value_chars/* checkValueChars */.dO)(rawName).length || /[\s;]/.test(rawName)) {
            ctx.out.error('csp-directive-unknown', `'${rawName}' is not a CSP directive name`, namePos);
            continue;
        }
        directives.push({ name, values, nameOffset: 0, valueOffsets: [], duplicate: seen.has(name) });
        positions.push({ name: namePos, values: valuePositions });
        seen.add(name);
    }
    for (const f of (0,csp/* checkCsp */.zQ)(directives)) {
        const at = positions[f.directive];
        const pos = at === undefined
            ? ctx.pos(path, 'key')
            : f.value === undefined
                ? at.name
                : (at.values[f.value] ?? at.name);
        ctx.out.add(f.severity, f.rule, f.message, pos);
    }
    const unique = directives
        .filter((d) => !d.duplicate)
        .map((d) => ({ name: d.name, values: d.values }));
    return (0,csp/* serializeCsp */.LZ)(unique);
}

;// CONCATENATED MODULE: ./src/policy/header-rule.ts
// One header as the policy declares it: its name (token, Lambda@Edge restrictions, typos), its
// value in any of the forms (scalar, { value }, CSP { directives }) and the value's checks.









/** Headers whose value describes one particular response, with the reason (RFC 9110). */
const PER_RESPONSE_HEADERS = new Map([
    ['content-length', 'the size of this body, RFC 9110 8.6'],
    ['content-encoding', 'the coding applied to this body, RFC 9110 8.4'],
    ['content-range', 'the part of the body this response carries, RFC 9110 14.4'],
    ['date', 'when this response was generated, RFC 9110 6.6.1'],
    ['etag', 'the version of this representation, RFC 9110 8.8.3'],
    ['last-modified', 'when this representation last changed, RFC 9110 8.8.2'],
    ['age', 'how long this response sat in a cache, RFC 9111 5.1'],
    ['host', 'a request header naming the target host, RFC 9110 7.2']
]);
function readHeader(ctx, path, rawName, raw) {
    const keyPos = ctx.pos(path, 'key');
    checkHeaderName(ctx, rawName, keyPos, 'set');
    const name = rawName.toLowerCase();
    const key = /[A-Z]/.test(rawName) ? rawName : (0,header_names/* canonicalHeaderKey */.ny)(name);
    const rule = { name, key, value: '', override: true, pos: keyPos };
    if (raw === null)
        return { rule, value: null };
    if (typeof raw === 'string' || typeof raw === 'number') {
        const value = scalarText(ctx, path, raw);
        rule.value = checkedValue(ctx, name, value, path);
        return { rule, value: rule.value };
    }
    if (!isRecord(raw))
        return undefined;
    if (typeof raw.override === 'boolean')
        rule.override = raw.override;
    const when = condition(ctx, [...path, 'when'], raw.when);
    if (when)
        rule.when = when;
    const hasValue = typeof raw.value === 'string' || typeof raw.value === 'number';
    const hasDirectives = raw.directives !== undefined;
    if (hasValue && hasDirectives) {
        ctx.out.error('header-value-form', `'${rawName}' has both 'value' and 'directives'; keep one`, ctx.pos([...path, 'directives'], 'key'));
        return undefined;
    }
    if (hasDirectives) {
        // On other headers the schema reports 'directives' as an unknown key.
        if (!(0,header_names/* isCspHeader */.ag)(name))
            return undefined;
        if (!isRecord(raw.directives))
            return undefined;
        rule.value = cspFromDirectives(ctx, [...path, 'directives'], raw.directives);
        return { rule, value: rule.value };
    }
    if (!hasValue) {
        if (raw.value === undefined) {
            const needs = (0,header_names/* isCspHeader */.ag)(name) ? "'value' or 'directives'" : "'value'";
            ctx.out.error('header-value-form', `'${rawName}' needs ${needs}`, keyPos);
        }
        return undefined;
    }
    const valuePath = [...path, 'value'];
    rule.value = checkedValue(ctx, name, scalarText(ctx, valuePath, raw.value), valuePath);
    return { rule, value: rule.value };
}
function scalarText(ctx, path, value) {
    return typeof value === 'number' ? (ctx.src.rawScalar(path) ?? String(value)) : value;
}
/** Runs the value checks and returns the value to send (CSP in canonical form). */
function checkedValue(ctx, name, value, path) {
    ctx.report((0,header_values/* checkHeaderValue */.B)(name, value), path);
    return (0,header_names/* isCspHeader */.ag)(name) && !(0,value_chars/* checkValueChars */.dO)(value).length ? (0,csp/* canonicalCsp */.Ze)(value) : value;
}
function checkHeaderName(ctx, rawName, pos, action) {
    const name = action === 'remove' && rawName.endsWith('*') ? rawName.slice(0, -1) : rawName;
    if (name === '' && action === 'remove') {
        ctx.out.error('edge-read-only', `'*' would remove every header, including ${edge_restrictions/* ORIGIN_RESPONSE_READ_ONLY_HEADERS */.EY.join(' and ')}, which Lambda@Edge makes read-only: CloudFront would answer 502`, pos);
        return false;
    }
    if (!(0,header_names/* isToken */.sg)(name)) {
        const badIndex = [...name].findIndex((c) => !(0,header_names/* isToken */.sg)(c));
        const bad = name.codePointAt(badIndex === -1 ? 0 : badIndex) ?? 0;
        const what = name === ''
            ? 'is empty'
            : `contains ${(0,value_chars/* describeCodePoint */.pk)(bad)} at offset ${Math.max(0, badIndex)}`;
        ctx.out.error('header-name-token', `header name '${rawName}' ${what}: names are HTTP tokens (RFC 9110: letters, digits and !#$%&'*+-.^_\`|~)`, pos);
        return false;
    }
    if (name.toLowerCase() === '__proto__') {
        ctx.out.error('header-name-reserved', `'${rawName}' cannot be a header name: in the edge function's header map it would replace the map's prototype instead of adding a header`, pos);
        return false;
    }
    const perResponse = action === 'set' ? PER_RESPONSE_HEADERS.get(name.toLowerCase()) : undefined;
    if (perResponse) {
        ctx.out.error('header-per-response', `'${rawName}' cannot be set by a policy: its value depends on each response (${perResponse}), and one fixed value for every response would be wrong`, pos);
        return false;
    }
    if (action === 'remove' && name.includes('*')) {
        ctx.out.error('remove-pattern', `'${rawName}': only a trailing * is supported in a remove pattern`, pos);
        return false;
    }
    const restriction = (0,edge_restrictions/* edgeRestriction */.we)(name);
    if (restriction === 'disallowed') {
        ctx.out.error('edge-disallowed', `Lambda@Edge does not allow a function to ${action} '${name}' (disallowed header): CloudFront would answer 502 "Lambda function result failed validation"`, pos);
        return false;
    }
    if (restriction === 'read-only') {
        ctx.out.error('edge-read-only', `'${name}' is read-only in origin-response: if the function ${action === 'set' ? 'sets' : 'removes'} it CloudFront answers 502 "Lambda function result failed validation"`, pos);
        return false;
    }
    if (action === 'remove' && rawName.endsWith('*')) {
        const covered = edge_restrictions/* ORIGIN_RESPONSE_READ_ONLY_HEADERS */.EY.find((h) => h.startsWith(name.toLowerCase()));
        if (covered) {
            ctx.out.error('edge-read-only', `'${rawName}' would also remove '${covered}', which is read-only in origin-response: CloudFront would answer 502`, pos);
            return false;
        }
    }
    if (action === 'set' && !header_names/* WELL_KNOWN_HEADERS */._Q.includes(name.toLowerCase())) {
        const typo = (0,suggest/* closest */.kp)(name.toLowerCase(), header_names/* WELL_KNOWN_HEADERS */._Q);
        if (typo)
            ctx.out.warning('header-name-typo', `'${rawName}' is not a header browsers know; did you mean '${typo}'?`, pos);
    }
    return true;
}
function readRemove(ctx, path, item) {
    const pos = ctx.pos(path);
    if (!checkHeaderName(ctx, item, pos, 'remove'))
        return undefined;
    return { name: item.toLowerCase(), pos };
}

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

;// CONCATENATED MODULE: ./src/policy/layers.ts
// Header layers: what the preset, the top level and each `paths` entry declare, and how one
// layer overlays another (a declared header replaces the inherited one, null cancels it, a
// removal drops inherited headers it covers).





/** CloudFront answers with an error above MAX_RESPONSE_HEADER_BYTES; warn well before it. */
const HEADER_BYTES_WARNING = 16384;
function presetLayer(ctx, name) {
    const pos = ctx.pos(['extends']);
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
function readLayer(ctx, at) {
    const container = at.reduce((node, seg) => isRecord(node) || Array.isArray(node) ? node[seg] : undefined, ctx.data);
    const layer = { headers: new Map(), remove: new Map() };
    if (!isRecord(container))
        return layer;
    if (isRecord(container.headers)) {
        for (const [rawName, rawValue] of Object.entries(container.headers)) {
            const entry = readHeader(ctx, [...at, 'headers', rawName], rawName, rawValue);
            if (!entry)
                continue;
            const previous = layer.headers.get(entry.rule.name);
            if (previous) {
                ctx.out.error('duplicate-header', `header '${rawName}' is already declared at line ${previous.rule.pos.line} (header names are case-insensitive)`, entry.rule.pos);
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
            const rule = readRemove(ctx, path, item);
            if (!rule)
                return;
            if (layer.remove.has(rule.name)) {
                ctx.out.warning('duplicate-remove', `'${item}' is already in this remove list`, rule.pos);
                return;
            }
            const set = layer.headers.get(rule.name);
            if (set && set.value !== null) {
                ctx.out.error('set-and-remove', `'${rule.name}' is both set (line ${set.rule.pos.line}) and removed here; keep one`, rule.pos);
                return;
            }
            if (rule.name.endsWith('*')) {
                const prefix = rule.name.slice(0, -1);
                for (const header of layer.headers.values()) {
                    if (header.value !== null && header.rule.name.startsWith(prefix)) {
                        ctx.out.error('set-and-remove', `'${rule.name}' removes '${header.rule.name}', which is set at line ${header.rule.pos.line}; narrow the pattern or drop the header`, rule.pos);
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
function overlay(ctx, base, over, at) {
    const headers = new Map(base.headers);
    const remove = new Map(base.remove);
    for (const [name, entry] of over.headers) {
        if (entry.value === null) {
            if (!headers.has(name)) {
                const scope = at.length === 0 ? 'the preset does not set it' : 'the top level does not set it';
                ctx.out.warning('null-no-effect', `'${name}: null' has no effect here: ${scope}`, entry.rule.pos);
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
        const cancelled = [];
        for (const [header, entry] of [...headers]) {
            if (over.headers.has(header))
                continue;
            if (header === name || (prefix !== undefined && header.startsWith(prefix))) {
                headers.delete(header);
                if (prefix !== undefined)
                    cancelled.push(entry);
            }
        }
        // A pattern that also cancels headers the preset or the top level sets is rarely meant.
        if (cancelled.length > 0) {
            const names = cancelled.map((e) => `${e.rule.key} (line ${e.rule.pos.line})`).join(', ');
            ctx.out.warning('remove-cancels-header', `'${name}' also cancels ${names}, which ${at.length === 0 ? 'the preset sets' : 'the top level sets'}: narrow the pattern, or set the header again here`, rule.pos);
        }
    }
    return { headers, remove };
}
/** Names + values + ': ' + CRLF of every header the edge adds, against CloudFront's limit. */
function checkSize(ctx, layer, what, pos) {
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
        ctx.out.error('header-size', `${what} add ${total} bytes, over CloudFront's ${edge_restrictions/* MAX_RESPONSE_HEADER_BYTES */.n_}-byte limit for a response's headers (CloudFront would answer 502); the largest is '${largest.rule.name}' (${largest.value?.length} bytes)`, at);
    }
    else if (total > HEADER_BYTES_WARNING) {
        ctx.out.warning('header-size', `${what} add ${total} bytes; with the origin's own headers the response may exceed CloudFront's ${edge_restrictions/* MAX_RESPONSE_HEADER_BYTES */.n_}-byte limit (largest: '${largest.rule.name}')`, at);
    }
}
function byName(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function toHeaderSet(layer) {
    const headers = [...layer.headers.values()]
        .filter((e) => e.value !== null)
        .map((e) => e.rule)
        .sort(byName);
    const remove = [...layer.remove.values()].sort(byName);
    return { headers, remove };
}

;// CONCATENATED MODULE: ./src/policy/paths.ts
// `paths`: per-path header sets, merged with the top level, in order (first match wins).




function resolvePaths(ctx, defaults) {
    const list = ctx.data.paths;
    if (!Array.isArray(list))
        return [];
    const rules = [];
    const seen = new Map();
    let catchAll;
    list.forEach((item, index) => {
        if (!isRecord(item) || typeof item.match !== 'string')
            return;
        const match = item.match;
        const pos = ctx.pos(['paths', index, 'match']);
        const ok = checkGlob(ctx, match, ['paths', index, 'match']);
        const earlier = seen.get(match);
        if (earlier) {
            ctx.out.warning('path-unreachable', `'${match}' is already matched at line ${earlier.line}; this entry is never used (first match wins)`, pos);
        }
        else if (catchAll) {
            ctx.out.warning('path-unreachable', `the entry at line ${catchAll.line} matches every path, so '${match}' is never used (first match wins)`, pos);
        }
        seen.set(match, pos);
        const layer = readLayer(ctx, ['paths', index]);
        const merged = overlay(ctx, defaults, layer, ['paths', index]);
        checkSize(ctx, merged, `the headers for '${match}'`, pos);
        if (match === '*' || match === '/*')
            catchAll ??= pos;
        if (!ok)
            return;
        rules.push({ match, pattern: (0,headers_match/* globToRegExpSource */.oY)(match), pos, ...toHeaderSet(merged) });
    });
    return rules;
}
function checkGlob(ctx, glob, path) {
    if (!glob.startsWith('/') && !glob.startsWith('*')) {
        ctx.out.error('path-glob', `path pattern '${glob}' must start with '/' or '*' (URIs always start with '/'): write '/${glob}'`, ctx.pos(path));
        return false;
    }
    const bad = [...glob].findIndex((c) => c <= ' ' || c > '~');
    if (bad !== -1) {
        ctx.out.error('path-glob', `path pattern '${glob}' contains ${(0,value_chars/* describeCodePoint */.pk)(glob.codePointAt(bad))} at offset ${bad}: CloudFront path patterns are visible ASCII (percent-encode anything else)`, ctx.src.posInValue(path, bad));
        return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/headers/header-grammar.ts
var header_grammar = __webpack_require__(6921);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/policy/schema-validator.generated.ts
// Generated by scripts/generate-schema-validator.ts from src/policy/schema.ts. Do not edit:
// change the schema, then run `npx tsx scripts/generate-schema-validator.ts`.
/* eslint-disable */
// @ts-nocheck

const runtime0 = { default: typeof ucs2length/* default */.A === "function" ? ucs2length/* default */.A : ucs2length/* default.default */.A["default"] };
"use strict";
const validate = validate20;
/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate20)));
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/headerguard/headerguard/schema/security-headers.schema.json", "title": "headerguard security-headers policy", "description": "The HTTP security headers a CloudFront distribution serves, compiled by headerguard into a Lambda@Edge origin-response function.", "type": "object", "required": ["version"], "additionalProperties": false, "properties": { "$schema": { "description": "The schema this file follows (for editors).", "type": "string" }, "version": { "description": "The policy language version: 1.", "const": 1 }, "extends": { "description": "A preset to start from, overridden header by header: owasp (OWASP Secure Headers Project), strict (the strictest static-site values), none.", "enum": ["owasp", "strict", "none"], "default": "none" }, "cloudfront": { "description": "Where the headers are deployed.", "type": "object", "additionalProperties": false, "properties": { "distribution": { "description": "A distribution id or a list of ids (the `distribution-id` input overrides it).", "type": ["string", "array"], "title": "a CloudFront distribution id (10 to 20 uppercase letters and digits, e.g. EDFDVBD6EXAMPLE)", "pattern": "^[A-Z0-9]{10,20}$", "minItems": 1, "items": { "type": "string", "title": "a CloudFront distribution id (10 to 20 uppercase letters and digits, e.g. EDFDVBD6EXAMPLE)", "pattern": "^[A-Z0-9]{10,20}$" } }, "behaviors": { "description": "\"*\" (default): the default cache behavior; \"all\": every behavior; or a list of behavior path patterns.", "type": ["string", "array"], "title": "\"*\" (the default behavior), \"all\", or a list of path patterns", "pattern": "^(\\*|all)$", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "default": "*", "examples": ["*", "all", ["/assets/*"]] }, "replace-existing": { "description": "Take over the origin-response event on a behavior even when a function that is not ours holds it (default false: stop and report).", "type": "boolean", "default": false } } }, "lambda": { "description": "The Lambda@Edge function (created in us-east-1 when missing).", "type": "object", "additionalProperties": false, "properties": { "function": { "description": "The function name (the `function-name` input overrides it).", "type": "string", "title": "a Lambda function name (1 to 64 letters, digits, - and _)", "pattern": "^[A-Za-z0-9_-]{1,64}$" }, "role": { "description": "The execution role used when the function is created; trusted by lambda.amazonaws.com and edgelambda.amazonaws.com.", "type": "string", "title": "an IAM role ARN such as arn:aws:iam::111122223333:role/edge-headers", "pattern": "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$" }, "runtime": { "description": "The Node.js runtime.", "enum": ["nodejs22.x", "nodejs24.x", "nodejs20.x"], "default": "nodejs22.x" }, "memory": { "description": "Memory in MB (origin-response: 128 to 10240).", "type": "integer", "minimum": 128, "maximum": 10240, "default": 128 }, "timeout": { "description": "Timeout in seconds (origin-response: 1 to 30).", "type": "integer", "minimum": 1, "maximum": 30, "default": 5 } } }, "headers": { "$ref": "#/$defs/headerMap" }, "remove": { "$ref": "#/$defs/removeList" }, "paths": { "description": "Per-path differences from the top level, in order; the first entry whose `match` fits the URI wins.", "type": "array", "items": { "type": "object", "required": ["match"], "additionalProperties": false, "properties": { "match": { "description": "A CloudFront path pattern: * any characters, ? one character, e.g. /embed/*.", "type": "string", "minLength": 1 }, "headers": { "$ref": "#/$defs/headerMap" }, "remove": { "$ref": "#/$defs/removeList" } } } }, "verify": { "description": "How the live site is checked after a deploy and on schedule.", "type": "object", "additionalProperties": false, "properties": { "url": { "description": "Site URL(s); default https://<distribution domain>.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "paths": { "description": "Paths fetched on every URL; include a missing page to check error responses.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["/", "/this-page-does-not-exist"]] }, "rules": { "description": "Extra assertions per header (drHEADer style), checked but never deployed.", "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "required": { "description": "true: must be present; false: must be absent; optional (default): checked only when present.", "type": ["boolean", "string"], "enum": [true, false, "optional"] }, "value": { "description": "The items of the value, in any order (drHEADer Value): no item missing, none extra.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "preserve-order": { "description": "With 'value': the items must also come in this order (drHEADer Preserve-Order).", "type": "boolean" }, "one-of": { "description": "The whole value must be exactly one of these (drHEADer Value-One-Of).", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "any-of": { "description": "Every item of the value must be one of these (drHEADer Value-Any-Of), e.g. a Referrer-Policy fallback list.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "must-contain": { "description": "Every item must appear in the value.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "must-contain-one": { "description": "At least one of these items must appear in the value.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "must-avoid": { "description": "No item may appear in the value (for CSP: in any directive, e.g. 'unsafe-inline').", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "severity": { "description": "How a failure counts: error (default; fails the run), warning (fails with fail-on: warning), info (reported only).", "enum": ["error", "warning", "info"] }, "directives": { "description": "Assertions per directive: CSP and Feature-Policy directives, Permissions-Policy features, Cache-Control and Strict-Transport-Security directives.", "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "required": { "description": "true: must be present; false: must be absent; optional (default): checked only when present.", "type": ["boolean", "string"], "enum": [true, false, "optional"] }, "value": { "description": "The items of the value, in any order (drHEADer Value): no item missing, none extra.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "preserve-order": { "description": "With 'value': the items must also come in this order (drHEADer Preserve-Order).", "type": "boolean" }, "one-of": { "description": "The whole value must be exactly one of these (drHEADer Value-One-Of).", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "any-of": { "description": "Every item of the value must be one of these (drHEADer Value-Any-Of), e.g. a Referrer-Policy fallback list.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "must-contain": { "description": "Every item must appear in the value.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "must-contain-one": { "description": "At least one of these items must appear in the value.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "must-avoid": { "description": "No item may appear in the value (for CSP: in any directive, e.g. 'unsafe-inline').", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "severity": { "description": "How a failure counts: error (default; fails the run), warning (fails with fail-on: warning), info (reported only).", "enum": ["error", "warning", "info"] } } } }, "cookies": { "description": "On set-cookie: assertions per named cookie (names are case-sensitive, RFC 6265).", "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "required": { "description": "true: must be present; false: must be absent; optional (default): checked only when present.", "type": ["boolean", "string"], "enum": [true, false, "optional"] }, "must-contain": { "description": "Every item must appear in the value.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "must-contain-one": { "description": "At least one of these items must appear in the value.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "must-avoid": { "description": "No item may appear in the value (for CSP: in any directive, e.g. 'unsafe-inline').", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "severity": { "description": "How a failure counts: error (default; fails the run), warning (fails with fail-on: warning), info (reported only).", "enum": ["error", "warning", "info"] } } } } } } } } } }, "$defs": { "condition": { "description": "Apply the header only to responses that match every condition given.", "type": "object", "additionalProperties": false, "properties": { "content-type": { "description": "Media type(s) without parameters, e.g. text/html or text/*. A response without Content-Type does not match.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "status": { "description": "Status code(s): 404, \"2xx\", \"200-399\", or a list of these.", "type": ["integer", "string", "array"], "minimum": 100, "maximum": 599, "items": { "type": ["integer", "string"] }, "examples": ["2xx", "200-399", 404] } } }, "headerValue": { "description": "A string (the value), null (do not send this header here: cancels a preset or inherited value), or { value, override, when }.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } } }, "cspHeaderValue": { "description": "A CSP string, null, or { value | directives, override, when }. `directives` is a map from directive name to its sources; both forms normalise to the same canonical string.", "type": ["string", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" }, "directives": { "description": "The policy as a map: directive name -> list of sources.", "type": "object", "minProperties": 1, "properties": { "base-uri": { "$ref": "#/$defs/cspDirectiveValue" }, "block-all-mixed-content": { "$ref": "#/$defs/cspDirectiveValue" }, "child-src": { "$ref": "#/$defs/cspDirectiveValue" }, "connect-src": { "$ref": "#/$defs/cspDirectiveValue" }, "default-src": { "$ref": "#/$defs/cspDirectiveValue" }, "fenced-frame-src": { "$ref": "#/$defs/cspDirectiveValue" }, "font-src": { "$ref": "#/$defs/cspDirectiveValue" }, "form-action": { "$ref": "#/$defs/cspDirectiveValue" }, "frame-ancestors": { "$ref": "#/$defs/cspDirectiveValue" }, "frame-src": { "$ref": "#/$defs/cspDirectiveValue" }, "img-src": { "$ref": "#/$defs/cspDirectiveValue" }, "manifest-src": { "$ref": "#/$defs/cspDirectiveValue" }, "media-src": { "$ref": "#/$defs/cspDirectiveValue" }, "object-src": { "$ref": "#/$defs/cspDirectiveValue" }, "plugin-types": { "$ref": "#/$defs/cspDirectiveValue" }, "prefetch-src": { "$ref": "#/$defs/cspDirectiveValue" }, "report-to": { "$ref": "#/$defs/cspDirectiveValue" }, "report-uri": { "$ref": "#/$defs/cspDirectiveValue" }, "require-trusted-types-for": { "$ref": "#/$defs/cspDirectiveValue" }, "sandbox": { "$ref": "#/$defs/cspDirectiveValue" }, "script-src": { "$ref": "#/$defs/cspDirectiveValue" }, "script-src-attr": { "$ref": "#/$defs/cspDirectiveValue" }, "script-src-elem": { "$ref": "#/$defs/cspDirectiveValue" }, "style-src": { "$ref": "#/$defs/cspDirectiveValue" }, "style-src-attr": { "$ref": "#/$defs/cspDirectiveValue" }, "style-src-elem": { "$ref": "#/$defs/cspDirectiveValue" }, "trusted-types": { "$ref": "#/$defs/cspDirectiveValue" }, "upgrade-insecure-requests": { "$ref": "#/$defs/cspDirectiveValue" }, "webrtc": { "$ref": "#/$defs/cspDirectiveValue" }, "worker-src": { "$ref": "#/$defs/cspDirectiveValue" } }, "additionalProperties": { "$ref": "#/$defs/cspDirectiveValue" } } } }, "cspDirectiveValue": { "description": "Source expressions, e.g. [\"'self'\", \"https://cdn.example.com\"]; true or [] for a directive without value.", "type": ["array", "string", "boolean"], "items": { "type": "string", "minLength": 1 } }, "headerMap": { "description": "Headers the edge sets, by name (case-insensitive). A value is a string, null, or { value, override, when }.", "type": "object", "properties": { "content-security-policy": { "$ref": "#/$defs/cspHeaderValue" }, "content-security-policy-report-only": { "$ref": "#/$defs/cspHeaderValue" }, "strict-transport-security": { "description": "HSTS: max-age in seconds (required); includeSubDomains; preload needs both and max-age >= 31536000.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["max-age=63072000; includeSubDomains; preload", "max-age=31536000; includeSubDomains"] }, "x-content-type-options": { "description": "Only nosniff is defined.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["nosniff"] }, "x-frame-options": { "description": "DENY or SAMEORIGIN (ALLOW-FROM is obsolete: use CSP frame-ancestors).", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["DENY", "SAMEORIGIN"] }, "referrer-policy": { "description": "A policy token, or a comma-separated fallback list (the last one the browser knows wins).", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["no-referrer", "strict-origin-when-cross-origin", "same-origin"] }, "permissions-policy": { "description": "A structured-field dictionary: feature=(allowlist), e.g. camera=(), geolocation=(self \"https://maps.example\").", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["camera=(), geolocation=(), microphone=()"] }, "cross-origin-opener-policy": { "description": "same-origin, same-origin-allow-popups, noopener-allow-popups or unsafe-none.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["same-origin", "same-origin-allow-popups"] }, "cross-origin-embedder-policy": { "description": "require-corp, credentialless or unsafe-none.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["require-corp", "credentialless"] }, "cross-origin-resource-policy": { "description": "same-origin, same-site or cross-origin.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["same-origin", "same-site", "cross-origin"] }, "x-permitted-cross-domain-policies": { "description": "Adobe cross-domain policy files.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["none"] }, "x-dns-prefetch-control": { "description": "on or off.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["off"] }, "x-xss-protection": { "description": "0 disables the obsolete XSS auditor (recommended).", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["0"] }, "origin-agent-cluster": { "description": "?1 asks for an origin-keyed agent cluster.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["?1"] }, "cache-control": { "description": "Caching directives.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["no-cache", "public, max-age=3600"] } }, "patternProperties": { "^[Cc][Oo][Nn][Tt][Ee][Nn][Tt]-[Ss][Ee][Cc][Uu][Rr][Ii][Tt][Yy]-[Pp][Oo][Ll][Ii][Cc][Yy]$": { "$ref": "#/$defs/cspHeaderValue" }, "^[Cc][Oo][Nn][Tt][Ee][Nn][Tt]-[Ss][Ee][Cc][Uu][Rr][Ii][Tt][Yy]-[Pp][Oo][Ll][Ii][Cc][Yy]-[Rr][Ee][Pp][Oo][Rr][Tt]-[Oo][Nn][Ll][Yy]$": { "$ref": "#/$defs/cspHeaderValue" } }, "additionalProperties": { "$ref": "#/$defs/headerValue" } }, "removeList": { "description": "Headers the edge deletes from the origin's response. A trailing * removes every header with that prefix (x-powered-by*).", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["server", "x-powered-by"]] } } };
const schema81 = { "description": "Headers the edge deletes from the origin's response. A trailing * removes every header with that prefix (x-powered-by*).", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["server", "x-powered-by"]] };
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime0.default;
const pattern4 = new RegExp("^[A-Z0-9]{10,20}$", "u");
const pattern6 = new RegExp("^(\\*|all)$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9_-]{1,64}$", "u");
const pattern8 = new RegExp("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$", "u");
const schema32 = { "description": "Headers the edge sets, by name (case-insensitive). A value is a string, null, or { value, override, when }.", "type": "object", "properties": { "content-security-policy": { "$ref": "#/$defs/cspHeaderValue" }, "content-security-policy-report-only": { "$ref": "#/$defs/cspHeaderValue" }, "strict-transport-security": { "description": "HSTS: max-age in seconds (required); includeSubDomains; preload needs both and max-age >= 31536000.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["max-age=63072000; includeSubDomains; preload", "max-age=31536000; includeSubDomains"] }, "x-content-type-options": { "description": "Only nosniff is defined.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["nosniff"] }, "x-frame-options": { "description": "DENY or SAMEORIGIN (ALLOW-FROM is obsolete: use CSP frame-ancestors).", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["DENY", "SAMEORIGIN"] }, "referrer-policy": { "description": "A policy token, or a comma-separated fallback list (the last one the browser knows wins).", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["no-referrer", "strict-origin-when-cross-origin", "same-origin"] }, "permissions-policy": { "description": "A structured-field dictionary: feature=(allowlist), e.g. camera=(), geolocation=(self \"https://maps.example\").", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["camera=(), geolocation=(), microphone=()"] }, "cross-origin-opener-policy": { "description": "same-origin, same-origin-allow-popups, noopener-allow-popups or unsafe-none.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["same-origin", "same-origin-allow-popups"] }, "cross-origin-embedder-policy": { "description": "require-corp, credentialless or unsafe-none.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["require-corp", "credentialless"] }, "cross-origin-resource-policy": { "description": "same-origin, same-site or cross-origin.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["same-origin", "same-site", "cross-origin"] }, "x-permitted-cross-domain-policies": { "description": "Adobe cross-domain policy files.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["none"] }, "x-dns-prefetch-control": { "description": "on or off.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["off"] }, "x-xss-protection": { "description": "0 disables the obsolete XSS auditor (recommended).", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["0"] }, "origin-agent-cluster": { "description": "?1 asks for an origin-keyed agent cluster.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["?1"] }, "cache-control": { "description": "Caching directives.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } }, "examples": ["no-cache", "public, max-age=3600"] } }, "patternProperties": { "^[Cc][Oo][Nn][Tt][Ee][Nn][Tt]-[Ss][Ee][Cc][Uu][Rr][Ii][Tt][Yy]-[Pp][Oo][Ll][Ii][Cc][Yy]$": { "$ref": "#/$defs/cspHeaderValue" }, "^[Cc][Oo][Nn][Tt][Ee][Nn][Tt]-[Ss][Ee][Cc][Uu][Rr][Ii][Tt][Yy]-[Pp][Oo][Ll][Ii][Cc][Yy]-[Rr][Ee][Pp][Oo][Rr][Tt]-[Oo][Nn][Ll][Yy]$": { "$ref": "#/$defs/cspHeaderValue" } }, "additionalProperties": { "$ref": "#/$defs/headerValue" } };
const schema34 = { "description": "Apply the header only to responses that match every condition given.", "type": "object", "additionalProperties": false, "properties": { "content-type": { "description": "Media type(s) without parameters, e.g. text/html or text/*. A response without Content-Type does not match.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "status": { "description": "Status code(s): 404, \"2xx\", \"200-399\", or a list of these.", "type": ["integer", "string", "array"], "minimum": 100, "maximum": 599, "items": { "type": ["integer", "string"] }, "examples": ["2xx", "200-399", 404] } } };
const pattern9 = new RegExp("^[Cc][Oo][Nn][Tt][Ee][Nn][Tt]-[Ss][Ee][Cc][Uu][Rr][Ii][Tt][Yy]-[Pp][Oo][Ll][Ii][Cc][Yy]$", "u");
const pattern10 = new RegExp("^[Cc][Oo][Nn][Tt][Ee][Nn][Tt]-[Ss][Ee][Cc][Uu][Rr][Ii][Tt][Yy]-[Pp][Oo][Ll][Ii][Cc][Yy]-[Rr][Ee][Pp][Oo][Rr][Tt]-[Oo][Nn][Ll][Yy]$", "u");
const schema33 = { "description": "A string (the value), null (do not send this header here: cancels a preset or inherited value), or { value, override, when }.", "type": ["string", "number", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate22.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if ((((typeof data !== "string") && (!((typeof data == "number") && (isFinite(data))))) && (data !== null)) && (!(data && typeof data == "object" && !Array.isArray(data)))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema33.type }, message: "must be string,number,null,object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(((key0 === "value") || (key0 === "override")) || (key0 === "when"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.value !== undefined) {
        let data0 = data.value;
        if ((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) {
            const err2 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: schema33.properties.value.type }, message: "must be string,number", schema: schema33.properties.value.type, parentSchema: schema33.properties.value, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.override !== undefined) {
        let data1 = data.override;
        if (typeof data1 !== "boolean") {
            const err3 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema33.properties.override.type, parentSchema: schema33.properties.override, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.when !== undefined) {
        let data2 = data.when;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                if (!((key1 === "content-type") || (key1 === "status"))) {
                    const err4 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            if (data2["content-type"] !== undefined) {
                let data3 = data2["content-type"];
                if ((typeof data3 !== "string") && (!(Array.isArray(data3)))) {
                    const err5 = { instancePath: instancePath + "/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data3 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (typeof data3 === "string") {
                    if (func2(data3) < 1) {
                        const err6 = { instancePath: instancePath + "/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                if (Array.isArray(data3)) {
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data4 = data3[i0];
                        if (typeof data4 === "string") {
                            if (func2(data4) < 1) {
                                const err7 = { instancePath: instancePath + "/when/content-type/" + i0, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err8 = { instancePath: instancePath + "/when/content-type/" + i0, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data2.status !== undefined) {
                let data5 = data2.status;
                if (((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (typeof data5 !== "string")) && (!(Array.isArray(data5)))) {
                    const err9 = { instancePath: instancePath + "/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                if ((typeof data5 == "number") && (isFinite(data5))) {
                    if (data5 > 599 || isNaN(data5)) {
                        const err10 = { instancePath: instancePath + "/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    if (data5 < 100 || isNaN(data5)) {
                        const err11 = { instancePath: instancePath + "/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                if (Array.isArray(data5)) {
                    const len1 = data5.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data6 = data5[i1];
                        if ((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (typeof data6 !== "string")) {
                            const err12 = { instancePath: instancePath + "/when/status/" + i1, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data2 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
} validate22.errors = vErrors; return errors === 0; }
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema35 = { "description": "A CSP string, null, or { value | directives, override, when }. `directives` is a map from directive name to its sources; both forms normalise to the same canonical string.", "type": ["string", "null", "object"], "additionalProperties": false, "properties": { "value": { "description": "The header value, sent exactly as written.", "type": ["string", "number"] }, "override": { "description": "true (default): replace the origin's value; false: keep the origin's value when it sent one.", "type": "boolean", "default": true }, "when": { "$ref": "#/$defs/condition" }, "directives": { "description": "The policy as a map: directive name -> list of sources.", "type": "object", "minProperties": 1, "properties": { "base-uri": { "$ref": "#/$defs/cspDirectiveValue" }, "block-all-mixed-content": { "$ref": "#/$defs/cspDirectiveValue" }, "child-src": { "$ref": "#/$defs/cspDirectiveValue" }, "connect-src": { "$ref": "#/$defs/cspDirectiveValue" }, "default-src": { "$ref": "#/$defs/cspDirectiveValue" }, "fenced-frame-src": { "$ref": "#/$defs/cspDirectiveValue" }, "font-src": { "$ref": "#/$defs/cspDirectiveValue" }, "form-action": { "$ref": "#/$defs/cspDirectiveValue" }, "frame-ancestors": { "$ref": "#/$defs/cspDirectiveValue" }, "frame-src": { "$ref": "#/$defs/cspDirectiveValue" }, "img-src": { "$ref": "#/$defs/cspDirectiveValue" }, "manifest-src": { "$ref": "#/$defs/cspDirectiveValue" }, "media-src": { "$ref": "#/$defs/cspDirectiveValue" }, "object-src": { "$ref": "#/$defs/cspDirectiveValue" }, "plugin-types": { "$ref": "#/$defs/cspDirectiveValue" }, "prefetch-src": { "$ref": "#/$defs/cspDirectiveValue" }, "report-to": { "$ref": "#/$defs/cspDirectiveValue" }, "report-uri": { "$ref": "#/$defs/cspDirectiveValue" }, "require-trusted-types-for": { "$ref": "#/$defs/cspDirectiveValue" }, "sandbox": { "$ref": "#/$defs/cspDirectiveValue" }, "script-src": { "$ref": "#/$defs/cspDirectiveValue" }, "script-src-attr": { "$ref": "#/$defs/cspDirectiveValue" }, "script-src-elem": { "$ref": "#/$defs/cspDirectiveValue" }, "style-src": { "$ref": "#/$defs/cspDirectiveValue" }, "style-src-attr": { "$ref": "#/$defs/cspDirectiveValue" }, "style-src-elem": { "$ref": "#/$defs/cspDirectiveValue" }, "trusted-types": { "$ref": "#/$defs/cspDirectiveValue" }, "upgrade-insecure-requests": { "$ref": "#/$defs/cspDirectiveValue" }, "webrtc": { "$ref": "#/$defs/cspDirectiveValue" }, "worker-src": { "$ref": "#/$defs/cspDirectiveValue" } }, "additionalProperties": { "$ref": "#/$defs/cspDirectiveValue" } } } };
const schema37 = { "description": "Source expressions, e.g. [\"'self'\", \"https://cdn.example.com\"]; true or [] for a directive without value.", "type": ["array", "string", "boolean"], "items": { "type": "string", "minLength": 1 } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate24.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (((typeof data !== "string") && (data !== null)) && (!(data && typeof data == "object" && !Array.isArray(data)))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema35.type }, message: "must be string,null,object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((((key0 === "value") || (key0 === "override")) || (key0 === "when")) || (key0 === "directives"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.value !== undefined) {
        let data0 = data.value;
        if ((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) {
            const err2 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: schema35.properties.value.type }, message: "must be string,number", schema: schema35.properties.value.type, parentSchema: schema35.properties.value, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.override !== undefined) {
        let data1 = data.override;
        if (typeof data1 !== "boolean") {
            const err3 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.override.type, parentSchema: schema35.properties.override, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.when !== undefined) {
        let data2 = data.when;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                if (!((key1 === "content-type") || (key1 === "status"))) {
                    const err4 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            if (data2["content-type"] !== undefined) {
                let data3 = data2["content-type"];
                if ((typeof data3 !== "string") && (!(Array.isArray(data3)))) {
                    const err5 = { instancePath: instancePath + "/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data3 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (typeof data3 === "string") {
                    if (func2(data3) < 1) {
                        const err6 = { instancePath: instancePath + "/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                if (Array.isArray(data3)) {
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data4 = data3[i0];
                        if (typeof data4 === "string") {
                            if (func2(data4) < 1) {
                                const err7 = { instancePath: instancePath + "/when/content-type/" + i0, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err8 = { instancePath: instancePath + "/when/content-type/" + i0, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data2.status !== undefined) {
                let data5 = data2.status;
                if (((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (typeof data5 !== "string")) && (!(Array.isArray(data5)))) {
                    const err9 = { instancePath: instancePath + "/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                if ((typeof data5 == "number") && (isFinite(data5))) {
                    if (data5 > 599 || isNaN(data5)) {
                        const err10 = { instancePath: instancePath + "/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    if (data5 < 100 || isNaN(data5)) {
                        const err11 = { instancePath: instancePath + "/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                if (Array.isArray(data5)) {
                    const len1 = data5.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data6 = data5[i1];
                        if ((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (typeof data6 !== "string")) {
                            const err12 = { instancePath: instancePath + "/when/status/" + i1, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data2 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.directives !== undefined) {
        let data7 = data.directives;
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (Object.keys(data7).length < 1) {
                const err14 = { instancePath: instancePath + "/directives", schemaPath: "#/properties/directives/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema35.properties.directives, data: data7 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
            for (const key2 in data7) {
                if (!(func1.call(schema35.properties.directives.properties, key2))) {
                    let data8 = data7[key2];
                    if (((!(Array.isArray(data8))) && (typeof data8 !== "string")) && (typeof data8 !== "boolean")) {
                        const err15 = { instancePath: instancePath + "/directives/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    if (Array.isArray(data8)) {
                        const len2 = data8.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                            let data9 = data8[i2];
                            if (typeof data9 === "string") {
                                if (func2(data9) < 1) {
                                    const err16 = { instancePath: instancePath + "/directives/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data9 };
                                    if (vErrors === null) {
                                        vErrors = [err16];
                                    }
                                    else {
                                        vErrors.push(err16);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err17 = { instancePath: instancePath + "/directives/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                    }
                }
            }
            if (data7["base-uri"] !== undefined) {
                let data10 = data7["base-uri"];
                if (((!(Array.isArray(data10))) && (typeof data10 !== "string")) && (typeof data10 !== "boolean")) {
                    const err18 = { instancePath: instancePath + "/directives/base-uri", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
                if (Array.isArray(data10)) {
                    const len3 = data10.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data11 = data10[i3];
                        if (typeof data11 === "string") {
                            if (func2(data11) < 1) {
                                const err19 = { instancePath: instancePath + "/directives/base-uri/" + i3, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err20 = { instancePath: instancePath + "/directives/base-uri/" + i3, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["block-all-mixed-content"] !== undefined) {
                let data12 = data7["block-all-mixed-content"];
                if (((!(Array.isArray(data12))) && (typeof data12 !== "string")) && (typeof data12 !== "boolean")) {
                    const err21 = { instancePath: instancePath + "/directives/block-all-mixed-content", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                if (Array.isArray(data12)) {
                    const len4 = data12.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data13 = data12[i4];
                        if (typeof data13 === "string") {
                            if (func2(data13) < 1) {
                                const err22 = { instancePath: instancePath + "/directives/block-all-mixed-content/" + i4, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err23 = { instancePath: instancePath + "/directives/block-all-mixed-content/" + i4, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["child-src"] !== undefined) {
                let data14 = data7["child-src"];
                if (((!(Array.isArray(data14))) && (typeof data14 !== "string")) && (typeof data14 !== "boolean")) {
                    const err24 = { instancePath: instancePath + "/directives/child-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
                if (Array.isArray(data14)) {
                    const len5 = data14.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data15 = data14[i5];
                        if (typeof data15 === "string") {
                            if (func2(data15) < 1) {
                                const err25 = { instancePath: instancePath + "/directives/child-src/" + i5, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err26 = { instancePath: instancePath + "/directives/child-src/" + i5, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["connect-src"] !== undefined) {
                let data16 = data7["connect-src"];
                if (((!(Array.isArray(data16))) && (typeof data16 !== "string")) && (typeof data16 !== "boolean")) {
                    const err27 = { instancePath: instancePath + "/directives/connect-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
                if (Array.isArray(data16)) {
                    const len6 = data16.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                        let data17 = data16[i6];
                        if (typeof data17 === "string") {
                            if (func2(data17) < 1) {
                                const err28 = { instancePath: instancePath + "/directives/connect-src/" + i6, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err29 = { instancePath: instancePath + "/directives/connect-src/" + i6, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["default-src"] !== undefined) {
                let data18 = data7["default-src"];
                if (((!(Array.isArray(data18))) && (typeof data18 !== "string")) && (typeof data18 !== "boolean")) {
                    const err30 = { instancePath: instancePath + "/directives/default-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
                if (Array.isArray(data18)) {
                    const len7 = data18.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                        let data19 = data18[i7];
                        if (typeof data19 === "string") {
                            if (func2(data19) < 1) {
                                const err31 = { instancePath: instancePath + "/directives/default-src/" + i7, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data19 };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err32 = { instancePath: instancePath + "/directives/default-src/" + i7, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["fenced-frame-src"] !== undefined) {
                let data20 = data7["fenced-frame-src"];
                if (((!(Array.isArray(data20))) && (typeof data20 !== "string")) && (typeof data20 !== "boolean")) {
                    const err33 = { instancePath: instancePath + "/directives/fenced-frame-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
                if (Array.isArray(data20)) {
                    const len8 = data20.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                        let data21 = data20[i8];
                        if (typeof data21 === "string") {
                            if (func2(data21) < 1) {
                                const err34 = { instancePath: instancePath + "/directives/fenced-frame-src/" + i8, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err35 = { instancePath: instancePath + "/directives/fenced-frame-src/" + i8, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["font-src"] !== undefined) {
                let data22 = data7["font-src"];
                if (((!(Array.isArray(data22))) && (typeof data22 !== "string")) && (typeof data22 !== "boolean")) {
                    const err36 = { instancePath: instancePath + "/directives/font-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
                if (Array.isArray(data22)) {
                    const len9 = data22.length;
                    for (let i9 = 0; i9 < len9; i9++) {
                        let data23 = data22[i9];
                        if (typeof data23 === "string") {
                            if (func2(data23) < 1) {
                                const err37 = { instancePath: instancePath + "/directives/font-src/" + i9, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err38 = { instancePath: instancePath + "/directives/font-src/" + i9, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["form-action"] !== undefined) {
                let data24 = data7["form-action"];
                if (((!(Array.isArray(data24))) && (typeof data24 !== "string")) && (typeof data24 !== "boolean")) {
                    const err39 = { instancePath: instancePath + "/directives/form-action", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
                if (Array.isArray(data24)) {
                    const len10 = data24.length;
                    for (let i10 = 0; i10 < len10; i10++) {
                        let data25 = data24[i10];
                        if (typeof data25 === "string") {
                            if (func2(data25) < 1) {
                                const err40 = { instancePath: instancePath + "/directives/form-action/" + i10, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err40];
                                }
                                else {
                                    vErrors.push(err40);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err41 = { instancePath: instancePath + "/directives/form-action/" + i10, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["frame-ancestors"] !== undefined) {
                let data26 = data7["frame-ancestors"];
                if (((!(Array.isArray(data26))) && (typeof data26 !== "string")) && (typeof data26 !== "boolean")) {
                    const err42 = { instancePath: instancePath + "/directives/frame-ancestors", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data26 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
                if (Array.isArray(data26)) {
                    const len11 = data26.length;
                    for (let i11 = 0; i11 < len11; i11++) {
                        let data27 = data26[i11];
                        if (typeof data27 === "string") {
                            if (func2(data27) < 1) {
                                const err43 = { instancePath: instancePath + "/directives/frame-ancestors/" + i11, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data27 };
                                if (vErrors === null) {
                                    vErrors = [err43];
                                }
                                else {
                                    vErrors.push(err43);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err44 = { instancePath: instancePath + "/directives/frame-ancestors/" + i11, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data27 };
                            if (vErrors === null) {
                                vErrors = [err44];
                            }
                            else {
                                vErrors.push(err44);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["frame-src"] !== undefined) {
                let data28 = data7["frame-src"];
                if (((!(Array.isArray(data28))) && (typeof data28 !== "string")) && (typeof data28 !== "boolean")) {
                    const err45 = { instancePath: instancePath + "/directives/frame-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data28 };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
                if (Array.isArray(data28)) {
                    const len12 = data28.length;
                    for (let i12 = 0; i12 < len12; i12++) {
                        let data29 = data28[i12];
                        if (typeof data29 === "string") {
                            if (func2(data29) < 1) {
                                const err46 = { instancePath: instancePath + "/directives/frame-src/" + i12, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data29 };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err47 = { instancePath: instancePath + "/directives/frame-src/" + i12, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data29 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["img-src"] !== undefined) {
                let data30 = data7["img-src"];
                if (((!(Array.isArray(data30))) && (typeof data30 !== "string")) && (typeof data30 !== "boolean")) {
                    const err48 = { instancePath: instancePath + "/directives/img-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data30 };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
                if (Array.isArray(data30)) {
                    const len13 = data30.length;
                    for (let i13 = 0; i13 < len13; i13++) {
                        let data31 = data30[i13];
                        if (typeof data31 === "string") {
                            if (func2(data31) < 1) {
                                const err49 = { instancePath: instancePath + "/directives/img-src/" + i13, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data31 };
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err50 = { instancePath: instancePath + "/directives/img-src/" + i13, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data31 };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["manifest-src"] !== undefined) {
                let data32 = data7["manifest-src"];
                if (((!(Array.isArray(data32))) && (typeof data32 !== "string")) && (typeof data32 !== "boolean")) {
                    const err51 = { instancePath: instancePath + "/directives/manifest-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data32 };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
                if (Array.isArray(data32)) {
                    const len14 = data32.length;
                    for (let i14 = 0; i14 < len14; i14++) {
                        let data33 = data32[i14];
                        if (typeof data33 === "string") {
                            if (func2(data33) < 1) {
                                const err52 = { instancePath: instancePath + "/directives/manifest-src/" + i14, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err53 = { instancePath: instancePath + "/directives/manifest-src/" + i14, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data33 };
                            if (vErrors === null) {
                                vErrors = [err53];
                            }
                            else {
                                vErrors.push(err53);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["media-src"] !== undefined) {
                let data34 = data7["media-src"];
                if (((!(Array.isArray(data34))) && (typeof data34 !== "string")) && (typeof data34 !== "boolean")) {
                    const err54 = { instancePath: instancePath + "/directives/media-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data34 };
                    if (vErrors === null) {
                        vErrors = [err54];
                    }
                    else {
                        vErrors.push(err54);
                    }
                    errors++;
                }
                if (Array.isArray(data34)) {
                    const len15 = data34.length;
                    for (let i15 = 0; i15 < len15; i15++) {
                        let data35 = data34[i15];
                        if (typeof data35 === "string") {
                            if (func2(data35) < 1) {
                                const err55 = { instancePath: instancePath + "/directives/media-src/" + i15, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data35 };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err56 = { instancePath: instancePath + "/directives/media-src/" + i15, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data35 };
                            if (vErrors === null) {
                                vErrors = [err56];
                            }
                            else {
                                vErrors.push(err56);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["object-src"] !== undefined) {
                let data36 = data7["object-src"];
                if (((!(Array.isArray(data36))) && (typeof data36 !== "string")) && (typeof data36 !== "boolean")) {
                    const err57 = { instancePath: instancePath + "/directives/object-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data36 };
                    if (vErrors === null) {
                        vErrors = [err57];
                    }
                    else {
                        vErrors.push(err57);
                    }
                    errors++;
                }
                if (Array.isArray(data36)) {
                    const len16 = data36.length;
                    for (let i16 = 0; i16 < len16; i16++) {
                        let data37 = data36[i16];
                        if (typeof data37 === "string") {
                            if (func2(data37) < 1) {
                                const err58 = { instancePath: instancePath + "/directives/object-src/" + i16, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err59 = { instancePath: instancePath + "/directives/object-src/" + i16, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data37 };
                            if (vErrors === null) {
                                vErrors = [err59];
                            }
                            else {
                                vErrors.push(err59);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["plugin-types"] !== undefined) {
                let data38 = data7["plugin-types"];
                if (((!(Array.isArray(data38))) && (typeof data38 !== "string")) && (typeof data38 !== "boolean")) {
                    const err60 = { instancePath: instancePath + "/directives/plugin-types", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data38 };
                    if (vErrors === null) {
                        vErrors = [err60];
                    }
                    else {
                        vErrors.push(err60);
                    }
                    errors++;
                }
                if (Array.isArray(data38)) {
                    const len17 = data38.length;
                    for (let i17 = 0; i17 < len17; i17++) {
                        let data39 = data38[i17];
                        if (typeof data39 === "string") {
                            if (func2(data39) < 1) {
                                const err61 = { instancePath: instancePath + "/directives/plugin-types/" + i17, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data39 };
                                if (vErrors === null) {
                                    vErrors = [err61];
                                }
                                else {
                                    vErrors.push(err61);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err62 = { instancePath: instancePath + "/directives/plugin-types/" + i17, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data39 };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["prefetch-src"] !== undefined) {
                let data40 = data7["prefetch-src"];
                if (((!(Array.isArray(data40))) && (typeof data40 !== "string")) && (typeof data40 !== "boolean")) {
                    const err63 = { instancePath: instancePath + "/directives/prefetch-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data40 };
                    if (vErrors === null) {
                        vErrors = [err63];
                    }
                    else {
                        vErrors.push(err63);
                    }
                    errors++;
                }
                if (Array.isArray(data40)) {
                    const len18 = data40.length;
                    for (let i18 = 0; i18 < len18; i18++) {
                        let data41 = data40[i18];
                        if (typeof data41 === "string") {
                            if (func2(data41) < 1) {
                                const err64 = { instancePath: instancePath + "/directives/prefetch-src/" + i18, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data41 };
                                if (vErrors === null) {
                                    vErrors = [err64];
                                }
                                else {
                                    vErrors.push(err64);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err65 = { instancePath: instancePath + "/directives/prefetch-src/" + i18, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data41 };
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["report-to"] !== undefined) {
                let data42 = data7["report-to"];
                if (((!(Array.isArray(data42))) && (typeof data42 !== "string")) && (typeof data42 !== "boolean")) {
                    const err66 = { instancePath: instancePath + "/directives/report-to", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data42 };
                    if (vErrors === null) {
                        vErrors = [err66];
                    }
                    else {
                        vErrors.push(err66);
                    }
                    errors++;
                }
                if (Array.isArray(data42)) {
                    const len19 = data42.length;
                    for (let i19 = 0; i19 < len19; i19++) {
                        let data43 = data42[i19];
                        if (typeof data43 === "string") {
                            if (func2(data43) < 1) {
                                const err67 = { instancePath: instancePath + "/directives/report-to/" + i19, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data43 };
                                if (vErrors === null) {
                                    vErrors = [err67];
                                }
                                else {
                                    vErrors.push(err67);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err68 = { instancePath: instancePath + "/directives/report-to/" + i19, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data43 };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["report-uri"] !== undefined) {
                let data44 = data7["report-uri"];
                if (((!(Array.isArray(data44))) && (typeof data44 !== "string")) && (typeof data44 !== "boolean")) {
                    const err69 = { instancePath: instancePath + "/directives/report-uri", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data44 };
                    if (vErrors === null) {
                        vErrors = [err69];
                    }
                    else {
                        vErrors.push(err69);
                    }
                    errors++;
                }
                if (Array.isArray(data44)) {
                    const len20 = data44.length;
                    for (let i20 = 0; i20 < len20; i20++) {
                        let data45 = data44[i20];
                        if (typeof data45 === "string") {
                            if (func2(data45) < 1) {
                                const err70 = { instancePath: instancePath + "/directives/report-uri/" + i20, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data45 };
                                if (vErrors === null) {
                                    vErrors = [err70];
                                }
                                else {
                                    vErrors.push(err70);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err71 = { instancePath: instancePath + "/directives/report-uri/" + i20, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data45 };
                            if (vErrors === null) {
                                vErrors = [err71];
                            }
                            else {
                                vErrors.push(err71);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["require-trusted-types-for"] !== undefined) {
                let data46 = data7["require-trusted-types-for"];
                if (((!(Array.isArray(data46))) && (typeof data46 !== "string")) && (typeof data46 !== "boolean")) {
                    const err72 = { instancePath: instancePath + "/directives/require-trusted-types-for", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data46 };
                    if (vErrors === null) {
                        vErrors = [err72];
                    }
                    else {
                        vErrors.push(err72);
                    }
                    errors++;
                }
                if (Array.isArray(data46)) {
                    const len21 = data46.length;
                    for (let i21 = 0; i21 < len21; i21++) {
                        let data47 = data46[i21];
                        if (typeof data47 === "string") {
                            if (func2(data47) < 1) {
                                const err73 = { instancePath: instancePath + "/directives/require-trusted-types-for/" + i21, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data47 };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err74 = { instancePath: instancePath + "/directives/require-trusted-types-for/" + i21, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data47 };
                            if (vErrors === null) {
                                vErrors = [err74];
                            }
                            else {
                                vErrors.push(err74);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7.sandbox !== undefined) {
                let data48 = data7.sandbox;
                if (((!(Array.isArray(data48))) && (typeof data48 !== "string")) && (typeof data48 !== "boolean")) {
                    const err75 = { instancePath: instancePath + "/directives/sandbox", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data48 };
                    if (vErrors === null) {
                        vErrors = [err75];
                    }
                    else {
                        vErrors.push(err75);
                    }
                    errors++;
                }
                if (Array.isArray(data48)) {
                    const len22 = data48.length;
                    for (let i22 = 0; i22 < len22; i22++) {
                        let data49 = data48[i22];
                        if (typeof data49 === "string") {
                            if (func2(data49) < 1) {
                                const err76 = { instancePath: instancePath + "/directives/sandbox/" + i22, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data49 };
                                if (vErrors === null) {
                                    vErrors = [err76];
                                }
                                else {
                                    vErrors.push(err76);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err77 = { instancePath: instancePath + "/directives/sandbox/" + i22, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data49 };
                            if (vErrors === null) {
                                vErrors = [err77];
                            }
                            else {
                                vErrors.push(err77);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["script-src"] !== undefined) {
                let data50 = data7["script-src"];
                if (((!(Array.isArray(data50))) && (typeof data50 !== "string")) && (typeof data50 !== "boolean")) {
                    const err78 = { instancePath: instancePath + "/directives/script-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data50 };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
                if (Array.isArray(data50)) {
                    const len23 = data50.length;
                    for (let i23 = 0; i23 < len23; i23++) {
                        let data51 = data50[i23];
                        if (typeof data51 === "string") {
                            if (func2(data51) < 1) {
                                const err79 = { instancePath: instancePath + "/directives/script-src/" + i23, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data51 };
                                if (vErrors === null) {
                                    vErrors = [err79];
                                }
                                else {
                                    vErrors.push(err79);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err80 = { instancePath: instancePath + "/directives/script-src/" + i23, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data51 };
                            if (vErrors === null) {
                                vErrors = [err80];
                            }
                            else {
                                vErrors.push(err80);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["script-src-attr"] !== undefined) {
                let data52 = data7["script-src-attr"];
                if (((!(Array.isArray(data52))) && (typeof data52 !== "string")) && (typeof data52 !== "boolean")) {
                    const err81 = { instancePath: instancePath + "/directives/script-src-attr", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data52 };
                    if (vErrors === null) {
                        vErrors = [err81];
                    }
                    else {
                        vErrors.push(err81);
                    }
                    errors++;
                }
                if (Array.isArray(data52)) {
                    const len24 = data52.length;
                    for (let i24 = 0; i24 < len24; i24++) {
                        let data53 = data52[i24];
                        if (typeof data53 === "string") {
                            if (func2(data53) < 1) {
                                const err82 = { instancePath: instancePath + "/directives/script-src-attr/" + i24, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data53 };
                                if (vErrors === null) {
                                    vErrors = [err82];
                                }
                                else {
                                    vErrors.push(err82);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err83 = { instancePath: instancePath + "/directives/script-src-attr/" + i24, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data53 };
                            if (vErrors === null) {
                                vErrors = [err83];
                            }
                            else {
                                vErrors.push(err83);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["script-src-elem"] !== undefined) {
                let data54 = data7["script-src-elem"];
                if (((!(Array.isArray(data54))) && (typeof data54 !== "string")) && (typeof data54 !== "boolean")) {
                    const err84 = { instancePath: instancePath + "/directives/script-src-elem", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data54 };
                    if (vErrors === null) {
                        vErrors = [err84];
                    }
                    else {
                        vErrors.push(err84);
                    }
                    errors++;
                }
                if (Array.isArray(data54)) {
                    const len25 = data54.length;
                    for (let i25 = 0; i25 < len25; i25++) {
                        let data55 = data54[i25];
                        if (typeof data55 === "string") {
                            if (func2(data55) < 1) {
                                const err85 = { instancePath: instancePath + "/directives/script-src-elem/" + i25, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data55 };
                                if (vErrors === null) {
                                    vErrors = [err85];
                                }
                                else {
                                    vErrors.push(err85);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err86 = { instancePath: instancePath + "/directives/script-src-elem/" + i25, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data55 };
                            if (vErrors === null) {
                                vErrors = [err86];
                            }
                            else {
                                vErrors.push(err86);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["style-src"] !== undefined) {
                let data56 = data7["style-src"];
                if (((!(Array.isArray(data56))) && (typeof data56 !== "string")) && (typeof data56 !== "boolean")) {
                    const err87 = { instancePath: instancePath + "/directives/style-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data56 };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
                if (Array.isArray(data56)) {
                    const len26 = data56.length;
                    for (let i26 = 0; i26 < len26; i26++) {
                        let data57 = data56[i26];
                        if (typeof data57 === "string") {
                            if (func2(data57) < 1) {
                                const err88 = { instancePath: instancePath + "/directives/style-src/" + i26, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data57 };
                                if (vErrors === null) {
                                    vErrors = [err88];
                                }
                                else {
                                    vErrors.push(err88);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err89 = { instancePath: instancePath + "/directives/style-src/" + i26, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data57 };
                            if (vErrors === null) {
                                vErrors = [err89];
                            }
                            else {
                                vErrors.push(err89);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["style-src-attr"] !== undefined) {
                let data58 = data7["style-src-attr"];
                if (((!(Array.isArray(data58))) && (typeof data58 !== "string")) && (typeof data58 !== "boolean")) {
                    const err90 = { instancePath: instancePath + "/directives/style-src-attr", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data58 };
                    if (vErrors === null) {
                        vErrors = [err90];
                    }
                    else {
                        vErrors.push(err90);
                    }
                    errors++;
                }
                if (Array.isArray(data58)) {
                    const len27 = data58.length;
                    for (let i27 = 0; i27 < len27; i27++) {
                        let data59 = data58[i27];
                        if (typeof data59 === "string") {
                            if (func2(data59) < 1) {
                                const err91 = { instancePath: instancePath + "/directives/style-src-attr/" + i27, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data59 };
                                if (vErrors === null) {
                                    vErrors = [err91];
                                }
                                else {
                                    vErrors.push(err91);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err92 = { instancePath: instancePath + "/directives/style-src-attr/" + i27, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data59 };
                            if (vErrors === null) {
                                vErrors = [err92];
                            }
                            else {
                                vErrors.push(err92);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["style-src-elem"] !== undefined) {
                let data60 = data7["style-src-elem"];
                if (((!(Array.isArray(data60))) && (typeof data60 !== "string")) && (typeof data60 !== "boolean")) {
                    const err93 = { instancePath: instancePath + "/directives/style-src-elem", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data60 };
                    if (vErrors === null) {
                        vErrors = [err93];
                    }
                    else {
                        vErrors.push(err93);
                    }
                    errors++;
                }
                if (Array.isArray(data60)) {
                    const len28 = data60.length;
                    for (let i28 = 0; i28 < len28; i28++) {
                        let data61 = data60[i28];
                        if (typeof data61 === "string") {
                            if (func2(data61) < 1) {
                                const err94 = { instancePath: instancePath + "/directives/style-src-elem/" + i28, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data61 };
                                if (vErrors === null) {
                                    vErrors = [err94];
                                }
                                else {
                                    vErrors.push(err94);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err95 = { instancePath: instancePath + "/directives/style-src-elem/" + i28, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data61 };
                            if (vErrors === null) {
                                vErrors = [err95];
                            }
                            else {
                                vErrors.push(err95);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["trusted-types"] !== undefined) {
                let data62 = data7["trusted-types"];
                if (((!(Array.isArray(data62))) && (typeof data62 !== "string")) && (typeof data62 !== "boolean")) {
                    const err96 = { instancePath: instancePath + "/directives/trusted-types", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data62 };
                    if (vErrors === null) {
                        vErrors = [err96];
                    }
                    else {
                        vErrors.push(err96);
                    }
                    errors++;
                }
                if (Array.isArray(data62)) {
                    const len29 = data62.length;
                    for (let i29 = 0; i29 < len29; i29++) {
                        let data63 = data62[i29];
                        if (typeof data63 === "string") {
                            if (func2(data63) < 1) {
                                const err97 = { instancePath: instancePath + "/directives/trusted-types/" + i29, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data63 };
                                if (vErrors === null) {
                                    vErrors = [err97];
                                }
                                else {
                                    vErrors.push(err97);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err98 = { instancePath: instancePath + "/directives/trusted-types/" + i29, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data63 };
                            if (vErrors === null) {
                                vErrors = [err98];
                            }
                            else {
                                vErrors.push(err98);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["upgrade-insecure-requests"] !== undefined) {
                let data64 = data7["upgrade-insecure-requests"];
                if (((!(Array.isArray(data64))) && (typeof data64 !== "string")) && (typeof data64 !== "boolean")) {
                    const err99 = { instancePath: instancePath + "/directives/upgrade-insecure-requests", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data64 };
                    if (vErrors === null) {
                        vErrors = [err99];
                    }
                    else {
                        vErrors.push(err99);
                    }
                    errors++;
                }
                if (Array.isArray(data64)) {
                    const len30 = data64.length;
                    for (let i30 = 0; i30 < len30; i30++) {
                        let data65 = data64[i30];
                        if (typeof data65 === "string") {
                            if (func2(data65) < 1) {
                                const err100 = { instancePath: instancePath + "/directives/upgrade-insecure-requests/" + i30, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data65 };
                                if (vErrors === null) {
                                    vErrors = [err100];
                                }
                                else {
                                    vErrors.push(err100);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err101 = { instancePath: instancePath + "/directives/upgrade-insecure-requests/" + i30, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data65 };
                            if (vErrors === null) {
                                vErrors = [err101];
                            }
                            else {
                                vErrors.push(err101);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7.webrtc !== undefined) {
                let data66 = data7.webrtc;
                if (((!(Array.isArray(data66))) && (typeof data66 !== "string")) && (typeof data66 !== "boolean")) {
                    const err102 = { instancePath: instancePath + "/directives/webrtc", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data66 };
                    if (vErrors === null) {
                        vErrors = [err102];
                    }
                    else {
                        vErrors.push(err102);
                    }
                    errors++;
                }
                if (Array.isArray(data66)) {
                    const len31 = data66.length;
                    for (let i31 = 0; i31 < len31; i31++) {
                        let data67 = data66[i31];
                        if (typeof data67 === "string") {
                            if (func2(data67) < 1) {
                                const err103 = { instancePath: instancePath + "/directives/webrtc/" + i31, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data67 };
                                if (vErrors === null) {
                                    vErrors = [err103];
                                }
                                else {
                                    vErrors.push(err103);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err104 = { instancePath: instancePath + "/directives/webrtc/" + i31, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data67 };
                            if (vErrors === null) {
                                vErrors = [err104];
                            }
                            else {
                                vErrors.push(err104);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data7["worker-src"] !== undefined) {
                let data68 = data7["worker-src"];
                if (((!(Array.isArray(data68))) && (typeof data68 !== "string")) && (typeof data68 !== "boolean")) {
                    const err105 = { instancePath: instancePath + "/directives/worker-src", schemaPath: "#/$defs/cspDirectiveValue/type", keyword: "type", params: { type: schema37.type }, message: "must be array,string,boolean", schema: schema37.type, parentSchema: schema37, data: data68 };
                    if (vErrors === null) {
                        vErrors = [err105];
                    }
                    else {
                        vErrors.push(err105);
                    }
                    errors++;
                }
                if (Array.isArray(data68)) {
                    const len32 = data68.length;
                    for (let i32 = 0; i32 < len32; i32++) {
                        let data69 = data68[i32];
                        if (typeof data69 === "string") {
                            if (func2(data69) < 1) {
                                const err106 = { instancePath: instancePath + "/directives/worker-src/" + i32, schemaPath: "#/$defs/cspDirectiveValue/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data69 };
                                if (vErrors === null) {
                                    vErrors = [err106];
                                }
                                else {
                                    vErrors.push(err106);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err107 = { instancePath: instancePath + "/directives/worker-src/" + i32, schemaPath: "#/$defs/cspDirectiveValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data69 };
                            if (vErrors === null) {
                                vErrors = [err107];
                            }
                            else {
                                vErrors.push(err107);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
        else {
            const err108 = { instancePath: instancePath + "/directives", schemaPath: "#/properties/directives/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.directives.type, parentSchema: schema35.properties.directives, data: data7 };
            if (vErrors === null) {
                vErrors = [err108];
            }
            else {
                vErrors.push(err108);
            }
            errors++;
        }
    }
} validate24.errors = vErrors; return errors === 0; }
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate21.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(((func1.call(schema32.properties, key0)) || (pattern9.test(key0))) || (pattern10.test(key0)))) {
            if (!(validate22(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
            }
        }
    }
    if (data["content-security-policy"] !== undefined) {
        if (!(validate24(data["content-security-policy"], { instancePath: instancePath + "/content-security-policy", parentData: data, parentDataProperty: "content-security-policy", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
    }
    if (data["content-security-policy-report-only"] !== undefined) {
        if (!(validate24(data["content-security-policy-report-only"], { instancePath: instancePath + "/content-security-policy-report-only", parentData: data, parentDataProperty: "content-security-policy-report-only", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
    }
    if (data["strict-transport-security"] !== undefined) {
        let data3 = data["strict-transport-security"];
        if ((((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (data3 !== null)) && (!(data3 && typeof data3 == "object" && !Array.isArray(data3)))) {
            const err0 = { instancePath: instancePath + "/strict-transport-security", schemaPath: "#/properties/strict-transport-security/type", keyword: "type", params: { type: schema32.properties["strict-transport-security"].type }, message: "must be string,number,null,object", schema: schema32.properties["strict-transport-security"].type, parentSchema: schema32.properties["strict-transport-security"], data: data3 };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
                if (!(((key1 === "value") || (key1 === "override")) || (key1 === "when"))) {
                    const err1 = { instancePath: instancePath + "/strict-transport-security", schemaPath: "#/properties/strict-transport-security/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["strict-transport-security"], data: data3 };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
            if (data3.value !== undefined) {
                let data4 = data3.value;
                if ((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) {
                    const err2 = { instancePath: instancePath + "/strict-transport-security/value", schemaPath: "#/properties/strict-transport-security/properties/value/type", keyword: "type", params: { type: schema32.properties["strict-transport-security"].properties.value.type }, message: "must be string,number", schema: schema32.properties["strict-transport-security"].properties.value.type, parentSchema: schema32.properties["strict-transport-security"].properties.value, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            if (data3.override !== undefined) {
                let data5 = data3.override;
                if (typeof data5 !== "boolean") {
                    const err3 = { instancePath: instancePath + "/strict-transport-security/override", schemaPath: "#/properties/strict-transport-security/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["strict-transport-security"].properties.override.type, parentSchema: schema32.properties["strict-transport-security"].properties.override, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data3.when !== undefined) {
                let data6 = data3.when;
                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    for (const key2 in data6) {
                        if (!((key2 === "content-type") || (key2 === "status"))) {
                            const err4 = { instancePath: instancePath + "/strict-transport-security/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                    if (data6["content-type"] !== undefined) {
                        let data7 = data6["content-type"];
                        if ((typeof data7 !== "string") && (!(Array.isArray(data7)))) {
                            const err5 = { instancePath: instancePath + "/strict-transport-security/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data7 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                        if (typeof data7 === "string") {
                            if (func2(data7) < 1) {
                                const err6 = { instancePath: instancePath + "/strict-transport-security/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data7)) {
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                let data8 = data7[i0];
                                if (typeof data8 === "string") {
                                    if (func2(data8) < 1) {
                                        const err7 = { instancePath: instancePath + "/strict-transport-security/when/content-type/" + i0, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data8 };
                                        if (vErrors === null) {
                                            vErrors = [err7];
                                        }
                                        else {
                                            vErrors.push(err7);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err8 = { instancePath: instancePath + "/strict-transport-security/when/content-type/" + i0, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data8 };
                                    if (vErrors === null) {
                                        vErrors = [err8];
                                    }
                                    else {
                                        vErrors.push(err8);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data6.status !== undefined) {
                        let data9 = data6.status;
                        if (((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (typeof data9 !== "string")) && (!(Array.isArray(data9)))) {
                            const err9 = { instancePath: instancePath + "/strict-transport-security/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                        if ((typeof data9 == "number") && (isFinite(data9))) {
                            if (data9 > 599 || isNaN(data9)) {
                                const err10 = { instancePath: instancePath + "/strict-transport-security/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                            if (data9 < 100 || isNaN(data9)) {
                                const err11 = { instancePath: instancePath + "/strict-transport-security/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data9)) {
                            const len1 = data9.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data10 = data9[i1];
                                if ((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (typeof data10 !== "string")) {
                                    const err12 = { instancePath: instancePath + "/strict-transport-security/when/status/" + i1, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data10 };
                                    if (vErrors === null) {
                                        vErrors = [err12];
                                    }
                                    else {
                                        vErrors.push(err12);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err13 = { instancePath: instancePath + "/strict-transport-security/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
        }
    }
    if (data["x-content-type-options"] !== undefined) {
        let data11 = data["x-content-type-options"];
        if ((((typeof data11 !== "string") && (!((typeof data11 == "number") && (isFinite(data11))))) && (data11 !== null)) && (!(data11 && typeof data11 == "object" && !Array.isArray(data11)))) {
            const err14 = { instancePath: instancePath + "/x-content-type-options", schemaPath: "#/properties/x-content-type-options/type", keyword: "type", params: { type: schema32.properties["x-content-type-options"].type }, message: "must be string,number,null,object", schema: schema32.properties["x-content-type-options"].type, parentSchema: schema32.properties["x-content-type-options"], data: data11 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key3 in data11) {
                if (!(((key3 === "value") || (key3 === "override")) || (key3 === "when"))) {
                    const err15 = { instancePath: instancePath + "/x-content-type-options", schemaPath: "#/properties/x-content-type-options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["x-content-type-options"], data: data11 };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
            if (data11.value !== undefined) {
                let data12 = data11.value;
                if ((typeof data12 !== "string") && (!((typeof data12 == "number") && (isFinite(data12))))) {
                    const err16 = { instancePath: instancePath + "/x-content-type-options/value", schemaPath: "#/properties/x-content-type-options/properties/value/type", keyword: "type", params: { type: schema32.properties["x-content-type-options"].properties.value.type }, message: "must be string,number", schema: schema32.properties["x-content-type-options"].properties.value.type, parentSchema: schema32.properties["x-content-type-options"].properties.value, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            if (data11.override !== undefined) {
                let data13 = data11.override;
                if (typeof data13 !== "boolean") {
                    const err17 = { instancePath: instancePath + "/x-content-type-options/override", schemaPath: "#/properties/x-content-type-options/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["x-content-type-options"].properties.override.type, parentSchema: schema32.properties["x-content-type-options"].properties.override, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
            if (data11.when !== undefined) {
                let data14 = data11.when;
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                    for (const key4 in data14) {
                        if (!((key4 === "content-type") || (key4 === "status"))) {
                            const err18 = { instancePath: instancePath + "/x-content-type-options/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    if (data14["content-type"] !== undefined) {
                        let data15 = data14["content-type"];
                        if ((typeof data15 !== "string") && (!(Array.isArray(data15)))) {
                            const err19 = { instancePath: instancePath + "/x-content-type-options/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data15 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        if (typeof data15 === "string") {
                            if (func2(data15) < 1) {
                                const err20 = { instancePath: instancePath + "/x-content-type-options/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data15)) {
                            const len2 = data15.length;
                            for (let i2 = 0; i2 < len2; i2++) {
                                let data16 = data15[i2];
                                if (typeof data16 === "string") {
                                    if (func2(data16) < 1) {
                                        const err21 = { instancePath: instancePath + "/x-content-type-options/when/content-type/" + i2, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data16 };
                                        if (vErrors === null) {
                                            vErrors = [err21];
                                        }
                                        else {
                                            vErrors.push(err21);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err22 = { instancePath: instancePath + "/x-content-type-options/when/content-type/" + i2, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data16 };
                                    if (vErrors === null) {
                                        vErrors = [err22];
                                    }
                                    else {
                                        vErrors.push(err22);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data14.status !== undefined) {
                        let data17 = data14.status;
                        if (((!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) && (typeof data17 !== "string")) && (!(Array.isArray(data17)))) {
                            const err23 = { instancePath: instancePath + "/x-content-type-options/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        if ((typeof data17 == "number") && (isFinite(data17))) {
                            if (data17 > 599 || isNaN(data17)) {
                                const err24 = { instancePath: instancePath + "/x-content-type-options/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                            if (data17 < 100 || isNaN(data17)) {
                                const err25 = { instancePath: instancePath + "/x-content-type-options/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data17)) {
                            const len3 = data17.length;
                            for (let i3 = 0; i3 < len3; i3++) {
                                let data18 = data17[i3];
                                if ((!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) && (typeof data18 !== "string")) {
                                    const err26 = { instancePath: instancePath + "/x-content-type-options/when/status/" + i3, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data18 };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err27 = { instancePath: instancePath + "/x-content-type-options/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
            }
        }
    }
    if (data["x-frame-options"] !== undefined) {
        let data19 = data["x-frame-options"];
        if ((((typeof data19 !== "string") && (!((typeof data19 == "number") && (isFinite(data19))))) && (data19 !== null)) && (!(data19 && typeof data19 == "object" && !Array.isArray(data19)))) {
            const err28 = { instancePath: instancePath + "/x-frame-options", schemaPath: "#/properties/x-frame-options/type", keyword: "type", params: { type: schema32.properties["x-frame-options"].type }, message: "must be string,number,null,object", schema: schema32.properties["x-frame-options"].type, parentSchema: schema32.properties["x-frame-options"], data: data19 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
        if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            for (const key5 in data19) {
                if (!(((key5 === "value") || (key5 === "override")) || (key5 === "when"))) {
                    const err29 = { instancePath: instancePath + "/x-frame-options", schemaPath: "#/properties/x-frame-options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["x-frame-options"], data: data19 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
            if (data19.value !== undefined) {
                let data20 = data19.value;
                if ((typeof data20 !== "string") && (!((typeof data20 == "number") && (isFinite(data20))))) {
                    const err30 = { instancePath: instancePath + "/x-frame-options/value", schemaPath: "#/properties/x-frame-options/properties/value/type", keyword: "type", params: { type: schema32.properties["x-frame-options"].properties.value.type }, message: "must be string,number", schema: schema32.properties["x-frame-options"].properties.value.type, parentSchema: schema32.properties["x-frame-options"].properties.value, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
            if (data19.override !== undefined) {
                let data21 = data19.override;
                if (typeof data21 !== "boolean") {
                    const err31 = { instancePath: instancePath + "/x-frame-options/override", schemaPath: "#/properties/x-frame-options/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["x-frame-options"].properties.override.type, parentSchema: schema32.properties["x-frame-options"].properties.override, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            if (data19.when !== undefined) {
                let data22 = data19.when;
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                    for (const key6 in data22) {
                        if (!((key6 === "content-type") || (key6 === "status"))) {
                            const err32 = { instancePath: instancePath + "/x-frame-options/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data22["content-type"] !== undefined) {
                        let data23 = data22["content-type"];
                        if ((typeof data23 !== "string") && (!(Array.isArray(data23)))) {
                            const err33 = { instancePath: instancePath + "/x-frame-options/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data23 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                        if (typeof data23 === "string") {
                            if (func2(data23) < 1) {
                                const err34 = { instancePath: instancePath + "/x-frame-options/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data23)) {
                            const len4 = data23.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                                let data24 = data23[i4];
                                if (typeof data24 === "string") {
                                    if (func2(data24) < 1) {
                                        const err35 = { instancePath: instancePath + "/x-frame-options/when/content-type/" + i4, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data24 };
                                        if (vErrors === null) {
                                            vErrors = [err35];
                                        }
                                        else {
                                            vErrors.push(err35);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err36 = { instancePath: instancePath + "/x-frame-options/when/content-type/" + i4, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data24 };
                                    if (vErrors === null) {
                                        vErrors = [err36];
                                    }
                                    else {
                                        vErrors.push(err36);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data22.status !== undefined) {
                        let data25 = data22.status;
                        if (((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (typeof data25 !== "string")) && (!(Array.isArray(data25)))) {
                            const err37 = { instancePath: instancePath + "/x-frame-options/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                        if ((typeof data25 == "number") && (isFinite(data25))) {
                            if (data25 > 599 || isNaN(data25)) {
                                const err38 = { instancePath: instancePath + "/x-frame-options/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                            if (data25 < 100 || isNaN(data25)) {
                                const err39 = { instancePath: instancePath + "/x-frame-options/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data25)) {
                            const len5 = data25.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                                let data26 = data25[i5];
                                if ((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (typeof data26 !== "string")) {
                                    const err40 = { instancePath: instancePath + "/x-frame-options/when/status/" + i5, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data26 };
                                    if (vErrors === null) {
                                        vErrors = [err40];
                                    }
                                    else {
                                        vErrors.push(err40);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err41 = { instancePath: instancePath + "/x-frame-options/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
        }
    }
    if (data["referrer-policy"] !== undefined) {
        let data27 = data["referrer-policy"];
        if ((((typeof data27 !== "string") && (!((typeof data27 == "number") && (isFinite(data27))))) && (data27 !== null)) && (!(data27 && typeof data27 == "object" && !Array.isArray(data27)))) {
            const err42 = { instancePath: instancePath + "/referrer-policy", schemaPath: "#/properties/referrer-policy/type", keyword: "type", params: { type: schema32.properties["referrer-policy"].type }, message: "must be string,number,null,object", schema: schema32.properties["referrer-policy"].type, parentSchema: schema32.properties["referrer-policy"], data: data27 };
            if (vErrors === null) {
                vErrors = [err42];
            }
            else {
                vErrors.push(err42);
            }
            errors++;
        }
        if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            for (const key7 in data27) {
                if (!(((key7 === "value") || (key7 === "override")) || (key7 === "when"))) {
                    const err43 = { instancePath: instancePath + "/referrer-policy", schemaPath: "#/properties/referrer-policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["referrer-policy"], data: data27 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
            }
            if (data27.value !== undefined) {
                let data28 = data27.value;
                if ((typeof data28 !== "string") && (!((typeof data28 == "number") && (isFinite(data28))))) {
                    const err44 = { instancePath: instancePath + "/referrer-policy/value", schemaPath: "#/properties/referrer-policy/properties/value/type", keyword: "type", params: { type: schema32.properties["referrer-policy"].properties.value.type }, message: "must be string,number", schema: schema32.properties["referrer-policy"].properties.value.type, parentSchema: schema32.properties["referrer-policy"].properties.value, data: data28 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
            if (data27.override !== undefined) {
                let data29 = data27.override;
                if (typeof data29 !== "boolean") {
                    const err45 = { instancePath: instancePath + "/referrer-policy/override", schemaPath: "#/properties/referrer-policy/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["referrer-policy"].properties.override.type, parentSchema: schema32.properties["referrer-policy"].properties.override, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
            }
            if (data27.when !== undefined) {
                let data30 = data27.when;
                if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                    for (const key8 in data30) {
                        if (!((key8 === "content-type") || (key8 === "status"))) {
                            const err46 = { instancePath: instancePath + "/referrer-policy/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data30 };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                    }
                    if (data30["content-type"] !== undefined) {
                        let data31 = data30["content-type"];
                        if ((typeof data31 !== "string") && (!(Array.isArray(data31)))) {
                            const err47 = { instancePath: instancePath + "/referrer-policy/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data31 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                        if (typeof data31 === "string") {
                            if (func2(data31) < 1) {
                                const err48 = { instancePath: instancePath + "/referrer-policy/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data31 };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data31)) {
                            const len6 = data31.length;
                            for (let i6 = 0; i6 < len6; i6++) {
                                let data32 = data31[i6];
                                if (typeof data32 === "string") {
                                    if (func2(data32) < 1) {
                                        const err49 = { instancePath: instancePath + "/referrer-policy/when/content-type/" + i6, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data32 };
                                        if (vErrors === null) {
                                            vErrors = [err49];
                                        }
                                        else {
                                            vErrors.push(err49);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err50 = { instancePath: instancePath + "/referrer-policy/when/content-type/" + i6, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data32 };
                                    if (vErrors === null) {
                                        vErrors = [err50];
                                    }
                                    else {
                                        vErrors.push(err50);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data30.status !== undefined) {
                        let data33 = data30.status;
                        if (((!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) && (typeof data33 !== "string")) && (!(Array.isArray(data33)))) {
                            const err51 = { instancePath: instancePath + "/referrer-policy/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data33 };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                        if ((typeof data33 == "number") && (isFinite(data33))) {
                            if (data33 > 599 || isNaN(data33)) {
                                const err52 = { instancePath: instancePath + "/referrer-policy/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                            if (data33 < 100 || isNaN(data33)) {
                                const err53 = { instancePath: instancePath + "/referrer-policy/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err53];
                                }
                                else {
                                    vErrors.push(err53);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data33)) {
                            const len7 = data33.length;
                            for (let i7 = 0; i7 < len7; i7++) {
                                let data34 = data33[i7];
                                if ((!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))) && (typeof data34 !== "string")) {
                                    const err54 = { instancePath: instancePath + "/referrer-policy/when/status/" + i7, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err54];
                                    }
                                    else {
                                        vErrors.push(err54);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err55 = { instancePath: instancePath + "/referrer-policy/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data30 };
                    if (vErrors === null) {
                        vErrors = [err55];
                    }
                    else {
                        vErrors.push(err55);
                    }
                    errors++;
                }
            }
        }
    }
    if (data["permissions-policy"] !== undefined) {
        let data35 = data["permissions-policy"];
        if ((((typeof data35 !== "string") && (!((typeof data35 == "number") && (isFinite(data35))))) && (data35 !== null)) && (!(data35 && typeof data35 == "object" && !Array.isArray(data35)))) {
            const err56 = { instancePath: instancePath + "/permissions-policy", schemaPath: "#/properties/permissions-policy/type", keyword: "type", params: { type: schema32.properties["permissions-policy"].type }, message: "must be string,number,null,object", schema: schema32.properties["permissions-policy"].type, parentSchema: schema32.properties["permissions-policy"], data: data35 };
            if (vErrors === null) {
                vErrors = [err56];
            }
            else {
                vErrors.push(err56);
            }
            errors++;
        }
        if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            for (const key9 in data35) {
                if (!(((key9 === "value") || (key9 === "override")) || (key9 === "when"))) {
                    const err57 = { instancePath: instancePath + "/permissions-policy", schemaPath: "#/properties/permissions-policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["permissions-policy"], data: data35 };
                    if (vErrors === null) {
                        vErrors = [err57];
                    }
                    else {
                        vErrors.push(err57);
                    }
                    errors++;
                }
            }
            if (data35.value !== undefined) {
                let data36 = data35.value;
                if ((typeof data36 !== "string") && (!((typeof data36 == "number") && (isFinite(data36))))) {
                    const err58 = { instancePath: instancePath + "/permissions-policy/value", schemaPath: "#/properties/permissions-policy/properties/value/type", keyword: "type", params: { type: schema32.properties["permissions-policy"].properties.value.type }, message: "must be string,number", schema: schema32.properties["permissions-policy"].properties.value.type, parentSchema: schema32.properties["permissions-policy"].properties.value, data: data36 };
                    if (vErrors === null) {
                        vErrors = [err58];
                    }
                    else {
                        vErrors.push(err58);
                    }
                    errors++;
                }
            }
            if (data35.override !== undefined) {
                let data37 = data35.override;
                if (typeof data37 !== "boolean") {
                    const err59 = { instancePath: instancePath + "/permissions-policy/override", schemaPath: "#/properties/permissions-policy/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["permissions-policy"].properties.override.type, parentSchema: schema32.properties["permissions-policy"].properties.override, data: data37 };
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
            }
            if (data35.when !== undefined) {
                let data38 = data35.when;
                if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                    for (const key10 in data38) {
                        if (!((key10 === "content-type") || (key10 === "status"))) {
                            const err60 = { instancePath: instancePath + "/permissions-policy/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data38 };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                    }
                    if (data38["content-type"] !== undefined) {
                        let data39 = data38["content-type"];
                        if ((typeof data39 !== "string") && (!(Array.isArray(data39)))) {
                            const err61 = { instancePath: instancePath + "/permissions-policy/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data39 };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                        if (typeof data39 === "string") {
                            if (func2(data39) < 1) {
                                const err62 = { instancePath: instancePath + "/permissions-policy/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data39 };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data39)) {
                            const len8 = data39.length;
                            for (let i8 = 0; i8 < len8; i8++) {
                                let data40 = data39[i8];
                                if (typeof data40 === "string") {
                                    if (func2(data40) < 1) {
                                        const err63 = { instancePath: instancePath + "/permissions-policy/when/content-type/" + i8, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data40 };
                                        if (vErrors === null) {
                                            vErrors = [err63];
                                        }
                                        else {
                                            vErrors.push(err63);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err64 = { instancePath: instancePath + "/permissions-policy/when/content-type/" + i8, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data40 };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data38.status !== undefined) {
                        let data41 = data38.status;
                        if (((!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))) && (typeof data41 !== "string")) && (!(Array.isArray(data41)))) {
                            const err65 = { instancePath: instancePath + "/permissions-policy/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data41 };
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                        if ((typeof data41 == "number") && (isFinite(data41))) {
                            if (data41 > 599 || isNaN(data41)) {
                                const err66 = { instancePath: instancePath + "/permissions-policy/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data41 };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                            if (data41 < 100 || isNaN(data41)) {
                                const err67 = { instancePath: instancePath + "/permissions-policy/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data41 };
                                if (vErrors === null) {
                                    vErrors = [err67];
                                }
                                else {
                                    vErrors.push(err67);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data41)) {
                            const len9 = data41.length;
                            for (let i9 = 0; i9 < len9; i9++) {
                                let data42 = data41[i9];
                                if ((!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))) && (typeof data42 !== "string")) {
                                    const err68 = { instancePath: instancePath + "/permissions-policy/when/status/" + i9, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data42 };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err69 = { instancePath: instancePath + "/permissions-policy/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data38 };
                    if (vErrors === null) {
                        vErrors = [err69];
                    }
                    else {
                        vErrors.push(err69);
                    }
                    errors++;
                }
            }
        }
    }
    if (data["cross-origin-opener-policy"] !== undefined) {
        let data43 = data["cross-origin-opener-policy"];
        if ((((typeof data43 !== "string") && (!((typeof data43 == "number") && (isFinite(data43))))) && (data43 !== null)) && (!(data43 && typeof data43 == "object" && !Array.isArray(data43)))) {
            const err70 = { instancePath: instancePath + "/cross-origin-opener-policy", schemaPath: "#/properties/cross-origin-opener-policy/type", keyword: "type", params: { type: schema32.properties["cross-origin-opener-policy"].type }, message: "must be string,number,null,object", schema: schema32.properties["cross-origin-opener-policy"].type, parentSchema: schema32.properties["cross-origin-opener-policy"], data: data43 };
            if (vErrors === null) {
                vErrors = [err70];
            }
            else {
                vErrors.push(err70);
            }
            errors++;
        }
        if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            for (const key11 in data43) {
                if (!(((key11 === "value") || (key11 === "override")) || (key11 === "when"))) {
                    const err71 = { instancePath: instancePath + "/cross-origin-opener-policy", schemaPath: "#/properties/cross-origin-opener-policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["cross-origin-opener-policy"], data: data43 };
                    if (vErrors === null) {
                        vErrors = [err71];
                    }
                    else {
                        vErrors.push(err71);
                    }
                    errors++;
                }
            }
            if (data43.value !== undefined) {
                let data44 = data43.value;
                if ((typeof data44 !== "string") && (!((typeof data44 == "number") && (isFinite(data44))))) {
                    const err72 = { instancePath: instancePath + "/cross-origin-opener-policy/value", schemaPath: "#/properties/cross-origin-opener-policy/properties/value/type", keyword: "type", params: { type: schema32.properties["cross-origin-opener-policy"].properties.value.type }, message: "must be string,number", schema: schema32.properties["cross-origin-opener-policy"].properties.value.type, parentSchema: schema32.properties["cross-origin-opener-policy"].properties.value, data: data44 };
                    if (vErrors === null) {
                        vErrors = [err72];
                    }
                    else {
                        vErrors.push(err72);
                    }
                    errors++;
                }
            }
            if (data43.override !== undefined) {
                let data45 = data43.override;
                if (typeof data45 !== "boolean") {
                    const err73 = { instancePath: instancePath + "/cross-origin-opener-policy/override", schemaPath: "#/properties/cross-origin-opener-policy/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["cross-origin-opener-policy"].properties.override.type, parentSchema: schema32.properties["cross-origin-opener-policy"].properties.override, data: data45 };
                    if (vErrors === null) {
                        vErrors = [err73];
                    }
                    else {
                        vErrors.push(err73);
                    }
                    errors++;
                }
            }
            if (data43.when !== undefined) {
                let data46 = data43.when;
                if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                    for (const key12 in data46) {
                        if (!((key12 === "content-type") || (key12 === "status"))) {
                            const err74 = { instancePath: instancePath + "/cross-origin-opener-policy/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data46 };
                            if (vErrors === null) {
                                vErrors = [err74];
                            }
                            else {
                                vErrors.push(err74);
                            }
                            errors++;
                        }
                    }
                    if (data46["content-type"] !== undefined) {
                        let data47 = data46["content-type"];
                        if ((typeof data47 !== "string") && (!(Array.isArray(data47)))) {
                            const err75 = { instancePath: instancePath + "/cross-origin-opener-policy/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data47 };
                            if (vErrors === null) {
                                vErrors = [err75];
                            }
                            else {
                                vErrors.push(err75);
                            }
                            errors++;
                        }
                        if (typeof data47 === "string") {
                            if (func2(data47) < 1) {
                                const err76 = { instancePath: instancePath + "/cross-origin-opener-policy/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data47 };
                                if (vErrors === null) {
                                    vErrors = [err76];
                                }
                                else {
                                    vErrors.push(err76);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data47)) {
                            const len10 = data47.length;
                            for (let i10 = 0; i10 < len10; i10++) {
                                let data48 = data47[i10];
                                if (typeof data48 === "string") {
                                    if (func2(data48) < 1) {
                                        const err77 = { instancePath: instancePath + "/cross-origin-opener-policy/when/content-type/" + i10, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data48 };
                                        if (vErrors === null) {
                                            vErrors = [err77];
                                        }
                                        else {
                                            vErrors.push(err77);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err78 = { instancePath: instancePath + "/cross-origin-opener-policy/when/content-type/" + i10, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data48 };
                                    if (vErrors === null) {
                                        vErrors = [err78];
                                    }
                                    else {
                                        vErrors.push(err78);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data46.status !== undefined) {
                        let data49 = data46.status;
                        if (((!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))) && (typeof data49 !== "string")) && (!(Array.isArray(data49)))) {
                            const err79 = { instancePath: instancePath + "/cross-origin-opener-policy/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data49 };
                            if (vErrors === null) {
                                vErrors = [err79];
                            }
                            else {
                                vErrors.push(err79);
                            }
                            errors++;
                        }
                        if ((typeof data49 == "number") && (isFinite(data49))) {
                            if (data49 > 599 || isNaN(data49)) {
                                const err80 = { instancePath: instancePath + "/cross-origin-opener-policy/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data49 };
                                if (vErrors === null) {
                                    vErrors = [err80];
                                }
                                else {
                                    vErrors.push(err80);
                                }
                                errors++;
                            }
                            if (data49 < 100 || isNaN(data49)) {
                                const err81 = { instancePath: instancePath + "/cross-origin-opener-policy/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data49 };
                                if (vErrors === null) {
                                    vErrors = [err81];
                                }
                                else {
                                    vErrors.push(err81);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data49)) {
                            const len11 = data49.length;
                            for (let i11 = 0; i11 < len11; i11++) {
                                let data50 = data49[i11];
                                if ((!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))) && (typeof data50 !== "string")) {
                                    const err82 = { instancePath: instancePath + "/cross-origin-opener-policy/when/status/" + i11, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data50 };
                                    if (vErrors === null) {
                                        vErrors = [err82];
                                    }
                                    else {
                                        vErrors.push(err82);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err83 = { instancePath: instancePath + "/cross-origin-opener-policy/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data46 };
                    if (vErrors === null) {
                        vErrors = [err83];
                    }
                    else {
                        vErrors.push(err83);
                    }
                    errors++;
                }
            }
        }
    }
    if (data["cross-origin-embedder-policy"] !== undefined) {
        let data51 = data["cross-origin-embedder-policy"];
        if ((((typeof data51 !== "string") && (!((typeof data51 == "number") && (isFinite(data51))))) && (data51 !== null)) && (!(data51 && typeof data51 == "object" && !Array.isArray(data51)))) {
            const err84 = { instancePath: instancePath + "/cross-origin-embedder-policy", schemaPath: "#/properties/cross-origin-embedder-policy/type", keyword: "type", params: { type: schema32.properties["cross-origin-embedder-policy"].type }, message: "must be string,number,null,object", schema: schema32.properties["cross-origin-embedder-policy"].type, parentSchema: schema32.properties["cross-origin-embedder-policy"], data: data51 };
            if (vErrors === null) {
                vErrors = [err84];
            }
            else {
                vErrors.push(err84);
            }
            errors++;
        }
        if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
            for (const key13 in data51) {
                if (!(((key13 === "value") || (key13 === "override")) || (key13 === "when"))) {
                    const err85 = { instancePath: instancePath + "/cross-origin-embedder-policy", schemaPath: "#/properties/cross-origin-embedder-policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["cross-origin-embedder-policy"], data: data51 };
                    if (vErrors === null) {
                        vErrors = [err85];
                    }
                    else {
                        vErrors.push(err85);
                    }
                    errors++;
                }
            }
            if (data51.value !== undefined) {
                let data52 = data51.value;
                if ((typeof data52 !== "string") && (!((typeof data52 == "number") && (isFinite(data52))))) {
                    const err86 = { instancePath: instancePath + "/cross-origin-embedder-policy/value", schemaPath: "#/properties/cross-origin-embedder-policy/properties/value/type", keyword: "type", params: { type: schema32.properties["cross-origin-embedder-policy"].properties.value.type }, message: "must be string,number", schema: schema32.properties["cross-origin-embedder-policy"].properties.value.type, parentSchema: schema32.properties["cross-origin-embedder-policy"].properties.value, data: data52 };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
            }
            if (data51.override !== undefined) {
                let data53 = data51.override;
                if (typeof data53 !== "boolean") {
                    const err87 = { instancePath: instancePath + "/cross-origin-embedder-policy/override", schemaPath: "#/properties/cross-origin-embedder-policy/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["cross-origin-embedder-policy"].properties.override.type, parentSchema: schema32.properties["cross-origin-embedder-policy"].properties.override, data: data53 };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
            }
            if (data51.when !== undefined) {
                let data54 = data51.when;
                if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                    for (const key14 in data54) {
                        if (!((key14 === "content-type") || (key14 === "status"))) {
                            const err88 = { instancePath: instancePath + "/cross-origin-embedder-policy/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data54 };
                            if (vErrors === null) {
                                vErrors = [err88];
                            }
                            else {
                                vErrors.push(err88);
                            }
                            errors++;
                        }
                    }
                    if (data54["content-type"] !== undefined) {
                        let data55 = data54["content-type"];
                        if ((typeof data55 !== "string") && (!(Array.isArray(data55)))) {
                            const err89 = { instancePath: instancePath + "/cross-origin-embedder-policy/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data55 };
                            if (vErrors === null) {
                                vErrors = [err89];
                            }
                            else {
                                vErrors.push(err89);
                            }
                            errors++;
                        }
                        if (typeof data55 === "string") {
                            if (func2(data55) < 1) {
                                const err90 = { instancePath: instancePath + "/cross-origin-embedder-policy/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data55 };
                                if (vErrors === null) {
                                    vErrors = [err90];
                                }
                                else {
                                    vErrors.push(err90);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data55)) {
                            const len12 = data55.length;
                            for (let i12 = 0; i12 < len12; i12++) {
                                let data56 = data55[i12];
                                if (typeof data56 === "string") {
                                    if (func2(data56) < 1) {
                                        const err91 = { instancePath: instancePath + "/cross-origin-embedder-policy/when/content-type/" + i12, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data56 };
                                        if (vErrors === null) {
                                            vErrors = [err91];
                                        }
                                        else {
                                            vErrors.push(err91);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err92 = { instancePath: instancePath + "/cross-origin-embedder-policy/when/content-type/" + i12, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data56 };
                                    if (vErrors === null) {
                                        vErrors = [err92];
                                    }
                                    else {
                                        vErrors.push(err92);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data54.status !== undefined) {
                        let data57 = data54.status;
                        if (((!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))) && (typeof data57 !== "string")) && (!(Array.isArray(data57)))) {
                            const err93 = { instancePath: instancePath + "/cross-origin-embedder-policy/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data57 };
                            if (vErrors === null) {
                                vErrors = [err93];
                            }
                            else {
                                vErrors.push(err93);
                            }
                            errors++;
                        }
                        if ((typeof data57 == "number") && (isFinite(data57))) {
                            if (data57 > 599 || isNaN(data57)) {
                                const err94 = { instancePath: instancePath + "/cross-origin-embedder-policy/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data57 };
                                if (vErrors === null) {
                                    vErrors = [err94];
                                }
                                else {
                                    vErrors.push(err94);
                                }
                                errors++;
                            }
                            if (data57 < 100 || isNaN(data57)) {
                                const err95 = { instancePath: instancePath + "/cross-origin-embedder-policy/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data57 };
                                if (vErrors === null) {
                                    vErrors = [err95];
                                }
                                else {
                                    vErrors.push(err95);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data57)) {
                            const len13 = data57.length;
                            for (let i13 = 0; i13 < len13; i13++) {
                                let data58 = data57[i13];
                                if ((!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))) && (typeof data58 !== "string")) {
                                    const err96 = { instancePath: instancePath + "/cross-origin-embedder-policy/when/status/" + i13, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data58 };
                                    if (vErrors === null) {
                                        vErrors = [err96];
                                    }
                                    else {
                                        vErrors.push(err96);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err97 = { instancePath: instancePath + "/cross-origin-embedder-policy/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data54 };
                    if (vErrors === null) {
                        vErrors = [err97];
                    }
                    else {
                        vErrors.push(err97);
                    }
                    errors++;
                }
            }
        }
    }
    if (data["cross-origin-resource-policy"] !== undefined) {
        let data59 = data["cross-origin-resource-policy"];
        if ((((typeof data59 !== "string") && (!((typeof data59 == "number") && (isFinite(data59))))) && (data59 !== null)) && (!(data59 && typeof data59 == "object" && !Array.isArray(data59)))) {
            const err98 = { instancePath: instancePath + "/cross-origin-resource-policy", schemaPath: "#/properties/cross-origin-resource-policy/type", keyword: "type", params: { type: schema32.properties["cross-origin-resource-policy"].type }, message: "must be string,number,null,object", schema: schema32.properties["cross-origin-resource-policy"].type, parentSchema: schema32.properties["cross-origin-resource-policy"], data: data59 };
            if (vErrors === null) {
                vErrors = [err98];
            }
            else {
                vErrors.push(err98);
            }
            errors++;
        }
        if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
            for (const key15 in data59) {
                if (!(((key15 === "value") || (key15 === "override")) || (key15 === "when"))) {
                    const err99 = { instancePath: instancePath + "/cross-origin-resource-policy", schemaPath: "#/properties/cross-origin-resource-policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["cross-origin-resource-policy"], data: data59 };
                    if (vErrors === null) {
                        vErrors = [err99];
                    }
                    else {
                        vErrors.push(err99);
                    }
                    errors++;
                }
            }
            if (data59.value !== undefined) {
                let data60 = data59.value;
                if ((typeof data60 !== "string") && (!((typeof data60 == "number") && (isFinite(data60))))) {
                    const err100 = { instancePath: instancePath + "/cross-origin-resource-policy/value", schemaPath: "#/properties/cross-origin-resource-policy/properties/value/type", keyword: "type", params: { type: schema32.properties["cross-origin-resource-policy"].properties.value.type }, message: "must be string,number", schema: schema32.properties["cross-origin-resource-policy"].properties.value.type, parentSchema: schema32.properties["cross-origin-resource-policy"].properties.value, data: data60 };
                    if (vErrors === null) {
                        vErrors = [err100];
                    }
                    else {
                        vErrors.push(err100);
                    }
                    errors++;
                }
            }
            if (data59.override !== undefined) {
                let data61 = data59.override;
                if (typeof data61 !== "boolean") {
                    const err101 = { instancePath: instancePath + "/cross-origin-resource-policy/override", schemaPath: "#/properties/cross-origin-resource-policy/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["cross-origin-resource-policy"].properties.override.type, parentSchema: schema32.properties["cross-origin-resource-policy"].properties.override, data: data61 };
                    if (vErrors === null) {
                        vErrors = [err101];
                    }
                    else {
                        vErrors.push(err101);
                    }
                    errors++;
                }
            }
            if (data59.when !== undefined) {
                let data62 = data59.when;
                if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                    for (const key16 in data62) {
                        if (!((key16 === "content-type") || (key16 === "status"))) {
                            const err102 = { instancePath: instancePath + "/cross-origin-resource-policy/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data62 };
                            if (vErrors === null) {
                                vErrors = [err102];
                            }
                            else {
                                vErrors.push(err102);
                            }
                            errors++;
                        }
                    }
                    if (data62["content-type"] !== undefined) {
                        let data63 = data62["content-type"];
                        if ((typeof data63 !== "string") && (!(Array.isArray(data63)))) {
                            const err103 = { instancePath: instancePath + "/cross-origin-resource-policy/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data63 };
                            if (vErrors === null) {
                                vErrors = [err103];
                            }
                            else {
                                vErrors.push(err103);
                            }
                            errors++;
                        }
                        if (typeof data63 === "string") {
                            if (func2(data63) < 1) {
                                const err104 = { instancePath: instancePath + "/cross-origin-resource-policy/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data63 };
                                if (vErrors === null) {
                                    vErrors = [err104];
                                }
                                else {
                                    vErrors.push(err104);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data63)) {
                            const len14 = data63.length;
                            for (let i14 = 0; i14 < len14; i14++) {
                                let data64 = data63[i14];
                                if (typeof data64 === "string") {
                                    if (func2(data64) < 1) {
                                        const err105 = { instancePath: instancePath + "/cross-origin-resource-policy/when/content-type/" + i14, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data64 };
                                        if (vErrors === null) {
                                            vErrors = [err105];
                                        }
                                        else {
                                            vErrors.push(err105);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err106 = { instancePath: instancePath + "/cross-origin-resource-policy/when/content-type/" + i14, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data64 };
                                    if (vErrors === null) {
                                        vErrors = [err106];
                                    }
                                    else {
                                        vErrors.push(err106);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data62.status !== undefined) {
                        let data65 = data62.status;
                        if (((!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))) && (typeof data65 !== "string")) && (!(Array.isArray(data65)))) {
                            const err107 = { instancePath: instancePath + "/cross-origin-resource-policy/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data65 };
                            if (vErrors === null) {
                                vErrors = [err107];
                            }
                            else {
                                vErrors.push(err107);
                            }
                            errors++;
                        }
                        if ((typeof data65 == "number") && (isFinite(data65))) {
                            if (data65 > 599 || isNaN(data65)) {
                                const err108 = { instancePath: instancePath + "/cross-origin-resource-policy/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data65 };
                                if (vErrors === null) {
                                    vErrors = [err108];
                                }
                                else {
                                    vErrors.push(err108);
                                }
                                errors++;
                            }
                            if (data65 < 100 || isNaN(data65)) {
                                const err109 = { instancePath: instancePath + "/cross-origin-resource-policy/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data65 };
                                if (vErrors === null) {
                                    vErrors = [err109];
                                }
                                else {
                                    vErrors.push(err109);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data65)) {
                            const len15 = data65.length;
                            for (let i15 = 0; i15 < len15; i15++) {
                                let data66 = data65[i15];
                                if ((!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))) && (typeof data66 !== "string")) {
                                    const err110 = { instancePath: instancePath + "/cross-origin-resource-policy/when/status/" + i15, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data66 };
                                    if (vErrors === null) {
                                        vErrors = [err110];
                                    }
                                    else {
                                        vErrors.push(err110);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err111 = { instancePath: instancePath + "/cross-origin-resource-policy/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data62 };
                    if (vErrors === null) {
                        vErrors = [err111];
                    }
                    else {
                        vErrors.push(err111);
                    }
                    errors++;
                }
            }
        }
    }
    if (data["x-permitted-cross-domain-policies"] !== undefined) {
        let data67 = data["x-permitted-cross-domain-policies"];
        if ((((typeof data67 !== "string") && (!((typeof data67 == "number") && (isFinite(data67))))) && (data67 !== null)) && (!(data67 && typeof data67 == "object" && !Array.isArray(data67)))) {
            const err112 = { instancePath: instancePath + "/x-permitted-cross-domain-policies", schemaPath: "#/properties/x-permitted-cross-domain-policies/type", keyword: "type", params: { type: schema32.properties["x-permitted-cross-domain-policies"].type }, message: "must be string,number,null,object", schema: schema32.properties["x-permitted-cross-domain-policies"].type, parentSchema: schema32.properties["x-permitted-cross-domain-policies"], data: data67 };
            if (vErrors === null) {
                vErrors = [err112];
            }
            else {
                vErrors.push(err112);
            }
            errors++;
        }
        if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
            for (const key17 in data67) {
                if (!(((key17 === "value") || (key17 === "override")) || (key17 === "when"))) {
                    const err113 = { instancePath: instancePath + "/x-permitted-cross-domain-policies", schemaPath: "#/properties/x-permitted-cross-domain-policies/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["x-permitted-cross-domain-policies"], data: data67 };
                    if (vErrors === null) {
                        vErrors = [err113];
                    }
                    else {
                        vErrors.push(err113);
                    }
                    errors++;
                }
            }
            if (data67.value !== undefined) {
                let data68 = data67.value;
                if ((typeof data68 !== "string") && (!((typeof data68 == "number") && (isFinite(data68))))) {
                    const err114 = { instancePath: instancePath + "/x-permitted-cross-domain-policies/value", schemaPath: "#/properties/x-permitted-cross-domain-policies/properties/value/type", keyword: "type", params: { type: schema32.properties["x-permitted-cross-domain-policies"].properties.value.type }, message: "must be string,number", schema: schema32.properties["x-permitted-cross-domain-policies"].properties.value.type, parentSchema: schema32.properties["x-permitted-cross-domain-policies"].properties.value, data: data68 };
                    if (vErrors === null) {
                        vErrors = [err114];
                    }
                    else {
                        vErrors.push(err114);
                    }
                    errors++;
                }
            }
            if (data67.override !== undefined) {
                let data69 = data67.override;
                if (typeof data69 !== "boolean") {
                    const err115 = { instancePath: instancePath + "/x-permitted-cross-domain-policies/override", schemaPath: "#/properties/x-permitted-cross-domain-policies/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["x-permitted-cross-domain-policies"].properties.override.type, parentSchema: schema32.properties["x-permitted-cross-domain-policies"].properties.override, data: data69 };
                    if (vErrors === null) {
                        vErrors = [err115];
                    }
                    else {
                        vErrors.push(err115);
                    }
                    errors++;
                }
            }
            if (data67.when !== undefined) {
                let data70 = data67.when;
                if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                    for (const key18 in data70) {
                        if (!((key18 === "content-type") || (key18 === "status"))) {
                            const err116 = { instancePath: instancePath + "/x-permitted-cross-domain-policies/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data70 };
                            if (vErrors === null) {
                                vErrors = [err116];
                            }
                            else {
                                vErrors.push(err116);
                            }
                            errors++;
                        }
                    }
                    if (data70["content-type"] !== undefined) {
                        let data71 = data70["content-type"];
                        if ((typeof data71 !== "string") && (!(Array.isArray(data71)))) {
                            const err117 = { instancePath: instancePath + "/x-permitted-cross-domain-policies/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data71 };
                            if (vErrors === null) {
                                vErrors = [err117];
                            }
                            else {
                                vErrors.push(err117);
                            }
                            errors++;
                        }
                        if (typeof data71 === "string") {
                            if (func2(data71) < 1) {
                                const err118 = { instancePath: instancePath + "/x-permitted-cross-domain-policies/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data71 };
                                if (vErrors === null) {
                                    vErrors = [err118];
                                }
                                else {
                                    vErrors.push(err118);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data71)) {
                            const len16 = data71.length;
                            for (let i16 = 0; i16 < len16; i16++) {
                                let data72 = data71[i16];
                                if (typeof data72 === "string") {
                                    if (func2(data72) < 1) {
                                        const err119 = { instancePath: instancePath + "/x-permitted-cross-domain-policies/when/content-type/" + i16, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data72 };
                                        if (vErrors === null) {
                                            vErrors = [err119];
                                        }
                                        else {
                                            vErrors.push(err119);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err120 = { instancePath: instancePath + "/x-permitted-cross-domain-policies/when/content-type/" + i16, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data72 };
                                    if (vErrors === null) {
                                        vErrors = [err120];
                                    }
                                    else {
                                        vErrors.push(err120);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data70.status !== undefined) {
                        let data73 = data70.status;
                        if (((!(((typeof data73 == "number") && (!(data73 % 1) && !isNaN(data73))) && (isFinite(data73)))) && (typeof data73 !== "string")) && (!(Array.isArray(data73)))) {
                            const err121 = { instancePath: instancePath + "/x-permitted-cross-domain-policies/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data73 };
                            if (vErrors === null) {
                                vErrors = [err121];
                            }
                            else {
                                vErrors.push(err121);
                            }
                            errors++;
                        }
                        if ((typeof data73 == "number") && (isFinite(data73))) {
                            if (data73 > 599 || isNaN(data73)) {
                                const err122 = { instancePath: instancePath + "/x-permitted-cross-domain-policies/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data73 };
                                if (vErrors === null) {
                                    vErrors = [err122];
                                }
                                else {
                                    vErrors.push(err122);
                                }
                                errors++;
                            }
                            if (data73 < 100 || isNaN(data73)) {
                                const err123 = { instancePath: instancePath + "/x-permitted-cross-domain-policies/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data73 };
                                if (vErrors === null) {
                                    vErrors = [err123];
                                }
                                else {
                                    vErrors.push(err123);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data73)) {
                            const len17 = data73.length;
                            for (let i17 = 0; i17 < len17; i17++) {
                                let data74 = data73[i17];
                                if ((!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))) && (typeof data74 !== "string")) {
                                    const err124 = { instancePath: instancePath + "/x-permitted-cross-domain-policies/when/status/" + i17, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data74 };
                                    if (vErrors === null) {
                                        vErrors = [err124];
                                    }
                                    else {
                                        vErrors.push(err124);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err125 = { instancePath: instancePath + "/x-permitted-cross-domain-policies/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data70 };
                    if (vErrors === null) {
                        vErrors = [err125];
                    }
                    else {
                        vErrors.push(err125);
                    }
                    errors++;
                }
            }
        }
    }
    if (data["x-dns-prefetch-control"] !== undefined) {
        let data75 = data["x-dns-prefetch-control"];
        if ((((typeof data75 !== "string") && (!((typeof data75 == "number") && (isFinite(data75))))) && (data75 !== null)) && (!(data75 && typeof data75 == "object" && !Array.isArray(data75)))) {
            const err126 = { instancePath: instancePath + "/x-dns-prefetch-control", schemaPath: "#/properties/x-dns-prefetch-control/type", keyword: "type", params: { type: schema32.properties["x-dns-prefetch-control"].type }, message: "must be string,number,null,object", schema: schema32.properties["x-dns-prefetch-control"].type, parentSchema: schema32.properties["x-dns-prefetch-control"], data: data75 };
            if (vErrors === null) {
                vErrors = [err126];
            }
            else {
                vErrors.push(err126);
            }
            errors++;
        }
        if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
            for (const key19 in data75) {
                if (!(((key19 === "value") || (key19 === "override")) || (key19 === "when"))) {
                    const err127 = { instancePath: instancePath + "/x-dns-prefetch-control", schemaPath: "#/properties/x-dns-prefetch-control/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["x-dns-prefetch-control"], data: data75 };
                    if (vErrors === null) {
                        vErrors = [err127];
                    }
                    else {
                        vErrors.push(err127);
                    }
                    errors++;
                }
            }
            if (data75.value !== undefined) {
                let data76 = data75.value;
                if ((typeof data76 !== "string") && (!((typeof data76 == "number") && (isFinite(data76))))) {
                    const err128 = { instancePath: instancePath + "/x-dns-prefetch-control/value", schemaPath: "#/properties/x-dns-prefetch-control/properties/value/type", keyword: "type", params: { type: schema32.properties["x-dns-prefetch-control"].properties.value.type }, message: "must be string,number", schema: schema32.properties["x-dns-prefetch-control"].properties.value.type, parentSchema: schema32.properties["x-dns-prefetch-control"].properties.value, data: data76 };
                    if (vErrors === null) {
                        vErrors = [err128];
                    }
                    else {
                        vErrors.push(err128);
                    }
                    errors++;
                }
            }
            if (data75.override !== undefined) {
                let data77 = data75.override;
                if (typeof data77 !== "boolean") {
                    const err129 = { instancePath: instancePath + "/x-dns-prefetch-control/override", schemaPath: "#/properties/x-dns-prefetch-control/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["x-dns-prefetch-control"].properties.override.type, parentSchema: schema32.properties["x-dns-prefetch-control"].properties.override, data: data77 };
                    if (vErrors === null) {
                        vErrors = [err129];
                    }
                    else {
                        vErrors.push(err129);
                    }
                    errors++;
                }
            }
            if (data75.when !== undefined) {
                let data78 = data75.when;
                if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                    for (const key20 in data78) {
                        if (!((key20 === "content-type") || (key20 === "status"))) {
                            const err130 = { instancePath: instancePath + "/x-dns-prefetch-control/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data78 };
                            if (vErrors === null) {
                                vErrors = [err130];
                            }
                            else {
                                vErrors.push(err130);
                            }
                            errors++;
                        }
                    }
                    if (data78["content-type"] !== undefined) {
                        let data79 = data78["content-type"];
                        if ((typeof data79 !== "string") && (!(Array.isArray(data79)))) {
                            const err131 = { instancePath: instancePath + "/x-dns-prefetch-control/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data79 };
                            if (vErrors === null) {
                                vErrors = [err131];
                            }
                            else {
                                vErrors.push(err131);
                            }
                            errors++;
                        }
                        if (typeof data79 === "string") {
                            if (func2(data79) < 1) {
                                const err132 = { instancePath: instancePath + "/x-dns-prefetch-control/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data79 };
                                if (vErrors === null) {
                                    vErrors = [err132];
                                }
                                else {
                                    vErrors.push(err132);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data79)) {
                            const len18 = data79.length;
                            for (let i18 = 0; i18 < len18; i18++) {
                                let data80 = data79[i18];
                                if (typeof data80 === "string") {
                                    if (func2(data80) < 1) {
                                        const err133 = { instancePath: instancePath + "/x-dns-prefetch-control/when/content-type/" + i18, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data80 };
                                        if (vErrors === null) {
                                            vErrors = [err133];
                                        }
                                        else {
                                            vErrors.push(err133);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err134 = { instancePath: instancePath + "/x-dns-prefetch-control/when/content-type/" + i18, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data80 };
                                    if (vErrors === null) {
                                        vErrors = [err134];
                                    }
                                    else {
                                        vErrors.push(err134);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data78.status !== undefined) {
                        let data81 = data78.status;
                        if (((!(((typeof data81 == "number") && (!(data81 % 1) && !isNaN(data81))) && (isFinite(data81)))) && (typeof data81 !== "string")) && (!(Array.isArray(data81)))) {
                            const err135 = { instancePath: instancePath + "/x-dns-prefetch-control/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data81 };
                            if (vErrors === null) {
                                vErrors = [err135];
                            }
                            else {
                                vErrors.push(err135);
                            }
                            errors++;
                        }
                        if ((typeof data81 == "number") && (isFinite(data81))) {
                            if (data81 > 599 || isNaN(data81)) {
                                const err136 = { instancePath: instancePath + "/x-dns-prefetch-control/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data81 };
                                if (vErrors === null) {
                                    vErrors = [err136];
                                }
                                else {
                                    vErrors.push(err136);
                                }
                                errors++;
                            }
                            if (data81 < 100 || isNaN(data81)) {
                                const err137 = { instancePath: instancePath + "/x-dns-prefetch-control/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data81 };
                                if (vErrors === null) {
                                    vErrors = [err137];
                                }
                                else {
                                    vErrors.push(err137);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data81)) {
                            const len19 = data81.length;
                            for (let i19 = 0; i19 < len19; i19++) {
                                let data82 = data81[i19];
                                if ((!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))) && (typeof data82 !== "string")) {
                                    const err138 = { instancePath: instancePath + "/x-dns-prefetch-control/when/status/" + i19, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data82 };
                                    if (vErrors === null) {
                                        vErrors = [err138];
                                    }
                                    else {
                                        vErrors.push(err138);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err139 = { instancePath: instancePath + "/x-dns-prefetch-control/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data78 };
                    if (vErrors === null) {
                        vErrors = [err139];
                    }
                    else {
                        vErrors.push(err139);
                    }
                    errors++;
                }
            }
        }
    }
    if (data["x-xss-protection"] !== undefined) {
        let data83 = data["x-xss-protection"];
        if ((((typeof data83 !== "string") && (!((typeof data83 == "number") && (isFinite(data83))))) && (data83 !== null)) && (!(data83 && typeof data83 == "object" && !Array.isArray(data83)))) {
            const err140 = { instancePath: instancePath + "/x-xss-protection", schemaPath: "#/properties/x-xss-protection/type", keyword: "type", params: { type: schema32.properties["x-xss-protection"].type }, message: "must be string,number,null,object", schema: schema32.properties["x-xss-protection"].type, parentSchema: schema32.properties["x-xss-protection"], data: data83 };
            if (vErrors === null) {
                vErrors = [err140];
            }
            else {
                vErrors.push(err140);
            }
            errors++;
        }
        if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
            for (const key21 in data83) {
                if (!(((key21 === "value") || (key21 === "override")) || (key21 === "when"))) {
                    const err141 = { instancePath: instancePath + "/x-xss-protection", schemaPath: "#/properties/x-xss-protection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["x-xss-protection"], data: data83 };
                    if (vErrors === null) {
                        vErrors = [err141];
                    }
                    else {
                        vErrors.push(err141);
                    }
                    errors++;
                }
            }
            if (data83.value !== undefined) {
                let data84 = data83.value;
                if ((typeof data84 !== "string") && (!((typeof data84 == "number") && (isFinite(data84))))) {
                    const err142 = { instancePath: instancePath + "/x-xss-protection/value", schemaPath: "#/properties/x-xss-protection/properties/value/type", keyword: "type", params: { type: schema32.properties["x-xss-protection"].properties.value.type }, message: "must be string,number", schema: schema32.properties["x-xss-protection"].properties.value.type, parentSchema: schema32.properties["x-xss-protection"].properties.value, data: data84 };
                    if (vErrors === null) {
                        vErrors = [err142];
                    }
                    else {
                        vErrors.push(err142);
                    }
                    errors++;
                }
            }
            if (data83.override !== undefined) {
                let data85 = data83.override;
                if (typeof data85 !== "boolean") {
                    const err143 = { instancePath: instancePath + "/x-xss-protection/override", schemaPath: "#/properties/x-xss-protection/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["x-xss-protection"].properties.override.type, parentSchema: schema32.properties["x-xss-protection"].properties.override, data: data85 };
                    if (vErrors === null) {
                        vErrors = [err143];
                    }
                    else {
                        vErrors.push(err143);
                    }
                    errors++;
                }
            }
            if (data83.when !== undefined) {
                let data86 = data83.when;
                if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                    for (const key22 in data86) {
                        if (!((key22 === "content-type") || (key22 === "status"))) {
                            const err144 = { instancePath: instancePath + "/x-xss-protection/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data86 };
                            if (vErrors === null) {
                                vErrors = [err144];
                            }
                            else {
                                vErrors.push(err144);
                            }
                            errors++;
                        }
                    }
                    if (data86["content-type"] !== undefined) {
                        let data87 = data86["content-type"];
                        if ((typeof data87 !== "string") && (!(Array.isArray(data87)))) {
                            const err145 = { instancePath: instancePath + "/x-xss-protection/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data87 };
                            if (vErrors === null) {
                                vErrors = [err145];
                            }
                            else {
                                vErrors.push(err145);
                            }
                            errors++;
                        }
                        if (typeof data87 === "string") {
                            if (func2(data87) < 1) {
                                const err146 = { instancePath: instancePath + "/x-xss-protection/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data87 };
                                if (vErrors === null) {
                                    vErrors = [err146];
                                }
                                else {
                                    vErrors.push(err146);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data87)) {
                            const len20 = data87.length;
                            for (let i20 = 0; i20 < len20; i20++) {
                                let data88 = data87[i20];
                                if (typeof data88 === "string") {
                                    if (func2(data88) < 1) {
                                        const err147 = { instancePath: instancePath + "/x-xss-protection/when/content-type/" + i20, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data88 };
                                        if (vErrors === null) {
                                            vErrors = [err147];
                                        }
                                        else {
                                            vErrors.push(err147);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err148 = { instancePath: instancePath + "/x-xss-protection/when/content-type/" + i20, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data88 };
                                    if (vErrors === null) {
                                        vErrors = [err148];
                                    }
                                    else {
                                        vErrors.push(err148);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data86.status !== undefined) {
                        let data89 = data86.status;
                        if (((!(((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89))) && (isFinite(data89)))) && (typeof data89 !== "string")) && (!(Array.isArray(data89)))) {
                            const err149 = { instancePath: instancePath + "/x-xss-protection/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data89 };
                            if (vErrors === null) {
                                vErrors = [err149];
                            }
                            else {
                                vErrors.push(err149);
                            }
                            errors++;
                        }
                        if ((typeof data89 == "number") && (isFinite(data89))) {
                            if (data89 > 599 || isNaN(data89)) {
                                const err150 = { instancePath: instancePath + "/x-xss-protection/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data89 };
                                if (vErrors === null) {
                                    vErrors = [err150];
                                }
                                else {
                                    vErrors.push(err150);
                                }
                                errors++;
                            }
                            if (data89 < 100 || isNaN(data89)) {
                                const err151 = { instancePath: instancePath + "/x-xss-protection/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data89 };
                                if (vErrors === null) {
                                    vErrors = [err151];
                                }
                                else {
                                    vErrors.push(err151);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data89)) {
                            const len21 = data89.length;
                            for (let i21 = 0; i21 < len21; i21++) {
                                let data90 = data89[i21];
                                if ((!(((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90))) && (isFinite(data90)))) && (typeof data90 !== "string")) {
                                    const err152 = { instancePath: instancePath + "/x-xss-protection/when/status/" + i21, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data90 };
                                    if (vErrors === null) {
                                        vErrors = [err152];
                                    }
                                    else {
                                        vErrors.push(err152);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err153 = { instancePath: instancePath + "/x-xss-protection/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data86 };
                    if (vErrors === null) {
                        vErrors = [err153];
                    }
                    else {
                        vErrors.push(err153);
                    }
                    errors++;
                }
            }
        }
    }
    if (data["origin-agent-cluster"] !== undefined) {
        let data91 = data["origin-agent-cluster"];
        if ((((typeof data91 !== "string") && (!((typeof data91 == "number") && (isFinite(data91))))) && (data91 !== null)) && (!(data91 && typeof data91 == "object" && !Array.isArray(data91)))) {
            const err154 = { instancePath: instancePath + "/origin-agent-cluster", schemaPath: "#/properties/origin-agent-cluster/type", keyword: "type", params: { type: schema32.properties["origin-agent-cluster"].type }, message: "must be string,number,null,object", schema: schema32.properties["origin-agent-cluster"].type, parentSchema: schema32.properties["origin-agent-cluster"], data: data91 };
            if (vErrors === null) {
                vErrors = [err154];
            }
            else {
                vErrors.push(err154);
            }
            errors++;
        }
        if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
            for (const key23 in data91) {
                if (!(((key23 === "value") || (key23 === "override")) || (key23 === "when"))) {
                    const err155 = { instancePath: instancePath + "/origin-agent-cluster", schemaPath: "#/properties/origin-agent-cluster/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["origin-agent-cluster"], data: data91 };
                    if (vErrors === null) {
                        vErrors = [err155];
                    }
                    else {
                        vErrors.push(err155);
                    }
                    errors++;
                }
            }
            if (data91.value !== undefined) {
                let data92 = data91.value;
                if ((typeof data92 !== "string") && (!((typeof data92 == "number") && (isFinite(data92))))) {
                    const err156 = { instancePath: instancePath + "/origin-agent-cluster/value", schemaPath: "#/properties/origin-agent-cluster/properties/value/type", keyword: "type", params: { type: schema32.properties["origin-agent-cluster"].properties.value.type }, message: "must be string,number", schema: schema32.properties["origin-agent-cluster"].properties.value.type, parentSchema: schema32.properties["origin-agent-cluster"].properties.value, data: data92 };
                    if (vErrors === null) {
                        vErrors = [err156];
                    }
                    else {
                        vErrors.push(err156);
                    }
                    errors++;
                }
            }
            if (data91.override !== undefined) {
                let data93 = data91.override;
                if (typeof data93 !== "boolean") {
                    const err157 = { instancePath: instancePath + "/origin-agent-cluster/override", schemaPath: "#/properties/origin-agent-cluster/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["origin-agent-cluster"].properties.override.type, parentSchema: schema32.properties["origin-agent-cluster"].properties.override, data: data93 };
                    if (vErrors === null) {
                        vErrors = [err157];
                    }
                    else {
                        vErrors.push(err157);
                    }
                    errors++;
                }
            }
            if (data91.when !== undefined) {
                let data94 = data91.when;
                if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
                    for (const key24 in data94) {
                        if (!((key24 === "content-type") || (key24 === "status"))) {
                            const err158 = { instancePath: instancePath + "/origin-agent-cluster/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data94 };
                            if (vErrors === null) {
                                vErrors = [err158];
                            }
                            else {
                                vErrors.push(err158);
                            }
                            errors++;
                        }
                    }
                    if (data94["content-type"] !== undefined) {
                        let data95 = data94["content-type"];
                        if ((typeof data95 !== "string") && (!(Array.isArray(data95)))) {
                            const err159 = { instancePath: instancePath + "/origin-agent-cluster/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data95 };
                            if (vErrors === null) {
                                vErrors = [err159];
                            }
                            else {
                                vErrors.push(err159);
                            }
                            errors++;
                        }
                        if (typeof data95 === "string") {
                            if (func2(data95) < 1) {
                                const err160 = { instancePath: instancePath + "/origin-agent-cluster/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data95 };
                                if (vErrors === null) {
                                    vErrors = [err160];
                                }
                                else {
                                    vErrors.push(err160);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data95)) {
                            const len22 = data95.length;
                            for (let i22 = 0; i22 < len22; i22++) {
                                let data96 = data95[i22];
                                if (typeof data96 === "string") {
                                    if (func2(data96) < 1) {
                                        const err161 = { instancePath: instancePath + "/origin-agent-cluster/when/content-type/" + i22, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data96 };
                                        if (vErrors === null) {
                                            vErrors = [err161];
                                        }
                                        else {
                                            vErrors.push(err161);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err162 = { instancePath: instancePath + "/origin-agent-cluster/when/content-type/" + i22, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data96 };
                                    if (vErrors === null) {
                                        vErrors = [err162];
                                    }
                                    else {
                                        vErrors.push(err162);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data94.status !== undefined) {
                        let data97 = data94.status;
                        if (((!(((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97))) && (isFinite(data97)))) && (typeof data97 !== "string")) && (!(Array.isArray(data97)))) {
                            const err163 = { instancePath: instancePath + "/origin-agent-cluster/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data97 };
                            if (vErrors === null) {
                                vErrors = [err163];
                            }
                            else {
                                vErrors.push(err163);
                            }
                            errors++;
                        }
                        if ((typeof data97 == "number") && (isFinite(data97))) {
                            if (data97 > 599 || isNaN(data97)) {
                                const err164 = { instancePath: instancePath + "/origin-agent-cluster/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data97 };
                                if (vErrors === null) {
                                    vErrors = [err164];
                                }
                                else {
                                    vErrors.push(err164);
                                }
                                errors++;
                            }
                            if (data97 < 100 || isNaN(data97)) {
                                const err165 = { instancePath: instancePath + "/origin-agent-cluster/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data97 };
                                if (vErrors === null) {
                                    vErrors = [err165];
                                }
                                else {
                                    vErrors.push(err165);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data97)) {
                            const len23 = data97.length;
                            for (let i23 = 0; i23 < len23; i23++) {
                                let data98 = data97[i23];
                                if ((!(((typeof data98 == "number") && (!(data98 % 1) && !isNaN(data98))) && (isFinite(data98)))) && (typeof data98 !== "string")) {
                                    const err166 = { instancePath: instancePath + "/origin-agent-cluster/when/status/" + i23, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data98 };
                                    if (vErrors === null) {
                                        vErrors = [err166];
                                    }
                                    else {
                                        vErrors.push(err166);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err167 = { instancePath: instancePath + "/origin-agent-cluster/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data94 };
                    if (vErrors === null) {
                        vErrors = [err167];
                    }
                    else {
                        vErrors.push(err167);
                    }
                    errors++;
                }
            }
        }
    }
    if (data["cache-control"] !== undefined) {
        let data99 = data["cache-control"];
        if ((((typeof data99 !== "string") && (!((typeof data99 == "number") && (isFinite(data99))))) && (data99 !== null)) && (!(data99 && typeof data99 == "object" && !Array.isArray(data99)))) {
            const err168 = { instancePath: instancePath + "/cache-control", schemaPath: "#/properties/cache-control/type", keyword: "type", params: { type: schema32.properties["cache-control"].type }, message: "must be string,number,null,object", schema: schema32.properties["cache-control"].type, parentSchema: schema32.properties["cache-control"], data: data99 };
            if (vErrors === null) {
                vErrors = [err168];
            }
            else {
                vErrors.push(err168);
            }
            errors++;
        }
        if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
            for (const key25 in data99) {
                if (!(((key25 === "value") || (key25 === "override")) || (key25 === "when"))) {
                    const err169 = { instancePath: instancePath + "/cache-control", schemaPath: "#/properties/cache-control/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties["cache-control"], data: data99 };
                    if (vErrors === null) {
                        vErrors = [err169];
                    }
                    else {
                        vErrors.push(err169);
                    }
                    errors++;
                }
            }
            if (data99.value !== undefined) {
                let data100 = data99.value;
                if ((typeof data100 !== "string") && (!((typeof data100 == "number") && (isFinite(data100))))) {
                    const err170 = { instancePath: instancePath + "/cache-control/value", schemaPath: "#/properties/cache-control/properties/value/type", keyword: "type", params: { type: schema32.properties["cache-control"].properties.value.type }, message: "must be string,number", schema: schema32.properties["cache-control"].properties.value.type, parentSchema: schema32.properties["cache-control"].properties.value, data: data100 };
                    if (vErrors === null) {
                        vErrors = [err170];
                    }
                    else {
                        vErrors.push(err170);
                    }
                    errors++;
                }
            }
            if (data99.override !== undefined) {
                let data101 = data99.override;
                if (typeof data101 !== "boolean") {
                    const err171 = { instancePath: instancePath + "/cache-control/override", schemaPath: "#/properties/cache-control/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties["cache-control"].properties.override.type, parentSchema: schema32.properties["cache-control"].properties.override, data: data101 };
                    if (vErrors === null) {
                        vErrors = [err171];
                    }
                    else {
                        vErrors.push(err171);
                    }
                    errors++;
                }
            }
            if (data99.when !== undefined) {
                let data102 = data99.when;
                if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                    for (const key26 in data102) {
                        if (!((key26 === "content-type") || (key26 === "status"))) {
                            const err172 = { instancePath: instancePath + "/cache-control/when", schemaPath: "#/$defs/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data102 };
                            if (vErrors === null) {
                                vErrors = [err172];
                            }
                            else {
                                vErrors.push(err172);
                            }
                            errors++;
                        }
                    }
                    if (data102["content-type"] !== undefined) {
                        let data103 = data102["content-type"];
                        if ((typeof data103 !== "string") && (!(Array.isArray(data103)))) {
                            const err173 = { instancePath: instancePath + "/cache-control/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/type", keyword: "type", params: { type: schema34.properties["content-type"].type }, message: "must be string,array", schema: schema34.properties["content-type"].type, parentSchema: schema34.properties["content-type"], data: data103 };
                            if (vErrors === null) {
                                vErrors = [err173];
                            }
                            else {
                                vErrors.push(err173);
                            }
                            errors++;
                        }
                        if (typeof data103 === "string") {
                            if (func2(data103) < 1) {
                                const err174 = { instancePath: instancePath + "/cache-control/when/content-type", schemaPath: "#/$defs/condition/properties/content-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"], data: data103 };
                                if (vErrors === null) {
                                    vErrors = [err174];
                                }
                                else {
                                    vErrors.push(err174);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data103)) {
                            const len24 = data103.length;
                            for (let i24 = 0; i24 < len24; i24++) {
                                let data104 = data103[i24];
                                if (typeof data104 === "string") {
                                    if (func2(data104) < 1) {
                                        const err175 = { instancePath: instancePath + "/cache-control/when/content-type/" + i24, schemaPath: "#/$defs/condition/properties/content-type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties["content-type"].items, data: data104 };
                                        if (vErrors === null) {
                                            vErrors = [err175];
                                        }
                                        else {
                                            vErrors.push(err175);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err176 = { instancePath: instancePath + "/cache-control/when/content-type/" + i24, schemaPath: "#/$defs/condition/properties/content-type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties["content-type"].items.type, parentSchema: schema34.properties["content-type"].items, data: data104 };
                                    if (vErrors === null) {
                                        vErrors = [err176];
                                    }
                                    else {
                                        vErrors.push(err176);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data102.status !== undefined) {
                        let data105 = data102.status;
                        if (((!(((typeof data105 == "number") && (!(data105 % 1) && !isNaN(data105))) && (isFinite(data105)))) && (typeof data105 !== "string")) && (!(Array.isArray(data105)))) {
                            const err177 = { instancePath: instancePath + "/cache-control/when/status", schemaPath: "#/$defs/condition/properties/status/type", keyword: "type", params: { type: schema34.properties.status.type }, message: "must be integer,string,array", schema: schema34.properties.status.type, parentSchema: schema34.properties.status, data: data105 };
                            if (vErrors === null) {
                                vErrors = [err177];
                            }
                            else {
                                vErrors.push(err177);
                            }
                            errors++;
                        }
                        if ((typeof data105 == "number") && (isFinite(data105))) {
                            if (data105 > 599 || isNaN(data105)) {
                                const err178 = { instancePath: instancePath + "/cache-control/when/status", schemaPath: "#/$defs/condition/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema34.properties.status, data: data105 };
                                if (vErrors === null) {
                                    vErrors = [err178];
                                }
                                else {
                                    vErrors.push(err178);
                                }
                                errors++;
                            }
                            if (data105 < 100 || isNaN(data105)) {
                                const err179 = { instancePath: instancePath + "/cache-control/when/status", schemaPath: "#/$defs/condition/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema34.properties.status, data: data105 };
                                if (vErrors === null) {
                                    vErrors = [err179];
                                }
                                else {
                                    vErrors.push(err179);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data105)) {
                            const len25 = data105.length;
                            for (let i25 = 0; i25 < len25; i25++) {
                                let data106 = data105[i25];
                                if ((!(((typeof data106 == "number") && (!(data106 % 1) && !isNaN(data106))) && (isFinite(data106)))) && (typeof data106 !== "string")) {
                                    const err180 = { instancePath: instancePath + "/cache-control/when/status/" + i25, schemaPath: "#/$defs/condition/properties/status/items/type", keyword: "type", params: { type: schema34.properties.status.items.type }, message: "must be integer,string", schema: schema34.properties.status.items.type, parentSchema: schema34.properties.status.items, data: data106 };
                                    if (vErrors === null) {
                                        vErrors = [err180];
                                    }
                                    else {
                                        vErrors.push(err180);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err181 = { instancePath: instancePath + "/cache-control/when", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data102 };
                    if (vErrors === null) {
                        vErrors = [err181];
                    }
                    else {
                        vErrors.push(err181);
                    }
                    errors++;
                }
            }
        }
    }
    for (const key27 in data) {
        if (pattern9.test(key27)) {
            if (!(validate24(data[key27], { instancePath: instancePath + "/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key27, rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
            }
        }
    }
    for (const key28 in data) {
        if (pattern10.test(key28)) {
            if (!(validate24(data[key28], { instancePath: instancePath + "/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key28, rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
            }
        }
    }
}
else {
    const err182 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
        vErrors = [err182];
    }
    else {
        vErrors.push(err182);
    }
    errors++;
} validate21.errors = vErrors; return errors === 0; }
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://github.com/headerguard/headerguard/schema/security-headers.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func1.call(schema31.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data1 = data.version;
        if (1 !== data1) {
            const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.extends !== undefined) {
        let data2 = data.extends;
        if (!(((data2 === "owasp") || (data2 === "strict")) || (data2 === "none"))) {
            const err4 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/enum", keyword: "enum", params: { allowedValues: schema31.properties.extends.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.extends.enum, parentSchema: schema31.properties.extends, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.cloudfront !== undefined) {
        let data3 = data.cloudfront;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
                if (!(((key1 === "distribution") || (key1 === "behaviors")) || (key1 === "replace-existing"))) {
                    const err5 = { instancePath: instancePath + "/cloudfront", schemaPath: "#/properties/cloudfront/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.cloudfront, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            if (data3.distribution !== undefined) {
                let data4 = data3.distribution;
                if ((typeof data4 !== "string") && (!(Array.isArray(data4)))) {
                    const err6 = { instancePath: instancePath + "/cloudfront/distribution", schemaPath: "#/properties/cloudfront/properties/distribution/type", keyword: "type", params: { type: schema31.properties.cloudfront.properties.distribution.type }, message: "must be string,array", schema: schema31.properties.cloudfront.properties.distribution.type, parentSchema: schema31.properties.cloudfront.properties.distribution, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (typeof data4 === "string") {
                    if (!pattern4.test(data4)) {
                        const err7 = { instancePath: instancePath + "/cloudfront/distribution", schemaPath: "#/properties/cloudfront/properties/distribution/pattern", keyword: "pattern", params: { pattern: "^[A-Z0-9]{10,20}$" }, message: "must match pattern \"" + "^[A-Z0-9]{10,20}$" + "\"", schema: "^[A-Z0-9]{10,20}$", parentSchema: schema31.properties.cloudfront.properties.distribution, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                if (Array.isArray(data4)) {
                    if (data4.length < 1) {
                        const err8 = { instancePath: instancePath + "/cloudfront/distribution", schemaPath: "#/properties/cloudfront/properties/distribution/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.cloudfront.properties.distribution, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    const len0 = data4.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data5 = data4[i0];
                        if (typeof data5 === "string") {
                            if (!pattern4.test(data5)) {
                                const err9 = { instancePath: instancePath + "/cloudfront/distribution/" + i0, schemaPath: "#/properties/cloudfront/properties/distribution/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z0-9]{10,20}$" }, message: "must match pattern \"" + "^[A-Z0-9]{10,20}$" + "\"", schema: "^[A-Z0-9]{10,20}$", parentSchema: schema31.properties.cloudfront.properties.distribution.items, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err10 = { instancePath: instancePath + "/cloudfront/distribution/" + i0, schemaPath: "#/properties/cloudfront/properties/distribution/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.cloudfront.properties.distribution.items.type, parentSchema: schema31.properties.cloudfront.properties.distribution.items, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data3.behaviors !== undefined) {
                let data6 = data3.behaviors;
                if ((typeof data6 !== "string") && (!(Array.isArray(data6)))) {
                    const err11 = { instancePath: instancePath + "/cloudfront/behaviors", schemaPath: "#/properties/cloudfront/properties/behaviors/type", keyword: "type", params: { type: schema31.properties.cloudfront.properties.behaviors.type }, message: "must be string,array", schema: schema31.properties.cloudfront.properties.behaviors.type, parentSchema: schema31.properties.cloudfront.properties.behaviors, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
                if (typeof data6 === "string") {
                    if (!pattern6.test(data6)) {
                        const err12 = { instancePath: instancePath + "/cloudfront/behaviors", schemaPath: "#/properties/cloudfront/properties/behaviors/pattern", keyword: "pattern", params: { pattern: "^(\\*|all)$" }, message: "must match pattern \"" + "^(\\*|all)$" + "\"", schema: "^(\\*|all)$", parentSchema: schema31.properties.cloudfront.properties.behaviors, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                if (Array.isArray(data6)) {
                    if (data6.length < 1) {
                        const err13 = { instancePath: instancePath + "/cloudfront/behaviors", schemaPath: "#/properties/cloudfront/properties/behaviors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.cloudfront.properties.behaviors, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    const len1 = data6.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data7 = data6[i1];
                        if (typeof data7 === "string") {
                            if (func2(data7) < 1) {
                                const err14 = { instancePath: instancePath + "/cloudfront/behaviors/" + i1, schemaPath: "#/properties/cloudfront/properties/behaviors/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.cloudfront.properties.behaviors.items, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err15 = { instancePath: instancePath + "/cloudfront/behaviors/" + i1, schemaPath: "#/properties/cloudfront/properties/behaviors/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.cloudfront.properties.behaviors.items.type, parentSchema: schema31.properties.cloudfront.properties.behaviors.items, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data3["replace-existing"] !== undefined) {
                let data8 = data3["replace-existing"];
                if (typeof data8 !== "boolean") {
                    const err16 = { instancePath: instancePath + "/cloudfront/replace-existing", schemaPath: "#/properties/cloudfront/properties/replace-existing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.cloudfront.properties["replace-existing"].type, parentSchema: schema31.properties.cloudfront.properties["replace-existing"], data: data8 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/cloudfront", schemaPath: "#/properties/cloudfront/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.cloudfront.type, parentSchema: schema31.properties.cloudfront, data: data3 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.lambda !== undefined) {
        let data9 = data.lambda;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key2 in data9) {
                if (!(((((key2 === "function") || (key2 === "role")) || (key2 === "runtime")) || (key2 === "memory")) || (key2 === "timeout"))) {
                    const err18 = { instancePath: instancePath + "/lambda", schemaPath: "#/properties/lambda/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.lambda, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
            if (data9.function !== undefined) {
                let data10 = data9.function;
                if (typeof data10 === "string") {
                    if (!pattern7.test(data10)) {
                        const err19 = { instancePath: instancePath + "/lambda/function", schemaPath: "#/properties/lambda/properties/function/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,64}$" }, message: "must match pattern \"" + "^[A-Za-z0-9_-]{1,64}$" + "\"", schema: "^[A-Za-z0-9_-]{1,64}$", parentSchema: schema31.properties.lambda.properties.function, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                else {
                    const err20 = { instancePath: instancePath + "/lambda/function", schemaPath: "#/properties/lambda/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lambda.properties.function.type, parentSchema: schema31.properties.lambda.properties.function, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            if (data9.role !== undefined) {
                let data11 = data9.role;
                if (typeof data11 === "string") {
                    if (!pattern8.test(data11)) {
                        const err21 = { instancePath: instancePath + "/lambda/role", schemaPath: "#/properties/lambda/properties/role/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$" }, message: "must match pattern \"" + "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$" + "\"", schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$", parentSchema: schema31.properties.lambda.properties.role, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                else {
                    const err22 = { instancePath: instancePath + "/lambda/role", schemaPath: "#/properties/lambda/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lambda.properties.role.type, parentSchema: schema31.properties.lambda.properties.role, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            if (data9.runtime !== undefined) {
                let data12 = data9.runtime;
                if (!(((data12 === "nodejs22.x") || (data12 === "nodejs24.x")) || (data12 === "nodejs20.x"))) {
                    const err23 = { instancePath: instancePath + "/lambda/runtime", schemaPath: "#/properties/lambda/properties/runtime/enum", keyword: "enum", params: { allowedValues: schema31.properties.lambda.properties.runtime.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.lambda.properties.runtime.enum, parentSchema: schema31.properties.lambda.properties.runtime, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
            if (data9.memory !== undefined) {
                let data13 = data9.memory;
                if (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) {
                    const err24 = { instancePath: instancePath + "/lambda/memory", schemaPath: "#/properties/lambda/properties/memory/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.lambda.properties.memory.type, parentSchema: schema31.properties.lambda.properties.memory, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
                if ((typeof data13 == "number") && (isFinite(data13))) {
                    if (data13 > 10240 || isNaN(data13)) {
                        const err25 = { instancePath: instancePath + "/lambda/memory", schemaPath: "#/properties/lambda/properties/memory/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10240 }, message: "must be <= 10240", schema: 10240, parentSchema: schema31.properties.lambda.properties.memory, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                    if (data13 < 128 || isNaN(data13)) {
                        const err26 = { instancePath: instancePath + "/lambda/memory", schemaPath: "#/properties/lambda/properties/memory/minimum", keyword: "minimum", params: { comparison: ">=", limit: 128 }, message: "must be >= 128", schema: 128, parentSchema: schema31.properties.lambda.properties.memory, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
            }
            if (data9.timeout !== undefined) {
                let data14 = data9.timeout;
                if (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) {
                    const err27 = { instancePath: instancePath + "/lambda/timeout", schemaPath: "#/properties/lambda/properties/timeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.lambda.properties.timeout.type, parentSchema: schema31.properties.lambda.properties.timeout, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
                if ((typeof data14 == "number") && (isFinite(data14))) {
                    if (data14 > 30 || isNaN(data14)) {
                        const err28 = { instancePath: instancePath + "/lambda/timeout", schemaPath: "#/properties/lambda/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 30 }, message: "must be <= 30", schema: 30, parentSchema: schema31.properties.lambda.properties.timeout, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    if (data14 < 1 || isNaN(data14)) {
                        const err29 = { instancePath: instancePath + "/lambda/timeout", schemaPath: "#/properties/lambda/properties/timeout/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.lambda.properties.timeout, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err30 = { instancePath: instancePath + "/lambda", schemaPath: "#/properties/lambda/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lambda.type, parentSchema: schema31.properties.lambda, data: data9 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
    }
    if (data.headers !== undefined) {
        if (!(validate21(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
        }
    }
    if (data.remove !== undefined) {
        let data16 = data.remove;
        if (Array.isArray(data16)) {
            const len2 = data16.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data17 = data16[i2];
                if (typeof data17 === "string") {
                    if (func2(data17) < 1) {
                        const err31 = { instancePath: instancePath + "/remove/" + i2, schemaPath: "#/$defs/removeList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema81.items, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
                else {
                    const err32 = { instancePath: instancePath + "/remove/" + i2, schemaPath: "#/$defs/removeList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.items.type, parentSchema: schema81.items, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
        }
        else {
            const err33 = { instancePath: instancePath + "/remove", schemaPath: "#/$defs/removeList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema81.type, parentSchema: schema81, data: data16 };
            if (vErrors === null) {
                vErrors = [err33];
            }
            else {
                vErrors.push(err33);
            }
            errors++;
        }
    }
    if (data.paths !== undefined) {
        let data18 = data.paths;
        if (Array.isArray(data18)) {
            const len3 = data18.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data19 = data18[i3];
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.match === undefined) {
                        const err34 = { instancePath: instancePath + "/paths/" + i3, schemaPath: "#/properties/paths/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property '" + "match" + "'", schema: schema31.properties.paths.items.required, parentSchema: schema31.properties.paths.items, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                    for (const key3 in data19) {
                        if (!(((key3 === "match") || (key3 === "headers")) || (key3 === "remove"))) {
                            const err35 = { instancePath: instancePath + "/paths/" + i3, schemaPath: "#/properties/paths/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.paths.items, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data19.match !== undefined) {
                        let data20 = data19.match;
                        if (typeof data20 === "string") {
                            if (func2(data20) < 1) {
                                const err36 = { instancePath: instancePath + "/paths/" + i3 + "/match", schemaPath: "#/properties/paths/items/properties/match/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.items.properties.match, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err37 = { instancePath: instancePath + "/paths/" + i3 + "/match", schemaPath: "#/properties/paths/items/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.items.properties.match.type, parentSchema: schema31.properties.paths.items.properties.match, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                    if (data19.headers !== undefined) {
                        if (!(validate21(data19.headers, { instancePath: instancePath + "/paths/" + i3 + "/headers", parentData: data19, parentDataProperty: "headers", rootData, dynamicAnchors }))) {
                            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                            errors = vErrors.length;
                        }
                    }
                    if (data19.remove !== undefined) {
                        let data22 = data19.remove;
                        if (Array.isArray(data22)) {
                            const len4 = data22.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                                let data23 = data22[i4];
                                if (typeof data23 === "string") {
                                    if (func2(data23) < 1) {
                                        const err38 = { instancePath: instancePath + "/paths/" + i3 + "/remove/" + i4, schemaPath: "#/$defs/removeList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema81.items, data: data23 };
                                        if (vErrors === null) {
                                            vErrors = [err38];
                                        }
                                        else {
                                            vErrors.push(err38);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err39 = { instancePath: instancePath + "/paths/" + i3 + "/remove/" + i4, schemaPath: "#/$defs/removeList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.items.type, parentSchema: schema81.items, data: data23 };
                                    if (vErrors === null) {
                                        vErrors = [err39];
                                    }
                                    else {
                                        vErrors.push(err39);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err40 = { instancePath: instancePath + "/paths/" + i3 + "/remove", schemaPath: "#/$defs/removeList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema81.type, parentSchema: schema81, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err41 = { instancePath: instancePath + "/paths/" + i3, schemaPath: "#/properties/paths/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.paths.items.type, parentSchema: schema31.properties.paths.items, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
        }
        else {
            const err42 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.type, parentSchema: schema31.properties.paths, data: data18 };
            if (vErrors === null) {
                vErrors = [err42];
            }
            else {
                vErrors.push(err42);
            }
            errors++;
        }
    }
    if (data.verify !== undefined) {
        let data24 = data.verify;
        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            for (const key4 in data24) {
                if (!(((key4 === "url") || (key4 === "paths")) || (key4 === "rules"))) {
                    const err43 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.verify, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
            }
            if (data24.url !== undefined) {
                let data25 = data24.url;
                if ((typeof data25 !== "string") && (!(Array.isArray(data25)))) {
                    const err44 = { instancePath: instancePath + "/verify/url", schemaPath: "#/properties/verify/properties/url/type", keyword: "type", params: { type: schema31.properties.verify.properties.url.type }, message: "must be string,array", schema: schema31.properties.verify.properties.url.type, parentSchema: schema31.properties.verify.properties.url, data: data25 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                if (typeof data25 === "string") {
                    if (func2(data25) < 1) {
                        const err45 = { instancePath: instancePath + "/verify/url", schemaPath: "#/properties/verify/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.url, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                }
                if (Array.isArray(data25)) {
                    const len5 = data25.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data26 = data25[i5];
                        if (typeof data26 === "string") {
                            if (func2(data26) < 1) {
                                const err46 = { instancePath: instancePath + "/verify/url/" + i5, schemaPath: "#/properties/verify/properties/url/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.url.items, data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err47 = { instancePath: instancePath + "/verify/url/" + i5, schemaPath: "#/properties/verify/properties/url/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.url.items.type, parentSchema: schema31.properties.verify.properties.url.items, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data24.paths !== undefined) {
                let data27 = data24.paths;
                if (Array.isArray(data27)) {
                    const len6 = data27.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                        let data28 = data27[i6];
                        if (typeof data28 === "string") {
                            if (func2(data28) < 1) {
                                const err48 = { instancePath: instancePath + "/verify/paths/" + i6, schemaPath: "#/properties/verify/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.paths.items, data: data28 };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err49 = { instancePath: instancePath + "/verify/paths/" + i6, schemaPath: "#/properties/verify/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.paths.items.type, parentSchema: schema31.properties.verify.properties.paths.items, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err50 = { instancePath: instancePath + "/verify/paths", schemaPath: "#/properties/verify/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.verify.properties.paths.type, parentSchema: schema31.properties.verify.properties.paths, data: data27 };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
            }
            if (data24.rules !== undefined) {
                let data29 = data24.rules;
                if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    for (const key5 in data29) {
                        let data30 = data29[key5];
                        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                            for (const key6 in data30) {
                                if (!(func1.call(schema31.properties.verify.properties.rules.additionalProperties.properties, key6))) {
                                    const err51 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/verify/properties/rules/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.verify.properties.rules.additionalProperties, data: data30 };
                                    if (vErrors === null) {
                                        vErrors = [err51];
                                    }
                                    else {
                                        vErrors.push(err51);
                                    }
                                    errors++;
                                }
                            }
                            if (data30.required !== undefined) {
                                let data31 = data30.required;
                                if ((typeof data31 !== "boolean") && (typeof data31 !== "string")) {
                                    const err52 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/required/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.required.type }, message: "must be boolean,string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.required.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.required, data: data31 };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                                if (!(((data31 === true) || (data31 === false)) || (data31 === "optional"))) {
                                    const err53 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/required/enum", keyword: "enum", params: { allowedValues: schema31.properties.verify.properties.rules.additionalProperties.properties.required.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.required.enum, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.required, data: data31 };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                            }
                            if (data30.value !== undefined) {
                                let data32 = data30.value;
                                if ((typeof data32 !== "string") && (!(Array.isArray(data32)))) {
                                    const err54 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/value/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.value.type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.value.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.value, data: data32 };
                                    if (vErrors === null) {
                                        vErrors = [err54];
                                    }
                                    else {
                                        vErrors.push(err54);
                                    }
                                    errors++;
                                }
                                if (typeof data32 === "string") {
                                    if (func2(data32) < 1) {
                                        const err55 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.value, data: data32 };
                                        if (vErrors === null) {
                                            vErrors = [err55];
                                        }
                                        else {
                                            vErrors.push(err55);
                                        }
                                        errors++;
                                    }
                                }
                                if (Array.isArray(data32)) {
                                    const len7 = data32.length;
                                    for (let i7 = 0; i7 < len7; i7++) {
                                        let data33 = data32[i7];
                                        if (typeof data33 === "string") {
                                            if (func2(data33) < 1) {
                                                const err56 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/value/" + i7, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/value/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.value.items, data: data33 };
                                                if (vErrors === null) {
                                                    vErrors = [err56];
                                                }
                                                else {
                                                    vErrors.push(err56);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err57 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/value/" + i7, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/value/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.value.items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.value.items, data: data33 };
                                            if (vErrors === null) {
                                                vErrors = [err57];
                                            }
                                            else {
                                                vErrors.push(err57);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            if (data30["preserve-order"] !== undefined) {
                                let data34 = data30["preserve-order"];
                                if (typeof data34 !== "boolean") {
                                    const err58 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/preserve-order", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/preserve-order/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.verify.properties.rules.additionalProperties.properties["preserve-order"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["preserve-order"], data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err58];
                                    }
                                    else {
                                        vErrors.push(err58);
                                    }
                                    errors++;
                                }
                            }
                            if (data30["one-of"] !== undefined) {
                                let data35 = data30["one-of"];
                                if ((typeof data35 !== "string") && (!(Array.isArray(data35)))) {
                                    const err59 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/one-of", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/one-of/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties["one-of"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties["one-of"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["one-of"], data: data35 };
                                    if (vErrors === null) {
                                        vErrors = [err59];
                                    }
                                    else {
                                        vErrors.push(err59);
                                    }
                                    errors++;
                                }
                                if (typeof data35 === "string") {
                                    if (func2(data35) < 1) {
                                        const err60 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/one-of", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/one-of/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["one-of"], data: data35 };
                                        if (vErrors === null) {
                                            vErrors = [err60];
                                        }
                                        else {
                                            vErrors.push(err60);
                                        }
                                        errors++;
                                    }
                                }
                                if (Array.isArray(data35)) {
                                    const len8 = data35.length;
                                    for (let i8 = 0; i8 < len8; i8++) {
                                        let data36 = data35[i8];
                                        if (typeof data36 === "string") {
                                            if (func2(data36) < 1) {
                                                const err61 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/one-of/" + i8, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/one-of/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["one-of"].items, data: data36 };
                                                if (vErrors === null) {
                                                    vErrors = [err61];
                                                }
                                                else {
                                                    vErrors.push(err61);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err62 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/one-of/" + i8, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/one-of/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties["one-of"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["one-of"].items, data: data36 };
                                            if (vErrors === null) {
                                                vErrors = [err62];
                                            }
                                            else {
                                                vErrors.push(err62);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            if (data30["any-of"] !== undefined) {
                                let data37 = data30["any-of"];
                                if ((typeof data37 !== "string") && (!(Array.isArray(data37)))) {
                                    const err63 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/any-of", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/any-of/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties["any-of"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties["any-of"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["any-of"], data: data37 };
                                    if (vErrors === null) {
                                        vErrors = [err63];
                                    }
                                    else {
                                        vErrors.push(err63);
                                    }
                                    errors++;
                                }
                                if (typeof data37 === "string") {
                                    if (func2(data37) < 1) {
                                        const err64 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/any-of", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/any-of/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["any-of"], data: data37 };
                                        if (vErrors === null) {
                                            vErrors = [err64];
                                        }
                                        else {
                                            vErrors.push(err64);
                                        }
                                        errors++;
                                    }
                                }
                                if (Array.isArray(data37)) {
                                    const len9 = data37.length;
                                    for (let i9 = 0; i9 < len9; i9++) {
                                        let data38 = data37[i9];
                                        if (typeof data38 === "string") {
                                            if (func2(data38) < 1) {
                                                const err65 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/any-of/" + i9, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/any-of/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["any-of"].items, data: data38 };
                                                if (vErrors === null) {
                                                    vErrors = [err65];
                                                }
                                                else {
                                                    vErrors.push(err65);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err66 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/any-of/" + i9, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/any-of/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties["any-of"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["any-of"].items, data: data38 };
                                            if (vErrors === null) {
                                                vErrors = [err66];
                                            }
                                            else {
                                                vErrors.push(err66);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            if (data30["must-contain"] !== undefined) {
                                let data39 = data30["must-contain"];
                                if ((typeof data39 !== "string") && (!(Array.isArray(data39)))) {
                                    const err67 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/must-contain/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain"], data: data39 };
                                    if (vErrors === null) {
                                        vErrors = [err67];
                                    }
                                    else {
                                        vErrors.push(err67);
                                    }
                                    errors++;
                                }
                                if (typeof data39 === "string") {
                                    if (func2(data39) < 1) {
                                        const err68 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/must-contain/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain"], data: data39 };
                                        if (vErrors === null) {
                                            vErrors = [err68];
                                        }
                                        else {
                                            vErrors.push(err68);
                                        }
                                        errors++;
                                    }
                                }
                                if (Array.isArray(data39)) {
                                    const len10 = data39.length;
                                    for (let i10 = 0; i10 < len10; i10++) {
                                        let data40 = data39[i10];
                                        if (typeof data40 === "string") {
                                            if (func2(data40) < 1) {
                                                const err69 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain/" + i10, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/must-contain/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain"].items, data: data40 };
                                                if (vErrors === null) {
                                                    vErrors = [err69];
                                                }
                                                else {
                                                    vErrors.push(err69);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err70 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain/" + i10, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/must-contain/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain"].items, data: data40 };
                                            if (vErrors === null) {
                                                vErrors = [err70];
                                            }
                                            else {
                                                vErrors.push(err70);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            if (data30["must-contain-one"] !== undefined) {
                                let data41 = data30["must-contain-one"];
                                if ((typeof data41 !== "string") && (!(Array.isArray(data41)))) {
                                    const err71 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain-one", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/must-contain-one/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain-one"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain-one"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain-one"], data: data41 };
                                    if (vErrors === null) {
                                        vErrors = [err71];
                                    }
                                    else {
                                        vErrors.push(err71);
                                    }
                                    errors++;
                                }
                                if (typeof data41 === "string") {
                                    if (func2(data41) < 1) {
                                        const err72 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain-one", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/must-contain-one/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain-one"], data: data41 };
                                        if (vErrors === null) {
                                            vErrors = [err72];
                                        }
                                        else {
                                            vErrors.push(err72);
                                        }
                                        errors++;
                                    }
                                }
                                if (Array.isArray(data41)) {
                                    const len11 = data41.length;
                                    for (let i11 = 0; i11 < len11; i11++) {
                                        let data42 = data41[i11];
                                        if (typeof data42 === "string") {
                                            if (func2(data42) < 1) {
                                                const err73 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain-one/" + i11, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/must-contain-one/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain-one"].items, data: data42 };
                                                if (vErrors === null) {
                                                    vErrors = [err73];
                                                }
                                                else {
                                                    vErrors.push(err73);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err74 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain-one/" + i11, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/must-contain-one/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain-one"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-contain-one"].items, data: data42 };
                                            if (vErrors === null) {
                                                vErrors = [err74];
                                            }
                                            else {
                                                vErrors.push(err74);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            if (data30["must-avoid"] !== undefined) {
                                let data43 = data30["must-avoid"];
                                if ((typeof data43 !== "string") && (!(Array.isArray(data43)))) {
                                    const err75 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-avoid", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/must-avoid/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties["must-avoid"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-avoid"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-avoid"], data: data43 };
                                    if (vErrors === null) {
                                        vErrors = [err75];
                                    }
                                    else {
                                        vErrors.push(err75);
                                    }
                                    errors++;
                                }
                                if (typeof data43 === "string") {
                                    if (func2(data43) < 1) {
                                        const err76 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-avoid", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/must-avoid/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-avoid"], data: data43 };
                                        if (vErrors === null) {
                                            vErrors = [err76];
                                        }
                                        else {
                                            vErrors.push(err76);
                                        }
                                        errors++;
                                    }
                                }
                                if (Array.isArray(data43)) {
                                    const len12 = data43.length;
                                    for (let i12 = 0; i12 < len12; i12++) {
                                        let data44 = data43[i12];
                                        if (typeof data44 === "string") {
                                            if (func2(data44) < 1) {
                                                const err77 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-avoid/" + i12, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/must-avoid/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-avoid"].items, data: data44 };
                                                if (vErrors === null) {
                                                    vErrors = [err77];
                                                }
                                                else {
                                                    vErrors.push(err77);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err78 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-avoid/" + i12, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/must-avoid/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-avoid"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties["must-avoid"].items, data: data44 };
                                            if (vErrors === null) {
                                                vErrors = [err78];
                                            }
                                            else {
                                                vErrors.push(err78);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            if (data30.severity !== undefined) {
                                let data45 = data30.severity;
                                if (!(((data45 === "error") || (data45 === "warning")) || (data45 === "info"))) {
                                    const err79 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.verify.properties.rules.additionalProperties.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.severity.enum, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.severity, data: data45 };
                                    if (vErrors === null) {
                                        vErrors = [err79];
                                    }
                                    else {
                                        vErrors.push(err79);
                                    }
                                    errors++;
                                }
                            }
                            if (data30.directives !== undefined) {
                                let data46 = data30.directives;
                                if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                                    for (const key7 in data46) {
                                        let data47 = data46[key7];
                                        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                                            for (const key8 in data47) {
                                                if (!(func1.call(schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties, key8))) {
                                                    const err80 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties, data: data47 };
                                                    if (vErrors === null) {
                                                        vErrors = [err80];
                                                    }
                                                    else {
                                                        vErrors.push(err80);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data47.required !== undefined) {
                                                let data48 = data47.required;
                                                if ((typeof data48 !== "boolean") && (typeof data48 !== "string")) {
                                                    const err81 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/required/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.required.type }, message: "must be boolean,string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.required.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.required, data: data48 };
                                                    if (vErrors === null) {
                                                        vErrors = [err81];
                                                    }
                                                    else {
                                                        vErrors.push(err81);
                                                    }
                                                    errors++;
                                                }
                                                if (!(((data48 === true) || (data48 === false)) || (data48 === "optional"))) {
                                                    const err82 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/required/enum", keyword: "enum", params: { allowedValues: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.required.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.required.enum, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.required, data: data48 };
                                                    if (vErrors === null) {
                                                        vErrors = [err82];
                                                    }
                                                    else {
                                                        vErrors.push(err82);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data47.value !== undefined) {
                                                let data49 = data47.value;
                                                if ((typeof data49 !== "string") && (!(Array.isArray(data49)))) {
                                                    const err83 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/value/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.value.type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.value.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.value, data: data49 };
                                                    if (vErrors === null) {
                                                        vErrors = [err83];
                                                    }
                                                    else {
                                                        vErrors.push(err83);
                                                    }
                                                    errors++;
                                                }
                                                if (typeof data49 === "string") {
                                                    if (func2(data49) < 1) {
                                                        const err84 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.value, data: data49 };
                                                        if (vErrors === null) {
                                                            vErrors = [err84];
                                                        }
                                                        else {
                                                            vErrors.push(err84);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (Array.isArray(data49)) {
                                                    const len13 = data49.length;
                                                    for (let i13 = 0; i13 < len13; i13++) {
                                                        let data50 = data49[i13];
                                                        if (typeof data50 === "string") {
                                                            if (func2(data50) < 1) {
                                                                const err85 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/value/" + i13, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/value/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.value.items, data: data50 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err85];
                                                                }
                                                                else {
                                                                    vErrors.push(err85);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err86 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/value/" + i13, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/value/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.value.items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.value.items, data: data50 };
                                                            if (vErrors === null) {
                                                                vErrors = [err86];
                                                            }
                                                            else {
                                                                vErrors.push(err86);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                            }
                                            if (data47["preserve-order"] !== undefined) {
                                                let data51 = data47["preserve-order"];
                                                if (typeof data51 !== "boolean") {
                                                    const err87 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/preserve-order", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/preserve-order/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["preserve-order"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["preserve-order"], data: data51 };
                                                    if (vErrors === null) {
                                                        vErrors = [err87];
                                                    }
                                                    else {
                                                        vErrors.push(err87);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data47["one-of"] !== undefined) {
                                                let data52 = data47["one-of"];
                                                if ((typeof data52 !== "string") && (!(Array.isArray(data52)))) {
                                                    const err88 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/one-of", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/one-of/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["one-of"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["one-of"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["one-of"], data: data52 };
                                                    if (vErrors === null) {
                                                        vErrors = [err88];
                                                    }
                                                    else {
                                                        vErrors.push(err88);
                                                    }
                                                    errors++;
                                                }
                                                if (typeof data52 === "string") {
                                                    if (func2(data52) < 1) {
                                                        const err89 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/one-of", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/one-of/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["one-of"], data: data52 };
                                                        if (vErrors === null) {
                                                            vErrors = [err89];
                                                        }
                                                        else {
                                                            vErrors.push(err89);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (Array.isArray(data52)) {
                                                    const len14 = data52.length;
                                                    for (let i14 = 0; i14 < len14; i14++) {
                                                        let data53 = data52[i14];
                                                        if (typeof data53 === "string") {
                                                            if (func2(data53) < 1) {
                                                                const err90 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/one-of/" + i14, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/one-of/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["one-of"].items, data: data53 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err90];
                                                                }
                                                                else {
                                                                    vErrors.push(err90);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err91 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/one-of/" + i14, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/one-of/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["one-of"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["one-of"].items, data: data53 };
                                                            if (vErrors === null) {
                                                                vErrors = [err91];
                                                            }
                                                            else {
                                                                vErrors.push(err91);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                            }
                                            if (data47["any-of"] !== undefined) {
                                                let data54 = data47["any-of"];
                                                if ((typeof data54 !== "string") && (!(Array.isArray(data54)))) {
                                                    const err92 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/any-of", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/any-of/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["any-of"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["any-of"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["any-of"], data: data54 };
                                                    if (vErrors === null) {
                                                        vErrors = [err92];
                                                    }
                                                    else {
                                                        vErrors.push(err92);
                                                    }
                                                    errors++;
                                                }
                                                if (typeof data54 === "string") {
                                                    if (func2(data54) < 1) {
                                                        const err93 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/any-of", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/any-of/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["any-of"], data: data54 };
                                                        if (vErrors === null) {
                                                            vErrors = [err93];
                                                        }
                                                        else {
                                                            vErrors.push(err93);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (Array.isArray(data54)) {
                                                    const len15 = data54.length;
                                                    for (let i15 = 0; i15 < len15; i15++) {
                                                        let data55 = data54[i15];
                                                        if (typeof data55 === "string") {
                                                            if (func2(data55) < 1) {
                                                                const err94 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/any-of/" + i15, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/any-of/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["any-of"].items, data: data55 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err94];
                                                                }
                                                                else {
                                                                    vErrors.push(err94);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err95 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/any-of/" + i15, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/any-of/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["any-of"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["any-of"].items, data: data55 };
                                                            if (vErrors === null) {
                                                                vErrors = [err95];
                                                            }
                                                            else {
                                                                vErrors.push(err95);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                            }
                                            if (data47["must-contain"] !== undefined) {
                                                let data56 = data47["must-contain"];
                                                if ((typeof data56 !== "string") && (!(Array.isArray(data56)))) {
                                                    const err96 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/must-contain/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain"], data: data56 };
                                                    if (vErrors === null) {
                                                        vErrors = [err96];
                                                    }
                                                    else {
                                                        vErrors.push(err96);
                                                    }
                                                    errors++;
                                                }
                                                if (typeof data56 === "string") {
                                                    if (func2(data56) < 1) {
                                                        const err97 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/must-contain/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain"], data: data56 };
                                                        if (vErrors === null) {
                                                            vErrors = [err97];
                                                        }
                                                        else {
                                                            vErrors.push(err97);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (Array.isArray(data56)) {
                                                    const len16 = data56.length;
                                                    for (let i16 = 0; i16 < len16; i16++) {
                                                        let data57 = data56[i16];
                                                        if (typeof data57 === "string") {
                                                            if (func2(data57) < 1) {
                                                                const err98 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain/" + i16, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/must-contain/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain"].items, data: data57 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err98];
                                                                }
                                                                else {
                                                                    vErrors.push(err98);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err99 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain/" + i16, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/must-contain/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain"].items, data: data57 };
                                                            if (vErrors === null) {
                                                                vErrors = [err99];
                                                            }
                                                            else {
                                                                vErrors.push(err99);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                            }
                                            if (data47["must-contain-one"] !== undefined) {
                                                let data58 = data47["must-contain-one"];
                                                if ((typeof data58 !== "string") && (!(Array.isArray(data58)))) {
                                                    const err100 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain-one", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/must-contain-one/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain-one"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain-one"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain-one"], data: data58 };
                                                    if (vErrors === null) {
                                                        vErrors = [err100];
                                                    }
                                                    else {
                                                        vErrors.push(err100);
                                                    }
                                                    errors++;
                                                }
                                                if (typeof data58 === "string") {
                                                    if (func2(data58) < 1) {
                                                        const err101 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain-one", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/must-contain-one/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain-one"], data: data58 };
                                                        if (vErrors === null) {
                                                            vErrors = [err101];
                                                        }
                                                        else {
                                                            vErrors.push(err101);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (Array.isArray(data58)) {
                                                    const len17 = data58.length;
                                                    for (let i17 = 0; i17 < len17; i17++) {
                                                        let data59 = data58[i17];
                                                        if (typeof data59 === "string") {
                                                            if (func2(data59) < 1) {
                                                                const err102 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain-one/" + i17, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/must-contain-one/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain-one"].items, data: data59 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err102];
                                                                }
                                                                else {
                                                                    vErrors.push(err102);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err103 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain-one/" + i17, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/must-contain-one/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain-one"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-contain-one"].items, data: data59 };
                                                            if (vErrors === null) {
                                                                vErrors = [err103];
                                                            }
                                                            else {
                                                                vErrors.push(err103);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                            }
                                            if (data47["must-avoid"] !== undefined) {
                                                let data60 = data47["must-avoid"];
                                                if ((typeof data60 !== "string") && (!(Array.isArray(data60)))) {
                                                    const err104 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-avoid", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/must-avoid/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-avoid"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-avoid"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-avoid"], data: data60 };
                                                    if (vErrors === null) {
                                                        vErrors = [err104];
                                                    }
                                                    else {
                                                        vErrors.push(err104);
                                                    }
                                                    errors++;
                                                }
                                                if (typeof data60 === "string") {
                                                    if (func2(data60) < 1) {
                                                        const err105 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-avoid", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/must-avoid/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-avoid"], data: data60 };
                                                        if (vErrors === null) {
                                                            vErrors = [err105];
                                                        }
                                                        else {
                                                            vErrors.push(err105);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (Array.isArray(data60)) {
                                                    const len18 = data60.length;
                                                    for (let i18 = 0; i18 < len18; i18++) {
                                                        let data61 = data60[i18];
                                                        if (typeof data61 === "string") {
                                                            if (func2(data61) < 1) {
                                                                const err106 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-avoid/" + i18, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/must-avoid/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-avoid"].items, data: data61 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err106];
                                                                }
                                                                else {
                                                                    vErrors.push(err106);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err107 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-avoid/" + i18, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/must-avoid/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-avoid"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties["must-avoid"].items, data: data61 };
                                                            if (vErrors === null) {
                                                                vErrors = [err107];
                                                            }
                                                            else {
                                                                vErrors.push(err107);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                            }
                                            if (data47.severity !== undefined) {
                                                let data62 = data47.severity;
                                                if (!(((data62 === "error") || (data62 === "warning")) || (data62 === "info"))) {
                                                    const err108 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.severity.enum, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.properties.severity, data: data62 };
                                                    if (vErrors === null) {
                                                        vErrors = [err108];
                                                    }
                                                    else {
                                                        vErrors.push(err108);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err109 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.additionalProperties, data: data47 };
                                            if (vErrors === null) {
                                                vErrors = [err109];
                                            }
                                            else {
                                                vErrors.push(err109);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err110 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/directives", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/directives/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.directives, data: data46 };
                                    if (vErrors === null) {
                                        vErrors = [err110];
                                    }
                                    else {
                                        vErrors.push(err110);
                                    }
                                    errors++;
                                }
                            }
                            if (data30.cookies !== undefined) {
                                let data63 = data30.cookies;
                                if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                                    for (const key9 in data63) {
                                        let data64 = data63[key9];
                                        if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                                            for (const key10 in data64) {
                                                if (!(((((key10 === "required") || (key10 === "must-contain")) || (key10 === "must-contain-one")) || (key10 === "must-avoid")) || (key10 === "severity"))) {
                                                    const err111 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties, data: data64 };
                                                    if (vErrors === null) {
                                                        vErrors = [err111];
                                                    }
                                                    else {
                                                        vErrors.push(err111);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data64.required !== undefined) {
                                                let data65 = data64.required;
                                                if ((typeof data65 !== "boolean") && (typeof data65 !== "string")) {
                                                    const err112 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/required/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties.required.type }, message: "must be boolean,string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties.required.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties.required, data: data65 };
                                                    if (vErrors === null) {
                                                        vErrors = [err112];
                                                    }
                                                    else {
                                                        vErrors.push(err112);
                                                    }
                                                    errors++;
                                                }
                                                if (!(((data65 === true) || (data65 === false)) || (data65 === "optional"))) {
                                                    const err113 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/required/enum", keyword: "enum", params: { allowedValues: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties.required.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties.required.enum, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties.required, data: data65 };
                                                    if (vErrors === null) {
                                                        vErrors = [err113];
                                                    }
                                                    else {
                                                        vErrors.push(err113);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data64["must-contain"] !== undefined) {
                                                let data66 = data64["must-contain"];
                                                if ((typeof data66 !== "string") && (!(Array.isArray(data66)))) {
                                                    const err114 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/must-contain/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain"], data: data66 };
                                                    if (vErrors === null) {
                                                        vErrors = [err114];
                                                    }
                                                    else {
                                                        vErrors.push(err114);
                                                    }
                                                    errors++;
                                                }
                                                if (typeof data66 === "string") {
                                                    if (func2(data66) < 1) {
                                                        const err115 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/must-contain/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain"], data: data66 };
                                                        if (vErrors === null) {
                                                            vErrors = [err115];
                                                        }
                                                        else {
                                                            vErrors.push(err115);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (Array.isArray(data66)) {
                                                    const len19 = data66.length;
                                                    for (let i19 = 0; i19 < len19; i19++) {
                                                        let data67 = data66[i19];
                                                        if (typeof data67 === "string") {
                                                            if (func2(data67) < 1) {
                                                                const err116 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain/" + i19, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/must-contain/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain"].items, data: data67 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err116];
                                                                }
                                                                else {
                                                                    vErrors.push(err116);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err117 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain/" + i19, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/must-contain/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain"].items, data: data67 };
                                                            if (vErrors === null) {
                                                                vErrors = [err117];
                                                            }
                                                            else {
                                                                vErrors.push(err117);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                            }
                                            if (data64["must-contain-one"] !== undefined) {
                                                let data68 = data64["must-contain-one"];
                                                if ((typeof data68 !== "string") && (!(Array.isArray(data68)))) {
                                                    const err118 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain-one", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/must-contain-one/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain-one"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain-one"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain-one"], data: data68 };
                                                    if (vErrors === null) {
                                                        vErrors = [err118];
                                                    }
                                                    else {
                                                        vErrors.push(err118);
                                                    }
                                                    errors++;
                                                }
                                                if (typeof data68 === "string") {
                                                    if (func2(data68) < 1) {
                                                        const err119 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain-one", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/must-contain-one/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain-one"], data: data68 };
                                                        if (vErrors === null) {
                                                            vErrors = [err119];
                                                        }
                                                        else {
                                                            vErrors.push(err119);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (Array.isArray(data68)) {
                                                    const len20 = data68.length;
                                                    for (let i20 = 0; i20 < len20; i20++) {
                                                        let data69 = data68[i20];
                                                        if (typeof data69 === "string") {
                                                            if (func2(data69) < 1) {
                                                                const err120 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain-one/" + i20, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/must-contain-one/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain-one"].items, data: data69 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err120];
                                                                }
                                                                else {
                                                                    vErrors.push(err120);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err121 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-contain-one/" + i20, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/must-contain-one/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain-one"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-contain-one"].items, data: data69 };
                                                            if (vErrors === null) {
                                                                vErrors = [err121];
                                                            }
                                                            else {
                                                                vErrors.push(err121);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                            }
                                            if (data64["must-avoid"] !== undefined) {
                                                let data70 = data64["must-avoid"];
                                                if ((typeof data70 !== "string") && (!(Array.isArray(data70)))) {
                                                    const err122 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-avoid", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/must-avoid/type", keyword: "type", params: { type: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-avoid"].type }, message: "must be string,array", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-avoid"].type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-avoid"], data: data70 };
                                                    if (vErrors === null) {
                                                        vErrors = [err122];
                                                    }
                                                    else {
                                                        vErrors.push(err122);
                                                    }
                                                    errors++;
                                                }
                                                if (typeof data70 === "string") {
                                                    if (func2(data70) < 1) {
                                                        const err123 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-avoid", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/must-avoid/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-avoid"], data: data70 };
                                                        if (vErrors === null) {
                                                            vErrors = [err123];
                                                        }
                                                        else {
                                                            vErrors.push(err123);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (Array.isArray(data70)) {
                                                    const len21 = data70.length;
                                                    for (let i21 = 0; i21 < len21; i21++) {
                                                        let data71 = data70[i21];
                                                        if (typeof data71 === "string") {
                                                            if (func2(data71) < 1) {
                                                                const err124 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-avoid/" + i21, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/must-avoid/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-avoid"].items, data: data71 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err124];
                                                                }
                                                                else {
                                                                    vErrors.push(err124);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err125 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/must-avoid/" + i21, schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/must-avoid/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-avoid"].items.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties["must-avoid"].items, data: data71 };
                                                            if (vErrors === null) {
                                                                vErrors = [err125];
                                                            }
                                                            else {
                                                                vErrors.push(err125);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                            }
                                            if (data64.severity !== undefined) {
                                                let data72 = data64.severity;
                                                if (!(((data72 === "error") || (data72 === "warning")) || (data72 === "info"))) {
                                                    const err126 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties.severity.enum, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.properties.severity, data: data72 };
                                                    if (vErrors === null) {
                                                        vErrors = [err126];
                                                    }
                                                    else {
                                                        vErrors.push(err126);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err127 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.additionalProperties, data: data64 };
                                            if (vErrors === null) {
                                                vErrors = [err127];
                                            }
                                            else {
                                                vErrors.push(err127);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err128 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/cookies", schemaPath: "#/properties/verify/properties/rules/additionalProperties/properties/cookies/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties.properties.cookies, data: data63 };
                                    if (vErrors === null) {
                                        vErrors = [err128];
                                    }
                                    else {
                                        vErrors.push(err128);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err129 = { instancePath: instancePath + "/verify/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/verify/properties/rules/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.verify.properties.rules.additionalProperties.type, parentSchema: schema31.properties.verify.properties.rules.additionalProperties, data: data30 };
                            if (vErrors === null) {
                                vErrors = [err129];
                            }
                            else {
                                vErrors.push(err129);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err130 = { instancePath: instancePath + "/verify/rules", schemaPath: "#/properties/verify/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.verify.properties.rules.type, parentSchema: schema31.properties.verify.properties.rules, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err130];
                    }
                    else {
                        vErrors.push(err130);
                    }
                    errors++;
                }
            }
        }
        else {
            const err131 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.verify.type, parentSchema: schema31.properties.verify, data: data24 };
            if (vErrors === null) {
                vErrors = [err131];
            }
            else {
                vErrors.push(err131);
            }
            errors++;
        }
    }
}
else {
    const err132 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
        vErrors = [err132];
    }
    else {
        vErrors.push(err132);
    }
    errors++;
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./src/policy/indent.ts
// Mis-indented lines, found from the text's own indentation. The YAML parser reports a wrong
// indent where its grammar breaks, often a line early and several times over ("Nested mappings
// are not allowed in compact mappings", "Implicit keys need to be on a single line", ...); this
// walks the block structure line by line and names the first line that fits no open level and
// the column the keys (or list items) around it use. It gives up (undefined) on anything it
// does not model — multi-line flow collections and quoted scalars, nested `- -` items — so a
// hint is only ever given where the structure is plain.
/** A plain or quoted key followed by `:` and a space or the end of the line. */
const MAP_KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{}|>!&*%@`,?:-][^#]*?|-[^\s#][^#]*?|:[^\s#][^#]*?)\s*:(?:[ \t]+|$)/;
function entryOf(content) {
    const item = /^-(?:([ ]+)|$)/.exec(content);
    if (item) {
        const rest = content.slice(item[0].length);
        const key = MAP_KEY.exec(rest);
        return {
            kind: 'seq',
            label: `- ${rest}`.trim(),
            rest: key ? rest.slice(key[0].length) : rest,
            ...(key ? { inlineIndent: item[0].length, inlineKey: key[1] } : {})
        };
    }
    const key = MAP_KEY.exec(content);
    if (key)
        return { kind: 'map', label: key[1], rest: content.slice(key[0].length) };
    return { kind: 'scalar', label: content, rest: content };
}
/** What the value after a key or dash does to the lines below it. */
function valueShape(rest) {
    const value = rest.replace(/(^|\s)#.*$/, '').trim();
    if (value === '' || /^[&!][^\s]*$/.test(value))
        return 'opens';
    if (/^[|>][0-9+-]*$/.test(value))
        return 'block-scalar';
    if (/^[[{]/.test(value) && !balanced(value))
        return 'unknown';
    if (/^"/.test(value) && !/^"(?:[^"\\]|\\.)*"/.test(value))
        return 'unknown';
    if (/^'/.test(value) && !/^'(?:[^']|'')*'/.test(value))
        return 'unknown';
    if (/^- /.test(value))
        return 'unknown';
    return 'leaf';
}
function balanced(flow) {
    let depth = 0;
    for (const char of flow.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '')) {
        if (char === '[' || char === '{')
            depth++;
        if (char === ']' || char === '}')
            depth--;
    }
    return depth === 0;
}
function spaces(n) {
    return `${n} space${n === 1 ? '' : 's'}`;
}
function shown(label) {
    const short = label.length > 40 ? `${label.slice(0, 39)}…` : label;
    return `\`${short.replace(/`/g, "'")}\``;
}
function fix(entry, expected, inside) {
    const what = entry.kind === 'seq' ? `the list item ${shown(entry.label)}` : shown(entry.label);
    if (inside) {
        return `indent ${what} by ${spaces(expected.indent)} (column ${expected.indent + 1}) under ${shown(inside.key)} on line ${inside.line}`;
    }
    const like = expected.kind === 'seq' ? 'the items above' : 'the keys above';
    return `indent ${what} by ${spaces(expected.indent)} like ${like} (column ${expected.indent + 1}, as on line ${expected.line})`;
}
/** The two open levels around `indent` (the shallower one kept, the deeper one popped): the closer one of the line's kind. */
function nearest(indent, kind, outer, inner) {
    const fits = [inner, outer].filter((level) => level.kind === kind);
    fits.sort((a, b) => Math.abs(a.indent - indent) - Math.abs(b.indent - indent));
    return fits[0];
}
/** The first line whose indentation fits no open block, with the fix; undefined when all fit or the text is beyond this model. */
function findIndentProblem(text) {
    const stack = [];
    let opener;
    let blockScalarAbove;
    let leafAbove = false;
    let step = 2;
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const raw = lines[index].replace(/\r$/, '');
        const line = index + 1;
        const leading = /^[ \t]*/.exec(raw)[0];
        const content = raw.slice(leading.length);
        if (blockScalarAbove !== undefined) {
            if (content === '' || (!leading.includes('\t') && leading.length > blockScalarAbove))
                continue;
            blockScalarAbove = undefined;
        }
        if (content === '' || content.startsWith('#'))
            continue;
        if (leading === '' && /^(---|\.\.\.)(\s|$)|^%/.test(content)) {
            if (!/^---\s*$/.test(content) && !content.startsWith('%'))
                return undefined;
            stack.length = 0;
            opener = undefined;
            leafAbove = false;
            continue;
        }
        const entry = entryOf(content);
        if (leading.includes('\t')) {
            if (entry.kind === 'scalar' || stack.length === 0)
                return undefined;
            const expected = opener
                ? { indent: opener.level.indent + step, kind: entry.kind, line }
                : stack.at(-1);
            const inside = opener ? { ...opener.level, key: opener.key, line: opener.line } : undefined;
            return {
                line,
                col: leading.length + 1,
                message: `YAML: line ${line} is indented with a tab, and YAML indents only with spaces: ${fix(entry, expected, inside)}`
            };
        }
        const indent = leading.length;
        if (stack.length === 0) {
            if (entry.kind === 'scalar')
                return undefined;
            stack.push({ indent, kind: entry.kind, line });
        }
        else if (opener &&
            (indent > opener.level.indent ||
                (indent === opener.level.indent && entry.kind === 'seq' && opener.level.kind === 'map'))) {
            if (entry.kind === 'scalar')
                return undefined;
            if (indent > opener.level.indent)
                step = indent - opener.level.indent;
            stack.push({ indent, kind: entry.kind, line });
        }
        else {
            let popped;
            while (stack.length > 1 && indent < stack.at(-1).indent)
                popped = stack.pop();
            let top = stack.at(-1);
            // A list written at its key's own indent ends where the next key of that mapping starts.
            if (indent === top.indent &&
                top.kind === 'seq' &&
                entry.kind === 'map' &&
                stack.length > 1 &&
                stack.at(-2).indent === indent) {
                stack.pop();
                top = stack.at(-1);
            }
            if (indent > top.indent) {
                // Deeper than the entries above without a key that opens a block: a continuation
                // line of a plain value is fine; a key or list item is mis-indented.
                if (entry.kind === 'scalar' && !popped && leafAbove)
                    continue;
                if (entry.kind === 'scalar')
                    return undefined;
                const expected = popped
                    ? nearest(indent, entry.kind, top, popped)
                    : top.kind === entry.kind
                        ? top
                        : undefined;
                if (!expected)
                    return undefined;
                return {
                    line,
                    col: indent + 1,
                    message: `YAML: line ${line} is indented by ${spaces(indent)}: ${fix(entry, expected)}`
                };
            }
            if (indent < top.indent || top.kind !== entry.kind)
                return undefined;
        }
        opener = undefined;
        leafAbove = false;
        let level = stack.at(-1);
        let key = entry.label;
        if (entry.inlineIndent !== undefined) {
            level = { indent: indent + entry.inlineIndent, kind: 'map', line };
            stack.push(level);
            key = entry.inlineKey;
        }
        const shape = valueShape(entry.rest);
        if (shape === 'unknown')
            return undefined;
        if (shape === 'opens' && (entry.kind === 'map' || entry.inlineIndent !== undefined))
            opener = { level, key, line };
        else if (shape === 'opens')
            return undefined;
        else if (shape === 'block-scalar')
            blockScalarAbove = level.indent;
        else
            leafAbove = true;
    }
    return undefined;
}
/**
 * For a key the schema does not know at `line` (1-based): when the lines just above it are
 * indented deeper, the key most likely lost its indentation and belongs to their block. Says
 * where to put it; undefined when the line above is not deeper or its block is not a mapping.
 */
function lostIndentHint(text, line) {
    const lines = text.split('\n').map((raw) => raw.replace(/\r$/, ''));
    const indentOf = (raw) => /^ */.exec(raw)[0].length;
    const significant = (raw) => !/^\s*(#.*)?$/.test(raw);
    const here = lines[line - 1];
    if (here === undefined)
        return undefined;
    let above = line - 2;
    while (above >= 0 && !significant(lines[above]))
        above--;
    if (above < 0 || indentOf(lines[above]) <= indentOf(here))
        return undefined;
    const sibling = lines[above];
    if (entryOf(sibling.trimStart()).kind !== 'map')
        return undefined;
    const depth = indentOf(sibling);
    let parent = above - 1;
    while (parent >= 0 && (!significant(lines[parent]) || indentOf(lines[parent]) >= depth))
        parent--;
    const opener = parent >= 0 ? entryOf(lines[parent].trimStart()) : undefined;
    if (!opener || opener.kind !== 'map' || valueShape(opener.rest) !== 'opens')
        return undefined;
    return `if it belongs under ${shown(opener.label)} (line ${parent + 1}), indent it by ${spaces(depth)} like the keys above`;
}

;// CONCATENATED MODULE: ./src/policy/schema-check.ts



// Compiled from POLICY_SCHEMA at build time (scripts/generate-schema-validator.ts): the
// schema is ours, the user's data is only ever compared.
const validator = validate;
function checkSchema(source, out) {
    if (validator(source.data))
        return;
    for (const error of validator.errors ?? [])
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
                : (0,suggest/* didYouMean */.au)(key, known);
            const pos = source.posOf([...path, key], 'key');
            const lost = suggestion ? undefined : lostIndentHint(source.text, pos.line);
            out.error('schema-unknown-key', `unknown key '${key}' ${context}${lost ? `; ${lost}` : suggestion || allowed}`, pos);
            return;
        }
        case 'type':
            out.error('schema-type', `${where} must be ${typeList(params.type)}, not ${describeValue(value)}`, valuePos);
            return;
        case 'enum': {
            const allowed = params.allowedValues.map((v) => String(v));
            const hint = typeof value === 'string' ? (0,suggest/* didYouMean */.au)(value, allowed) : '';
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

;// CONCATENATED MODULE: ./src/policy/verify-settings.ts
// The `verify` section: the URLs and paths to check and the drHEADer-style rules.





function verifySettings(ctx) {
    const raw = isRecord(ctx.data.verify) ? ctx.data.verify : {};
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
            ctx.out.error('verify-url', `'${url}' is not an http(s) URL such as https://www.example.com`, ctx.pos(at));
        }
        else if (parsed.hash) {
            ctx.out.warning('verify-url', `'${url}': the fragment (${parsed.hash}) is never sent to the site; a URL ending in / takes verify.paths under it, any other is checked as given`, ctx.pos(at));
        }
    });
    const paths = [];
    if (Array.isArray(raw.paths)) {
        raw.paths.forEach((p, i) => {
            if (typeof p !== 'string')
                return;
            if (!p.startsWith('/')) {
                ctx.out.error('verify-path', `verify path '${p}' must start with '/': write '/${p}'`, ctx.pos(['verify', 'paths', i]));
                return;
            }
            const bad = [...p].findIndex((c) => c <= ' ' || c > '~');
            if (bad !== -1) {
                ctx.out.error('verify-path', `verify path '${p}' contains ${(0,value_chars/* describeCodePoint */.pk)(p.codePointAt(bad))} at offset ${bad}: percent-encode it`, ctx.src.posInValue(['verify', 'paths', i], bad));
                return;
            }
            paths.push(p);
        });
    }
    const rules = [];
    if (isRecord(raw.rules)) {
        for (const [header, spec] of Object.entries(raw.rules)) {
            const path = ['verify', 'rules', header];
            const pos = ctx.pos(path, 'key');
            if (!(0,header_names/* isToken */.sg)(header)) {
                ctx.out.error('header-name-token', `'${header}' in verify.rules is not an HTTP header name (RFC 9110 token)`, pos);
                continue;
            }
            if (header.toLowerCase() === '__proto__') {
                ctx.out.error('header-name-reserved', `'${header}' cannot be a header name`, pos);
                continue;
            }
            if (!isRecord(spec))
                continue;
            const name = header.toLowerCase();
            const rule = { header: name, pos, ...assertions(ctx, spec, path) };
            if (isRecord(spec.directives)) {
                const form = (0,header_grammar/* headerGrammar */.TD)(name).directives;
                if (form === undefined) {
                    ctx.out.error('verify-rule-directives', `${header} has no directives: judge its items with must-contain, must-avoid or value (directives exist on CSP, Feature-Policy, Permissions-Policy, Cache-Control and Strict-Transport-Security)`, ctx.pos([...path, 'directives'], 'key'));
                }
                else {
                    rule.directives = namedAssertions(ctx, spec.directives, [...path, 'directives'], true);
                }
            }
            if (isRecord(spec.cookies)) {
                if (name !== 'set-cookie') {
                    ctx.out.error('verify-rule-cookies', `'cookies' belongs under set-cookie, not ${header}`, ctx.pos([...path, 'cookies'], 'key'));
                }
                else {
                    rule.cookies = namedAssertions(ctx, spec.cookies, [...path, 'cookies'], false);
                }
            }
            if (name === 'set-cookie') {
                // drHEADer: global cookie rules support only must-avoid, must-contain and must-contain-one.
                for (const key of ['value', 'one-of', 'any-of']) {
                    if (spec[key] === undefined)
                        continue;
                    ctx.out.error('verify-rule-cookies', `'${key}' cannot judge set-cookie: each cookie is judged on its own attributes; use must-contain, must-contain-one or must-avoid (or cookies: { NAME: ... })`, ctx.pos([...path, key], 'key'));
                }
            }
            rules.push(rule);
        }
    }
    rules.sort((a, b) => (a.header < b.header ? -1 : a.header > b.header ? 1 : 0));
    return { urls, paths, rules };
}
/** Directive or cookie names -> assertions; directive names are lowercased, cookie names kept. */
function namedAssertions(ctx, map, path, lowercase) {
    // fromEntries defines own properties, so a name such as __proto__ stays data.
    return Object.fromEntries(Object.entries(map)
        .filter((entry) => isRecord(entry[1]))
        .map(([name, d]) => [
        lowercase ? name.toLowerCase() : name,
        assertions(ctx, d, [...path, name])
    ]));
}
const SEVERITIES = ['error', 'warning', 'info'];
function assertions(ctx, spec, path) {
    const result = {};
    if (typeof spec.required === 'boolean')
        result.required = spec.required;
    const lists = {
        value: stringList(spec.value),
        oneOf: stringList(spec['one-of']),
        anyOf: stringList(spec['any-of']),
        mustContain: stringList(spec['must-contain']),
        mustContainOne: stringList(spec['must-contain-one']),
        mustAvoid: stringList(spec['must-avoid'])
    };
    for (const [key, items] of Object.entries(lists)) {
        if (items)
            result[key] = items;
    }
    if (spec['preserve-order'] === true)
        result.preserveOrder = true;
    const severity = SEVERITIES.find((s) => s === spec.severity);
    if (severity)
        result.severity = severity;
    if (result.required === false &&
        (lists.value || lists.oneOf || lists.anyOf || lists.mustContain || lists.mustContainOne)) {
        ctx.out.warning('verify-rule-contradiction', `'${displayPath(path)}' says the header must be absent (required: false) and also what it must contain`, ctx.pos([...path, 'required']));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/policy/resolve.ts





class Resolver {
    ctx;
    constructor(src, out) {
        this.ctx = new ResolveContext(src, out);
    }
    resolve() {
        const ctx = this.ctx;
        const preset = presetName(ctx.data.extends);
        const top = readLayer(ctx, []);
        const defaults = overlay(ctx, presetLayer(ctx, preset), top, []);
        checkSize(ctx, defaults, 'the top-level headers', undefined);
        return {
            extends: preset,
            cloudfront: cloudfrontSettings(ctx),
            lambda: lambdaSettings(ctx),
            defaults: toHeaderSet(defaults),
            paths: resolvePaths(ctx, defaults),
            verify: verifySettings(ctx)
        };
    }
}
function presetName(value) {
    return value === 'owasp' || value === 'strict' ? value : 'none';
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
        // The library's own unique-key check compares each key with every earlier one (quadratic
        // in a map's size); duplicateKeys() below does it with one Set per map.
        uniqueKeys: false,
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
    const indent = doc.errors.length > 0 ? indentProblemNear(text, at(doc.errors[0].pos[0]).line) : undefined;
    if (indent) {
        // One mis-indented line makes the parser report several errors, none at that line.
        fatal = true;
        diagnostics.push({
            severity: 'error',
            rule: 'yaml-indent',
            message: indent.message,
            pos: { file, line: indent.line, col: indent.col }
        });
    }
    for (const error of indent ? [] : doc.errors) {
        fatal = true;
        diagnostics.push({
            severity: 'error',
            rule: 'yaml-syntax',
            message: yamlMessage(error.code, error.message),
            pos: at(errorOffset(text, error.code, error.pos[0]))
        });
    }
    for (const duplicate of duplicateKeys(doc)) {
        const line = lineCounter.linePos(duplicate.firstOffset).line;
        diagnostics.push({
            severity: 'error',
            rule: 'duplicate-key',
            message: `duplicate key '${duplicate.name}' (first at line ${line}): a key may appear only once in a mapping`,
            pos: at(duplicate.offset)
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
    // README: tags are errors. An explicit tag (`!!omap`, `!!set`, `!!str`, ...) changes what a
    // node means, and some (omap, set) turn a mapping into something the policy reads as empty.
    (0,dist/* visit */.YR)(doc, {
        Node(_key, node) {
            if (!node.tag || !node.range)
                return;
            let bang = text.lastIndexOf('!', node.range[0]);
            while (bang > 0 && text[bang - 1] === '!')
                bang--;
            const short = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
            diagnostics.push({
                severity: 'error',
                rule: 'yaml-tag',
                message: `YAML tag ${short} is not supported in a policy file: write a plain mapping, list or value without it`,
                pos: at(bang === -1 ? node.range[0] : bang)
            });
            fatal = true;
        }
    });
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
            pos: at(aliasOffset(doc))
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
/** Each mapping's entries by key, built on first lookup: a lookup costs O(1), not O(entries). */
const pairIndex = new WeakMap();
function pairsOf(map) {
    let index = pairIndex.get(map);
    if (index === undefined) {
        index = new Map();
        // The last entry wins, as it does in the data (a duplicate key is already an error).
        for (const item of map.items)
            if ((0,dist/* isPair */.tO)(item))
                index.set(keyText(item.key), item);
        pairIndex.set(map, index);
    }
    return index;
}
function childOf(node, segment) {
    if ((0,dist/* isMap */.jh)(node)) {
        const match = pairsOf(node).get(String(segment));
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
/**
 * Every key that repeats an earlier key of the same mapping, as toJS() would name it (so `1`
 * and `'1'` collide too: they would be one property of the data). One Set per mapping: linear.
 */
function duplicateKeys(doc) {
    const found = [];
    (0,dist/* visit */.YR)(doc, {
        Map(_, map) {
            const firstByKey = new Map();
            for (const item of map.items) {
                const name = keyText(item.key);
                const offset = isNodeLike(item.key) ? (item.key.range?.[0] ?? 0) : 0;
                const first = firstByKey.get(name);
                if (first === undefined)
                    firstByKey.set(name, offset);
                else
                    found.push({ name, offset, firstOffset: first });
            }
        }
    });
    return found;
}
/** An unclosed quote is reported at the end of the file; point at the quote that opened it. */
function errorOffset(text, code, offset) {
    if (code !== 'MISSING_CHAR')
        return offset;
    const before = text.slice(0, offset);
    const opening = Math.max(before.lastIndexOf('"'), before.lastIndexOf("'"));
    return opening === -1 ? offset : opening;
}
/**
 * The mis-indented line behind the parser's first error: that line, or the next one (a line
 * indented too deep is reported at the end of the value above it). Elsewhere it is not the cause.
 */
function indentProblemNear(text, errorLine) {
    const problem = findIndentProblem(text);
    return problem && (problem.line === errorLine || problem.line === errorLine + 1)
        ? problem
        : undefined;
}
function yamlMessage(code, message) {
    if (code === 'MULTIPLE_DOCS')
        return "YAML: the policy file must hold a single document (remove the second '---')";
    return `YAML: ${message}`;
}
/**
 * Where toJS() failed: the first alias whose anchor is missing, else (too many expansions) the
 * first alias; the document start when there is none.
 */
function aliasOffset(doc) {
    let unresolved;
    let first;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            const start = node.range?.[0];
            if (start === undefined)
                return;
            first ??= start;
            if (unresolved === undefined && node.resolve(doc) === undefined)
                unresolved = start;
        }
    });
    return unresolved ?? first ?? 0;
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
/**
 * The largest policy file headerguard reads. A real policy is a few KiB; validation is linear in
 * the size, and this bound keeps a hostile pull request from holding CI with a huge file.
 */
const MAX_POLICY_BYTES = 1024 * 1024;
function tooLarge(file, bytes) {
    return {
        diagnostics: [
            {
                severity: 'error',
                rule: 'policy-file-too-large',
                message: `the policy file is ${bytes} bytes, over headerguard's limit of ${MAX_POLICY_BYTES} bytes (1 MiB): a policy this large is not a real one (CloudFront allows 20 KiB of headers per response); shrink it`,
                pos: { file, line: 1, col: 1 }
            }
        ]
    };
}
/** Reads and checks a policy file; a missing or unreadable file is a diagnostic, not a throw. */
async function loadPolicy(file) {
    let text;
    try {
        // Only a regular file: a FIFO or a device would be read forever.
        const info = await (0,promises_.stat)(file);
        if (!info.isFile() && !info.isDirectory()) {
            return fileProblem(file, 'the policy path is not a regular file (a pipe, socket or device); give the path of a .yml, .yaml or .json file');
        }
        // The size is checked before reading: validation is linear, but a huge file is no policy.
        if (info.size > MAX_POLICY_BYTES)
            return tooLarge(file, info.size);
        const bytes = await (0,promises_.readFile)(file);
        const encoding = utf16Hint(bytes);
        if (encoding)
            return fileProblem(file, encoding);
        text = bytes.toString('utf8');
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
function fileProblem(file, message) {
    return {
        diagnostics: [
            { severity: 'error', rule: 'policy-file', message, pos: { file, line: 1, col: 1 } }
        ]
    };
}
/** A UTF-16 file (byte-order mark, or NUL bytes between ASCII letters) gets told so. */
function utf16Hint(bytes) {
    const bom = bytes.subarray(0, 2);
    const utf16 = (bom[0] === 0xff && bom[1] === 0xfe) ||
        (bom[0] === 0xfe && bom[1] === 0xff) ||
        (bytes.length >= 4 && (bytes[0] === 0 || bytes[1] === 0) && bytes.subarray(0, 64).includes(0));
    return utf16
        ? 'the policy file is UTF-16 encoded; save it as UTF-8 (YAML and JSON policies are read as UTF-8)'
        : undefined;
}
/** Checks policy text (YAML, or JSON for a .json file) and resolves it. Pure; never throws. */
function loadPolicyText(text, file) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_POLICY_BYTES)
        return tooLarge(file, bytes);
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
    const out = new src_diagnostics/* DiagnosticList */.w0();
    for (const d of parsed.diagnostics)
        out.add(d.severity, d.rule, d.message, d.pos);
    const source = parsed.source;
    if (!source)
        return { diagnostics: (0,src_diagnostics/* sortDiagnostics */.Ds)(out.items) };
    if (source.data === null || source.data === undefined) {
        out.error('schema-required', "the policy file is empty: start with 'version: 1'", {
            file,
            line: 1,
            col: 1
        });
        return { diagnostics: (0,src_diagnostics/* sortDiagnostics */.Ds)(out.items) };
    }
    checkSchema(source, out);
    const parts = new Resolver(source, out).resolve();
    const diagnostics = (0,src_diagnostics/* sortDiagnostics */.Ds)(out.items);
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


/***/ })

};
