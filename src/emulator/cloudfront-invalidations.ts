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
import { ACCOUNT_ID, cloudFrontId, type DistributionRecord } from './store.js'
import type { InvalidationRefusal } from './types.js'
import type { ApiRequest, WireResponse } from './wire.js'
import { element, findPath, textAt, textElement, textOf } from './xml.js'

export const API = '/2020-05-31'
export const API_HOST = 'https://cloudfront.amazonaws.com'

/** In progress at once per distribution ("Concurrent invalidation request maximum"). */
export const MAX_WILDCARD_PATHS_IN_PROGRESS = 15
export const MAX_FILE_PATHS_IN_PROGRESS = 3000

const isWildcard = (path: string) => path.includes('*')

/**
 * CloudFront's limit on invalidations in progress: up to 15 wildcard paths and, independently,
 * up to 3,000 file paths per distribution; past either, TooManyInvalidationsInProgress (400)
 * with the message public reports quote
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/InvalidationLimits.html).
 */
function checkInProgressLimit(ctx: CloudFrontContext, dist: DistributionRecord, paths: string[]) {
  const inProgress = dist.invalidations
    .filter((inv) => ctx.store.invalidationStatus(inv) === 'InProgress')
    .flatMap((inv) => inv.paths)
  const count = (list: string[], wildcard: boolean) =>
    list.filter((p) => isWildcard(p) === wildcard).length
  if (count(inProgress, true) + count(paths, true) > MAX_WILDCARD_PATHS_IN_PROGRESS)
    throw tooMany('in-progress wildcard invalidations')
  if (count(inProgress, false) + count(paths, false) > MAX_FILE_PATHS_IN_PROGRESS)
    throw tooMany('in-progress invalidations')
}

const tooMany = (what: string) =>
  new ApiError(
    'TooManyInvalidationsInProgress',
    400,
    `Processing your request will cause you to exceed the maximum number of ${what}.`
  )

/** A refuse-invalidations fault's error, as CloudFront words it (API Reference, "CreateInvalidation"). */
function refusal(error: InvalidationRefusal, dist: DistributionRecord): ApiError {
  if (error === 'TooManyInvalidationsInProgress')
    return tooMany('in-progress wildcard invalidations')
  return new ApiError(
    'AccessDenied',
    403,
    `User: arn:aws:sts::${ACCOUNT_ID}:assumed-role/deployer/headerguard is not authorized to perform: cloudfront:CreateInvalidation on resource: ${dist.arn} because no identity-based policy allows the cloudfront:CreateInvalidation action`
  )
}

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
  const refused = ctx.store.faults.takeInvalidationRefusal(dist)
  if (refused) throw refusal(refused, dist)
  if (previous && previous.paths.join('\n') !== paths.join('\n')) {
    throw new ApiError(
      'InvalidationBatchAlreadyExists',
      400,
      'The CallerReference is already used by another invalidation batch.'
    )
  }
  if (!previous) checkInProgressLimit(ctx, dist, paths)
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

/**
 * ListInvalidations: InvalidationSummary items (Id, CreateTime, Status) "in decreasing order from
 * most recent to oldest"; Marker is where a page begins, NextMarker (only when IsTruncated) the Id
 * of the last item on the page (Amazon CloudFront API Reference, "ListInvalidations",
 * https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListInvalidations.html, and
 * "InvalidationSummary"). CreateInvalidation adds each new batch at the front.
 */
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
