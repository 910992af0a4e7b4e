// The bad-policy corpus: each file states the line (and rule) of its first error, in a first-line
// comment (`# expect-line: 7 rule: edge-read-only`) or, for JSON, in a sidecar `.expect` file.
// Good policies and every example policy must load without a single error.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { loadPolicy } from '../../src/policy/load.js'

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..')
const badDir = join(root, '__tests__', 'fixtures', 'policies', 'bad')
const goodDir = join(root, '__tests__', 'fixtures', 'policies', 'good')
const examplesDir = join(root, 'examples')
const policyFile = /\.(ya?ml|json)$/

function expectation(file: string): { line: number; rule: string } {
  const header = file.endsWith('.json')
    ? readFileSync(`${file}.expect`, 'utf8')
    : readFileSync(file, 'utf8').split('\n')[0]!
  const match = /expect-line: (\d+) rule: (\S+)/.exec(header)
  if (!match) throw new Error(`${file} does not state its expected first error`)
  return { line: Number(match[1]), rule: match[2]! }
}

const bad = readdirSync(badDir)
  .filter((f) => policyFile.test(f))
  .sort()
const good = [
  ...readdirSync(goodDir)
    .filter((f) => policyFile.test(f))
    .map((f) => join(goodDir, f)),
  ...readdirSync(examplesDir)
    .filter((f) => policyFile.test(f))
    .map((f) => join(examplesDir, f))
]

describe('bad policies', () => {
  it('has at least 60 of them', () => {
    expect(bad.length).toBeGreaterThanOrEqual(60)
  })

  it.each(bad)('%s: first error on the stated line, with the stated rule', async (name) => {
    const file = join(badDir, name)
    const { line, rule } = expectation(file)
    const result = await loadPolicy(file)
    const first = result.diagnostics.find((d) => d.severity === 'error')
    expect(result.policy).toBeUndefined()
    expect(first && { line: first.pos.line, rule: first.rule }).toEqual({ line, rule })
    expect(first!.pos.file).toBe(file)
    for (const d of result.diagnostics) {
      expect(d.pos.line).toBeGreaterThanOrEqual(1)
      expect(d.pos.col).toBeGreaterThanOrEqual(1)
      expect(d.message).not.toMatch(/\[object Object\]|\n|^\s*at /)
    }
  })
})

describe('good policies and examples', () => {
  it('include both examples', () => {
    expect(good.map((f) => f.replace(/^.*[\\/]/, ''))).toEqual(
      expect.arrayContaining(['static-site.yml', 'spa.yml'])
    )
  })

  it.each(good)('%s has no errors and no warnings', async (file) => {
    const result = await loadPolicy(file)
    expect(result.diagnostics).toEqual([])
    expect(result.policy?.version).toBe(1)
  })

  it.each(['static-site.yml', 'spa.yml'])(
    'examples/%s fits the emulator and references the schema',
    async (name) => {
      const file = join(examplesDir, name)
      const text = readFileSync(file, 'utf8')
      expect(text.split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../schema/security-headers.schema.json'
      )
      const { policy } = await loadPolicy(file)
      expect(policy?.cloudfront.distributions).toEqual(['EDFDVBD6EXAMPLE'])
      expect(policy?.lambda.functionName).toBe('headerguard-example')
      expect(policy?.verify.paths).toContain('/')
      expect(policy?.verify.paths.some((p) => /not-exist|missing|404/.test(p))).toBe(true)
    }
  )

  it('spa.yml lets partners frame /embed/* and nothing else', async () => {
    const { policy } = await loadPolicy(join(examplesDir, 'spa.yml'))
    const embed = policy!.paths.find((p) => p.match === '/embed/*')!
    expect(embed.headers.find((h) => h.name === 'x-frame-options')).toBeUndefined()
    expect(embed.headers.find((h) => h.name === 'content-security-policy')?.value).toContain(
      'frame-ancestors https://partner.example.org'
    )
    expect(policy!.defaults.headers.find((h) => h.name === 'x-frame-options')?.value).toBe('DENY')
  })
})
