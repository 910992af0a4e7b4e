// The one place where text becomes Markdown. Everything a remote site returned (header values,
// status text, redirect targets) is untrusted: it goes through `code`/`codeCell` (a code span,
// where GitHub renders no links, mentions, emphasis or HTML), and anything else we did not
// write ourselves goes through `text` (every Markdown and HTML metacharacter escaped, mentions
// and autolinks broken). Nothing else in report/ may interpolate such strings.

/** Longest value shown in one table cell of the job summary. */
export const SUMMARY_CELL_LIMIT = 1_000
/** Longest value shown in one table cell of the PR comment. */
export const COMMENT_CELL_LIMIT = 240

/** Cut to `limit` characters, saying how much was left out. */
export function truncate(value: string, limit: number): string {
  if (value.length <= limit) return value
  return `${value.slice(0, limit)}… (${value.length - limit} more characters)`
}

/** Control characters (CR, LF, NUL, tabs…) shown as visible symbols; they never reach the page raw. */
function visibleControls(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\t' ? ' ' : c === '\n' || c === '\r' ? '⏎' : '�'
  )
}

/**
 * An inline code span holding `value` literally. The fence is one backtick longer than the
 * longest run inside; padding keeps a leading or trailing backtick from merging with it.
 */
export function code(value: string, limit = SUMMARY_CELL_LIMIT): string {
  const content = visibleControls(truncate(value, limit))
  if (content.length === 0) return '*(empty)*'
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = content.startsWith('`') || content.endsWith('`') || /^ .* $/.test(content) ? ' ' : ''
  return `${fence}${pad}${content}${pad}${fence}`
}

/**
 * A code span for a table cell: as `code`, plus `|` escaped as `\|`, which GFM tables treat as a
 * literal pipe even inside code spans (so a value can never add a column).
 */
export function codeCell(value: string | null | undefined, limit = SUMMARY_CELL_LIMIT): string {
  if (value === null || value === undefined) return '—'
  // A backslash right before a pipe would turn our `\|` into `\\|` (an escaped backslash and a
  // live pipe) for GFM's cell splitter. Such a value goes out as <code> with every ASCII
  // punctuation character as a numeric entity: no literal backslash or pipe is left to split
  // on, and no character is left for Markdown or HTML to interpret.
  if (value.includes('\\')) {
    return literalCode(visibleControls(truncate(value, limit)))
  }
  return code(value, limit).replace(/\|/g, '\\|')
}

/** Words a renderer would turn into something live: a mention, an issue reference, a link. */
const LIVE_WORD =
  /(?:^|[^A-Za-z0-9])@[A-Za-z0-9]|[A-Za-z0-9._+-]@[A-Za-z0-9-]+\.[A-Za-z]|#\d|:\/\/|\bwww\./i

/**
 * Inline `<code>` with every ASCII punctuation character as a numeric entity: a renderer shows
 * exactly the original characters, but no autolink, mention, reference, emphasis, table pipe
 * or HTML can start inside it (GitHub links no mention inside `code`).
 */
export function literalCode(value: string): string {
  return `<code>${punctuationEntities(value)}</code>`
}

/** Every ASCII punctuation character as a numeric entity (`<` → `&#60;`). */
function punctuationEntities(value: string): string {
  return value.replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * Plain text, safe in paragraphs, list items and table cells: every Markdown metacharacter and
 * HTML-significant character escaped; a word that would become a mention, a `#123` reference or
 * an autolink (`scheme://`, `www.`, `a@b`) goes out as literal code. No invisible characters:
 * what a reader copies from the rendered page is the original text.
 */
export function text(value: string, limit = SUMMARY_CELL_LIMIT): string {
  return visibleControls(truncate(value, limit))
    .split(/( +)/)
    .map((word) =>
      LIVE_WORD.test(word)
        ? literalCode(word)
        : escapeHtml(word).replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    )
    .join('')
}

/**
 * Text inside a raw-HTML `<code>` element (a `<summary>` line is an HTML block: Markdown is not
 * parsed there): every ASCII punctuation character as an entity, so nothing can close the
 * element or start a mention or reference.
 */
export function htmlText(value: string, limit = SUMMARY_CELL_LIMIT): string {
  return punctuationEntities(visibleControls(truncate(value, limit)))
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** A Markdown link to the workflow run; the URL is ours, percent-encoded so it stays one link. */
export function runLink(runUrl: string, label = 'workflow run'): string {
  return `[${label}](${encodeURI(runUrl).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`
}

/** One Markdown table row; cells must already be escaped. */
export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n')
}

/** A collapsed section. The blank lines let GitHub render Markdown inside it. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** A hidden HTML comment marker; its content is ours (a policy path), stripped of `--` and `>`. */
export function hiddenMarker(content: string): string {
  return `<!-- ${content.replace(/--+/g, '-').replace(/>/g, '')} -->`
}

/** UTF-8 size, which is what GitHub's limits count. */
export function byteLength(value: string): number {
  return Buffer.byteLength(value, 'utf8')
}

/**
 * Joins sections in order until the next one would pass `limitBytes` (keeping `reserveBytes`
 * for the closing note), then ends with `omitted(count)`.
 */
export function fitSections(
  sections: readonly string[],
  limitBytes: number,
  omitted: (count: number) => string,
  separator = '\n\n'
): string {
  const reserve = byteLength(omitted(sections.length)) + byteLength(separator) * 2
  const kept: string[] = []
  let size = 0
  for (const [index, section] of sections.entries()) {
    const added = byteLength(section) + (kept.length > 0 ? byteLength(separator) : 0)
    if (size + added + reserve > limitBytes) {
      kept.push(omitted(sections.length - index))
      return kept.join(separator)
    }
    kept.push(section)
    size += added
  }
  return kept.join(separator)
}
