export const id = 264;
export const ids = [264];
export const modules = {

/***/ 8279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ makeOriginResponseEvent)
/* harmony export */ });
/* unused harmony export toCloudFrontHeaders */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
// The Lambda@Edge origin-response event, typed after the CloudFront Developer Guide,
// "Lambda@Edge event structure" (docs/aws-facts.md §6), and a builder for
// real-shaped events so tests and the emulator feed the function what CloudFront would.


/**
 * A CloudFront header map from wire-cased headers: lowercase map keys, the original casing
 * in `key`, one entry per instance in the order given.
 */
function toCloudFrontHeaders(input) {
    const headers = {};
    const pairs = Array.isArray(input)
        ? input
        : Object.entries(input ?? {}).flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => [key, v]));
    for (const [key, value] of pairs) {
        const name = key.toLowerCase();
        const entries = headers[name] ?? (headers[name] = []);
        entries.push({ key, value });
    }
    return headers;
}
/** A 56-character request id in the alphabet CloudFront uses (base64url plus `==`). */
function makeRequestId() {
    return `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(40).toString('base64url').slice(0, 54)}==`;
}
/** A complete origin-response event, shaped exactly like the one Lambda@Edge receives. */
function makeOriginResponseEvent(init) {
    const domainName = init.domainName ?? 'd111111abcdef8.cloudfront.net';
    const originDomainName = init.originDomainName ?? 'example.org';
    const status = String(init.status);
    const requestHeaders = toCloudFrontHeaders(init.requestHeaders ?? [
        ['Host', originDomainName],
        ['User-Agent', 'Amazon CloudFront'],
        ['Via', `2.0 ${domainName.split('.')[0] ?? 'd111111abcdef8'}.cloudfront.net (CloudFront)`],
        ['X-Forwarded-For', init.clientIp ?? '203.0.113.178']
    ]);
    const origin = init.originType === 's3'
        ? {
            s3: {
                authMethod: 'none',
                customHeaders: {},
                domainName: originDomainName,
                path: '',
                region: 'us-east-1'
            }
        }
        : {
            custom: {
                customHeaders: {},
                domainName: originDomainName,
                keepaliveTimeout: 5,
                path: '',
                port: 443,
                protocol: 'https',
                readTimeout: 30,
                sslProtocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2']
            }
        };
    return {
        Records: [
            {
                cf: {
                    config: {
                        distributionDomainName: domainName,
                        distributionId: init.distributionId ?? 'EDFDVBD6EXAMPLE',
                        eventType: 'origin-response',
                        requestId: init.requestId ?? makeRequestId()
                    },
                    request: {
                        clientIp: init.clientIp ?? '203.0.113.178',
                        method: init.method ?? 'GET',
                        querystring: init.querystring ?? '',
                        uri: init.uri,
                        headers: requestHeaders,
                        origin
                    },
                    response: {
                        status,
                        statusDescription: init.statusDescription ?? node_http__WEBPACK_IMPORTED_MODULE_1__.STATUS_CODES[Number(status)] ?? '',
                        headers: toCloudFrontHeaders(init.headers)
                    }
                }
            }
        ]
    };
}


/***/ }),

/***/ 3379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ validateOriginResponseResult)
/* harmony export */ });
/* harmony import */ var _headers_edge_restrictions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8109);
// What Lambda@Edge checks on an origin-response function's result before CloudFront uses it.
// Any problem found here is, at CloudFront, a 502 "The Lambda function result failed
// validation". Sources: CloudFront Developer Guide, "Restrictions on all edge functions",
// "Restrictions on Lambda@Edge", "Updating HTTP responses in origin-response triggers"
// (status 200-599), "Lambda@Edge event structure" (header map shape), CloudFront quotas
// (20,480-byte origin response headers); see docs/aws-facts.md §3-§6.

