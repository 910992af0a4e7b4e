// Random input never makes the loader throw, and every diagnostic is well formed.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { loadPolicyText } from '../../src/policy/load.js'
import type { LoadResult } from '../../src/policy/types.js'

/** What is wrong with a result's diagnostics: plain checks, one expect per run (jest's expect is slow). */
function problemsOf(result: LoadResult): string[] {
  const problems: string[] = []
  for (const d of result.diagnostics) {
    const where = `${d.rule}@${d.pos.line}:${d.pos.col}`
    if (!(Number.isInteger(d.pos.line) && d.pos.line >= 1)) problems.push(`${where}: bad line`)
    if (!(Number.isInteger(d.pos.col) && d.pos.col >= 1)) problems.push(`${where}: bad column`)
    if (typeof d.message !== 'string' || d.message.length === 0)
      problems.push(`${where}: empty message`)
    else if (d.message.includes('[object Object]')) problems.push(`${where}: ${d.message}`)
    if (d.severity !== 'error' && d.severity !== 'warning')
      problems.push(`${where}: severity ${String(d.severity)}`)
    if (d.rule === 'internal-error') problems.push(`${where}: ${d.message}`)
  }
  if (result.policy && result.diagnostics.some((d) => d.severity !== 'warning'))
    problems.push('a policy was returned along with errors')
  return problems
}

function assertWellFormed(result: LoadResult): void {
  const problems = problemsOf(result)
  if (problems.length > 0) expect(problems).toEqual([])
}

// Pinned seeds: every run of the suite tries the same inputs, so a failure reproduces and a
// green run means the same thing each time. Change a seed on purpose to explore new inputs.
const SEEDS = { text: 20261202, pieces: 7129, trees: 31337, policies: 4242 }

const keys = fc.constantFrom(
  'version',
  'extends',
  'cloudfront',
  'lambda',
  'headers',
  'remove',
  'paths',
  'verify',
  'match',
  'value',
  'override',
  'when',
  'directives',
  'status',
  'content-type',
  'distribution',
  'behaviors',
  'content-security-policy',
  'strict-transport-security',
  'permissions-policy',
  'referrer-policy',
  'x-frame-options',
  'via',
  'default-src',
  'rules',
  'url',
  '__proto__',
  'constructor',
  'x-a'
)
const scalars = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "'self'",
    'self',
    'max-age=1; preload',
    'camera=()',
    '2xx',
    '/embed/*',
    '*',
    'all',
    1,
    null
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null)
)
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalars, tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(keys, fc.string()), tie('node'), { maxKeys: 5 })
})).node

describe('loadPolicyText never throws', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        assertWellFormed(loadPolicyText(text, 'random.yml'))
        assertWellFormed(loadPolicyText(text, 'random.json'))
      }),
      { numRuns: 300, seed: SEEDS.text }
    )
  })

  it('on random YAML-looking text', () => {
    const piece = fc.constantFrom(
      'version: 1\n',
      'headers:\n',
      '  ',
      '- ',
      ': ',
      '{',
      '}',
      '[',
      ']',
      ',',
      '"',
      "'",
      '&a ',
      '*a',
      '!tag ',
      '|\n',
      '>-\n',
      '#',
      '\t',
      '\r\n',
      '---\n',
      'x-a',
      'null',
      '\u2028',
      '? '
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        assertWellFormed(loadPolicyText(parts.join(''), 'pieces.yml'))
      }),
      { numRuns: 400, seed: SEEDS.pieces }
    )
  })

  it('on random object trees, as YAML and as JSON', () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (data, withVersion) => {
        const doc =
          withVersion && data && typeof data === 'object' && !Array.isArray(data)
            ? { version: 1, ...data }
            : data
        assertWellFormed(loadPolicyText(stringify(doc), 'tree.yml'))
        assertWellFormed(loadPolicyText(JSON.stringify(doc) ?? 'null', 'tree.json'))
      }),
      { numRuns: 400, seed: SEEDS.trees }
    )
  })

  it('on random policies built from the language', () => {
    const header = fc.record(
      {
        value: fc.oneof(
          fc.string(),
          fc.constantFrom("default-src 'self'", 'max-age=5; preload', 'DENY')
        ),
        override: fc.boolean(),
        when: fc.record(
          { status: fc.oneof(fc.integer(), fc.string()), 'content-type': fc.string() },
          { requiredKeys: [] }
        )
      },
      { requiredKeys: [] }
    )
    const policy = fc.record(
      {
        version: fc.constant(1),
        extends: fc.constantFrom('owasp', 'strict', 'none'),
        headers: fc.dictionary(
          fc.oneof(keys, fc.string()),
          fc.oneof(fc.string(), fc.constant(null), header),
          { maxKeys: 6 }
        ),
        remove: fc.array(fc.oneof(fc.string(), keys), { maxLength: 4 }),
        paths: fc.array(
          fc.record({
            match: fc.string(),
            headers: fc.dictionary(keys, fc.oneof(fc.string(), fc.constant(null)), { maxKeys: 3 })
          }),
          { maxLength: 3 }
        )
      },
      { requiredKeys: ['version'] }
    )
    fc.assert(
      fc.property(policy, (p) => {
        assertWellFormed(loadPolicyText(stringify(p), 'policy.yml'))
      }),
      { numRuns: 300, seed: SEEDS.policies }
    )
  })
})
