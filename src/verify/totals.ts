// What a run's results add up to: the counts, the URLs that could not be checked, the status.
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
  const failed = findings.filter((f) => f.verdict !== 'pass')
  return {
    pass: findings.length - failed.length,
    failed: failed.length,
    errors: failed.filter((f) => f.severity === 'error').length,
    warnings: failed.filter((f) => f.severity === 'warning').length
  }
}
