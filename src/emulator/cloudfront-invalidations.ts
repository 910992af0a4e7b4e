// CloudFront invalidations: CreateInvalidation, ListInvalidations and GetInvalidation.
import { ApiError } from './api-error.js'
import type { CloudFrontContext } from './cloudfront-api.js'
import { checkQuantities } from './cloudfront-checks.js'
import {
  invalidationXml,
  pageOf,
  parseBody,
  requireDistribution,
  xmlResponse
} from './cloudfront-xml.js'
import { itemsOf } from './edge-config.js'
import { cloudFrontId } from './store.js'
import type { ApiRequest, WireResponse } from './wire.js'
import { element, findPath, textAt, textElement, textOf } from './xml.js'

export const API = '/2020-05-31'
export const API_HOST = 'https://cloudfront.amazonaws.com'

export function createInvalidation(
  ctx: CloudFrontContext,
  id: string,
  request: ApiRequest
): WireResponse {
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

export function listInvalidations(
  ctx: CloudFrontContext,
  id: string,
  request: ApiRequest
): WireResponse {
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
