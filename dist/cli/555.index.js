export const id = 555;
export const ids = [555];
export const modules = {

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ groupFailures),
/* harmony export */   PJ: () => (/* binding */ resultFailed),
/* harmony export */   dn: () => (/* binding */ splitAbsentRemovals)
/* harmony export */ });
/* unused harmony exports failures, missingHeaders */
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

/***/ 555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zu: () => (/* binding */ renderOutcome),
  B1: () => (/* binding */ renderReport),
  Jk: () => (/* binding */ renderReportBrief),
  C8: () => (/* binding */ renderResult),
  gM: () => (/* binding */ renderVerdict)
});

// UNUSED EXPORTS: renderHeaderDiff, renderResultBrief, resultFailed

// EXTERNAL MODULE: ./src/report/findings.ts
var findings = __webpack_require__(9334);
;// CONCATENATED MODULE: ./src/report/diff-rows.ts
const isRemoval = (change) => change.action === 'remove';
/**
 * Distinct header names, each once: a name the preset removes on the top level and on every
 * `paths` entry is one header, not one per path set. A name removed only on some path sets
 * says which (`x-debug (paths /api/*)`).
 */
function distinctRemovals(changes) {
    const byName = new Map();
    for (const change of changes.filter(isRemoval)) {
        const entry = byName.get(change.name) ?? { topLevel: false, paths: [] };
        if (change.path === undefined)
            entry.topLevel = true;
        else if (!entry.paths.includes(change.path))
            entry.paths.push(change.path);
        byName.set(change.name, entry);
    }
    return [...byName].map(([name, where]) => where.topLevel ? name : `${name} (paths ${where.paths.join(', ')})`);
}
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
        removalsAdded: distinctRemovals(diff.added),
        removalsDropped: distinctRemovals(diff.removed)
    };
}

