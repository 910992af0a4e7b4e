export const id = 749;
export const ids = [749,927];
export const modules = {

/***/ 749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cspPreviewCommand: () => (/* binding */ cspPreviewCommand),
/* harmony export */   pageUrls: () => (/* binding */ pageUrls)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _compile_package_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5883);
/* harmony import */ var _edge_runtime_preview_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(688);
/* harmony import */ var _csp_preview_browser_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3479);
/* harmony import */ var _csp_preview_preview_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2927);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4851);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2931);
/* harmony import */ var _report_csp_preview_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8617);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5217);
// `headerguard csp-preview --policy F --url U... [--json F] [--browser PATH]`: what the new CSP
// would block on the real pages. Exit 0 nothing blocked, 1 something blocked, 2 could not run.












const USAGE = 'usage: headerguard csp-preview --policy FILE --url URL [--url URL]... [--json FILE] [--browser PATH]';
function parse(args) {
    try {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: {
                policy: { type: 'string', short: 'p' },
                url: { type: 'string', multiple: true },
                json: { type: 'string' },
                browser: { type: 'string' }
            },
            strict: true
        });
        return { ...values, url: values.url ?? [] };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}\n${USAGE}`);
    }
}
/** Every --url must be a full http(s) page URL: the page is loaded at its real origin. */
function pageUrls(given) {
    return given.map((url) => {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`--url '${url}' is not a URL: give the full page address, e.g. https://www.example.com/checkout`);
        }
        if (!/^https?:$/.test(parsed.protocol)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`--url '${url}' must be an http or https page`);
        }
        return parsed.href;
    });
}
async function cspPreviewCommand(ctx) {
    const args = parse(ctx.args);
    const file = (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_8__/* .findPolicyFile */ .Oz)(ctx.cwd, args.policy);
    const loaded = await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_8__/* .loadPolicy */ .tb)(file);
    for (const d of loaded.diagnostics)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._)(ctx.stderr, (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDiagnostic */ .xy)(d));
    if ((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_10__/* .hasErrors */ .Cs)(loaded.diagnostics) || !loaded.policy) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._)(ctx.stderr, `headerguard csp-preview: ${file} has errors; nothing was previewed`);
        return _context_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.cannotRun;
    }
    const urls = pageUrls(args.url.length > 0 ? args.url : loaded.policy.verify.urls);
    if (urls.length === 0) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._)(ctx.stderr, `headerguard csp-preview: no page to load: give --url (or verify.url in the policy)\n${USAGE}`);
        return _context_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.cannotRun;
    }
    const browser = (0,_csp_preview_browser_js__WEBPACK_IMPORTED_MODULE_5__/* .findBrowser */ .Kz)(args.browser, ctx.env);
    if (!browser) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._)(ctx.stderr, `headerguard csp-preview: ${_csp_preview_browser_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_BROWSER_NOTE */ .Mm}`);
        return _context_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.cannotRun;
    }
    const edge = await (0,_edge_runtime_preview_js__WEBPACK_IMPORTED_MODULE_4__/* .openEdgePreview */ .C)((0,_compile_package_js__WEBPACK_IMPORTED_MODULE_3__/* .buildEdgePackage */ .S1)(loaded.policy).zip);
    const report = await (0,_csp_preview_preview_js__WEBPACK_IMPORTED_MODULE_6__.previewCsp)({
        edge,
        urls,
        browser,
        onPage: (url) => (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._)(ctx.stderr, `loading ${url}`)
    }).finally(() => edge.close());
    (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._)(ctx.stdout, (0,_report_csp_preview_js__WEBPACK_IMPORTED_MODULE_11__/* .renderCspPreview */ .RH)(report));
    if (args.json) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, args.json), `${JSON.stringify(report, null, 2)}\n`);
    }
    if (report.pages.some((page) => (0,_csp_preview_preview_js__WEBPACK_IMPORTED_MODULE_6__/* .blockedCount */ .yv)(page) > 0))
        return _context_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.failed;
    return report.pages.some((page) => page.error) ? _context_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.cannotRun : _context_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.ok;
}


/***/ }),