const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;
const FORBIDDEN_IN_VALUE = /[\r\n\0]/;
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function checkStatus(status) {
    if (typeof status !== 'string' && typeof status !== 'number') {
        return [`status must be a string or a number, got ${status === null ? 'null' : typeof status}`];
    }
    const text = String(status);
    const code = Number(text);
    if (!/^\d{3}$/.test(text) || code < 200 || code > 599) {
        return [`status ${JSON.stringify(status)} is not an HTTP status between 200 and 599`];
    }
    return [];
}
/** Shape problems of one header map entry; returns the bytes it adds to the header block. */
function checkHeader(name, entries, problems) {
    if (name !== name.toLowerCase())
        problems.push(`header map key '${name}' must be lowercase`);
    if (!TOKEN.test(name))
        problems.push(`header name ${JSON.stringify(name)} is not a valid HTTP token`);
    if (!Array.isArray(entries)) {
        problems.push(`headers['${name}'] must be an array of {key, value} entries`);
        return 0;
    }
    let bytes = 0;
    entries.forEach((entry, i) => {
        const where = `headers['${name}'][${i}]`;
        if (!isRecord(entry)) {
            problems.push(`${where} must be an object with a string value`);
            return;
        }
        const { key, value } = entry;
        if (key !== undefined) {
            if (typeof key !== 'string')
                problems.push(`${where}.key must be a string`);
            else if (key.toLowerCase() !== name) {
                problems.push(`${where}.key '${key}' does not match its map key '${name}' (the map key must be the lowercase key)`);
            }
        }
        if (typeof value !== 'string') {
            problems.push(`${where}.value must be a string, got ${value === null ? 'null' : typeof value}`);
            return;
        }
        if (FORBIDDEN_IN_VALUE.test(value))
            problems.push(`${where}.value contains CR, LF or NUL`);
        bytes +=
            Buffer.byteLength(typeof key === 'string' ? key : name) + 2 + Buffer.byteLength(value) + 2;
    });
    return bytes;
}
function entriesSignature(entries) {
    return JSON.stringify(Array.isArray(entries) ? entries.map((e) => (isRecord(e) ? [e.key, e.value] : e)) : entries);
}
/** Disallowed and read-only headers must come back exactly as they went in (or stay absent). */
function checkRestricted(before, after, problems) {
    const names = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const name of names) {
        const restriction = (0,_headers_edge_restrictions_js__WEBPACK_IMPORTED_MODULE_0__/* .edgeRestriction */ .we)(name);
        if (!restriction)
            continue;
        const had = Object.hasOwn(before, name);
        const has = Object.hasOwn(after, name);
        if (!had && has)
            problems.push(`the function added the ${restriction} header '${name}'`);
        else if (had && !has)
            problems.push(`the function removed the ${restriction} header '${name}'`);
        else if (had && has && entriesSignature(before[name]) !== entriesSignature(after[name])) {
            problems.push(`the function changed the ${restriction} header '${name}'`);
        }
    }
}
/** Lambda returns the result as JSON, in which a member set to undefined does not exist. */
function presentHeaders(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([, entries]) => entries !== undefined));
}
/**
 * The reasons Lambda@Edge would reject `after`, the value an origin-response function returned
 * for the origin's response `before`; an empty list means CloudFront would use it.
 */
function validateOriginResponseResult(before, after) {
    if (!isRecord(after))
        return ['the function did not return a response object'];
    const problems = checkStatus(after.status);
    if (after.statusDescription !== undefined && typeof after.statusDescription !== 'string') {
        problems.push('statusDescription must be a string');
    }
    const headers = isRecord(after.headers) ? presentHeaders(after.headers) : after.headers;
    if (!isRecord(headers)) {
        problems.push('response.headers must be an object mapping lowercase names to arrays of {key, value}');
        return problems;
    }
    let bytes = 0;
    for (const [name, entries] of Object.entries(headers))
        bytes += checkHeader(name, entries, problems);
    if (bytes > _headers_edge_restrictions_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RESPONSE_HEADER_BYTES */ .n_) {
        problems.push(`the response headers take ${bytes} bytes; CloudFront allows ${_headers_edge_restrictions_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RESPONSE_HEADER_BYTES */ .n_}`);
    }
    checkRestricted(before.headers, headers, problems);
    return problems;
}


/***/ }),

/***/ 6380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TW: () => (/* binding */ openEdgeZip)
/* harmony export */ });
/* unused harmony exports EdgeZipError, importEdgeHandler */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1306);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3916);
// The one way to ask "what would the edge do": load the handler out of a built edge.zip (never
// from the source tree) and invoke it with an origin-response event. Tests, the emulator's data
// plane and the bench all go through here, so they all exercise the bytes Lambda would run.










/** The zip is not a loadable Lambda package (bad entry names, no handler file). */
class EdgeZipError extends _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .HeaderguardError */ .hs {
}
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MEMORY_MB = 128;
/** Split Lambda's `file.export` handler setting and find the module the way Node.js runtimes do. */
function locateHandler(names, handler) {
    const dot = handler.lastIndexOf('.');
    if (dot <= 0 || dot === handler.length - 1) {
        throw new EdgeZipError(`handler '${handler}' must look like 'index.handler' (module file, then export name)`);
    }
    const base = handler.slice(0, dot);
    const file = ['.mjs', '.js', '.cjs'].map((ext) => base + ext).find((f) => names.includes(f));
    if (!file) {
        throw new EdgeZipError(`the zip has no ${base}.mjs, ${base}.js or ${base}.cjs for handler '${handler}' (entries: ${names.join(', ')})`);
    }
    return { file, exportName: handler.slice(dot + 1) };
}
/** Entry names that would escape the extraction directory are refused, not sanitised. */
function checkEntryName(name) {
    const parts = name.split('/');
    if (name.startsWith('/') ||
        name.includes('\\') ||
        name.includes('\0') ||
        parts.includes('..') ||
        parts.includes('.')) {
        throw new EdgeZipError(`zip entry '${name}' has an unsafe path; a Lambda package holds relative paths only`);
    }
}
/**
 * Extract once per distinct zip into a content-addressed directory: the same bytes always map
 * to the same module URL, so re-opening a zip reuses its warm module like a warm Lambda does.
 */
