// The one definition of "which rule applies" (src/headers/match.ts), as the edge handler
// applies it: per header name, the first rule in policy order whose condition holds.
import { describe, expect, it } from '@jest/globals'
import { applicableHeaders, isMediaRange } from '../../src/headers/match.js'
import { judgeResponse } from '../../src/verify/check.js'
import { observe } from '../../src/verify/fetch.js'
import { makePolicy } from './fixtures.js'

// Two rules for one header. The loader refuses a header declared twice, so only a hand-made
// policy (which the compiler still accepts, grouping the rules in this order) has them: the
// second rule is added to a loaded policy by hand.
const policy = makePolicy({
  headers: { 'Cache-Control': { value: 'no-store', when: { contentTypes: ['text/html'] } } }
})
const [first] = policy.defaults.headers
if (!first) throw new Error('the fixture lost its header')
policy.defaults.headers.push({
  ...first,
  key: 'cache-control',
  value: 'public, max-age=60',
  when: { contentTypes: ['text/*'] }
})

const html = (cacheControl: string) =>
  observe(
    'https://www.example.com/',
    {
      status: 200,
      statusText: 'OK',
      headers: [
        ['content-type', 'text/html; charset=utf-8'],
        ['cache-control', cacheControl]
      ]
    },
    0,
    1
  )

describe('first matching rule wins, per header', () => {
  it('applicableHeaders returns only the first rule whose condition holds', () => {
    const rules = applicableHeaders(policy.defaults, { status: 200, contentType: 'text/html' })
    expect(rules.map((r) => r.value)).toEqual(['no-store'])
    const css = applicableHeaders(policy.defaults, { status: 200, contentType: 'text/css' })
    expect(css.map((r) => r.value)).toEqual(['public, max-age=60'])
  })

  it('the verifier judges the rule the edge applied, not every matching rule', () => {
    const findings = judgeResponse(policy, html('no-store'))
    expect(findings.filter((f) => f.header === 'cache-control')).toEqual([
      expect.objectContaining({ verdict: 'pass', expected: 'no-store' })
    ])
  })
})

describe('isMediaRange (RFC 9110 media-type / media-range)', () => {
  it.each(['text/html', 'text/*', 'application/vnd.api+json', 'IMAGE/SVG+XML'])(
    '%s is accepted',
    (t) => expect(isMediaRange(t)).toBe(true)
  )
  it.each(['*/*', '*/html', 'text', 'text/', '/html', 'text/html; charset=utf-8', 'te xt/html'])(
    '%s is refused',
    (t) => expect(isMediaRange(t)).toBe(false)
  )
})

describe('a when.content-type the policy refuses', () => {
  it("'*/*' is an error at its position (leave content-type out to match every type)", async () => {
    const { loadPolicyText } = await import('../../src/policy/load.js')
    const text = 'version: 1\nheaders:\n  x-a:\n    value: b\n    when: { content-type: "*/*" }\n'
    const { diagnostics } = loadPolicyText(text, 'p.yml')
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'when-content-type',
        severity: 'error',
        pos: expect.objectContaining({ line: 5 })
      })
    )
  })
})
