// CloudFront API 2020-05-31 (REST-XML): the distribution and invalidation operations the
// action uses, answered the way the API reference describes them. DistributionConfig is
// stored as the client sent it (an order-preserving XML tree) and returned verbatim.
import { ApiError, xmlErrorResponse } from './api-error.js'
import { EdgeCache } from './cache.js'
import {
  checkLambdaAssociations,
  checkOriginReferences,
  checkQuantities
} from './cloudfront-checks.js'
import { itemsOf } from './edge-config.js'
import { dispatchRoutes, type Route } from './routes.js'
import { ACCOUNT_ID, cloudFrontId, type DistributionRecord, type EmulatorStore } from './store.js'
import type { ApiRequest, ServiceAnswer, WireResponse } from './wire.js'
import {
  XmlSyntaxError,
  buildXml,
  cloneNodes,
  element,
  findPath,
  parseXml,
  setText,
  tagOf,
  textAt,
  textElement,
  textOf,
  type XmlNode
} from './xml.js'

export const CLOUDFRONT_NAMESPACE = 'http://cloudfront.amazonaws.com/doc/2020-05-31/'
const API = '/2020-05-31'
const API_HOST = 'https://cloudfront.amazonaws.com'

export interface CloudFrontContext {
  store: EmulatorStore
  /** Starts a viewer endpoint for a new distribution and returns its port. */
  openViewer(distributionId: string): Promise<number>
  /** What DomainName holds (`127.0.0.1:PORT`), so `https://<DomainName>/` reaches the viewer. */
  viewerDomain(port: number): string
}

function xmlResponse(
  status: number,
  root: XmlNode,
  headers: Record<string, string> = {}
): WireResponse {
  const tag = tagOf(root) as string
  const rooted = element(tag, root[tag] as XmlNode[], { xmlns: CLOUDFRONT_NAMESPACE })
  return { status, headers: { 'content-type': 'text/xml', ...headers }, body: buildXml([rooted]) }
}

/** The stored form of a config: the element without its attributes (xmlns is added on output). */
function storedConfig(root: XmlNode): XmlNode {
  return element('DistributionConfig', cloneNodes(root['DistributionConfig'] as XmlNode[]))
}

function parseBody(request: ApiRequest, rootTag: string): XmlNode {
  const text = request.body.toString('utf8')
  if (text.trim() === '')
    throw new ApiError(
      'MissingBody',
      400,
      'This operation requires a body. Ensure that the body is present and the Content-Type header is set.'
    )
  let nodes: XmlNode[]
  try {
    nodes = parseXml(text)
  } catch (error) {
    if (error instanceof XmlSyntaxError)
      throw new ApiError('MalformedInput', 400, `The XML document is malformed: ${error.message}`)
    throw error
  }
  const root = nodes.find((n) => tagOf(n) !== undefined)
  if (!root || tagOf(root) !== rootTag) {
    throw new ApiError('MalformedInput', 400, `The request body must be a ${rootTag} element.`)
  }
  return root
}

function requireDistribution(ctx: CloudFrontContext, id: string): DistributionRecord {
  const dist = ctx.store.distributions.get(id)
  if (!dist)
    throw new ApiError('NoSuchDistribution', 404, 'The specified distribution does not exist.')
  return dist
}

function distributionXml(ctx: CloudFrontContext, dist: DistributionRecord): XmlNode {
  const inProgress = dist.invalidations.filter(
    (inv) => ctx.store.invalidationStatus(inv) === 'InProgress'
  ).length
  return element('Distribution', [
    textElement('Id', dist.id),
    textElement('ARN', dist.arn),
    textElement('Status', ctx.store.distributionStatus(dist)),
    textElement('LastModifiedTime', new Date(dist.lastModified).toISOString()),
    textElement('InProgressInvalidationBatches', inProgress),
    textElement('DomainName', ctx.viewerDomain(dist.viewerPort)),
    element('ActiveTrustedSigners', [textElement('Enabled', false), textElement('Quantity', 0)]),
    element('ActiveTrustedKeyGroups', [textElement('Enabled', false), textElement('Quantity', 0)]),
    cloneNodes(dist.config)
  ])
}

