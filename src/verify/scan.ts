// The quick scan (`check --url` without a policy file) judges a site against a preset the
// user never wrote, on a site that may not be on CloudFront at all. Its findings then speak of
// the preset, point at no policy line, say nothing of an edge, and leave HSTS alone on
// http://, where browsers ignore it (RFC 6797 8.1).
import { totalsOf, uncheckedUrls } from './totals.js'
import type { Finding, UrlResult, VerifyReport } from './types.js'

const HSTS = 'strict-transport-security'

function isHttp(url: string): boolean {
  return /^http:/i.test(url)
}

function scanFinding(f: Finding, preset: string): Finding {
  const { policyColumn: _column, ...rest } = f
  const finding: Finding = { ...rest, policyLine: null }
  if (f.kind === 'remove' && f.verdict === 'forbidden') {
    finding.message = `${f.header} is sent: the ${preset} preset advises leaving it out, since it tells attackers what the site runs on`
  } else if (f.kind === 'remove') {
    finding.message = `absent, as the ${preset} preset advises`
  } else if (f.kind === 'redirect') {
    // Which setting makes the redirect depends on where the site runs: no CloudFront advice.
    finding.message = f.message.replace(/\s*\(CloudFront:[^)]*\)/, '')
  } else {
    finding.message = f.message.replace(/\bthe policy\b/g, `the ${preset} preset`)
  }
  return finding
}

function scanResult(result: UrlResult, preset: string): UrlResult {
  const findings = result.findings
    .filter((f) => !(f.header === HSTS && f.kind === 'header' && isHttp(result.url)))
    .map((f) => scanFinding(f, preset))
  return { ...result, findings }
}

/**
 * The report of a quick scan against `preset`, and the notes it needs: what was not judged
 * and why. Totals and status are recounted from the reworded findings.
 */
export function asQuickScan(
  report: VerifyReport,
  preset: string
): { report: VerifyReport; notes: string[] } {
  const results = report.results.map((r) => scanResult(r, preset))
  const totals = totalsOf(results)
  const unchecked = uncheckedUrls(results)
  const notes: string[] = []
  const plain = [...new Set(report.results.filter((r) => isHttp(r.url)).map((r) => r.url))]
  if (plain.length > 0 && report.results.some((r) => r.findings.some((f) => f.header === HSTS))) {
    notes.push(
      `Strict-Transport-Security was not judged on ${plain.length} http:// URL(s): browsers ignore it there (RFC 6797 8.1); scan the https:// URL to check it`
    )
  }
  return {
    report: {
      ...report,
      results,
      totals,
      unchecked,
      status: totals.errors > 0 || unchecked.length > 0 ? 'fail' : 'pass'
    },
    notes
  }
}
