export const id = 650;
export const ids = [650];
export const modules = {

/***/ 9650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n6: () => (/* reexport */ defaultState),
  sJ: () => (/* binding */ startEmulator)
});

// UNUSED EXPORTS: ACCOUNT_ID, DEFAULT_DELAYS, DEFAULT_DISTRIBUTION_ID, DEFAULT_ROLE_ARN, passthroughZip

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 25 modules
var XMLParser = __webpack_require__(7196);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js + 4 modules
var json2xml = __webpack_require__(925);
;// CONCATENATED MODULE: ./src/emulator/xml.ts
// An order-preserving, generic XML tree (fast-xml-parser's `preserveOrder` form). The
// emulator keeps each DistributionConfig exactly as the client sent it and reads only the
// few elements it needs, so every field round-trips, including ones it does not model.

const ATTRS = ':@';
const TEXT = '#text';
const parser = new XMLParser/* default */.A({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    // Numeric character references (`&#x0A;`, which the SDK writes for a newline) are decoded
    // like any XML parser does, so a value does not change on every round trip.
    htmlEntities: true,
    ignoreDeclaration: true
});
const builder = new json2xml/* default */.A({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    suppressEmptyNode: false,
    processEntities: true
});
class XmlSyntaxError extends Error {
}
/** Parses a document; whitespace-only text between elements is dropped. */
function parseXml(text) {
    let nodes;
    try {
        nodes = parser.parse(text, true);
    }
    catch (error) {
        throw new XmlSyntaxError(error instanceof Error ? error.message : String(error));
    }
    return dropLayoutWhitespace(nodes);
}
function dropLayoutWhitespace(nodes) {
    const hasElements = nodes.some((node) => tagOf(node) !== undefined);
    const kept = hasElements
        ? nodes.filter((node) => !(TEXT in node && String(node[TEXT]).trim() === ''))
        : nodes;
    for (const node of kept) {
        const tag = tagOf(node);
        if (tag !== undefined)
            node[tag] = dropLayoutWhitespace(childrenOf(node));
    }
    return kept;
}
function buildXml(nodes) {
    return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(nodes)}`;
}
/** The element's tag, or undefined for a text node. */
function tagOf(node) {
    return Object.keys(node).find((key) => key !== ATTRS && key !== TEXT);
}
function childrenOf(node) {
    if (!node)
        return [];
    const tag = tagOf(node);
    return tag === undefined ? [] : node[tag];
}
function childElements(node, name) {
    return childrenOf(node).filter((child) => {
        const tag = tagOf(child);
        return tag !== undefined && (name === undefined || tag === name);
    });
}
/** The first descendant along a path of tag names. */
function findPath(node, ...path) {
    let current = node;
    for (const name of path) {
        current = childElements(current, name)[0];
        if (!current)
            return undefined;
    }
    return current;
}
/** The concatenated text content of an element ('' when empty). */
function textOf(node) {
    return childrenOf(node)
        .filter((child) => TEXT in child)
        .map((child) => String(child[TEXT]))
        .join('');
}
function textAt(node, ...path) {
    const found = findPath(node, ...path);
    return found ? textOf(found) : undefined;
}
function xml_element(tag, children = [], attributes) {
    const node = { [tag]: children };
    if (attributes) {
        node[ATTRS] = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`@_${k}`, v]));
    }
    return node;
}
function textElement(tag, value) {
    return xml_element(tag, [{ [TEXT]: String(value) }]);
}
/** Replaces the element's children with a single text node. */
function setText(node, value) {
    const tag = tagOf(node);
    if (tag !== undefined)
        node[tag] = [{ [TEXT]: value }];
}
/** A deep copy (the trees are plain JSON). */
function cloneNodes(nodes) {
    return structuredClone(nodes);
}

;// CONCATENATED MODULE: ./src/emulator/api-error.ts
// AWS-shaped errors. Each service has its own wire format for them, and the SDK picks the
// exception class from the error code it finds there, so tests can assert `error.name`.


/** An error the emulated service answers with. */
class ApiError extends Error {
    code;
    status;
    extra;
    constructor(code, status, message, 
    /** Extra fields for JSON (Lambda) error bodies, e.g. `Reason`. */
    extra = {}) {
        super(message);
        this.code = code;
        this.status = status;
        this.extra = extra;
        this.name = code;
    }
}
/**
 * CloudFront and IAM (REST-XML and query): `<ErrorResponse><Error><Type>Sender</Type>
 * <Code>…</Code><Message>…</Message></Error><RequestId>…</RequestId></ErrorResponse>`.
 */
function xmlErrorResponse(error, namespace = 'http://cloudfront.amazonaws.com/doc/2020-05-31/', requestId = (0,external_node_crypto_.randomUUID)()) {
    const type = error.status >= 500 ? 'Receiver' : 'Sender';
    const body = buildXml([
        xml_element('ErrorResponse', [
            xml_element('Error', [
                textElement('Type', type),
                textElement('Code', error.code),
                textElement('Message', error.message)
            ]),
            textElement('RequestId', requestId)
        ], { xmlns: namespace })
    ]);
    return {
        status: error.status,
        headers: {
            'content-type': 'text/xml',
            'x-amzn-requestid': requestId,
            'x-amzn-errortype': error.code
        },
        body
    };
}
/** Lambda (REST-JSON): `x-amzn-ErrorType: Code` and `{"Type":"User","message":"…"}`. */
function jsonErrorResponse(error, requestId = (0,external_node_crypto_.randomUUID)()) {
    const type = error.status >= 500 ? 'Service' : 'User';
    return {
        status: error.status,
        headers: {
            'content-type': 'application/json',
            'x-amzn-requestid': requestId,
            'x-amzn-errortype': error.code
        },
        body: JSON.stringify({ Type: type, message: error.message, ...error.extra })
    };
}

;// CONCATENATED MODULE: ./src/emulator/edge-config.ts
// What the edge needs from a DistributionConfig, read out of the generic XML tree. Only these
// fields drive the emulated edge; everything else is stored and returned verbatim.

/**
 * TTLs of the managed cache policies we know ("Use managed cache policies", CloudFront
 * Developer Guide); any other policy id is taken as min 0 / default 1 day / max 1 year.
 */
const MANAGED_CACHE_POLICIES = {
    '658327ea-f89d-4fab-a63d-7e88639e58f6': { min: 1, def: 86400, max: 31536000, qs: false }, // CachingOptimized
    '4135ea2d-6df8-44a3-9df3-4b5a84be39ad': { min: 0, def: 0, max: 0, qs: false }, // CachingDisabled
    'b2884449-e4de-46a7-ac36-70bc7f1ddd6d': { min: 1, def: 86400, max: 31536000, qs: false } // CachingOptimizedForUncompressedObjects
};
function numberAt(node, fallback, ...path) {
    const text = textAt(node, ...path);
    const value = text === undefined || text === '' ? NaN : Number(text);
    return Number.isFinite(value) ? value : fallback;
}
/** The `Items` children of a `{Quantity, Items}` wrapper. */
function itemsOf(wrapper) {
    return childElements(findPath(wrapper, 'Items'));
}
function readOrigin(node) {
    const custom = findPath(node, 'CustomOriginConfig');
    const policy = textAt(custom, 'OriginProtocolPolicy');
    return {
        id: textAt(node, 'Id') ?? '',
        domainName: textAt(node, 'DomainName') ?? '',
        originPath: textAt(node, 'OriginPath') ?? '',
        kind: custom ? 'custom' : 's3',
        httpPort: numberAt(custom, 80, 'HTTPPort'),
        httpsPort: numberAt(custom, 443, 'HTTPSPort'),
        protocolPolicy: policy === 'http-only' || policy === 'https-only' || policy === 'match-viewer'
            ? policy
            : 'https-only',
        readTimeoutSeconds: numberAt(custom, 30, 'OriginReadTimeout'),
        customHeaders: itemsOf(findPath(node, 'CustomHeaders')).map((header) => [
            textAt(header, 'HeaderName') ?? '',
            textAt(header, 'HeaderValue') ?? ''
        ])
    };
}
function lambdaAssociationsOf(behavior) {
    return itemsOf(findPath(behavior, 'LambdaFunctionAssociations')).map((item) => ({
        eventType: textAt(item, 'EventType') ?? '',
        arn: textAt(item, 'LambdaFunctionARN') ?? '',
        includeBody: textAt(item, 'IncludeBody') === 'true'
    }));
}
function readBehavior(node, isDefault) {
    const policyId = textAt(node, 'CachePolicyId');
    const managed = policyId ? MANAGED_CACHE_POLICIES[policyId] : undefined;
    const legacy = findPath(node, 'ForwardedValues') !== undefined;
    const viewerPolicy = textAt(node, 'ViewerProtocolPolicy');
    return {
        pathPattern: isDefault ? undefined : (textAt(node, 'PathPattern') ?? ''),
        targetOriginId: textAt(node, 'TargetOriginId') ?? '',
        viewerProtocolPolicy: viewerPolicy === 'redirect-to-https' || viewerPolicy === 'https-only'
            ? viewerPolicy
            : 'allow-all',
        allowedMethods: itemsOf(findPath(node, 'AllowedMethods')).map((m) => textOf(m)),
        minTtl: legacy ? numberAt(node, 0, 'MinTTL') : (managed?.min ?? 0),
        defaultTtl: legacy ? numberAt(node, 86400, 'DefaultTTL') : (managed?.def ?? 86400),
        maxTtl: legacy ? numberAt(node, 31536000, 'MaxTTL') : (managed?.max ?? 31536000),
        forwardQueryString: legacy
            ? textAt(node, 'ForwardedValues', 'QueryString') === 'true'
            : (managed?.qs ?? false),
        lambdaAssociations: lambdaAssociationsOf(node)
    };
}
/** Reads a `<DistributionConfig>` element. */
function readEdgeConfig(config) {
    const originGroups = {};
    for (const group of itemsOf(findPath(config, 'OriginGroups'))) {
        const members = itemsOf(findPath(group, 'Members')).map((m) => textAt(m, 'OriginId') ?? '');
        originGroups[textAt(group, 'Id') ?? ''] = members;
    }
    const defaultBehavior = findPath(config, 'DefaultCacheBehavior');
    return {
        enabled: textAt(config, 'Enabled') !== 'false',
        defaultRootObject: textAt(config, 'DefaultRootObject') ?? '',
        origins: itemsOf(findPath(config, 'Origins')).map(readOrigin),
        originGroups,
        behaviors: [
            ...itemsOf(findPath(config, 'CacheBehaviors')).map((node) => readBehavior(node, false)),
            ...(defaultBehavior ? [readBehavior(defaultBehavior, true)] : [])
        ]
    };
}
/** `*` for the default behavior, else its path pattern: how the project names behaviors. */
function behaviorName(behavior) {
    return behavior.pathPattern ?? '*';
}
/** The origin-response ARN of each behavior, by behavior name. */
function originResponseArns(config) {
    return Object.fromEntries(config.behaviors.map((b) => [
        behaviorName(b),
        b.lambdaAssociations.find((a) => a.eventType === 'origin-response')?.arn
    ]));
}

;// CONCATENATED MODULE: ./src/emulator/faults.ts
const SERVICES = ['cloudfront', 'lambda', 'iam'];
const req = (name, type) => ({ name, type, required: true });
const opt = (name, type) => ({ name, type, required: false });
const FAULT_KINDS = [
    {
        kind: 'throttle',
        effect: 'The next `count` calls (of `service`, or of one `operation`) fail with the service’s throttling error.',
        fields: [req('count', 'count'), opt('service', SERVICES), opt('operation', 'string')],
        example: { kind: 'throttle', service: 'cloudfront', count: 3 }
    },
    {
        kind: 'concurrent-write',
        effect: 'Another writer updates the distribution before each of our next `count` UpdateDistribution calls → `PreconditionFailed` (it changes the ETag, and the Comment when `comment` is given).',
        fields: [req('distributionId', 'string'), req('count', 'count'), opt('comment', 'string')],
        example: { kind: 'concurrent-write', distributionId: 'EDFDVBD6EXAMPLE', count: 1 }
    },
    {
        kind: 'stuck-deployment',
        effect: 'The deployment in progress, or else the next one, never reaches `Deployed`; the change after it (a rollback) deploys normally.',
        fields: [req('distributionId', 'string')],
        example: { kind: 'stuck-deployment', distributionId: 'EDFDVBD6EXAMPLE' }
    },
    {
        kind: 'fail-function-update',
        effect: 'The function’s next UpdateFunctionCode ends with `LastUpdateStatus: Failed` (and `reason`), the old code kept.',
        fields: [req('functionName', 'string'), opt('reason', 'string')],
        example: { kind: 'fail-function-update', functionName: 'site-headers' }
    },
    {
        kind: 'origin-down',
        effect: 'The distribution’s origins refuse connections (`down: true`: the viewer answers 502) or work again (`down: false`).',
        fields: [req('distributionId', 'string'), req('down', 'boolean')],
        example: { kind: 'origin-down', distributionId: 'EDFDVBD6EXAMPLE', down: true }
    }
];
/** A fault the emulator refuses (HTTP 400 from the admin API, a start error from a state file). */
class FaultError extends Error {
    name = 'FaultError';
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function typeProblem(type, value) {
    if (Array.isArray(type))
        return typeof value === 'string' && type.includes(value)
            ? undefined
            : `one of ${type.join(', ')}`;
    if (type === 'count')
        return Number.isInteger(value) && value >= 1 ? undefined : 'a whole number ≥ 1';
    return typeof value === type ? undefined : `a ${type}`;
}
const fieldList = (fields) => fields.length === 0 ? 'none' : fields.map((f) => f.name).join(', ');
/**
 * Checks a fault against the table: known kind, every required field present, each field of
 * its type, no unknown field (a typo would otherwise be a fault that silently does nothing).
 * `where` prefixes the message (e.g. `faults[2]`).
 */
function checkFault(value, where = 'fault') {
    const known = FAULT_KINDS.map((k) => k.kind).join(', ');
    if (!isRecord(value))
        throw new FaultError(`${where}: expected a JSON object such as ${JSON.stringify(FAULT_KINDS[0]?.example)}`);
    if (value.kind === undefined)
        throw new FaultError(`${where}: missing required field 'kind' (one of ${known})`);
    const spec = FAULT_KINDS.find((k) => k.kind === value.kind);
    if (!spec)
        throw new FaultError(`${where}: unknown kind ${JSON.stringify(value.kind)} (one of ${known})`);
    const label = `${where} (${spec.kind})`;
    for (const field of spec.fields) {
        if (field.required && value[field.name] === undefined) {
            const required = spec.fields.filter((f) => f.required);
            throw new FaultError(`${label}: missing required field '${field.name}' (required: ${fieldList(required)}); e.g. ${JSON.stringify(spec.example)}`);
        }
    }
    for (const [name, fieldValue] of Object.entries(value)) {
        if (name === 'kind')
            continue;
        const field = spec.fields.find((f) => f.name === name);
        if (!field)
            throw new FaultError(`${label}: unknown field '${name}' (fields of ${spec.kind}: ${fieldList(spec.fields)})`);
        const problem = typeProblem(field.type, fieldValue);
        if (problem)
            throw new FaultError(`${label}: field '${name}' must be ${problem}`);
    }
    return { ...value };
}
function fieldCell(fields) {
    if (fields.length === 0)
        return '—';
    return fields
        .map((f) => {
        const type = Array.isArray(f.type)
            ? f.type.join(' \\| ')
            : f.type === 'count'
                ? 'number ≥ 1'
                : f.type;
        return `\`${f.name}\` (${type})`;
    })
        .join(', ');
}
/** The README's fault table and one copyable curl line per kind (regenerated, tested equal). */
function renderFaultDocs(port = 4580) {
    const rows = FAULT_KINDS.map((k) => `| \`${k.kind}\` | ${fieldCell(k.fields.filter((f) => f.required))} | ${fieldCell(k.fields.filter((f) => !f.required))} | ${k.effect} |`);
    const curls = FAULT_KINDS.map((k) => `curl -sS -X POST http://127.0.0.1:${port}/__emulator/faults -d '${JSON.stringify(k.example)}'`);
    return [
        '| kind | required fields | optional fields | effect |',
        '|---|---|---|---|',
        ...rows,
        '',
        '```sh',
        ...curls,
        `curl -sS http://127.0.0.1:${port}/__emulator/faults             # list the active faults`,
        `curl -sS -X DELETE http://127.0.0.1:${port}/__emulator/faults   # clear them all`,
        '```'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/emulator/store.ts
// The emulator's in-memory world: distributions, functions, roles, faults, delays and the
// record of API calls. Asynchronous transitions (InProgress -> Deployed, Pending -> Active,
// update InProgress -> Successful) are computed from timestamps when state is read, so no
// timers run and a changed delay applies from the next transition on.



const ACCOUNT_ID = '123456789012';
const REGION = 'us-east-1';
const DEFAULT_DELAYS = {
    deployMs: 2000,
    functionCreateMs: 500,
    functionUpdateMs: 500,
    invalidationMs: 1000
};
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** A CloudFront-style identifier: a letter prefix and upper-case alphanumerics (e.g. E2QWRUHEXAMPLE). */
function cloudFrontId(prefix, length = 13) {
    const bytes = (0,external_node_crypto_.randomBytes)(length);
    return prefix + Array.from(bytes, (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
}
function codeRecord(zip) {
    return { zip, sha256: (0,external_node_crypto_.createHash)('sha256').update(zip).digest('base64'), size: zip.byteLength };
}
function roleNameOf(arn) {
    return arn.slice(arn.lastIndexOf('/') + 1);
}
/** The roles a role ARN the state does not declare trusts (the emulator's assumption). */
const DEFAULT_TRUST = ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'];
class EmulatorStore {
    now;
    distributions = new Map();
    functions = new Map();
    roles = new Map();
    /** Origin DomainName → local folder served S3-style. */
    originFolders = new Map();
    delays;
    throttles = [];
    concurrentWrites = new Map();
    log = [];
    constructor(delays = {}, now = Date.now) {
        this.now = now;
        this.delays = { ...DEFAULT_DELAYS, ...delays };
    }
    setDelays(delays) {
        for (const [key, value] of Object.entries(delays)) {
            if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
                this.delays[key] = value;
            }
        }
    }
    // --- faults ---------------------------------------------------------------------------
    /** Adds a fault after checking it against the fault table (FaultError names what is wrong). */
    injectFault(input) {
        const fault = checkFault(input);
        switch (fault.kind) {
            case 'throttle':
                this.throttles.push({ ...fault });
                return;
            case 'concurrent-write':
                this.concurrentWrites.set(fault.distributionId, { ...fault });
                return;
            case 'stuck-deployment': {
                const dist = this.distributions.get(fault.distributionId);
                if (!dist)
                    throw new Error(`stuck-deployment: no distribution ${fault.distributionId}`);
                // One deployment only: the one in progress, else the next. A later change (a rollback)
                // deploys normally again.
                if (dist.deployedAt > this.now())
                    dist.deployedAt = Infinity;
                else
                    dist.stuck = true;
                return;
            }
            case 'fail-function-update': {
                const fn = this.functions.get(fault.functionName);
                if (!fn)
                    throw new Error(`fail-function-update: no function ${fault.functionName}`);
                fn.failNextUpdate =
                    fault.reason ?? 'The function update failed (fault injected by the emulator).';
                return;
            }
            case 'origin-down': {
                const dist = this.distributions.get(fault.distributionId);
                if (!dist)
                    throw new Error(`origin-down: no distribution ${fault.distributionId}`);
                dist.originDown = fault.down;
                return;
            }
            default:
                throw new Error(`unknown fault kind ${fault.kind}`);
        }
    }
    /** Whether this call is throttled (consumes one count of the first matching fault). */
    takeThrottle(service, operation) {
        const fault = this.throttles.find((f) => f.count > 0 &&
            (!f.service || f.service === service) &&
            (!f.operation || f.operation === operation));
        if (!fault)
            return false;
        fault.count -= 1;
        this.throttles = this.throttles.filter((f) => f.count > 0);
        return true;
    }
    /** Whether another writer slips in before this UpdateDistribution (consumes one count). */
    takeConcurrentWrite(distributionId) {
        const fault = this.concurrentWrites.get(distributionId);
        if (!fault || fault.count <= 0)
            return undefined;
        fault.count -= 1;
        if (fault.count <= 0)
            this.concurrentWrites.delete(distributionId);
        return fault;
    }
    activeFaults() {
        const faults = [
            ...this.throttles.map((f) => ({ ...f })),
            ...this.concurrentWrites.values()
        ];
        for (const dist of this.distributions.values()) {
            if (dist.stuck || dist.deployedAt === Infinity)
                faults.push({ kind: 'stuck-deployment', distributionId: dist.id });
            if (dist.originDown)
                faults.push({ kind: 'origin-down', distributionId: dist.id, down: true });
        }
        for (const fn of this.functions.values()) {
            if (fn.failNextUpdate)
                faults.push({
                    kind: 'fail-function-update',
                    functionName: fn.name,
                    reason: fn.failNextUpdate
                });
        }
        return faults;
    }
    /** Ends every fault: a held deployment completes now, origins answer again. */
    clearFaults() {
        this.throttles = [];
        this.concurrentWrites.clear();
        for (const dist of this.distributions.values()) {
            dist.stuck = false;
            if (dist.deployedAt === Infinity)
                dist.deployedAt = this.now();
            dist.originDown = false;
        }
        for (const fn of this.functions.values())
            fn.failNextUpdate = undefined;
    }
    // --- calls ----------------------------------------------------------------------------
    record(call) {
        this.log.push(call);
    }
    calls() {
        return this.log.map((c) => ({ ...c }));
    }
    resetCalls() {
        this.log = [];
    }
    // --- distributions --------------------------------------------------------------------
    /** Writes a new configuration: new ETag, InProgress until deployMs have passed. */
    writeDistribution(dist, config) {
        this.settleDistribution(dist);
        dist.config = config;
        dist.etag = cloudFrontId('E');
        dist.lastModified = this.now();
        dist.deployedAt = dist.stuck ? Infinity : this.now() + this.delays.deployMs;
        dist.stuck = false;
        this.settleDistribution(dist);
    }
    /** Promotes the latest configuration to the edge once its deployment time has come. */
    settleDistribution(dist) {
        if (dist.deployedAt <= this.now() && dist.served?.config !== dist.config) {
            dist.served = { config: dist.config, edge: readEdgeConfig(dist.config) };
        }
    }
    distributionStatus(dist) {
        this.settleDistribution(dist);
        return dist.deployedAt <= this.now() ? 'Deployed' : 'InProgress';
    }
    invalidationStatus(invalidation) {
        return invalidation.completesAt <= this.now() ? 'Completed' : 'InProgress';
    }
    // --- functions ------------------------------------------------------------------------
    /** Ends an update whose time has come: Successful, or Failed with the old code restored. */
    settleFunction(fn) {
        const update = fn.update;
        if (!update || update.endsAt > this.now())
            return;
        fn.update = undefined;
        if (update.failReason) {
            fn.code = update.previous.code;
            fn.settings = update.previous.settings;
            fn.lastUpdateStatus = 'Failed';
            fn.lastUpdateReason = update.failReason;
            fn.lastUpdateReasonCode = 'InternalError';
        }
        else {
            fn.lastUpdateStatus = 'Successful';
            fn.lastUpdateReason = undefined;
            fn.lastUpdateReasonCode = undefined;
        }
    }
    /** Starts an update of $LATEST (code and/or settings). */
    beginFunctionUpdate(fn, change) {
        const failReason = change.code ? fn.failNextUpdate : undefined;
        if (change.code)
            fn.failNextUpdate = undefined;
        fn.update = {
            endsAt: this.now() + this.delays.functionUpdateMs,
            failReason,
            previous: { code: fn.code, settings: fn.settings }
        };
        if (change.code)
            fn.code = change.code;
        if (change.settings)
            fn.settings = change.settings;
        fn.revisionId = (0,external_node_crypto_.randomUUID)();
        fn.lastModified = this.now();
        fn.lastUpdateStatus = 'InProgress';
        fn.lastUpdateReason = undefined;
        fn.lastUpdateReasonCode = undefined;
        fn.changedSincePublish = true;
        this.settleFunction(fn);
    }
    /** Publishes $LATEST as the next numbered version. */
    publishVersion(fn, description) {
        const last = fn.versions[fn.versions.length - 1];
        const version = {
            version: String(last ? Number(last.version) + 1 : 1),
            code: fn.code,
            settings: { ...fn.settings },
            description: description || fn.settings.description,
            revisionId: (0,external_node_crypto_.randomUUID)(),
            lastModified: this.now(),
            activeAt: this.now() + this.delays.functionCreateMs
        };
        fn.versions.push(version);
        fn.changedSincePublish = false;
        return version;
    }
    roleTrust(roleArn) {
        return this.roles.get(roleNameOf(roleArn))?.trust ?? DEFAULT_TRUST;
    }
}

;// CONCATENATED MODULE: ./src/emulator/cloudfront-checks.ts
// The checks CloudFront runs on a DistributionConfig before accepting it: Quantity/Items
// consistency, origin references and the Lambda@Edge association rules
// (docs/aws-facts.md §1, §9 and §10 give the messages used here).




/** `InconsistentQuantities` wherever a `Quantity` disagrees with the number of `Items`. */
function checkQuantities(node, path = '') {
    const tag = tagOf(node) ?? '';
    const here = path ? `${path}.${tag}` : tag;
    const quantity = findPath(node, 'Quantity');
    if (quantity !== undefined && childElements(node, 'Quantity').length === 1) {
        const items = findPath(node, 'Items');
        const count = items ? childElements(items).length : 0;
        if (Number(textOf(quantity)) !== count) {
            // Message as in the CloudFront API reference's error list ("InconsistentQuantities:
            // The value of Quantity and the size of Items don't match.").
            throw new ApiError('InconsistentQuantities', 400, `The value of Quantity and the size of Items don't match. (${here}: Quantity ${textOf(quantity)}, Items ${count})`);
        }
    }
    for (const child of childElements(node))
        checkQuantities(child, here);
}
/** `NoSuchOrigin` when a cache behavior targets an origin or origin group that is not defined. */
function checkOriginReferences(config) {
    const ids = new Set([
        ...itemsOf(findPath(config, 'Origins')).map((o) => textAt(o, 'Id')),
        ...itemsOf(findPath(config, 'OriginGroups')).map((g) => textAt(g, 'Id'))
    ]);
    const behaviors = [
        findPath(config, 'DefaultCacheBehavior'),
        ...itemsOf(findPath(config, 'CacheBehaviors'))
    ];
    for (const behavior of behaviors) {
        const target = textAt(behavior, 'TargetOriginId');
        if (behavior && !ids.has(target)) {
            throw new ApiError('NoSuchOrigin', 404, 'One or more of your origins or origin groups do not exist.');
        }
    }
}
function parseFunctionArn(arn) {
    const match = /^arn:aws:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)(?::([A-Za-z0-9$_-]+))?$/.exec(arn);
    if (!match)
        return undefined;
    return {
        region: match[1],
        account: match[2],
        name: match[3],
        qualifier: match[4]
    };
}
const VIEWER_PACKAGE_LIMIT = 1048576;
const ORIGIN_PACKAGE_LIMIT = 52428800;
function invalid(message) {
    return new ApiError('InvalidLambdaFunctionAssociation', 400, message);
}
/** The rules one association must pass; throws InvalidLambdaFunctionAssociation. */
function checkAssociation(store, association) {
    const { arn } = association;
    const parsed = parseFunctionArn(arn);
    if (!parsed || !parsed.qualifier || !/^\d+$/.test(parsed.qualifier)) {
        throw invalid(`The function ARN must reference a specific function version. (The ARN must end with the version number.) ARN: ${arn}`);
    }
    if (parsed.region !== REGION)
        throw invalid(`The function must be in region '${REGION}'. ARN: ${arn}`);
    const fn = parsed.account === ACCOUNT_ID ? store.functions.get(parsed.name) : undefined;
    const version = fn?.versions.find((v) => v.version === parsed.qualifier);
    if (!version) {
        // What CloudFront says when it cannot read the version (missing, or not permitted).
        throw invalid(`Lambda@Edge cannot retrieve the specified Lambda function. Update the IAM policy to add permission: lambda:GetFunction for resource: ${arn} and try again.`);
    }
    if (version.settings.environment && Object.keys(version.settings.environment).length > 0) {
        throw invalid(`The function cannot have environment variables. Function: ${arn}`);
    }
    const trust = store.roleTrust(version.settings.role);
    if (!trust.includes('edgelambda.amazonaws.com') || !trust.includes('lambda.amazonaws.com')) {
        throw invalid(`The function execution role must be assumable with edgelambda.amazonaws.com as well as lambda.amazonaws.com principals. Update the IAM role and try again. Role: ${version.settings.role}`);
    }
    const limit = association.eventType.startsWith('viewer-')
        ? VIEWER_PACKAGE_LIMIT
        : ORIGIN_PACKAGE_LIMIT;
    if (version.code.size > limit) {
        throw invalid(`The function code size is larger than the maximum allowed size for functions that are triggered by a CloudFront event: ${version.code.size} Max allowed: ${limit}`);
    }
}
function behaviorsOf(config) {
    const behaviors = [
        findPath(config, 'DefaultCacheBehavior'),
        ...itemsOf(findPath(config, 'CacheBehaviors'))
    ];
    return behaviors.filter((b) => b !== undefined);
}
/**
 * Checks the Lambda@Edge associations of a new configuration. Associations already present
 * in the previous configuration are not re-checked: they were accepted when they were made,
 * and a distribution may carry associations to functions the emulator does not hold
 * (another account's, in real life). Real CloudFront's behaviour here is not documented.
 */
function checkLambdaAssociations(store, config, previous) {
    const existing = new Set(behaviorsOf(previous).flatMap((b) => lambdaAssociationsOf(b).map((a) => `${a.eventType} ${a.arn}`)));
    for (const behavior of behaviorsOf(config)) {
        const associations = lambdaAssociationsOf(behavior);
        const seen = new Set();
        for (const association of associations) {
            if (seen.has(association.eventType)) {
                // Wording as reported by CloudFormation for CloudFront's refusal (aws/aws-cdk, sst#2822).
                throw invalid(`The event type of a function association must be unique in the cache behavior. Event type ${association.eventType} cannot be associated with two functions`);
            }
            seen.add(association.eventType);
            if (!existing.has(`${association.eventType} ${association.arn}`))
                checkAssociation(store, association);
        }
    }
}

;// CONCATENATED MODULE: ./src/emulator/cache.ts
/**
 * Whether an invalidation path covers a URI: exact match, or a prefix match when the path
 * ends in `*` ("Invalidate files", CloudFront Developer Guide: the `*` wildcard must be last).
 */
function invalidationCovers(path, uri) {
    if (path.endsWith('*'))
        return uri.startsWith(path.slice(0, -1));
    return uri === path;
}
class EdgeCache {
    invalidations;
    objects = new Map();
    constructor(invalidations) {
        this.invalidations = invalidations;
    }
    static key(uri, querystring) {
        return querystring ? `${uri}?${querystring}` : uri;
    }
    /** The cached object, unless a completed invalidation that came after it covers it. */
    get(key, now) {
        const object = this.objects.get(key);
        if (!object)
            return undefined;
        const uri = key.split('?')[0] ?? key;
        const invalidated = this.invalidations().some((inv) => inv.completesAt <= now &&
            object.storedAt <= inv.completesAt &&
            inv.paths.some((p) => invalidationCovers(p, uri)));
        if (invalidated) {
            this.objects.delete(key);
            return undefined;
        }
        return object;
    }
    /** Stores an object; it counts as newer than every invalidation already completed. */
    set(key, object, now) {
        const lastCompleted = Math.max(-Infinity, ...this.invalidations()
            .map((inv) => inv.completesAt)
            .filter((t) => t <= now));
        const storedAt = Math.max(object.storedAt, lastCompleted + 0.5);
        this.objects.set(key, { ...object, storedAt });
    }
    get size() {
        return this.objects.size;
    }
    clear() {
        this.objects.clear();
    }
}

;// CONCATENATED MODULE: ./src/emulator/cloudfront-xml.ts
// CloudFront's XML shapes as the API reference gives them: the response envelope, request
// bodies, Distribution, DistributionSummary, Invalidation and the paged list head.


const CLOUDFRONT_NAMESPACE = 'http://cloudfront.amazonaws.com/doc/2020-05-31/';
function xmlResponse(status, root, headers = {}) {
    const tag = tagOf(root);
    const rooted = xml_element(tag, root[tag], { xmlns: CLOUDFRONT_NAMESPACE });
    return { status, headers: { 'content-type': 'text/xml', ...headers }, body: buildXml([rooted]) };
}
/** The stored form of a config: the element without its attributes (xmlns is added on output). */
function storedConfig(root) {
    return xml_element('DistributionConfig', cloneNodes(root['DistributionConfig']));
}
function parseBody(request, rootTag) {
    const text = request.body.toString('utf8');
    if (text.trim() === '')
        throw new ApiError('MissingBody', 400, 'This operation requires a body. Ensure that the body is present and the Content-Type header is set.');
    let nodes;
    try {
        nodes = parseXml(text);
    }
    catch (error) {
        if (error instanceof XmlSyntaxError)
            throw new ApiError('MalformedInput', 400, `The XML document is malformed: ${error.message}`);
        throw error;
    }
    const root = nodes.find((n) => tagOf(n) !== undefined);
    if (!root || tagOf(root) !== rootTag) {
        throw new ApiError('MalformedInput', 400, `The request body must be a ${rootTag} element.`);
    }
    return root;
}
function requireDistribution(ctx, id) {
    const dist = ctx.store.distributions.get(id);
    if (!dist)
        throw new ApiError('NoSuchDistribution', 404, 'The specified distribution does not exist.');
    return dist;
}
function distributionXml(ctx, dist) {
    const inProgress = dist.invalidations.filter((inv) => ctx.store.invalidationStatus(inv) === 'InProgress').length;
    return xml_element('Distribution', [
        textElement('Id', dist.id),
        textElement('ARN', dist.arn),
        textElement('Status', ctx.store.distributionStatus(dist)),
        textElement('LastModifiedTime', new Date(dist.lastModified).toISOString()),
        textElement('InProgressInvalidationBatches', inProgress),
        textElement('DomainName', ctx.viewerDomain(dist.viewerPort)),
        xml_element('ActiveTrustedSigners', [textElement('Enabled', false), textElement('Quantity', 0)]),
        xml_element('ActiveTrustedKeyGroups', [textElement('Enabled', false), textElement('Quantity', 0)]),
        cloneNodes(dist.config)
    ]);
}
/** The config fields a DistributionSummary repeats, with the defaults AWS reports when absent. */
const SUMMARY_FIELDS = [
    ['Aliases', () => xml_element('Aliases', [textElement('Quantity', 0)])],
    ['Origins', () => xml_element('Origins', [textElement('Quantity', 0)])],
    ['OriginGroups', () => xml_element('OriginGroups', [textElement('Quantity', 0)])],
    ['DefaultCacheBehavior', () => xml_element('DefaultCacheBehavior')],
    ['CacheBehaviors', () => xml_element('CacheBehaviors', [textElement('Quantity', 0)])],
    ['CustomErrorResponses', () => xml_element('CustomErrorResponses', [textElement('Quantity', 0)])],
    ['Comment', () => xml_element('Comment')],
    ['PriceClass', () => textElement('PriceClass', 'PriceClass_All')],
    ['Enabled', () => textElement('Enabled', true)],
    ['ViewerCertificate', () => xml_element('ViewerCertificate')],
    ['Restrictions', () => xml_element('Restrictions')],
    ['WebACLId', () => xml_element('WebACLId')],
    ['HttpVersion', () => textElement('HttpVersion', 'http2')],
    ['IsIPV6Enabled', () => textElement('IsIPV6Enabled', true)],
    ['Staging', () => textElement('Staging', false)]
];
function summaryXml(ctx, dist) {
    return xml_element('DistributionSummary', [
        textElement('Id', dist.id),
        textElement('ARN', dist.arn),
        textElement('ETag', dist.etag),
        textElement('Status', ctx.store.distributionStatus(dist)),
        textElement('LastModifiedTime', new Date(dist.lastModified).toISOString()),
        textElement('DomainName', ctx.viewerDomain(dist.viewerPort)),
        ...SUMMARY_FIELDS.map(([name, fallback]) => cloneNodes(findPath(dist.config, name) ?? fallback()))
    ]);
}
function pageOf(items, request, key) {
    const marker = request.query.get('Marker') ?? '';
    const maxItems = Math.max(1, Math.min(1000, Number(request.query.get('MaxItems') ?? 100) || 100));
    const start = marker ? items.findIndex((item) => key(item) === marker) + 1 : 0;
    const page = items.slice(start, start + maxItems);
    const truncated = start + maxItems < items.length;
    const head = [
        xml_element('Marker', marker ? [{ '#text': marker }] : []),
        ...(truncated && page.length > 0
            ? [textElement('NextMarker', key(page[page.length - 1]))]
            : []),
        textElement('MaxItems', maxItems),
        textElement('IsTruncated', truncated),
        textElement('Quantity', page.length)
    ];
    return { page, head };
}
function invalidationXml(ctx, dist, id) {
    const inv = dist.invalidations.find((i) => i.id === id);
    if (!inv)
        throw new ApiError('NoSuchInvalidation', 404, 'The specified invalidation does not exist.');
    return xml_element('Invalidation', [
        textElement('Id', inv.id),
        textElement('Status', ctx.store.invalidationStatus(inv)),
        textElement('CreateTime', new Date(inv.createdAt).toISOString()),
        xml_element('InvalidationBatch', [
            xml_element('Paths', [
                textElement('Quantity', inv.paths.length),
                xml_element('Items', inv.paths.map((p) => textElement('Path', p)))
            ]),
            textElement('CallerReference', inv.callerReference)
        ])
    ]);
}

;// CONCATENATED MODULE: ./src/emulator/cloudfront-invalidations.ts
// CloudFront invalidations: CreateInvalidation, ListInvalidations and GetInvalidation.






const API = '/2020-05-31';
const API_HOST = 'https://cloudfront.amazonaws.com';
function createInvalidation(ctx, id, request) {
    const dist = requireDistribution(ctx, id);
    const batch = parseBody(request, 'InvalidationBatch');
    checkQuantities(batch);
    const paths = itemsOf(findPath(batch, 'Paths')).map((p) => textOf(p));
    const callerReference = textAt(batch, 'CallerReference') ?? '';
    if (paths.length === 0 || paths.some((p) => !p.startsWith('/'))) {
        throw new ApiError('InvalidArgument', 400, 'Your request contains one or more invalid invalidation paths.');
    }
    // "Invalidating files": a repeated CallerReference returns the earlier batch if the paths are
    // the same, and InvalidationBatchAlreadyExists if they are not.
    const previous = dist.invalidations.find((inv) => inv.callerReference === callerReference);
    if (previous && previous.paths.join('\n') !== paths.join('\n')) {
        throw new ApiError('InvalidationBatchAlreadyExists', 400, 'The CallerReference is already used by another invalidation batch.');
    }
    const inv = previous ?? {
        id: cloudFrontId('I', 25),
        callerReference,
        paths,
        createdAt: ctx.store.now(),
        completesAt: ctx.store.now() + ctx.store.delays.invalidationMs
    };
    if (!previous)
        dist.invalidations.unshift(inv);
    return xmlResponse(201, invalidationXml(ctx, dist, inv.id), {
        location: `${API_HOST}${API}/distribution/${dist.id}/invalidation/${inv.id}`
    });
}
function listInvalidations(ctx, id, request) {
    const dist = requireDistribution(ctx, id);
    const { page, head } = pageOf(dist.invalidations, request, (i) => i.id);
    const summaries = page.map((inv) => xml_element('InvalidationSummary', [
        textElement('Id', inv.id),
        textElement('CreateTime', new Date(inv.createdAt).toISOString()),
        textElement('Status', ctx.store.invalidationStatus(inv))
    ]));
    const items = summaries.length > 0 ? [xml_element('Items', summaries)] : [];
    return xmlResponse(200, xml_element('InvalidationList', [...head, ...items]));
}

;// CONCATENATED MODULE: ./src/emulator/routes.ts
// Matching a service's REST routes and turning its ApiErrors into that service's error shape.

async function dispatchRoutes(ctx, routes, path, request, shape) {
    let operation = 'Unknown';
    let mutating = request.method !== 'GET';
    try {
        for (const route of routes) {
            const match = route.method === request.method ? route.pattern.exec(path) : null;
            if (!match)
                continue;
            operation = route.operation;
            mutating = route.mutating;
            if (shape.throttled(operation))
                throw shape.throttleError();
            const params = match.slice(1).map((p) => decodeURIComponent(p));
            return { operation, mutating, response: await route.run(ctx, params, request) };
        }
        throw new ApiError(shape.unknownCode, 400, `The emulator does not implement ${request.method} ${request.path}.`);
    }
    catch (error) {
        if (error instanceof ApiError)
            return { operation, mutating, response: shape.errorResponse(error) };
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/emulator/cloudfront-api.ts
// CloudFront API 2020-05-31 (REST-XML): the distribution and invalidation operations the
// action uses, answered the way the API reference describes them. DistributionConfig is
// stored as the client sent it (an order-preserving XML tree) and returned verbatim.









/** Validation shared by Create and Update. */
function checkConfig(ctx, config, previous) {
    if (!textAt(config, 'CallerReference')) {
        throw new ApiError('InvalidArgument', 400, 'The parameter CallerReference is required.');
    }
    checkQuantities(config);
    checkOriginReferences(config);
    checkLambdaAssociations(ctx.store, config, previous);
}
async function createDistribution(ctx, request) {
    let root = parseBody(request, request.query.has('WithTags') ? 'DistributionConfigWithTags' : 'DistributionConfig');
    if (tagOf(root) === 'DistributionConfigWithTags') {
        const inner = findPath(root, 'DistributionConfig');
        if (!inner)
            throw new ApiError('MalformedInput', 400, 'DistributionConfigWithTags needs a DistributionConfig.');
        root = inner;
    }
    const config = storedConfig(root);
    const callerReference = textAt(config, 'CallerReference');
    const existing = [...ctx.store.distributions.values()].find((d) => textAt(d.config, 'CallerReference') === callerReference);
    if (existing) {
        throw new ApiError('DistributionAlreadyExists', 409, `The caller reference that you are using to create a distribution is associated with another distribution. Already exists: ${existing.id}`);
    }
    checkConfig(ctx, config);
    const dist = await addDistribution(ctx, cloudFrontId('E'), config);
    return xmlResponse(201, distributionXml(ctx, dist), {
        location: `${API_HOST}${API}/distribution/${dist.id}`,
        etag: dist.etag
    });
}
/** Registers a distribution (created by the API or seeded) and starts its viewer. */
async function addDistribution(ctx, id, config, deployed = false) {
    const store = ctx.store;
    const dist = {
        id,
        arn: `arn:aws:cloudfront::${ACCOUNT_ID}:distribution/${id}`,
        config,
        etag: cloudFrontId('E'),
        lastModified: store.now(),
        deployedAt: Infinity,
        viewerPort: 0,
        invalidations: [],
        cache: new EdgeCache(() => dist.invalidations),
        originDown: false,
        stuck: false
    };
    store.distributions.set(id, dist);
    dist.viewerPort = await ctx.openViewer(id);
    if (deployed) {
        dist.deployedAt = store.now();
        store.settleDistribution(dist);
    }
    else {
        store.writeDistribution(dist, config);
    }
    return dist;
}
function getDistribution(ctx, id) {
    const dist = requireDistribution(ctx, id);
    return xmlResponse(200, distributionXml(ctx, dist), { etag: dist.etag });
}
function getDistributionConfig(ctx, id) {
    const dist = requireDistribution(ctx, id);
    ctx.store.settleDistribution(dist);
    return xmlResponse(200, cloneNodes(dist.config), { etag: dist.etag });
}
/** Another writer's update, injected by a concurrent-write fault. */
function foreignWrite(ctx, dist, comment) {
    const config = cloneNodes(dist.config);
    const commentNode = findPath(config, 'Comment');
    if (comment !== undefined && commentNode)
        setText(commentNode, comment);
    ctx.store.writeDistribution(dist, config);
}
function updateDistribution(ctx, id, request) {
    const dist = requireDistribution(ctx, id);
    const concurrent = ctx.store.takeConcurrentWrite(id);
    if (concurrent)
        foreignWrite(ctx, dist, concurrent.comment);
    const ifMatch = request.headers['if-match'];
    if (!ifMatch) {
        throw new ApiError('InvalidIfMatchVersion', 400, 'The If-Match version is missing or not valid for the resource.');
    }
    if (ifMatch !== dist.etag) {
        throw new ApiError('PreconditionFailed', 412, "The request failed because it didn't meet the preconditions in one or more request-header fields.");
    }
    const config = storedConfig(parseBody(request, 'DistributionConfig'));
    if (textAt(config, 'CallerReference') !== textAt(dist.config, 'CallerReference')) {
        throw new ApiError('IllegalUpdate', 400, 'The update contains modifications that are not allowed. CallerReference cannot be changed.');
    }
    checkConfig(ctx, config, dist.config);
    ctx.store.writeDistribution(dist, config);
    return xmlResponse(200, distributionXml(ctx, dist), { etag: dist.etag });
}
function listDistributions(ctx, request) {
    const all = [...ctx.store.distributions.values()];
    const { page, head } = pageOf(all, request, (d) => d.id);
    const items = page.length > 0
        ? [
            xml_element('Items', page.map((d) => summaryXml(ctx, d)))
        ]
        : [];
    return xmlResponse(200, xml_element('DistributionList', [...head, ...items]));
}
const ROUTES = [
    {
        method: 'POST',
        pattern: /^\/distribution$/,
        operation: 'CreateDistribution',
        mutating: true,
        run: (c, _, r) => createDistribution(c, r)
    },
    {
        method: 'GET',
        pattern: /^\/distribution$/,
        operation: 'ListDistributions',
        mutating: false,
        run: (c, _, r) => listDistributions(c, r)
    },
    {
        method: 'GET',
        pattern: /^\/distribution\/([^/]+)$/,
        operation: 'GetDistribution',
        mutating: false,
        run: (c, [id]) => getDistribution(c, id)
    },
    {
        method: 'GET',
        pattern: /^\/distribution\/([^/]+)\/config$/,
        operation: 'GetDistributionConfig',
        mutating: false,
        run: (c, [id]) => getDistributionConfig(c, id)
    },
    {
        method: 'PUT',
        pattern: /^\/distribution\/([^/]+)\/config$/,
        operation: 'UpdateDistribution',
        mutating: true,
        run: (c, [id], r) => updateDistribution(c, id, r)
    },
    {
        method: 'POST',
        pattern: /^\/distribution\/([^/]+)\/invalidation$/,
        operation: 'CreateInvalidation',
        mutating: true,
        run: (c, [id], r) => createInvalidation(c, id, r)
    },
    {
        method: 'GET',
        pattern: /^\/distribution\/([^/]+)\/invalidation$/,
        operation: 'ListInvalidations',
        mutating: false,
        run: (c, [id], r) => listInvalidations(c, id, r)
    },
    {
        method: 'GET',
        pattern: /^\/distribution\/([^/]+)\/invalidation\/([^/]+)$/,
        operation: 'GetInvalidation',
        mutating: false,
        run: (c, [id, inv]) => xmlResponse(200, invalidationXml(c, requireDistribution(c, id), inv))
    }
];
function isCloudFrontRequest(request) {
    return request.path.startsWith(`${API}/`);
}
function handleCloudFront(ctx, request) {
    return dispatchRoutes(ctx, ROUTES, request.path.slice(API.length), request, {
        throttled: (operation) => ctx.store.takeThrottle('cloudfront', operation),
        throttleError: () => new ApiError('Throttling', 400, 'Rate exceeded'),
        unknownCode: 'InvalidAction',
        errorResponse: (error) => xmlErrorResponse(error)
    });
}

// EXTERNAL MODULE: ./src/edge-runtime/cloudfront-event.ts
var cloudfront_event = __webpack_require__(8279);
// EXTERNAL MODULE: ./src/edge-runtime/edge-validation.ts
var edge_validation = __webpack_require__(3379);
// EXTERNAL MODULE: ./src/headers/edge-restrictions.ts
var edge_restrictions = __webpack_require__(8109);
// EXTERNAL MODULE: ./src/headers/match.ts
var match = __webpack_require__(303);
;// CONCATENATED MODULE: ./src/emulator/edge-pages.ts
// The responses CloudFront generates itself: its HTML error page and its HTTP -> HTTPS redirect,
// with the edge headers every CloudFront response carries.

/** The point of presence the emulated edge reports in X-Amz-Cf-Pop. */
const EDGE_POP = 'LOC50-P1';
/** A request id in CloudFront's alphabet (`X-Amz-Cf-Id`, the error page's "Request ID"). */
function edgeRequestId() {
    return `${(0,external_node_crypto_.randomBytes)(40).toString('base64url').slice(0, 54)}==`;
}
/** `1.1 <32 hex>.cloudfront.net (CloudFront)`, stable per distribution. */
function viaHeader(distributionId) {
    return `1.1 ${(0,external_node_crypto_.createHash)('md5').update(distributionId).digest('hex')}.cloudfront.net (CloudFront)`;
}
/** The headers CloudFront adds to everything it sends a viewer. */
function edgeHeaders(distributionId, xCache, requestId) {
    return [
        ['X-Cache', xCache],
        ['Via', viaHeader(distributionId)],
        ['X-Amz-Cf-Pop', EDGE_POP],
        ['X-Amz-Cf-Id', requestId]
    ];
}
const REASONS = {
    301: 'Moved Permanently',
    400: 'Bad Request',
    403: 'Forbidden',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout'
};
/**
 * CloudFront's own error page ("ERROR: The request could not be satisfied"), in the layout
 * viewers see, with the specific explanation first.
 */
function errorPage(distributionId, status, explanation, xCache, requestId = edgeRequestId()) {
    const html = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">',
        '<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">',
        '<TITLE>ERROR: The request could not be satisfied</TITLE>',
        '</HEAD><BODY>',
        `<H1>${status} ERROR</H1>`,
        '<H2>The request could not be satisfied.</H2>',
        '<HR noshade size="1px">',
        explanation,
        'We can&#39;t connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.',
        '<BR clear="all">',
        'If you provide content to customers through CloudFront, you can find steps to troubleshoot and help prevent this error by reviewing the CloudFront documentation.',
        '<BR clear="all">',
        '<HR noshade size="1px">',
        '<PRE>',
        'Generated by cloudfront (CloudFront)',
        `Request ID: ${requestId}`,
        '</PRE>',
        '<ADDRESS>',
        '</ADDRESS>',
        '</BODY></HTML>'
    ].join('\n');
    const body = Buffer.from(html, 'latin1');
    return {
        status,
        statusText: REASONS[status] ?? 'Error',
        headers: [
            ['Server', 'CloudFront'],
            ['Date', new Date().toUTCString()],
            ['Content-Type', 'text/html'],
            ['Content-Length', String(body.byteLength)],
            ...edgeHeaders(distributionId, xCache, requestId)
        ],
        body
    };
}
/** ViewerProtocolPolicy `redirect-to-https`: a 301 to the same URL over HTTPS. */
function httpsRedirect(distributionId, host, pathAndQuery) {
    const location = `https://${host}${pathAndQuery}`;
    const body = Buffer.from('<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>CloudFront</center>\r\n</body>\r\n</html>\r\n');
    return {
        status: 301,
        statusText: 'Moved Permanently',
        headers: [
            ['Server', 'CloudFront'],
            ['Date', new Date().toUTCString()],
            ['Content-Type', 'text/html'],
            ['Content-Length', String(body.byteLength)],
            ['Location', location],
            ...edgeHeaders(distributionId, 'Redirect from cloudfront', edgeRequestId())
        ],
        body
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/emulator/origin.ts
// Origins the emulated edge fetches from: a local folder answered the way the S3 REST API
// answers GetObject, or a loopback HTTP(S) server. The emulator never leaves the machine.





const CONTENT_TYPES = {
    '.html': 'text/html',
    '.htm': 'text/html',
    '.css': 'text/css',
    '.js': 'application/javascript',
    '.mjs': 'application/javascript',
    '.json': 'application/json',
    '.map': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.txt': 'text/plain',
    '.xml': 'application/xml',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.webp': 'image/webp',
    '.ico': 'image/x-icon',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.pdf': 'application/pdf'
};
/** The Content-Type S3 would store for a key uploaded with its type guessed from the extension. */
function contentTypeFor(key) {
    return CONTENT_TYPES[(0,external_node_path_.extname)(key).toLowerCase()] ?? 'binary/octet-stream';
}
function s3RequestHeaders() {
    return [
        ['x-amz-id-2', (0,external_node_crypto_.randomBytes)(48).toString('base64')],
        ['x-amz-request-id', (0,external_node_crypto_.randomBytes)(8).toString('hex').toUpperCase()],
        ['Date', new Date().toUTCString()]
    ];
}
function s3Error(status, code, message, key) {
    const requestHeaders = s3RequestHeaders();
    const body = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><Key>${escapeXml(key)}</Key><RequestId>${requestHeaders[1]?.[1]}</RequestId><HostId>${requestHeaders[0]?.[1]}</HostId></Error>`);
    return {
        kind: 'response',
        status,
        statusText: status === 404 ? 'Not Found' : 'Forbidden',
        headers: [
            ...requestHeaders,
            ['Content-Type', 'application/xml'],
            ['Transfer-Encoding', 'chunked'],
            ['Server', 'AmazonS3']
        ],
        body
    };
}
function escapeXml(text) {
    return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * GetObject on a folder "bucket". Missing keys answer 404 NoSuchKey (as for a bucket whose
 * reader may list it; without s3:ListBucket S3 answers 403 AccessDenied instead). Like the
 * S3 REST endpoint (not the website endpoint), a key ending in `/` is not mapped to an index.
 */
async function fetchFromFolder(folder, originPath, request) {
    let key;
    try {
        key = decodeURIComponent(`${originPath}${request.uri}`).replace(/^\/+/, '');
    }
    catch {
        return s3Error(400, 'InvalidURI', 'Couldn&#39;t parse the specified URI.', request.uri);
    }
    const root = (0,external_node_path_.resolve)(folder);
    const file = (0,external_node_path_.resolve)(root, key);
    if (key === '' || key.endsWith('/') || (file !== root && !file.startsWith(root + external_node_path_.sep))) {
        return s3Error(404, 'NoSuchKey', 'The specified key does not exist.', key);
    }
    let body;
    let modified;
    try {
        const info = await (0,promises_.stat)(file);
        if (!info.isFile())
            return s3Error(404, 'NoSuchKey', 'The specified key does not exist.', key);
        body = await (0,promises_.readFile)(file);
        modified = info.mtime;
    }
    catch {
        return s3Error(404, 'NoSuchKey', 'The specified key does not exist.', key);
    }
    const etag = `"${(0,external_node_crypto_.createHash)('md5').update(body).digest('hex')}"`;
    const headers = [
        ...s3RequestHeaders(),
        ['Last-Modified', modified.toUTCString()],
        ['ETag', etag],
        ['x-amz-server-side-encryption', 'AES256'],
        ['Accept-Ranges', 'bytes'],
        ['Content-Type', contentTypeFor(key)],
        ['Server', 'AmazonS3'],
        ['Content-Length', String(body.byteLength)]
    ];
    const ifNoneMatch = request.headers.find(([name]) => name.toLowerCase() === 'if-none-match')?.[1];
    if (ifNoneMatch === etag) {
        return {
            kind: 'response',
            status: 304,
            statusText: 'Not Modified',
            headers: headers.filter(([n]) => n !== 'Content-Length'),
            body: Buffer.alloc(0)
        };
    }
    return {
        kind: 'response',
        status: 200,
        statusText: 'OK',
        headers,
        body: request.method === 'HEAD' ? Buffer.alloc(0) : body
    };
}
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;
/** A custom origin on this machine, over the protocol OriginProtocolPolicy picks. */
function fetchFromUrlOrigin(origin, request) {
    if (!LOOPBACK.test(origin.domainName)) {
        return Promise.resolve({
            kind: 'failure',
            status: 502,
            reason: `the emulator reaches only loopback origins, not ${origin.domainName}`
        });
    }
    const useHttps = origin.protocolPolicy === 'https-only' ||
        (origin.protocolPolicy === 'match-viewer' && request.viewerProtocol === 'https');
    const transport = useHttps ? (external_node_https_default()) : (external_node_http_default());
    const path = `${origin.originPath}${request.uri}${request.querystring ? `?${request.querystring}` : ''}`;
    return new Promise((done) => {
        const outgoing = transport.request({
            host: origin.domainName.replace(/^\[|\]$/g, ''),
            port: useHttps ? origin.httpsPort : origin.httpPort,
            method: request.method,
            path,
            headers: [...request.headers, ...origin.customHeaders].flat(),
            timeout: origin.readTimeoutSeconds * 1000
        }, (incoming) => {
            const chunks = [];
            incoming.on('data', (chunk) => chunks.push(chunk));
            incoming.on('error', (error) => done({ kind: 'failure', status: 502, reason: error.message }));
            incoming.on('end', () => {
                const headers = [];
                for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
                    headers.push([incoming.rawHeaders[i], incoming.rawHeaders[i + 1]]);
                }
                done({
                    kind: 'response',
                    status: incoming.statusCode ?? 502,
                    statusText: incoming.statusMessage ?? '',
                    headers,
                    body: Buffer.concat(chunks)
                });
            });
        });
        outgoing.on('timeout', () => {
            outgoing.destroy();
            done({
                kind: 'failure',
                status: 504,
                reason: `the origin did not answer within ${origin.readTimeoutSeconds} s`
            });
        });
        outgoing.on('error', (error) => done({ kind: 'failure', status: 502, reason: error.message }));
        outgoing.end();
    });
}

;// CONCATENATED MODULE: ./src/emulator/edge.ts
// The emulated edge location: serves a viewer request through the distribution's deployed
// configuration the way CloudFront does: cache behavior by path pattern, viewer protocol
// policy, cache lookup, origin fetch, the origin-response Lambda@Edge function on a miss
// (with Lambda@Edge's validation of its result), caching, and CloudFront's own headers.








/** CloudFront's own status for errors it caches briefly (ErrorCachingMinTTL default, 10 s). */
const ERROR_CACHING_MIN_TTL = 10;
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding']);
/** The first cache behavior whose path pattern matches, else the default (CloudFront's order). */
function selectBehavior(config, uri) {
    return config.behaviors.find((behavior) => {
        if (behavior.pathPattern === undefined)
            return true;
        const pattern = behavior.pathPattern.startsWith('/')
            ? behavior.pathPattern
            : `/${behavior.pathPattern}`;
        return new RegExp((0,match/* globToRegExpSource */.oY)(pattern)).test(uri);
    });
}
function headerValue(headers, name) {
    return headers.find(([key]) => key.toLowerCase() === name)?.[1];
}
/** Seconds to cache a response for, per the behavior's TTLs and the response's Cache-Control. */
function ttlSeconds(behavior, status, headers) {
    if (status >= 400)
        return ERROR_CACHING_MIN_TTL;
    const cacheControl = (headerValue(headers, 'cache-control') ?? '').toLowerCase();
    if (/\b(no-store|no-cache|private)\b/.test(cacheControl))
        return behavior.minTtl;
    const maxAge = /\bs-maxage=(\d+)/.exec(cacheControl) ?? /\bmax-age=(\d+)/.exec(cacheControl);
    const wanted = maxAge ? Number(maxAge[1]) : behavior.defaultTtl;
    return Math.min(Math.max(wanted, behavior.minTtl), behavior.maxTtl);
}
/** Header pairs → CloudFront's map, leaving out what Lambda@Edge never exposes to functions. */
function exposedHeaders(headers) {
    return headers.filter(([name]) => (0,edge_restrictions/* edgeRestriction */.we)(name) !== 'disallowed');
}
/** CloudFront's map → wire pairs; a missing `key` becomes the Title-Case name, as Lambda@Edge does. */
function fromCloudFrontHeaders(headers) {
    const pairs = [];
    for (const [name, entries] of Object.entries(headers)) {
        for (const entry of entries) {
            const key = entry.key ??
                name.replace(/(^|-)([a-z])/g, (_, dash, c) => dash + c.toUpperCase());
            pairs.push([key, entry.value]);
        }
    }
    return pairs;
}
function originFor(config, behavior) {
    const ids = config.originGroups[behavior.targetOriginId] ?? [behavior.targetOriginId];
    return ids
        .map((id) => config.origins.find((o) => o.id === id))
        .filter((o) => o !== undefined);
}
async function fetchOrigin(ctx, dist, origin, request) {
    if (dist.originDown)
        return { kind: 'failure', status: 502, reason: 'the origin is down (fault injected)' };
    const folder = ctx.store.originFolders.get(origin.domainName);
    if (origin.kind === 's3' || folder) {
        if (!folder)
            return {
                kind: 'failure',
                status: 502,
                reason: `no folder is bound to the origin ${origin.domainName}`
            };
        return fetchFromFolder(folder, origin.originPath, request);
    }
    return fetchFromUrlOrigin(origin, request);
}
/** Runs the behavior's origin-response function, if it has one the emulator holds. */
async function runOriginResponse(ctx, dist, behavior, init, fetched, requestId) {
    const event = (0,cloudfront_event/* makeOriginResponseEvent */.S)({
        uri: init.uri,
        querystring: init.querystring,
        method: init.method,
        clientIp: init.clientIp,
        status: fetched.status,
        statusDescription: fetched.statusText,
        headers: exposedHeaders(fetched.headers),
        distributionId: dist.id,
        domainName: `${dist.id.toLowerCase()}.cloudfront.net`,
        originDomainName: init.origin.domainName,
        originType: init.origin.kind,
        requestHeaders: init.requestHeaders,
        requestId
    });
    const before = event.Records[0]?.cf.response;
    const association = behavior.lambdaAssociations.find((a) => a.eventType === 'origin-response');
    const parsed = association ? parseFunctionArn(association.arn) : undefined;
    const version = parsed
        ? ctx.store.functions.get(parsed.name)?.versions.find((v) => v.version === parsed.qualifier)
        : undefined;
    if (!association || !version)
        return { outcome: { kind: 'ok', response: before } };
    let invocation;
    try {
        const fn = await ctx.functions.get(association.arn, version);
        invocation = await fn.invoke(structuredClone(event));
    }
    catch (error) {
        invocation = {
            error: error instanceof Error ? error.message : String(error),
            timedOut: false,
            durationMs: 0
        };
    }
    if (invocation.error !== undefined || invocation.response === undefined) {
        // "HTTP 503 status code (Lambda@Edge or CloudFront Function execution error)", CloudFront
        // Developer Guide: the function threw, timed out, or returned nothing usable.
        const page = errorPage(dist.id, 503, 'The Lambda function associated with the CloudFront distribution is invalid or doesn&#39;t have the required permissions.', 'LambdaExecutionError from cloudfront', requestId);
        return { outcome: { kind: 'error', page }, arn: association.arn };
    }
    const problems = (0,edge_validation/* validateOriginResponseResult */.d)(before, invocation.response);
    if (problems.length > 0) {
        // "HTTP 502 status code (Lambda validation error)", CloudFront Developer Guide.
        const page = errorPage(dist.id, 502, `The Lambda function result failed validation: ${problems.join('; ')}.`, 'LambdaValidationError from cloudfront', requestId);
        return { outcome: { kind: 'error', page }, arn: association.arn };
    }
    const result = invocation.response;
    const body = typeof result.body === 'string'
        ? Buffer.from(result.body, result.bodyEncoding === 'base64' ? 'base64' : 'utf8')
        : undefined;
    return { outcome: { kind: 'ok', response: result, body }, arn: association.arn };
}
function finish(dist, object, xCache, requestId, method, age) {
    const headers = object.headers.filter(([name]) => {
        const lower = name.toLowerCase();
        return (!HOP_BY_HOP.has(lower) && lower !== 'content-length' && lower !== 'via' && lower !== 'age');
    });
    const originVia = headerValue(object.headers, 'via');
    headers.push(['Content-Length', String(object.body.byteLength)]);
    headers.push(...edgeHeaders(dist.id, xCache, requestId).map(([name, value]) => name === 'Via' && originVia ? [name, `${originVia}, ${value}`] : [name, value]));
    if (age !== undefined)
        headers.push(['Age', String(age)]);
    return {
        status: object.status,
        statusText: object.statusText,
        headers,
        body: method === 'HEAD' ? Buffer.alloc(0) : object.body
    };
}
/** Serves one viewer request for a distribution. */
async function serveViewer(ctx, dist, viewer) {
    const { store } = ctx;
    const requestId = edgeRequestId();
    store.settleDistribution(dist);
    const served = dist.served;
    if (!served) {
        return errorPage(dist.id, 503, 'The distribution is still being created.', 'Error from cloudfront', requestId);
    }
    if (!served.edge.enabled) {
        return errorPage(dist.id, 403, 'Bad request.', 'Error from cloudfront', requestId);
    }
    const queryAt = viewer.url.indexOf('?');
    let uri = queryAt === -1 ? viewer.url : viewer.url.slice(0, queryAt);
    const querystring = queryAt === -1 ? '' : viewer.url.slice(queryAt + 1);
    if (!uri.startsWith('/'))
        return errorPage(dist.id, 400, 'Bad request.', 'Error from cloudfront', requestId);
    const behavior = selectBehavior(served.edge, uri);
    if (!behavior)
        return errorPage(dist.id, 502, 'The distribution has no cache behavior.', 'Error from cloudfront', requestId);
    if (viewer.protocol === 'http' && behavior.viewerProtocolPolicy === 'redirect-to-https') {
        return httpsRedirect(dist.id, viewer.host, viewer.url);
    }
    if (viewer.protocol === 'http' && behavior.viewerProtocolPolicy === 'https-only') {
        return errorPage(dist.id, 403, 'Bad request.', 'Error from cloudfront', requestId);
    }
    if (behavior.allowedMethods.length > 0 && !behavior.allowedMethods.includes(viewer.method)) {
        return errorPage(dist.id, 403, 'This distribution is not configured to allow the HTTP request method that was used for this request. The distribution supports only cachable requests.', 'Error from cloudfront', requestId);
    }
    if (uri === '/' && served.edge.defaultRootObject)
        uri = `/${served.edge.defaultRootObject}`;
    const forwardedQuery = behavior.forwardQueryString ? querystring : '';
    const key = EdgeCache.key(uri, forwardedQuery);
    const now = store.now();
    const cached = dist.cache.get(key, now);
    if (cached && cached.expiresAt > now) {
        return finish(dist, cached, 'Hit from cloudfront', requestId, viewer.method, Math.floor((now - cached.storedAt) / 1000));
    }
    const origins = originFor(served.edge, behavior);
    const requestHeaders = [
        ['Host', origins[0]?.domainName ?? ''],
        ['User-Agent', 'Amazon CloudFront'],
        ['Via', viaHeader(dist.id)],
        ['X-Amz-Cf-Id', requestId],
        ['X-Forwarded-For', viewer.clientIp]
    ];
    if (cached?.etag)
        requestHeaders.push(['If-None-Match', cached.etag]);
    let fetched = {
        kind: 'failure',
        status: 502,
        reason: `no origin ${behavior.targetOriginId}`
    };
    let origin;
    for (const candidate of origins) {
        origin = candidate;
        fetched = await fetchOrigin(ctx, dist, candidate, {
            method: viewer.method === 'HEAD' ? 'GET' : viewer.method,
            uri,
            querystring: forwardedQuery,
            headers: requestHeaders.map(([n, v]) => n === 'Host' ? [n, candidate.domainName] : [n, v]),
            viewerProtocol: viewer.protocol
        });
        // Origin-group failover on a connection failure or a 5xx (the common failover criteria).
        if (fetched.kind === 'response' && fetched.status < 500)
            break;
    }
    if (fetched.kind === 'failure' || !origin) {
        const failure = fetched;
        const explanation = failure.status === 504
            ? 'CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection.'
            : 'CloudFront wasn&#39;t able to connect to the origin.';
        return errorPage(dist.id, failure.status, explanation, 'Error from cloudfront', requestId);
    }
    if (fetched.status === 304 && cached) {
        // Revalidated: the cached object (and the function result in it) is served again.
        const ttl = ttlSeconds(behavior, cached.status, cached.headers);
        const refreshed = { ...cached, storedAt: now, expiresAt: now + ttl * 1000 };
        dist.cache.set(key, refreshed, now);
        return finish(dist, refreshed, 'RefreshHit from cloudfront', requestId, viewer.method, 0);
    }
    const { outcome, arn } = await runOriginResponse(ctx, dist, behavior, {
        uri,
        querystring: forwardedQuery,
        method: viewer.method,
        clientIp: viewer.clientIp,
        origin,
        requestHeaders
    }, fetched, requestId);
    if (outcome.kind === 'error')
        return outcome.page;
    const status = Number(outcome.response.status);
    const headers = fromCloudFrontHeaders(outcome.response.headers);
    const object = {
        status,
        statusText: outcome.response.statusDescription ?? fetched.statusText,
        headers,
        body: outcome.body ?? fetched.body,
        storedAt: now,
        expiresAt: now,
        functionArn: arn,
        etag: headerValue(fetched.headers, 'etag'),
        lastModified: headerValue(fetched.headers, 'last-modified')
    };
    const ttl = ttlSeconds(behavior, status, headers);
    if (ttl > 0 && viewer.method !== 'OPTIONS') {
        object.expiresAt = now + ttl * 1000;
        dist.cache.set(key, object, now);
    }
    const xCache = status >= 400 ? 'Error from cloudfront' : 'Miss from cloudfront';
    return finish(dist, object, xCache, requestId, viewer.method);
}

// EXTERNAL MODULE: ./src/edge-runtime/runner.ts
var runner = __webpack_require__(6380);
;// CONCATENATED MODULE: ./src/emulator/function-pool.ts
// Published versions loaded for the edge: each version's handler is opened once from its zip
// in an isolated worker (the build stage's runner) and reused, like a warm Lambda@Edge replica.

/** Origin-response functions may run at most 30 s (Lambda@Edge quotas). */
const ORIGIN_EVENT_TIMEOUT_LIMIT_MS = 30_000;
class FunctionPool {
    opened = new Map();
    /** The loaded function for a versioned ARN (the version's code never changes). */
    get(arn, version) {
        let loaded = this.opened.get(arn);
        if (!loaded) {
            loaded = (0,runner/* openEdgeZip */.TW)(version.code.zip, {
                isolated: true,
                timeoutMs: Math.min(version.settings.timeout * 1000, ORIGIN_EVENT_TIMEOUT_LIMIT_MS),
                memoryMb: version.settings.memorySize,
                handler: version.settings.handler
            });
            // A zip that cannot be loaded is reported per request; try again next time.
            loaded.catch(() => this.opened.delete(arn));
            this.opened.set(arn, loaded);
        }
        return loaded;
    }
    async closeAll() {
        const all = [...this.opened.values()];
        this.opened.clear();
        await Promise.all(all.map(async (p) => (await p.catch(() => undefined))?.close()));
    }
}

;// CONCATENATED MODULE: ./src/emulator/lambda-json.ts
// Lambda's JSON shapes as the API reference gives them: FunctionConfiguration (State and
// LastUpdateStatus included), request bodies, the FunctionName path parameter and errors.



function functionArn(name, qualifier) {
    return `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${name}${qualifier ? `:${qualifier}` : ''}`;
}
/** Lambda's timestamp format: `2024-01-31T12:00:00.000+0000`. */
function lambdaTime(ms) {
    return new Date(ms).toISOString().replace('Z', '+0000');
}
function json(status, body) {
    return {
        status,
        headers: { 'content-type': 'application/json', 'x-amzn-requestid': (0,external_node_crypto_.randomUUID)() },
        body: body === undefined ? '' : JSON.stringify(body)
    };
}
function notFound(name, qualifier) {
    return new ApiError('ResourceNotFoundException', 404, `Function not found: ${functionArn(name, qualifier)}`);
}
function invalidParameter(message) {
    return new ApiError('InvalidParameterValueException', 400, message);
}
/** Name and qualifier from a FunctionName path parameter (name, partial or full ARN, `name:qualifier`). */
function parseFunctionName(raw, qualifierParam) {
    const full = /^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:([^:]+)(?::([^:]+))?$/.exec(raw);
    const partial = /^\d{12}:function:([^:]+)(?::([^:]+))?$/.exec(raw);
    const plain = /^([^:]+)(?::([^:]+))?$/.exec(raw);
    const match = full ?? partial ?? plain;
    const name = match?.[1] ?? raw;
    const qualifier = qualifierParam ?? match?.[2] ?? undefined;
    return { name, qualifier };
}
function requireFunction(ctx, name, qualifier) {
    const fn = ctx.store.functions.get(name);
    if (!fn)
        throw notFound(name, qualifier);
    ctx.store.settleFunction(fn);
    return fn;
}
function requireVersion(fn, qualifier) {
    if (qualifier === undefined || qualifier === '$LATEST')
        return undefined;
    const version = fn.versions.find((v) => v.version === qualifier);
    if (!version)
        throw notFound(fn.name, qualifier);
    return version;
}
function settingsJson(fn, settings) {
    return {
        Runtime: settings.runtime,
        Role: settings.role,
        Handler: settings.handler,
        Timeout: settings.timeout,
        MemorySize: settings.memorySize,
        ...(settings.environment ? { Environment: { Variables: { ...settings.environment } } } : {}),
        TracingConfig: { Mode: 'PassThrough' },
        PackageType: 'Zip',
        Architectures: [...settings.architectures],
        EphemeralStorage: { Size: 512 },
        SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
        RuntimeVersionConfig: {
            RuntimeVersionArn: `arn:aws:lambda:${REGION}::runtime:${settings.runtime}`
        },
        LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${fn.name}` }
    };
}
function stateJson(activeAt, now) {
    return activeAt <= now
        ? { State: 'Active' }
        : {
            State: 'Pending',
            StateReason: 'The function is being created.',
            StateReasonCode: 'Creating'
        };
}
/** FunctionConfiguration of $LATEST or of a numbered version. */
function configurationJson(store, fn, version) {
    const now = store.now();
    if (version) {
        return {
            FunctionName: fn.name,
            FunctionArn: functionArn(fn.name, version.version),
            CodeSize: version.code.size,
            CodeSha256: version.code.sha256,
            Description: version.description,
            LastModified: lambdaTime(version.lastModified),
            Version: version.version,
            RevisionId: version.revisionId,
            ...settingsJson(fn, version.settings),
            ...stateJson(version.activeAt, now),
            LastUpdateStatus: 'Successful'
        };
    }
    return {
        FunctionName: fn.name,
        FunctionArn: functionArn(fn.name),
        CodeSize: fn.code.size,
        CodeSha256: fn.code.sha256,
        Description: fn.settings.description,
        LastModified: lambdaTime(fn.lastModified),
        Version: '$LATEST',
        RevisionId: fn.revisionId,
        ...settingsJson(fn, fn.settings),
        // "Lambda function states": an idle function is Inactive; updating it does not invoke it.
        ...(fn.inactive && fn.activeAt <= now
            ? {
                State: 'Inactive',
                StateReason: 'The function is inactive.',
                StateReasonCode: 'Idle'
            }
            : stateJson(fn.activeAt, now)),
        LastUpdateStatus: fn.lastUpdateStatus,
        ...(fn.lastUpdateReason ? { LastUpdateStatusReason: fn.lastUpdateReason } : {}),
        ...(fn.lastUpdateReasonCode ? { LastUpdateStatusReasonCode: fn.lastUpdateReasonCode } : {})
    };
}
function parseJsonBody(request) {
    const text = request.body.toString('utf8');
    if (text.trim() === '')
        return {};
    try {
        const value = JSON.parse(text);
        if (value && typeof value === 'object' && !Array.isArray(value))
            return value;
    }
    catch {
        // fall through
    }
    throw new ApiError('InvalidRequestContentException', 400, 'Could not parse request body into json.');
}
function zipFrom(body) {
    const base64 = body.ZipFile;
    if (typeof base64 !== 'string' || base64 === '') {
        throw invalidParameter('The emulator accepts function code only as ZipFile (S3 and image code are not modelled).');
    }
    const zip = Buffer.from(base64, 'base64');
    const magic = zip.subarray(0, 4).toString('binary');
    if (magic !== 'PK\u0003\u0004' && magic !== 'PK\u0005\u0006') {
        throw invalidParameter('Could not unzip uploaded file. Please check your file, then try to upload again.');
    }
    return codeRecord(new Uint8Array(zip));
}
function environmentFrom(value) {
    const variables = value?.Variables;
    if (!variables || typeof variables !== 'object')
        return undefined;
    const entries = Object.entries(variables).map(([k, v]) => [
        k,
        String(v)
    ]);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

;// CONCATENATED MODULE: ./src/emulator/lambda-api.ts
// Lambda API 2015-03-31 (REST-JSON): the function operations the action uses, with the
// State / LastUpdateStatus transitions, the CodeSha256 and RevisionId preconditions and
// PublishVersion's de-duplication as measured on AWS (docs/aws-facts.md §7).







const lambda_api_API = '/2015-03-31/functions';
/** "The role defined for the function cannot be assumed by Lambda." when the trust lacks lambda. */
function checkRole(ctx, role) {
    if (typeof role !== 'string' || !/^arn:aws:iam::\d{12}:role\/.+$/.test(role)) {
        throw new ApiError('ValidationException', 400, `1 validation error detected: Value '${String(role)}' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+`);
    }
    if (!ctx.store.roleTrust(role).includes('lambda.amazonaws.com')) {
        throw invalidParameter('The role defined for the function cannot be assumed by Lambda.');
    }
    return role;
}
function inProgressConflict(fn, now) {
    if (fn.activeAt > now) {
        return new ApiError('ResourceConflictException', 409, `The operation cannot be performed at this time. The function is currently in the following state: Pending`);
    }
    if (fn.lastUpdateStatus === 'InProgress') {
        return new ApiError('ResourceConflictException', 409, `The operation cannot be performed at this time. An update is in progress for resource: ${functionArn(fn.name)}`);
    }
    return undefined;
}
function checkRevision(fn, revisionId) {
    if (revisionId !== undefined && revisionId !== fn.revisionId) {
        throw new ApiError('PreconditionFailedException', 412, 'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id');
    }
}
function createFunction(ctx, request) {
    const body = parseJsonBody(request);
    const name = body.FunctionName;
    if (typeof name !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(name)) {
        throw new ApiError('ValidationException', 400, `1 validation error detected: Value '${String(name)}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+`);
    }
    if (ctx.store.functions.has(name)) {
        throw new ApiError('ResourceConflictException', 409, `Function already exist: ${name}`);
    }
    if (typeof body.Runtime !== 'string' || typeof body.Handler !== 'string') {
        throw invalidParameter('Runtime and Handler are mandatory parameters for functions created with deployment packages.');
    }
    const role = checkRole(ctx, body.Role);
    const code = zipFrom((body.Code ?? {}));
    const fn = addFunction(ctx.store, name, code, {
        runtime: body.Runtime,
        role,
        handler: body.Handler,
        description: typeof body.Description === 'string' ? body.Description : '',
        timeout: typeof body.Timeout === 'number' ? body.Timeout : 3,
        memorySize: typeof body.MemorySize === 'number' ? body.MemorySize : 128,
        environment: environmentFrom(body.Environment),
        architectures: Array.isArray(body.Architectures) ? body.Architectures.map(String) : ['x86_64']
    });
    if (body.Publish === true)
        ctx.store.publishVersion(fn, '');
    return json(201, configurationJson(ctx.store, fn));
}
/** Registers a function (created by the API or seeded). */
function addFunction(store, name, code, settings, active = false) {
    const fn = {
        name,
        arn: functionArn(name),
        code,
        settings,
        revisionId: (0,external_node_crypto_.randomUUID)(),
        lastModified: store.now(),
        activeAt: active ? store.now() : store.now() + store.delays.functionCreateMs,
        lastUpdateStatus: 'Successful',
        versions: [],
        changedSincePublish: true
    };
    store.functions.set(name, fn);
    return fn;
}
function getFunction(ctx, raw, request) {
    const { name, qualifier } = parseFunctionName(raw, request.query.get('Qualifier'));
    const fn = requireFunction(ctx, name, qualifier);
    const version = requireVersion(fn, qualifier);
    return json(200, {
        Configuration: configurationJson(ctx.store, fn, version),
        Code: {
            RepositoryType: 'S3',
            Location: `${ctx.endpoint()}/__emulator/code/${encodeURIComponent(fn.name)}/${version?.version ?? '$LATEST'}.zip`
        },
        Tags: {}
    });
}
function getFunctionConfiguration(ctx, raw, request) {
    const { name, qualifier } = parseFunctionName(raw, request.query.get('Qualifier'));
    const fn = requireFunction(ctx, name, qualifier);
    return json(200, configurationJson(ctx.store, fn, requireVersion(fn, qualifier)));
}
function updateFunctionCode(ctx, raw, request) {
    const { name } = parseFunctionName(raw, null);
    const fn = requireFunction(ctx, name);
    const body = parseJsonBody(request);
    const code = zipFrom(body);
    const conflict = inProgressConflict(fn, ctx.store.now());
    if (conflict)
        throw conflict;
    checkRevision(fn, body.RevisionId);
    if (body.DryRun === true)
        return json(200, configurationJson(ctx.store, fn));
    ctx.store.beginFunctionUpdate(fn, { code });
    const answer = configurationJson(ctx.store, fn);
    if (body.Publish === true) {
        const version = ctx.store.publishVersion(fn, '');
        return json(200, configurationJson(ctx.store, fn, version));
    }
    return json(200, answer);
}
function updateFunctionConfiguration(ctx, raw, request) {
    const { name } = parseFunctionName(raw, null);
    const fn = requireFunction(ctx, name);
    const body = parseJsonBody(request);
    const conflict = inProgressConflict(fn, ctx.store.now());
    if (conflict)
        throw conflict;
    checkRevision(fn, body.RevisionId);
    const settings = { ...fn.settings };
    if (body.Role !== undefined)
        settings.role = checkRole(ctx, body.Role);
    if (typeof body.Runtime === 'string')
        settings.runtime = body.Runtime;
    if (typeof body.Handler === 'string')
        settings.handler = body.Handler;
    if (typeof body.Description === 'string')
        settings.description = body.Description;
    if (typeof body.Timeout === 'number')
        settings.timeout = body.Timeout;
    if (typeof body.MemorySize === 'number')
        settings.memorySize = body.MemorySize;
    if (body.Environment !== undefined)
        settings.environment = environmentFrom(body.Environment);
    ctx.store.beginFunctionUpdate(fn, { settings });
    return json(200, configurationJson(ctx.store, fn));
}
function publishVersion(ctx, raw, request) {
    const { name } = parseFunctionName(raw, null);
    const fn = requireFunction(ctx, name);
    const body = parseJsonBody(request);
    const conflict = inProgressConflict(fn, ctx.store.now());
    if (conflict)
        throw conflict;
    if (typeof body.CodeSha256 === 'string' && body.CodeSha256 !== fn.code.sha256) {
        throw invalidParameter(`CodeSHA256 (${body.CodeSha256}) is different from current CodeSHA256 in $LATEST (${fn.code.sha256}). Please try again with the CodeSHA256 in $LATEST.`);
    }
    checkRevision(fn, body.RevisionId);
    const last = fn.versions[fn.versions.length - 1];
    // Measured on AWS: no update since the last publish returns that version again.
    const version = !fn.changedSincePublish && last
        ? last
        : ctx.store.publishVersion(fn, typeof body.Description === 'string' ? body.Description : '');
    return json(201, configurationJson(ctx.store, fn, version));
}
function listVersions(ctx, raw, request) {
    const { name } = parseFunctionName(raw, null);
    const fn = requireFunction(ctx, name);
    const all = [
        configurationJson(ctx.store, fn),
        ...fn.versions.map((v) => configurationJson(ctx.store, fn, v))
    ];
    const start = Number(request.query.get('Marker') ?? 0) || 0;
    const maxItems = Math.max(1, Math.min(10000, Number(request.query.get('MaxItems') ?? 50) || 50));
    const page = all.slice(start, start + maxItems);
    const next = start + maxItems < all.length ? String(start + maxItems) : undefined;
    return json(200, { Versions: page, ...(next ? { NextMarker: next } : {}) });
}
/** Versioned ARNs any distribution still uses (in the API's config or at the edge). */
function associatedArns(store) {
    const arns = new Set();
    for (const dist of store.distributions.values()) {
        for (const config of [dist.config, dist.served?.config]) {
            const behaviors = [
                findPath(config, 'DefaultCacheBehavior'),
                ...itemsOf(findPath(config, 'CacheBehaviors'))
            ];
            for (const behavior of behaviors)
                for (const a of lambdaAssociationsOf(behavior))
                    arns.add(a.arn);
        }
    }
    return arns;
}
function deleteFunction(ctx, raw, request) {
    const { name, qualifier } = parseFunctionName(raw, request.query.get('Qualifier'));
    const fn = requireFunction(ctx, name, qualifier);
    if (qualifier === '$LATEST') {
        throw invalidParameter('$LATEST version cannot be deleted without deleting the function.');
    }
    const targets = qualifier ? [requireVersion(fn, qualifier)] : fn.versions;
    const associated = associatedArns(ctx.store);
    // Replicas outlive the association by hours on AWS; here a version counts as replicated
    // exactly while a distribution (its API config or its deployed config) references it.
    const replicated = targets.find((v) => associated.has(functionArn(fn.name, v.version)));
    if (replicated) {
        throw invalidParameter(`Lambda was unable to delete ${functionArn(fn.name, replicated.version)} because it is a replicated function. Please see our documentation for Deleting Lambda@Edge Functions and Replicas.`);
    }
    if (qualifier)
        fn.versions = fn.versions.filter((v) => v.version !== qualifier);
    else
        ctx.store.functions.delete(fn.name);
    return { status: 204, headers: { 'x-amzn-requestid': (0,external_node_crypto_.randomUUID)() }, body: '' };
}
/** A route on `/{FunctionName}...`: its handler takes the (decoded) function name. */
function byName(method, suffix, operation, mutating, run) {
    return {
        method,
        pattern: new RegExp(`^/([^/]+)${suffix}$`),
        operation,
        mutating,
        run: (c, [name], r) => run(c, name ?? '', r)
    };
}
const lambda_api_ROUTES = [
    {
        method: 'POST',
        pattern: /^$/,
        operation: 'CreateFunction',
        mutating: true,
        run: (c, _, r) => createFunction(c, r)
    },
    byName('GET', '', 'GetFunction', false, getFunction),
    byName('DELETE', '', 'DeleteFunction', true, deleteFunction),
    byName('GET', '/configuration', 'GetFunctionConfiguration', false, getFunctionConfiguration),
    byName('PUT', '/configuration', 'UpdateFunctionConfiguration', true, updateFunctionConfiguration),
    byName('PUT', '/code', 'UpdateFunctionCode', true, updateFunctionCode),
    byName('POST', '/versions', 'PublishVersion', true, publishVersion),
    byName('GET', '/versions', 'ListVersionsByFunction', false, listVersions)
];
function isLambdaRequest(request) {
    return request.path === lambda_api_API || request.path.startsWith(`${lambda_api_API}/`);
}
function handleLambda(ctx, request) {
    const path = request.path.slice(lambda_api_API.length).replace(/\/$/, '');
    return dispatchRoutes(ctx, lambda_api_ROUTES, path, request, {
        throttled: (operation) => ctx.store.takeThrottle('lambda', operation),
        throttleError: () => new ApiError('TooManyRequestsException', 429, 'Rate exceeded', {
            Reason: 'CallerRateLimitExceeded'
        }),
        unknownCode: 'InvalidRequestContentException',
        errorResponse: (error) => jsonErrorResponse(error)
    });
}

;// CONCATENATED MODULE: ./src/emulator/seed-config.ts

/** A `{Quantity, Items}` wrapper; `Items` is left out when empty, as CloudFront does. */
function list(wrapper, items) {
    const children = [textElement('Quantity', items.length)];
    if (items.length > 0)
        children.push(xml_element('Items', items));
    return xml_element(wrapper, children);
}
function textList(wrapper, itemTag, values) {
    return list(wrapper, values.map((v) => textElement(itemTag, v)));
}
function elementList(wrapper, itemTag, items) {
    return list(wrapper, items.map((children) => xml_element(itemTag, children)));
}
/** The DomainName a state-file origin gets in the config. */
function originDomainName(origin) {
    if (origin.domainName)
        return origin.domainName;
    if (origin.url)
        return new URL(origin.url).hostname.replace(/^\[|\]$/g, '');
    const bucket = origin.id.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
    return `${bucket}.s3.us-east-1.amazonaws.com`;
}
function originXml(origin) {
    const children = [
        textElement('Id', origin.id),
        textElement('DomainName', originDomainName(origin)),
        textElement('OriginPath', origin.url ? new URL(origin.url).pathname.replace(/\/+$/, '') : ''),
        textList('CustomHeaders', 'OriginCustomHeader', [])
    ];
    if (origin.url) {
        const url = new URL(origin.url);
        const https = url.protocol === 'https:';
        const port = url.port ? Number(url.port) : https ? 443 : 80;
        children.push(xml_element('CustomOriginConfig', [
            textElement('HTTPPort', https ? 80 : port),
            textElement('HTTPSPort', https ? port : 443),
            textElement('OriginProtocolPolicy', https ? 'https-only' : 'http-only'),
            textList('OriginSslProtocols', 'SslProtocol', ['TLSv1.2']),
            textElement('OriginReadTimeout', 30),
            textElement('OriginKeepaliveTimeout', 5)
        ]));
    }
    else {
        children.push(xml_element('S3OriginConfig', [xml_element('OriginAccessIdentity')]));
    }
    children.push(textElement('ConnectionAttempts', 3), textElement('ConnectionTimeout', 10), xml_element('OriginShield', [textElement('Enabled', false)]), xml_element('OriginAccessControlId'));
    return children;
}
function associationsXml(items = []) {
    return elementList('LambdaFunctionAssociations', 'LambdaFunctionAssociation', items.map((a) => [
        textElement('LambdaFunctionARN', a.arn),
        textElement('EventType', a.eventType),
        textElement('IncludeBody', a.includeBody ?? false)
    ]));
}
function behaviorXml(behavior, targetOriginId, isDefault) {
    const methods = ['HEAD', 'GET'];
    return [
        ...(isDefault ? [] : [textElement('PathPattern', behavior.pathPattern ?? '*')]),
        textElement('TargetOriginId', behavior.targetOriginId ?? targetOriginId),
        xml_element('TrustedSigners', [textElement('Enabled', false), textElement('Quantity', 0)]),
        xml_element('TrustedKeyGroups', [textElement('Enabled', false), textElement('Quantity', 0)]),
        textElement('ViewerProtocolPolicy', behavior.viewerProtocolPolicy ?? 'redirect-to-https'),
        xml_element('AllowedMethods', [
            textElement('Quantity', methods.length),
            xml_element('Items', methods.map((m) => textElement('Method', m))),
            textList('CachedMethods', 'Method', methods)
        ]),
        textElement('SmoothStreaming', false),
        textElement('Compress', true),
        associationsXml(behavior.lambdaFunctionAssociations),
        elementList('FunctionAssociations', 'FunctionAssociation', (behavior.functionAssociations ?? []).map((f) => [
            textElement('FunctionARN', f.arn),
            textElement('EventType', f.eventType)
        ])),
        xml_element('FieldLevelEncryptionId'),
        xml_element('ForwardedValues', [
            textElement('QueryString', behavior.queryString ?? false),
            xml_element('Cookies', [textElement('Forward', 'none')]),
            textList('Headers', 'Name', []),
            textList('QueryStringCacheKeys', 'Name', [])
        ]),
        textElement('MinTTL', behavior.minTtl ?? 0),
        textElement('DefaultTTL', behavior.defaultTtl ?? 86400),
        textElement('MaxTTL', behavior.maxTtl ?? 31536000)
    ];
}
/** A `<DistributionConfig>` element for a seeded distribution. */
function seedDistributionConfig(input) {
    const firstOrigin = input.origins[0]?.id ?? 'origin';
    const behaviors = input.behaviors ?? [];
    return xml_element('DistributionConfig', [
        textElement('CallerReference', `headerguard-emulator-${input.id}`),
        textList('Aliases', 'CNAME', input.aliases ?? []),
        textElement('DefaultRootObject', input.defaultRootObject ?? 'index.html'),
        elementList('Origins', 'Origin', input.origins.map(originXml)),
        elementList('OriginGroups', 'OriginGroup', []),
        xml_element('DefaultCacheBehavior', behaviorXml(input.defaultBehavior ?? {}, firstOrigin, true)),
        elementList('CacheBehaviors', 'CacheBehavior', behaviors.map((b) => behaviorXml(b, firstOrigin, false))),
        elementList('CustomErrorResponses', 'CustomErrorResponse', []),
        textElement('Comment', input.comment ?? ''),
        xml_element('Logging', [
            textElement('Enabled', false),
            textElement('IncludeCookies', false),
            xml_element('Bucket'),
            xml_element('Prefix')
        ]),
        textElement('PriceClass', 'PriceClass_All'),
        textElement('Enabled', input.enabled ?? true),
        xml_element('ViewerCertificate', [
            textElement('CloudFrontDefaultCertificate', true),
            textElement('SSLSupportMethod', 'vip'),
            textElement('MinimumProtocolVersion', 'TLSv1'),
            textElement('CertificateSource', 'cloudfront')
        ]),
        xml_element('Restrictions', [
            xml_element('GeoRestriction', [
                textElement('RestrictionType', 'none'),
                textElement('Quantity', 0)
            ])
        ]),
        xml_element('WebACLId'),
        textElement('HttpVersion', 'http2'),
        textElement('IsIPV6Enabled', true),
        textElement('Staging', false)
    ]);
}

;// CONCATENATED MODULE: ./src/emulator/iam-api.ts
// IAM (query protocol), only GetRole: the action reads a role's trust policy in its preflight.
// A role the state does not declare exists and trusts lambda and edgelambda.




const IAM_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';
/** Whether a request is an IAM query call: POST / with a form body, or signed for `iam`. */
function isIamRequest(request) {
    if (request.path !== '/' || request.method !== 'POST')
        return false;
    const auth = request.headers.authorization ?? '';
    const form = (request.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded');
    return form || /\/iam\/aws4_request/.test(auth);
}
function trustPolicyDocument(principals) {
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: principals }, Action: 'sts:AssumeRole' }]
    });
}
function getRole(store, params) {
    const name = params.get('RoleName') ?? '';
    if (!/^[\w+=,.@-]{1,64}$/.test(name)) {
        throw new ApiError('ValidationError', 400, `The specified value for roleName is invalid.`);
    }
    const declared = store.roles.get(name);
    const arn = declared?.arn ?? `arn:aws:iam::${ACCOUNT_ID}:role/${name}`;
    const trust = store.roleTrust(arn);
    const roleId = `AROA${(0,external_node_crypto_.createHash)('sha256').update(arn).digest('hex').slice(0, 17).toUpperCase()}`;
    const requestId = (0,external_node_crypto_.randomUUID)();
    const body = buildXml([
        xml_element('GetRoleResponse', [
            xml_element('GetRoleResult', [
                xml_element('Role', [
                    textElement('Path', '/'),
                    // AWS returns the policy document URL-encoded (RFC 3986) inside the XML.
                    textElement('AssumeRolePolicyDocument', encodeURIComponent(trustPolicyDocument(trust))),
                    textElement('MaxSessionDuration', 3600),
                    textElement('RoleId', roleId),
                    textElement('RoleName', name),
                    textElement('Arn', arn),
                    textElement('CreateDate', '2024-01-01T00:00:00Z'),
                    xml_element('RoleLastUsed')
                ])
            ]),
            xml_element('ResponseMetadata', [textElement('RequestId', requestId)])
        ], { xmlns: IAM_NAMESPACE })
    ]);
    return {
        status: 200,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
        body
    };
}
function handleIam(store, request) {
    const params = new URLSearchParams(request.body.toString('utf8'));
    const operation = params.get('Action') ?? 'Unknown';
    try {
        if (store.takeThrottle('iam', operation))
            throw new ApiError('Throttling', 400, 'Rate exceeded');
        if (operation !== 'GetRole') {
            throw new ApiError('InvalidAction', 400, `The emulator implements only GetRole, not ${operation}.`);
        }
        return { operation, mutating: false, response: getRole(store, params) };
    }
    catch (error) {
        if (error instanceof ApiError) {
            return { operation, mutating: false, response: xmlErrorResponse(error, IAM_NAMESPACE) };
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/emulator/snapshot.ts
// A plain-data view of the emulator's state, for tests and GET /__emulator/state.

function snapshot(store, viewerDomain) {
    const now = store.now();
    return {
        distributions: [...store.distributions.values()].map((dist) => {
            const status = store.distributionStatus(dist);
            return {
                id: dist.id,
                status,
                etag: dist.etag,
                domainName: viewerDomain(dist.viewerPort),
                viewerUrl: `http://${viewerDomain(dist.viewerPort)}`,
                originResponseArns: originResponseArns(readEdgeConfig(dist.config)),
                deployedOriginResponseArns: dist.served ? originResponseArns(dist.served.edge) : {},
                invalidations: dist.invalidations.map((inv) => ({
                    id: inv.id,
                    status: store.invalidationStatus(inv),
                    paths: [...inv.paths]
                })),
                cachedObjects: dist.cache.size
            };
        }),
        functions: [...store.functions.values()].map((fn) => {
            store.settleFunction(fn);
            return {
                name: fn.name,
                arn: fn.arn,
                versions: [
                    {
                        version: '$LATEST',
                        arn: fn.arn,
                        codeSha256: fn.code.sha256,
                        state: fn.activeAt <= now ? 'Active' : 'Pending',
                        lastUpdateStatus: fn.lastUpdateStatus,
                        environment: fn.settings.environment,
                        role: fn.settings.role
                    },
                    ...fn.versions.map((v) => ({
                        version: v.version,
                        arn: `${fn.arn}:${v.version}`,
                        codeSha256: v.code.sha256,
                        state: v.activeAt <= now ? 'Active' : 'Pending',
                        environment: v.settings.environment,
                        role: v.settings.role
                    }))
                ]
            };
        }),
        delays: { ...store.delays },
        faults: store.activeFaults()
    };
}

;// CONCATENATED MODULE: ./src/emulator/server.ts
// The control-plane server: one loopback HTTP endpoint for CloudFront (/2020-05-31/...),
// Lambda (/2015-03-31/functions...), IAM (POST / with a query-protocol form) and the
// emulator's own admin routes (/__emulator/...). Requests are not authenticated: any
// SigV4-signed (or unsigned) request is accepted.





function readBody(req) {
    return new Promise((done, fail) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => done(Buffer.concat(chunks)));
        req.on('error', fail);
    });
}
function jsonResponse(status, value) {
    return {
        status,
        headers: { 'content-type': 'application/json' },
        body: value === undefined ? '' : JSON.stringify(value, null, 2)
    };
}
function parseJson(body) {
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** GET/DELETE /__emulator/calls, GET /__emulator/state, GET/POST/DELETE /__emulator/faults, POST /delays, code downloads. */
function handleAdmin(ctx, request) {
    const { store } = ctx;
    const route = `${request.method} ${request.path}`;
    if (route === 'GET /__emulator/state')
        return jsonResponse(200, snapshot(store, ctx.viewerDomain));
    if (route === 'GET /__emulator/calls')
        return jsonResponse(200, store.calls());
    if (route === 'DELETE /__emulator/calls') {
        store.resetCalls();
        return jsonResponse(204, undefined);
    }
    if (route === 'GET /__emulator/ca.pem')
        return { status: 200, headers: { 'content-type': 'application/x-pem-file' }, body: ctx.caPem };
    if (route === 'GET /__emulator/faults')
        return jsonResponse(200, { faults: store.activeFaults() });
    if (route === 'DELETE /__emulator/faults') {
        store.clearFaults();
        return jsonResponse(200, { faults: store.activeFaults() });
    }
    if (route === 'POST /__emulator/faults') {
        const body = parseJson(request.body);
        if (body === undefined)
            return jsonResponse(400, {
                message: 'the fault must be a JSON object (the body is not JSON)'
            });
        try {
            store.injectFault(body);
        }
        catch (error) {
            // A malformed fault, or one naming a distribution or function that does not exist.
            return jsonResponse(400, { message: error.message });
        }
        return jsonResponse(200, { faults: store.activeFaults() });
    }
    if (route === 'POST /__emulator/delays') {
        const delays = parseJson(request.body);
        if (!delays || typeof delays !== 'object')
            return jsonResponse(400, { message: 'expected a JSON object of delays in ms' });
        store.setDelays(delays);
        return jsonResponse(200, store.delays);
    }
    const code = /^\/__emulator\/code\/([^/]+)\/([^/]+)\.zip$/.exec(request.path);
    if (request.method === 'GET' && code) {
        const fn = store.functions.get(decodeURIComponent(code[1]));
        const qualifier = decodeURIComponent(code[2]);
        const zip = qualifier === '$LATEST' ? fn?.code : fn?.versions.find((v) => v.version === qualifier)?.code;
        if (!zip)
            return jsonResponse(404, { message: 'no such function code' });
        return { status: 200, headers: { 'content-type': 'application/zip' }, body: zip.zip };
    }
    return jsonResponse(404, { message: `no emulator route ${route}` });
}
async function dispatch(ctx, request) {
    if (request.path.startsWith('/__emulator/'))
        return handleAdmin(ctx, request);
    let service;
    let answer;
    if (isCloudFrontRequest(request)) {
        service = 'cloudfront';
        answer = await handleCloudFront(ctx, request);
    }
    else if (isLambdaRequest(request)) {
        service = 'lambda';
        answer = await handleLambda(ctx, request);
    }
    else if (isIamRequest(request)) {
        service = 'iam';
        answer = handleIam(ctx.store, request);
    }
    else {
        return jsonResponse(404, {
            message: `the emulator serves CloudFront, Lambda and IAM only, not ${request.method} ${request.path}`
        });
    }
    ctx.store.record({
        service,
        operation: answer.operation,
        mutating: answer.mutating,
        status: answer.response.status,
        at: new Date(ctx.store.now()).toISOString()
    });
    return answer.response;
}
async function startControlServer(ctx, host, port) {
    const server = external_node_http_default().createServer((req, res) => {
        readBody(req)
            .then(async (body) => {
            const url = new URL(req.url ?? '/', 'http://emulator');
            const headers = {};
            for (const [name, value] of Object.entries(req.headers)) {
                headers[name] = Array.isArray(value) ? value.join(', ') : value;
            }
            const response = await dispatch(ctx, {
                method: req.method ?? 'GET',
                path: url.pathname,
                query: url.searchParams,
                headers,
                body
            });
            const payload = typeof response.body === 'string' ? Buffer.from(response.body) : response.body;
            res.writeHead(response.status, {
                ...response.headers,
                'content-length': String(payload.byteLength)
            });
            res.end(payload);
        })
            .catch((error) => {
            const message = error instanceof Error ? error.message : String(error);
            if (!res.headersSent)
                res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ message: `emulator error: ${message}` }));
        });
    });
    await new Promise((ready, fail) => {
        server.once('error', fail);
        server.listen(port, host, () => ready());
    });
    return {
        port: server.address().port,
        close: () => new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
        })
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/emulator/state-file.ts
// The seed state: read from a YAML/JSON file or given as an object, checked for shape, and
// the default world (one distribution in front of examples/site/) when none is given.






