export const id = 68;
export const ids = [68];
export const modules = {

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ repoRelative)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A path relative to the repository root when it lies inside it (as annotations and messages
 * name files), else as given.
 */
function repoRelative(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
    return rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) ? rel : path;
}


/***/ }),

/***/ 561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t4: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* unused harmony exports toJsonReport, toRunReport, repoRelative, toSarif */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9334);
// Machine-readable reports: the JSON report (DESIGN.md's shape, more fields allowed) and SARIF
// 2.1.0 located at the policy file's lines, so code scanning shows violations on the policy.



/** DESIGN.md's report: `status`, `grade`, `results[{url, status, findings[...]}]` first, then extras. */
function toJsonReport(verify) {
    const { status, grade, results, ...extra } = verify;
    return { status, grade, results, ...extra };
}
/**
 * The report file of a whole run: the verify report (or a failed, empty one when the run
 * stopped before verifying) plus what the run did: mode, policy diagnostics, the deploy
 * outcome and the notes.
 */
function toRunReport(input) {
    const verify = input.verify
        ? toJsonReport(input.verify)
        : { status: 'fail', grade: null, results: [] };
    return {
        ...verify,
        ...(input.error !== undefined ? { status: 'fail', error: input.error } : {}),
        mode: input.mode,
        policyFile: input.policyFile,
        diagnostics: input.diagnostics.map((d) => ({
            severity: d.severity,
            rule: d.rule,
            message: d.message,
            line: d.pos.line,
            column: d.pos.col
        })),
        ...(input.outcome ? { deploy: input.outcome } : {}),
        notes: input.notes
    };
}
/** A path SARIF consumers can resolve: relative to the repository root, forward slashes. */
function repoRelative(file, repoRoot) {
    const rel = repoRoot && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(repoRoot, file) : file;
    return rel.replace(/\\/g, '/').replace(/^\.\//, '');
}
function toSarif(input, repoRoot) {
    const uri = repoRelative(input.policyFile, repoRoot);
    const rules = [];
    const ruleIndex = new Map();
    const ruleFor = (id, description, level) => {
        if (!ruleIndex.has(id)) {
            ruleIndex.set(id, rules.length);
            rules.push({
                id,
                name: id.replace(/[^A-Za-z0-9]+(.)/g, (_m, c) => c.toUpperCase()),
                shortDescription: { text: description },
                defaultConfiguration: { level }
            });
        }
        return ruleIndex.get(id);
    };
    const location = (line, column) => [
        {
            physicalLocation: {
                artifactLocation: { uri },
                region: { startLine: Math.max(1, line), ...(column ? { startColumn: column } : {}) }
            }
        }
    ];
    const results = [
        ...input.diagnostics.map((d) => {
            const id = `policy/${d.rule}`;
            return {
                ruleId: id,
                ruleIndex: ruleFor(id, `Policy file problem: ${d.rule}`, d.severity),
                level: d.severity,
                message: { text: d.message },
                locations: location(d.pos.line, d.pos.col)
            };
        }),
        ...(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .groupFailures */ .BR)(input.verify).map((g) => {
            const id = `${g.verdict}/${g.header}`;
            return {
                ruleId: id,
                ruleIndex: ruleFor(id, `${g.header}: ${g.verdict} on the live site`, g.severity),
                level: g.severity,
                message: {
                    text: `${g.message} (${g.urls.length} URL${g.urls.length === 1 ? '' : 's'}: ${g.urls.slice(0, 5).join(', ')}${g.urls.length > 5 ? ', …' : ''})`
                },
                locations: location(g.policyLine ?? 1, g.policyColumn),
                partialFingerprints: { headerguardFinding: `${g.header}/${g.verdict}/${g.policyLine ?? 0}` }
            };
        })
    ];
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'headerguard',
                        informationUri: 'https://github.com/headerguard/headerguard',
                        rules
                    }
                },
                results
            }
        ]
    };
}
async function writeJson(path, value) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, `${JSON.stringify(value, null, 2)}\n`);
}
/** Writes the JSON report and/or SARIF where asked; returns what was written. */
async function writeReportFiles(input, paths) {
    const written = {};
    if (paths.json) {
        await writeJson(paths.json, toRunReport(input));
        written.json = paths.json;
    }
    if (paths.sarif) {
        await writeJson(paths.sarif, toSarif(input, paths.repoRoot));
        written.sarif = paths.sarif;
    }
    return written;
}


/***/ }),

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ groupFailures),
/* harmony export */   dn: () => (/* binding */ splitAbsentRemovals)
/* harmony export */ });
/* unused harmony exports failures, missingHeaders, resultFailed */
/** Every failing finding with its URL, in report order. */
function failures(report) {
    if (!report)
        return [];
    return report.results.flatMap((r) => r.findings.filter((f) => f.verdict !== 'pass').map((finding) => ({ url: r.url, finding })));
}
/** One group per (header, verdict, line): a header missing on 30 URLs is one problem, not 30. */
function groupFailures(report) {
    const groups = new Map();
    for (const { url, finding } of failures(report)) {
        const key = `${finding.header}\u0000${finding.verdict}\u0000${finding.policyLine}`;
        const group = groups.get(key);
        if (group) {
            if (!group.urls.includes(url))
                group.urls.push(url);
            continue;
        }
        const created = {
            header: finding.header,
            verdict: finding.verdict,
            severity: finding.severity,
            policyLine: finding.policyLine,
            message: finding.message,
            expected: finding.expected,
            urls: [url]
        };
        if (finding.policyColumn !== undefined)
            created.policyColumn = finding.policyColumn;
        groups.set(key, created);
    }
    return [...groups.values()];
}
/** Header names missing or wrong on at least one URL (the `missing` output), sorted. */
function missingHeaders(report) {
    return [...new Set(failures(report).map(({ finding }) => finding.header))].sort();
}
function resultFailed(result) {
    return result.error !== undefined || result.findings.some((f) => f.verdict !== 'pass');
}
/**
 * Passing checks that a removed header is absent: the OWASP preset removes dozens of names,
 * and one line says "all absent" better than dozens of rows.
 */
function splitAbsentRemovals(findings) {
    const absent = (f) => f.kind === 'remove' && f.verdict === 'pass';
    return { shown: findings.filter((f) => !absent(f)), absentRemovals: findings.filter(absent) };
}


/***/ }),

/***/ 2609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zu: () => (/* binding */ renderOutcome),
  B1: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: renderHeaderDiff, renderResult

// EXTERNAL MODULE: ./src/report/findings.ts
var findings = __webpack_require__(9334);
;// CONCATENATED MODULE: ./src/report/header-diff.ts
const isRemoval = (change) => change.action === 'remove';
const label = (change) => change.path ? `${change.name} (paths ${change.path})` : change.name;
function foldHeaderDiff(diff) {
    const rows = (kind, changes) => changes
        .filter((c) => !isRemoval(c))
        .map((c) => ({ kind, name: c.name, path: c.path, before: c.before, after: c.after }));
    return {
        values: [
            ...rows('added', diff.added),
            ...rows('changed', diff.changed),
            ...rows('removed', diff.removed)
        ],
        removalsAdded: diff.added.filter(isRemoval).map(label),
        removalsDropped: diff.removed.filter(isRemoval).map(label)
    };
}

;// CONCATENATED MODULE: ./src/report/terminal.ts


