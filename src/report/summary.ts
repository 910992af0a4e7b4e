// The job summary ($GITHUB_STEP_SUMMARY): everything, per URL, under GitHub's 1 MiB per step.
import { cspPreviewSection } from './csp-preview.js'
import { SUMMARY_CELL_LIMIT, fitSections } from './markdown.js'
import {
  changesSection,
  diagnosticsSection,
  facts,
  findingsTable,
  notesSection,
  observatoryTable,
  overviewTable,
  resultFailed,
  rootCauseOf,
  rootCauseSection,
  statusHeading,
  urlTitle,
  urlTitleHtml
} from './sections.js'
import { details } from './markdown.js'
import { shouldFail } from './outputs.js'
import type { ReportInput } from './types.js'

/** GitHub accepts 1 MiB per step; stay clear of it. */
export const SUMMARY_LIMIT_BYTES = 1_000_000

export function renderSummary(input: ReportInput, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const cause = rootCauseOf(input)
  const sections = [statusHeading(input, shouldFail(input), cause), facts(input)]
  if (cause) sections.push(rootCauseSection(cause))
  if (input.notes.length > 0) sections.push(notesSection(input.notes))
  if (input.diagnostics.length > 0) sections.push(diagnosticsSection(input.diagnostics))
  if (input.outcome) sections.push(changesSection(input.outcome))
  if (input.cspPreview) sections.push(cspPreviewSection(input.cspPreview, SUMMARY_CELL_LIMIT))
  const v = input.verify
  if (v) {
    sections.push(`#### URLs\n\n${overviewTable(v)}`)
    // Failing URLs first: if the summary must be cut, what is cut is what passed.
    const ordered = [
      ...v.results.filter(resultFailed),
      ...v.results.filter((r) => !resultFailed(r))
    ]
    // The findings a root cause explains say the same thing: one click away, not in the way.
    const explained = new Set(cause?.urls ?? [])
    for (const result of ordered) {
      sections.push(
        explained.has(result.url)
          ? details(urlTitleHtml(result), findingsTable(result))
          : `#### ${urlTitle(result)}\n\n${findingsTable(result)}`
      )
    }
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
