// Markdown building blocks shared by the job summary, the PR comment and the drift issue.
// Every string that did not come from this file goes through markdown.ts.
import { foldHeaderDiff } from './diff-rows.js'
import type { DeployOutcome } from '../aws/types.js'
import type { Diagnostic } from '../policy/types.js'
import type { ObservatoryGrade } from '../verify/grade.js'
import type { Finding, UrlResult, VerifyReport } from '../verify/types.js'
import { resultFailed, splitAbsentRemovals } from './findings.js'
import { code, codeCell, htmlText, table, text } from './markdown.js'
import type { ReportInput } from './types.js'

const VERDICT_LABEL: Record<Finding['verdict'], string> = {
  pass: '✅ pass',
  missing: '❌ missing',
  mismatch: '❌ mismatch',
  forbidden: '❌ forbidden',
  'stale-cache': '🧊 stale cache',
  propagating: '⏳ propagating'
}

export function verdictLabel(finding: Finding): string {
  const label = VERDICT_LABEL[finding.verdict]
  return finding.verdict !== 'pass' && finding.severity === 'warning'
    ? label.replace('❌', '⚠️')
    : label
}

const MODE_TITLE = { plan: 'plan', deploy: 'deploy', check: 'drift check' } as const

/** `### ✅ headerguard deploy: policy holds` and friends. */
export function statusHeading(input: ReportInput, failed: boolean): string {
  const errors = input.diagnostics.filter((d) => d.severity === 'error').length
  const v = input.verify
  let outcome: string
  if (input.error !== undefined) outcome = `❌ ${text(input.error, 300)}`
  else if (errors > 0) outcome = `❌ the policy file has ${errors} error${errors === 1 ? '' : 's'}`
  else if (!v) outcome = failed ? '❌ failed' : '✅ done (no verification)'
  else if (v.unreachable) outcome = '❌ no URL could be fetched'
  else if (v.totals.errors > 0 || v.status === 'fail')
    outcome = `❌ ${v.totals.errors} violation${v.totals.errors === 1 ? '' : 's'}`
  else if (v.totals.warnings > 0)
    outcome = `⚠️ passes, with ${v.totals.warnings} warning${v.totals.warnings === 1 ? '' : 's'}`
  else outcome = '✅ the site serves the policy'
  return `### headerguard ${MODE_TITLE[input.mode]} · ${outcome}`
}

export function facts(input: ReportInput): string {
  const parts = [`**Policy** ${code(input.policyFile)}`]
  const v = input.verify
  if (v) {
    parts.push(`**URLs** ${v.results.length}`)
    if (v.grade !== null) {
      parts.push(
        `**Observatory grade** ${v.grade} (${v.score}/100, MDN HTTP Observatory scoring v6 on headers; never the verdict)`
      )
    }
    parts.push(
      `**Findings** ${v.totals.pass} pass, ${v.totals.errors} error, ${v.totals.warnings} warning`
    )
  }
  if (input.commitSha) parts.push(`**Commit** ${code(input.commitSha.slice(0, 12))}`)
  return parts.join(' · ')
}

function statusText(result: UrlResult): string {
  if (result.status === null) return 'no answer'
  return String(result.status)
}

const KIND_LABEL: Record<UrlResult['kind'], string> = {
  page: 'page',
  'not-found': 'error page (must-not-exist path)',
  'http-redirect': 'http:// variant',
  'cache-bust': 'cache-busting variant',
  'redirect-hop': 'redirect target'
}

/** One line naming a URL: its address (untrusted: it may come from a Location header), status, kind, cache. */
export function urlTitle(result: UrlResult, limit?: number): string {
  const parts = [code(result.url, limit), statusText(result), KIND_LABEL[result.kind]]
  if (result.redirectTo) parts.push(`→ ${code(result.redirectTo, limit)}`)
  if (result.cache?.xCache)
    parts.push(
      `X-Cache ${code(result.cache.xCache, 60)}${result.cache.age !== undefined ? ` Age ${result.cache.age}` : ''}`
    )
  if (result.cache?.pop) parts.push(`POP ${code(result.cache.pop, 40)}`)
  return parts.join(' · ')
}

/** The same line for a `<summary>` element, where only HTML escaping applies. */
export function urlTitleHtml(result: UrlResult, limit?: number): string {
  const failed = result.findings.filter((f) => f.verdict !== 'pass').length
  const state =
    result.error !== undefined
      ? '❌'
      : failed === 0
        ? '✅'
        : result.findings.some((f) => f.verdict !== 'pass' && f.severity === 'error')
          ? '❌'
          : '⚠️'
  const parts = [
    `${state} <code>${htmlText(result.url, limit)}</code>`,
    statusText(result),
    KIND_LABEL[result.kind]
  ]
  if (result.redirectTo) parts.push(`→ <code>${htmlText(result.redirectTo, limit)}</code>`)
  if (result.cache?.xCache) parts.push(`X-Cache <code>${htmlText(result.cache.xCache, 60)}</code>`)
  return parts.join(' · ')
}

