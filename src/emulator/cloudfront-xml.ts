// CloudFront's XML shapes as the API reference gives them: the response envelope, request
// bodies, Distribution, DistributionSummary, Invalidation and the paged list head.
import { ApiError } from './api-error.js'
import type { CloudFrontContext } from './cloudfront-api.js'
import type { DistributionRecord } from './store.js'
import type { ApiRequest, WireResponse } from './wire.js'
import {
  XmlSyntaxError,
  buildXml,
  cloneNodes,
  element,
  findPath,
  parseXml,
  tagOf,
  textElement,
  type XmlNode
} from './xml.js'

export const CLOUDFRONT_NAMESPACE = 'http://cloudfront.amazonaws.com/doc/2020-05-31/'

export function xmlResponse(
  status: number,
  root: XmlNode,
  headers: Record<string, string> = {}
): WireResponse {
  const tag = tagOf(root) as string
  const rooted = element(tag, root[tag] as XmlNode[], { xmlns: CLOUDFRONT_NAMESPACE })
  return { status, headers: { 'content-type': 'text/xml', ...headers }, body: buildXml([rooted]) }
}

/** The stored form of a config: the element without its attributes (xmlns is added on output). */
export function storedConfig(root: XmlNode): XmlNode {
  return element('DistributionConfig', cloneNodes(root['DistributionConfig'] as XmlNode[]))
}

export function parseBody(request: ApiRequest, rootTag: string): XmlNode {
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

export function requireDistribution(ctx: CloudFrontContext, id: string): DistributionRecord {
  const dist = ctx.store.distributions.get(id)
  if (!dist)
    throw new ApiError('NoSuchDistribution', 404, 'The specified distribution does not exist.')
  return dist
}

export function distributionXml(ctx: CloudFrontContext, dist: DistributionRecord): XmlNode {
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

export function summaryXml(ctx: CloudFrontContext, dist: DistributionRecord): XmlNode {
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

export function pageOf<T>(items: T[], request: ApiRequest, key: (item: T) => string) {
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

export function invalidationXml(
  ctx: CloudFrontContext,
  dist: DistributionRecord,
  id: string
): XmlNode {
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