/***/ 6841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ loadPage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// One page load in the browser, at the page's real origin: every response of the site's own
// origins is paused after the browser received it, its headers rewritten (by the caller: the
// new edge function, or the catch-all policy of csp-suggest) and handed back to the browser as
// if the server had sent them. The violations the browser raises and its own complaints about
// the policies are collected as they happen.


const NAVIGATION_TIMEOUT_MS = 30_000;
const SETTLE_TIMEOUT_MS = 5_000;
const NETWORK_IDLE_MS = 300;
/** Violation events are queued tasks: give the last ones time to arrive after the page settled. */
const LAST_EVENTS_MS = 150;
/**
 * Runs in every frame before any of the page's scripts. A violation event is fired at the
 * element that caused it (the inline script, the styled element) and bubbles to the document;
 * the element's text is what the browser hashes, so it travels with the report.
 */
function listenerSource(binding) {
    return `(() => {
  const send = globalThis[${JSON.stringify(binding)}];
  if (typeof send !== 'function') return;
  delete globalThis[${JSON.stringify(binding)}];
  const inlineText = (e) => {
    const t = e.target;
    if (e.blockedURI !== 'inline' || !t || t.nodeType !== 1) return undefined;
    if (e.effectiveDirective === 'style-src-attr') return t.getAttribute('style') ?? undefined;
    if (e.effectiveDirective === 'script-src-attr') {
      const handlers = Array.from(t.attributes).filter((a) => /^on/i.test(a.name));
      return handlers.length === 1 ? handlers[0].value : undefined;
    }
    return /^(SCRIPT|STYLE)$/i.test(t.nodeName) ? t.textContent : undefined;
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    send(JSON.stringify({
      directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile,
      line: e.lineNumber, column: e.columnNumber, policy: e.originalPolicy,
      disposition: e.disposition, sample: e.sample, text: inlineText(e), frame: location.href
    }));
  }, true);
})();`;
}
function plainHeaders(entries) {
    const headers = Object.create(null);
    for (const { name, value } of entries) {
        const key = name.toLowerCase();
        // Chrome joins repeated headers with a newline; the edge sees them one by one.
        for (const part of value.split('\n'))
            (headers[key] ??= []).push(part);
    }
    return headers;
}
/** The browser already decoded the body it gives us: the fulfilled response must not say otherwise. */
const DROPPED_ON_FULFIL = new Set(['content-encoding', 'content-length', 'transfer-encoding']);
function headerEntries(headers) {
    return Object.entries(headers)
        .filter(([name]) => !DROPPED_ON_FULFIL.has(name))
        .flatMap(([name, values]) => values.map((value) => ({ name, value })));
}
async function responseBody(cdp, requestId, status) {
    // A redirect has no body the browser will read, and Chrome refuses to give one.
    if (status >= 300 && status < 400)
        return '';
    const { body, base64Encoded } = await cdp.send('Fetch.getResponseBody', { requestId });
    return base64Encoded ? body : Buffer.from(body).toString('base64');
}
function interceptor(cdp, options, problems) {
    return async (event) => {
        const { requestId } = event;
        try {
            const status = event.responseStatusCode ?? 200;
            const url = new URL(event.request.url);
            const original = { status, headers: plainHeaders(event.responseHeaders ?? []) };
            const rewritten = await options.rewrite(url, original);
            const body = rewritten.body !== undefined
                ? Buffer.from(rewritten.body).toString('base64')
                : await responseBody(cdp, requestId, status);
            await cdp.send('Fetch.fulfillRequest', {
                requestId,
                responseCode: rewritten.status,
                responseHeaders: headerEntries(rewritten.headers),
                body
            });
        }
        catch (error) {
            problems.push(`${event.request.url}: its headers could not be rewritten (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)})`);
            await cdp.send('Fetch.continueResponse', { requestId }).catch(() => undefined);
        }
    };
}
async function watch(page, options, load) {
    const cdp = await page.createCDPSession();
    const binding = `__headerguardCsp${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    cdp.on('Runtime.bindingCalled', (event) => {
        if (event.name !== binding)
            return;
        try {
            load.violations.push(JSON.parse(event.payload));
        }
        catch {
            load.problems.push('a violation report from the page could not be read');
        }
    });
    cdp.on('Log.entryAdded', ({ entry }) => {
        if (entry.source === 'security' || /Content[- ]Security[- ]Policy/i.test(entry.text)) {
            load.logs.push({ level: entry.level, text: entry.text });
        }
    });
    cdp.on('Fetch.requestPaused', (event) => void interceptor(cdp, options, load.problems)(event));
    await cdp.send('Page.enable');
    await cdp.send('Runtime.enable');
    await cdp.send('Log.enable');
    await cdp.send('Runtime.addBinding', { name: binding });
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: listenerSource(binding) });
    await cdp.send('Fetch.enable', {
        patterns: options.origins.map((origin) => ({
            urlPattern: `${origin}/*`,
            requestStage: 'Response'
        }))
    });
    return cdp;
}
/** Page-side expression (a string: this module is compiled without the DOM's types). */
const READ_LINKS = '({ links: Array.from(document.links, (a) => a.href), forms: Array.from(document.forms, (f) => f.action) })';
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Loads one page in a fresh tab, waits until it settles (bounded), and closes the tab. */
async function loadPage(browser, url, options) {
    const load = { url, violations: [], logs: [], links: [], forms: [], problems: [] };
    const page = await browser.newPage();
    try {
        await watch(page, options, load);
        const navigationTimeout = options.navigationTimeoutMs ?? NAVIGATION_TIMEOUT_MS;
        try {
            const response = await page.goto(url, { waitUntil: 'load', timeout: navigationTimeout });
            load.status = response?.status();
        }
        catch (error) {
            load.error = `the page did not load within ${navigationTimeout / 1000} s: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
            return load;
        }
        const settle = options.settleTimeoutMs ?? SETTLE_TIMEOUT_MS;
        await page
            .waitForNetworkIdle({ idleTime: NETWORK_IDLE_MS, timeout: settle })
            .catch(() => load.problems.push(`the network was still busy ${settle / 1000} s after load; later requests were not seen`));
        await pause(LAST_EVENTS_MS);
        if (options.readLinks) {
            const found = (await page.evaluate(READ_LINKS));
            load.links = found.links;
            load.forms = found.forms;
        }
        return load;
    }
    finally {
        await page.close().catch(() => undefined);
    }
}


/***/ }),

/***/ 2927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   previewCsp: () => (/* binding */ previewCsp),
/* harmony export */   yv: () => (/* binding */ blockedCount)
/* harmony export */ });
/* unused harmony exports asReportOnly, siteOrigins */
/* harmony import */ var _headers_csp_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6416);
/* harmony import */ var _browser_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3479);
/* harmony import */ var _page_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6841);
/* harmony import */ var _violations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(279);




const CSP = 'content-security-policy';
const CSP_REPORT_ONLY = 'content-security-policy-report-only';
function newHeaders() {
    return Object.create(null);
}
/** The edge's result with every enforced CSP turned into a report-only one (remembered). */
function asReportOnly(headers, enforced) {
    const out = newHeaders();
    for (const [name, values] of Object.entries(headers)) {
        const target = name === CSP ? CSP_REPORT_ONLY : name;
        if (name === CSP)
            values.forEach((value) => enforced.add(value));
        out[target] = [...(out[target] ?? []), ...values];
    }
    return out;
}
function edgeRewrite(edge, state) {
    return async (url, response) => {
        const result = await edge.apply(url.pathname, response);
        if (result.rejected) {
            state.problems.push(`${url.pathname}: CloudFront would reject the new edge function's result and answer ${result.status} (${result.rejected})`);
            return { ...result, body: `<!doctype html><title>${result.status}</title>` };
        }
        return { status: result.status, headers: asReportOnly(result.headers, state.enforced) };
    };
}
/** A policy the preview cannot show in report-only form, said on the page it matters for. */
function upgradeNote(url, enforced) {
    const upgrades = [...enforced].some((policy) => (0,_headers_csp_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCsp */ .WV)(policy).some((d) => d.name === 'upgrade-insecure-requests'));
    return upgrades && url.startsWith('http:')
        ? [
            'upgrade-insecure-requests is not applied in report-only form: on this http page the enforced policy would fetch every http subresource over https'
        ]
        : [];
}
async function previewPage(running, url, origins, input) {
    const state = { enforced: new Set(), problems: [] };
    const load = await (0,_page_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPage */ .w)(running.browser, url, {
        origins,
        rewrite: edgeRewrite(input.edge, state),
        ...input.timeouts
    });
    return {
        url,
        ...(load.status !== undefined ? { status: load.status } : {}),
        violations: (0,_violations_js__WEBPACK_IMPORTED_MODULE_3__/* .summarizeViolations */ .Ai)(load.violations, url, state.enforced),
        policyWarnings: (0,_violations_js__WEBPACK_IMPORTED_MODULE_3__/* .policyWarnings */ .aF)(load.logs, state.enforced.size > 0),
        problems: [...state.problems, ...load.problems, ...upgradeNote(url, state.enforced)],
        ...(load.error ? { error: load.error } : {})
    };
}
/** The site's own origins: their responses are the ones the distribution (and the edge) serves. */
function siteOrigins(urls) {
    return [...new Set(urls.map((url) => new URL(url).origin))];
}
async function previewCsp(input) {
    const origins = siteOrigins(input.urls);
    const run = async (running) => {
        const pages = [];
        for (const url of input.urls) {
            input.onPage?.(url);
            pages.push(await previewPage(running, url, origins, input));
        }
        return { browser: running.name, pages };
    };
    return 'path' in input.browser ? (0,_browser_js__WEBPACK_IMPORTED_MODULE_1__/* .withBrowser */ .Ds)(input.browser, run) : run(input.browser);
}
/** Violations the new configuration would enforce: the page would lose these resources. */
function blockedCount(page) {
    return page.violations.filter((v) => v.enforced).length;
}


/***/ }),