const DEFAULT_DISTRIBUTION_ID = 'EDFDVBD6EXAMPLE';
const DEFAULT_ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/headerguard-edge`;
/**
 * Without --state: the example site behind one distribution, Deployed, no associations. Its
 * behaviors allow plain HTTP (CloudFront's own default), so the viewer URL the emulator prints
 * serves pages to any client; the demo asks for redirect-to-https, as a hardened site would.
 */
function defaultState(viewerProtocolPolicy = 'allow-all') {
    return {
        distributions: [
            {
                id: DEFAULT_DISTRIBUTION_ID,
                comment: 'headerguard example site',
                origins: [{ id: 'example-site', folder: 'examples/site' }],
                defaultBehavior: { viewerProtocolPolicy },
                behaviors: [
                    {
                        pathPattern: '/assets/*',
                        viewerProtocolPolicy,
                        defaultTtl: 604800
                    }
                ]
            }
        ],
        roles: [{ arn: DEFAULT_ROLE_ARN, trust: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'] }]
    };
}
function fail(source, message) {
    throw new errors/* InputError */.dz(`${source}: ${message}`);
}
function state_file_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Shape checks that catch typos early; the detailed rules are the API's. */
function checkStateInput(value, source) {
    if (value === null || value === undefined)
        return {};
    if (!state_file_isRecord(value))
        fail(source, 'the state must be a mapping with distributions, functions, roles, delays, faults');
    const known = new Set(['distributions', 'functions', 'roles', 'delays', 'faults']);
    for (const key of Object.keys(value)) {
        if (!known.has(key))
            fail(source, `unknown top-level key '${key}' (expected one of ${[...known].join(', ')})`);
    }
    for (const key of ['distributions', 'functions', 'roles', 'faults']) {
        if (value[key] !== undefined && !Array.isArray(value[key]))
            fail(source, `'${key}' must be a list`);
    }
    const state = value;
    state.distributions?.forEach((d, i) => {
        if (!state_file_isRecord(d) || typeof d.id !== 'string')
            fail(source, `distributions[${i}] needs an id`);
        if (!Array.isArray(d.origins) || d.origins.length === 0)
            fail(source, `distributions[${i}] (${d.id}) needs at least one origin`);
        d.origins.forEach((o, j) => {
            if (!state_file_isRecord(o) || typeof o.id !== 'string')
                fail(source, `distributions[${i}].origins[${j}] needs an id`);
            if ((o.folder === undefined) === (o.url === undefined)) {
                fail(source, `distributions[${i}].origins[${j}] (${o.id}) needs exactly one of folder or url`);
            }
        });
    });
    state.functions?.forEach((f, i) => {
        if (!state_file_isRecord(f) || typeof f.name !== 'string')
            fail(source, `functions[${i}] needs a name`);
    });
    state.roles?.forEach((r, i) => {
        if (!state_file_isRecord(r) || typeof r.arn !== 'string')
            fail(source, `roles[${i}] needs an arn`);
    });
    state.faults?.forEach((f, i) => {
        try {
            checkFault(f, `faults[${i}]`);
        }
        catch (error) {
            fail(source, error.message);
        }
    });
    if (state.delays !== undefined && !state_file_isRecord(state.delays))
        fail(source, `'delays' must be a mapping`);
    return state;
}
/** Reads a state file (YAML or JSON; JSON is YAML). */
function loadStateFile(path, cwd) {
    const full = (0,external_node_path_.resolve)(cwd, path);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(full, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz(`cannot read the emulator state file ${full}: ${error.message}`);
    }
    let value;
    try {
        value = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${full}: not valid YAML or JSON: ${error.message}`);
    }
    return checkStateInput(value, full);
}

