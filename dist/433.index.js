export const id = 433;
export const ids = [433];
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

/***/ 97814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _associations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26257);
/* harmony import */ var _cloudfront_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38329);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37510);
/* harmony import */ var _settle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13434);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23228);
// Rollback: put back what a deploy wrote (also a failed deploy's partial outcome), with the
// same per-distribution path as the deploy (write, Deployed, invalidation).






/** `to` of rolledBack: the one restored ARN, or a short per-behavior summary. */
function restoredSummary(restored) {
    const arns = [...new Set(restored.map((r) => r.arn ?? _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_ASSOCIATION */ .I))];
    if (arns.length === 1)
        return arns[0] || 'no origin-response association';
    const each = restored.map((r) => `${r.distributionId} '${r.behavior}' → ${r.arn ?? 'none'}`);
    return each.length <= 3
        ? `per behavior: ${each.join('; ')}`
        : `per behavior: ${arns.length} different associations on ${restored.length} behaviors`;
}
/** A deploy's rows wrote this; a rollback restores it. Outcomes without state: `changed`. */
function isRestorable(a) {
    return a.state === undefined ? a.changed : a.state === 'written';
}
/**
 * Puts back what a deploy wrote (also a failed deploy's partial outcome: only its `written`
 * behaviors): each gets its previous ARN again (or loses our association when it had none),
 * then Deployed and invalidation as in deploy. A behavior someone else has changed since is
 * left alone, with a warning. The result's rows say what is associated now.
 */
async function rollback(clients, outcome, settings, log, reason, options = {}) {
    if (outcome.mode !== 'deploy')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('Only a deploy can be rolled back; this outcome is a plan');
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__.awsContext)(clients, log, options);
    return log.group('Rollback: restoring the previous associations', async () => {
        const toRestore = outcome.associations.filter(isRestorable);
        const sink = {
            steps: [`Rolling back: ${reason}`],
            associations: [],
            distributions: []
        };
        /** Behaviors found running someone else's ARN instead of ours, by key. */
        const foreign = new Map();
        const ids = [...new Set(toRestore.map((a) => a.distributionId))];
        const result = () => {
            const done = new Map(sink.associations.map((a) => [(0,_settle_js__WEBPACK_IMPORTED_MODULE_4__/* .keyOf */ .T)(a), a]));
            const restored = [];
            const associations = outcome.associations.map((a) => {
                const key = (0,_settle_js__WEBPACK_IMPORTED_MODULE_4__/* .keyOf */ .T)(a);
                const record = done.get(key);
                if (record?.state === 'written') {
                    const arn = record.newArn || undefined;
                    restored.push({ distributionId: a.distributionId, behavior: a.behavior, arn });
                    return { ...a, newArn: record.newArn, changed: false, state: 'restored' };
                }
                const current = record?.state === 'overwritten' ? record.newArn : foreign.get(key);
                if (record?.state === 'overwritten' || foreign.has(key))
                    return { ...a, newArn: current ?? _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_ASSOCIATION */ .I, changed: false, state: 'overwritten' };
                return a;
            });
            const to = restored.length > 0 ? restoredSummary(restored) : undefined;
            const steps = [...sink.steps];
            if (toRestore.length === 0)
                steps.push('Nothing to roll back: no association was written');
            else if (!to)
                steps.push('Nothing rolled back: no written association could be restored');
            else
                steps.push(`Rolled back to ${to}`);
            const redeployed = new Map(sink.distributions.map((d) => [d.id, d]));
            return {
                ...outcome,
                associations,
                distributions: outcome.distributions.map((d) => redeployed.get(d.id) ?? d),
                ...(to ? { rolledBack: { to, reason, restored } } : {}),
                steps: [...outcome.steps, ...steps]
            };
        };
        const previous = (id, behavior) => toRestore.find((a) => a.distributionId === id && a.behavior === behavior)?.previousArn;
        try {
            await (0,_settle_js__WEBPACK_IMPORTED_MODULE_4__/* .settleAll */ .j)(ids.map(async (id) => {
                const mine = toRestore.filter((a) => a.distributionId === id);
                const planner = (config) => mine.flatMap((a) => {
                    const current = (0,_associations_js__WEBPACK_IMPORTED_MODULE_1__/* .originResponseArn */ .Zj)((0,_associations_js__WEBPACK_IMPORTED_MODULE_1__/* .behaviorAt */ .Ac)(config, a.behavior));
                    if (current !== a.newArn) {
                        foreign.set((0,_settle_js__WEBPACK_IMPORTED_MODULE_4__/* .keyOf */ .T)(a), current);
                        log.warning(`Rollback: ${id} behavior '${a.behavior}' now runs ${current ?? 'nothing'}, not ${a.newArn}; left as it is`);
                        return [];
                    }
                    foreign.delete((0,_settle_js__WEBPACK_IMPORTED_MODULE_4__/* .keyOf */ .T)(a));
                    return [
                        {
                            distributionId: id,
                            behavior: a.behavior,
                            previousArn: current,
                            newArn: a.previousArn ?? _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_ASSOCIATION */ .I,
                            changed: true
                        }
                    ];
                });
                const wanted = (changes) => (0,_associations_js__WEBPACK_IMPORTED_MODULE_1__/* .wantedFrom */ .Qg)(changes, (c) => previous(id, c.behavior));
                await (0,_cloudfront_js__WEBPACK_IMPORTED_MODULE_2__.applyToDistribution)(ctx, settings, await (0,_cloudfront_js__WEBPACK_IMPORTED_MODULE_2__.readDistributionConfig)(ctx, id), planner, wanted, sink);
            }));
        }
        catch (error) {
            // What was restored before the failure still counts; the rest still runs the deploy's.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployFailedError */ .P2(error, result());
        }
        const rolled = result();
        for (const step of rolled.steps.slice(outcome.steps.length))
            log.info(step);
        return rolled;
    });
}


/***/ }),

/***/ 13434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ keyOf),
/* harmony export */   j: () => (/* binding */ settleAll)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _cloudfront_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38329);
// What deploy and rollback share: running per-distribution work to the end and merging the
// failures into one error, and the key that names one behavior of one distribution.


const keyOf = (a) => `${a.distributionId}\u0000${a.behavior}`;
/**
 * Runs every task to the end; then throws the one failure, or all of them as a FailuresError. A
 * distribution stopped because another failed is only mentioned when nothing else failed.
 */
async function settleAll(tasks) {
    const settled = (await Promise.allSettled(tasks)).flatMap((r) => r.status === 'rejected' ? [r.reason] : []);
    const real = settled.filter((e) => !(e instanceof _cloudfront_js__WEBPACK_IMPORTED_MODULE_1__.StoppedError));
    const failures = real.length > 0 ? real : settled;
    if (failures.length === 0)
        return;
    if (failures.length === 1)
        throw failures[0];
    // Each failure stays itself: the pipeline judges them all (slow or failed), not the first.
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FailuresError */ .eQ(failures);
}


/***/ })

};
