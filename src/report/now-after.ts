// What a merge changes, from plan's findings that carry both sides (see verify/preview.ts):
// counted by distinct header, not by finding (a header on three path sets is one header).
import { isAdvice } from '../advice.js'
import type { Finding, UrlResult, VerifyReport } from '../verify/types.js'
import { plural } from './text.js'

export interface MergeEffect {
  /** Headers wrong today (missing, or present but unwanted) that the merge puts right. */
  fixes: string[]
  /** Headers whose value the merge changes, and that hold after it. */
  changes: string[]
  /** Headers that hold today and fail after the merge. */
  breaks: string[]
  /** Headers wrong today that stay wrong after the merge. */
  staysWrong: string[]
}

/** The after-merge side of a URL failed, which the now side shows how. */
const failing = (verdict: Finding['verdict']) => verdict !== 'pass'

/** What the merge changes over every URL of a plan's report; undefined when no URL has a now side. */
export function mergeEffect(report: VerifyReport | undefined): MergeEffect | undefined {
  const findings = (report?.results ?? []).flatMap((r: UrlResult) => r.findings)
  if (!findings.some((f) => f.now)) return undefined
  const sets = {
    fixes: new Set<string>(),
    changes: new Set<string>(),
    breaks: new Set<string>(),
    staysWrong: new Set<string>()
  }
  for (const f of findings) {
    // The CSP Evaluator's advice says what the CSP is, not whether the site serves the policy.
    if (!f.now || isAdvice(f)) continue
    const nowFails = failing(f.now.verdict)
    const afterFails = failing(f.verdict)
    if (afterFails) (nowFails ? sets.staysWrong : sets.breaks).add(f.header)
    else if (nowFails)
      (f.now.actual === null || f.kind === 'remove' ? sets.fixes : sets.changes).add(f.header)
    else if (f.now.actual !== f.actual) sets.changes.add(f.header)
  }
  // A header that fails anywhere is not also counted as fixed or changed elsewhere.
  for (const name of [...sets.staysWrong, ...sets.breaks]) {
    sets.fixes.delete(name)
    sets.changes.delete(name)
  }
  for (const name of sets.fixes) sets.changes.delete(name)
  const sorted = (set: Set<string>) => [...set].sort()
  return {
    fixes: sorted(sets.fixes),
    changes: sorted(sets.changes),
    breaks: sorted(sets.breaks),
    staysWrong: sorted(sets.staysWrong)
  }
}

/** "fixes 2 headers, changes 1" — the parts that are not zero, or "changes nothing". */
export function describeMergeEffect(effect: MergeEffect): string {
  const parts: string[] = []
  if (effect.staysWrong.length)
    parts.push(
      `${plural(effect.staysWrong.length, 'header')} stay${effect.staysWrong.length === 1 ? 's' : ''} wrong (${effect.staysWrong.join(', ')})`
    )
  if (effect.breaks.length)
    parts.push(`breaks ${plural(effect.breaks.length, 'header')} (${effect.breaks.join(', ')})`)
  if (effect.fixes.length) parts.push(`fixes ${plural(effect.fixes.length, 'header')}`)
  if (effect.changes.length)
    parts.push(
      `changes ${parts.length > 0 && effect.fixes.length ? effect.changes.length : plural(effect.changes.length, 'header')}`
    )
  return parts.length ? parts.join(', ') : 'changes no header the site serves'
}
