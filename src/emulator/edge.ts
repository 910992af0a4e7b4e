// The emulated edge location: serves a viewer request through the distribution's deployed
// configuration the way CloudFront does: cache behavior by path pattern, viewer protocol
// policy, cache lookup, origin fetch, the origin-response Lambda@Edge function on a miss
// (with Lambda@Edge's validation of its result), caching, and CloudFront's own headers.
import {
  makeOriginResponseEvent,
  type CloudFrontHeaders,
  type CloudFrontResponse
} from '../edge-runtime/cloudfront-event.js'
import { validateOriginResponseResult } from '../edge-runtime/edge-validation.js'
import { edgeRestriction } from '../headers/edge-restrictions.js'
import { globToRegExpSource } from '../headers/match.js'
import { EdgeCache, type CachedObject } from './cache.js'
import { parseFunctionArn } from './cloudfront-checks.js'
import type { EdgeBehavior, EdgeConfig, EdgeOrigin } from './edge-config.js'
import {
  edgeHeaders,
  edgeRequestId,
  errorPage,
  httpsRedirect,
  viaHeader,
  type EdgeResponse
} from './edge-pages.js'
import type { FunctionPool } from './function-pool.js'
import {
  fetchFromFolder,
  fetchFromUrlOrigin,
  type OriginFailure,
  type OriginRequest,
  type OriginResponse
} from './origin.js'
import type { DistributionRecord, EmulatorStore } from './store.js'

export interface ViewerRequest {
  method: string
  /** The request target: path and query string. */
  url: string
  headers: [string, string][]
  protocol: 'http' | 'https'
  host: string
  clientIp: string
}

export interface EdgeContext {
  store: EmulatorStore
  functions: FunctionPool
}

/** CloudFront's own status for errors it caches briefly (ErrorCachingMinTTL default, 10 s). */
const ERROR_CACHING_MIN_TTL = 10
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding'])

/** The first cache behavior whose path pattern matches, else the default (CloudFront's order). */
export function selectBehavior(config: EdgeConfig, uri: string): EdgeBehavior | undefined {
  return config.behaviors.find((behavior) => {
    if (behavior.pathPattern === undefined) return true
    const pattern = behavior.pathPattern.startsWith('/')
      ? behavior.pathPattern
      : `/${behavior.pathPattern}`
    return new RegExp(globToRegExpSource(pattern)).test(uri)
  })
}

function headerValue(headers: [string, string][], name: string): string | undefined {
  return headers.find(([key]) => key.toLowerCase() === name)?.[1]
}

/** Seconds to cache a response for, per the behavior's TTLs and the response's Cache-Control. */
export function ttlSeconds(
  behavior: EdgeBehavior,
  status: number,
  headers: [string, string][]
): number {
  if (status >= 400) return ERROR_CACHING_MIN_TTL
  const cacheControl = (headerValue(headers, 'cache-control') ?? '').toLowerCase()
  if (/\b(no-store|no-cache|private)\b/.test(cacheControl)) return behavior.minTtl
  const maxAge = /\bs-maxage=(\d+)/.exec(cacheControl) ?? /\bmax-age=(\d+)/.exec(cacheControl)
  const wanted = maxAge ? Number(maxAge[1]) : behavior.defaultTtl
  return Math.min(Math.max(wanted, behavior.minTtl), behavior.maxTtl)
}

/** Header pairs → CloudFront's map, leaving out what Lambda@Edge never exposes to functions. */
function exposedHeaders(headers: [string, string][]): [string, string][] {
  return headers.filter(([name]) => edgeRestriction(name) !== 'disallowed')
}

/** CloudFront's map → wire pairs; a missing `key` becomes the Title-Case name, as Lambda@Edge does. */
function fromCloudFrontHeaders(headers: CloudFrontHeaders): [string, string][] {
  const pairs: [string, string][] = []
  for (const [name, entries] of Object.entries(headers)) {
    for (const entry of entries) {
      const key =
        entry.key ??
        name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase())
      pairs.push([key, entry.value])
    }
  }
  return pairs
}

function originFor(config: EdgeConfig, behavior: EdgeBehavior): EdgeOrigin[] {
  const ids = config.originGroups[behavior.targetOriginId] ?? [behavior.targetOriginId]
  return ids
    .map((id) => config.origins.find((o) => o.id === id))
    .filter((o): o is EdgeOrigin => o !== undefined)
}

async function fetchOrigin(
  ctx: EdgeContext,
  dist: DistributionRecord,
  origin: EdgeOrigin,
  request: OriginRequest
): Promise<OriginResponse | OriginFailure> {
  if (dist.originDown)
    return { kind: 'failure', status: 502, reason: 'the origin is down (fault injected)' }
  const folder = ctx.store.originFolders.get(origin.domainName)
  if (origin.kind === 's3' || folder) {
    if (!folder)
      return {
        kind: 'failure',
        status: 502,
        reason: `no folder is bound to the origin ${origin.domainName}`
      }
    return fetchFromFolder(folder, origin.originPath, request)
  }
  return fetchFromUrlOrigin(origin, request)
}

