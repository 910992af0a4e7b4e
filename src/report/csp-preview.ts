// The CSP preview as the user reads it: a Markdown section for the PR comment and the job
// summary, and lines for the terminal. Everything the page and the browser said (URLs, file
// names, the browser's messages) is remote text and goes through the escaping helpers.
import type { CspPagePreview, CspPreviewReport, CspViolation } from '../csp-preview/types.js'
import type { Annotation, ReportInput } from './types.js'
import { codeCell, details, htmlText, table, text } from './markdown.js'
import { plural, terminalText } from './text.js'

/** `inline` is said the way a reader thinks of it: an inline script, a style attribute. */
export function blockedLabel(v: Pick<CspViolation, 'blocked' | 'directive'>): string {
  if (v.blocked !== 'inline') return v.blocked
  if (v.directive === 'style-src-attr') return 'style attribute'
  if (v.directive === 'script-src-attr') return 'inline event handler'
  return v.directive.startsWith('style') ? 'inline style' : 'inline script'
}

function pagePath(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.pathname}${parsed.search}`
  } catch {
    return url
  }
}

function where(v: CspViolation, page: string): string {
  if (!v.source) return ''
  const source = v.source === page ? pagePath(v.source) : v.source
  return v.line ? `${source}:${v.line}` : source
}

export function blocked(page: CspPagePreview): CspViolation[] {
  return page.violations.filter((v) => v.enforced)
}

/** One sentence: "the new CSP would block 3 resources on /checkout and 1 on /". */
export function previewVerdict(report: CspPreviewReport): string {
  const broken = report.pages.filter((p) => blocked(p).length > 0)
  if (broken.length === 0) {
    const loaded = report.pages.filter((p) => !p.error).length
    return `the new CSP blocks nothing on ${plural(loaded, 'page')} loaded in ${report.browser}`
  }
  const parts = broken.map(
    (p, i) =>
      `${i === 0 ? plural(blocked(p).length, 'resource') : blocked(p).length} on ${pagePath(p.url)}`
  )
  return `the new CSP would block ${parts.join(' and ')}`
}

/** A source expression, URL or directive name inside a fix: copied as is, so shown as code. */
const COPYABLE =
  /^('[^']*'|[a-z][a-z0-9+.-]*:\S*|[a-z]+(-[a-z]+)*-(src|elem|attr)|form-action|base-uri)$/i

/**
 * The fix, with every source expression, URL and directive in its own code span: copying
 * `'sha256-…'` or an origin from the comment must give exactly the characters to paste.
 */
export function fixCell(suggestion: string, limit: number): string {
  return suggestion
    .split(' ')
    .map((word) => {
      const trail = /[,)]$/.exec(word)?.[0] ?? ''
      const core = trail ? word.slice(0, -1) : word
      return COPYABLE.test(core) ? `${codeCell(core, limit)}${text(trail)}` : text(word, limit)
    })
    .join(' ')
}

function pageTable(page: CspPagePreview, limit: number): string {
  const rows = page.violations.map((v) => [
    v.enforced ? 'blocked' : 'reported',
    codeCell(v.directive, limit),
    codeCell(blockedLabel(v), limit),
    codeCell(where(v, page.url) || null, limit),
    v.count > 1 ? String(v.count) : '1',
    fixCell(v.suggestion, limit)
  ])
  return table(['', 'directive', 'blocked', 'where', 'times', 'fix'], rows)
}

function pageBody(page: CspPagePreview, limit: number): string {
  const parts: string[] = []
  if (page.error) parts.push(`Not previewed: ${text(page.error, limit)}`)
  if (page.violations.length > 0) parts.push(pageTable(page, limit))
  else if (!page.error) parts.push('Nothing blocked.')
  if (page.policyWarnings.length > 0) {
    parts.push(
      `The browser's own warnings about the policy:\n${page.policyWarnings.map((w) => `- ${text(w, limit)}`).join('\n')}`
    )
  }
  if (page.problems.length > 0) {
    parts.push(
      `Not seen completely:\n${page.problems.map((p) => `- ${text(p, limit)}`).join('\n')}`
    )
  }
  return parts.join('\n\n')
}

/** The "CSP preview" section: verdict, then each page (pages with something blocked open). */
export function cspPreviewSection(report: CspPreviewReport, limit: number): string {
  const pages = report.pages.map((page) => {
    const count = blocked(page).length
    // <summary> is HTML: Markdown is not parsed there.
    const title = `<code>${htmlText(pagePath(page.url), limit)}</code>${page.status !== undefined ? ` (${page.status})` : ''}: ${
      page.error ? 'not previewed' : count > 0 ? `would block ${count}` : 'nothing blocked'
    }`
    return details(title, pageBody(page, limit), count > 0)
  })
  return [
    `### CSP preview`,
    `${text(capitalise(previewVerdict(report)), limit)} (${text(report.browser, limit)}, the policy served report-only on the live pages).`,
    ...pages
  ].join('\n\n')
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

const plain = (value: string, width = 200) => terminalText(value, width)

export function renderCspPreview(report: CspPreviewReport): string {
  const lines = [`csp-preview (${plain(report.browser)}): ${plain(previewVerdict(report))}`]
  for (const page of report.pages) {
    const count = blocked(page).length
    lines.push(
      `${plain(page.url)}${page.status !== undefined ? ` (${page.status})` : ''}: ${page.error ? `not previewed: ${plain(page.error)}` : count > 0 ? `would block ${count}` : 'nothing blocked'}`
    )
    for (const v of page.violations) {
      const at = where(v, page.url)
      lines.push(
        `  ${v.enforced ? 'BLOCKED ' : 'reported'}  ${plain(v.directive)}  ${plain(blockedLabel(v))}${at ? `  at ${plain(at)}` : ''}${v.count > 1 ? `  x${v.count}` : ''}`
      )
      lines.push(`            fix: ${plain(v.suggestion, 400)}`)
    }
    for (const w of page.policyWarnings) lines.push(`  policy warning: ${plain(w, 400)}`)
    for (const p of page.problems) lines.push(`  not seen: ${plain(p, 400)}`)
  }
  return lines.join('\n')
}

/** The line of the policy that sets the CSP (the defaults first, then the first path rule). */
function cspLine(input: ReportInput): number {
  const policy = input.policy
  const rules = [
    ...(policy?.defaults.headers ?? []),
    ...(policy?.paths.flatMap((p) => p.headers) ?? [])
  ]
  return rules.find((r) => r.name === 'content-security-policy')?.pos.line ?? 1
}

/**
 * One warning per blocked thing at the CSP's line: what would break where, and the fix.
 * Plain text (annotations are not Markdown); the browser's URLs are data, kept short.
 */
export function cspPreviewAnnotations(input: ReportInput): Annotation[] {
  const report = input.cspPreview
  if (!report) return []
  const line = cspLine(input)
  return report.pages.flatMap((page) =>
    blocked(page).map((v) => ({
      level: 'warning' as const,
      title: 'headerguard: CSP preview',
      message: plain(
        `the new CSP would block ${blockedLabel(v)} (${v.directive}) on ${pagePath(page.url)}: ${v.suggestion}`,
        1_000
      ),
      file: input.policyFile,
      startLine: line
    }))
  )
}
