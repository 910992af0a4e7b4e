// Reference cases: the header sets of the two sites the Observatory's own scanner test pins
// (mdn/mdn-http-observatory test/scanner.test.js + test/fixtures/*.json, captured 2026-01-12,
// algorithm version 6), plus hand-made extremes.
import { describe, expect, it } from '@jest/globals'
import { observe } from '../../src/verify/fetch.js'
import { gradeForScore, gradeSite, MODIFIERS } from '../../src/verify/grade.js'
import type { ObservedResponse } from '../../src/verify/types.js'

function res(
  url: string,
  headers: Record<string, string | string[]>,
  status = 200
): ObservedResponse {
  const pairs: Array<[string, string]> = []
  for (const [name, value] of Object.entries(headers)) {
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, v])
  }
  return observe(url, { status, statusText: '', headers: pairs }, 0, 1)
}

/** A site whose http:// redirects to the same host on https://. */
function site(host: string, headers: Record<string, string | string[]>) {
  const auto = res(`https://${host}/`, headers)
  const httpChain = [res(`http://${host}/`, { location: `https://${host}/` }, 301), auto]
  return gradeSite({ url: `https://${host}`, auto, https: auto, httpChain, all: [auto] })
}

const OBSERVATORY_MOZILLA_ORG = {
  'referrer-policy': 'strict-origin-when-cross-origin',
  'content-security-policy':
    "default-src 'self'; script-src 'report-sample' 'self' 'wasm-unsafe-eval' https://www.google-analytics.com/analytics.js https://*.googletagmanager.com assets.codepen.io 'sha256-XNBp89FG76amD8BqrJzyflxOF9PaWPqPqvJfKZPCv7M='; style-src 'report-sample' 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; img-src 'self' data: *.githubusercontent.com; media-src 'self' archive.org; child-src 'self'; worker-src 'self';",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'content-type': 'text/html',
  'strict-transport-security': 'max-age=63072000'
}

const MOZILLA_ORG = {
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "frame-src 'self' accounts.firefox.com; script-src 'self' 'unsafe-eval' 'unsafe-inline' cdn.transcend.io js.stripe.com; form-action 'self' https://basket.mozilla.org; style-src 'self' 'unsafe-inline' www.mozilla.org; default-src 'self' *.mozilla.org; frame-ancestors 'none'; upgrade-insecure-requests; img-src 'self' data: www.mozilla.org; object-src 'none'; media-src 'self' www.mozilla.org; base-uri 'none'",
  'content-type': 'text/html; charset=utf-8',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY'
}

describe('gradeSite: Observatory reference cases', () => {
  it('observatory.mozilla.org scores 110, A+ (as the Observatory does)', () => {
    const grade = site('observatory.mozilla.org', OBSERVATORY_MOZILLA_ORG)
    expect(grade).toMatchObject({ algorithmVersion: 6, score: 110, grade: 'A+' })
    const results = Object.fromEntries(grade.tests.map((t) => [t.name, t.result]))
    expect(results).toMatchObject({
      'content-security-policy': 'csp-implemented-with-unsafe-inline-in-style-src-only',
      'x-frame-options': 'x-frame-options-sameorigin-or-deny',
      'referrer-policy': 'referrer-policy-private',
      redirection: 'redirection-to-https'
    })
  })

  it('mozilla.org scores 80 here; the Observatory adds SRI -5 (body-only, not scored) for 75, B', () => {
    const grade = site('mozilla.org', MOZILLA_ORG)
    expect(grade.score).toBe(80)
    expect(grade.grade).toBe('B+')
    expect(grade.notScored).toContain('subresource-integrity')
    const sriWithExternalScriptsOverHttps = -5
    expect(gradeForScore(grade.score + sriWithExternalScriptsOverHttps)).toBe('B')
    // unsafe-inline in script-src costs 20 and blocks the COOP/XFO bonuses (score below 90)
    expect(grade.tests.find((t) => t.name === 'content-security-policy')?.modifier).toBe(-20)
  })

  it('a site with no security headers and no https redirect gets F', () => {
    const auto = res('http://plain.example/', { 'content-type': 'text/html' })
    const grade = gradeSite({ url: 'http://plain.example', auto, httpChain: [auto], all: [auto] })
    expect(grade.score).toBe(10) // 100 - 25 CSP - 20 HSTS - 5 XCTO - 20 XFO - 20 redirect
    expect(grade.grade).toBe('F')
  })

  it('a locked-down site collects every header bonus', () => {
    const grade = site('strict.example', {
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'strict-transport-security': 'max-age=63072000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'set-cookie': '__Host-session=1; Secure; HttpOnly; SameSite=Strict; Path=/'
    })
    // 100 + 10 CSP + 5 cookies + 5 referrer + 5 XFO via CSP + 10 CORP + 10 COOP + 10 COEP
    expect(grade.score).toBe(155)
    expect(grade.grade).toBe('A+')
  })
})