/** The config fields a DistributionSummary repeats, with the defaults AWS reports when absent. */
const SUMMARY_FIELDS: [string, () => XmlNode][] = [
  ['Aliases', () => element('Aliases', [textElement('Quantity', 0)])],
  ['Origins', () => element('Origins', [textElement('Quantity', 0)])],
  ['OriginGroups', () => element('OriginGroups', [textElement('Quantity', 0)])],
  ['DefaultCacheBehavior', () => element('DefaultCacheBehavior')],
  ['CacheBehaviors', () => element('CacheBehaviors', [textElement('Quantity', 0)])],
  ['CustomErrorResponses', () => element('CustomErrorResponses', [textElement('Quantity', 0)])],
  ['Comment', () => element('Comment')],
  ['PriceClass', () => textElement('PriceClass', 'PriceClass_All')],
  ['Enabled', () => textElement('Enabled', true)],
  ['ViewerCertificate', () => element('ViewerCertificate')],
  ['Restrictions', () => element('Restrictions')],
  ['WebACLId', () => element('WebACLId')],
  ['HttpVersion', () => textElement('HttpVersion', 'http2')],
  ['IsIPV6Enabled', () => textElement('IsIPV6Enabled', true)],
  ['Staging', () => textElement('Staging', false)]
]

function summaryXml(ctx: CloudFrontContext, dist: DistributionRecord): XmlNode {
  return element('DistributionSummary', [
    textElement('Id', dist.id),
    textElement('ARN', dist.arn),
    textElement('ETag', dist.etag),
    textElement('Status', ctx.store.distributionStatus(dist)),
    textElement('LastModifiedTime', new Date(dist.lastModified).toISOString()),
    textElement('DomainName', ctx.viewerDomain(dist.viewerPort)),
    ...SUMMARY_FIELDS.map(([name, fallback]) =>
      cloneNodes(findPath(dist.config, name) ?? fallback())
    )
  ])
}

/** Validation shared by Create and Update. */
function checkConfig(ctx: CloudFrontContext, config: XmlNode, previous?: XmlNode): void {
  if (!textAt(config, 'CallerReference')) {
    throw new ApiError('InvalidArgument', 400, 'The parameter CallerReference is required.')
  }
  checkQuantities(config)
  checkOriginReferences(config)
  checkLambdaAssociations(ctx.store, config, previous)
}

async function createDistribution(
  ctx: CloudFrontContext,
  request: ApiRequest
): Promise<WireResponse> {
  let root = parseBody(
    request,
    request.query.has('WithTags') ? 'DistributionConfigWithTags' : 'DistributionConfig'
  )
  if (tagOf(root) === 'DistributionConfigWithTags') {
    const inner = findPath(root, 'DistributionConfig')
    if (!inner)
      throw new ApiError(
        'MalformedInput',
        400,
        'DistributionConfigWithTags needs a DistributionConfig.'
      )
    root = inner
  }
  const config = storedConfig(root)
  const callerReference = textAt(config, 'CallerReference')
  const existing = [...ctx.store.distributions.values()].find(
    (d) => textAt(d.config, 'CallerReference') === callerReference
  )
  if (existing) {
    throw new ApiError(
      'DistributionAlreadyExists',
      409,
      `The caller reference that you are using to create a distribution is associated with another distribution. Already exists: ${existing.id}`
    )
  }
  checkConfig(ctx, config)
  const dist = await addDistribution(ctx, cloudFrontId('E'), config)
  return xmlResponse(201, distributionXml(ctx, dist), {
    location: `${API_HOST}${API}/distribution/${dist.id}`,
    etag: dist.etag
  })
}

/** Registers a distribution (created by the API or seeded) and starts its viewer. */
export async function addDistribution(
  ctx: CloudFrontContext,
  id: string,
  config: XmlNode,
  deployed = false
): Promise<DistributionRecord> {
  const store = ctx.store
  const dist: DistributionRecord = {
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
  }
  store.distributions.set(id, dist)
  dist.viewerPort = await ctx.openViewer(id)
  if (deployed) {
    dist.deployedAt = store.now()
    store.settleDistribution(dist)
  } else {
    store.writeDistribution(dist, config)
  }
  return dist
}

