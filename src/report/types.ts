// The one input every renderer takes: what the run did and found, as plain data.
import type { DeployOutcome } from '../aws/types.js'
import type { CspPreviewReport } from '../csp-preview/types.js'
import type { Diagnostic, ResolvedPolicy } from '../policy/types.js'
import type { VerifyReport } from '../verify/types.js'

import type { FailOn, RunMode } from '../settings.js'

/** The mode a report describes: the run's resolved mode (never `auto`). */
export type ReportMode = RunMode
export type { FailOn }

export interface ReportInput {
  mode: ReportMode
  /** The policy file as given (relative to the repository root in the action). */
  policyFile: string
  policy?: ResolvedPolicy
  /** Policy diagnostics (errors stop the run before verify; warnings ride along). */
  diagnostics: Diagnostic[]
  verify?: VerifyReport
  outcome?: DeployOutcome
  /** Why the run stopped before it finished (an AWS error, nothing to verify): always a failure. */
  error?: string
  /** Extra lines for the summary (e.g. "verification skipped: no URL"). Plain text: escaped. */
  notes: string[]
  failOn: FailOn
  /** Link to this workflow run, for the comment footer and the drift issue. */
  runUrl?: string
  commitSha?: string
  /** What the new CSP would block, from a real browser (plan mode, input csp-preview). */
  cspPreview?: CspPreviewReport
}

export type AnnotationLevel = 'error' | 'warning' | 'notice'

/** One workflow annotation; maps onto @actions/core's `error/warning/notice(message, properties)`. */
export interface Annotation {
  level: AnnotationLevel
  message: string
  title: string
  file: string
  startLine: number
  startColumn?: number
}

/** Where annotations go: the lead wires @actions/core; tests record. */
export interface AnnotationSink {
  error(message: string, properties: Omit<Annotation, 'level' | 'message'>): void
  warning(message: string, properties: Omit<Annotation, 'level' | 'message'>): void
  notice(message: string, properties: Omit<Annotation, 'level' | 'message'>): void
}
