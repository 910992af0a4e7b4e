// Plan's verification: every live response is handed to `apply` (the pipeline passes the new
// edge function, run as CloudFront would) and judged on what it becomes; the live response is
// judged too, against the same policy, so each finding carries what the site serves now beside
// what it will serve after the merge.
import type { ResolvedPolicy } from '../policy/types.js'
import { judgeResponse } from './check.js'
import { type CspAdviceJudge, cspAdviceJudge } from './csp-advice.js'
import { verifySite } from './site.js'
import type { Finding, VerifyOptions, VerifyReport } from './types.js'

/** The new edge function applied to one live response; `rejected` when CloudFront would refuse it. */
export type ApplyEdge = (
  uri: string,
  response: { status: number; headers: Record<string, string[]> }
) => Promise<{ status: number; headers: Record<string, string[]>; rejected?: string }>

export async function verifyPreviewed(
  policy: ResolvedPolicy,
  options: VerifyOptions,
  apply: ApplyEdge
): Promise<VerifyReport> {
  const live = new Map<string, LiveResponse>()
  const report = await verifySite(policy, {
    ...options,
    preview: async (uri, response, url) => {
      const after = await apply(uri, response)
      live.set(url, { ...response, rejected: after.rejected })
      return after
    }
  })
  const advice = await cspAdviceJudge(policy, live.values())
  return withNowSide(policy, report, live, advice)
}

interface LiveResponse {
  status: number
  headers: Record<string, string[]>
  rejected?: string
}

/** Each previewed URL's findings paired with the same checks on its live response. */
function withNowSide(
  policy: ResolvedPolicy,
  report: VerifyReport,
  live: ReadonlyMap<string, LiveResponse>,
  advice: CspAdviceJudge | undefined
): VerifyReport {
  const results = report.results.map((result) => {
    const response = live.get(result.url)
    if (!response) return result
    const nowFindings = judgeResponse(
      policy,
      {
        url: result.url,
        status: response.status,
        statusText: '',
        headers: response.headers,
        cache: { hit: false },
        receivedAt: 0,
        elapsedMs: 0
      },
      advice
    )
    return {
      ...result,
      findings: pairNowAfter(result.findings, nowFindings),
      nowStatus: response.status,
      ...(response.rejected !== undefined ? { edgeRejection: response.rejected } : {})
    }
  })
  return { ...report, results }
}

// `check` tells apart the CSP Evaluator's findings on one header (one per check id).
const key = (f: Finding) =>
  `${f.kind}\u0000${f.header}\u0000${f.policyLine ?? ''}\u0000${f.check ?? ''}`
const looseKey = (f: Finding) => `${f.kind}\u0000${f.policyLine ?? ''}\u0000${f.check ?? ''}`

/**
 * Each after-merge finding with `now` set from the live-side finding of the same check: the same
 * header and policy line, else (a wildcard removal names the headers it found) the same rule.
 */
export function pairNowAfter(after: readonly Finding[], now: readonly Finding[]): Finding[] {
  const exact = new Map<string, Finding[]>()
  const loose = new Map<string, Finding[]>()
  for (const f of now) {
    exact.set(key(f), [...(exact.get(key(f)) ?? []), f])
    loose.set(looseKey(f), [...(loose.get(looseKey(f)) ?? []), f])
  }
  const used = new Set<Finding>()
  const take = (list: Finding[] | undefined) => {
    const found = list?.find((f) => !used.has(f))
    if (found) used.add(found)
    return found
  }
  return after.map((f) => {
    const live = take(exact.get(key(f))) ?? take(loose.get(looseKey(f)))
    return live ? { ...f, now: { actual: live.actual, verdict: live.verdict } } : { ...f }
  })
}
