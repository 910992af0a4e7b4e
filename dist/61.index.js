export const id = 61;
export const ids = [61];
export const modules = {

/***/ 6061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pruneCandidates: () => (/* binding */ pruneCandidates),
/* harmony export */   pruneVersions: () => (/* binding */ pruneVersions)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3169);
/* harmony import */ var _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1696);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1626);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8098);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7510);
/* harmony import */ var _lambda_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8823);
// Optional clean-up of old versions, never in the same run as a deploy's association change:
// only versions no distribution uses are candidates, the newest `keep` of them stay, and
// "replicated function" refusals (replicas live on for hours after the last association is
// removed, facts 1.8) are reported as "try later", not as failures.







/** Every version of the function that any distribution's behaviors reference. */
function versionsInUse(summaries, functionName) {
    const used = new Set();
    for (const d of summaries) {
        const behaviors = [d.DefaultCacheBehavior, ...(d.CacheBehaviors?.Items ?? [])];
        for (const b of behaviors) {
            for (const a of b?.LambdaFunctionAssociations?.Items ?? []) {
                const arn = a.LambdaFunctionARN ?? '';
                const version = (0,_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLambdaArn */ .Kl)(arn)?.qualifier;
                if ((0,_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .isOurFunctionArn */ .Ku)(arn, functionName) && version)
                    used.add(version);
            }
        }
    }
    return used;
}
async function listAllDistributions(ctx) {
    const all = [];
    let marker;
    do {
        const out = await ctx.clients.cloudfront
            .send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_5__/* .ListDistributionsCommand */ .jPJ({ Marker: marker, MaxItems: 100 }))
            .catch((error) => {
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(error, 'Listing distributions');
        });
        all.push(...(out.DistributionList?.Items ?? []));
        marker = out.DistributionList?.IsTruncated ? out.DistributionList.NextMarker : undefined;
    } while (marker);
    return all;
}
/** Which versions to delete: unused ones beyond the newest `keep`. Pure. */
function pruneCandidates(versions, inUse, keep) {
    const numbers = versions.map((v) => v.Version ?? '').filter((v) => /^\d+$/.test(v));
    const unused = numbers.filter((v) => !inUse.has(v)).sort((a, b) => Number(b) - Number(a));
    const remove = unused.slice(keep);
    return { remove, kept: numbers.filter((v) => !remove.includes(v)) };
}
const isReplicated = (error) => /replicated function/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
async function pruneVersions(clients, functionName, keep, log) {
    if (!Number.isInteger(keep) || keep < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`prune: keep must be a whole number of versions, 0 or more (got ${keep})`);
    }
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__.awsContext)(clients, log);
    const [versions, distributions] = await Promise.all([
        (0,_lambda_js__WEBPACK_IMPORTED_MODULE_3__/* .listPublishedVersions */ .AR)(ctx, functionName),
        listAllDistributions(ctx)
    ]);
    const { remove, kept } = pruneCandidates(versions, versionsInUse(distributions, functionName), keep);
    const result = { deleted: [], deferred: [], kept };
    for (const version of remove) {
        try {
            await clients.lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_6__/* .DeleteFunctionCommand */ .Z3K({ FunctionName: functionName, Qualifier: version }));
            result.deleted.push(version);
        }
        catch (error) {
            if (!isReplicated(error))
                throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(error, `Deleting version ${version} of ${functionName}`, {
                    functionName
                });
            result.deferred.push(version);
        }
    }
    if (result.deferred.length > 0) {
        log.info(`Versions ${result.deferred.join(', ')} of ${functionName} are still replicated at the edge (that lasts hours after the last association is removed); prune again later`);
    }
    log.info(`Pruned ${functionName}: deleted ${result.deleted.length}, deferred ${result.deferred.length}, kept ${result.kept.length}`);
    return result;
}


/***/ })

};
