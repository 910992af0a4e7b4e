// verify.rules held to drHEADer 2's documented semantics (Santandersecurityresearch/DrHeader
// RULES.md) and to the header RFCs, one behaviour per test; expected verdicts come from those
// documents, not from this implementation's output.
import { describe, expect, it } from '@jest/globals'
import type { VerifyRule } from '../../src/policy/types.js'
import { judgeResponse } from '../../src/verify/check.js'
import { observe } from '../../src/verify/fetch.js'
import type { Finding } from '../../src/verify/types.js'
import { makePolicy } from './fixtures.js'

function page(headers: Array<[string, string]>) {
  return observe('https://www.example.com/', { status: 200, statusText: 'OK', headers }, 0, 1)
}

function judge(rule: Omit<VerifyRule, 'pos'>, headers: Array<[string, string]>): Finding[] {
  return judgeResponse(makePolicy({ rules: [rule] }), page(headers)).filter(
    (f) => f.kind === 'rule'
  )
}

const verdicts = (findings: Finding[]) => findings.map((f) => f.verdict)

describe('Set-Cookie: every cookie on its own (RFC 6265 4.1: never folded)', () => {
  const two = (a: string, b: string): Array<[string, string]> => [
    ['set-cookie', a],
    ['set-cookie', b]
  ]

  it('must-contain Secure fails when only one of two cookies is Secure', () => {
    const findings = judge(
      { header: 'set-cookie', mustContain: ['Secure'] },
      two('a=1; Secure', 'b=2; HttpOnly')
    )
    expect(verdicts(findings)).toEqual(['mismatch'])
    expect(findings[0]?.message).toContain('cookie b')
  })

  it('must-contain passes when each cookie has the attributes, in any case', () => {
    const findings = judge(
      { header: 'set-cookie', mustContain: ['Secure', 'HttpOnly'] },
      two('a=1; secure; httponly', 'b=2; HttpOnly; Path=/; SECURE')
    )
    expect(verdicts(findings)).toEqual(['pass'])
  })

  it('must-avoid SameSite=None fails whichever cookie carries it', () => {
    const rule = { header: 'set-cookie', mustAvoid: ['SameSite=None'] }
    expect(verdicts(judge(rule, two('a=1; SameSite=None; Secure', 'b=2; SameSite=Lax')))).toEqual([
      'forbidden'
    ])
    expect(verdicts(judge(rule, two('a=1; SameSite=Lax', 'b=2; samesite=none')))).toEqual([
      'forbidden'
    ])
    expect(verdicts(judge(rule, two('a=1; SameSite=Lax', 'b=2; SameSite=Strict')))).toEqual([
      'pass'
    ])
  })

  it('a cookie named secure is not the Secure attribute', () => {
    const findings = judge({ header: 'set-cookie', mustContain: ['Secure'] }, [
      ['set-cookie', 'secure=yes; Path=/']
    ])
    expect(verdicts(findings)).toEqual(['mismatch'])
  })

  it('must-contain-one: Expires or Max-Age on each cookie', () => {
    const rule = { header: 'set-cookie', mustContainOne: ['Expires', 'Max-Age'] }
    expect(
      verdicts(judge(rule, two('a=1; Max-Age=60', 'b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT')))
    ).toEqual(['pass'])
    expect(verdicts(judge(rule, two('a=1; Max-Age=60', 'b=2; Path=/')))).toEqual(['mismatch'])
  })

  it('named cookies: only the named one is judged; names are case-sensitive', () => {
    const rule = {
      header: 'set-cookie',
      cookies: { session: { required: true, mustContain: ['Secure', 'HttpOnly'] } }
    }
    expect(verdicts(judge(rule, two('session=x; Secure; HttpOnly', 'tracking=y')))).toEqual([
      'pass'
    ])
    expect(verdicts(judge(rule, two('session=x; Secure', 'tracking=y; Secure; HttpOnly')))).toEqual(
      ['mismatch']
    )
    expect(verdicts(judge(rule, [['set-cookie', 'Session=x; Secure; HttpOnly']]))).toEqual([
      'missing'
    ])
    expect(verdicts(judge(rule, []))).toEqual(['missing'])
  })

  it('a named cookie with required: false must not be set', () => {
    const rule = { header: 'set-cookie', cookies: { debug: { required: false } } }
    expect(verdicts(judge(rule, [['set-cookie', 'debug=1']]))).toEqual(['forbidden'])
    expect(verdicts(judge(rule, [['set-cookie', 'other=1']]))).toEqual(['pass'])
  })
})

