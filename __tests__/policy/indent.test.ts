// A mis-indented line gives one error at that line, naming the column its neighbours use,
// instead of the parser's messages about the line above (issue 12, point 10).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { findIndentProblem } from '../../src/policy/indent.js'
import { load } from './helpers.js'

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..')

/** The only diagnostic of the text, asserting there is exactly one. */
function onlyError(text: string) {
  const { diagnostics, policy } = load(text)
  expect(policy).toBeUndefined()
  expect(diagnostics.map((d) => `${d.pos.line}:${d.pos.col} ${d.rule}: ${d.message}`)).toHaveLength(
    1
  )
  return diagnostics[0]!
}

const policy = (...lines: string[]) => `${lines.join('\n')}\n`

describe('a mis-indented line', () => {
  it('too deep: one error at that line (not at the value above), with the column of the keys above', () => {
    const d = onlyError(
      policy(
        'version: 1',
        'headers:',
        '  strict-transport-security: max-age=63072000',
        '  content-security-policy: "default-src \'self\'"',
        '   x-frame-options: DENY',
        '  referrer-policy: no-referrer'
      )
    )
    expect(d).toMatchObject({ rule: 'yaml-indent', severity: 'error', pos: { line: 5, col: 4 } })
    expect(d.message).toBe(
      'YAML: line 5 is indented by 3 spaces: indent `x-frame-options` by 2 spaces like the keys above (column 3, as on line 3)'
    )
  })

  it('too shallow, between two levels: the nearer level', () => {
    const d = onlyError(
      policy(
        'version: 1',
        'headers:',
        '  x-frame-options: DENY',
        ' x-content-type-options: nosniff'
      )
    )
    expect(d).toMatchObject({ rule: 'yaml-indent', pos: { line: 4, col: 2 } })
    expect(d.message).toContain(
      'indent `x-content-type-options` by 2 spaces like the keys above (column 3'
    )
  })

  it('too shallow, as far from both levels: the keys just above it', () => {
    const d = onlyError(
      policy(
        'version: 1',
        'headers:',
        '    x-frame-options: DENY',
        '  x-content-type-options: nosniff'
      )
    )
    expect(d).toMatchObject({ rule: 'yaml-indent', pos: { line: 4, col: 3 } })
    expect(d.message).toContain('by 4 spaces like the keys above (column 5, as on line 3)')
  })

  it('lost all its indentation: the unknown top-level key says where it belongs', () => {
    const d = onlyError(
      policy(
        'version: 1',
        'headers:',
        '  x-content-type-options: nosniff',
        '',
        'x-frame-options: DENY'
      )
    )
    expect(d).toMatchObject({ rule: 'schema-unknown-key', pos: { line: 5, col: 1 } })
    expect(d.message).toBe(
      "unknown key 'x-frame-options' at the top level; if it belongs under `headers` (line 2), indent it by 2 spaces like the keys above"
    )
  })

  it('a typo at the top level still gets did-you-mean, not an indentation hint', () => {
    const d = onlyError(policy('version: 1', 'headers:', '  x-a: b', 'verfiy: {}'))
    expect(d.message).toBe("unknown key 'verfiy' at the top level; did you mean 'verify'?")
  })

  it('indented with a tab among space-indented keys', () => {
    const d = onlyError(
      policy(
        'version: 1',
        'headers:',
        '  x-frame-options: DENY',
        '\tx-content-type-options: nosniff'
      )
    )
    expect(d).toMatchObject({ rule: 'yaml-indent', pos: { line: 4 } })
    expect(d.message).toBe(
      'YAML: line 4 is indented with a tab, and YAML indents only with spaces: indent `x-content-type-options` by 2 spaces like the keys above (column 3, as on line 3)'
    )
  })

  it('the first key of a block indented with a tab: the file’s own indent step under its parent', () => {
    const d = onlyError(
      policy('version: 1', 'lambda:', '    function: edge', 'headers:', '\tx-frame-options: DENY')
    )
    expect(d).toMatchObject({ rule: 'yaml-indent', pos: { line: 5 } })
    expect(d.message).toContain(
      'indent `x-frame-options` by 4 spaces (column 5) under `headers` on line 4'
    )
  })

  it('a list item out of line with the items above', () => {
    const d = onlyError(
      policy(
        'version: 1',
        'paths:',
        '  - match: /a/*',
        '    headers: { x-frame-options: DENY }',
        '   - match: /b/*',
        '    headers: { x-frame-options: DENY }'
      )
    )
    expect(d).toMatchObject({ rule: 'yaml-indent', pos: { line: 5, col: 4 } })
    expect(d.message).toContain(
      'indent the list item `- match: /b/*` by 2 spaces like the items above (column 3, as on line 3)'
    )
  })

  it('a key inside a list item deeper than the item’s first key', () => {
    const d = onlyError(policy('version: 1', 'paths:', '  - match: /a/*', '     headers: {}'))
    expect(d).toMatchObject({ rule: 'yaml-indent', pos: { line: 4, col: 6 } })
    expect(d.message).toContain('indent `headers` by 4 spaces like the keys above (column 5')
  })

  it('after a block scalar, whose deeper lines are its text and not keys', () => {
    const d = onlyError(
      policy(
        'version: 1',
        'headers:',
        '  x-note: |',
        '    one',
        '       two',
        '  x-frame-options: DENY',
        '   x-content-type-options: nosniff'
      )
    )
    expect(d).toMatchObject({ rule: 'yaml-indent', pos: { line: 7, col: 4 } })
  })

  it('CRLF line ends change nothing', () => {
    const d = onlyError(
      'version: 1\r\nheaders:\r\n  x-frame-options: DENY\r\n   x-content-type-options: nosniff\r\n'
    )
    expect(d).toMatchObject({ rule: 'yaml-indent', pos: { line: 4, col: 4 } })
  })

  it('other syntax errors keep the parser’s message', () => {
    const { diagnostics } = load(policy('version: 1', 'headers:', '  x-a: "abc'))
    expect(diagnostics.map((d) => d.rule)).toEqual(['yaml-syntax'])
  })
})

describe('findIndentProblem on valid files', () => {
  const dirs = [join(root, 'examples'), join(root, '__tests__', 'fixtures', 'policies', 'good')]
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => join(dir, name))
  )

  it.each(files)('%s: no problem found', (file) => {
    expect(findIndentProblem(readFileSync(file, 'utf8'))).toBeUndefined()
  })

  it('accepts plain multi-line values, lists at their key’s indent and flow collections', () => {
    const text = policy(
      'version: 1',
      'headers:',
      '  content-security-policy: default-src',
      "    'self'",
      '  x-frame-options: DENY',
      'remove:',
      '- x-powered-by',
      '- server',
      'verify:',
      '  paths: [/, /a]',
      '  rules: { x-a: { required: true } }'
    )
    expect(findIndentProblem(text)).toBeUndefined()
  })

  it('gives up on multi-line flow collections instead of guessing', () => {
    expect(findIndentProblem(policy('remove: [a,', '   b]', '  x: y'))).toBeUndefined()
  })
})
