import { afterEach, describe, expect, it } from '@jest/globals'
import { verifySite } from '../../src/verify/site.js'
import { type SiteServer, startSiteServer } from '../helpers/site-server.js'
import { GOOD_HEADERS, makePolicy, served } from './fixtures.js'

const policy = makePolicy({ headers: GOOD_HEADERS, remove: ['server'] })
let site: SiteServer | undefined
afterEach(async () => {
  await site?.close()
  site = undefined
})

describe('verifySite against a local site', () => {
  it('passes a conforming site, error page included, and records cache facts', async () => {
    site = await startSiteServer({
      '/': {
        headers: { ...served(), 'x-cache': 'Miss from cloudfront', 'x-amz-cf-pop': 'FRA56-P1' }
      },
      '*': { status: 404, headers: served() }
    })
    const report = await verifySite(policy, { urls: [site.url], runId: 'abc' })
    expect(report.status).toBe('pass')
    expect(report.results.map((r) => [r.url, r.status, r.kind])).toEqual([
      [`${site.url}/`, 200, 'page'],
      [`${site.url}/headerguard-404-abc`, 404, 'not-found']
    ])
    expect(report.results[0]?.cache).toMatchObject({
      xCache: 'Miss from cloudfront',
      pop: 'FRA56-P1',
      hit: false
    })
    // A plain-http site: the Observatory takes 20 for no redirect to https and 20 for no HSTS
    // over https, and grants its bonuses (CSP, Referrer-Policy) only from a score of 90 up.
    expect({ grade: report.grade, score: report.score }).toEqual({ grade: 'C+', score: 60 })
  })

  it('fails when the error page lacks the headers (origin-response must cover 4xx)', async () => {
    site = await startSiteServer({ '/': { headers: served() } })
    const report = await verifySite(policy, { urls: [site.url], runId: 'x' })
    expect(report.status).toBe('fail')
    const notFound = report.results.find((r) => r.kind === 'not-found')
    expect(
      notFound?.findings.filter((f) => f.verdict === 'missing').map((f) => f.header)
    ).toContain('content-security-policy')
  })

  it('follows redirects by hand and judges every hop', async () => {
    site = await startSiteServer({
      '/old': { status: 301, redirect: '/new', headers: served() },
      '/new': { headers: served() },
      '*': { status: 404, headers: served() }
    })
    const report = await verifySite(policy, { urls: [site.url], paths: ['/old'], runId: 'r' })
    const chain = report.results.filter((r) => r.requestedUrl === `${site!.url}/old`)
    expect(chain.map((r) => [r.status, r.kind, r.redirectTo ?? null])).toEqual([
      [301, 'page', `${site.url}/new`],
      [200, 'redirect-hop', null]
    ])
    expect(chain.every((r) => r.findings.every((f) => f.verdict === 'pass'))).toBe(true)
  })

  it('reports a redirect loop as an error instead of hanging', async () => {
    site = await startSiteServer({ '/a': { redirect: '/b' }, '/b': { redirect: '/a' } })
    const report = await verifySite(policy, { urls: [site.url], paths: ['/a'], runId: 'l' })
    expect(report.results.find((r) => r.error)?.error).toMatch(/redirect loop/)
    expect(report.status).toBe('fail')
  })

  it('retries connection errors, times out slow answers, and never retries an HTTP answer', async () => {
    site = await startSiteServer({
      '/flaky': { failTimes: 1, headers: served() },
      // answers long after the timeout, so the verdict cannot depend on the machine's speed
      '/slow': { delayMs: 60_000 },
      '/500': { status: 500 },
      '*': { status: 404, headers: served() }
    })
    const check = (paths: string[], timeoutMs: number) =>
      verifySite(policy, { urls: [site!.url], paths, timeoutMs, retries: 1, runId: 't' })
    const [answered, slow] = await Promise.all([
      check(['/flaky', '/500'], 10_000),
      check(['/slow'], 150)
    ])
    const byPath = (p: string) =>
      [...answered.results, ...slow.results].find((r) => r.url === `${site!.url}${p}`)
    expect(byPath('/flaky')?.status).toBe(200)
    expect(byPath('/slow')).toMatchObject({
      status: null,
      error: expect.stringMatching(/no response within 150 ms \(2 attempts\)/)
    })
    expect(byPath('/500')?.status).toBe(500)
    expect(site.requests.filter((r) => r === '/500')).toHaveLength(1)
    expect(site.requests.filter((r) => r === '/flaky')).toHaveLength(2)
  })

  it('marks the run unreachable when nothing answers', async () => {
    const closed = await startSiteServer({})
    const url = closed.url
    await closed.close()
    const report = await verifySite(policy, { urls: [url], retries: 0, runId: 'u' })
    expect(report.unreachable).toBe(true)
    expect(report.grade).toBeNull()
  })

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0
    let peak = 0
    site = await startSiteServer((_req, res) => {
      inFlight++
      peak = Math.max(peak, inFlight)
      setTimeout(() => {
        inFlight--
        res.end('ok')
      }, 15)
    })
    const paths = Array.from({ length: 20 }, (_, i) => `/p${i}`)
    await verifySite(policy, { urls: [site.url], paths, concurrency: 3, runId: 'c' })
    expect(peak).toBe(3)
  })
})

