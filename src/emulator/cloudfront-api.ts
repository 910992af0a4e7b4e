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
import { API, API_HOST, createInvalidation, listInvalidations } from './cloudfront-invalidations.js'
import {
  distributionXml,
  invalidationXml,
  pageOf,
  parseBody,
  requireDistribution,
  storedConfig,
  summaryXml,
  xmlResponse
} from './cloudfront-xml.js'
import { dispatchRoutes, type Route } from './routes.js'
import { ACCOUNT_ID, cloudFrontId, type DistributionRecord, type EmulatorStore } from './store.js'
import type { ApiRequest, ServiceAnswer, WireResponse } from './wire.js'
import { cloneNodes, element, findPath, setText, tagOf, textAt, type XmlNode } from './xml.js'

export { CLOUDFRONT_NAMESPACE } from './cloudfront-xml.js'

export interface CloudFrontContext {
  store: EmulatorStore
  /** Starts a viewer endpoint for a new distribution and returns its port. */
  openViewer(distributionId: string): Promise<number>
  /** What DomainName holds (`127.0.0.1:PORT`), so `https://<DomainName>/` reaches the viewer. */
  viewerDomain(port: number): string
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
  const concurrent = ctx.store.faults.takeConcurrentWrite(id)
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
    throttled: (operation) => ctx.store.faults.takeThrottle('cloudfront', operation),
    throttleError: () => new ApiError('Throttling', 400, 'Rate exceeded'),
    unknownCode: 'InvalidAction',
    errorResponse: (error) => xmlErrorResponse(error)
  })
}