;// CONCATENATED MODULE: ./src/emulator/tls-material.ts
// Emulator-only TEST credentials: a self-signed CA and a leaf certificate for 127.0.0.1,
// localhost and ::1, generated once with openssl (valid 2024-01-01 to 2036-01-01) so the
// viewer endpoints can speak HTTPS. They protect nothing: the private key is public. Never
// trust this CA outside a test or a local demo (the emulator writes it to a temp file for
// NODE_EXTRA_CA_CERTS).
/** The test CA the viewer certificate chains to. */
const EMULATOR_CA_PEM = `-----BEGIN CERTIFICATE-----
MIIDNTCCAh2gAwIBAgIBATANBgkqhkiG9w0BAQsFADA8MTowOAYDVQQDDDFoZWFk
ZXJndWFyZCBlbXVsYXRvciB0ZXN0IENBIChub3QgZm9yIHByb2R1Y3Rpb24pMB4X
DTI0MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowPDE6MDgGA1UEAwwxaGVhZGVy
Z3VhcmQgZW11bGF0b3IgdGVzdCBDQSAobm90IGZvciBwcm9kdWN0aW9uKTCCASIw
DQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAONAEUroVEE0uEB2a1VU4rVdH1Ps
ZK9aXWirxZV6ytfuXcRTuJAFcazbcfRpygCGb1OdglY4AaTTkWqEqqVwGEt33wfY
FYy/OKJCeSb12DYnYmaepYtGAJhxxsD/mCUGYLqwdbcRgyOWF0kW4XrtusEVlIv4
BaLkm7OanXvh9fO7K37AfGMzeABSpZLKVzDxZZsMenNAFuW8j5BFzKAKrO66JEpV
wwRCmQa7yEiW9Pnta0MAikJiS0pRozr1EomtHXUWOftBfdoH0RhKR1RCs485GcCK
jqkG6c81cyJ5ii3uSm0jhw55Xcx6qU1Zz0WLUFtiMdwWi19MxvjGLUvHE3kCAwEA
AaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwHQYDVR0OBBYE
FOzSOUjZe5KWuPURJtNNNKFqNdnhMA0GCSqGSIb3DQEBCwUAA4IBAQCI1CMSA+oC
BU5dKRGjl5lLu/k8Ts0PeyD7kpnly0A4Bi3jmpyCK8RyQLrX7VwYOOweYNSqCBwU
2wWSYXyPk7KZRu1cu1BXigvqt4Typpr9zrnX6A/T6TZxhBbHR15fTO6NvAif1QWj
7yvjHxGmX8aWR8ELKfMH1BuB5Kz6UDMvoimXghEVdFVllwmzWcJebnE76dbtaJDr
KlO2T9t9QryRpbRyBOVO4X0a0csTox0Nqe5zY9IJVeIliC/UqxqaH3fzce1GvWaG
qh0bpCNFs3osKp71rjxJ8cmYh+3RUbZC6kr7+DF4Ttg+JENQrSgfkZG9IhFOsbC/
a59WSzTTWZwi
-----END CERTIFICATE-----
`;
/** The viewer certificate (CN 127.0.0.1; SAN 127.0.0.1, localhost, ::1), signed by the test CA. */
const EMULATOR_LEAF_CERT_PEM = `-----BEGIN CERTIFICATE-----
MIIDbTCCAlWgAwIBAgIBAjANBgkqhkiG9w0BAQsFADA8MTowOAYDVQQDDDFoZWFk
ZXJndWFyZCBlbXVsYXRvciB0ZXN0IENBIChub3QgZm9yIHByb2R1Y3Rpb24pMB4X
DTI0MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowFDESMBAGA1UEAwwJMTI3LjAu
MC4xMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArcfuUVUpggGupG/o
eMAK9KXLzWZFnSYxEvALutsstQ0RTLa8nltPJqs+110BJ+gztTsJrFWtcffZ87C3
SEnuvHfaxywCuJAq3t2/Jb+VvFvTQbnDf9OWfi31ksX50H3LkdSk1TquH9oDL99S
cdU668vE46RH+aNZsxkGtRB9ghWBd9Wk2K26HpLyASP7TdHy7DSJ0S72AnuEkA+X
vFUSNcZnnG/TgQ6Ed0QjlfoXeyplEisXXnucwLqJWF3scb1FiKQlSx2o7K16rP/x
jgX5ZfDzl453K+L7RBlcYBHTEPIpqritE2+U6Y2FnNFWBMSLX3EWSSDtBcWVuo7W
KP+pBwIDAQABo4GhMIGeMAkGA1UdEwQCMAAwDgYDVR0PAQH/BAQDAgWgMBMGA1Ud
JQQMMAoGCCsGAQUFBwMBMCwGA1UdEQQlMCOHBH8AAAGCCWxvY2FsaG9zdIcQAAAA
AAAAAAAAAAAAAAAAATAfBgNVHSMEGDAWgBTs0jlI2XuSlrj1ESbTTTShajXZ4TAd
BgNVHQ4EFgQUXc2hITRMSgvuw9mTMDzZ+lnFZrwwDQYJKoZIhvcNAQELBQADggEB
AG0bVMb4ad9A6/Oi+KGI6K2cs5y3QCxEojiIb+CXYSb6Ryc24OHNXKeWxevjf+6A
kqdBc9hP3G7QEbiA49+KKVGPur61qgYKoEfBOY+7lhycYI42QxmqiwOusMs0jKVr
m/vFBrndf8ny/Bvh9PsTp/+B40RpFDW/zqgw5cbp6UpKgdySziiH2DolkfJqrRT4
A/QLAhzMJHvEtSe+8EyTdBeKd/mE5u/9eR64lNFz5oEEpuQH1h5x9KsHQQ+kSCAE
3fcjInsSm9EP7rxfS8+HgdyU7o0+GKFJMLQoe62AzRxS9PS9c3NG8IEZta0gXYjq
5+AQ/WfsuvZgMANY4pP3a6M=
-----END CERTIFICATE-----
`;
/** The viewer certificate's private key: test-only, published on purpose. */
const EMULATOR_LEAF_KEY_PEM = `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCtx+5RVSmCAa6k
b+h4wAr0pcvNZkWdJjES8Au62yy1DRFMtryeW08mqz7XXQEn6DO1OwmsVa1x99nz
sLdISe68d9rHLAK4kCre3b8lv5W8W9NBucN/05Z+LfWSxfnQfcuR1KTVOq4f2gMv
31Jx1Trry8TjpEf5o1mzGQa1EH2CFYF31aTYrboekvIBI/tN0fLsNInRLvYCe4SQ
D5e8VRI1xmecb9OBDoR3RCOV+hd7KmUSKxdee5zAuolYXexxvUWIpCVLHajsrXqs
//GOBfll8POXjncr4vtEGVxgEdMQ8imquK0Tb5TpjYWc0VYExItfcRZJIO0FxZW6
jtYo/6kHAgMBAAECggEACaibj8yubmnehYgswQ1XboqKfcOJ6faV8qoB1ORao0Nz
KzLa3+hOSWVqLDkgl9G5kgCShJAMgFGYvQkc3rkxOitlLv28tvpYT6O+fIAd9+aY
osYK3h9p9WBjjkFPpa1gM55AfRNyWxXYaIA+ilIiILnmGwrl7zOLiD9DVqvwddrZ
ixy6SLZoVRxOAZFVkh+uZUJP1F7OHNNLPvsskrMKkWY+C6MiZvID3hd2ljIU5Bdq
+Mg623JpJ55ugvfyB7yGKOO8CbskrC+35gkGRVmZ7gAuCFc02M+CYOQ2MrDzR/yz
ZteoBe50Q6JTbJFmCvtUcprRLo/zguxFZ28O7WyTFQKBgQDsMYR4Lx+itMn4f7ML
CT4pyg5GyJEiM/CvGvXPbQhzmCMpg58kVUrs8AlPqHD2g2SE9JScXrbQ1v0moDEO
15rdQ7jayJ/T3bCWFuU9tqBlMbqlfsRZJBqRaQMpbPvahUvJGXflQuqiqo33bIWu
eHCetKXOfvmq9hrvA4ayvy2WdQKBgQC8WpMAEq6759M6Pmdn2sk7uz4vuoY/yPYm
BAYHkmj1l9pP2fiQ8cCnOoeQBl5JQxfIsqP29osEoMgYKGrsmCmnUVTJ3K9aLvk7
eLJrJOQZ1jz6vd0dgIlSmYIBIHoosVJvE9TxczjsVhRRygxttwhgftl+BS4s81LG
yLXQPI8qCwKBgQDE+K6eg74ANIDSqbwokfazZvvs78qJGYO4o+UmrKkFrXR1ZHzN
Egw/+BXrxm8eRYkIj+d3WE1hcEkBc0o2NHvD1nxMiE8xoolnQYS/qJOukIA1D7iz
FjbJ2Sd33plSLSN8e67PFLUUHuPx2SDK1UomMESuJpoThtYDSY+FdYWRGQKBgDFj
DmhWfbqHbrs24aY5l8oxrnyVS94ts10EcRBLM3ox9uw5GxPmT72Je0IoaVCMZxAY
xyVaP9lWzyCGeILQ4xscGD9VviTHbFJLs3ykj6q2ogadAf1aVqdx2MSy31UMKbE2
Yf9tVt+hMnK/p8Kc23VxzVVdxl3C71FwDzwqpN9BAoGAFYjaIwCMcvhD5lClhBG8
zFTv95GTHwdRSSxot2lTNZUMdugunNa1AJgw6+jvY+f2BgZxDyLRcVeLRX+6QAOa
COxKMuhrbhnMtQLLIXru3vRiDktWfj1ROTfWrD77n2/ti/IWz/EKQ4SYY89v6xGM
pWCsfIeTTdj673MywIpJRV0=
-----END PRIVATE KEY-----
`;

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/emulator/viewer.ts
// A viewer endpoint: one loopback port that speaks plain HTTP and HTTPS. The first byte of a
// connection decides: 0x16 (a TLS handshake record) goes to the HTTPS server, anything else
// to the HTTP one, so `http://` and `https://` URLs for the same host:port both work.




