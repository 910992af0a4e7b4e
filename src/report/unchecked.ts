// URLs the run could not check (no answer, TLS failure, timeout, redirect loop) are their own
// outcome, neither a pass nor a violation: every report says which URL and why in the same words.
import type { VerifyReport } from '../verify/types.js'
import { plural } from './text.js'

/** `2 URLs could not be checked`, or undefined when every URL was checked. */
export function uncheckedHeadline(report: Pick<VerifyReport, 'unchecked'>): string | undefined {
  const n = report.unchecked.length
  return n === 0 ? undefined : `${plural(n, 'URL')} could not be checked`
}

/** One `URL: why` line per URL that could not be checked (the hop where a chain broke). */
export function uncheckedLines(report: Pick<VerifyReport, 'unchecked'>): string[] {
  return report.unchecked.map((u) =>
    u.url === u.requestedUrl
      ? `${u.url}: ${u.error}`
      : `${u.url} (redirected from ${u.requestedUrl}): ${u.error}`
  )
}

/**
 * Why a drift check leaves the drift issue alone: a site that cannot be checked has not
 * drifted as far as the run can tell, so on that alone no issue is opened (nor closed).
 */
export function driftSkipReason(
  report: Pick<VerifyReport, 'unchecked' | 'unreachable' | 'totals'>
): string | undefined {
  if (report.unreachable)
    return 'no URL answered, so the run cannot tell whether the site drifted: the drift issue was neither opened nor closed'
  const headline = uncheckedHeadline(report)
  if (headline && report.totals.errors === 0)
    return `${headline} and nothing else failed: that alone is not drift, so the drift issue was neither opened nor closed`
  return undefined
}
