import { describe, expect, it } from '@jest/globals'
import { asQuickScan } from '../../src/verify/scan.js'
import { finding, page, verifyReport } from '../helpers/verify-report.js'

const hsts = finding({
  header: 'strict-transport-security',
  verdict: 'missing',
  actual: null,
  message: 'Strict-Transport-Security is not in the response',
  policyLine: 2
})
const server = finding({
  header: 'server',
  kind: 'remove',
  verdict: 'forbidden',
  actual: 'nginx',
  message: 'server should have been removed by the edge',
  policyLine: 2,
  policyColumn: 10
})
const xfo = finding({
  verdict: 'mismatch',
  actual: 'SAMEORIGIN',
  message: 'X-Frame-Options differs from the policy',
  policyLine: 2
})

describe('asQuickScan (issue 14 point 12)', () => {
  it('keeps HSTS on https:// and drops it on http://, with a note saying why', () => {
    const { report, notes } = asQuickScan(
      verifyReport([page('https://a.example/', [hsts]), page('http://b.example/', [hsts, xfo])]),
      'owasp'
    )
    expect(report.results[0]?.findings.map((f) => f.header)).toEqual(['strict-transport-security'])
    expect(report.results[1]?.findings.map((f) => f.header)).toEqual(['x-frame-options'])
    expect(notes).toEqual([
      'Strict-Transport-Security was not judged on 1 http:// URL(s): browsers ignore it there (RFC 6797 8.1); scan the https:// URL to check it'
    ])
    expect(report.totals.errors).toBe(2)
  })

  it('cites no policy line and speaks of the preset, not of an edge or a policy', () => {
    const { report } = asQuickScan(
      verifyReport([page('https://a.example/', [server, xfo])]),
      'owasp'
    )
    const [removed, mismatch] = report.results[0]!.findings
    expect(removed).toMatchObject({
      policyLine: null,
      message: expect.stringMatching(/owasp preset advises leaving it out/)
    })
    expect(removed).not.toHaveProperty('policyColumn')
    expect(mismatch?.message).toBe('X-Frame-Options differs from the owasp preset')
  })

  it('recounts the status: an http:// site whose only failure was HSTS passes', () => {
    const { report } = asQuickScan(verifyReport([page('http://b.example/', [hsts])]), 'owasp')
    expect(report.status).toBe('pass')
    expect(report.totals).toMatchObject({ errors: 0, failed: 0 })
  })
})
