// What a reviewer reads first: directive-level CSP and Permissions-Policy diffs, one root cause,
// the plan headline that says what the merge changes, and the terminal's three verbosities.
import { describe, expect, it } from '@jest/globals'
import { renderComment } from '../../src/report/comment.js'
import { rootCause } from '../../src/report/root-cause.js'
import { statusHeading } from '../../src/report/sections.js'
import { renderReportBrief } from '../../src/report/terminal.js'
import type { ReportInput } from '../../src/report/types.js'
import { directiveDiffLines } from '../../src/report/value-diff.js'
import type { VerifyReport } from '../../src/verify/types.js'
import { finding, page, verifyReport as report } from '../helpers/verify-report.js'

const input = (verify: VerifyReport, mode: ReportInput['mode'] = 'plan'): ReportInput => ({
  mode,
  policyFile: '.github/security-headers.yml',
  diagnostics: [],
  verify,
  notes: [],
  failOn: 'error'
})

describe('directive-level diffs', () => {
  it('shows added, removed and changed CSP directives and sources', () => {
    const before = "default-src 'self'; script-src 'self'; frame-ancestors 'none'; report-uri /r"
    const after =
      "default-src 'SELF'; script-src 'self' https://plausible.io; frame-ancestors 'self' https://partner; upgrade-insecure-requests"
    expect(directiveDiffLines('content-security-policy', before, after)).toEqual([
      'script-src: + https://plausible.io',
      "frame-ancestors: 'none' → 'self' https://partner",
      '+ upgrade-insecure-requests',
      '- report-uri /r'
    ])
  })

  it('shows Permissions-Policy features by allowlist', () => {
    expect(
      directiveDiffLines(
        'permissions-policy',
        'camera=(), geolocation=(self), usb=()',
        'camera=(), geolocation=(self "https://maps.example"), payment=()'
      )
    ).toEqual(['geolocation: + "https://maps.example"', '+ payment=()', '- usb=()'])
  })

  it('has nothing to say for headers without directives or values that mean the same', () => {
    expect(directiveDiffLines('x-frame-options', 'DENY', 'SAMEORIGIN')).toBeUndefined()
    expect(directiveDiffLines('content-security-policy', "a 'self'", "a  'SELF'")).toEqual([])
  })
})

describe('plan headline: what the merge changes', () => {
  it('counts distinct headers fixed and changed', () => {
    const urls = ['https://s/', 'https://s/about'].map((url) =>
      page(url, [
        finding({ now: { actual: 'SAMEORIGIN', verdict: 'mismatch' } }),
        finding({
          header: 'referrer-policy',
          actual: 'no-referrer',
          expected: 'no-referrer',
          now: { actual: null, verdict: 'missing' }
        }),
        finding({
          header: 'x-content-type-options',
          actual: 'nosniff',
          expected: 'nosniff',
          now: { actual: 'nosniff', verdict: 'pass' }
        })
      ])
    )
    expect(statusHeading(input(report(urls)), false)).toBe(
      '### headerguard plan · ✅ after this merge the site will serve the policy: fixes 1 header, changes 1'
    )
  })

  it('fails a header that stays wrong after the merge, with the live value shown', () => {
    const r = report([
      page('https://s/', [
        finding({
          verdict: 'mismatch',
          actual: 'ALLOWALL <img src=x>',
          message: 'X-Frame-Options differs from the policy',
          now: { actual: 'ALLOWALL <img src=x>', verdict: 'mismatch' }
        })
      ])
    ])
    expect(statusHeading(input(r), true)).toBe(
      '### headerguard plan · ❌ after this merge 1 header stays wrong (x-frame-options)'
    )
    const comment = renderComment(input(r))
    expect(comment).toContain('| header | now | after merge | verdict | note |')
    expect(comment).toContain('`ALLOWALL <img src=x>`')
  })
})

describe('one root cause', () => {
  const rejected = (url: string) =>
    page(
      url,
      Array.from({ length: 15 }, (_, i) =>
        finding({ header: `h-${i}`, verdict: 'missing', actual: null, message: 'missing' })
      ),
      { status: 502, cache: { xCache: 'LambdaValidationError from cloudfront', hit: false } }
    )

  it('an edge 502 on every URL is one cause with its fix, not 15 findings per URL', () => {
    const r = report([rejected('https://s/'), rejected('https://s/a'), rejected('https://s/b')])
    const cause = rootCause({ verify: r, mode: 'deploy' })
    expect(cause?.kind).toBe('edge-rejected')
    expect(statusHeading(input(r, 'deploy'), true)).toMatch(
      /^### headerguard deploy · ❌ CloudFront answers 502 \\\(LambdaValidationError\\\) on 3 URLs: Lambda@Edge rejects/
    )
    const terminal = renderReportBrief(r, 'deploy')
    expect(terminal.split('\n').filter((l) => l.startsWith('root cause:'))).toHaveLength(1)
    expect(terminal).not.toMatch(/MISSING/)
    expect(terminal.split('\n').length).toBeLessThan(10)
  })

  it('a TLS failure and an unreachable site are named as such', () => {
    const failed = (error: string) => page('https://s/', [], { status: null, error })
    expect(
      rootCause({ verify: report([failed('certificate has expired')]), mode: 'check' })?.kind
    ).toBe('tls')
    expect(
      rootCause({ verify: report([failed('connect ECONNREFUSED 127.0.0.1:9')]), mode: 'check' })
        ?.kind
    ).toBe('unreachable')
  })

  it('findings that differ have no single cause', () => {
    const r = report([
      rejected('https://s/'),
      page('https://s/ok', [finding({ verdict: 'missing', actual: null })])
    ])
    expect(rootCause({ verify: r, mode: 'check' })).toBeUndefined()
  })
})