/***/ 279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ summarizeViolations),
/* harmony export */   Lo: () => (/* binding */ urlSource),
/* harmony export */   aF: () => (/* binding */ policyWarnings),
/* harmony export */   cB: () => (/* binding */ hashSource),
/* harmony export */   t6: () => (/* binding */ baseDirective)
/* harmony export */ });
/* unused harmony exports checkedDirective, suggestionFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _headers_csp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6416);
// From the browser's raw violation events to the report: one entry per distinct blocked thing,
// counted, with the directive the fix goes into and a one-line fix. Pure functions.


/** `'sha256-…'` of the exact text, the source expression that allows one inline block. */
function hashSource(text) {
    return `'sha256-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('base64')}'`;
}
/** CSP Level 3 §6.8.3 "Get the effective directive" fallback lists: where a check looks, in order. */
const FALLBACKS = {
    'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
    'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
    'script-src': ['script-src', 'default-src'],
    'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
    'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
    'style-src': ['style-src', 'default-src'],
    'worker-src': ['worker-src', 'child-src', 'script-src', 'default-src'],
    'frame-src': ['frame-src', 'child-src', 'default-src'],
    'child-src': ['child-src', 'default-src']
};
/** The family a directive's sources are usually written in: script-src-elem → script-src. */
function baseDirective(directive) {
    return directive.replace(/-(elem|attr)$/, '');
}
/** The directive of `policy` the browser checked for `effective` (the one the fix goes into). */
function checkedDirective(effective, policy) {
    const directives = (0,_headers_csp_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsp */ .WV)(policy);
    const chain = FALLBACKS[effective] ?? [
        effective,
        ...(effective.endsWith('-src') ? ['default-src'] : [])
    ];
    for (const name of chain) {
        const found = directives.find((d) => d.name === name);
        if (found)
            return found;
    }
    return { name: effective, values: [] };
}
function originOf(url) {
    try {
        const parsed = new URL(url);
        return parsed.origin === 'null' ? undefined : parsed.origin;
    }
    catch {
        return undefined;
    }
}
/** The source expression that allows a blocked URL on a page: `'self'`, `data:`, an origin. */
function urlSource(blocked, page) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(blocked)?.[1]?.toLowerCase();
    if (scheme && !['http', 'https', 'ws', 'wss'].includes(scheme))
        return `${scheme}:`;
    const origin = originOf(blocked);
    if (!origin)
        return blocked;
    return origin === originOf(page) ? "'self'" : origin;
}
/** What to add, and where: the target directive, or a new one when only default-src applied. */
function addTo(effective, policy, sources) {
    const checked = checkedDirective(effective, policy);
    if (checked.name === 'default-src' && effective !== 'default-src') {
        const base = baseDirective(effective);
        return `add ${base} ${[...checked.values, sources].join(' ')} (it now falls back to default-src)`;
    }
    return `add ${sources} to ${checked.name}`;
}
function suggestionFor(raw, page, hash) {
    const { directive, blocked, policy } = raw;
    if (blocked === 'inline') {
        const attribute = directive.endsWith('-attr');
        if (hash) {
            return attribute
                ? `${addTo(directive, policy, `'unsafe-hashes' ${hash}`)}, or move the ${directive.startsWith('style') ? 'style attribute into a stylesheet' : 'event handler into a script file'}`
                : addTo(directive, policy, hash);
        }
        return `move this inline ${directive.startsWith('style') ? 'style' : 'script'} into a file, or give it a nonce`;
    }
    if (blocked === 'eval') {
        return `stop using eval()/new Function()/string timers here, or ${addTo(directive, policy, "'unsafe-eval'")} (weakens the policy)`;
    }
    if (blocked === 'wasm-eval')
        return addTo(directive, policy, "'wasm-unsafe-eval'");
    if (blocked.startsWith('trusted-types')) {
        return 'create the Trusted Types policy this code needs and name it in trusted-types, or relax require-trusted-types-for';
    }
    return addTo(directive, policy, urlSource(blocked, page));
}
const normalise = (policy) => policy.trim().replace(/\s+/g, ' ');
/**
 * One entry per distinct (directive, blocked, source, line, policy kind), counted. `enforced`
 * names the policies the new configuration enforces (served report-only for the preview).
 */
