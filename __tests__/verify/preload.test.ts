import { describe, expect, it } from '@jest/globals'
import { observe } from '../../src/verify/fetch.js'
import { judgePreload, wantsPreload } from '../../src/verify/preload.js'

const GOOD = 'max-age=31536000; includeSubDomains; preload'
const hop = (url: string, status: number, headers: Array<[string, string]>) =>
  observe(url, { status, statusText: '', headers }, 0, 0)
const page = (sts: string[]) =>
  hop(
    'https://example.com/',
    200,
    sts.map((v) => ['Strict-Transport-Security', v])
  )
const toHttps = hop('http://example.com/', 301, [['location', 'https://example.com/']])

describe('HSTS preload submission rules (hstspreload.org)', () => {
  it('accepts exactly one year, includeSubDomains, preload and a same-host first redirect', () => {
    const https = [page([GOOD])]
    expect(judgePreload({ rule: undefined, https, http: [toHttps, https[0]!] })).toEqual([])
  })

  it('asks nothing when neither the policy nor the site sends preload', () => {
    expect(wantsPreload({ rule: undefined, https: [page(['max-age=60'])], http: undefined })).toBe(
      false
    )
  })

  it('max-age one second short of a year is a warning', () => {
    const [f] = judgePreload({
      rule: undefined,
      https: [page(['max-age=31535999; includeSubDomains; preload'])],
      http: undefined
    })
    expect(f).toMatchObject({
      severity: 'warning',
      kind: 'preload',
      header: 'strict-transport-security',
      expected: 'max-age >= 31536000'
    })
  })

  it('does not require http:// to be served at all', () => {
    expect(judgePreload({ rule: undefined, https: [page([GOOD])], http: [] })).toEqual([])
  })

  it('wants the http:// redirect to land on a response with HSTS', () => {
    const landing = page([])
    const messages = judgePreload({
      rule: undefined,
      https: [page([GOOD])],
      http: [toHttps, landing]
    }).map((f) => f.message)
    expect(messages).toEqual([
      'HSTS preload: https://example.com/, where http:// redirects, sends no Strict-Transport-Security header'
    ])
  })

  it('refuses an http:// answer that does not redirect', () => {
    const plain = hop('http://example.com/', 200, [])
    const [f] = judgePreload({ rule: undefined, https: [page([GOOD])], http: [plain] })
    expect(f?.actual).toBe('200 without a redirect')
  })
})
