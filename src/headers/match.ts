// Which rules apply to a given response: the one definition of path and condition matching.
// The edge handler (edge/handler.mjs) implements the same semantics in plain JavaScript from
// the compiled data; __tests__ hold both to the same table.
import type { Condition, HeaderRule, HeaderSet, ResolvedPolicy } from '../policy/types.js'

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

/** The header rules that the edge applies to this response. */
export function applicableHeaders(set: HeaderSet, response: ResponseFacts): HeaderRule[] {
  return set.headers.filter((rule) => conditionMatches(rule.when, response))
}
