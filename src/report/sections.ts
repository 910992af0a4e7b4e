// Markdown building blocks shared by the job summary, the PR comment and the drift issue.
// Every string that did not come from this file goes through markdown.ts.
import { foldHeaderDiff } from './diff-rows.js'
import type { DeployOutcome } from '../aws/types.js'
import type { Diagnostic } from '../policy/types.js'
import type { ObservatoryGrade } from '../verify/grade.js'
import type { Finding, UrlResult, VerifyReport } from '../verify/types.js'
import { isAdvice, isFlagged } from '../advice.js'
import { resultFailed, splitAbsentRemovals } from './findings.js'
import { code, codeCell, details, htmlText, table, text } from './markdown.js'
import { describeMergeEffect, mergeEffect } from './now-after.js'
import { type RootCause, rootCause } from './root-cause.js'
import type { ReportInput } from './types.js'
import { directiveDiffLines } from './value-diff.js'
import { associationNow } from './outcome-words.js'
import { uncheckedHeadline, uncheckedLines } from './unchecked.js'
import { plural } from './text.js'

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
  if (isAdvice(finding)) return '⚠️ pass, with a warning'
  if (finding.verdict === 'pass') return label
  if (finding.severity === 'warning') return label.replace('❌', '⚠️')
  return finding.severity === 'info' ? label.replace('❌', 'ℹ️') : label
}

const MODE_TITLE = { plan: 'plan', deploy: 'deploy', check: 'drift check' } as const

/** What the run found, in one line: the headline's words after the mode. */
function outcomeLine(input: ReportInput, failed: boolean, cause: RootCause | undefined): string {
  const errors = input.diagnostics.filter((d) => d.severity === 'error').length
  const v = input.verify
  if (input.error !== undefined) return `❌ ${text(input.error, 300)}`
  if (errors > 0) return `❌ the policy file has ${plural(errors, 'error')}`
  if (!v) return failed ? '❌ failed' : '✅ done (no verification)'
  if (cause) return `❌ ${text(cause.cause, 300)}`
  if (v.unreachable) return '❌ no URL could be fetched'
  const unchecked = uncheckedHeadline(v)
  if (unchecked) {
    const also = v.totals.errors > 0 ? `${plural(v.totals.errors, 'violation')}; ` : ''
    return `❌ ${also}${unchecked}: ${text(uncheckedLines(v).join('; '), 300)}`
  }
  const effect = input.mode === 'plan' ? mergeEffect(v) : undefined
  const failing = v.totals.errors > 0 || v.status === 'fail'
  if (effect) {
    const what = describeMergeEffect(effect)
    if (failing) return `❌ after this merge ${what}`
    const verdict =
      v.totals.warnings > 0
        ? `the site will serve the policy, with ${plural(v.totals.warnings, 'warning')}`
        : 'the site will serve the policy'
    return `${v.totals.warnings > 0 ? '⚠️' : '✅'} after this merge ${verdict}: ${what}`
  }
  if (failing) return `❌ ${plural(v.totals.errors, 'violation')}`
  if (v.totals.warnings > 0) return `⚠️ passes, with ${plural(v.totals.warnings, 'warning')}`
  return '✅ the site serves the policy'
}

/** `### headerguard plan · ✅ after this merge the site will serve the policy: fixes 2 headers, changes 1` and friends. */
export function statusHeading(
  input: ReportInput,
  failed: boolean,
  cause = rootCauseOf(input)
): string {
  return `### headerguard ${MODE_TITLE[input.mode]} · ${outcomeLine(input, failed, cause)}`
}

/** The run's one root cause, unless the run already stopped on an error of its own. */
export function rootCauseOf(input: ReportInput): RootCause | undefined {
  return input.error === undefined ? rootCause(input) : undefined
}

