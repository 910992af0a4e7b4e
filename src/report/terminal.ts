// The report on a terminal: the CLI's counterpart of the job summary. Quiet by default: one
// line per URL and the failures; `verbose` adds every table, `quiet` keeps only the verdict.
// Remote text passes through cell() so a hostile header value cannot send escape sequences.
import type { DeployOutcome } from '../aws/types.js'
import type { HeaderDiff } from '../compile/types.js'
import { isAdvice, isFlagged } from '../advice.js'
import { resultFailed, splitAbsentRemovals } from './findings.js'
import { foldHeaderDiff } from './diff-rows.js'
import { describeMergeEffect, mergeEffect } from './now-after.js'
import { associationNow } from './outcome-words.js'
import { type RootCause, rootCause } from './root-cause.js'
import { uncheckedHeadline } from './unchecked.js'
import { directiveDiffLines } from './value-diff.js'
import type { Finding, UrlResult, VerifyReport } from '../verify/types.js'
import { terminalText } from './text.js'

export type Verbosity = 'quiet' | 'normal' | 'verbose'

const cell = terminalText

const MARK: Record<Finding['verdict'], string> = {
  pass: 'pass',
  missing: 'MISSING',
  mismatch: 'MISMATCH',
  forbidden: 'FORBIDDEN',
  'stale-cache': 'stale-cache',
  propagating: 'propagating'
}

function textTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}

function head(result: UrlResult): string {
  const cache = result.cache?.xCache
    ? `, ${cell(result.cache.xCache, 40)}${result.cache.age !== undefined ? ` age ${result.cache.age}` : ''}`
    : ''
  const redirect = result.redirectTo ? ` -> ${cell(result.redirectTo, 100)}` : ''
  const now =
    result.nowStatus !== undefined && result.nowStatus !== result.status
      ? ` (now ${result.nowStatus})`
      : ''
  return `${cell(result.url, 120)}  ${result.status ?? 'no answer'}${now} (${result.kind}${cache})${redirect}`
}

/** The lines under a failing finding: why, and for a CSP or Permissions-Policy what changes by directive. */
function failureLines(f: Finding): string[] {
  const line = f.policyLine !== null ? ` (policy line ${f.policyLine})` : ''
  const lines = [`    ${f.header}: ${cell(f.message, 300)}${line}`]
  if (f.now) lines.push(`      now ${cell(f.now.actual, 100)}  after merge ${cell(f.actual, 100)}`)
  else if (f.actual !== null)
    lines.push(`      expected ${cell(f.expected, 100)}  actual ${cell(f.actual, 100)}`)
  return lines
}

function directiveLines(f: Finding): string[] {
  const lines = f.now ? directiveDiffLines(f.header, f.now.actual, f.actual) : undefined
  return (lines ?? []).map((l) => `      ${f.header} ${cell(l, 160)}`)
}

/** The full table of one URL (every check), as `--verbose` and the demo show it. */
export function renderResult(result: UrlResult): string {
  const lines = [head(result)]
  // Dozens of removed-and-absent headers (the OWASP list) say one thing: count them.
  const { shown, absentRemovals } = splitAbsentRemovals(result.findings)
  const plan = shown.some((f) => f.now)
  if (shown.length > 0) {
    const rows = [
      plan
        ? ['  header', 'now', 'after merge', 'verdict']
        : ['  header', 'expected', 'actual', 'verdict'],
      ...shown.map((f) => [
        `  ${cell(f.header, 40)}`,
        plan ? cell(f.now?.actual ?? null, 48) : cell(f.expected, 48),
        cell(f.actual, 48),
        isAdvice(f) ? 'pass, WARNING' : MARK[f.verdict]
      ])
    ]
    lines.push(textTable(rows))
    for (const f of shown) {
      if (isFlagged(f)) lines.push(...failureLines(f).slice(0, 1))
      lines.push(...directiveLines(f))
    }
  }
  if (absentRemovals.length > 0) {
    lines.push(`  ${absentRemovals.length} header(s) the policy removes: absent  pass`)
  }
  if (result.error) lines.push(`  error: ${cell(result.error, 300)}`)
  return lines.join('\n')
}

/** One line for a URL, then one block per failing check. */
export function renderResultBrief(result: UrlResult, explained = false): string {
  const failed = result.findings.filter((f) => f.verdict !== 'pass')
  const advice = result.findings.filter(isAdvice)
  const warned = advice.length > 0 ? `, ${advice.length} warning(s)` : ''
  const verdict = result.error
    ? `error: ${cell(result.error, 200)}`
    : failed.length > 0
      ? `${failed.length} of ${result.findings.length} checks FAILED${warned}`
      : `${result.findings.length} checks pass${warned}`
  const lines = [`${head(result)}: ${verdict}`]
  if (explained) return lines[0] as string
  for (const f of result.findings.filter(isFlagged))
    lines.push(...failureLines(f), ...directiveLines(f))
  return lines.join('\n')
}

function gradeText(report: VerifyReport): string {
  return report.grade !== null
    ? `grade ${report.grade} (${report.score}, MDN HTTP Observatory v6 scoring of the headers; not the verdict)`
    : 'grade n/a'
}

