// Machine outputs and the step's fate: `status`, `missing`, `grade`, and `fail-on`.
import { missingHeaders } from './findings.js'
import type { ReportInput } from './types.js'

export interface OutcomeOutputs {
  status: 'pass' | 'fail'
  /** JSON list of header names missing or wrong on at least one URL. */
  missing: string
  /** Observatory grade, or '' when none was computed. */
  grade: string
}

function hasErrors(input: ReportInput): boolean {
  if (input.error !== undefined) return true
  if (input.diagnostics.some((d) => d.severity === 'error')) return true
  const v = input.verify
  if (!v) return false
  return v.status === 'fail' || v.totals.errors > 0
}

function hasWarnings(input: ReportInput): boolean {
  return (
    input.diagnostics.some((d) => d.severity === 'warning') ||
    (input.verify?.totals.warnings ?? 0) > 0
  )
}

export function outcomeOutputs(input: ReportInput): OutcomeOutputs {
  return {
    status: hasErrors(input) ? 'fail' : 'pass',
    missing: JSON.stringify(missingHeaders(input.verify)),
    grade: input.verify?.grade ?? ''
  }
}

/** `fail-on: error` fails on violations, `warning` also on warnings (stale cache, propagation), `never` never. */
export function shouldFail(input: ReportInput): boolean {
  if (input.failOn === 'never') return false
  if (hasErrors(input)) return true
  return input.failOn === 'warning' && hasWarnings(input)
}
