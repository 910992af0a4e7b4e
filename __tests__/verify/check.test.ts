import { describe, expect, it } from '@jest/globals'
import { judgeHttpRedirect, judgeResponse } from '../../src/verify/check.js'
import { observe } from '../../src/verify/fetch.js'
import type { Finding } from '../../src/verify/types.js'
import { GOOD_HEADERS, makePolicy, served } from './fixtures.js'

function response(url: string, headers: Record<string, string | string[]>, status = 200) {
  const pairs: Array<[string, string]> = []
  for (const [name, value] of Object.entries(headers)) {
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, v])
  }
  return observe(url, { status, statusText: 'OK', headers: pairs }, 1_000_000, 5)
}

function verdicts(findings: Finding[]): Record<string, string> {
  return Object.fromEntries(findings.map((f) => [f.header, f.verdict]))
}

const page = (headers: Record<string, string | string[]>, status = 200) =>
  response('https://www.example.com/', { 'content-type': 'text/html', ...headers }, status)

describe('judgeResponse: real-world header sets', () => {
  const policy = makePolicy({ headers: GOOD_HEADERS, remove: ['server', 'x-powered-by'] })

  it('passes a site that sends exactly the policy', () => {
    const findings = judgeResponse(policy, page(served()))
    expect(findings.every((f) => f.verdict === 'pass')).toBe(true)
    expect(findings).toHaveLength(7)
  })

  it('reports a missing header at the line of its declaration', () => {
    const headers = served()
    delete headers['content-security-policy']
    const csp = judgeResponse(policy, page(headers)).find(
      (f) => f.header === 'content-security-policy'
    )
    expect(csp).toMatchObject({
      verdict: 'missing',
      actual: null,
      policyLine: 11,
      severity: 'error'
    })
  })

  it('reports a wrong value as a mismatch with both values', () => {
    const finding = judgeResponse(
      policy,
      page({ ...served(), 'x-frame-options': 'SAMEORIGIN' })
    ).find((f) => f.header === 'x-frame-options')
    expect(finding).toMatchObject({ verdict: 'mismatch', expected: 'DENY', actual: 'SAMEORIGIN' })
  })

  it('flags a duplicated single-valued header even when each copy is right', () => {
    const findings = judgeResponse(
      policy,
      page({ ...served(), 'x-frame-options': ['DENY', 'DENY'] })
    )
    const xfo = findings.find((f) => f.header === 'x-frame-options')
    expect(xfo?.verdict).toBe('mismatch')
    expect(xfo?.message).toMatch(/sent 2 times/)
  })

  it('un-folds a comma-joined duplicate (what fetch delivers)', () => {
    const findings = judgeResponse(
      policy,
      page({ ...served(), 'x-content-type-options': 'nosniff, nosniff' })
    )
    expect(verdicts(findings)['x-content-type-options']).toBe('mismatch')
  })

  it('reports headers the policy removes as forbidden', () => {
    const findings = judgeResponse(
      policy,
      page({ ...served(), server: 'nginx/1.25', 'x-powered-by': 'Express' })
    )
    expect(verdicts(findings)).toMatchObject({ server: 'forbidden', 'x-powered-by': 'forbidden' })
  })

  it('treats a trailing * in remove as a prefix', () => {
    const p = makePolicy({ remove: ['x-envoy-*'] })
    const findings = judgeResponse(
      p,
      page({ 'x-envoy-upstream-service-time': '3', 'x-envoy-decorator': 'a' })
    )
    expect(
      findings
        .filter((f) => f.verdict === 'forbidden')
        .map((f) => f.header)
        .sort()
    ).toEqual(['x-envoy-decorator', 'x-envoy-upstream-service-time'])
  })
})