/** Remote text on a terminal: no control characters (escape sequences), bounded length. */
function cell(value, width) {
    if (value === null)
        return '-';
    // eslint-disable-next-line no-control-regex
    const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean;
}
const MARK = {
    pass: 'pass',
    missing: 'MISSING',
    mismatch: 'MISMATCH',
    forbidden: 'FORBIDDEN',
    'stale-cache': 'stale-cache',
    propagating: 'propagating'
};
function textTable(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows
        .map((r) => r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd())
        .join('\n');
}
function renderResult(result) {
    const cache = result.cache?.xCache
        ? `, ${cell(result.cache.xCache, 40)}${result.cache.age !== undefined ? ` age ${result.cache.age}` : ''}`
        : '';
    const redirect = result.redirectTo ? ` -> ${cell(result.redirectTo, 100)}` : '';
    const head = `${cell(result.url, 120)}  ${result.status ?? 'no answer'} (${result.kind}${cache})${redirect}`;
    const lines = [head];
    // Dozens of removed-and-absent headers (the OWASP list) say one thing: count them.
    const { shown, absentRemovals } = (0,findings/* splitAbsentRemovals */.dn)(result.findings);
    if (shown.length > 0) {
        const rows = [
            ['  header', 'expected', 'actual', 'verdict'],
            ...shown.map((f) => [
                `  ${cell(f.header, 40)}`,
                cell(f.expected, 48),
                cell(f.actual, 48),
                MARK[f.verdict]
            ])
        ];
        lines.push(textTable(rows));
        for (const f of shown.filter((x) => x.verdict !== 'pass')) {
            lines.push(`    ${f.header}: ${cell(f.message, 300)}${f.policyLine !== null ? ` (policy line ${f.policyLine})` : ''}`);
        }
    }
    if (absentRemovals.length > 0) {
        lines.push(`  ${absentRemovals.length} header(s) the policy removes: absent  pass`);
    }
    if (result.error)
        lines.push(`  error: ${cell(result.error, 300)}`);
    return lines.join('\n');
}
function renderReport(report) {
    const parts = report.results.map(renderResult);
    const t = report.totals;
    const grade = report.grade !== null
        ? `grade ${report.grade} (${report.score}, MDN HTTP Observatory v6 scoring of the headers; not the verdict)`
        : 'grade n/a';
    parts.push(`${report.status === 'pass' ? 'PASS' : 'FAIL'}: ${t.pass} pass, ${t.errors} error(s), ${t.warnings} warning(s) over ${report.results.length} URL(s); ${grade}`);
    return parts.join('\n\n');
}
function renderOutcome(outcome) {
    const verb = outcome.mode === 'plan' ? 'would' : '';
    const lines = [
        `${outcome.mode}: ${outcome.functionArn} (version ${outcome.version}${outcome.codeChanged ? `, new code${verb ? ' would be published' : ' published'}` : ', code unchanged'})`
    ];
    for (const a of outcome.associations) {
        const arrow = a.changed
            ? `${a.previousArn || '(none)'} -> ${a.newArn || '(none)'}`
            : `${a.newArn || '(none)'} (unchanged${a.state && a.state !== 'unchanged' ? `, ${a.state}` : ''})`;
        lines.push(`  ${a.distributionId} behavior ${a.behavior}: origin-response ${arrow}`);
    }
    for (const d of outcome.distributions) {
        const timing = d.deployedAfterMs !== undefined
            ? `, Deployed after ${(d.deployedAfterMs / 1000).toFixed(1)} s`
            : '';
        const invalidation = d.invalidationId ? `, invalidation ${d.invalidationId}` : '';
        lines.push(`  ${d.id} (${cell(d.domainName, 80)}): ${d.status}${timing}${invalidation}`);
    }
    const diff = outcome.headerDiff;
    if (diff)
        lines.push(...renderHeaderDiff(diff));
    if (outcome.rolledBack)
        lines.push(`  rolled back to ${outcome.rolledBack.to}: ${outcome.rolledBack.reason}`);
    return lines.join('\n');
}
/** Value changes one per line; removal lists, which can be long, one line each. */
function renderHeaderDiff(diff) {
    const folded = foldHeaderDiff(diff);
    const sign = { added: '+', changed: '~', removed: '-' };
    const lines = folded.values.map((c) => {
        const value = c.kind === 'changed'
            ? `${cell(c.before ?? '', 60)} -> ${cell(c.after ?? '', 60)}`
            : cell((c.kind === 'added' ? c.after : c.before) ?? '', 100);
        return `  ${sign[c.kind]} ${c.name}: ${value}${c.path ? ` (paths ${cell(c.path, 40)})` : ''}`;
    });
    const names = (list) => cell(list.join(', '), 160);
    if (folded.removalsAdded.length) {
        lines.push(`  + removes ${folded.removalsAdded.length} header(s): ${names(folded.removalsAdded)}`);
    }
    if (folded.removalsDropped.length) {
        lines.push(`  - no longer removes ${folded.removalsDropped.length} header(s): ${names(folded.removalsDropped)}`);
    }
    return lines;
}


/***/ }),

/***/ 8698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tl: () => (/* binding */ hstsRule),
  Q$: () => (/* binding */ judgeHttpRedirect),
  xB: () => (/* binding */ judgeResponse)
});

// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
// EXTERNAL MODULE: ./src/policy/csp.ts
var csp = __webpack_require__(1860);
// EXTERNAL MODULE: ./src/policy/hsts.ts
var hsts = __webpack_require__(4476);
;// CONCATENATED MODULE: ./src/verify/normalize.ts
// When two header values mean the same thing. Verify compares "exactly, after normalisation":
// CSP as a set of directives each with a set of sources, HSTS as its parsed parameters,
// comma lists trimmed, token-valued security headers case-insensitively, anything else
// byte-for-byte once surrounding whitespace is gone.


const CSP_HEADERS = new Set(['content-security-policy', 'content-security-policy-report-only']);
/** Headers whose values are case-insensitive tokens (RFC 9110 tokens, or enumerated keywords). */
const TOKEN_VALUED = new Set([
    'x-frame-options',
    'x-content-type-options',
    'referrer-policy',
    'cross-origin-opener-policy',
    'cross-origin-embedder-policy',
    'cross-origin-resource-policy',
    'x-permitted-cross-domain-policies',
    'x-dns-prefetch-control',
    'x-download-options',
    'x-xss-protection',
    'origin-agent-cluster'
]);
/**
 * Security headers that must appear once. A second instance is the usual sign that the origin
 * and the edge both set it, and browsers then combine or reject them unpredictably.
 */
const SINGLE_VALUED = new Set([
    'strict-transport-security',
    'content-security-policy',
    'x-frame-options',
    'x-content-type-options',
    'referrer-policy',
    'cross-origin-opener-policy',
    'cross-origin-embedder-policy',
    'cross-origin-resource-policy',
    'permissions-policy',
    'x-permitted-cross-domain-policies',
    'x-xss-protection'
]);
/**
 * Headers whose grammar has no comma: a comma in one received value means two instances were
 * folded into one line (what `fetch` does). CSP counts too: CSP3 excludes `,` from directive
 * values, so a comma separates policies.
 */
