// Random input never makes the loader throw, and every diagnostic is well formed.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { loadPolicyText } from '../../src/policy/load.js'
import type { LoadResult } from '../../src/policy/types.js'

function assertWellFormed(result: LoadResult): void {
  for (const d of result.diagnostics) {
    expect(Number.isInteger(d.pos.line) && d.pos.line >= 1).toBe(true)
    expect(Number.isInteger(d.pos.col) && d.pos.col >= 1).toBe(true)
    expect(typeof d.message).toBe('string')
    expect(d.message.length).toBeGreaterThan(0)
    expect(d.message).not.toContain('[object Object]')
    expect(['error', 'warning']).toContain(d.severity)
    expect(d.rule).not.toBe('internal-error')
  }
  if (result.policy) expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true)
}

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
      { numRuns: 300 }
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
      { numRuns: 400 }
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
      { numRuns: 400 }
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
      { numRuns: 300 }
    )
  })
})