describe('judgeResponse: normalisation', () => {
  it.each([
    [
      'directives reordered',
      "frame-ancestors 'none'; default-src 'self' https://cdn.example",
      'pass'
    ],
    ['whitespace', "  default-src   'self'  https://cdn.example ;frame-ancestors 'none';", 'pass'],
    ['sources reordered', "default-src https://cdn.example 'self'; frame-ancestors 'none'", 'pass'],
    ['keyword case', "DEFAULT-SRC 'SELF' https://cdn.example; frame-ancestors 'None'", 'pass'],
    ['a source missing', "default-src https://cdn.example; frame-ancestors 'none'", 'mismatch'],
    [
      'an extra directive',
      "default-src 'self' https://cdn.example; frame-ancestors 'none'; script-src *",
      'mismatch'
    ]
  ])('CSP with %s: %s', (_label, actual, verdict) => {
    const policy = makePolicy({
      headers: {
        'Content-Security-Policy': "default-src 'self' https://cdn.example; frame-ancestors 'none'"
      }
    })
    expect(judgeResponse(policy, page({ 'content-security-policy': actual }))[0]?.verdict).toBe(
      verdict
    )
  })

  it('explains a CSP difference directive by directive', () => {
    const policy = makePolicy({
      headers: { 'Content-Security-Policy': "default-src 'self'; object-src 'none'" }
    })
    const [finding] = judgeResponse(
      policy,
      page({ 'content-security-policy': "default-src 'self' *; img-src data:" })
    )
    expect(finding?.message).toContain('missing directive object-src')
    expect(finding?.message).toContain('default-src also allows *')
    expect(finding?.message).toContain('unexpected directive img-src')
  })

  it.each([
    ['includeSubDomains; max-age=63072000; preload', 'pass'],
    ['MAX-AGE=63072000; INCLUDESUBDOMAINS; PRELOAD', 'pass'],
    ['max-age="63072000"; includeSubDomains; preload', 'pass'],
    ['max-age=31536000; includeSubDomains; preload', 'mismatch'],
    ['max-age=63072000; includeSubDomains', 'mismatch'],
    ['max-age=63072000; max-age=63072000; includeSubDomains; preload', 'mismatch']
  ])('HSTS %s: %s', (actual, verdict) => {
    const policy = makePolicy({
      headers: { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload' }
    })
    expect(judgeResponse(policy, page({ 'strict-transport-security': actual }))[0]?.verdict).toBe(
      verdict
    )
  })

  it('compares comma lists trimmed and token values case-insensitively', () => {
    const policy = makePolicy({
      headers: {
        'Referrer-Policy': 'no-referrer, strict-origin-when-cross-origin',
        'X-Frame-Options': 'DENY'
      }
    })
    const findings = judgeResponse(
      policy,
      page({
        'referrer-policy': 'no-referrer,strict-origin-when-cross-origin',
        'x-frame-options': 'deny'
      })
    )
    expect(findings.map((f) => f.verdict)).toEqual(['pass', 'pass'])
  })

  it('accepts any origin value for override: false, and the edge value when the origin sent none', () => {
    const policy = makePolicy({
      headers: { 'Content-Security-Policy': { value: "default-src 'self'", override: false } }
    })
    const kept = judgeResponse(policy, page({ 'content-security-policy': "default-src 'none'" }))[0]
    expect(kept).toMatchObject({ verdict: 'pass', message: 'kept origin value' })
    expect(judgeResponse(policy, page({}))[0]?.verdict).toBe('missing')
  })
})

describe('judgeResponse: conditions and paths', () => {
  const policy = makePolicy({
    headers: {
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': {
        value: "default-src 'self'",
        when: { contentTypes: ['text/html'] }
      },
      'Cache-Control': { value: 'no-store', when: { statuses: [[400, 599]] } }
    },
    paths: [{ match: '/embed/*', headers: { 'X-Frame-Options': 'SAMEORIGIN' } }]
  })

  it('expects CSP only on HTML and Cache-Control only on errors', () => {
    const image = response('https://x.example/logo.png', {
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff'
    })
    expect(judgeResponse(policy, image).map((f) => f.header)).toEqual(['x-content-type-options'])
    const notFound = response('https://x.example/nope', { 'content-type': 'text/html' }, 404)
    expect(
      judgeResponse(policy, notFound)
        .map((f) => f.header)
        .sort()
    ).toEqual(['cache-control', 'content-security-policy', 'x-content-type-options'])
  })

  it('uses the first matching paths entry for the URI', () => {
    const embed = response('https://x.example/embed/video?id=1', {
      'content-type': 'text/plain',
      'x-frame-options': 'SAMEORIGIN',
      'x-content-type-options': 'nosniff'
    })
    const findings = judgeResponse(policy, embed)
    expect(verdicts(findings)).toEqual({
      'x-content-type-options': 'pass',
      'x-frame-options': 'pass'
    })
  })
})

describe('judgeResponse: verify.rules (drHEADer semantics)', () => {
  const policy = makePolicy({
    rules: [
      {
        header: 'content-security-policy',
        required: true,
        mustAvoid: ['unsafe-inline', 'unsafe-eval'],
        directives: {
          'default-src': { oneOf: ["'none'", "'self'"] },
          'object-src': { required: true }
        }
      },
      { header: 'referrer-policy', oneOf: ['no-referrer', 'strict-origin-when-cross-origin'] },
      { header: 'cache-control', mustContain: ['no-store', 'max-age'] },
      { header: 'server', required: false }
    ]
  })

  it('passes a response that satisfies every rule', () => {
    const findings = judgeResponse(
      policy,
      page({
        'content-security-policy': "default-src 'self'; object-src 'none'",
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store, max-age=0'
      })
    )
    expect(findings.map((f) => f.verdict)).toEqual(['pass', 'pass', 'pass', 'pass'])
  })

  it('reports each broken assertion with the rule line', () => {
    const findings = judgeResponse(
      policy,
      page({
        'content-security-policy': "default-src https:; script-src 'unsafe-inline'",
        'referrer-policy': 'unsafe-url',
        'cache-control': 'max-age=60',
        server: 'Apache'
      })
    )
    const failed = findings
      .filter((f) => f.verdict !== 'pass')
      .map((f) => `${f.header}:${f.verdict}:${f.policyLine}`)
    // Each finding points at its rule's own line in the policy file (rules start on line 14).
    expect([...failed].sort()).toEqual([
      'cache-control:mismatch:16',
      'content-security-policy:forbidden:14',
      'content-security-policy:mismatch:14',
      'content-security-policy:missing:14',
      'referrer-policy:mismatch:15',
      'server:forbidden:17'
    ])
  })

  it('does not judge an optional header that is absent', () => {
    const findings = judgeResponse(
      makePolicy({ rules: [{ header: 'cache-control', mustContain: ['no-store'] }] }),
      page({})
    )
    expect(findings[0]?.verdict).toBe('pass')
  })
})

describe('judgeHttpRedirect: HSTS needs http:// to redirect to https://', () => {
  const rule = makePolicy({ headers: { 'Strict-Transport-Security': 'max-age=63072000' } }).defaults
    .headers[0]!
  const http = (status: number, location?: string) =>
    response('http://www.example.com/', location ? { location } : {}, status)

  it.each([
    [http(301, 'https://www.example.com/'), 'https://www.example.com/', 'pass'],
    [http(200), undefined, 'missing'],
    [http(302, 'http://www.example.com/a'), 'http://www.example.com/a', 'mismatch'],
    [http(301, 'https://example.com/'), 'https://example.com/', 'mismatch'],
    [undefined, undefined, 'pass']
  ])('%#', (res, to, verdict) => {
    expect(judgeHttpRedirect(rule, 'http://www.example.com/', res, to).verdict).toBe(verdict)
  })
})