const NO_COMMA_GRAMMAR = new Set([
    'strict-transport-security',
    'content-security-policy',
    'x-frame-options',
    'x-content-type-options',
    'cross-origin-opener-policy',
    'cross-origin-embedder-policy',
    'cross-origin-resource-policy'
]);
/** The instances of a header as sent, un-folding comma-joined lines where the grammar allows. */
function headerInstances(name, values) {
    if (!values || values.length === 0)
        return [];
    if (!NO_COMMA_GRAMMAR.has(name))
        return [...values];
    return values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v.length > 0);
}
function isKeywordSource(token) {
    // Quoted keywords are case-insensitive, but nonce and hash payloads are base64 and are not.
    return (/^'(?!nonce-|sha256-|sha384-|sha512-)[^']*'$/i.test(token) ||
        /^[a-z][a-z0-9+.-]*:$/i.test(token));
}
/** CSP as `name -> sorted sources`, directive order and whitespace ignored. */
function cspKey(value) {
    const directives = (0,csp/* parseCsp */.WV)(value).map((d) => {
        const sources = d.values.map((v) => (isKeywordSource(v) ? v.toLowerCase() : v));
        return `${d.name} ${[...new Set(sources)].sort().join(' ')}`.trim();
    });
    return directives.sort().join('; ');
}
function hstsKey(value) {
    const info = (0,hsts/* parseHsts */.c)(value);
    if (info.problems.length > 0)
        return `invalid:${value.trim()}`;
    return `max-age=${info.maxAge}${info.includeSubDomains ? '; includesubdomains' : ''}${info.preload ? '; preload' : ''}`;
}
function listKey(value, caseInsensitive) {
    const items = value.split(',').map((item) => item.trim().replace(/\s+/g, ' '));
    const joined = items.filter((i) => i.length > 0).join(', ');
    return caseInsensitive ? joined.toLowerCase() : joined;
}
/** A string that is equal for two values exactly when they mean the same for this header. */
function comparisonKey(name, value) {
    if (CSP_HEADERS.has(name))
        return cspKey(value);
    if (name === 'strict-transport-security')
        return hstsKey(value);
    return listKey(value, TOKEN_VALUED.has(name));
}
function sameValue(name, expected, actual) {
    return comparisonKey(name, expected) === comparisonKey(name, actual);
}
/** What differs between two CSP values, in words, for the finding's message. */
function cspDifference(expected, actual) {
    const want = new Map((0,csp/* parseCsp */.WV)(expected).map((d) => [d.name, d.values]));
    const got = new Map((0,csp/* parseCsp */.WV)(actual).map((d) => [d.name, d.values]));
    const parts = [];
    for (const [name, values] of want) {
        const have = got.get(name);
        if (!have) {
            parts.push(`missing directive ${name}`);
            continue;
        }
        const wantKeys = new Set(values.map((v) => (isKeywordSource(v) ? v.toLowerCase() : v)));
        const haveKeys = new Set(have.map((v) => (isKeywordSource(v) ? v.toLowerCase() : v)));
        const lacking = [...wantKeys].filter((v) => !haveKeys.has(v));
        const extra = [...haveKeys].filter((v) => !wantKeys.has(v));
        if (lacking.length > 0)
            parts.push(`${name} lacks ${lacking.join(' ')}`);
        if (extra.length > 0)
            parts.push(`${name} also allows ${extra.join(' ')}`);
    }
    for (const name of got.keys())
        if (!want.has(name))
            parts.push(`unexpected directive ${name}`);
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/verify/rules.ts
// `verify.rules`: drHEADer-style assertions (Santandersecurityresearch/DrHeader RULES.md, see
// ../shared/aws-edge-facts.md 3.3). All names and comparisons are case-insensitive; quotes
// around CSP keywords are stripped except for exact-value (one-of) checks; an item may be a
// whole item (`max-age=0`), a key (`max-age`) or a standalone token (`no-store`).


/** drHEADer's delimiters (resources/delimiters.json): item and key/value separators. */
const DELIMITERS = {
    'cache-control': { item: ',', key: '=' },
    'clear-site-data': { item: ',', key: '=' },
    'referrer-policy': { item: ',', key: '=' },
    'set-cookie': { item: ';', key: '=' },
    'strict-transport-security': { item: ';', key: '=' },
    'x-forwarded-for': { item: ',', key: '=' },
    'x-xss-protection': { item: ';', key: '=' },
    'permissions-policy': { item: ',', key: '=' }
};
const DIRECTIVE_HEADERS = new Set([
    'content-security-policy',
    'content-security-policy-report-only',
    'feature-policy'
]);
function unquote(token) {
    return token.replace(/^["']|["']$/g, '').toLowerCase();
}
/** Every item a `must-contain`/`must-avoid` entry can match in this header value. */
function itemsOf(header, value) {
    const items = new Set();
    if (DIRECTIVE_HEADERS.has(header)) {
        for (const d of (0,csp/* parseCsp */.WV)(value)) {
            items.add(d.name);
            items.add([d.name, ...d.values.map(unquote)].join(' '));
            for (const v of d.values)
                items.add(unquote(v));
        }
        return items;
    }
    const delimiter = DELIMITERS[header] ?? { item: ',', key: '=' };
    for (const raw of value.split(delimiter.item)) {
        const item = raw.trim().toLowerCase();
        if (!item)
            continue;
        items.add(unquote(item));
        const eq = item.indexOf(delimiter.key);
        if (eq > 0)
            items.add(item.slice(0, eq).trim());
    }
    return items;
}
function matchesItem(items, wanted) {
    return items.has(unquote(wanted.trim()));
}
/** The failed assertions of one value against `a` (empty when it satisfies them all). */
function checkValue(header, value, a, what) {
    const failures = [];
    const items = itemsOf(header, value);
    const lacking = (a.mustContain ?? []).filter((item) => !matchesItem(items, item));
    if (lacking.length > 0) {
        failures.push({
            verdict: 'mismatch',
            expected: `must contain ${a.mustContain?.join(', ')}`,
            message: `${what} does not contain ${lacking.join(', ')}`
        });
    }
    const present = (a.mustAvoid ?? []).filter((item) => matchesItem(items, item));
    if (present.length > 0) {
        failures.push({
            verdict: 'forbidden',
            expected: `must avoid ${a.mustAvoid?.join(', ')}`,
            message: `${what} contains ${present.join(', ')}, which the policy forbids`
        });
    }
    if (a.oneOf &&
        a.oneOf.length > 0 &&
        !a.oneOf.some((option) => sameValue(header, option, value))) {
        failures.push({
            verdict: 'mismatch',
            expected: `one of ${a.oneOf.join(' | ')}`,
            message: `${what} is none of the allowed values`
        });
    }
    return failures;
}
function finding(rule, actual, o) {
    return {
        header: rule.header,
        verdict: o.verdict,
        expected: o.expected,
        actual,
        message: o.message,
        policyLine: rule.pos.line,
        policyColumn: rule.pos.col,
        severity: 'error',
        kind: 'rule'
    };
}
function describeRule(rule) {
    const parts = [];
    if (rule.required === true)
        parts.push('present');
    if (rule.required === false)
        parts.push('absent');
    if (rule.mustContain?.length)
        parts.push(`contains ${rule.mustContain.join(', ')}`);
    if (rule.mustAvoid?.length)
        parts.push(`avoids ${rule.mustAvoid.join(', ')}`);
    if (rule.oneOf?.length)
        parts.push(`one of ${rule.oneOf.join(' | ')}`);
    for (const [name, d] of Object.entries(rule.directives ?? {})) {
        parts.push(`${name}: ${describeRule({ ...d, header: rule.header, pos: rule.pos }) || 'checked'}`);
    }
    return parts.join('; ');
}
function checkDirectives(rule, value) {
    const failures = [];
    const directives = new Map((0,csp/* parseCsp */.WV)(value).map((d) => [d.name, d.values.join(' ')]));
    for (const [rawName, a] of Object.entries(rule.directives ?? {})) {
        const name = rawName.toLowerCase();
        const directiveValue = directives.get(name);
        if (directiveValue === undefined) {
            if (a.required === true) {
                failures.push({
                    verdict: 'missing',
                    expected: `directive ${name}`,
                    message: `directive ${name} is missing`
                });
            }
            continue;
        }
        if (a.required === false) {
            failures.push({
                verdict: 'forbidden',
                expected: `no directive ${name}`,
                message: `directive ${name} is present, which the policy forbids`
            });
            continue;
        }
        // Inside one directive, items are its sources: judge them as a `;`-free list.
        const asPolicy = `${name} ${directiveValue}`;
        failures.push(...checkValue(rule.header, asPolicy, { mustContain: a.mustContain, mustAvoid: a.mustAvoid }, `directive ${name}`));
        if (a.oneOf && a.oneOf.length > 0) {
            const ok = a.oneOf.some((option) => sameValue('content-security-policy', `${name} ${option}`, asPolicy));
            if (!ok) {
                failures.push({
                    verdict: 'mismatch',
                    expected: `${name} one of ${a.oneOf.join(' | ')}`,
                    message: `directive ${name} is none of the allowed values`
                });
            }
        }
    }
    return failures;
}
/** Judges one response's headers against every `verify.rules` entry. */
function judgeRules(rules, headers) {
    const findings = [];
    for (const rule of rules) {
        const header = rule.header.toLowerCase();
        const values = headers[header];
        const actual = values && values.length > 0 ? values.join(', ') : null;
        const normalized = { ...rule, header };
        let failures = [];
        if (actual === null) {
            if (rule.required === true) {
                failures = [
                    { verdict: 'missing', expected: 'present', message: `${header} is not in the response` }
                ];
            }
        }
        else if (rule.required === false) {
            failures = [
                { verdict: 'forbidden', expected: 'absent', message: `${header} should not be returned` }
            ];
        }
        else {
            failures = [
                ...checkValue(header, actual, rule, header),
                ...checkDirectives(normalized, actual)
            ];
        }
        if (failures.length === 0) {
            findings.push(finding(normalized, actual, {
                verdict: 'pass',
                expected: describeRule(rule) || 'checked',
                message: actual === null ? `${header} absent, as allowed` : 'rule satisfied'
            }));
        }
        else {
            findings.push(...failures.map((o) => finding(normalized, actual, o)));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/verify/check.ts
// The judgment: does one response carry what the policy says the edge sends for it? Pure: a
// policy and an observed response in, findings out. Which rules apply is decided by
// policy/match.ts (the same semantics the edge handler implements), never re-implemented here.



function uriOf(url) {
    try {
        return new URL(url).pathname || '/';
    }
    catch {
        return '/';
    }
}
function base(rule, kind) {
    return { policyLine: rule.pos.line, policyColumn: rule.pos.col, kind, severity: 'error' };
}
function judgeHeader(rule, headers) {
    const instances = headerInstances(rule.name, headers[rule.name]);
    const actual = instances.length > 0 ? instances.join(', ') : null;
    const common = { ...base(rule, 'header'), header: rule.name, expected: rule.value, actual };
    if (instances.length === 0) {
        return { ...common, verdict: 'missing', message: `${rule.key} is not in the response` };
    }
    if (instances.length > 1 && SINGLE_VALUED.has(rule.name)) {
        return {
            ...common,
            verdict: 'mismatch',
            message: `${rule.key} is sent ${instances.length} times: the origin and the edge both set it, or the origin repeats it; browsers then combine or ignore the values`
        };
    }
    if (!rule.override) {
        return { ...common, verdict: 'pass', message: 'kept origin value' };
    }
    const value = instances.join(', ');
    if (sameValue(rule.name, rule.value, value)) {
        return { ...common, verdict: 'pass', message: 'matches the policy' };
    }
    const detail = rule.name === 'content-security-policy' || rule.name === 'content-security-policy-report-only'
        ? `: ${cspDifference(rule.value, value)}`
        : '';
    return { ...common, verdict: 'mismatch', message: `${rule.key} differs from the policy${detail}` };
}
/** `x-envoy-*` matches every `x-envoy-` header; any other name matches itself. */
function removedNames(rule, headers) {
    if (rule.name.endsWith('*')) {
        const prefix = rule.name.slice(0, -1);
        return Object.keys(headers).filter((name) => name.startsWith(prefix));
    }
    return headers[rule.name] ? [rule.name] : [];
}
function judgeRemove(rule, headers) {
    const present = removedNames(rule, headers);
    if (present.length === 0) {
        return [
            {
                ...base(rule, 'remove'),
                header: rule.name,
                verdict: 'pass',
                expected: '(absent)',
                actual: null,
                message: 'absent, as the policy removes it'
            }
        ];
    }
    return present.map((name) => ({
        ...base(rule, 'remove'),
        header: name,
        verdict: 'forbidden',
        expected: '(absent)',
        actual: (headers[name] ?? []).join(', '),
        message: `${name} should have been removed by the edge`
    }));
}
/**
 * Every header the policy sets for this URI, status and content type must be present with the
 * expected value; every removed header must be absent; every `verify.rules` entry must hold.
 */
function judgeResponse(policy, response) {
    const set = (0,match/* selectHeaderSet */.gl)(policy, uriOf(response.url));
    const facts = { status: response.status, contentType: response.headers['content-type']?.[0] };
    const findings = [];
    for (const rule of (0,match/* applicableHeaders */._t)(set, facts))
        findings.push(judgeHeader(rule, response.headers));
    for (const rule of set.remove)
        findings.push(...judgeRemove(rule, response.headers));
    findings.push(...judgeRules(policy.verify.rules, response.headers));
    return findings;
}
/** The rule that asks for HSTS on this URI, if any: then http:// must redirect to https://. */
function hstsRule(policy, uri) {
    return (0,match/* selectHeaderSet */.gl)(policy, uri).headers.find((h) => h.name === 'strict-transport-security');
}
/**
 * The http:// variant of an HSTS site must answer with a redirect to https:// (HSTS is ignored
 * over plain HTTP, so only the redirect protects the first visit). Not serving http:// at all
 * is fine too: there is nothing to downgrade to.
 */
function judgeHttpRedirect(rule, httpUrl, response, redirectTo) {
    const common = {
        header: 'location',
        expected: `3xx to ${httpUrl.replace(/^http:/, 'https:')}`,
        policyLine: rule.pos.line,
        policyColumn: rule.pos.col,
        severity: 'error',
        kind: 'redirect'
    };
    if (response === undefined) {
        return {
            ...common,
            verdict: 'pass',
            actual: null,
            message: 'http:// is not served, so there is nothing to downgrade to'
        };
    }
    if (redirectTo === undefined) {
        return {
            ...common,
            verdict: 'missing',
            actual: `${response.status} without a redirect`,
            message: `http:// answers ${response.status} instead of redirecting to https://; HSTS only protects after a first https:// visit (CloudFront: set the viewer protocol policy to redirect-to-https)`
        };
    }
    const target = new URL(redirectTo);
    const from = new URL(httpUrl);
    if (target.protocol !== 'https:') {
        return {
            ...common,
            verdict: 'mismatch',
            actual: redirectTo,
            message: 'http:// redirects, but not to https://'
        };
    }
    if (target.hostname !== from.hostname) {
        return {
            ...common,
            verdict: 'mismatch',
            actual: redirectTo,
            message: 'http:// redirects to https:// on another host first, so the browser never sees this host’s HSTS header'
        };
    }
    return { ...common, verdict: 'pass', actual: redirectTo, message: 'redirects to https://' };
}


/***/ }),

/***/ 1466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ gradeSite),
/* harmony export */   hB: () => (/* binding */ weakest)
/* harmony export */ });
/* unused harmony exports ALGORITHM_VERSION, MODIFIERS, gradeForScore */
const ALGORITHM_VERSION = 6;
/** Score → grade. Keys are multiples of 5; a score is rounded down to one (charts.js GRADE_CHART). */
const GRADE_CHART = [
    [100, 'A+'],
    [90, 'A'],
    [85, 'A-'],
    [80, 'B+'],
    [70, 'B'],
    [65, 'B-'],
    [60, 'C+'],
    [50, 'C'],
    [45, 'C-'],
    [40, 'D+'],
    [30, 'D'],
    [25, 'D-'],
    [0, 'F']
];
/** Only a site that already earns an A without bonuses gets them (charts.js). */
const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;
/** Every result this module can produce and its score modifier (charts.js SCORE_TABLE, v6). */
const MODIFIERS = {
    'csp-implemented-with-no-unsafe-default-src-none': 10,
    'csp-implemented-with-no-unsafe': 5,
    'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
    'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
    'csp-implemented-with-unsafe-eval': -10,
    'csp-implemented-with-unsafe-inline': -20,
    'csp-implemented-with-insecure-scheme': -20,
    'csp-implemented-but-duplicate-directives': 0,
    'csp-header-invalid': -25,
    'csp-not-implemented': -25,
    'csp-not-implemented-but-reporting-enabled': -25,
    'cookies-secure-with-httponly-sessions-and-samesite': 5,
    'cookies-secure-with-httponly-sessions': 0,
    'cookies-not-found': 0,
    'cookies-without-secure-flag-but-protected-by-hsts': -5,
    'cookies-session-without-secure-flag-but-protected-by-hsts': -10,
    'cookies-without-secure-flag': -20,
    'cookies-samesite-flag-invalid': -20,
    'cookies-anticsrf-without-samesite-flag': -20,
    'cookies-session-without-httponly-flag': -30,
    'cookies-session-without-secure-flag': -40,
    'cross-origin-resource-sharing-not-implemented': 0,
    'cross-origin-resource-sharing-implemented-with-public-access': 0,
    'redirection-to-https': 0,
    'redirection-not-needed-no-http': 0,
    'redirection-off-host-from-http': -5,
    'redirection-not-to-https-on-initial-redirection': -10,
    'redirection-not-to-https': -20,
    'redirection-missing': -20,
    'referrer-policy-private': 5,
    'referrer-policy-not-implemented': 0,
    'referrer-policy-unsafe': -5,
    'referrer-policy-header-invalid': -5,
    'hsts-implemented-max-age-at-least-six-months': 0,
    'hsts-implemented-max-age-less-than-six-months': -10,
    'hsts-not-implemented': -20,
    'hsts-header-invalid': -20,
    'hsts-not-implemented-no-https': -20,
    'sri-not-scored': 0,
    'x-content-type-options-nosniff': 0,
    'x-content-type-options-not-implemented': -5,
    'x-content-type-options-header-invalid': -5,
    'x-frame-options-implemented-via-csp': 5,
    'x-frame-options-sameorigin-or-deny': 5,
    'x-frame-options-allow-from-origin': 0,
    'x-frame-options-not-implemented': -20,
    'x-frame-options-header-invalid': -20,
    'corp-implemented-with-same-origin': 10,
    'corp-implemented-with-same-site': 10,
    'corp-implemented-with-cross-origin': 0,
    'corp-not-implemented': 0,
    'corp-header-invalid': -5,
    'coop-implemented-with-same-origin': 10,
    'coop-implemented-with-same-origin-allow-popups': 10,
    'coop-implemented-with-noopener-allow-popups': 10,
    'coop-implemented-with-unsafe-none': 0,
    'coop-not-implemented': 0,
    'coop-header-invalid': -5,
    'coep-implemented-with-require-corp': 10,
    'coep-implemented-with-credentialless': 10,
    'coep-implemented-with-unsafe-none': 0,
    'coep-not-implemented': 0,
    'coep-header-invalid': -5
};
function gradeForScore(rawScore) {
    const score = Math.max(rawScore, 0);
    const bucket = Math.min(score - (score % 5), 100);
    return GRADE_CHART.find(([min]) => bucket >= min)?.[1] ?? 'F';
}
/** Every instance of a header (lowercase name). */
function all(response, name) {
    return response?.headers[name] ?? [];
}
/** The header as an HTTP client library folds it: instances joined with `, `. */
function folded(response, name) {
    const values = all(response, name);
    return values.length > 0 ? values.join(', ') : undefined;
}
function test(name, result, pass, scored = true) {
    return { name, result, modifier: scored ? (MODIFIERS[result] ?? 0) : 0, pass, scored };
}
// ---- Content-Security-Policy ------------------------------------------------------------
const BROAD = new Set([
    'ftp:',
    'http:',
    'https:',
    '*',
    'http://*',
    'http://*.*',
    'https://*',
    'https://*.*'
]);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:']);
const BROAD_OR_INLINE = new Set([...BROAD, ...UNSAFE_INLINE]);
const PASSIVE = ['img-src', 'media-src'];
const NONCE_OR_HASH = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];
const DUPLICATES_ALLOWED = new Set(['report-uri', 'report-to']);
class InvalidCsp extends Error {
}
/** One policy: directive -> lowercased sources; an empty `-src` means 'none'. */
function parsePolicy(policy, seenReports) {
    const clean = policy.replace(/[\r\n]/g, '').trim();
    // The shortest policy the Observatory accepts is as long as "img-src" minus one.
    if (clean.length < 'img-src'.length - 1)
        throw new InvalidCsp(`policy too short: ${clean}`);
    const directives = new Map();
    for (const entry of clean.split(';')) {
        const [rawName, ...sources] = entry.trim().split(/\s+/);
        if (!rawName)
            continue;
        const name = rawName.toLowerCase();
        if (directives.has(name)) {
            if (!DUPLICATES_ALLOWED.has(name))
                throw new InvalidCsp(`duplicate directive ${name}`);
            seenReports.dup = true;
            continue;
        }
        const values = sources.map((s) => s.trim().toLocaleLowerCase());
        directives.set(name, new Set(values.length === 0 && name.endsWith('-src') ? ["'none'"] : values));
    }
    return directives;
}
/**
 * Several policies are all enforced: a directive present in more than one keeps the sources
 * every such policy allows. (The Observatory also prunes path-prefixed duplicates; that only
 * changes its displayed data, not the result.)
 */