function getDistribution(ctx: CloudFrontContext, id: string): WireResponse {
  const dist = requireDistribution(ctx, id)
  return xmlResponse(200, distributionXml(ctx, dist), { etag: dist.etag })
}

function getDistributionConfig(ctx: CloudFrontContext, id: string): WireResponse {
  const dist = requireDistribution(ctx, id)
  ctx.store.settleDistribution(dist)
  return xmlResponse(200, cloneNodes(dist.config), { etag: dist.etag })
}

/** Another writer's update, injected by a concurrent-write fault. */
function foreignWrite(ctx: CloudFrontContext, dist: DistributionRecord, comment?: string): void {
  const config = cloneNodes(dist.config)
  const commentNode = findPath(config, 'Comment')
  if (comment !== undefined && commentNode) setText(commentNode, comment)
  ctx.store.writeDistribution(dist, config)
}

function updateDistribution(ctx: CloudFrontContext, id: string, request: ApiRequest): WireResponse {
  const dist = requireDistribution(ctx, id)
  const concurrent = ctx.store.takeConcurrentWrite(id)
  if (concurrent) foreignWrite(ctx, dist, concurrent.comment)
  const ifMatch = request.headers['if-match']
  if (!ifMatch) {
    throw new ApiError(
      'InvalidIfMatchVersion',
      400,
      'The If-Match version is missing or not valid for the resource.'
    )
  }
  if (ifMatch !== dist.etag) {
    throw new ApiError(
      'PreconditionFailed',
      412,
      "The request failed because it didn't meet the preconditions in one or more request-header fields."
    )
  }
  const config = storedConfig(parseBody(request, 'DistributionConfig'))
  if (textAt(config, 'CallerReference') !== textAt(dist.config, 'CallerReference')) {
    throw new ApiError(
      'IllegalUpdate',
      400,
      'The update contains modifications that are not allowed. CallerReference cannot be changed.'
    )
  }
  checkConfig(ctx, config, dist.config)
  ctx.store.writeDistribution(dist, config)
  return xmlResponse(200, distributionXml(ctx, dist), { etag: dist.etag })
}

function pageOf<T>(items: T[], request: ApiRequest, key: (item: T) => string) {
  const marker = request.query.get('Marker') ?? ''
  const maxItems = Math.max(1, Math.min(1000, Number(request.query.get('MaxItems') ?? 100) || 100))
  const start = marker ? items.findIndex((item) => key(item) === marker) + 1 : 0
  const page = items.slice(start, start + maxItems)
  const truncated = start + maxItems < items.length
  const head = [
    element('Marker', marker ? [{ '#text': marker }] : []),
    ...(truncated && page.length > 0
      ? [textElement('NextMarker', key(page[page.length - 1] as T))]
      : []),
    textElement('MaxItems', maxItems),
    textElement('IsTruncated', truncated),
    textElement('Quantity', page.length)
  ]
  return { page, head }
}

function listDistributions(ctx: CloudFrontContext, request: ApiRequest): WireResponse {
  const all = [...ctx.store.distributions.values()]
  const { page, head } = pageOf(all, request, (d) => d.id)
  const items =
    page.length > 0
      ? [
          element(
            'Items',
            page.map((d) => summaryXml(ctx, d))
          )
        ]
      : []
  return xmlResponse(200, element('DistributionList', [...head, ...items]))
}

function invalidationXml(ctx: CloudFrontContext, dist: DistributionRecord, id: string): XmlNode {
  const inv = dist.invalidations.find((i) => i.id === id)
  if (!inv)
    throw new ApiError('NoSuchInvalidation', 404, 'The specified invalidation does not exist.')
  return element('Invalidation', [
    textElement('Id', inv.id),
    textElement('Status', ctx.store.invalidationStatus(inv)),
    textElement('CreateTime', new Date(inv.createdAt).toISOString()),
    element('InvalidationBatch', [
      element('Paths', [
        textElement('Quantity', inv.paths.length),
        element(
          'Items',
          inv.paths.map((p) => textElement('Path', p))
        )
      ]),
      textElement('CallerReference', inv.callerReference)
    ])
  ])
}