describe('verifySite: cache-aware classification after a deploy', () => {
  const deployedAt = new Date(1_700_000_000_000)
  const now = () => deployedAt.getTime() + 60_000

  it('calls an old cached copy stale-cache and says to invalidate', async () => {
    site = await startSiteServer({
      '/': {
        headers: { 'x-cache': 'Hit from cloudfront', age: '3600', 'x-frame-options': 'DENY' }
      },
      '*': { status: 404, headers: served() }
    })
    const report = await verifySite(policy, { urls: [site.url], deployedAt, now, runId: 's' })
    const csp = report.results[0]?.findings.find((f) => f.header === 'content-security-policy')
    expect(csp).toMatchObject({ verdict: 'stale-cache', severity: 'warning' })
    expect(csp?.message).toMatch(/invalidate/)
    expect(report.status).toBe('pass') // transient: a warning, not a violation
  })

  it('calls a miss that a cache-busting request does not reproduce propagating', async () => {
    site = await startSiteServer({
      '/': (req) => ({
        headers: req.url?.includes('headerguard=')
          ? served()
          : { 'x-cache': 'Miss from cloudfront', 'x-frame-options': 'DENY' }
      }),
      '*': { status: 404, headers: served() }
    })
    const report = await verifySite(policy, {
      urls: [site.url],
      deployedAt,
      now,
      cacheBust: true,
      runId: 'p'
    })
    expect(report.results.map((r) => r.kind)).toEqual(['page', 'not-found', 'cache-bust'])
    expect(
      report.results[0]?.findings.find((f) => f.header === 'content-security-policy')?.verdict
    ).toBe('propagating')
    expect(site.requests).toContain('/?headerguard=p')
  })

  it('keeps a real violation when the cache-busting request fails too', async () => {
    site = await startSiteServer({
      '/': { headers: { 'x-frame-options': 'DENY' } },
      '*': { status: 404, headers: served() }
    })
    const report = await verifySite(policy, {
      urls: [site.url],
      deployedAt,
      now,
      cacheBust: true,
      runId: 'v'
    })
    expect(
      report.results[0]?.findings.find((f) => f.header === 'content-security-policy')?.verdict
    ).toBe('missing')
    expect(report.status).toBe('fail')
  })
})

describe('verifySite: https sites', () => {
  const fakeFetch = (routes: Record<string, { status: number; headers: Record<string, string> }>) =>
    (async (input: string | URL | Request) => {
      const url = String(input)
      const route = routes[url]
      if (!route) throw new TypeError(`fetch failed: ${url}`)
      return new Response(null, { status: route.status, headers: route.headers })
    }) as typeof fetch

  it('fetches the http:// variant and requires a redirect to https:// when HSTS is set', async () => {
    const report = await verifySite(policy, {
      urls: ['https://www.example.com'],
      runId: 'h',
      retries: 0,
      fetch: fakeFetch({
        'https://www.example.com/': {
          status: 200,
          headers: { ...served(), 'content-type': 'text/html' }
        },
        'https://www.example.com/headerguard-404-h': { status: 404, headers: served() },
        'http://www.example.com/': { status: 200, headers: {} }
      })
    })
    const http = report.results.find((r) => r.kind === 'http-redirect')
    expect(http).toMatchObject({ url: 'http://www.example.com/', status: 200 })
    expect(http?.findings[0]).toMatchObject({
      header: 'location',
      verdict: 'missing',
      policyLine: 10,
      // the cache behavior's viewer protocol policy, not the headers policy: a warning
      severity: 'warning'
    })
    expect(report.status).toBe('pass')
    // The missing redirect, and the same fact as an HSTS preload rule (the policy sends preload).
    expect(
      report.results
        .flatMap((r) => r.findings.filter((f) => f.verdict !== 'pass').map((f) => f.kind))
        .sort()
    ).toEqual(['preload', 'redirect'])
    expect(report.totals.warnings).toBe(2)
    expect(report.observatory[0]?.tests.find((t) => t.name === 'redirection')?.result).toBe(
      'redirection-missing'
    )
  })
})