function parseCspList(policies) {
    const seen = { dup: false };
    const merged = new Map();
    for (const policy of policies) {
        for (const [name, sources] of parsePolicy(policy, seen)) {
            const before = merged.get(name);
            merged.set(name, before ? new Set([...before].filter((s) => sources.has(s))) : sources);
        }
    }
    for (const [name, sources] of merged)
        if (sources.size === 0)
            merged.set(name, new Set(["'none'"]));
    return { directives: merged, duplicateReports: seen.dup };
}
function hasNonceOrHash(sources) {
    return [...sources].some((s) => NONCE_OR_HASH.some((p) => s.startsWith(p)));
}
function cspTest(response) {
    const name = 'content-security-policy';
    const policies = all(response, 'content-security-policy')
        .flatMap((v) => v.split(','))
        .map((s) => s.trim());
    let parsed;
    try {
        parsed = parseCspList(policies);
    }
    catch {
        return { test: test(name, 'csp-header-invalid', false) };
    }
    const csp = parsed.directives;
    if (csp.size === 0) {
        const reportOnly = folded(response, 'content-security-policy-report-only');
        return {
            test: test(name, reportOnly ? 'csp-not-implemented-but-reporting-enabled' : 'csp-not-implemented', false)
        };
    }
    const any = new Set(['*']);
    // The Observatory works on the parsed sets in place: script-src falling back to default-src
    // shares default-src's set, so removing a source from one removes it from both.
    const objectSrc = csp.get('object-src') ?? csp.get('default-src') ?? any;
    const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? new Set(['*']);
    const styleSrc = csp.get('style-src') ?? csp.get('default-src') ?? new Set(['*']);
    let result;
    for (const list of [scriptSrc, styleSrc]) {
        if (hasNonceOrHash(list))
            list.delete("'unsafe-inline'");
    }
    if (hasNonceOrHash(scriptSrc) && scriptSrc.has("'strict-dynamic'")) {
        for (const source of [...scriptSrc]) {
            const broad = [...BROAD].some((b) => source.startsWith(b));
            if (broad || source === "'self'" || source === "'unsafe-inline'")
                scriptSrc.delete(source);
        }
    }
    else if (scriptSrc.has("'strict-dynamic'")) {
        result = 'csp-header-invalid';
    }
    const active = [...csp.entries()]
        .filter(([d]) => !PASSIVE.includes(d) && d !== 'script-src')
        .flatMap(([, sources]) => [...sources]);
    active.push(...scriptSrc);
    const passive = PASSIVE.flatMap((d) => [...(csp.get(d) ?? csp.get('default-src') ?? [])]);
    const secure = new URL(response.url).protocol === 'https:';
    const insecure = (s) => s.startsWith('http:') || s.startsWith('ftp:');
    const set = (r) => {
        result ??= r;
    };
    if ([...scriptSrc].some((s) => BROAD_OR_INLINE.has(s)) ||
        [...objectSrc].some((s) => BROAD.has(s))) {
        set('csp-implemented-with-unsafe-inline');
    }
    if (secure && active.some(insecure))
        set('csp-implemented-with-insecure-scheme');
    if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'"))
        set('csp-implemented-with-unsafe-eval');
    if (secure && passive.some(insecure))
        set('csp-implemented-with-insecure-scheme-in-passive-content-only');
    if ([...styleSrc].some((s) => BROAD_OR_INLINE.has(s)))
        set('csp-implemented-with-unsafe-inline-in-style-src-only');
    const defaultSrc = csp.get('default-src');
    if (defaultSrc?.has("'none'") && defaultSrc.size === 1)
        set('csp-implemented-with-no-unsafe-default-src-none');
    else
        set('csp-implemented-with-no-unsafe');
    const passing = [
        'csp-implemented-with-no-unsafe',
        'csp-implemented-with-no-unsafe-default-src-none',
        'csp-implemented-with-unsafe-inline-in-style-src-only',
        'csp-implemented-with-insecure-scheme-in-passive-content-only'
    ].includes(result);
    if (passing && parsed.duplicateReports)
        result = 'csp-implemented-but-duplicate-directives';
    return { test: test(name, result, passing), directives: csp };
}
// ---- the other header tests -------------------------------------------------------------
/** A structured-field token with optional parameters (`same-origin; report-to="x"`). */
function sfToken(value) {
    const token = value.split(';')[0]?.trim() ?? '';
    return /^[A-Za-z*][A-Za-z0-9!#$%&'*+.^_`|~:/-]*$/.test(token) ? token : undefined;
}
function hstsTest(https) {
    const name = 'strict-transport-security';
    if (!https)
        return test(name, 'hsts-not-implemented-no-https', false);
    const header = all(https, 'strict-transport-security')[0];
    if (header === undefined)
        return test(name, 'hsts-not-implemented', false);
    const data = header.slice(0, 1024);
    if (data.includes(','))
        return test(name, 'hsts-header-invalid', false);
    let maxAge;
    for (const parameter of data.split(';').map((p) => p.trim().toLowerCase())) {
        if (parameter.startsWith('max-age='))
            maxAge = Number.parseInt(parameter.slice(8, 128), 10);
    }
    if (maxAge === undefined)
        return test(name, 'hsts-header-invalid', false);
    // 15768000 is six months; the Observatory accepts 15552000 because so many sites use it.
    // A non-numeric max-age parses to NaN, which the Observatory's `<` lets through: so does this.
    if (maxAge < 15_552_000)
        return test(name, 'hsts-implemented-max-age-less-than-six-months', false);
    return test(name, 'hsts-implemented-max-age-at-least-six-months', true);
}
function redirectionTest(httpChain) {
    const name = 'redirection';
    if (!httpChain || httpChain.length === 0)
        return test(name, 'redirection-not-needed-no-http', true);
    const route = httpChain.map((r) => new URL(r.url));
    let result;
    if (route.length === 1)
        result = 'redirection-missing';
    else if (route.at(-1)?.protocol !== 'https:')
        result = 'redirection-not-to-https';
    else if (route[1]?.protocol === 'http:')
        result = 'redirection-not-to-https-on-initial-redirection';
    else if (route[0]?.hostname !== route[1]?.hostname)
        result = 'redirection-off-host-from-http';
    else
        result = 'redirection-to-https';
    return test(name, result, result === 'redirection-to-https');
}
function referrerTest(response) {
    const name = 'referrer-policy';
    const good = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
    const bad = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
    const values = all(response, 'referrer-policy');
    if (values.length === 0)
        return test(name, 'referrer-policy-not-implemented', true);
    // The last recognised value wins, as in browsers.
    const policy = values
        .join(', ')
        .split(',')
        .map((v) => v.trim().toLowerCase())
        .filter((v) => good.includes(v) || bad.includes(v))
        .at(-1);
    if (policy !== undefined && good.includes(policy))
        return test(name, 'referrer-policy-private', true);
    if (policy !== undefined)
        return test(name, 'referrer-policy-unsafe', false);
    return test(name, 'referrer-policy-header-invalid', false);
}
function xctoTest(response) {
    const name = 'x-content-type-options';
    const header = folded(response, 'x-content-type-options');
    if (header === undefined)
        return test(name, 'x-content-type-options-not-implemented', false);
    const ok = header.slice(0, 256).trim().toLowerCase() === 'nosniff';
    return test(name, ok ? 'x-content-type-options-nosniff' : 'x-content-type-options-header-invalid', ok);
}
function xfoTest(response, csp) {
    const name = 'x-frame-options';
    if (csp?.has('frame-ancestors'))
        return test(name, 'x-frame-options-implemented-via-csp', true);
    const header = folded(response, 'x-frame-options');
    if (header === undefined)
        return test(name, 'x-frame-options-not-implemented', false);
    const xfo = header.slice(0, 1024).trim().toLowerCase();
    if (xfo === 'deny' || xfo === 'sameorigin')
        return test(name, 'x-frame-options-sameorigin-or-deny', true);
    if (xfo.startsWith('allow-from'))
        return test(name, 'x-frame-options-allow-from-origin', true);
    return test(name, 'x-frame-options-header-invalid', false);
}
function corpTest(response) {
    const name = 'cross-origin-resource-policy';
    const header = folded(response, 'cross-origin-resource-policy');
    if (header === undefined)
        return test(name, 'corp-not-implemented', true);
    const value = header.slice(0, 256).trim().toLowerCase();
    const results = {
        'same-site': 'corp-implemented-with-same-site',
        'same-origin': 'corp-implemented-with-same-origin',
        'cross-origin': 'corp-implemented-with-cross-origin'
    };
    const result = results[value] ?? 'corp-header-invalid';
    return test(name, result, result !== 'corp-header-invalid');
}
/** COOP and COEP share a shape: one token out of a known set, a second instance is invalid. */
function tokenPolicyTest(response, header, prefix, known) {
    const values = all(response, header);
    if (values.length === 0)
        return test(header, `${prefix}-not-implemented`, true);
    const token = values.length > 1 ? undefined : sfToken(values[0].slice(0, 1024).trim());
    const suffix = token !== undefined ? known[token] : undefined;
    const result = suffix ? `${prefix}-implemented-with-${suffix}` : `${prefix}-header-invalid`;
    return test(header, result, suffix !== undefined);
}
function parseCookie(raw) {
    const [pair, ...attributes] = raw.split(';');
    const name = pair?.split('=')[0]?.trim();
    if (!name)
        return undefined;
    const cookie = { name, secure: false, httpOnly: false };
    for (const attribute of attributes) {
        const [key = '', value] = attribute.trim().split('=');
        const k = key.trim().toLowerCase();
        if (k === 'secure')
            cookie.secure = true;
        else if (k === 'httponly')
            cookie.httpOnly = true;
        else if (k === 'samesite') {
            const v = value?.trim().toLowerCase();
            if (v === 'strict' || v === 'lax' || v === 'none')
                cookie.sameSite = v;
        }
    }
    return cookie;
}
function invalidSameSite(raw) {
    return raw
        .split(';')
        .slice(1)
        .some((part) => {
        const [key = '', value] = part.trim().split('=');
        if (key.trim().toLowerCase() !== 'samesite')
            return false;
        return !value || !['lax', 'strict', 'none'].includes(value.trim().toLowerCase());
    });
}
/** From least to most serious: a result only replaces a less serious one (utils.js onlyIfWorse). */
const COOKIE_SEVERITY = [
    'cookies-without-secure-flag-but-protected-by-hsts',
    'cookies-without-secure-flag',
    'cookies-session-without-secure-flag-but-protected-by-hsts',
    'cookies-samesite-flag-invalid',
    'cookies-anticsrf-without-samesite-flag',
    'cookies-session-without-httponly-flag',
    'cookies-session-without-secure-flag'
];
function cookiesTest(input, hstsPasses) {
    const name = 'cookies';
    let result;
    const worse = (candidate) => {
        if (result === undefined ||
            COOKIE_SEVERITY.indexOf(candidate) > COOKIE_SEVERITY.indexOf(result)) {
            result = candidate;
        }
    };
    for (const raw of all(input.auto, 'set-cookie'))
        if (invalidSameSite(raw))
            worse('cookies-samesite-flag-invalid');
    const cookies = input.all
        .flatMap((r) => all(r, 'set-cookie'))
        .map(parseCookie)
        .filter((c) => c !== undefined && c.name !== 'heroku-session-affinity');
    if (cookies.length === 0)
        return test(name, 'cookies-not-found', true);
    let missingSameSite = false;
    for (const cookie of cookies) {
        const key = cookie.name.toLowerCase();
        const session = key.includes('login') || key.includes('sess');
        if (!cookie.secure && cookie.sameSite === 'none')
            worse('cookies-samesite-flag-invalid');
        if (!cookie.secure)
            worse(hstsPasses
                ? 'cookies-without-secure-flag-but-protected-by-hsts'
                : 'cookies-without-secure-flag');
        if (key.includes('csrf') && !cookie.sameSite)
            worse('cookies-anticsrf-without-samesite-flag');
        if (session && !cookie.secure) {
            worse(hstsPasses
                ? 'cookies-session-without-secure-flag-but-protected-by-hsts'
                : 'cookies-session-without-secure-flag');
        }
        if (session && !cookie.httpOnly)
            worse('cookies-session-without-httponly-flag');
        if (!cookie.sameSite)
            missingSameSite = true;
    }
    result ??= missingSameSite
        ? 'cookies-secure-with-httponly-sessions'
        : 'cookies-secure-with-httponly-sessions-and-samesite';
    const pass = [
        'cookies-secure-with-httponly-sessions',
        'cookies-secure-with-httponly-sessions-and-samesite'
    ].includes(result);
    return test(name, result, pass);
}
function corsTest(response) {
    const name = 'cross-origin-resource-sharing';
    const acao = folded(response, 'access-control-allow-origin')?.trim();
    if (acao === '*')
        return test(name, 'cross-origin-resource-sharing-implemented-with-public-access', true);
    // Telling restricted from universal (reflected Origin + credentials, -50) needs a request
    // with a forged Origin header: not sent, not scored.
    return test(name, 'cross-origin-resource-sharing-not-implemented', true, acao === undefined);
}
/** The Observatory grade of one site from its responses. */
function gradeSite(input) {
    const csp = cspTest(input.auto);
    const hsts = hstsTest(input.https);
    const tests = [
        csp.test,
        cookiesTest(input, hsts.pass),
        corsTest(input.auto),
        redirectionTest(input.httpChain),
        referrerTest(input.auto),
        hsts,
        test('subresource-integrity', 'sri-not-scored', true, false),
        xctoTest(input.auto),
        xfoTest(input.auto, csp.directives),
        corpTest(input.auto),
        tokenPolicyTest(input.auto, 'cross-origin-opener-policy', 'coop', {
            'same-origin': 'same-origin',
            'same-origin-allow-popups': 'same-origin-allow-popups',
            'noopener-allow-popups': 'noopener-allow-popups',
            'unsafe-none': 'unsafe-none'
        }),
        tokenPolicyTest(input.auto, 'cross-origin-embedder-policy', 'coep', {
            'require-corp': 'require-corp',
            credentialless: 'credentialless',
            'unsafe-none': 'unsafe-none'
        })
    ];
    const withExtraCredit = 100 + tests.reduce((sum, t) => sum + t.modifier, 0);
    const uncurved = 100 + tests.reduce((sum, t) => sum + Math.min(t.modifier, 0), 0);
    const score = Math.max(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved, 0);
    return {
        url: input.url,
        algorithmVersion: ALGORITHM_VERSION,
        score,
        grade: gradeForScore(score),
        tests,
        notScored: tests.filter((t) => !t.scored).map((t) => t.name)
    };
}
const GRADE_ORDER = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'];
/** The weakest of several grades (the site is as strong as its weakest host). */
function weakest(grades) {
    return [...grades].sort((a, b) => GRADE_ORDER.indexOf(b.grade) - GRADE_ORDER.indexOf(a.grade) || a.score - b.score)[0];
}


/***/ }),

