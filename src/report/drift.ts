// The drift issue (mode: check, on a schedule): while the live site violates the policy, one
// open issue labelled `headerguard-drift` per policy file says how; when the site conforms
// again, a comment closes it.
import type { VerifyReport } from '../verify/types.js'
import { groupFailures } from './findings.js'
import { codeCell, code, fitSections, hiddenMarker, runLink, table, text } from './markdown.js'
import type { Octokit } from './github.js'
import { sameLogin, tokenLogin } from './identity.js'
import { driftSkipReason, uncheckedHeadline } from './unchecked.js'

export const DRIFT_LABEL = 'headerguard-drift'
const ISSUE_LIMIT_BYTES = 60_000

export function driftMarker(policyFile: string): string {
  return hiddenMarker(`headerguard:drift policy=${policyFile}`)
}

export function driftTitle(policyFile: string): string {
  return `Security headers drifted from ${policyFile}`
}

/**
 * The issue body: what is wrong, grouped by header, with where the policy says otherwise. It
 * holds nothing that changes from run to run (no time, no run link), so an unchanged drift
 * leaves the issue unedited; the re-check comments carry the runs.
 */
export function renderDriftBody(policyFile: string, report: VerifyReport): string {
  const groups = groupFailures(report)
  const rows = groups.map((g) => [
    codeCell(g.header, 80),
    // A passing group is advice: the header is as the policy says, with a warning.
    g.verdict === 'pass' ? 'warning' : g.verdict,
    codeCell(g.expected, 240),
    g.policyLine !== null ? `line ${g.policyLine}` : '—',
    `${g.urls.length}: ${g.urls
      .slice(0, 3)
      .map((u) => code(u, 200).replace(/\|/g, '\\|'))
      .join(', ')}${g.urls.length > 3 ? ', …' : ''}`,
    text(g.message, 300)
  ])
  const sections = [
    driftMarker(policyFile),
    `The live site no longer serves what ${code(policyFile)} asks for. headerguard re-checks on every scheduled run, updates this issue while the drift lasts and closes it when the site conforms again.`,
    `**Grade** ${report.grade ?? 'n/a'} · **Findings** ${report.totals.errors} error, ${report.totals.warnings} warning`,
    table(['header', 'verdict', 'expected', 'policy', 'URLs', 'note'], rows),
    ...(report.unchecked.length > 0
      ? [
          `${uncheckedHeadline(report)}:\n\n${report.unchecked
            .map((u) => `- ${code(u.url, 200)}: ${text(u.error, 300)}`)
            .join('\n')}`
        ]
      : []),
    'Usual causes: the origin now sets or removes a header itself; a cache behavior lost its origin-response association; a cached copy predates the last deploy (invalidate `/*`).'
  ]
  return fitSections(
    sections,
    ISSUE_LIMIT_BYTES,
    (n) => `> ${n} more section(s) left out (size limit).`
  )
}

async function ensureLabel(octokit: Octokit, owner: string, repo: string): Promise<void> {
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name: DRIFT_LABEL })
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error
    await octokit.rest.issues.createLabel({
      owner,
      repo,
      name: DRIFT_LABEL,
      color: 'd93f0b',
      description: 'The live site no longer serves the security headers policy'
    })
  }
}

export interface DriftTarget {
  owner: string
  repo: string
  policyFile: string
  report: VerifyReport
  runUrl?: string
  /** Also comment on the open issue at every re-check (the `drift-comment` input). */
  commentEachCheck?: boolean
}

export interface DriftResult {
  action: 'opened' | 'updated' | 'closed' | 'unchanged'
  /** Why the issue was left alone although the run did not pass. */
  skipped?: string
  number?: number
  /** A re-check comment was added. */
  commented?: boolean
}

/** One line per re-check: when the run was (its link) and whether the findings moved. */
export function recheckComment(report: VerifyReport, changed: boolean, runUrl?: string): string {
  const what = changed
    ? 'the findings changed (the issue body is updated)'
    : 'still drifted, findings unchanged'
  return `Re-checked${runUrl ? ` in ${runLink(runUrl)}` : ''}: ${what} · ${report.totals.errors} error, ${report.totals.warnings} warning.`
}

/**
 * Opens, updates or closes the drift issue for this policy file. URLs that could not be
 * checked are not drift: when nothing else failed, nothing changes; a run with any never
 * closes the issue (it cannot say the site conforms).
 */
export async function syncDriftIssue(octokit: Octokit, target: DriftTarget): Promise<DriftResult> {
  const { owner, repo, policyFile, report, runUrl } = target
  const recheck = async (issueNumber: number, changed: boolean): Promise<boolean> => {
    if (!target.commentEachCheck) return false
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body: recheckComment(report, changed, runUrl)
    })
    return true
  }
  const skipped = driftSkipReason(report)
  if (skipped) return { action: 'unchanged', skipped }
  const marker = driftMarker(policyFile)
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: DRIFT_LABEL,
    per_page: 100
  })
  const login = await tokenLogin(octokit)
  // Only an issue this token opened is ours to edit or close (anyone can open one with the marker).
  const existing = open.find(
    (issue) =>
      !issue.pull_request && sameLogin(issue.user?.login, login) && issue.body?.startsWith(marker)
  )
  if (report.status === 'pass') {
    if (!existing) return { action: 'unchanged' }
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: existing.number,
      body: `The site serves ${code(policyFile)} again${runUrl ? ` (${runLink(runUrl)})` : ''}. Closing.`
    })
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: existing.number,
      state: 'closed',
      state_reason: 'completed'
    })
    return { action: 'closed', number: existing.number }
  }
  const body = renderDriftBody(policyFile, report)
  if (existing) {
    const changed = existing.body !== body
    if (changed)
      await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body })
    const commented = await recheck(existing.number, changed)
    return {
      action: changed ? 'updated' : 'unchanged',
      number: existing.number,
      ...(commented ? { commented } : {})
    }
  }
  await ensureLabel(octokit, owner, repo)
  const created = await octokit.rest.issues.create({
    owner,
    repo,
    title: driftTitle(policyFile),
    body,
    labels: [DRIFT_LABEL]
  })
  return { action: 'opened', number: created.data.number }
}