const TLS_HANDSHAKE = 0x16;
function rawPairs(raw) {
    const pairs = [];
    for (let i = 0; i < raw.length; i += 2)
        pairs.push([raw[i], raw[i + 1]]);
    return pairs;
}
function requestListener(protocol, handle, onError) {
    return (req, res) => {
        req.resume();
        const viewer = {
            method: req.method ?? 'GET',
            url: req.url ?? '/',
            headers: rawPairs(req.rawHeaders),
            protocol,
            host: req.headers.host ?? '',
            clientIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '')
        };
        handle(viewer)
            .then((response) => {
            res.writeHead(response.status, response.statusText, response.headers.flat());
            res.end(response.body);
        })
            .catch((error) => {
            onError(error);
            if (!res.headersSent)
                res.writeHead(500, { 'content-type': 'text/plain' });
            res.end('emulator error\n');
        });
    };
}
async function startViewer(host, handle, onError = () => undefined) {
    const plain = external_node_http_default().createServer(requestListener('http', handle, onError));
    const secure = external_node_https_default().createServer({ key: EMULATOR_LEAF_KEY_PEM, cert: `${EMULATOR_LEAF_CERT_PEM}\n${EMULATOR_CA_PEM}` }, requestListener('https', handle, onError));
    for (const server of [plain, secure])
        server.keepAliveTimeout = 5000;
    const sockets = new Set();
    const front = external_node_net_default().createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
        socket.once('data', (first) => {
            socket.pause();
            socket.unshift(first);
            const target = first[0] === TLS_HANDSHAKE ? secure : plain;
            target.emit('connection', socket);
            process.nextTick(() => socket.resume());
        });
    });
    await new Promise((ready, fail) => {
        front.once('error', fail);
        front.listen(0, host, () => ready());
    });
    const port = front.address().port;
    return {
        port,
        close: () => new Promise((done) => {
            for (const socket of sockets)
                socket.destroy();
            plain.closeAllConnections();
            secure.closeAllConnections();
            front.close(() => done());
        })
    };
}

