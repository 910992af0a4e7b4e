// `headerguard validate` run in-process through the dispatcher, with captured streams.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { cliInProcess } from '../helpers/cli-in-process.js'

function validate(args: string[], cwd: string) {
  return cliInProcess(['validate', ...args], { cwd })
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'headerguard-validate-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

describe('headerguard validate', () => {
  it('exits 0 for a valid policy and prints warnings on stderr', async () => {
    const cwd = workspace({
      'p.yml': 'version: 1\nlambda:\n  runtime: nodejs20.x\nheaders:\n  x-frame-options: DENY\n'
    })
    const { code, out, err } = await validate(['--policy', 'p.yml'], cwd)
    expect(code).toBe(0)
    expect(out).toBe('p.yml: valid (1 header, 0 path rules, 1 warning)\n')
    expect(err).toMatch(/^p\.yml:3:12: warning: nodejs20\.x is deprecated/)
  })

  it('exits 1 with FILE:LINE:COL: error: lines on stderr', async () => {
    const cwd = workspace({ 'p.yml': 'version: 1\nheaders:\n  via: x\n  x-a: "b\\r\\nc"\n' })
    const { code, out, err } = await validate(['--policy', 'p.yml'], cwd)
    expect(code).toBe(1)
    expect(out).toBe('')
    const lines = err.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^p\.yml:3:3: error: 'via' is read-only in origin-response/)
    expect(lines[1]).toMatch(
      /^p\.yml:4:8: error: header value contains U\+000D CARRIAGE RETURN at offset 1/
    )
    expect(lines[2]).toBe('p.yml: 2 errors, 0 warnings')
  })

  it('finds .github/security-headers.json when no --policy is given', async () => {
    const cwd = workspace({ '.github/security-headers.json': '{"version": 1, "extends": "owasp"}' })
    const { code, out } = await validate([], cwd)
    expect(code).toBe(0)
    expect(out).toContain('.github/security-headers.json: valid (10 headers')
  })

  it('reports a missing policy file at 1:1 instead of throwing', async () => {
    const cwd = workspace({})
    const { code, err } = await validate([], cwd)
    expect(code).toBe(1)
    expect(err).toMatch(/^\.github\/security-headers\.yml:1:1: error: policy file not found/)
  })

  it('validates the examples in the repository', async () => {
    const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..')
    for (const example of ['examples/static-site.yml', 'examples/spa.yml']) {
      const { code, err } = await validate(['--policy', example], root)
      expect({ example, code, err }).toEqual({ example, code: 0, err: '' })
    }
  })

  it('refuses unknown flags with exit 2', async () => {
    const { code, err } = await validate(['--polcy', 'x'], workspace({}))
    expect(code).toBe(2)
    expect(err).toContain('usage: headerguard validate [--policy FILE]')
  })
})
