// The action's report stage: everything the pipeline found, told to GitHub — annotations,
// job summary, outputs, report files, the sticky PR comment and the drift issue. Returns the
// message to fail the step with, or undefined when the step passes.
import * as core from './runner.js'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { errorMessage } from '../errors.js'
import type { RunEvent } from '../event.js'
import type { Logger } from '../log.js'
import type { PipelineResult } from '../pipeline.js'
import type { Settings } from '../settings.js'
import { annotationsFor, emitAnnotations } from '../report/annotations.js'
import { commentMarker, renderComment } from '../report/comment.js'
import { syncDriftIssue } from '../report/drift.js'
import { writeReportFiles } from '../report/files.js'
import { createOctokit, publishComment } from '../report/github.js'
import { outcomeOutputs, shouldFail } from '../report/outputs.js'
import { renderSummary } from '../report/summary.js'
import type { ReportInput } from '../report/types.js'
import { reportInputOf } from '../report/input.js'
import { driftSkipReason, uncheckedHeadline, uncheckedLines } from '../report/unchecked.js'

/** The deploy outputs of action.yml; empty strings when the run did not reach AWS. */
export function deployOutputs(result: PipelineResult): Record<string, string> {
  const outcome = result.outcome
  // After a rollback, what is associated is the restored version, not the one just published;
  // in plan mode a version that does not exist yet has no number.
  const restored = outcome?.rolledBack?.restored.map((r) => r.arn ?? '')
  const restoredArn = restored && new Set(restored).size === 1 ? restored[0] : undefined
  const known = outcome?.versionKnown !== false
  const functionArn =
    restoredArn ?? (known ? outcome?.functionArn : outcome?.functionArn.replace(/:[^:]*$/, ''))
  const version =
    restoredArn !== undefined
      ? (/:(\d+)$/.exec(restoredArn)?.[1] ?? '')
      : known
        ? outcome?.version
        : ''
  return {
    'function-arn': functionArn ?? '',
    version: version ?? '',
    changed: String(outcome?.changed ?? false),
    'previous-function-arn': outcome?.previousFunctionArn ?? '',
    'distribution-status': (outcome?.distributions.length
      ? outcome.distributions.map((d) => d.status)
      : (result.distributionStatuses ?? [])
    ).join(',')
  }
}

/**
 * Where the JSON report goes: a folder per step under RUNNER_TEMP, named by GITHUB_ACTION (the
 * step's id, unique within a job), so two headerguard steps in one job keep both reports.
 */
export function reportJsonPath(env: NodeJS.ProcessEnv): string {
  const step = (env.GITHUB_ACTION ?? '').replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^\.+/, '')
  return join(
    env.RUNNER_TEMP ?? tmpdir(),
    'headerguard',
    step || `pid-${process.pid}`,
    'report.json'
  )
}

/** Why the step fails, or undefined. An error that kept the run from finishing always fails it. */
export function failureOf(result: PipelineResult, input: ReportInput): string | undefined {
  if (result.error) return result.error
  if (!shouldFail(input)) return undefined
  const errors = input.diagnostics.filter((d) => d.severity === 'error').length
  if (errors > 0) return `${result.policyFile}: ${errors} policy error(s); see the annotations`
  const totals = input.verify?.totals
  const unchecked = input.verify ? uncheckedHeadline(input.verify) : undefined
  if (unchecked && input.verify)
    return `${unchecked}, so the run cannot say whether the site serves the policy (${totals?.errors ?? 0} error(s) elsewhere): ${uncheckedLines(input.verify).join('; ')}`
  return `the site does not serve the policy: ${totals?.errors ?? 0} error(s), ${totals?.warnings ?? 0} warning(s) (fail-on: ${input.failOn}); see the job summary`
}

async function tellGitHub(
  input: ReportInput,
  settings: Settings,
  event: RunEvent,
  log: Logger
): Promise<void> {
  // Only a pull request has a conversation to comment on: other events say so in the log,
  // not as an annotation on every push.
  const wantsComment = settings.comment && input.mode !== 'check' && event.prNumber !== undefined
  if (settings.comment && input.mode !== 'check' && event.prNumber === undefined) {
    log.info(
      `pull-request comment: skipped, ${event.name ? `a ${event.name} event` : 'a run without GITHUB_EVENT_NAME'} has no pull request (the job summary has the report)`
    )
  }
  const wantsDrift = settings.driftIssue && input.mode === 'check' && input.verify !== undefined
  if (!wantsComment && !wantsDrift) return
  if (!settings.githubToken || !event.owner || !event.repo) {
    core.notice(
      'no github-token or repository: the pull-request comment and drift issue are skipped'
    )
    return
  }
  const octokit = await createOctokit(settings.githubToken)
  const target = { owner: event.owner, repo: event.repo }
  if (wantsComment) {
    const posted = await publishComment(
      octokit,
      {
        ...target,
        issueNumber: event.prNumber,
        marker: commentMarker(input.policyFile),
        body: renderComment(input)
      },
      (message) => core.notice(message)
    )
    log.info(`pull-request comment: ${posted.action}${posted.id ? ` (${posted.id})` : ''}`)
  }
  if (wantsDrift && input.verify) {
    const drift = await syncDriftIssue(octokit, {
      ...target,
      policyFile: input.policyFile,
      report: input.verify,
      runUrl: input.runUrl,
      commentEachCheck: settings.driftComment
    })
    log.info(
      `drift issue: ${drift.action}${drift.number ? ` #${drift.number}` : ''}${drift.commented ? ', re-check comment added' : ''}${drift.skipped ? ` (${drift.skipped})` : ''}`
    )
  }
}

/** The summary says when a drift check leaves the drift issue alone, and why. */
function withDriftNote(input: ReportInput, settings: Settings): ReportInput {
  const skip =
    settings.driftIssue && input.mode === 'check' && input.verify
      ? driftSkipReason(input.verify)
      : undefined
  return skip ? { ...input, notes: [...input.notes, `drift issue: ${skip}`] } : input
}

export async function publishToGitHub(
  result: PipelineResult,
  settings: Settings,
  event: RunEvent,
  cwd: string,
  log: Logger
): Promise<string | undefined> {
  const input = withDriftNote(reportInputOf(result, settings, event), settings)
  for (const note of input.notes) log.info(`note: ${note}`)
  emitAnnotations(annotationsFor(input), {
    error: (message, properties) => core.error(message, properties),
    warning: (message, properties) => core.warning(message, properties),
    notice: (message, properties) => core.notice(message, properties)
  })

  const written = await writeReportFiles(input, {
    json: reportJsonPath(process.env),
    sarif: settings.sarifFile ? resolve(cwd, settings.sarifFile) : undefined,
    repoRoot: cwd
  })
  const outputs = {
    ...outcomeOutputs(input),
    report: written.json ?? '',
    ...deployOutputs(result)
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)

  core.appendSummary(renderSummary(input))

  try {
    await tellGitHub(input, settings, event, log)
  } catch (error) {
    // The report is in the summary either way; a GitHub API hiccup must not hide the verdict.
    core.warning(`could not update GitHub (comment or drift issue): ${errorMessage(error)}`)
  }
  return failureOf(result, input)
}
