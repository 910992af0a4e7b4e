// What a run's results add up to: the counts, the URLs that could not be checked, the status.
import { isFlagged } from '../advice.js'
import type { UncheckedUrl, UrlResult, VerifyReport } from './types.js'

/** Results that end in an error, not an answer: what the run could not check, and why. */
export function uncheckedUrls(results: readonly UrlResult[]): UncheckedUrl[] {
  // The http:// variant has no error of its own: not serving http:// is an answer.
  return results
    .filter((r) => r.error !== undefined && r.kind !== 'http-redirect')
    .map((r) => ({
      url: r.url,
      requestedUrl: r.requestedUrl,
      kind: r.kind,
      error: r.error as string
    }))
}

export function totalsOf(results: UrlResult[]): VerifyReport['totals'] {
  const findings = results.flatMap((r) => r.findings)
  // Advice passes (the header is as the policy says) yet counts as a warning, for fail-on.
  const flagged = findings.filter(isFlagged)
  return {
    pass: findings.length - flagged.length,
    failed: findings.filter((f) => f.verdict !== 'pass').length,
    errors: flagged.filter((f) => f.severity === 'error').length,
    warnings: flagged.filter((f) => f.severity === 'warning').length
  }
}
