// When two header values mean the same thing. Verify compares "exactly, after normalisation":
// CSP as a set of directives each with a set of sources, HSTS as its parsed parameters,
// comma lists trimmed, token-valued security headers case-insensitively, anything else
// byte-for-byte once surrounding whitespace is gone.
import { parseCsp } from '../headers/csp.js'
import { CSP_HEADERS } from '../headers/header-names.js'
import { parseHsts } from '../headers/hsts.js'

/** Headers whose values are case-insensitive tokens (RFC 9110 tokens, or enumerated keywords). */
const TOKEN_VALUED = new Set([
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
  'cross-origin-resource-policy',
  'x-permitted-cross-domain-policies',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-xss-protection',
  'origin-agent-cluster'
])

/**
 * Security headers that must appear once. A second instance is the usual sign that the origin
 * and the edge both set it, and browsers then combine or reject them unpredictably.
 */
export const SINGLE_VALUED = new Set([
  'strict-transport-security',
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
  'cross-origin-resource-policy',
  'permissions-policy',
  'x-permitted-cross-domain-policies',
  'x-xss-protection'
])

/**
 * Headers whose grammar has no comma: a comma in one received value means two instances were
 * folded into one line (what `fetch` does). CSP counts too: CSP3 excludes `,` from directive
 * values, so a comma separates policies.
 */
const NO_COMMA_GRAMMAR = new Set([
  'strict-transport-security',
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
  'cross-origin-resource-policy'
])

/** The instances of a header as sent, un-folding comma-joined lines where the grammar allows. */
export function headerInstances(name: string, values: readonly string[] | undefined): string[] {
  if (!values || values.length === 0) return []
  if (!NO_COMMA_GRAMMAR.has(name)) return [...values]
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0)
}

function isKeywordSource(token: string): boolean {
  // Quoted keywords are case-insensitive, but nonce and hash payloads are base64 and are not.
  return (
    /^'(?!nonce-|sha256-|sha384-|sha512-)[^']*'$/i.test(token) ||
    /^[a-z][a-z0-9+.-]*:$/i.test(token)
  )
}

/** CSP as `name -> sorted sources`, directive order and whitespace ignored. */
export function cspKey(value: string): string {
  const directives = parseCsp(value).map((d) => {
    const sources = d.values.map((v) => (isKeywordSource(v) ? v.toLowerCase() : v))
    return `${d.name} ${[...new Set(sources)].sort().join(' ')}`.trim()
  })
  return directives.sort().join('; ')
}

function hstsKey(value: string): string {
  const info = parseHsts(value)
  if (info.problems.length > 0) return `invalid:${value.trim()}`
  return `max-age=${info.maxAge}${info.includeSubDomains ? '; includesubdomains' : ''}${info.preload ? '; preload' : ''}`
}

function listKey(value: string, caseInsensitive: boolean): string {
  const items = value.split(',').map((item) => item.trim().replace(/\s+/g, ' '))
  const joined = items.filter((i) => i.length > 0).join(', ')
  return caseInsensitive ? joined.toLowerCase() : joined
}

/** A string that is equal for two values exactly when they mean the same for this header. */
export function comparisonKey(name: string, value: string): string {
  if (CSP_HEADERS.has(name)) return cspKey(value)
  if (name === 'strict-transport-security') return hstsKey(value)
  return listKey(value, TOKEN_VALUED.has(name))
}

export function sameValue(name: string, expected: string, actual: string): boolean {
  return comparisonKey(name, expected) === comparisonKey(name, actual)
}

/** What differs between two CSP values, in words, for the finding's message. */
export function cspDifference(expected: string, actual: string): string {
  const want = new Map(parseCsp(expected).map((d) => [d.name, d.values]))
  const got = new Map(parseCsp(actual).map((d) => [d.name, d.values]))
  const parts: string[] = []
  for (const [name, values] of want) {
    const have = got.get(name)
    if (!have) {
      parts.push(`missing directive ${name}`)
      continue
    }
    const wantKeys = new Set(values.map((v) => (isKeywordSource(v) ? v.toLowerCase() : v)))
    const haveKeys = new Set(have.map((v) => (isKeywordSource(v) ? v.toLowerCase() : v)))
    const lacking = [...wantKeys].filter((v) => !haveKeys.has(v))
    const extra = [...haveKeys].filter((v) => !wantKeys.has(v))
    if (lacking.length > 0) parts.push(`${name} lacks ${lacking.join(' ')}`)
    if (extra.length > 0) parts.push(`${name} also allows ${extra.join(' ')}`)
  }
  for (const name of got.keys()) if (!want.has(name)) parts.push(`unexpected directive ${name}`)
  return parts.join('; ')
}
