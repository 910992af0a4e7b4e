// The report on a terminal: the CLI's counterpart of the job summary. Remote text passes
// through cell() so a hostile header value cannot send terminal escape sequences.
import type { DeployOutcome, HeaderDiff } from '../aws/types.js'
import { splitAbsentRemovals } from './findings.js'
import { foldHeaderDiff } from './diff-rows.js'
import type { Finding, UrlResult, VerifyReport } from '../verify/types.js'

/** Remote text on a terminal: no control characters (escape sequences), bounded length. */
function cell(value: string | null, width: number): string {
  if (value === null) return '-'
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
  return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean
}

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

export function renderResult(result: UrlResult): string {
  const cache = result.cache?.xCache
    ? `, ${cell(result.cache.xCache, 40)}${result.cache.age !== undefined ? ` age ${result.cache.age}` : ''}`
    : ''
  const redirect = result.redirectTo ? ` -> ${cell(result.redirectTo, 100)}` : ''
  const head = `${cell(result.url, 120)}  ${result.status ?? 'no answer'} (${result.kind}${cache})${redirect}`
  const lines = [head]
  // Dozens of removed-and-absent headers (the OWASP list) say one thing: count them.
  const { shown, absentRemovals } = splitAbsentRemovals(result.findings)
  if (shown.length > 0) {
    const rows = [
      ['  header', 'expected', 'actual', 'verdict'],
      ...shown.map((f) => [
        `  ${cell(f.header, 40)}`,
        cell(f.expected, 48),
        cell(f.actual, 48),
        MARK[f.verdict]
      ])
    ]
    lines.push(textTable(rows))
    for (const f of shown.filter((x) => x.verdict !== 'pass')) {
      lines.push(
        `    ${f.header}: ${cell(f.message, 300)}${f.policyLine !== null ? ` (policy line ${f.policyLine})` : ''}`
      )
    }
  }
  if (absentRemovals.length > 0) {
    lines.push(`  ${absentRemovals.length} header(s) the policy removes: absent  pass`)
  }
  if (result.error) lines.push(`  error: ${cell(result.error, 300)}`)
  return lines.join('\n')
}

export function renderReport(report: VerifyReport): string {
  const parts = report.results.map(renderResult)
  const t = report.totals
  const grade =
    report.grade !== null
      ? `grade ${report.grade} (${report.score}, MDN HTTP Observatory v6 scoring of the headers; not the verdict)`
      : 'grade n/a'
  parts.push(
    `${report.status === 'pass' ? 'PASS' : 'FAIL'}: ${t.pass} pass, ${t.errors} error(s), ${t.warnings} warning(s) over ${report.results.length} URL(s); ${grade}`
  )
  return parts.join('\n\n')
}

export function renderOutcome(outcome: DeployOutcome): string {
  const verb = outcome.mode === 'plan' ? 'would' : ''
  const lines = [
    `${outcome.mode}: ${outcome.functionArn} (version ${outcome.version}${outcome.codeChanged ? `, new code${verb ? ' would be published' : ' published'}` : ', code unchanged'})`
  ]
  for (const a of outcome.associations) {
    const arrow = a.changed
      ? `${a.previousArn || '(none)'} -> ${a.newArn || '(none)'}`
      : `${a.newArn || '(none)'} (unchanged${a.state && a.state !== 'unchanged' ? `, ${a.state}` : ''})`
    lines.push(`  ${a.distributionId} behavior ${a.behavior}: origin-response ${arrow}`)
  }
  for (const d of outcome.distributions) {
    const timing =
      d.deployedAfterMs !== undefined
        ? `, Deployed after ${(d.deployedAfterMs / 1000).toFixed(1)} s`
        : ''
    const invalidation = d.invalidationId ? `, invalidation ${d.invalidationId}` : ''
    lines.push(`  ${d.id} (${cell(d.domainName, 80)}): ${d.status}${timing}${invalidation}`)
  }
  const diff = outcome.headerDiff
  if (diff) lines.push(...renderHeaderDiff(diff))
  if (outcome.rolledBack)
    lines.push(`  rolled back to ${outcome.rolledBack.to}: ${outcome.rolledBack.reason}`)
  return lines.join('\n')
}

/** Value changes one per line; removal lists, which can be long, one line each. */
export function renderHeaderDiff(diff: HeaderDiff): string[] {
  const folded = foldHeaderDiff(diff)
  const sign = { added: '+', changed: '~', removed: '-' }
  const lines = folded.values.map((c) => {
    const value =
      c.kind === 'changed'
        ? `${cell(c.before ?? '', 60)} -> ${cell(c.after ?? '', 60)}`
        : cell((c.kind === 'added' ? c.after : c.before) ?? '', 100)
    return `  ${sign[c.kind]} ${c.name}: ${value}${c.path ? ` (paths ${cell(c.path, 40)})` : ''}`
  })
  const names = (list: string[]) => cell(list.join(', '), 160)
  if (folded.removalsAdded.length) {
    lines.push(
      `  + removes ${folded.removalsAdded.length} header(s): ${names(folded.removalsAdded)}`
    )
  }
  if (folded.removalsDropped.length) {
    lines.push(
      `  - no longer removes ${folded.removalsDropped.length} header(s): ${names(folded.removalsDropped)}`
    )
  }
  return lines
}
