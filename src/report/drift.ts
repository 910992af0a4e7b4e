// The drift issue (mode: check, on a schedule): while the live site violates the policy, one
// open issue labelled `headerguard-drift` per policy file says how; when the site conforms
// again, a comment closes it.
import type { VerifyReport } from '../verify/types.js'
import { groupFailures } from './findings.js'
import { codeCell, code, fitSections, hiddenMarker, table, text } from './markdown.js'
import type { Octokit } from './github.js'

export const DRIFT_LABEL = 'headerguard-drift'
const ISSUE_LIMIT_BYTES = 60_000

export function driftMarker(policyFile: string): string {
  return hiddenMarker(`headerguard:drift policy=${policyFile}`)
}

export function driftTitle(policyFile: string): string {
  return `Security headers drifted from ${policyFile}`
}

/** The issue body: what is wrong, grouped by header, with where the policy says otherwise. */
export function renderDriftBody(policyFile: string, report: VerifyReport, runUrl?: string): string {
  const groups = groupFailures(report)
  const rows = groups.map((g) => [
    codeCell(g.header, 80),
    g.verdict,
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
    `**Grade** ${report.grade ?? 'n/a'} · **Findings** ${report.totals.errors} error, ${report.totals.warnings} warning · checked ${text(report.startedAt)}`,
    table(['header', 'verdict', 'expected', 'policy', 'URLs', 'note'], rows),
    'Usual causes: the origin now sets or removes a header itself; a cache behavior lost its origin-response association; a cached copy predates the last deploy (invalidate `/*`).'
  ]
  if (runUrl) sections.push(`Last check: ${text(runUrl)}`)
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
}

export interface DriftResult {
  action: 'opened' | 'updated' | 'closed' | 'unchanged'
  number?: number
}

/**
 * Opens, updates or closes the drift issue for this policy file. An unreachable site is not
 * drift (the check could not run): nothing changes.
 */
export async function syncDriftIssue(octokit: Octokit, target: DriftTarget): Promise<DriftResult> {
  const { owner, repo, policyFile, report, runUrl } = target
  if (report.unreachable) return { action: 'unchanged' }
  const marker = driftMarker(policyFile)
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: DRIFT_LABEL,
    per_page: 100
  })
  const existing = open.find((issue) => !issue.pull_request && issue.body?.startsWith(marker))
  if (report.status === 'pass') {
    if (!existing) return { action: 'unchanged' }
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: existing.number,
      body: `The site serves ${code(policyFile)} again${runUrl ? ` (${text(runUrl)})` : ''}. Closing.`
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
  const body = renderDriftBody(policyFile, report, runUrl)
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', number: existing.number }
    await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body })
    return { action: 'updated', number: existing.number }
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