type FunctionOutcome =
  | { kind: 'ok'; response: CloudFrontResponse; body?: Buffer }
  | { kind: 'error'; page: EdgeResponse }

/** Runs the behavior's origin-response function, if it has one the emulator holds. */
async function runOriginResponse(
  ctx: EdgeContext,
  dist: DistributionRecord,
  behavior: EdgeBehavior,
  init: {
    uri: string
    querystring: string
    method: string
    clientIp: string
    origin: EdgeOrigin
    requestHeaders: [string, string][]
  },
  fetched: OriginResponse,
  requestId: string
): Promise<{ outcome: FunctionOutcome; arn?: string }> {
  const event = makeOriginResponseEvent({
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
  })
  const before = event.Records[0]?.cf.response as CloudFrontResponse
  const association = behavior.lambdaAssociations.find((a) => a.eventType === 'origin-response')
  const parsed = association ? parseFunctionArn(association.arn) : undefined
  const version = parsed
    ? ctx.store.functions.get(parsed.name)?.versions.find((v) => v.version === parsed.qualifier)
    : undefined
  if (!association || !version) return { outcome: { kind: 'ok', response: before } }
  let invocation
  try {
    const fn = await ctx.functions.get(association.arn, version)
    invocation = await fn.invoke(structuredClone(event))
  } catch (error) {
    invocation = {
      error: error instanceof Error ? error.message : String(error),
      timedOut: false,
      durationMs: 0
    }
  }
  if (invocation.error !== undefined || invocation.response === undefined) {
    // "HTTP 503 status code (Lambda@Edge or CloudFront Function execution error)", CloudFront
    // Developer Guide: the function threw, timed out, or returned nothing usable.
    const page = errorPage(
      dist.id,
      503,
      'The Lambda function associated with the CloudFront distribution is invalid or doesn&#39;t have the required permissions.',
      'LambdaExecutionError from cloudfront',
      requestId
    )
    return { outcome: { kind: 'error', page }, arn: association.arn }
  }
  const problems = validateOriginResponseResult(before, invocation.response)
  if (problems.length > 0) {
    // "HTTP 502 status code (Lambda validation error)", CloudFront Developer Guide.
    const page = errorPage(
      dist.id,
      502,
      `The Lambda function result failed validation: ${problems.join('; ')}.`,
      'LambdaValidationError from cloudfront',
      requestId
    )
    return { outcome: { kind: 'error', page }, arn: association.arn }
  }
  const result = invocation.response as CloudFrontResponse & {
    body?: unknown
    bodyEncoding?: unknown
  }
  const body =
    typeof result.body === 'string'
      ? Buffer.from(result.body, result.bodyEncoding === 'base64' ? 'base64' : 'utf8')
      : undefined
  return { outcome: { kind: 'ok', response: result, body }, arn: association.arn }
}

function finish(
  dist: DistributionRecord,
  object: Pick<CachedObject, 'status' | 'statusText' | 'headers' | 'body'>,
  xCache: string,
  requestId: string,
  method: string,
  age?: number
): EdgeResponse {
  const headers = object.headers.filter(([name]) => {
    const lower = name.toLowerCase()
    return (
      !HOP_BY_HOP.has(lower) && lower !== 'content-length' && lower !== 'via' && lower !== 'age'
    )
  })
  const originVia = headerValue(object.headers, 'via')
  headers.push(['Content-Length', String(object.body.byteLength)])
  headers.push(
    ...edgeHeaders(dist.id, xCache, requestId).map(([name, value]): [string, string] =>
      name === 'Via' && originVia ? [name, `${originVia}, ${value}`] : [name, value]
    )
  )
  if (age !== undefined) headers.push(['Age', String(age)])
  return {
    status: object.status,
    statusText: object.statusText,
    headers,
    body: method === 'HEAD' ? Buffer.alloc(0) : object.body
  }
}