;// CONCATENATED MODULE: ./src/report/now-after.ts
/** The after-merge side of a URL failed, which the now side shows how. */
const failing = (verdict) => verdict !== 'pass';
/** What the merge changes over every URL of a plan's report; undefined when no URL has a now side. */
function mergeEffect(report) {
    const findings = (report?.results ?? []).flatMap((r) => r.findings);
    if (!findings.some((f) => f.now))
        return undefined;
    const sets = {
        fixes: new Set(),
        changes: new Set(),
        breaks: new Set(),
        staysWrong: new Set()
    };
    for (const f of findings) {
        if (!f.now)
            continue;
        const nowFails = failing(f.now.verdict);
        const afterFails = failing(f.verdict);
        if (afterFails)
            (nowFails ? sets.staysWrong : sets.breaks).add(f.header);
        else if (nowFails)
            (f.now.actual === null || f.kind === 'remove' ? sets.fixes : sets.changes).add(f.header);
        else if (f.now.actual !== f.actual)
            sets.changes.add(f.header);
    }
    // A header that fails anywhere is not also counted as fixed or changed elsewhere.
    for (const name of [...sets.staysWrong, ...sets.breaks]) {
        sets.fixes.delete(name);
        sets.changes.delete(name);
    }
    for (const name of sets.fixes)
        sets.changes.delete(name);
    const sorted = (set) => [...set].sort();
    return {
        fixes: sorted(sets.fixes),
        changes: sorted(sets.changes),
        breaks: sorted(sets.breaks),
        staysWrong: sorted(sets.staysWrong)
    };
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "fixes 2 headers, changes 1" — the parts that are not zero, or "changes nothing". */
function describeMergeEffect(effect) {
    const parts = [];
    if (effect.staysWrong.length)
        parts.push(`${plural(effect.staysWrong.length, 'header')} stay${effect.staysWrong.length === 1 ? 's' : ''} wrong (${effect.staysWrong.join(', ')})`);
    if (effect.breaks.length)
        parts.push(`breaks ${plural(effect.breaks.length, 'header')} (${effect.breaks.join(', ')})`);
    if (effect.fixes.length)
        parts.push(`fixes ${plural(effect.fixes.length, 'header')}`);
    if (effect.changes.length)
        parts.push(`changes ${parts.length > 0 && effect.fixes.length ? effect.changes.length : plural(effect.changes.length, 'header')}`);
    return parts.length ? parts.join(', ') : 'changes no header the site serves';
}

;// CONCATENATED MODULE: ./src/report/outcome-words.ts
/** `v3` for a versioned ARN, else the ARN; `none` for no association. */
function versionLabel(arn) {
    if (!arn)
        return 'none';
    const version = /:(\d+)$/.exec(arn)?.[1];
    return version ? `v${version}` : arn;
}
/** What one behavior has associated at the end of the run, and why, in words. */
function associationNow(a, outcome) {
    const now = versionLabel(a.newArn);
    const reason = outcome.rolledBack?.reason;
    switch (a.state) {
        case 'restored':
            return `restored ${now}${reason ? ` because ${reason}` : ''}`;
        case 'failed':
            return `still ${now}: its update failed`;
        case 'not-attempted':
            return `still ${now}: left alone after another distribution failed`;
        case 'overwritten':
            return `${now}: someone else changed it after this run wrote it`;
        case 'written':
            return `${now} (was ${versionLabel(a.previousArn)})`;
        default:
            return a.changed
                ? `${outcome.mode === 'plan' ? 'would become' : 'now'} ${now} (was ${versionLabel(a.previousArn)})`
                : `${now}, unchanged`;
    }
}

;// CONCATENATED MODULE: ./src/report/root-cause.ts

const TLS = /certificate|self[- ]signed|\bTLS\b|\bSSL\b|UNABLE_TO_VERIFY|ERR_TLS|EPROTO|handshake/i;
const root_cause_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function xCache(result) {
    return result.cache?.xCache ?? '';
}
/** A 502/503 CloudFront gives when it cannot use the function's result (or the function failed). */
function edgeFailure(result) {
    if (result.status !== 502 && result.status !== 503)
        return undefined;
    const marker = `${result.edgeRejection ?? ''} ${xCache(result)}`;
    if (result.edgeRejection !== undefined && result.status === 502)
        return 'edge-rejected';
    if (/LambdaValidationError/i.test(marker))
        return 'edge-rejected';
    if (/LambdaExecutionError|LambdaLimitExceeded|Lambda/i.test(marker) || result.edgeRejection)
        return 'edge-error';
    return undefined;
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
/** The one cause of every failing URL, when there is one; undefined when findings differ. */
function rootCause(input) {
    const v = input.verify;
    if (!v)
        return undefined;
    const failing = v.results.filter(findings/* resultFailed */.PJ);
    if (failing.length === 0)
        return undefined;
    const urls = failing.map((r) => r.url);
    const rejected = failing.filter((r) => edgeFailure(r) === 'edge-rejected');
    if (rejected.length === failing.length) {
        const reason = rejected.find((r) => r.edgeRejection)?.edgeRejection;
        const after = input.mode === 'plan' ? 'would answer' : 'answers';
        return {
            kind: 'edge-rejected',
            cause: `CloudFront ${after} 502 (LambdaValidationError) on ${root_cause_plural(rejected.length, 'URL')}: Lambda@Edge rejects the function's response${reason ? ` — ${reason}` : ''}`,
            fix: 'Lambda@Edge refuses a response whose headers pass 20,480 bytes or that sets a read-only or forbidden header: drop or shorten the headers named above (or those the origin already sends large), then run again',
            urls
        };
    }
    const errored = failing.filter((r) => edgeFailure(r) !== undefined);
    if (errored.length === failing.length) {
        const reason = errored.find((r) => r.edgeRejection)?.edgeRejection;
        return {
            kind: 'edge-error',
            cause: `CloudFront answers ${errored[0]?.status} (${xCache(errored[0]) || 'the edge function failed'}) on ${root_cause_plural(errored.length, 'URL')}${reason ? `: ${reason}` : ''}`,
            fix: 'the edge function threw or timed out: look at its CloudWatch logs in the region of the edge location (log group /aws/lambda/us-east-1.<function>), then run again',
            urls
        };
    }
    const inProgress = input.outcome?.distributions.filter((d) => d.status !== 'Deployed') ?? [];
    if (inProgress.length > 0) {
        return {
            kind: 'not-deployed',
            cause: `distribution ${inProgress.map((d) => `${d.id} is ${d.status}`).join(', ')}: the edge may still serve the previous version`,
            fix: 'wait until the distribution is Deployed (raise wait-timeout) and run again; the findings below may be propagation',
            urls
        };
    }
    const unanswered = failing.filter((r) => r.status === null && r.error !== undefined);
    if (unanswered.length === failing.length) {
        const tls = unanswered.filter((r) => TLS.test(r.error ?? ''));
        const hosts = [...new Set(unanswered.map((r) => hostOf(r.url)))].join(', ');
        if (tls.length === unanswered.length) {
            return {
                kind: 'tls',
                cause: `TLS failure at ${hosts}: ${tls[0]?.error}`,
                fix: 'the certificate must be valid for the host and chain to a trusted root (an alternate domain name needs its certificate in ACM us-east-1); for a private CA, set NODE_EXTRA_CA_CERTS',
                urls
            };
        }
        return {
            kind: 'unreachable',
            cause: `${hosts} did not answer: ${unanswered[0]?.error}`,
            fix: 'check the URL (url input, verify.url) and that the site is reachable from the runner, then run again',
            urls
        };
    }
    const origin = failing.filter((r) => r.status !== null && r.status >= 500);
    if (origin.length === failing.length) {
        return {
            kind: 'origin-error',
            cause: `the site answers ${[...new Set(origin.map((r) => r.status))].join('/')} on ${root_cause_plural(origin.length, 'URL')}: the headers of an error page say nothing about the policy`,
            fix: 'bring the origin back (or fix the path in verify.paths), then run again',
            urls
        };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/headers/csp.ts
var csp = __webpack_require__(6416);
// EXTERNAL MODULE: ./src/headers/structured-fields.ts
var structured_fields = __webpack_require__(6105);
;// CONCATENATED MODULE: ./src/report/value-diff.ts
// Directive-level differences of the headers that are lists of directives: Content-Security-
// Policy (directive → sources) and Permissions-Policy (feature → allowlist). Two 400-character
// values that differ in one source read as one line each per directive that changed:
// `script-src: + https://plausible.io`, `frame-ancestors: 'none' → 'self' https://partner`.


const CSP_HEADERS = new Set(['content-security-policy', 'content-security-policy-report-only']);
/** Quoted keywords and schemes are case-insensitive; hosts, nonces and hashes are compared as written. */
function cspSourceKey(source) {
    return /^'(?!nonce-|sha256-|sha384-|sha512-)[^']*'$/i.test(source) ||
        /^[a-z][a-z0-9+.-]*:$/i.test(source)
        ? source.toLowerCase()
        : source;
}
function cspDirectives(value) {
    return new Map((0,csp/* parseCsp */.WV)(value).map((d) => [d.name, d.values]));
}
function sfItem(item) {
    if (item.kind === 'string')
        return `"${item.value}"`;
    if (item.kind === 'boolean')
        return item.value ? '?1' : '?0';
    if (item.kind === 'bytes')
        return `:${item.value}:`;
    return String(item.value);
}
function permissionsDirectives(value) {
    try {
        return new Map((0,structured_fields/* parseSfDictionary */.R)(value).map((m) => [
            m.key,
            'list' in m.value
                ? m.value.list.length === 0
                    ? ['()']
                    : m.value.list.map((i) => sfItem(i.item))
                : [sfItem(m.value.item)]
        ]));
    }
    catch {
        return undefined;
    }
}
/** The header's value as directive → values, or undefined for a header that has no directives. */
function directivesOf(header, value) {
    if (CSP_HEADERS.has(header))
        return cspDirectives(value);
    if (header === 'permissions-policy')
        return permissionsDirectives(value);
    return undefined;
}
/** Whether the header is compared by directive. */
function hasDirectives(header) {
    return CSP_HEADERS.has(header) || header === 'permissions-policy';
}
/**
 * What changed between two values of a directive-list header, directive by directive (in the
 * order of the new value, then the removed ones); undefined when the header has no directives
 * or a value does not parse. Empty when they mean the same.
 */
function directiveDiff(header, before, after) {
    const old = directivesOf(header, before ?? '');
    const next = directivesOf(header, after ?? '');
    if (!old || !next)
        return undefined;
    const key = CSP_HEADERS.has(header) ? cspSourceKey : (v) => v;
    const sameSet = (a, b) => {
        const left = new Set(a.map(key));
        const right = new Set(b.map(key));
        return left.size === right.size && [...left].every((v) => right.has(v));
    };
    const changes = [];
    for (const [directive, values] of next) {
        const was = old.get(directive);
        if (!was)
            changes.push({ directive, kind: 'added', before: [], after: values });
        else if (!sameSet(was, values))
            changes.push({ directive, kind: 'changed', before: was, after: values });
    }
    for (const [directive, values] of old) {
        if (!next.has(directive))
            changes.push({ directive, kind: 'removed', before: values, after: [] });
    }
    return changes;
}
/**
 * One line per change: `+ upgrade-insecure-requests`, `- report-uri /r`, `script-src: + https://a`,
 * `script-src: - 'unsafe-inline'`, or `frame-ancestors: 'none' → 'self' https://partner` when
 * sources were both added and removed.
 */
function describeDirectiveChange(change, header = '') {
    const list = (values) => values.join(' ');
    const sep = header === 'permissions-policy' ? '=' : ' ';
    if (change.kind === 'added')
        return `+ ${change.directive}${change.after.length ? `${sep}${list(change.after)}` : ''}`;
    if (change.kind === 'removed')
        return `- ${change.directive}${change.before.length ? `${sep}${list(change.before)}` : ''}`;
    const key = CSP_HEADERS.has(header) ? cspSourceKey : (v) => v;
    const had = new Set(change.before.map(key));
    const has = new Set(change.after.map(key));
    const added = change.after.filter((v) => !had.has(key(v)));
    const removed = change.before.filter((v) => !has.has(key(v)));
    if (added.length > 0 && removed.length === 0)
        return `${change.directive}: + ${list(added)}`;
    if (removed.length > 0 && added.length === 0)
        return `${change.directive}: - ${list(removed)}`;
    return `${change.directive}: ${list(change.before) || '(none)'} → ${list(change.after) || '(none)'}`;
}
/** The lines of a directive-level diff, or undefined when the header is not compared by directive. */
function directiveDiffLines(header, before, after) {
    if (!before || !after)
        return undefined;
    const changes = directiveDiff(header, before, after);
    return changes?.map((c) => describeDirectiveChange(c, header));
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
function head(result) {
    const cache = result.cache?.xCache
        ? `, ${cell(result.cache.xCache, 40)}${result.cache.age !== undefined ? ` age ${result.cache.age}` : ''}`
        : '';
    const redirect = result.redirectTo ? ` -> ${cell(result.redirectTo, 100)}` : '';
    const now = result.nowStatus !== undefined && result.nowStatus !== result.status
        ? ` (now ${result.nowStatus})`
        : '';
    return `${cell(result.url, 120)}  ${result.status ?? 'no answer'}${now} (${result.kind}${cache})${redirect}`;
}
/** The lines under a failing finding: why, and for a CSP or Permissions-Policy what changes by directive. */
function failureLines(f) {
    const line = f.policyLine !== null ? ` (policy line ${f.policyLine})` : '';
    const lines = [`    ${f.header}: ${cell(f.message, 300)}${line}`];
    if (f.now)
        lines.push(`      now ${cell(f.now.actual, 100)}  after merge ${cell(f.actual, 100)}`);
    else if (f.actual !== null)
        lines.push(`      expected ${cell(f.expected, 100)}  actual ${cell(f.actual, 100)}`);
    return lines;
}
function directiveLines(f) {
    const lines = f.now ? directiveDiffLines(f.header, f.now.actual, f.actual) : undefined;
    return (lines ?? []).map((l) => `      ${f.header} ${cell(l, 160)}`);
}
/** The full table of one URL (every check), as `--verbose` and the demo show it. */
function renderResult(result) {
    const lines = [head(result)];
    // Dozens of removed-and-absent headers (the OWASP list) say one thing: count them.
    const { shown, absentRemovals } = (0,findings/* splitAbsentRemovals */.dn)(result.findings);
    const plan = shown.some((f) => f.now);
    if (shown.length > 0) {
        const rows = [
            plan
                ? ['  header', 'now', 'after merge', 'verdict']
                : ['  header', 'expected', 'actual', 'verdict'],
            ...shown.map((f) => [
                `  ${cell(f.header, 40)}`,
                plan ? cell(f.now?.actual ?? null, 48) : cell(f.expected, 48),
                cell(f.actual, 48),
                MARK[f.verdict]
            ])
        ];
        lines.push(textTable(rows));
        for (const f of shown) {
            if (f.verdict !== 'pass')
                lines.push(...failureLines(f).slice(0, 1));
            lines.push(...directiveLines(f));
        }
    }
    if (absentRemovals.length > 0) {
        lines.push(`  ${absentRemovals.length} header(s) the policy removes: absent  pass`);
    }
    if (result.error)
        lines.push(`  error: ${cell(result.error, 300)}`);
    return lines.join('\n');
}
/** One line for a URL, then one block per failing check. */
function renderResultBrief(result, explained = false) {
    const failed = result.findings.filter((f) => f.verdict !== 'pass');
    const verdict = result.error
        ? `error: ${cell(result.error, 200)}`
        : failed.length > 0
            ? `${failed.length} of ${result.findings.length} checks FAILED`
            : `${result.findings.length} checks pass`;
    const lines = [`${head(result)}: ${verdict}`];
    if (explained)
        return lines[0];
    for (const f of failed)
        lines.push(...failureLines(f), ...directiveLines(f));
    return lines.join('\n');
}
function gradeText(report) {
    return report.grade !== null
        ? `grade ${report.grade} (${report.score}, MDN HTTP Observatory v6 scoring of the headers; not the verdict)`
        : 'grade n/a';
}
/** The verdict line, and the root cause with its fix when there is one. */
function renderVerdict(report, mode, cause = rootCause({ verify: report, mode })) {
    const t = report.totals;
    const status = report.status === 'pass' ? 'PASS' : 'FAIL';
    const effect = mode === 'plan' ? mergeEffect(report) : undefined;
    const counts = `${t.pass} pass, ${t.errors} error(s), ${t.warnings} warning(s) over ${report.results.length} URL(s)`;
    const lines = [
        effect
            ? `${status}: after this merge ${report.status === 'pass' ? 'the site will serve the policy: ' : ''}${describeMergeEffect(effect)}; ${counts}; ${gradeText(report)}`
            : `${status}: ${counts}; ${gradeText(report)}`
    ];
    if (cause)
        lines.unshift(`root cause: ${cell(cause.cause, 400)}`, `fix: ${cause.fix}`);
    return lines.join('\n');
}
/** Every URL's full table and the verdict (`--verbose`). */
function renderReport(report, mode = 'check') {
    return [...report.results.map(renderResult), renderVerdict(report, mode)].join('\n\n');
}
/** One line per URL and the failures; a root cause replaces the findings it explains. */
function renderReportBrief(report, mode) {
    const cause = rootCause({ verify: report, mode });
    const explained = new Set(cause?.urls ?? []);
    const lines = report.results.map((r) => renderResultBrief(r, explained.has(r.url)));
    return [lines.join('\n'), renderVerdict(report, mode, cause)].join('\n\n');
}
function renderOutcome(outcome, verbosity = 'verbose') {
    const verb = outcome.mode === 'plan' ? 'would' : '';
    const lines = [
        `${outcome.mode}: ${outcome.functionArn} (version ${outcome.version}${outcome.codeChanged ? `, new code${verb ? ' would be published' : ' published'}` : ', code unchanged'})`
    ];
    for (const a of outcome.associations) {
        lines.push(`  ${a.distributionId} behavior ${a.behavior}: ${associationNow(a, outcome)}`);
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
        lines.push(...renderHeaderDiff(diff, verbosity === 'verbose'));
    if (outcome.rolledBack)
        lines.push(`  rolled back to ${outcome.rolledBack.to} because ${outcome.rolledBack.reason}`);
    return lines.join('\n');
}
/**
 * Value changes one per line (a CSP or Permissions-Policy one per changed directive); removal
 * lists counted by distinct header, their names only when `listRemovals`.
 */
function renderHeaderDiff(diff, listRemovals = true) {
    const folded = foldHeaderDiff(diff);
    const sign = { added: '+', changed: '~', removed: '-' };
    const lines = folded.values.flatMap((c) => {
        const where = c.path ? ` (paths ${cell(c.path, 40)})` : '';
        const directives = c.kind === 'changed' ? directiveDiffLines(c.name, c.before, c.after) : undefined;
        if (directives && directives.length > 0) {
            return [`  ~ ${c.name}${where}:`, ...directives.map((d) => `      ${cell(d, 160)}`)];
        }
        const value = c.kind === 'changed'
            ? `${cell(c.before ?? '', 60)} -> ${cell(c.after ?? '', 60)}`
            : cell((c.kind === 'added' ? c.after : c.before) ?? '', 100);
        return [`  ${sign[c.kind]} ${c.name}: ${value}${where}`];
    });
    const names = (list) => listRemovals ? `: ${cell(list.join(', '), 2000)}` : ' (--verbose lists them)';
    if (folded.removalsAdded.length) {
        lines.push(`  + removes ${folded.removalsAdded.length} header(s)${names(folded.removalsAdded)}`);
    }
    if (folded.removalsDropped.length) {
        lines.push(`  - no longer removes ${folded.removalsDropped.length} header(s)${names(folded.removalsDropped)}`);
    }
    return lines;
}



/***/ })

};
