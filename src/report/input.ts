// What every report is rendered from: the run's result, the fail-on setting and the links of
// the run. Shared by the action's GitHub report and the CLI's report files, so the CLI never
// loads the GitHub client to write them.
import type { ReportInput } from './types.js'

/** The fields of a pipeline result that a report reads (PipelineResult has them all). */
export type RunResultFields = Pick<
  ReportInput,
  | 'mode'
  | 'policyFile'
  | 'policy'
  | 'diagnostics'
  | 'verify'
  | 'outcome'
  | 'error'
  | 'notes'
  | 'cspPreview'
>

export function reportInputOf(
  result: RunResultFields,
  settings: { failOn: ReportInput['failOn'] },
  event: { runUrl?: string | undefined; sha?: string | undefined }
): ReportInput {
  return {
    mode: result.mode,
    policyFile: result.policyFile,
    policy: result.policy,
    diagnostics: result.diagnostics,
    verify: result.verify,
    outcome: result.outcome,
    error: result.error,
    notes: result.notes,
    failOn: settings.failOn,
    runUrl: event.runUrl,
    commitSha: event.sha,
    ...(result.cspPreview ? { cspPreview: result.cspPreview } : {})
  }
}
