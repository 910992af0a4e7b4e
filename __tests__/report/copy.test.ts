// What a reader copies from the rendered report is the original value: every escape is one a
// GFM renderer undoes (backslash escapes, entities, code spans), never an invisible character.
// micromark with its GFM extension (tables, autolink literals) stands in for GitHub's renderer.
import { describe, expect, it } from '@jest/globals'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { code, codeCell, htmlText, runLink, table, text } from '../../src/report/markdown.js'
import { renderDriftBody } from '../../src/report/drift.js'
import { finding, page, verifyReport } from '../helpers/verify-report.js'

const VALUES = [
  'https://cdn.example.com/app.js',
  "connect-src 'self' wss://live.example.com https://api.example.com",
  'www.example.com and mail me@example.com',
  'ping @octocat and @github/security',
  'see #1 and https://evil.example/x',
  'a | b | c',
  'tick ` and ``` fences',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '*not* _emphasis_ ~~struck~~ \\escaped\\',
  'back\\| slash \\\\| pipes \\',
  "default-src 'self'; script-src 'self' https://plausible.io 'sha256-abc+/='"
]

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/

function render(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()]
  })
}

/** The text a reader selects and copies: tags dropped, entities decoded. */
function copied(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCharCode(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim()
}

/** The one table cell of a one-row table. */
function cellHtml(markdown: string): string {
  const html = render(table(['h'], [[markdown]]))
  return /<td>([\s\S]*?)<\/td>/.exec(html)?.[1] ?? ''
}

describe('copying from the rendered report gives the original value', () => {
  it.each(VALUES)('text() in a paragraph: %j', (value) => {
    const markdown = text(value)
    expect(markdown).not.toMatch(INVISIBLE)
    const html = render(markdown)
    expect(copied(html)).toBe(value)
    expect(html).not.toMatch(/<a |<img|<script/)
  })

  it.each(VALUES)('text() in a table cell: %j', (value) => {
    const html = cellHtml(text(value))
    expect(copied(html)).toBe(value)
    expect(html).not.toMatch(/<a |<img/)
  })

  it.each(VALUES)('codeCell() in a table cell: %j', (value) => {
    const html = cellHtml(codeCell(value))
    expect(copied(html)).toBe(value)
    expect(html).toMatch(/^<code>/)
  })

  it.each(VALUES)('code() in a paragraph: %j', (value) => {
    expect(copied(render(code(value)))).toBe(value)
  })

  it.each(VALUES)('htmlText() inside <code> of a <summary> line: %j', (value) => {
    const html = render(
      `<details><summary><code>${htmlText(value)}</code></summary>\n\nbody\n\n</details>`
    )
    const summary = /<summary>([\s\S]*?)<\/summary>/.exec(html)?.[1] ?? ''
    expect(copied(summary)).toBe(value)
    expect(summary).not.toMatch(/<img|<a /)
  })

  it('the drift issue and the run link hold no invisible character and link the run as is', () => {
    const report = verifyReport(
      [
        page('https://www.example.com/', [
          finding({
            header: 'content-security-policy',
            verdict: 'mismatch',
            expected: "connect-src 'self' wss://live.example.com",
            actual: "connect-src 'self'",
            message: 'connect-src lacks wss://live.example.com',
            policyLine: 3
          })
        ])
      ],
      { grade: 'C', score: 50 }
    )
    const body = renderDriftBody('.github/security-headers.yml', report)
    expect(body).not.toMatch(INVISIBLE)
    expect(copied(render(body))).toContain('connect-src lacks wss://live.example.com')
    const runUrl = 'https://github.com/acme/site/actions/runs/42'
    expect(render(runLink(runUrl))).toContain(`<a href="${runUrl}">workflow run</a>`)
  })
})