function summarizeViolations(raws, page, enforced) {
    const enforcedTexts = new Set([...enforced].map(normalise));
    const byKey = new Map();
    for (const raw of raws) {
        const isEnforced = raw.disposition === 'enforce' || enforcedTexts.has(normalise(raw.policy));
        const hash = raw.blocked === 'inline' && typeof raw.text === 'string' ? hashSource(raw.text) : undefined;
        const key = JSON.stringify([
            raw.directive,
            raw.blocked,
            raw.source,
            raw.line,
            raw.column,
            hash,
            isEnforced
        ]);
        const seen = byKey.get(key);
        if (seen) {
            seen.count += 1;
            continue;
        }
        byKey.set(key, {
            directive: raw.directive,
            blocked: raw.blocked,
            ...(raw.source ? { source: raw.source } : {}),
            ...(raw.line ? { line: raw.line } : {}),
            count: 1,
            suggestion: suggestionFor(raw, page, hash),
            enforced: isEnforced,
            ...(hash ? { hash } : {})
        });
    }
    return [...byKey.values()];
}
/** Chrome's messages that repeat a violation we already have from its event. */
const VIOLATION_MESSAGE = /violates the following Content Security Policy directive/i;
const IGNORED_NOTE = /Note that '[^']+' is ignored [^.]*\./;
/** Messages caused only by serving an enforced policy as report-only for the preview. */
const INDUCED_BY_REPORT_ONLY = [
    /is ignored when delivered in a report-only policy/i,
    /delivered in report-only mode, but does not specify a 'report-uri'/i
];
/**
 * The browser's own complaints about the policies (unknown directive, ignored source...), once
 * each. When `converted` is true, the complaints that only exist because the preview served an
 * enforced policy as report-only are dropped.
 */
function policyWarnings(logs, converted) {
    const warnings = new Set();
    for (const { text } of logs) {
        // A violation's message may carry a remark on the policy itself: keep that part.
        const note = IGNORED_NOTE.exec(text)?.[0];
        if (note)
            warnings.add(note);
        if (VIOLATION_MESSAGE.test(text))
            continue;
        if (!/Content[- ]Security[- ]Policy|CSP|directive/i.test(text))
            continue;
        if (converted && INDUCED_BY_REPORT_ONLY.some((pattern) => pattern.test(text)))
            continue;
        warnings.add(text.trim());
    }
    return [...warnings];
}


/***/ })

};