/** header | expected | actual | verdict (+ note), one row per finding. */
export function findingsTable(result: UrlResult, limit?: number): string {
  if (result.error !== undefined && result.findings.length === 0)
    return `Could not check: ${text(result.error, limit)}`
  const { shown, absentRemovals } = splitAbsentRemovals(result.findings)
  const rows = shown.map((f) => [
    codeCell(f.header, 80),
    codeCell(f.expected, limit),
    codeCell(f.actual, limit),
    verdictLabel(f),
    f.verdict === 'pass' ? '' : text(f.message, limit)
  ])
  if (absentRemovals.length > 0) {
    rows.push([
      `${absentRemovals.length} removed headers`,
      'absent',
      '—',
      '✅ pass',
      code(absentRemovals.map((f) => f.header).join(', '), limit)
    ])
  }
  const body =
    rows.length > 0
      ? table(['header', 'expected', 'actual', 'verdict', 'note'], rows)
      : '_Nothing to check on this response._'
  return result.error !== undefined ? `${body}\n\nThen: ${text(result.error, limit)}` : body
}

/** url | status | result, one row per URL. */
export function overviewTable(report: VerifyReport, limit?: number): string {
  const rows = report.results.map((r) => {
    const failed = r.findings.filter((f) => f.verdict !== 'pass')
    const state =
      r.error !== undefined
        ? '❌ error'
        : failed.length === 0
          ? '✅'
          : failed.some((f) => f.severity === 'error')
            ? `❌ ${failed.length}`
            : `⚠️ ${failed.length}`
    return [codeCell(r.url, limit), statusText(r), KIND_LABEL[r.kind], state]
  })
  return table(['URL', 'status', 'kind', 'result'], rows)
}

export function observatoryTable(grade: ObservatoryGrade): string {
  const rows = grade.tests.map((t) => [
    t.name,
    codeCell(t.result),
    t.scored ? (t.modifier > 0 ? `+${t.modifier}` : String(t.modifier)) : 'not scored',
    t.pass ? '✅' : '❌'
  ])
  return `${code(grade.url)}: **${grade.grade}** (${grade.score})\n\n${table(['test', 'result', 'score', 'pass'], rows)}`
}

/** Function version, behaviors old → new ARN, header diff, rollback, steps. */
export function changesSection(outcome: DeployOutcome): string {
  const verb = outcome.mode === 'plan' ? 'would' : 'did'
  const lines = [
    `#### What ${outcome.mode === 'plan' ? 'deploy would change' : 'changed'}`,
    '',
    `- Function ${code(outcome.functionName)}: version ${code(outcome.version)} (${code(outcome.functionArn)})${outcome.codeChanged ? ` — new code, ${verb} publish` : ' — code unchanged'}`
  ]
  if (outcome.previousFunctionArn)
    lines.push(`- Previously associated: ${code(outcome.previousFunctionArn)}`)
  if (outcome.rolledBack)
    lines.push(
      `- ⚠️ Rolled back to ${code(outcome.rolledBack.to)}: ${text(outcome.rolledBack.reason)}`
    )
  for (const d of outcome.distributions) {
    lines.push(
      `- Distribution ${code(d.id)} (${code(d.domainName)}): ${text(d.status)}${d.deployedAfterMs !== undefined ? `, deployed after ${Math.round(d.deployedAfterMs / 1000)} s` : ''}${d.invalidationId ? `, invalidation ${code(d.invalidationId)}` : ''}`
    )
  }
  const parts = [lines.join('\n')]
  if (outcome.associations.length > 0) {
    parts.push(
      table(
        ['distribution', 'behavior', 'before', 'after', 'changed'],
        outcome.associations.map((a) => [
          codeCell(a.distributionId),
          codeCell(a.behavior),
          codeCell(a.previousArn || null),
          codeCell(a.newArn || null),
          a.changed ? 'yes' : 'no'
        ])
      )
    )
  }
  const diff = outcome.headerDiff ? foldHeaderDiff(outcome.headerDiff) : undefined
  if (diff && diff.values.length > 0) {
    const rows = diff.values.map((c) => [
      c.kind,
      codeCell(c.name, 80),
      c.path ? codeCell(c.path, 60) : 'all',
      codeCell(c.before ?? null),
      codeCell(c.after ?? null)
    ])
    parts.push(table(['', 'header', 'paths', 'before', 'after'], rows))
  }
  if (diff && diff.removalsAdded.length > 0) {
    parts.push(
      `Now removes ${diff.removalsAdded.length} header(s): ${code(diff.removalsAdded.join(', '))}`
    )
  }
  if (diff && diff.removalsDropped.length > 0) {
    parts.push(
      `No longer removes ${diff.removalsDropped.length} header(s): ${code(diff.removalsDropped.join(', '))}`
    )
  }
  if (outcome.steps.length > 0) parts.push(outcome.steps.map((s) => `1. ${text(s)}`).join('\n'))
  return parts.join('\n\n')
}

export function diagnosticsSection(diagnostics: readonly Diagnostic[]): string {
  const lines = diagnostics.map(
    (d) =>
      `- ${d.severity === 'error' ? '❌' : '⚠️'} ${code(`${d.pos.file}:${d.pos.line}:${d.pos.col}`)} ${text(d.message)}`
  )
  return `#### Policy file\n\n${lines.join('\n')}`
}

export function notesSection(notes: readonly string[]): string {
  return notes.map((n) => `> ${text(n)}`).join('\n>\n')
}

export { resultFailed }
