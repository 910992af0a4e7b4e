// Which rules apply to a given response: the one definition of path and condition matching.
// The edge handler (edge/handler.mjs) implements the same semantics in plain JavaScript from
// the compiled data; __tests__ hold both to the same table. Per header name the FIRST rule
// whose condition holds applies (policy order), exactly as the handler does.
import type { Condition, HeaderRule, HeaderSet, ResolvedPolicy } from '../policy/types.js'
import { isToken } from './header-names.js'

/**
 * An anchored RegExp source for a CloudFront path pattern: `*` matches any run of characters
 * (slashes included), `?` exactly one, everything else literally. Matching is case-sensitive,
 * as CloudFront's is.
 */
export function globToRegExpSource(glob: string): string {
  let source = '^'
  for (const ch of glob) {
    if (ch === '*') source += '.*'
    else if (ch === '?') source += '.'
    else source += ch.replace(/[\\^$.|+()[\]{}/-]/g, (c) => `\\${c}`)
  }
  return `${source}$`
}

/** The header set that applies to a URI path (no query string): first matching `paths` entry, else the defaults. */
export function selectHeaderSet(
  policy: Pick<ResolvedPolicy, 'defaults' | 'paths'>,
  uri: string
): HeaderSet {
  for (const rule of policy.paths) {
    if (new RegExp(rule.pattern).test(uri)) return rule
  }
  return policy.defaults
}

/**
 * A media type a `when.content-type` condition may name: `type/subtype` or `type/*`, both
 * RFC 9110 tokens (8.3.1 media-type, 12.5.1 media-range). The range of every type is refused: a condition that
 * every typed response meets is written by leaving `content-type` out.
 */
export function isMediaRange(text: string): boolean {
  const slash = text.indexOf('/')
  if (slash <= 0) return false
  const type = text.slice(0, slash)
  const subtype = text.slice(slash + 1)
  return type !== '*' && isToken(type) && (subtype === '*' || isToken(subtype))
}

/** The media type of a Content-Type value, lowercased, without parameters. */
export function mediaType(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined
  const type = contentType.split(';')[0]?.trim().toLowerCase()
  return type ? type : undefined
}

export interface ResponseFacts {
  status: number
  contentType?: string
}

export function conditionMatches(when: Condition | undefined, response: ResponseFacts): boolean {
  if (!when) return true
  if (
    when.statuses &&
    !when.statuses.some(([lo, hi]) => response.status >= lo && response.status <= hi)
  ) {
    return false
  }
  if (when.contentTypes) {
    const type = mediaType(response.contentType)
    if (type === undefined) return false
    return when.contentTypes.some((pattern) => {
      const p = pattern.toLowerCase()
      return p.endsWith('/*') ? type.startsWith(p.slice(0, -1)) : type === p
    })
  }
  return true
}

/**
 * The header rules the edge applies to this response: for each header name, the first rule (in
 * policy order) whose condition holds; a header with no matching rule is left alone.
 */
export function applicableHeaders(set: HeaderSet, response: ResponseFacts): HeaderRule[] {
  const decided = new Set<string>()
  const applied: HeaderRule[] = []
  for (const rule of set.headers) {
    if (decided.has(rule.name) || !conditionMatches(rule.when, response)) continue
    decided.add(rule.name)
    applied.push(rule)
  }
  return applied
}
