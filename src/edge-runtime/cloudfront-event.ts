// The Lambda@Edge origin-response event, typed after the CloudFront Developer Guide,
// "Lambda@Edge event structure" (docs/aws-facts.md §6), and a builder for
// real-shaped events so tests and the emulator feed the function what CloudFront would.
import { randomBytes } from 'node:crypto'
import { STATUS_CODES } from 'node:http'

/** One instance of a header: `key` is the wire casing, `value` the field value. */
export interface CloudFrontHeaderEntry {
  /** Case-sensitive wire name; when omitted, Lambda@Edge inserts a Title-Case one. */
  key?: string
  value: string
}

/** Lowercase header name → one entry per header instance (several for e.g. Set-Cookie). */
export type CloudFrontHeaders = Record<string, CloudFrontHeaderEntry[]>

export interface CloudFrontResponse {
  /** A string on the way in ("200"); a function may return a string or a number. */
  status: string
  statusDescription?: string
  headers: CloudFrontHeaders
}

export interface CloudFrontCustomOrigin {
  customHeaders: CloudFrontHeaders
  domainName: string
  keepaliveTimeout: number
  path: string
  port: number
  protocol: 'http' | 'https'
  readTimeout: number
  sslProtocols: string[]
}

export interface CloudFrontS3Origin {
  authMethod: 'origin-access-identity' | 'none'
  customHeaders: CloudFrontHeaders
  domainName: string
  path: string
  region: string
}

export interface CloudFrontOrigin {
  custom?: CloudFrontCustomOrigin
  s3?: CloudFrontS3Origin
}

export interface CloudFrontRequest {
  clientIp: string
  method: string
  querystring: string
  uri: string
  headers: CloudFrontHeaders
  origin?: CloudFrontOrigin
}

export interface CloudFrontConfig {
  distributionDomainName: string
  distributionId: string
  eventType: 'origin-response'
  requestId: string
}

export interface CloudFrontResponseRecord {
  cf: {
    config: CloudFrontConfig
    request: CloudFrontRequest
    response: CloudFrontResponse
  }
}

export interface CloudFrontResponseEvent {
  Records: CloudFrontResponseRecord[]
}

/** Headers as a caller has them: wire-cased `[name, value]` pairs (like Node's rawHeaders) or a record. */
export type HeaderInput = [string, string][] | Record<string, string | string[]>

/**
 * A CloudFront header map from wire-cased headers: lowercase map keys, the original casing
 * in `key`, one entry per instance in the order given.
 */
export function toCloudFrontHeaders(input: HeaderInput | undefined): CloudFrontHeaders {
  const headers: CloudFrontHeaders = {}
  const pairs: [string, string][] = Array.isArray(input)
    ? input
    : Object.entries(input ?? {}).flatMap(([key, value]) =>
        (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, v])
      )
  for (const [key, value] of pairs) {
    const name = key.toLowerCase()
    const entries = headers[name] ?? (headers[name] = [])
    entries.push({ key, value })
  }
  return headers
}

export interface OriginResponseEventInit {
  /** The request path, without query string. */
  uri: string
  status: number | string
  /** The origin's response headers. */
  headers?: HeaderInput
  distributionId?: string
  /** The distribution's domain, `dXXXX.cloudfront.net`. */
  domainName?: string
  statusDescription?: string
  method?: string
  querystring?: string
  clientIp?: string
  requestId?: string
  /** The origin's host name; a custom origin unless `originType` says `s3`. */
  originDomainName?: string
  originType?: 'custom' | 's3'
  /** Headers CloudFront forwarded to the origin; defaults to Host, User-Agent and Via as CloudFront sends them. */
  requestHeaders?: HeaderInput
}

/** A 56-character request id in the alphabet CloudFront uses (base64url plus `==`). */
function makeRequestId(): string {
  return `${randomBytes(40).toString('base64url').slice(0, 54)}==`
}

/** A complete origin-response event, shaped exactly like the one Lambda@Edge receives. */
export function makeOriginResponseEvent(init: OriginResponseEventInit): CloudFrontResponseEvent {
  const domainName = init.domainName ?? 'd111111abcdef8.cloudfront.net'
  const originDomainName = init.originDomainName ?? 'example.org'
  const status = String(init.status)
  const requestHeaders = toCloudFrontHeaders(
    init.requestHeaders ?? [
      ['Host', originDomainName],
      ['User-Agent', 'Amazon CloudFront'],
      ['Via', `2.0 ${domainName.split('.')[0] ?? 'd111111abcdef8'}.cloudfront.net (CloudFront)`],
      ['X-Forwarded-For', init.clientIp ?? '203.0.113.178']
    ]
  )
  const origin: CloudFrontOrigin =
    init.originType === 's3'
      ? {
          s3: {
            authMethod: 'none',
            customHeaders: {},
            domainName: originDomainName,
            path: '',
            region: 'us-east-1'
          }
        }
      : {
          custom: {
            customHeaders: {},
            domainName: originDomainName,
            keepaliveTimeout: 5,
            path: '',
            port: 443,
            protocol: 'https',
            readTimeout: 30,
            sslProtocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2']
          }
        }
  return {
    Records: [
      {
        cf: {
          config: {
            distributionDomainName: domainName,
            distributionId: init.distributionId ?? 'EDFDVBD6EXAMPLE',
            eventType: 'origin-response',
            requestId: init.requestId ?? makeRequestId()
          },
          request: {
            clientIp: init.clientIp ?? '203.0.113.178',
            method: init.method ?? 'GET',
            querystring: init.querystring ?? '',
            uri: init.uri,
            headers: requestHeaders,
            origin
          },
          response: {
            status,
            statusDescription: init.statusDescription ?? STATUS_CODES[Number(status)] ?? '',
            headers: toCloudFrontHeaders(init.headers)
          }
        }
      }
    ]
  }
}
