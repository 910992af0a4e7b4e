export const id = 510;
export const ids = [510];
export const modules = {

/***/ 37510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsContext: () => (/* binding */ awsContext)
/* harmony export */ });
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70191);

function awsContext(clients, log, options = {}) {
    return {
        clients,
        log,
        clock: {
            sleep: options.sleep ?? _timing_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .dQ.sleep,
            now: options.now ?? _timing_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .dQ.now,
            random: options.random ?? _timing_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .dQ.random
        }
    };
}


/***/ }),

/***/ 70191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   dQ: () => (/* binding */ realClock),
/* harmony export */   g3: () => (/* binding */ pollUntil)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Waiting and retrying with injectable time, so tests run instantly and production waits are
// bounded, jittered and visible in the log.

const realClock = {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    random: () => Math.random()
};
/** Full-jitter exponential backoff: a random delay up to base·2^(n-1), capped. */
function backoffDelay(attempt, options, clock) {
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(clock.random() * ceiling);
}
async function retry(fn, options, clock, log) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (!options.retryable(error))
                throw error;
            log.info(`${options.what}: attempt ${attempt} of ${options.attempts} failed: ${(options.describe ?? _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            if (attempt >= options.attempts)
                throw options.exhausted(error, attempt);
            await clock.sleep(backoffDelay(attempt, options, clock));
        }
    }
}
/**
 * Checks at once, then every intervalMs until the check is done or timeoutMs has passed (the
 * last check happens at the deadline). Throws WaitTimeoutError on time-out.
 */
async function pollUntil(check, options, clock) {
    const start = clock.now();
    let lastStatus = 'unknown';
    for (;;) {
        try {
            const result = await check();
            if (result.done)
                return { value: result.value, elapsedMs: clock.now() - start };
            lastStatus = result.status;
        }
        catch (error) {
            if (!options.transient?.(error))
                throw error;
            lastStatus = `error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`;
        }
        const elapsedMs = clock.now() - start;
        options.progress?.(lastStatus, elapsedMs);
        if (elapsedMs >= options.timeoutMs) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WaitTimeoutError */ .Do(options.timeoutMessage(lastStatus, elapsedMs));
        }
        await clock.sleep(Math.min(options.intervalMs, options.timeoutMs - elapsedMs));
    }
}
function seconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}


/***/ })

};