async function extract(zip, handler) {
    let files;
    try {
        files = (0,fflate__WEBPACK_IMPORTED_MODULE_9__/* .unzipSync */ .AO)(zip);
    }
    catch (error) {
        throw new EdgeZipError(`not a readable zip: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`, { cause: error });
    }
    const names = Object.keys(files).filter((n) => !n.endsWith('/'));
    names.forEach(checkEntryName);
    const { file, exportName } = locateHandler(names, handler);
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(zip).digest('hex');
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'headerguard-edge');
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, digest);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, file))) {
        // Write beside, then rename: parallel test workers may extract the same zip at once.
        const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, `${digest}.${process.pid}.${Math.random().toString(36).slice(2)}`);
        for (const name of names) {
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, name);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(target, files[name]);
        }
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, dir);
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, file)))
                throw error;
        }
    }
    return { url: (0,node_url__WEBPACK_IMPORTED_MODULE_6__.pathToFileURL)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, file)).href, exportName };
}
let freshInstances = 0;
async function importLoaded(loaded, fresh) {
    const url = fresh ? `${loaded.url}?instance=${++freshInstances}` : loaded.url;
    const start = node_perf_hooks__WEBPACK_IMPORTED_MODULE_5__.performance.now();
    // webpackIgnore: the ncc bundle must leave this a real import() of the extracted file.
    const mod = (await import(/* webpackIgnore: true */ url));
    const initMs = node_perf_hooks__WEBPACK_IMPORTED_MODULE_5__.performance.now() - start;
    const handler = mod[loaded.exportName];
    if (typeof handler !== 'function') {
        throw new Error(`the handler module does not export a function named '${loaded.exportName}'`);
    }
    return { handler: handler, initMs, exports: mod };
}
/**
 * The handler function of a zip, imported into this process, and how long its module took to
 * load and initialise. `fresh` forces a new module instance (a cold start); the bench uses it.
 */