/***/ 8502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jE: () => (/* binding */ verifySite)
});

// UNUSED EXPORTS: DEFAULTS, joinUrl, planTargets

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/verify/cache.ts
const CACHE_HIT = /^\s*(hit|refreshhit) from cloudfront/i;
function cacheFacts(headers) {
    const xCache = headers['x-cache']?.[0];
    const ageText = headers.age?.[0];
    const age = ageText !== undefined && /^\s*\d+\s*$/.test(ageText) ? Number(ageText) : undefined;
    const facts = { hit: xCache !== undefined && CACHE_HIT.test(xCache) };
    if (xCache !== undefined)
        facts.xCache = xCache;
    if (age !== undefined)
        facts.age = age;
    const via = headers.via?.join(', ');
    if (via !== undefined)
        facts.via = via;
    const pop = headers['x-amz-cf-pop']?.[0];
    if (pop !== undefined)
        facts.pop = pop;
    return facts;
}
/** When the cached copy was stored: the response time minus its Age. */
function cachedAt(response) {
    if (response.cache.age === undefined)
        return undefined;
    return response.receivedAt - response.cache.age * 1000;
}
function failing(finding) {
    return finding.verdict !== 'pass';
}
/**
 * Re-labels failing findings that the deploy has not reached yet. Without `deployedAt` nothing
 * changes: a drift check has no deploy to wait for.
 */
