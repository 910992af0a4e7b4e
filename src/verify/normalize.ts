// When two header values mean the same thing. Verify compares "exactly, after normalisation":
// CSP as a set of directives each with a set of sources, HSTS as its parsed parameters,
// comma lists trimmed, token-valued security headers case-insensitively, anything else
// byte-for-byte once surrounding whitespace is gone.
import { cspSourceKey, parseCsp } from '../headers/csp.js'
import { headerGrammar } from '../headers/header-grammar.js'
import { parseHsts } from '../headers/hsts.js'

/** CSP as `name -> sorted sources`, directive order and whitespace ignored. */
export function cspKey(value: string): string {
  const directives = parseCsp(value).map((d) => {
    const sources = d.values.map((v) => cspSourceKey(v))
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

/** Directive lists (Cache-Control): names compare case-insensitively, order does not matter. */
function directivesKey(value: string): string {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .map((item) => {
      const eq = item.indexOf('=')
      return eq === -1
        ? item.toLowerCase()
        : `${item.slice(0, eq).trim().toLowerCase()}=${item.slice(eq + 1).trim()}`
    })
    .sort()
    .join(', ')
}

/** A string that is equal for two values exactly when they mean the same for this header. */
export function comparisonKey(name: string, value: string): string {
  switch (headerGrammar(name).case) {
    case 'csp':
      return cspKey(value)
    case 'hsts':
      return hstsKey(value)
    case 'directives':
      return directivesKey(value)
    case 'insensitive':
      return listKey(value, true)
    default:
      return listKey(value, false)
  }
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
    const wantKeys = new Set(values.map((v) => cspSourceKey(v)))
    const haveKeys = new Set(have.map((v) => cspSourceKey(v)))
    const lacking = [...wantKeys].filter((v) => !haveKeys.has(v))
    const extra = [...haveKeys].filter((v) => !wantKeys.has(v))
    if (lacking.length > 0) parts.push(`${name} lacks ${lacking.join(' ')}`)
    if (extra.length > 0) parts.push(`${name} also allows ${extra.join(' ')}`)
  }
  for (const name of got.keys()) if (!want.has(name)) parts.push(`unexpected directive ${name}`)
  return parts.join('; ')
}
