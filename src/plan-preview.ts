// Plan's verification: the live site's responses passed through the new edge function (as
// CloudFront would run it), judged on what they become, with what they are today beside it.
import { openEdgePreview } from './edge-runtime/preview.js'
import type { EdgePackage } from './compile/types.js'
import type { ResolvedPolicy } from './policy/types.js'
import { pairNowAfter } from './report/now-after.js'
import { judgeResponse } from './verify/check.js'
import { verifySite } from './verify/site.js'
import type { VerifyOptions, VerifyReport } from './verify/types.js'

/**
 * Plan judges what the site would serve after this deploy: every live response goes through
 * the new package's handler (and Lambda@Edge's validation) before it is compared with the
 * policy. Judging the live responses as they are would fail every pull request that changes
 * the policy. The live response is kept too and judged against the same policy, so every
 * finding says what the site serves now beside what it will serve after the merge.
 */
export async function verifyPreview(
  policy: ResolvedPolicy,
  pkg: EdgePackage,
  options: VerifyOptions,
  notes: string[]
): Promise<VerifyReport> {
  const edge = await openEdgePreview(pkg.zip)
  const live = new Map<string, LiveResponse>()
  try {
    const report = await verifySite(policy, {
      ...options,
      preview: async (uri, response, url) => {
        const after = await edge.apply(uri, response)
        live.set(url, { ...response, rejected: after.rejected })
        return after
      }
    })
    notes.push(
      'plan: the live responses were passed through the new edge function before judging, so the verdicts show what the site will serve after this deploy'
    )
    return withNowSide(policy, report, live)
  } finally {
    await edge.close()
  }
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
  live: ReadonlyMap<string, LiveResponse>
): VerifyReport {
  const results = report.results.map((result) => {
    const response = live.get(result.url)
    if (!response) return result
    const nowFindings = judgeResponse(policy, {
      url: result.url,
      status: response.status,
      statusText: '',
      headers: response.headers,
      cache: { hit: false },
      receivedAt: 0,
      elapsedMs: 0
    })
    return {
      ...result,
      findings: pairNowAfter(result.findings, nowFindings),
      nowStatus: response.status,
      ...(response.rejected !== undefined ? { edgeRejection: response.rejected } : {})
    }
  })
  return { ...report, results }
}