;// CONCATENATED MODULE: ./src/emulator/index.ts
// The embedded CloudFront + Lambda@Edge (+ IAM GetRole) emulator: start it, seed it, point the
// AWS SDK at `endpoint` (AWS_ENDPOINT_URL_CLOUDFRONT / _LAMBDA / _IAM) and the verifier at
// the viewer URLs. See README "The embedded emulator".





















/** A function that returns the origin's response unchanged: what a seeded function without a zip runs. */
const PASSTHROUGH_SOURCE = 'export const handler = async (event) => event.Records[0].cf.response\n';
function passthroughZip() {
    return (0,esm/* zipSync */.L)({
        'index.mjs': [(0,esm/* strToU8 */._u)(PASSTHROUGH_SOURCE), { mtime: new Date('1980-01-01T00:00:00Z') }]
    });
}
function seedFunctions(store, input, cwd) {
    for (const role of input.roles ?? []) {
        store.roles.set(roleNameOf(role.arn), {
            arn: role.arn,
            name: roleNameOf(role.arn),
            trust: role.trust ?? DEFAULT_TRUST
        });
    }
    for (const f of input.functions ?? []) {
        let zip;
        try {
            zip = f.zip ? new Uint8Array((0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, f.zip))) : passthroughZip();
        }
        catch (error) {
            throw new errors/* InputError */.dz(`function ${f.name}: cannot read zip ${f.zip}: ${error.message}`);
        }
        const fn = addFunction(store, f.name, codeRecord(zip), {
            runtime: f.runtime ?? 'nodejs22.x',
            role: f.role ?? `arn:aws:iam::123456789012:role/headerguard-edge`,
            handler: f.handler ?? 'index.handler',
            description: '',
            timeout: f.timeout ?? 5,
            memorySize: f.memorySize ?? 128,
            environment: f.environment && Object.keys(f.environment).length > 0 ? f.environment : undefined,
            architectures: ['x86_64']
        }, true);
        fn.inactive = f.state === 'Inactive';
        for (let i = 0; i < (f.publishedVersions ?? 0); i++) {
            store.publishVersion(fn, '').activeAt = store.now();
        }
    }
}
async function seedDistributions(ctx, input, cwd) {
    for (const d of input.distributions ?? []) {
        for (const origin of d.origins) {
            if (origin.folder)
                ctx.store.originFolders.set(originDomainName(origin), locateFolder(origin.folder, cwd, d.id));
        }
        const config = seedDistributionConfig(d);
        checkQuantities(config);
        await addDistribution(ctx, d.id, config, true);
    }
}
/**
 * An origin folder: relative to cwd, else (for `headerguard emulator` started elsewhere) relative
 * to the checkout the running dist/cli.js belongs to. A missing folder fails the start: an
 * origin that 404s everything would only confuse later.
 */