async function importEdgeHandler(zip, options = {}) {
    const loaded = await extract(zip, options.handler ?? 'index.handler');
    return importLoaded(loaded, options.fresh ?? false);
}
/** Lambda sends the result back as JSON; doing the same here drops what would not survive. */
function toResponse(result) {
    if (result === null || typeof result !== 'object') {
        return {
            error: `the function returned ${result === null ? 'null' : typeof result}, not a response object`
        };
    }
    try {
        return { response: JSON.parse(JSON.stringify(result)) };
    }
    catch (error) {
        return { error: `the function's result is not JSON-serialisable: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}` };
    }
}
function inProcess(handler, timeoutMs) {
    return {
        async invoke(event) {
            const input = structuredClone(event);
            const start = node_perf_hooks__WEBPACK_IMPORTED_MODULE_5__.performance.now();
            let timer;
            const timeout = new Promise((resolve) => {
                timer = setTimeout(() => resolve('timeout'), timeoutMs);
            });
            try {
                const result = await Promise.race([Promise.resolve().then(() => handler(input)), timeout]);
                const durationMs = node_perf_hooks__WEBPACK_IMPORTED_MODULE_5__.performance.now() - start;
                if (result === 'timeout') {
                    return {
                        error: `the function timed out after ${timeoutMs} ms`,
                        timedOut: true,
                        durationMs
                    };
                }
                return { ...toResponse(result), timedOut: false, durationMs };
            }
            catch (error) {
                return {
                    error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error),
                    timedOut: false,
                    durationMs: node_perf_hooks__WEBPACK_IMPORTED_MODULE_5__.performance.now() - start
                };
            }
            finally {
                clearTimeout(timer);
            }
        },
        async close() { }
    };
}
// Runs inside the worker (CommonJS, evaluated from this string so the ncc bundle needs no
// extra file). It answers each {id, event} with {id, json} or {id, error}.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
let loading
function load() {
  if (!loading) {
    loading = import(workerData.url).then((mod) => {
      const handler = mod[workerData.exportName]
      if (typeof handler !== 'function') throw new Error("the handler module does not export a function named '" + workerData.exportName + "'")
      return handler
    })
  }
  return loading
}
parentPort.on('message', async ({ id, event }) => {
  try {
    const handler = await load()
    // The timeout counts the invocation only, as Lambda's does: loading the module is the init.
    parentPort.postMessage({ id, started: true })
    const result = await handler(event)
    if (result === null || typeof result !== 'object') {
      parentPort.postMessage({ id, error: 'the function returned ' + (result === null ? 'null' : typeof result) + ', not a response object' })
      return
    }
    parentPort.postMessage({ id, json: JSON.stringify(result) })
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? String(error.message) : String(error) })
  }
})
`;
/** Lambda's limit on a function's init phase (loading the module), separate from the timeout. */
const INIT_TIMEOUT_MS = 10_000;
class IsolatedFunction {
    loaded;
    timeoutMs;
    memoryMb;
    worker;
    queue = Promise.resolve();
    nextId = 0;
    closed = false;
    constructor(loaded, timeoutMs, memoryMb) {
        this.loaded = loaded;
        this.timeoutMs = timeoutMs;
        this.memoryMb = memoryMb;
    }
    // One invocation at a time, as one Lambda execution environment does.
    invoke(event) {
        const run = this.queue.then(() => this.run(event));
        this.queue = run.catch(() => undefined);
        return run;
    }
    async close() {
        this.closed = true;
        await this.kill();
    }
    spawn() {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_7__.Worker(WORKER_SOURCE, {
            eval: true,
            workerData: this.loaded,
            resourceLimits: { maxOldGenerationSizeMb: this.memoryMb }
        });
        // An idle function must not keep the caller's process alive; a pending call's timer does.
        worker.unref();
        this.worker = worker;
        return worker;
    }
    async kill() {
        const worker = this.worker;
        this.worker = undefined;
        if (worker)
            await worker.terminate();
    }
    run(event) {
        if (this.closed) {
            return Promise.resolve({ error: 'the function was closed', timedOut: false, durationMs: 0 });
        }
        const worker = this.worker ?? this.spawn();
        const id = ++this.nextId;
        const start = node_perf_hooks__WEBPACK_IMPORTED_MODULE_5__.performance.now();
        return new Promise((resolve) => {
            const finish = (outcome) => {
                clearTimeout(timer);
                worker.off('message', onMessage);
                worker.off('error', onError);
                worker.off('exit', onExit);
                resolve({
                    ...outcome,
                    timedOut: outcome.timedOut ?? false,
                    durationMs: node_perf_hooks__WEBPACK_IMPORTED_MODULE_5__.performance.now() - start
                });
            };
            const onMessage = (reply) => {
                if (reply.id !== id)
                    return;
                if (reply.started) {
                    clearTimeout(timer);
                    timer = setTimeout(timeOut, this.timeoutMs);
                    return;
                }
                if (reply.json !== undefined)
                    finish(toResponse(JSON.parse(reply.json)));
                else
                    finish({ error: reply.error ?? 'the function failed without a message' });
            };
            const onError = (error) => {
                if (this.worker === worker)
                    this.worker = undefined;
                void worker.terminate();
                finish({ error: `the function crashed: ${error.message}` });
            };
            const onExit = (code) => {
                if (this.worker === worker)
                    this.worker = undefined;
                finish({ error: `the function's runtime exited with code ${code}` });
            };
            const kill = (error, timedOut) => {
                // A runaway function is killed; the next invocation starts a fresh one (a cold start).
                worker.off('exit', onExit);
                if (this.worker === worker)
                    this.worker = undefined;
                void worker.terminate();
                finish({ error, timedOut });
            };
            const timeOut = () => kill(`the function timed out after ${this.timeoutMs} ms`, true);
            let timer = setTimeout(() => kill(`the function's init did not finish within ${INIT_TIMEOUT_MS} ms`, false), INIT_TIMEOUT_MS);
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.on('exit', onExit);
            worker.postMessage({ id, event });
        });
    }
}
/** Open a built edge.zip for invocation. Throws EdgeZipError only when the zip is not loadable. */
async function openEdgeZip(zip, options = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const handlerSetting = options.handler ?? 'index.handler';
    if (options.isolated) {
        const loaded = await extract(zip, handlerSetting);
        return new IsolatedFunction(loaded, timeoutMs, options.memoryMb ?? DEFAULT_MEMORY_MB);
    }
    const loaded = await extract(zip, handlerSetting);
    try {
        return inProcess((await importLoaded(loaded, false)).handler, timeoutMs);
    }
    catch (error) {
        // A module that fails to initialise is the function's failure: report it per invocation.
        const message = `the function failed to initialise: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`;
        return {
            invoke: async () => ({ error: message, timedOut: false, durationMs: 0 }),
            close: async () => undefined
        };
    }
}


/***/ })

};