/** Serves one viewer request for a distribution. */
export async function serveViewer(
  ctx: EdgeContext,
  dist: DistributionRecord,
  viewer: ViewerRequest
): Promise<EdgeResponse> {
  const { store } = ctx
  const requestId = edgeRequestId()
  store.settleDistribution(dist)
  const served = dist.served
  if (!served) {
    return errorPage(
      dist.id,
      503,
      'The distribution is still being created.',
      'Error from cloudfront',
      requestId
    )
  }
  if (!served.edge.enabled) {
    return errorPage(dist.id, 403, 'Bad request.', 'Error from cloudfront', requestId)
  }
  const queryAt = viewer.url.indexOf('?')
  let uri = queryAt === -1 ? viewer.url : viewer.url.slice(0, queryAt)
  const querystring = queryAt === -1 ? '' : viewer.url.slice(queryAt + 1)
  if (!uri.startsWith('/'))
    return errorPage(dist.id, 400, 'Bad request.', 'Error from cloudfront', requestId)
  const behavior = selectBehavior(served.edge, uri)
  if (!behavior)
    return errorPage(
      dist.id,
      502,
      'The distribution has no cache behavior.',
      'Error from cloudfront',
      requestId
    )
  if (viewer.protocol === 'http' && behavior.viewerProtocolPolicy === 'redirect-to-https') {
    return httpsRedirect(dist.id, viewer.host, viewer.url)
  }
  if (viewer.protocol === 'http' && behavior.viewerProtocolPolicy === 'https-only') {
    return errorPage(dist.id, 403, 'Bad request.', 'Error from cloudfront', requestId)
  }
  if (behavior.allowedMethods.length > 0 && !behavior.allowedMethods.includes(viewer.method)) {
    return errorPage(
      dist.id,
      403,
      'This distribution is not configured to allow the HTTP request method that was used for this request. The distribution supports only cachable requests.',
      'Error from cloudfront',
      requestId
    )
  }
  if (uri === '/' && served.edge.defaultRootObject) uri = `/${served.edge.defaultRootObject}`
  const forwardedQuery = behavior.forwardQueryString ? querystring : ''
  const key = EdgeCache.key(uri, forwardedQuery)
  const now = store.now()
  const cached = dist.cache.get(key, now)
  if (cached && cached.expiresAt > now) {
    return finish(
      dist,
      cached,
      'Hit from cloudfront',
      requestId,
      viewer.method,
      Math.floor((now - cached.storedAt) / 1000)
    )
  }

  const origins = originFor(served.edge, behavior)
  const requestHeaders: [string, string][] = [
    ['Host', origins[0]?.domainName ?? ''],
    ['User-Agent', 'Amazon CloudFront'],
    ['Via', viaHeader(dist.id)],
    ['X-Amz-Cf-Id', requestId],
    ['X-Forwarded-For', viewer.clientIp]
  ]
  if (cached?.etag) requestHeaders.push(['If-None-Match', cached.etag])
  let fetched: OriginResponse | OriginFailure = {
    kind: 'failure',
    status: 502,
    reason: `no origin ${behavior.targetOriginId}`
  }
  let origin: EdgeOrigin | undefined
  for (const candidate of origins) {
    origin = candidate
    fetched = await fetchOrigin(ctx, dist, candidate, {
      method: viewer.method === 'HEAD' ? 'GET' : viewer.method,
      uri,
      querystring: forwardedQuery,
      headers: requestHeaders.map(([n, v]): [string, string] =>
        n === 'Host' ? [n, candidate.domainName] : [n, v]
      ),
      viewerProtocol: viewer.protocol
    })
    // Origin-group failover on a connection failure or a 5xx (the common failover criteria).
    if (fetched.kind === 'response' && fetched.status < 500) break
  }
  if (fetched.kind === 'failure' || !origin) {
    const failure = fetched as OriginFailure
    const explanation =
      failure.status === 504
        ? 'CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection.'
        : 'CloudFront wasn&#39;t able to connect to the origin.'
    return errorPage(dist.id, failure.status, explanation, 'Error from cloudfront', requestId)
  }
  if (fetched.status === 304 && cached) {
    // Revalidated: the cached object (and the function result in it) is served again.
    const ttl = ttlSeconds(behavior, cached.status, cached.headers)
    const refreshed = { ...cached, storedAt: now, expiresAt: now + ttl * 1000 }
    dist.cache.set(key, refreshed, now)
    return finish(dist, refreshed, 'RefreshHit from cloudfront', requestId, viewer.method, 0)
  }

  const { outcome, arn } = await runOriginResponse(
    ctx,
    dist,
    behavior,
    {
      uri,
      querystring: forwardedQuery,
      method: viewer.method,
      clientIp: viewer.clientIp,
      origin,
      requestHeaders
    },
    fetched,
    requestId
  )
  if (outcome.kind === 'error') return outcome.page
  const status = Number(outcome.response.status)
  const headers = fromCloudFrontHeaders(outcome.response.headers)
  const object: CachedObject = {
    status,
    statusText: outcome.response.statusDescription ?? fetched.statusText,
    headers,
    body: outcome.body ?? fetched.body,
    storedAt: now,
    expiresAt: now,
    functionArn: arn,
    etag: headerValue(fetched.headers, 'etag'),
    lastModified: headerValue(fetched.headers, 'last-modified')
  }
  const ttl = ttlSeconds(behavior, status, headers)
  if (ttl > 0 && viewer.method !== 'OPTIONS') {
    object.expiresAt = now + ttl * 1000
    dist.cache.set(key, object, now)
  }
  const xCache = status >= 400 ? 'Error from cloudfront' : 'Miss from cloudfront'
  return finish(dist, object, xCache, requestId, viewer.method)
}
