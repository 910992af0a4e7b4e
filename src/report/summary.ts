// The job summary ($GITHUB_STEP_SUMMARY): everything, per URL, under GitHub's 1 MiB per step.
import { fitSections } from './markdown.js'
import {
  changesSection,
  diagnosticsSection,
  facts,
  findingsTable,
  notesSection,
  observatoryTable,
  overviewTable,
  resultFailed,
  statusHeading,
  urlTitle
} from './sections.js'
import { shouldFail } from './outputs.js'
import type { ReportInput } from './types.js'

/** GitHub accepts 1 MiB per step; stay clear of it. */
export const SUMMARY_LIMIT_BYTES = 1_000_000

export function renderSummary(input: ReportInput, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const sections = [statusHeading(input, shouldFail(input)), facts(input)]
  if (input.notes.length > 0) sections.push(notesSection(input.notes))
  if (input.diagnostics.length > 0) sections.push(diagnosticsSection(input.diagnostics))
  if (input.outcome) sections.push(changesSection(input.outcome))
  const v = input.verify
  if (v) {
    sections.push(`#### URLs\n\n${overviewTable(v)}`)
    // Failing URLs first: if the summary must be cut, what is cut is what passed.
    const ordered = [
      ...v.results.filter(resultFailed),
      ...v.results.filter((r) => !resultFailed(r))
    ]
    for (const result of ordered)
      sections.push(`#### ${urlTitle(result)}\n\n${findingsTable(result)}`)
    for (const grade of v.observatory)
      sections.push(`#### Observatory grade\n\n${observatoryTable(grade)}`)
  }
  return fitSections(
    sections,
    limitBytes,
    (count) =>
      `> ${count} more section(s) left out to stay under GitHub's 1 MiB job-summary limit; the JSON report has everything.`
  )
}