function createInvalidation(ctx: CloudFrontContext, id: string, request: ApiRequest): WireResponse {
  const dist = requireDistribution(ctx, id)
  const batch = parseBody(request, 'InvalidationBatch')
  checkQuantities(batch)
  const paths = itemsOf(findPath(batch, 'Paths')).map((p) => textOf(p))
  const callerReference = textAt(batch, 'CallerReference') ?? ''
  if (paths.length === 0 || paths.some((p) => !p.startsWith('/'))) {
    throw new ApiError(
      'InvalidArgument',
      400,
      'Your request contains one or more invalid invalidation paths.'
    )
  }
  // "Invalidating files": a repeated CallerReference returns the earlier batch if the paths are
  // the same, and InvalidationBatchAlreadyExists if they are not.
  const previous = dist.invalidations.find((inv) => inv.callerReference === callerReference)
  if (previous && previous.paths.join('\n') !== paths.join('\n')) {
    throw new ApiError(
      'InvalidationBatchAlreadyExists',
      400,
      'The CallerReference is already used by another invalidation batch.'
    )
  }
  const inv = previous ?? {
    id: cloudFrontId('I', 25),
    callerReference,
    paths,
    createdAt: ctx.store.now(),
    completesAt: ctx.store.now() + ctx.store.delays.invalidationMs
  }
  if (!previous) dist.invalidations.unshift(inv)
  return xmlResponse(201, invalidationXml(ctx, dist, inv.id), {
    location: `${API_HOST}${API}/distribution/${dist.id}/invalidation/${inv.id}`
  })
}

function listInvalidations(ctx: CloudFrontContext, id: string, request: ApiRequest): WireResponse {
  const dist = requireDistribution(ctx, id)
  const { page, head } = pageOf(dist.invalidations, request, (i) => i.id)
  const summaries = page.map((inv) =>
    element('InvalidationSummary', [
      textElement('Id', inv.id),
      textElement('CreateTime', new Date(inv.createdAt).toISOString()),
      textElement('Status', ctx.store.invalidationStatus(inv))
    ])
  )
  const items = summaries.length > 0 ? [element('Items', summaries)] : []
  return xmlResponse(200, element('InvalidationList', [...head, ...items]))
}

const ROUTES: Route<CloudFrontContext>[] = [
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
    run: (c, [id]) => getDistribution(c, id as string)
  },
  {
    method: 'GET',
    pattern: /^\/distribution\/([^/]+)\/config$/,
    operation: 'GetDistributionConfig',
    mutating: false,
    run: (c, [id]) => getDistributionConfig(c, id as string)
  },
  {
    method: 'PUT',
    pattern: /^\/distribution\/([^/]+)\/config$/,
    operation: 'UpdateDistribution',
    mutating: true,
    run: (c, [id], r) => updateDistribution(c, id as string, r)
  },
  {
    method: 'POST',
    pattern: /^\/distribution\/([^/]+)\/invalidation$/,
    operation: 'CreateInvalidation',
    mutating: true,
    run: (c, [id], r) => createInvalidation(c, id as string, r)
  },
  {
    method: 'GET',
    pattern: /^\/distribution\/([^/]+)\/invalidation$/,
    operation: 'ListInvalidations',
    mutating: false,
    run: (c, [id], r) => listInvalidations(c, id as string, r)
  },
  {
    method: 'GET',
    pattern: /^\/distribution\/([^/]+)\/invalidation\/([^/]+)$/,
    operation: 'GetInvalidation',
    mutating: false,
    run: (c, [id, inv]) =>
      xmlResponse(200, invalidationXml(c, requireDistribution(c, id as string), inv as string))
  }
]

export function isCloudFrontRequest(request: ApiRequest): boolean {
  return request.path.startsWith(`${API}/`)
}

export function handleCloudFront(
  ctx: CloudFrontContext,
  request: ApiRequest
): Promise<ServiceAnswer> {
  return dispatchRoutes(ctx, ROUTES, request.path.slice(API.length), request, {
    throttled: (operation) => ctx.store.takeThrottle('cloudfront', operation),
    throttleError: () => new ApiError('Throttling', 400, 'Rate exceeded'),
    unknownCode: 'InvalidAction',
    errorResponse: (error) => xmlErrorResponse(error)
  })
}
