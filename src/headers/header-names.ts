// Header names: RFC 9110 token syntax and the casing a header has on the wire.

// RFC 9110 5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
// "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

export function isToken(name: string): boolean {
  return TOKEN.test(name)
}

/** Names whose conventional casing is not Title-Case-Hyphenated (keyed by lowercase). */
const SPECIAL_CASING: Record<string, string> = {
  'content-security-policy': 'Content-Security-Policy',
  'content-security-policy-report-only': 'Content-Security-Policy-Report-Only',
  'www-authenticate': 'WWW-Authenticate',
  'x-xss-protection': 'X-XSS-Protection',
  'x-dns-prefetch-control': 'X-DNS-Prefetch-Control',
  'x-ua-compatible': 'X-UA-Compatible',
  'x-powered-by': 'X-Powered-By',
  nel: 'NEL',
  dnt: 'DNT',
  etag: 'ETag',
  te: 'TE',
  sourcemap: 'SourceMap',
  'x-sourcemap': 'X-SourceMap',
  'x-aspnet-version': 'X-AspNet-Version',
  'x-aspnetmvc-version': 'X-AspNetMvc-Version'
}

/** The wire casing of a header name: a known spelling, else Title-Case-Hyphenated. */
export function canonicalHeaderKey(name: string): string {
  const lower = name.toLowerCase()
  // Own properties only: a user-chosen name such as `__proto__` must not reach the prototype.
  const special = Object.hasOwn(SPECIAL_CASING, lower) ? SPECIAL_CASING[lower] : undefined
  if (special) return special
  return lower
    .split('-')
    .map((part) => (part ? part[0]!.toUpperCase() + part.slice(1) : part))
    .join('-')
}

/**
 * Security and caching headers a policy commonly sets: used for "did you mean" on near misses
 * and for the schema's autocompletion.
 */
export const WELL_KNOWN_HEADERS: readonly string[] = [
  'access-control-allow-origin',
  'cache-control',
  'content-security-policy',
  'content-security-policy-report-only',
  'cross-origin-embedder-policy',
  'cross-origin-embedder-policy-report-only',
  'cross-origin-opener-policy',
  'cross-origin-opener-policy-report-only',
  'cross-origin-resource-policy',
  'nel',
  'origin-agent-cluster',
  'permissions-policy',
  'referrer-policy',
  'report-to',
  'reporting-endpoints',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-robots-tag',
  'x-xss-protection'
]

/** The headers whose value is a Content Security Policy (CSP3: enforced and report-only). */
export const CSP_HEADERS: ReadonlySet<string> = new Set([
  'content-security-policy',
  'content-security-policy-report-only'
])

export function isCspHeader(name: string): boolean {
  return CSP_HEADERS.has(name.toLowerCase())
}