function classifyFindings(response, findings, ctx) {
    const deployedAt = ctx.deployedAt?.getTime();
    if (deployedAt === undefined)
        return findings;
    const storedAt = cachedAt(response);
    const staleCopy = response.cache.hit && storedAt !== undefined && storedAt < deployedAt;
    const withinWindow = ctx.now - deployedAt <= ctx.propagationWindowMs;
    return findings.map((finding) => {
        if (!failing(finding) || finding.kind === 'redirect')
            return finding;
        if (staleCopy) {
            const secondsBefore = Math.round((deployedAt - storedAt) / 1000);
            return {
                ...finding,
                verdict: 'stale-cache',
                severity: 'warning',
                message: `${finding.message}; served from CloudFront's cache (${response.cache.xCache}, Age ${response.cache.age}), stored ${secondsBefore}s before the deploy finished: invalidate the path (e.g. /*) or wait for the TTL`
            };
        }
        const bustedPasses = ctx.bustedFindings !== undefined &&
            !ctx.bustedFindings.some((b) => b.header === finding.header && failing(b));
        if (withinWindow && bustedPasses) {
            return {
                ...finding,
                verdict: 'propagating',
                severity: 'warning',
                message: `${finding.message}; a cache-busting request already gets the new header, so this edge location${response.cache.pop ? ` (${response.cache.pop})` : ''} still runs the previous configuration: re-check in a few minutes`
            };
        }
        return finding;
    });
}