function locateFolder(folder, cwd, distributionId) {
    const entry = process.argv[1];
    const candidates = [(0,external_node_path_.resolve)(cwd, folder)];
    if (entry && !(0,external_node_path_.isAbsolute)(folder))
        candidates.push((0,external_node_path_.resolve)((0,external_node_path_.dirname)(entry), '..', folder));
    const found = candidates.find((path) => (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory());
    if (!found) {
        throw new errors/* InputError */.dz(`distribution ${distributionId}: origin folder '${folder}' does not exist (looked in ${candidates.join(' and ')}); start the emulator from the headerguard checkout or give --state with an existing folder`);
    }
    return found;
}
/** Starts the emulator: a control-plane endpoint and one viewer endpoint per distribution. */
async function startEmulator(options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const host = options.host ?? '127.0.0.1';
    const urlHost = host.includes(':') ? `[${host}]` : host;
    const input = typeof options.state === 'string'
        ? loadStateFile(options.state, cwd)
        : options.state
            ? checkStateInput(structuredClone(options.state), 'emulator state')
            : defaultState();
    const store = new EmulatorStore({ ...input.delays, ...options.delays }, options.now);
    const functions = new FunctionPool();
    const viewers = new Map();
    let endpoint = '';
    const edge = { store, functions };
    const ctx = {
        store,
        caPem: EMULATOR_CA_PEM,
        endpoint: () => endpoint,
        viewerDomain: (port) => `${urlHost}:${port}`,
        openViewer: async (id) => {
            const viewer = await startViewer(host, async (request) => {
                const dist = store.distributions.get(id);
                if (!dist)
                    return errorPage(id, 403, 'Bad request.', 'Error from cloudfront');
                return serveViewer(edge, dist, request);
            });
            viewers.set(id, viewer);
            return viewer.port;
        }
    };
    const control = await startControlServer(ctx, host, options.port ?? 0);
    endpoint = `http://${urlHost}:${control.port}`;
    const caDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'headerguard-emulator-'));
    const caFile = (0,external_node_path_.join)(caDir, 'ca.pem');
    const closeAll = async () => {
        await Promise.all([
            control.close(),
            ...[...viewers.values()].map((v) => v.close()),
            functions.closeAll()
        ]);
        await (0,promises_.rm)(caDir, { recursive: true, force: true });
    };
    try {
        await (0,promises_.writeFile)(caFile, EMULATOR_CA_PEM);
        seedFunctions(store, input, cwd);
        await seedDistributions(ctx, input, cwd);
        for (const fault of input.faults ?? [])
            store.injectFault(fault);
    }
    catch (error) {
        await closeAll();
        throw error;
    }
    let closed;
    return {
        endpoint,
        get viewers() {
            return Object.fromEntries([...store.distributions.values()].map((d) => [d.id, `http://${urlHost}:${d.viewerPort}`]));
        },
        caFile,
        caPem: EMULATOR_CA_PEM,
        sdkEnv: () => ({
            AWS_ENDPOINT_URL_CLOUDFRONT: endpoint,
            AWS_ENDPOINT_URL_LAMBDA: endpoint,
            AWS_ENDPOINT_URL_IAM: endpoint,
            NODE_EXTRA_CA_CERTS: caFile
        }),
        state: () => snapshot(store, ctx.viewerDomain),
        calls: () => store.calls(),
        resetCalls: () => store.resetCalls(),
        injectFault: (fault) => store.injectFault(fault),
        clearFaults: () => store.clearFaults(),
        setDelays: (delays) => store.setDelays(delays),
        close: () => (closed ??= closeAll())
    };
}


/***/ })

};
