// CloudFront cache awareness: what the cache headers say, and whether a failing response is an
// old cached copy (stale-cache) or an edge still running the previous configuration
// (propagating) rather than a policy violation. Origin-response only runs on cache misses, so a
// header change reaches cached objects only after their TTL or an invalidation
// (docs/aws-facts.md §5; X-Cache carries the x-edge-result-type values).
import type { CacheFacts, Finding, ObservedResponse } from './types.js'

const CACHE_HIT = /^\s*(hit|refreshhit) from cloudfront/i

export function cacheFacts(headers: Record<string, string[]>): CacheFacts {
  const xCache = headers['x-cache']?.[0]
  const ageText = headers.age?.[0]
  const age = ageText !== undefined && /^\s*\d+\s*$/.test(ageText) ? Number(ageText) : undefined
  const facts: CacheFacts = { hit: xCache !== undefined && CACHE_HIT.test(xCache) }
  if (xCache !== undefined) facts.xCache = xCache
  if (age !== undefined) facts.age = age
  const via = headers.via?.join(', ')
  if (via !== undefined) facts.via = via
  const pop = headers['x-amz-cf-pop']?.[0]
  if (pop !== undefined) facts.pop = pop
  return facts
}

/** When the cached copy was stored: the response time minus its Age. */
export function cachedAt(response: ObservedResponse): number | undefined {
  if (response.cache.age === undefined) return undefined
  return response.receivedAt - response.cache.age * 1000
}

export interface ClassifyContext {
  deployedAt?: Date
  /** The judgment of the `?headerguard=<id>` variant of the same URL, when one was fetched. */
  bustedFindings?: Finding[]
  now: number
  propagationWindowMs: number
}

/**
 * The CSP Evaluator's advice passes (its CSP is what the policy says), so it is never relabelled
 * and never keeps a header from counting as reached.
 */
function failing(finding: Finding): boolean {
  return finding.verdict !== 'pass'
}

/**
 * Re-labels failing findings that the deploy has not reached yet. Without `deployedAt` nothing
 * changes: a drift check has no deploy to wait for.
 */
export function classifyFindings(
  response: ObservedResponse,
  findings: Finding[],
  ctx: ClassifyContext
): Finding[] {
  const deployedAt = ctx.deployedAt?.getTime()
  if (deployedAt === undefined) return findings
  const storedAt = cachedAt(response)
  const staleCopy = response.cache.hit && storedAt !== undefined && storedAt < deployedAt
  const withinWindow = ctx.now - deployedAt <= ctx.propagationWindowMs
  return findings.map((finding) => {
    if (!failing(finding) || finding.kind === 'redirect') return finding
    if (staleCopy) {
      const secondsBefore = Math.round((deployedAt - (storedAt as number)) / 1000)
      return {
        ...finding,
        verdict: 'stale-cache',
        severity: 'warning',
        message: `${finding.message}; served from CloudFront's cache (${response.cache.xCache}, Age ${response.cache.age}), stored ${secondsBefore}s before the deploy finished: invalidate the path (e.g. /*) or wait for the TTL`
      }
    }
    const bustedPasses =
      ctx.bustedFindings !== undefined &&
      !ctx.bustedFindings.some((b) => b.header === finding.header && failing(b))
    if (withinWindow && bustedPasses) {
      return {
        ...finding,
        verdict: 'propagating',
        severity: 'warning',
        message: `${finding.message}; a cache-busting request already gets the new header, so this edge location${response.cache.pop ? ` (${response.cache.pop})` : ''} still runs the previous configuration: re-check in a few minutes`
      }
    }
    return finding
  })
}