// EXTERNAL MODULE: ./src/verify/check.ts + 2 modules
var check = __webpack_require__(8698);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/verify/fetch.ts
// How verify talks HTTP: one GET per URL, redirects followed by hand so every hop is recorded,
// retries on connection errors only, a per-request timeout. The default transport is Node's
// http/https module because it keeps repeated header instances apart (`rawHeaders`); `fetch`
// folds them into one comma-joined value, which hides duplicated security headers.




/** A transport error that may succeed on retry (refused, reset, timed out). */
class ConnectionError extends Error {
}
const REQUEST_HEADERS = {
    'user-agent': 'headerguard (security-header verifier)',
    accept: 'text/html,application/xhtml+xml,*/*;q=0.8'
};
/** Node http/https with keep-alive agents shared by every request of one verify run. */
function nodeTransport(maxSockets) {
    const agents = {
        'http:': new (external_node_http_default()).Agent({ keepAlive: true, maxSockets }),
        'https:': new (external_node_https_default()).Agent({ keepAlive: true, maxSockets })
    };
    const transport = (url, timeoutMs) => new Promise((resolve, reject) => {
        const target = new URL(url);
        const mod = target.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const agent = target.protocol === 'https:' ? agents['https:'] : agents['http:'];
        const req = mod.request(target, { method: 'GET', agent, headers: REQUEST_HEADERS }, (res) => {
            clearTimeout(timer);
            const headers = [];
            for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
                headers.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
            }
            // Only headers matter: drain the body so the socket goes back to the pool.
            res.on('error', () => undefined);
            res.resume();
            resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers });
        });
        const timer = setTimeout(() => {
            req.destroy(new ConnectionError(`no response within ${timeoutMs} ms`));
        }, timeoutMs);
        req.on('error', (error) => {
            clearTimeout(timer);
            reject(error instanceof ConnectionError ? error : new ConnectionError((0,errors/* errorMessage */.gJ)(error)));
        });
        req.end();
    });
    return Object.assign(transport, {
        close: () => {
            agents['http:'].destroy();
            agents['https:'].destroy();
        }
    });
}
/** Adapts an injected `fetch`. Repeated headers arrive comma-joined (Set-Cookie excepted). */
function fetchTransport(fetchImpl) {
    return async (url, timeoutMs) => {
        let response;
        try {
            response = await fetchImpl(url, {
                method: 'GET',
                redirect: 'manual',
                headers: REQUEST_HEADERS,
                signal: AbortSignal.timeout(timeoutMs)
            });
        }
        catch (error) {
            throw new ConnectionError((0,errors/* errorMessage */.gJ)(error));
        }
        const headers = [];
        response.headers.forEach((value, name) => {
            if (name !== 'set-cookie')
                headers.push([name, value]);
        });
        for (const cookie of response.headers.getSetCookie?.() ?? [])
            headers.push(['set-cookie', cookie]);
        await response.body?.cancel().catch(() => undefined);
        return { status: response.status, statusText: response.statusText, headers };
    };
}
/** One GET, retried on connection errors only. Throws ConnectionError after the last attempt. */
async function fetchOnce(url, settings) {
    let lastError;
    for (let attempt = 0; attempt <= settings.retries; attempt++) {
        const started = settings.now();
        try {
            const raw = await settings.transport(url, settings.timeoutMs);
            const receivedAt = settings.now();
            return observe(url, raw, receivedAt, receivedAt - started);
        }
        catch (error) {
            if (!(error instanceof ConnectionError))
                throw error;
            lastError = error;
        }
    }
    const tries = settings.retries + 1;
    throw new ConnectionError(`${(0,errors/* errorMessage */.gJ)(lastError)} (${tries} attempt${tries === 1 ? '' : 's'})`);
}
function observe(url, raw, receivedAt, elapsedMs) {
    const headers = {};
    for (const [name, value] of raw.headers) {
        const key = name.toLowerCase();
        (headers[key] ??= []).push(value);
    }
    return {
        url,
        status: raw.status,
        statusText: raw.statusText,
        headers,
        cache: cacheFacts(headers),
        receivedAt,
        elapsedMs
    };
}
const MAX_REDIRECTS = 10;
/** GET `url` and follow redirects by hand (at most `maxRedirects`), keeping every hop. */
async function fetchChain(url, settings, maxRedirects = MAX_REDIRECTS) {
    const hops = [];
    const seen = new Set();
    let next = url;
    while (next !== undefined) {
        if (seen.has(next))
            return { hops, error: `redirect loop back to ${next}` };
        if (hops.length > maxRedirects)
            return { hops, error: `more than ${maxRedirects} redirects` };
        seen.add(next);
        let response;
        try {
            response = await fetchOnce(next, settings);
        }
        catch (error) {
            return { hops, error: (0,errors/* errorMessage */.gJ)(error) };
        }
        hops.push(response);
        next = redirectTarget(response);
    }
    return { hops };
}
/** The absolute URL a 3xx answer points to, if any. */
function redirectTarget(response) {
    if (response.status < 300 || response.status > 399)
        return undefined;
    const location = response.headers.location?.[0];
    if (!location)
        return undefined;
    try {
        return new URL(location, response.url).href;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/verify/grade.ts
var grade = __webpack_require__(1466);
;// CONCATENATED MODULE: ./src/verify/pool.ts
/**
 * Runs `task` over `items` with at most `limit` in flight, results in input order. A task that
 * throws rejects the whole run: callers turn expected failures into values first.
 */
async function mapLimit(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
    await Promise.all(workers);
    return results;
}

;// CONCATENATED MODULE: ./src/verify/site.ts
// verifySite: fetch every URL to verify, judge each response, classify failures the deploy has
// not reached yet, grade each site. Fetching is the only I/O; the judgment is check.ts.






const DEFAULTS = {
    concurrency: 8,
    timeoutMs: 10_000,
    retries: 2,
    propagationWindowMs: 15 * 60_000
};
/** `base` + `path`, keeping any path prefix of the base (`https://x/app` + `/a` = `https://x/app/a`). */
function joinUrl(base, path) {
    const trimmed = base.replace(/\/+$/, '');
    return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}
function withQuery(url, key, value) {
    const u = new URL(url);
    u.searchParams.set(key, value);
    return u.href;
}
function toHttp(url) {
    return url.replace(/^https:/i, 'http:');
}
/** Every URL one run fetches, without repeats. */
function planTargets(bases, paths, runId, cacheBust) {
    const targets = [];
    const seen = new Set();
    const add = (t) => {
        if (seen.has(t.url))
            return;
        seen.add(t.url);
        targets.push(t);
    };
    for (const base of bases) {
        const pages = paths.map((p) => joinUrl(base, p));
        for (const url of pages)
            add({ url, kind: 'page', base });
        add({ url: joinUrl(base, `/headerguard-404-${runId}`), kind: 'not-found', base });
        if (cacheBust) {
            for (const url of pages)
                add({ url: withQuery(url, 'headerguard', runId), kind: 'cache-bust', base, of: url });
        }
        // Always fetched for an https site: the grade needs the redirect; the policy needs it when HSTS is set.
        if (/^https:/i.test(base) && pages[0])
            add({ url: toHttp(pages[0]), kind: 'http-redirect', base });
    }
    return targets;
}
function hopResults(fetched, judge) {
    const { target, chain } = fetched;
    const results = chain.hops.map((hop, index) => {
        const result = {
            url: hop.url,
            status: hop.status,
            findings: judge(hop, index),
            kind: index === 0 ? target.kind : 'redirect-hop',
            requestedUrl: target.url,
            cache: hop.cache,
            elapsedMs: hop.elapsedMs
        };
        const next = redirectTarget(hop);
        if (next !== undefined)
            result.redirectTo = next;
        return result;
    });
    if (chain.error !== undefined) {
        const last = results.at(-1);
        if (last)
            last.error = chain.error;
        else
            results.push({
                url: target.url,
                status: null,
                findings: [],
                kind: target.kind,
                requestedUrl: target.url,
                error: chain.error
            });
    }
    return results;
}
function httpRedirectResult(policy, fetched, pageUri) {
    const rule = (0,check/* hstsRule */.tl)(policy, pageUri);
    if (!rule)
        return undefined;
    const { target, chain } = fetched;
    const first = chain.hops[0];
    const finding = (0,check/* judgeHttpRedirect */.Q$)(rule, target.url, first, first ? redirectTarget(first) : undefined);
    const result = {
        url: target.url,
        status: first?.status ?? null,
        findings: [finding],
        kind: 'http-redirect',
        requestedUrl: target.url
    };
    if (first) {
        result.cache = first.cache;
        result.elapsedMs = first.elapsedMs;
        const next = redirectTarget(first);
        if (next)
            result.redirectTo = next;
    }
    return result;
}
function isGradable(response) {
    // The Observatory grades 2xx answers, and 401/403 since its 1.3.0.
    return (response !== undefined &&
        ((response.status >= 200 && response.status < 300) ||
            response.status === 401 ||
            response.status === 403));
}
function gradeBase(base, fetched) {
    const mine = fetched.filter((f) => f.target.base === base);
    const page = mine.find((f) => f.target.kind === 'page');
    const auto = page?.chain.hops.at(-1);
    if (!page || !isGradable(auto))
        return undefined;
    const httpVariant = mine.find((f) => f.target.kind === 'http-redirect');
    const httpChain = /^http:/i.test(base) ? page.chain.hops : httpVariant?.chain.hops;
    return (0,grade/* gradeSite */.$0)({
        url: base,
        auto,
        https: /^https:/i.test(auto.url) ? auto : undefined,
        httpChain: httpChain && httpChain.length > 0 ? httpChain : undefined,
        all: mine.flatMap((f) => f.chain.hops)
    });
}
function totalsOf(results) {
    const findings = results.flatMap((r) => r.findings);
    const failed = findings.filter((f) => f.verdict !== 'pass');
    return {
        pass: findings.length - failed.length,
        failed: failed.length,
        errors: failed.filter((f) => f.severity === 'error').length,
        warnings: failed.filter((f) => f.severity === 'warning').length
    };
}
/**
 * Fetches every base URL × path (plus a path that must not exist, the http:// variant of an
 * https site, and cache-busting variants when asked), judges every response against the
 * policy, classifies failures the deploy has not reached yet, and grades each site.
 */
async function verifySite(policy, options) {
    const now = options.now ?? Date.now;
    const started = now();
    const runId = options.runId ?? (0,external_node_crypto_.randomBytes)(4).toString('hex');
    const paths = options.paths ?? (policy.verify.paths.length > 0 ? policy.verify.paths : ['/']);
    const concurrency = Math.max(1, options.concurrency ?? DEFAULTS.concurrency);
    const node = options.fetch ? undefined : nodeTransport(concurrency);
    const settings = {
        transport: options.fetch ? fetchTransport(options.fetch) : node,
        timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
        retries: options.retries ?? DEFAULTS.retries,
        now
    };
    const targets = planTargets(options.urls, paths, runId, options.cacheBust === true);
    let fetched;
    try {
        fetched = await mapLimit(targets, concurrency, async (target) => ({
            target,
            chain: await fetchChain(target.url, settings)
        }));
    }
    finally {
        node?.close();
    }
    const preview = options.preview;
    if (preview) {
        for (const f of fetched) {
            if (f.target.kind === 'http-redirect')
                continue;
            for (const hop of f.chain.hops) {
                const after = await preview(new URL(hop.url).pathname, {
                    status: hop.status,
                    headers: hop.headers
                });
                hop.status = after.status;
                hop.headers = after.headers;
            }
        }
    }
    const judged = new Map();
    const judgeChain = (f) => f.chain.hops.map((hop) => (0,check/* judgeResponse */.xB)(policy, hop));
    for (const f of fetched)
        if (f.target.kind !== 'http-redirect')
            judged.set(f.target.url, judgeChain(f));
    const bustedFor = new Map(fetched
        .filter((f) => f.target.kind === 'cache-bust')
        .map((f) => [f.target.of, f.target.url]));
    const results = [];
    for (const f of fetched) {
        if (f.target.kind === 'http-redirect') {
            const firstPage = fetched.find((p) => p.target.base === f.target.base && p.target.kind === 'page');
            const uri = firstPage ? new URL(firstPage.target.url).pathname : '/';
            const result = httpRedirectResult(policy, f, uri);
            if (result)
                results.push(result);
            continue;
        }
        const own = judged.get(f.target.url) ?? [];
        const busted = bustedFor.has(f.target.url)
            ? judged.get(bustedFor.get(f.target.url))
            : undefined;
        results.push(...hopResults(f, (hop, index) => classifyFindings(hop, own[index] ?? [], {
            deployedAt: options.deployedAt,
            bustedFindings: busted?.[index],
            now: now(),
            propagationWindowMs: options.propagationWindowMs ?? DEFAULTS.propagationWindowMs
        })));
    }
    const grades = options.urls
        .map((base) => gradeBase(base, fetched))
        .filter((g) => g !== undefined);
    const worst = (0,grade/* weakest */.hB)(grades);
    const totals = totalsOf(results);
    const requested = results.filter((r) => r.kind !== 'http-redirect');
    const unreachable = requested.length > 0 && requested.every((r) => r.status === null);
    const failedFetch = results.some((r) => r.error !== undefined && r.kind !== 'http-redirect');
    return {
        status: totals.errors > 0 || failedFetch ? 'fail' : 'pass',
        grade: worst?.grade ?? null,
        score: worst?.score ?? null,
        results,
        observatory: grades,
        totals,
        unreachable,
        startedAt: new Date(started).toISOString(),
        durationMs: now() - started
    };
}


/***/ })

};
