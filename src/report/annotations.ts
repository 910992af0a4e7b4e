// Annotations on the policy file: one per problem (a finding group or a diagnostic) at the line
// it concerns. GitHub shows at most 10 errors and 10 warnings per step
// (docs/aws-facts.md §13), so the rest are folded into one closing notice; the job
// summary always lists everything.
import { formatDiagnostic } from '../diagnostics.js'
import { cspPreviewAnnotations } from './csp-preview.js'
import { groupFailures } from './findings.js'
import type { Annotation, AnnotationSink, ReportInput } from './types.js'

export const ANNOTATION_CAP = 10
const URLS_NAMED = 3

function listUrls(urls: string[]): string {
  const named = urls.slice(0, URLS_NAMED).join(', ')
  return urls.length > URLS_NAMED ? `${named} and ${urls.length - URLS_NAMED} more` : named
}

/** Every annotation the run deserves, before the cap. */
export function allAnnotations(input: ReportInput): Annotation[] {
  const fromDiagnostics: Annotation[] = input.diagnostics.map((d) => ({
    level: d.severity,
    message: formatDiagnostic(d),
    title: `headerguard: ${d.rule}`,
    file: d.pos.file || input.policyFile,
    startLine: d.pos.line,
    startColumn: d.pos.col
  }))
  const fromFindings: Annotation[] = groupFailures(input.verify).map((g) => {
    const annotation: Annotation = {
      // A rule's severity `info` is GitHub's notice level.
      level: g.severity === 'info' ? 'notice' : g.severity,
      message:
        `${g.message} (${g.urls.length === 1 ? 'at' : `on ${g.urls.length} URLs:`} ${listUrls(g.urls)})`.slice(
          0,
          1_000
        ),
      title: `headerguard: ${g.check ?? `${g.header} ${g.verdict}`}`,
      file: input.policyFile,
      startLine: g.policyLine ?? 1
    }
    if (g.policyColumn !== undefined) annotation.startColumn = g.policyColumn
    return annotation
  })
  return [...fromDiagnostics, ...fromFindings, ...cspPreviewAnnotations(input)]
}

/** The annotations to emit: the first 10 errors, the first 10 warnings, and a notice for the rest. */
export function annotationsFor(input: ReportInput): Annotation[] {
  const all = allAnnotations(input)
  const errors = all.filter((a) => a.level === 'error')
  const warnings = all.filter((a) => a.level === 'warning')
  // Findings of rules with severity info: notices, capped like the others (never folded in).
  const notices = all.filter((a) => a.level === 'notice')
  const shown = [
    ...errors.slice(0, ANNOTATION_CAP),
    ...warnings.slice(0, ANNOTATION_CAP),
    ...notices.slice(0, ANNOTATION_CAP)
  ]
  const foldedErrors = Math.max(0, errors.length - ANNOTATION_CAP)
  const foldedWarnings = Math.max(0, warnings.length - ANNOTATION_CAP)
  if (foldedErrors + foldedWarnings > 0) {
    shown.push({
      level: 'notice',
      message: `${foldedErrors} more error(s) and ${foldedWarnings} more warning(s) are not shown as annotations (GitHub shows 10 of each per step); the job summary lists them all.`,
      title: 'headerguard: more problems',
      file: input.policyFile,
      startLine: 1
    })
  }
  return shown
}

export function emitAnnotations(annotations: readonly Annotation[], sink: AnnotationSink): void {
  for (const { level, message, ...properties } of annotations) sink[level](message, properties)
}
