// Concurrency and time bounds of the site checks: a limit per host (src/pool.ts, tested in
// __tests__/pool.test.ts), and hostile sites (endless or huge bodies, answers that never come)
// that cannot hold a run past the time each URL gets.
import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { DRAIN_LIMIT_BYTES, nodeTransport } from '../../src/verify/fetch.js'
import { verifySite } from '../../src/verify/site.js'
import { GOOD_HEADERS, makePolicy, served } from './fixtures.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A loopback server with a handler per request; counts connections and requests in flight. */
async function hostile(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  let inFlight = 0
  let peak = 0
  let connections = 0
  const server = http.createServer((req, res) => {
    peak = Math.max(peak, ++inFlight)
    res.on('close', () => inFlight--)
    handler(req, res)
  })
  server.on('connection', () => connections++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    peak: () => peak,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
type Hostile = Awaited<ReturnType<typeof hostile>>

/** Headers at once, then a body that never ends (a chunk every few milliseconds). */
function endlessBody(_req: http.IncomingMessage, res: http.ServerResponse): void {
  res.writeHead(200, served())
  const timer = setInterval(() => res.write('x'.repeat(1024)), 2)
  res.on('close', () => clearInterval(timer))
}

const servers: Hostile[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

describe('hostile sites', () => {
  const policy = makePolicy({ headers: GOOD_HEADERS })

  it('never queues a request behind a socket that is reading an endless body', async () => {
    const site = await hostile(endlessBody)
    servers.push(site)
    const paths = Array.from({ length: 8 }, (_, i) => `/endless-${i}`)
    // One socket, generous timeout: before, the second URL waited for the first one's body,
    // which never ends, and timed out with every URL after it.
    const report = await verifySite(policy, {
      urls: [site.url],
      paths,
      concurrency: 1,
      timeoutMs: 5000,
      retries: 0,
      runId: 'e'
    })
    expect(report.results.map((r) => [r.url, r.status, r.error ?? null])).toEqual(
      [...paths, '/headerguard-404-e'].map((p) => [`${site.url}${p}`, 200, null])
    )
    expect(site.peak()).toBe(1)
  })

  it('reuses the socket after a short body and closes it rather than read a long one', async () => {
    const site = await hostile((req, res) => {
      const size = req.url === '/large' ? 4 * DRAIN_LIMIT_BYTES : 100
      res.writeHead(200, { 'content-length': String(size) })
      res.end('x'.repeat(size))
    })
    servers.push(site)
    const transport = nodeTransport(1)
    try {
      for (const path of ['/small', '/small', '/small']) await transport(site.url + path, 5000)
      await sleep(20)
      expect(site.connections()).toBe(1) // keep-alive: one socket for the short bodies
      await transport(`${site.url}/large`, 5000)
      await transport(`${site.url}/small`, 5000)
      expect(site.connections()).toBe(2) // the long body's socket was closed, not drained
    } finally {
      transport.close()
    }
  })

  it('bounds a URL with its retries and redirects by one budget from the moment it is queued', async () => {
    // Every hop answers after 120 ms with a redirect to the next, and never times out (this
    // site ignores the request's deadline, so a loaded machine cannot turn a slow hop into a
    // timeout): the chain as a whole outlives the URL's 200 ms (retries 0), and no redirect is
    // followed once they are spent.
    const hops = async (url: string | URL | Request) => {
      const n = Number(/\/hop-(\d+)/.exec(String(url))?.[1] ?? 0)
      await sleep(120)
      return new Response(null, { status: 302, headers: { location: `/hop-${n + 1}` } })
    }
    const origin = 'http://hops.test'
    const report = await verifySite(policy, {
      urls: [origin],
      paths: ['/hop-0'],
      concurrency: 1,
      timeoutMs: 200,
      retries: 0,
      runId: 'b',
      fetch: hops
    })
    const chain = report.results.filter((r) => r.requestedUrl === `${origin}/hop-0`)
    expect(chain.length).toBeLessThan(4)
    expect(chain.at(-1)?.error).toMatch(
      /^stopped before .*\/hop-\d: a URL gets 200 ms \(timeout x attempts\) for all its redirects/
    )
    expect(report.status).toBe('fail')
  })

  it('limits requests per host, not across hosts', async () => {
    const slow = (_req: http.IncomingMessage, res: http.ServerResponse) =>
      setTimeout(() => {
        res.writeHead(200, served())
        res.end('ok')
      }, 150)
    const a = await hostile(slow)
    const b = await hostile(slow)
    servers.push(a, b)
    const paths = Array.from({ length: 6 }, (_, i) => `/p${i}`)
    const report = await verifySite(policy, {
      urls: [a.url, b.url],
      paths,
      concurrency: 2,
      runId: 'h'
    })
    expect(report.results.filter((r) => r.status === 200)).toHaveLength(14)
    expect(a.peak()).toBeLessThanOrEqual(2)
    expect(b.peak()).toBeLessThanOrEqual(2)
    expect(a.peak() + b.peak()).toBeGreaterThan(2)
  })
})