describe('case-insensitive comparisons (drHEADer: every check is case-insensitive)', () => {
  it('Cache-Control NO-STORE is one of no-cache, no-store', () => {
    const findings = judge({ header: 'cache-control', oneOf: ['no-cache', 'no-store'] }, [
      ['cache-control', 'NO-STORE']
    ])
    expect(verdicts(findings)).toEqual(['pass'])
  })

  it('a policy Cache-Control matches the served one whatever the case and order (RFC 9111 5.2)', () => {
    const policy = makePolicy({ headers: { 'Cache-Control': 'no-store, max-age=0' } })
    const findings = judgeResponse(policy, page([['cache-control', 'Max-Age=0, NO-STORE']]))
    expect(verdicts(findings)).toEqual(['pass'])
  })

  it('enumerated tokens (XFO, COOP, Referrer-Policy) compare case-insensitively', () => {
    const policy = makePolicy({
      headers: {
        'X-Frame-Options': 'DENY',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Referrer-Policy': 'no-referrer'
      }
    })
    const findings = judgeResponse(
      policy,
      page([
        ['x-frame-options', 'deny'],
        ['cross-origin-opener-policy', 'Same-Origin'],
        ['referrer-policy', 'No-Referrer']
      ])
    )
    expect(verdicts(findings)).toEqual(['pass', 'pass', 'pass'])
  })

  it('CSP keywords and directive names are case-insensitive, nonces are not', () => {
    const policy = makePolicy({
      headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'nonce-AbC'" }
    })
    expect(
      verdicts(
        judgeResponse(
          policy,
          page([['content-security-policy', "DEFAULT-SRC 'SELF'; script-src 'nonce-AbC'"]])
        )
      )
    ).toEqual(['pass'])
    expect(
      verdicts(
        judgeResponse(
          policy,
          page([['content-security-policy', "default-src 'self'; script-src 'nonce-abc'"]])
        )
      )
    ).toEqual(['mismatch'])
  })
})

describe('operators', () => {
  it('value: the items in any order, none missing, none extra', () => {
    const rule = { header: 'cache-control', value: ['no-store', 'max-age=0'] }
    expect(verdicts(judge(rule, [['cache-control', 'max-age=0, no-store']]))).toEqual(['pass'])
    expect(verdicts(judge(rule, [['cache-control', 'no-store']]))).toEqual(['mismatch'])
    expect(verdicts(judge(rule, [['cache-control', 'no-store, max-age=0, private']]))).toEqual([
      'mismatch'
    ])
  })

  it('value with preserve-order: a Referrer-Policy fallback list in this order', () => {
    const rule = {
      header: 'referrer-policy',
      value: ['no-referrer', 'strict-origin-when-cross-origin'],
      preserveOrder: true
    }
    expect(
      verdicts(judge(rule, [['referrer-policy', 'no-referrer, strict-origin-when-cross-origin']]))
    ).toEqual(['pass'])
    expect(
      verdicts(judge(rule, [['referrer-policy', 'strict-origin-when-cross-origin, no-referrer']]))
    ).toEqual(['mismatch'])
  })

  it('value given as one string is split by the header’s item delimiter', () => {
    const rule = {
      header: 'strict-transport-security',
      value: ['max-age=31536000; includeSubDomains']
    }
    expect(
      verdicts(judge(rule, [['strict-transport-security', 'includesubdomains; max-age=31536000']]))
    ).toEqual(['pass'])
  })

  it('any-of: every item of the value is one of the listed ones', () => {
    const rule = {
      header: 'referrer-policy',
      anyOf: ['no-referrer', 'same-origin', 'strict-origin']
    }
    expect(verdicts(judge(rule, [['referrer-policy', 'no-referrer, strict-origin']]))).toEqual([
      'pass'
    ])
    expect(verdicts(judge(rule, [['referrer-policy', 'no-referrer, unsafe-url']]))).toEqual([
      'mismatch'
    ])
  })

  it('must-contain-one: at least one item appears', () => {
    const rule = {
      header: 'content-security-policy',
      mustContainOne: ["default-src 'none'", "default-src 'self'"]
    }
    expect(
      verdicts(judge(rule, [['content-security-policy', "default-src 'self'; img-src *"]]))
    ).toEqual(['pass'])
    expect(verdicts(judge(rule, [['content-security-policy', 'default-src https:']]))).toEqual([
      'mismatch'
    ])
  })

  it('must-contain matches a key without its value, and a whole key-value item', () => {
    expect(
      verdicts(
        judge({ header: 'cache-control', mustContain: ['max-age'] }, [
          ['cache-control', 'max-age=60']
        ])
      )
    ).toEqual(['pass'])
    expect(
      verdicts(
        judge({ header: 'cache-control', mustContain: ['max-age=0'] }, [
          ['cache-control', 'max-age=60']
        ])
      )
    ).toEqual(['mismatch'])
  })

  it('severity flows into the finding', () => {
    const base = { header: 'server', required: false }
    expect(judge({ ...base, severity: 'warning' }, [['server', 'nginx']])[0]?.severity).toBe(
      'warning'
    )
    expect(judge({ ...base, severity: 'info' }, [['server', 'nginx']])[0]?.severity).toBe('info')
    expect(judge(base, [['server', 'nginx']])[0]?.severity).toBe('error')
  })

  it('a directive rule keeps its own severity', () => {
    const rule = {
      header: 'content-security-policy',
      directives: { 'base-uri': { required: true, severity: 'warning' as const } }
    }
    expect(judge(rule, [['content-security-policy', "default-src 'self'"]])[0]).toMatchObject({
      verdict: 'missing',
      severity: 'warning'
    })
  })
})

