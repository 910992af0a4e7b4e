// VerifyReport fixtures for the report tests: totals and status follow from the findings, as
// the verifier computes them, so a fixture cannot claim a pass its findings contradict.
import { uncheckedUrls } from '../../src/verify/totals.js'
import type { Finding, UrlResult, VerifyReport } from '../../src/verify/types.js'

export function finding(extra: Partial<Finding> = {}): Finding {
  return {
    header: 'x-frame-options',
    verdict: 'pass',
    expected: 'DENY',
    actual: 'DENY',
    message: 'matches the policy',
    policyLine: 5,
    severity: 'error',
    kind: 'header',
    ...extra
  }
}

export const page = (
  url: string,
  findings: Finding[],
  extra: Partial<UrlResult> = {}
): UrlResult => ({
  url,
  status: 200,
  kind: 'page',
  requestedUrl: url,
  findings,
  ...extra
})

export function verifyReport(
  results: UrlResult[],
  extra: Partial<VerifyReport> = {}
): VerifyReport {
  const findings = results.flatMap((r) => r.findings)
  const failed = findings.filter((f) => f.verdict !== 'pass')
  return {
    status: failed.length > 0 || results.some((r) => r.error) ? 'fail' : 'pass',
    grade: null,
    score: null,
    observatory: [],
    results,
    totals: {
      pass: findings.length - failed.length,
      failed: failed.length,
      errors: failed.length,
      warnings: 0
    },
    unreachable: false,
    unchecked: uncheckedUrls(results),
    startedAt: '2026-01-01T00:00:00Z',
    durationMs: 1,
    ...extra
  }
}
