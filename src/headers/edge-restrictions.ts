// The headers Lambda@Edge will not let a function touch. A function that adds, changes or
// deletes one of these makes CloudFront answer 502 ("Lambda function result failed
// validation"). Source: CloudFront Developer Guide, "Restrictions on all edge functions"
// (disallowed headers) and "Restrictions on Lambda@Edge" (read-only headers per event);
// see docs/aws-facts.md §4.

/** Disallowed in every event: exact names (lowercase). */
export const DISALLOWED_HEADERS: readonly string[] = [
  'connection',
  'expect',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'trailer',
  'upgrade',
  'x-accel-buffering',
  'x-accel-charset',
  'x-accel-limit-rate',
  'x-accel-redirect',
  'x-amzn-auth',
  'x-amzn-cf-billing',
  'x-amzn-cf-id',
  'x-amzn-cf-xff',
  'x-amzn-errortype',
  'x-amzn-fle-profile',
  'x-amzn-header-count',
  'x-amzn-header-order',
  'x-amzn-lambda-integration-tag',
  'x-amzn-requestid',
  'x-cache',
  'x-forwarded-proto',
  'x-real-ip'
]

/** Disallowed in every event: name prefixes (lowercase), from the `X-Amz-Cf-*` and `X-Edge-*` entries. */
export const DISALLOWED_HEADER_PREFIXES: readonly string[] = ['x-amz-cf-', 'x-edge-']

/** Read-only in origin-response: may be read, never added, changed or deleted. */
export const ORIGIN_RESPONSE_READ_ONLY_HEADERS: readonly string[] = ['transfer-encoding', 'via']

export type EdgeRestriction = 'disallowed' | 'read-only'

/** Why Lambda@Edge refuses a change to this header in origin-response, or undefined if it allows it. */
export function edgeRestriction(name: string): EdgeRestriction | undefined {
  const lower = name.toLowerCase()
  if (DISALLOWED_HEADERS.includes(lower)) return 'disallowed'
  if (DISALLOWED_HEADER_PREFIXES.some((prefix) => lower.startsWith(prefix))) return 'disallowed'
  if (ORIGIN_RESPONSE_READ_ONLY_HEADERS.includes(lower)) return 'read-only'
  return undefined
}

/**
 * CloudFront's limit on an origin response's length, headers included, body excluded
 * ("Maximum length of a request or an origin response", CloudFront quotas).
 */
export const MAX_RESPONSE_HEADER_BYTES = 20480
