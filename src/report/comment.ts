// The sticky pull-request comment: one per policy file, found again by a hidden marker on its
// first line, collapsed per URL, under GitHub's ~64 KB comment limit.
import { cspPreviewSection } from './csp-preview.js'
import { COMMENT_CELL_LIMIT, details, fitSections, hiddenMarker, runLink } from './markdown.js'
import { shouldFail } from './outputs.js'
import {
  changesSection,
  diagnosticsSection,
  facts,
  findingsTable,
  notesSection,
  overviewTable,
  resultFailed,
  rootCauseOf,
  rootCauseSection,
  statusHeading,
  urlTitleHtml
} from './sections.js'
import type { ReportInput } from './types.js'

/** GitHub rejects comment bodies over 65,536 characters; keep a margin for multi-byte text. */
export const COMMENT_LIMIT_BYTES = 60_000

/** `<!-- headerguard:comment policy=<file> -->`: one sticky comment per policy file. */
export function commentMarker(policyFile: string): string {
  return hiddenMarker(`headerguard:comment policy=${policyFile}`)
}

export function renderComment(input: ReportInput, limitBytes = COMMENT_LIMIT_BYTES): string {
  const cause = rootCauseOf(input)
  const sections = [
    commentMarker(input.policyFile),
    statusHeading(input, shouldFail(input), cause),
    facts(input)
  ]
  if (cause) sections.push(rootCauseSection(cause))
  if (input.notes.length > 0) sections.push(notesSection(input.notes))
  if (input.diagnostics.length > 0) sections.push(diagnosticsSection(input.diagnostics))
  if (input.outcome) sections.push(details('What deploy changes', changesSection(input.outcome)))
  if (input.cspPreview) sections.push(cspPreviewSection(input.cspPreview, COMMENT_CELL_LIMIT))
  const v = input.verify
  if (v) {
    sections.push(overviewTable(v, COMMENT_CELL_LIMIT))
    const ordered = [
      ...v.results.filter(resultFailed),
      ...v.results.filter((r) => !resultFailed(r))
    ]
    for (const result of ordered) {
      sections.push(
        details(urlTitleHtml(result, COMMENT_CELL_LIMIT), findingsTable(result, COMMENT_CELL_LIMIT))
      )
    }
  }
  const footer = input.runUrl
    ? `<sub>headerguard · ${runLink(input.runUrl)}</sub>`
    : '<sub>headerguard</sub>'
  const body = fitSections(
    sections,
    limitBytes - 200,
    (count) =>
      `> ${count} more section(s) left out to stay under GitHub's comment size limit; the job summary has everything.`
  )
  return `${body}\n\n${footer}`
}