/** The root cause and its fix, first thing under the headline. */
export function rootCauseSection(cause: RootCause): string {
  return `> **Root cause** ${text(cause.cause)}\n>\n> **Fix** ${text(cause.fix)}`
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
  const flagged = result.findings.filter(isFlagged).length
  const state =
    result.error !== undefined
      ? '❌'
      : flagged === 0
        ? '✅'
        : result.findings.some((f) => isFlagged(f) && f.severity === 'error')
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

/** Several lines in one table cell. */
function cellLines(lines: readonly string[], limit?: number): string {
  return lines.map((line) => codeCell(line, limit)).join('<br>')
}

/** The note of a finding: why it fails, or for a CSP/Permissions-Policy what changes by directive. */
function noteCell(f: Finding, limit?: number): string {
  const directives = f.now ? directiveDiffLines(f.header, f.now.actual, f.actual) : undefined
  const diff = directives && directives.length > 0 ? cellLines(directives, limit) : ''
  if (!isFlagged(f)) return diff
  return diff ? `${text(f.message, limit)}<br>${diff}` : text(f.message, limit)
}

/**
 * One row per finding: header | expected | actual | verdict | note; in plan, the site's value
 * now beside the value after the merge (header | now | after merge | verdict | note), the
 * verdict being the after-merge one.
 */
export function findingsTable(result: UrlResult, limit?: number): string {
  if (result.error !== undefined && result.findings.length === 0)
    return `Could not check: ${text(result.error, limit)}`
  const { shown, absentRemovals } = splitAbsentRemovals(result.findings)
  const plan = shown.some((f) => f.now)
  const rows = shown.map((f) =>
    plan
      ? [
          codeCell(f.header, 80),
          f.now ? codeCell(f.now.actual, limit) : '—',
          codeCell(f.actual, limit),
          verdictLabel(f),
          noteCell(f, limit)
        ]
      : [
          codeCell(f.header, 80),
          codeCell(f.expected, limit),
          codeCell(f.actual, limit),
          verdictLabel(f),
          noteCell(f, limit)
        ]
  )
  if (absentRemovals.length > 0) {
    rows.push([
      plural(absentRemovals.length, 'removed header'),
      plan ? '' : 'absent',
      plan ? 'absent' : '—',
      '✅ pass',
      code(absentRemovals.map((f) => f.header).join(', '), limit)
    ])
  }
  const columns = plan
    ? ['header', 'now', 'after merge', 'verdict', 'note']
    : ['header', 'expected', 'actual', 'verdict', 'note']
  const body = rows.length > 0 ? table(columns, rows) : '_Nothing to check on this response._'
  return result.error !== undefined ? `${body}\n\nThen: ${text(result.error, limit)}` : body
}

/** url | status | result, one row per URL. */
export function overviewTable(report: VerifyReport, limit?: number): string {
  const rows = report.results.map((r) => {
    const failed = r.findings.filter(isFlagged)
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

/** One header-diff row's change: the directives that change for a CSP or Permissions-Policy, else before → after. */
function changeCell(c: { kind: string; name: string; before?: string; after?: string }): string {
  if (c.kind === 'added') return codeCell(c.after ?? null)
  if (c.kind === 'removed') return `${codeCell(c.before ?? null)} (no longer set)`
  const directives = directiveDiffLines(c.name, c.before, c.after)
  if (directives && directives.length > 0) return cellLines(directives)
  return `${codeCell(c.before ?? null)} → ${codeCell(c.after ?? null)}`
}

/** `Now removes 51 headers` with the names one click away. */
function removalLine(verb: string, names: readonly string[]): string {
  return details(`${verb} ${plural(names.length, 'header')}`, code(names.join(', ')))
}

/** What a run did for an association an earlier run wrote but did not finish deploying. */
function convergedWords(converged: DeployOutcome['distributions'][number]['converged']): string {
  if (!converged) return ''
  const did = [
    converged.waitedForDeployed ? 'waited for Deployed' : '',
    converged.invalidated ? 'invalidated' : ''
  ].filter(Boolean)
  // The distribution changed since its last invalidation: usually an earlier run that stopped
  // before it finished, but another writer's change looks the same.
  return `, association already in place: ${did.length > 0 ? did.join(' and ') : 'tried to invalidate'}, as the distribution had changed since its last invalidation (an earlier run may have stopped before finishing)`
}

/** Function version, behaviors old → new ARN (and what is associated now), header diff, rollback, steps. */
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
      `- ⚠️ Rolled back to ${code(outcome.rolledBack.to)} because ${text(outcome.rolledBack.reason)}`
    )
  for (const d of outcome.distributions) {
    lines.push(
      `- Distribution ${code(d.id)} (${code(d.domainName)}): ${text(d.status)}${d.deployedAfterMs !== undefined ? `, deployed after ${Math.round(d.deployedAfterMs / 1000)} s` : ''}${convergedWords(d.converged)}${d.invalidationId ? `, invalidation ${code(d.invalidationId)}` : ''}${d.invalidationRefused ? ', ⚠️ invalidation refused (see below)' : ''}`
    )
  }
  const parts = [lines.join('\n')]
  if (outcome.associations.length > 0) {
    parts.push(
      table(
        ['distribution', 'behavior', 'before', 'after', 'associated now'],
        outcome.associations.map((a) => [
          codeCell(a.distributionId),
          codeCell(a.behavior),
          codeCell(a.previousArn || null),
          codeCell(a.newArn || null),
          text(associationNow(a, outcome))
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
      changeCell(c)
    ])
    parts.push(table(['', 'header', 'paths', 'change'], rows))
  }
  if (diff && diff.removalsAdded.length > 0)
    parts.push(removalLine('Now removes', diff.removalsAdded))
  if (diff && diff.removalsDropped.length > 0)
    parts.push(removalLine('No longer removes', diff.removalsDropped))
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
