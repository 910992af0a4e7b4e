// Header names chosen by a hostile site or policy (issue 14 item 14): `constructor`,
// `__proto__`, `toString` are data everywhere, never Object.prototype's members.
import { describe, expect, it } from '@jest/globals'
import { loadPolicyText } from '../../src/policy/load.js'
import { judgeResponse } from '../../src/verify/check.js'
import { observe } from '../../src/verify/fetch.js'
import { gradeSite } from '../../src/verify/grade.js'
import { makePolicy } from './fixtures.js'

const hostile = (pairs: Array<[string, string]>) =>
  observe('https://www.example.com/', { status: 200, statusText: 'OK', headers: pairs }, 0, 1)

describe('a site that sends headers named like Object.prototype members', () => {
  const response = hostile([
    ['Constructor', 'x'],
    ['__proto__', 'y'],
    ['toString', 'z'],
    ['cross-origin-resource-policy', 'constructor'],
    ['cross-origin-opener-policy', 'hasOwnProperty']
  ])

  it('keeps every instance as data', () => {
    expect(response.headers.constructor).toEqual(['x'])
    expect(Object.getOwnPropertyDescriptor(response.headers, '__proto__')?.value).toEqual(['y'])
    expect(response.headers.tostring).toEqual(['z'])
  })

  it('is judged, not crashed on, and the policy headers are reported missing', () => {
    const policy = makePolicy({ headers: { 'X-Frame-Options': 'DENY', hasOwnProperty: 'a' } })
    const findings = judgeResponse(policy, response)
    expect(findings.map((f) => [f.header, f.verdict]).sort()).toEqual([
      ['hasownproperty', 'missing'],
      ['x-frame-options', 'missing']
    ])
  })

  it('grades CORP and COOP values that are prototype member names as invalid', () => {
    const grade = gradeSite({
      url: 'https://www.example.com',
      auto: response,
      https: response,
      all: [response]
    })
    const result = (name: string) => grade.tests.find((t) => t.name === name)?.result
    expect(result('cross-origin-resource-policy')).toBe('corp-header-invalid')
    expect(result('cross-origin-opener-policy')).toBe('coop-header-invalid')
  })
})

describe('a policy with header names like Object.prototype members', () => {
  it('judges policy headers constructor and toString against the site', () => {
    const policy = makePolicy({ headers: { constructor: 'c', toString: 't' } })
    const findings = judgeResponse(
      policy,
      hostile([
        ['constructor', 'c'],
        ['tostring', 't']
      ])
    )
    expect(findings.map((f) => [f.header, f.verdict])).toEqual([
      ['constructor', 'pass'],
      ['tostring', 'pass']
    ])
  })

  it('refuses __proto__ as a header name, removal or verify rule, at its line', () => {
    const text = [
      'version: 1',
      'headers:',
      '  __proto__: x',
      '  constructor: y',
      'remove: [__PROTO__]',
      'verify:',
      '  rules:',
      '    __proto__: { required: true }',
      ''
    ].join('\n')
    const { diagnostics, policy } = loadPolicyText(text, 'p.yml')
    expect(policy).toBeUndefined()
    const reserved = diagnostics.filter((d) => d.rule === 'header-name-reserved')
    expect(reserved.map((d) => d.pos.line)).toEqual([3, 5, 8])
    expect(diagnostics.filter((d) => d.pos.line === 4 && d.severity === 'error')).toEqual([])
  })
})
