// Views over a verify report shared by every renderer: the failing findings and the advice
// grouped by the policy line they concern, and the headers that are missing or wrong anywhere.
import { isAdvice, isFlagged } from '../advice.js'
import type { Finding, UrlResult, VerifyReport } from '../verify/types.js'

export interface FindingGroup {
  header: string
  verdict: Finding['verdict']
  severity: Finding['severity']
  policyLine: number | null
  policyColumn?: number
  /** The first finding's message; the others differ only by URL. */
  message: string
  /** The check id of findings that name one (`csp-evaluator/SCRIPT_UNSAFE_INLINE`). */
  check?: string
  expected: string | null
  urls: string[]
}

/** Every failing finding and every piece of advice (advice.ts) with its URL, in report order. */
export function failures(
  report: VerifyReport | undefined
): Array<{ url: string; finding: Finding }> {
  if (!report) return []
  return report.results.flatMap((r) =>
    r.findings.filter(isFlagged).map((finding) => ({ url: r.url, finding }))
  )
}

/**
 * One group per (header, verdict, line, check): a header missing on 30 URLs is one problem, not
 * 30, and each CSP Evaluator check on a header is a problem of its own.
 */
export function groupFailures(report: VerifyReport | undefined): FindingGroup[] {
  const groups = new Map<string, FindingGroup>()
  for (const { url, finding } of failures(report)) {
    const key = `${finding.header}\u0000${finding.verdict}\u0000${finding.policyLine}\u0000${finding.check ?? ''}`
    const group = groups.get(key)
    if (group) {
      if (!group.urls.includes(url)) group.urls.push(url)
      continue
    }
    const created: FindingGroup = {
      header: finding.header,
      verdict: finding.verdict,
      severity: finding.severity,
      policyLine: finding.policyLine,
      message: finding.message,
      expected: finding.expected,
      urls: [url]
    }
    if (finding.policyColumn !== undefined) created.policyColumn = finding.policyColumn
    if (finding.check !== undefined) created.check = finding.check
    groups.set(key, created)
  }
  return [...groups.values()]
}

/**
 * Header names missing or wrong on at least one URL (the `missing` output), sorted. The CSP
 * Evaluator's advice does not count: that CSP is served as the policy says.
 */
export function missingHeaders(report: VerifyReport | undefined): string[] {
  const wrong = failures(report).filter(({ finding }) => !isAdvice(finding))
  return [...new Set(wrong.map(({ finding }) => finding.header))].sort()
}

/** Advice (verdict pass) never fails a URL: its header is served as the policy says. */
export function resultFailed(result: UrlResult): boolean {
  return result.error !== undefined || result.findings.some((f) => f.verdict !== 'pass')
}

/**
 * Passing checks that a removed header is absent: the OWASP preset removes dozens of names,
 * and one line says "all absent" better than dozens of rows.
 */
export function splitAbsentRemovals(findings: readonly Finding[]): {
  shown: Finding[]
  absentRemovals: Finding[]
} {
  const absent = (f: Finding) => f.kind === 'remove' && f.verdict === 'pass'
  return { shown: findings.filter((f) => !absent(f)), absentRemovals: findings.filter(absent) }
}