describe('gradeSite: individual tests', () => {
  const scoreOf = (headers: Record<string, string | string[]>, name: string) =>
    site('t.example', { 'content-security-policy': "default-src 'self'", ...headers }).tests.find(
      (t) => t.name === name
    )

  it.each([
    ["script-src 'self' 'unsafe-eval'", 'csp-implemented-with-unsafe-eval'],
    ["script-src 'self' 'nonce-abc' 'unsafe-inline'", 'csp-implemented-with-no-unsafe'],
    ["script-src 'strict-dynamic'", 'csp-header-invalid'],
    ['img-src http://cdn.example', 'csp-implemented-with-insecure-scheme-in-passive-content-only'],
    ['script-src http://cdn.example', 'csp-implemented-with-insecure-scheme'],
    ['object-src *', 'csp-implemented-with-unsafe-inline']
  ])('CSP default-src self; %s -> %s', (extra, result) => {
    expect(
      scoreOf(
        { 'content-security-policy': `default-src 'self'; ${extra}` },
        'content-security-policy'
      )?.result
    ).toBe(result)
  })

  it('treats a repeated directive as invalid, except report-uri', () => {
    expect(
      scoreOf(
        { 'content-security-policy': "default-src 'self'; default-src *" },
        'content-security-policy'
      )?.result
    ).toBe('csp-header-invalid')
    expect(
      scoreOf(
        { 'content-security-policy': "default-src 'self'; report-uri /a; report-uri /b" },
        'content-security-policy'
      )?.result
    ).toBe('csp-implemented-but-duplicate-directives')
  })

  it('scores report-only CSP as not implemented', () => {
    const grade = gradeSite({
      url: 'https://r.example',
      auto: res('https://r.example/', {
        'content-security-policy-report-only': "default-src 'self'"
      }),
      all: []
    })
    expect(grade.tests[0]).toMatchObject({
      result: 'csp-not-implemented-but-reporting-enabled',
      modifier: -25
    })
  })

  it.each([
    ['max-age=100', 'hsts-implemented-max-age-less-than-six-months'],
    ['max-age=15552000', 'hsts-implemented-max-age-at-least-six-months'],
    ['includeSubDomains', 'hsts-header-invalid'],
    ['max-age=1, max-age=2', 'hsts-header-invalid']
  ])('HSTS %s -> %s', (value, result) => {
    expect(
      scoreOf({ 'strict-transport-security': value }, 'strict-transport-security')?.result
    ).toBe(result)
  })

  it.each([
    [['same-origin'], 'coop-implemented-with-same-origin', 10],
    [['same-origin; report-to="x"'], 'coop-implemented-with-same-origin', 10],
    [['unsafe-none'], 'coop-implemented-with-unsafe-none', 0],
    [['same-origin', 'same-origin'], 'coop-header-invalid', -5],
    [['SAME-ORIGIN'], 'coop-header-invalid', -5]
  ])('COOP %j -> %s', (values, result, modifier) => {
    expect(
      scoreOf({ 'cross-origin-opener-policy': values }, 'cross-origin-opener-policy')
    ).toMatchObject({ result, modifier })
  })

  it.each([
    ['sessionid=1; Path=/', 'cookies-session-without-secure-flag'],
    ['sessionid=1; Secure; Path=/', 'cookies-session-without-httponly-flag'],
    ['theme=dark; Secure; SameSite=Lax', 'cookies-secure-with-httponly-sessions-and-samesite'],
    ['theme=dark; Secure; SameSite=Bogus', 'cookies-samesite-flag-invalid']
  ])('cookie %s -> %s', (cookie, result) => {
    expect(scoreOf({ 'set-cookie': cookie }, 'cookies')?.result).toBe(result)
  })

  it.each([
    [['http://r.example/'], 'redirection-missing'],
    [
      ['http://r.example/', 'http://r.example/a', 'https://r.example/a'],
      'redirection-not-to-https-on-initial-redirection'
    ],
    [['http://r.example/', 'https://www.r.example/'], 'redirection-off-host-from-http'],
    [['http://r.example/', 'https://r.example/'], 'redirection-to-https']
  ])('redirect route %j -> %s', (route, result) => {
    const auto = res('https://r.example/', {})
    const httpChain = route.map((u) => res(u, {}))
    const grade = gradeSite({ url: 'https://r.example', auto, https: auto, httpChain, all: [] })
    expect(grade.tests.find((t) => t.name === 'redirection')?.result).toBe(result)
  })
})

describe('gradeForScore and the extra-credit rule', () => {
  it.each([
    [135, 'A+'],
    [100, 'A+'],
    [99, 'A'],
    [90, 'A'],
    [89, 'A-'],
    [80, 'B+'],
    [79, 'B'],
    [65, 'B-'],
    [25, 'D-'],
    [24, 'F'],
    [-30, 'F']
  ])('%d -> %s', (score, grade) => {
    expect(gradeForScore(score)).toBe(grade)
  })

  it('adds bonuses only when the score without them is at least 90', () => {
    const headers = {
      'content-security-policy': "default-src 'none'", // +10
      'strict-transport-security': 'max-age=100', // -10
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY', // +5
      'referrer-policy': 'no-referrer', // +5
      'cross-origin-resource-policy': 'same-origin' // +10
    }
    expect(site('b.example', headers)).toMatchObject({ score: 120, grade: 'A+' })
    const { 'x-content-type-options': _dropped, ...withoutXcto } = headers // -5 more: 85
    expect(site('b.example', withoutXcto)).toMatchObject({ score: 85, grade: 'A-' })
    expect(MODIFIERS['x-content-type-options-not-implemented']).toBe(-5)
  })
})