describe('Permissions-Policy directives: the structured-field dictionary (feature -> allowlist)', () => {
  const served: Array<[string, string]> = [
    ['permissions-policy', 'camera=(), geolocation=(self "https://maps.example"), fullscreen=*']
  ]

  it('required finds a feature, and fails on a missing one', () => {
    expect(
      verdicts(
        judge({ header: 'permissions-policy', directives: { camera: { required: true } } }, served)
      )
    ).toEqual(['pass'])
    expect(
      verdicts(
        judge(
          { header: 'permissions-policy', directives: { microphone: { required: true } } },
          served
        )
      )
    ).toEqual(['missing'])
  })

  it('judges the allowlist: must-contain, must-avoid, value', () => {
    expect(
      verdicts(
        judge(
          {
            header: 'permissions-policy',
            directives: { geolocation: { mustContain: ['self', 'https://maps.example'] } }
          },
          served
        )
      )
    ).toEqual(['pass'])
    expect(
      verdicts(
        judge(
          { header: 'permissions-policy', directives: { fullscreen: { mustAvoid: ['*'] } } },
          served
        )
      )
    ).toEqual(['forbidden'])
    expect(
      verdicts(
        judge(
          {
            header: 'permissions-policy',
            directives: { camera: { value: [] as string[], mustAvoid: ['self'] } }
          },
          served
        )
      )
    ).toEqual(['pass'])
    expect(
      verdicts(
        judge(
          { header: 'permissions-policy', directives: { geolocation: { mustAvoid: ['self'] } } },
          served
        )
      )
    ).toEqual(['forbidden'])
  })
})

describe('CSP served with commas: several policies, as browsers parse it (CSP3 2.2.1)', () => {
  it("must-avoid 'unsafe-inline' fails on default-src 'self' 'unsafe-inline', img-src *", () => {
    const findings = judge({ header: 'content-security-policy', mustAvoid: ['unsafe-inline'] }, [
      ['content-security-policy', "default-src 'self' 'unsafe-inline', img-src *"]
    ])
    expect(verdicts(findings)).toEqual(['forbidden'])
  })

  it('two CSP lines are two policies too', () => {
    const findings = judge({ header: 'content-security-policy', mustAvoid: ['unsafe-eval'] }, [
      ['content-security-policy', "default-src 'self'"],
      ['content-security-policy', "script-src 'unsafe-eval'"]
    ])
    expect(verdicts(findings)).toEqual(['forbidden'])
  })
})
