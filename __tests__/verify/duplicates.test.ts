// A security header sent twice, and a value the edge kept from the origin (issue 14 items 5,
// 6, 13): judged by what browsers do (RFC 6797 8.1, HTML's X-Frame-Options processing, CSP3
// multiple policies) and graded as the MDN Observatory grades it.
import { describe, expect, it } from '@jest/globals'
import { judgeResponse } from '../../src/verify/check.js'
import { observe } from '../../src/verify/fetch.js'
import { gradeSite } from '../../src/verify/grade.js'
import { makePolicy } from './fixtures.js'

const page = (headers: Array<[string, string]>, url = 'https://www.example.com/') =>
  observe(url, { status: 200, statusText: 'OK', headers }, 0, 1)

const GOOD: Array<[string, string]> = [
  ['content-type', 'text/html'],
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
  ['referrer-policy', 'no-referrer']
]

describe('a security header served twice is a finding, whatever the policy sets', () => {
  const none = makePolicy({})

  it('two HSTS lines: an error (browsers honour only the first)', () => {
    const findings = judgeResponse(
      none,
      page([
        ['strict-transport-security', 'max-age=63072000'],
        ['strict-transport-security', 'max-age=0']
      ])
    )
    expect(findings).toEqual([
      expect.objectContaining({
        header: 'strict-transport-security',
        kind: 'duplicate',
        severity: 'error',
        verdict: 'mismatch'
      })
    ])
    expect(findings[0]?.message).toMatch(/RFC 6797/)
  })

  it('two X-Frame-Options, even folded into one line by a proxy', () => {
    const findings = judgeResponse(none, page([['x-frame-options', 'DENY, SAMEORIGIN']]))
    expect(findings.map((f) => [f.header, f.kind])).toEqual([['x-frame-options', 'duplicate']])
  })

  it('a comma list in one line (Referrer-Policy fallbacks, Permissions-Policy) is one header', () => {
    const findings = judgeResponse(
      none,
      page([
        ['referrer-policy', 'no-referrer, strict-origin-when-cross-origin'],
        ['permissions-policy', 'camera=(), geolocation=()']
      ])
    )
    expect(findings.filter((f) => f.kind === 'duplicate')).toEqual([])
  })

  it('two different CSPs: a warning (both are enforced); two identical ones: nothing', () => {
    const different = judgeResponse(
      none,
      page([
        ['content-security-policy', "default-src 'self'"],
        ['content-security-policy', "script-src 'none'"]
      ])
    )
    expect(different).toEqual([
      expect.objectContaining({ header: 'content-security-policy', severity: 'warning' })
    ])
    const same = judgeResponse(
      none,
      page([
        ['content-security-policy', "default-src 'self'"],
        ['content-security-policy', "default-src 'self'"]
      ])
    )
    expect(same).toEqual([])
  })

  it('a list header (Cache-Control) sent twice is not a finding', () => {
    expect(
      judgeResponse(
        none,
        page([
          ['cache-control', 'no-store'],
          ['cache-control', 'private']
        ])
      )
    ).toEqual([])
  })

  it('is reported once when the policy sets the header too', () => {
    const policy = makePolicy({ headers: { 'X-Frame-Options': 'DENY' } })
    const findings = judgeResponse(
      policy,
      page([
        ['x-frame-options', 'DENY'],
        ['x-frame-options', 'DENY']
      ])
    )
    expect(findings.map((f) => [f.kind, f.verdict])).toEqual([['header', 'mismatch']])
  })
})

describe('two HSTS lines are graded as the Observatory grades them', () => {
  it('B+ (hsts-header-invalid, -20, no bonuses) where a single line gives A+', () => {
    const grade = (hsts: Array<[string, string]>) => {
      const auto = page([...GOOD, ...hsts])
      const http = observe(
        'http://www.example.com/',
        { status: 301, statusText: '', headers: [['location', 'https://www.example.com/']] },
        0,
        1
      )
      return gradeSite({
        url: 'https://www.example.com',
        auto,
        https: auto,
        httpChain: [http, auto],
        all: [auto]
      })
    }
    const one = grade([['strict-transport-security', 'max-age=63072000']])
    expect(one.grade).toBe('A+')
    const two = grade([
      ['strict-transport-security', 'max-age=63072000'],
      ['strict-transport-security', 'max-age=63072000; includeSubDomains']
    ])
    expect(two.tests.find((t) => t.name === 'strict-transport-security')?.result).toBe(
      'hsts-header-invalid'
    )
    expect(two.score).toBe(80)
    expect(two.grade).toBe('B+')
  })
})

describe('override: false still judges the kept value against the header grammar', () => {
  const policy = makePolicy({ headers: { 'X-Frame-Options': { value: 'DENY', override: false } } })

  it('an invalid origin value is an error: browsers ignore it as if absent', () => {
    const findings = judgeResponse(policy, page([['x-frame-options', 'DENY | <img src=x>']]))
    expect(findings).toEqual([expect.objectContaining({ verdict: 'mismatch', severity: 'error' })])
    expect(findings[0]?.message).toMatch(/invalid, so browsers ignore it/)
  })

  it('a valid origin value passes, even when it differs from the policy', () => {
    expect(
      judgeResponse(policy, page([['x-frame-options', 'sameorigin']])).map((f) => f.verdict)
    ).toEqual(['pass'])
  })
})
