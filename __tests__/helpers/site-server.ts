// A loopback HTTP server that plays a website for tests: fixed routes with any headers
// (repeated or hostile ones too), redirects, 404s, slow answers and dropped connections.
//
//   const site = await startSiteServer({
//     '/': { headers: { 'x-frame-options': 'DENY' } },
//     '/old': { status: 301, redirect: '/' },
//     '/slow': { delayMs: 500 },
//     '/broken': { destroy: true },
//     '*': { status: 404 }            // fallback; without it unknown paths get a bare 404
//   }, { latencyMs: 20 })
//   ... site.url is `http://127.0.0.1:PORT` (no trailing slash) ...
//   await site.close()
//
// Or pass a full `http.RequestListener` for anything else.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface SiteRoute {
  status?: number
  /** A name mapped to an array sends that header once per element. */
  headers?: Record<string, string | string[]>
  body?: string
  /** Sets `Location` (relative or absolute); status defaults to 302. */
  redirect?: string
  /** Extra latency for this route only. */
  delayMs?: number
  /** Drop the connection without answering. */
  destroy?: boolean
  /** Drop the connection for the first N requests to this route, then answer normally. */
  failTimes?: number
}

export type SiteRoutes = Record<string, SiteRoute | ((req: http.IncomingMessage) => SiteRoute)>

export interface SiteServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string
  port: number
  /** Every request's path and query, in arrival order. */
  requests: string[]
  close(): Promise<void>
}

/** A sleep that close() cancels: a route's long delay must not outlive the test's server. */
function sleeper(timers: Set<NodeJS.Timeout>) {
  return (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })
}

function routeListener(
  routes: SiteRoutes,
  sleep: (ms: number) => Promise<void>
): http.RequestListener {
  const failures = new Map<string, number>()
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const entry = routes[path] ?? routes['*']
    const route: SiteRoute =
      typeof entry === 'function' ? entry(req) : (entry ?? { status: 404, body: 'not found' })
    void (async () => {
      if (route.delayMs) await sleep(route.delayMs)
      const failed = failures.get(path) ?? 0
      if (route.destroy || (route.failTimes !== undefined && failed < route.failTimes)) {
        failures.set(path, failed + 1)
        req.socket.destroy()
        return
      }
      const headers: Record<string, string | string[]> = {
        'content-type': 'text/html; charset=utf-8',
        ...route.headers
      }
      if (route.redirect) headers.location = route.redirect
      res.writeHead(route.status ?? (route.redirect ? 302 : 200), headers)
      res.end(route.body ?? '<!doctype html><title>test</title>')
    })()
  }
}

/** Starts the site on 127.0.0.1 and a free port. `latencyMs` delays every answer. */
export async function startSiteServer(
  routes: SiteRoutes | http.RequestListener,
  options: { latencyMs?: number } = {}
): Promise<SiteServer> {
  const requests: string[] = []
  const timers = new Set<NodeJS.Timeout>()
  const listener = typeof routes === 'function' ? routes : routeListener(routes, sleeper(timers))
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '/')
    if (options.latencyMs) setTimeout(() => listener(req, res), options.latencyMs)
    else listener(req, res)
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer)
        timers.clear()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/**
 * A site that takes every request and never answers, calling `onRequest` as each arrives (a
 * test's cancel, say). Its close() ends the requests it holds.
 */
export async function startHangingSite(
  onRequest: () => void
): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  const held: http.ServerResponse[] = []
  const server = http.createServer((_req, res) => {
    held.push(res)
    onRequest()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests: () => held.length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