/** The verdict line, and the root cause with its fix when there is one. */
export function renderVerdict(
  report: VerifyReport,
  mode: 'plan' | 'deploy' | 'check',
  cause: RootCause | undefined = rootCause({ verify: report, mode })
): string {
  const t = report.totals
  const unchecked = uncheckedHeadline(report)
  const status =
    report.status === 'pass' ? 'PASS' : unchecked && t.errors === 0 ? 'NOT CHECKED' : 'FAIL'
  const effect = mode === 'plan' ? mergeEffect(report) : undefined
  const counts = `${unchecked ? `${unchecked}; ` : ''}${t.pass} pass, ${t.errors} error(s), ${t.warnings} warning(s) over ${report.results.length} URL(s)`
  const lines = [
    effect
      ? `${status}: after this merge ${report.status === 'pass' ? 'the site will serve the policy: ' : ''}${describeMergeEffect(effect)}; ${counts}; ${gradeText(report)}`
      : `${status}: ${counts}; ${gradeText(report)}`
  ]
  if (cause) lines.unshift(`root cause: ${cell(cause.cause, 400)}`, `fix: ${cause.fix}`)
  return lines.join('\n')
}

/** Every URL's full table and the verdict (`--verbose`). */
export function renderReport(
  report: VerifyReport,
  mode: 'plan' | 'deploy' | 'check' = 'check'
): string {
  return [...report.results.map(renderResult), renderVerdict(report, mode)].join('\n\n')
}

/** One line per URL and the failures; a root cause replaces the findings it explains. */
export function renderReportBrief(report: VerifyReport, mode: 'plan' | 'deploy' | 'check'): string {
  const cause = rootCause({ verify: report, mode })
  const explained = new Set(cause?.urls ?? [])
  const lines = report.results.map((r) => renderResultBrief(r, explained.has(r.url)))
  return [lines.join('\n'), renderVerdict(report, mode, cause)].join('\n\n')
}

export function renderOutcome(outcome: DeployOutcome, verbosity: Verbosity = 'verbose'): string {
  const verb = outcome.mode === 'plan' ? 'would' : ''
  const lines = [
    `${outcome.mode}: ${outcome.functionArn} (version ${outcome.version}${outcome.codeChanged ? `, new code${verb ? ' would be published' : ' published'}` : ', code unchanged'})`
  ]
  for (const a of outcome.associations) {
    lines.push(`  ${a.distributionId} behavior ${a.behavior}: ${associationNow(a, outcome)}`)
  }
  for (const d of outcome.distributions) {
    const timing =
      d.deployedAfterMs !== undefined
        ? `, Deployed after ${(d.deployedAfterMs / 1000).toFixed(1)} s`
        : ''
    const invalidation = d.invalidationId
      ? `, invalidation ${d.invalidationId}`
      : d.invalidationRefused
        ? `, invalidation refused: cached objects keep old headers until they expire`
        : ''
    lines.push(`  ${d.id} (${cell(d.domainName, 80)}): ${d.status}${timing}${invalidation}`)
  }
  const diff = outcome.headerDiff
  if (diff) lines.push(...renderHeaderDiff(diff, verbosity === 'verbose'))
  if (outcome.rolledBack)
    lines.push(`  rolled back to ${outcome.rolledBack.to} because ${outcome.rolledBack.reason}`)
  return lines.join('\n')
}

/**
 * Value changes one per line (a CSP or Permissions-Policy one per changed directive); removal
 * lists counted by distinct header, their names only when `listRemovals`.
 */
export function renderHeaderDiff(diff: HeaderDiff, listRemovals = true): string[] {
  const folded = foldHeaderDiff(diff)
  const sign = { added: '+', changed: '~', removed: '-' }
  const lines = folded.values.flatMap((c) => {
    const where = c.path ? ` (paths ${cell(c.path, 40)})` : ''
    const directives =
      c.kind === 'changed' ? directiveDiffLines(c.name, c.before, c.after) : undefined
    if (directives && directives.length > 0) {
      return [`  ~ ${c.name}${where}:`, ...directives.map((d) => `      ${cell(d, 160)}`)]
    }
    const value =
      c.kind === 'changed'
        ? `${cell(c.before ?? '', 60)} -> ${cell(c.after ?? '', 60)}`
        : cell((c.kind === 'added' ? c.after : c.before) ?? '', 100)
    return [`  ${sign[c.kind]} ${c.name}: ${value}${where}`]
  })
  const names = (list: string[]) =>
    listRemovals ? `: ${cell(list.join(', '), 2000)}` : ' (--verbose lists them)'
  if (folded.removalsAdded.length) {
    lines.push(`  + removes ${folded.removalsAdded.length} header(s)${names(folded.removalsAdded)}`)
  }
  if (folded.removalsDropped.length) {
    lines.push(
      `  - no longer removes ${folded.removalsDropped.length} header(s)${names(folded.removalsDropped)}`
    )
  }
  return lines
}

export { resultFailed }
