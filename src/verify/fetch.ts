// How verify talks HTTP: one GET per URL, redirects followed by hand so every hop is recorded,
// retries on connection errors only, a per-request timeout. The default transport is Node's
// http/https module because it keeps repeated header instances apart (`rawHeaders`); `fetch`
// folds them into one comma-joined value, which hides duplicated security headers.
import http from 'node:http'
import https from 'node:https'
import { CancelledError, errorMessage, throwIfCancelled, untilCancelled } from '../errors.js'
import { cacheFacts } from './cache.js'
import { tlsProblem } from './tls-errors.js'
import type { FetchLike, ObservedResponse } from './types.js'

/** What a transport returns: the status line and every header instance. */
export interface RawResponse {
  status: number
  statusText: string
  /** [name, value] pairs in wire order; names in any case. */
  headers: Array<[string, string]>
}

export type Transport = (url: string, timeoutMs: number) => Promise<RawResponse>

/** A transport error (refused, reset, timed out, TLS); retried unless `retryable` is false. */
export class ConnectionError extends Error {
  override name = 'ConnectionError'
  constructor(
    message: string,
    readonly retryable = true
  ) {
    super(message)
  }
}

const REQUEST_HEADERS = {
  'user-agent': 'headerguard (security-header verifier)',
  accept: 'text/html,application/xhtml+xml,*/*;q=0.8'
}

/**
 * How much of a body the transport reads after the headers, only to hand the socket back to
 * the keep-alive pool: the check judges headers and needs no body. A longer body, or one still
 * arriving when the request's time is up, closes the socket instead, so no request ever waits
 * for a socket that is busy reading an endless body.
 */
export const DRAIN_LIMIT_BYTES = 64 * 1024

/** Reads the rest of `res` to reuse its socket, within `limit` bytes and `withinMs`; else closes it. */
function drainOrClose(res: http.IncomingMessage, limit: number, withinMs: number): void {
  const declared = Number(res.headers['content-length'])
  if (withinMs <= 0 || (Number.isFinite(declared) && declared > limit)) {
    res.destroy()
    return
  }
  let read = 0
  const timer = setTimeout(() => res.destroy(), withinMs)
  res.on('data', (chunk: Buffer) => {
    read += chunk.length
    if (read > limit) res.destroy()
  })
  res.on('error', () => undefined)
  res.on('close', () => clearTimeout(timer))
  res.resume()
}

/**
 * Node http/https with keep-alive agents shared by every request of one verify run: at most
 * `perHost` sockets to one host and `total` over all hosts. A request's timeout runs from the
 * moment it is handed to the agent, waiting for a free socket included, to its headers.
 */
export function nodeTransport(perHost: number, total = perHost): Transport & { close(): void } {
  const options = { keepAlive: true, maxSockets: perHost, maxTotalSockets: total }
  const agents = { 'http:': new http.Agent(options), 'https:': new https.Agent(options) }
  const transport = (url: string, timeoutMs: number): Promise<RawResponse> =>
    new Promise((resolve, reject) => {
      const deadline = performance.now() + timeoutMs
      const target = new URL(url)
      const mod = target.protocol === 'https:' ? https : http
      const agent = target.protocol === 'https:' ? agents['https:'] : agents['http:']
      const req = mod.request(target, { method: 'GET', agent, headers: REQUEST_HEADERS }, (res) => {
        clearTimeout(timer)
        const headers: Array<[string, string]> = []
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
          headers.push([res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string])
        }
        drainOrClose(res, DRAIN_LIMIT_BYTES, deadline - performance.now())
        resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers })
      })
      const timer = setTimeout(() => {
        req.destroy(new ConnectionError(`no response within ${timeoutMs} ms`))
      }, timeoutMs)
      req.on('error', (error) => {
        clearTimeout(timer)
        if (error instanceof ConnectionError) return reject(error)
        const tls = tlsProblem(error, url)
        reject(
          tls
            ? new ConnectionError(tls.message, tls.retryable)
            : new ConnectionError(errorMessage(error))
        )
      })
      req.end()
    })
  return Object.assign(transport, {
    close: () => {
      agents['http:'].destroy()
      agents['https:'].destroy()
    }
  })
}

/**
 * Ends every request at a cancel (SIGINT/SIGTERM) with the CancelledError, which no retry or
 * unreachable-URL verdict takes for a site problem: a run told to stop reports the stop, not
 * the site. The request itself is left to the transport's close().
 */
export function cancellableTransport(transport: Transport, signal: AbortSignal): Transport {
  return (url, timeoutMs) => {
    throwIfCancelled(signal)
    return untilCancelled(transport(url, timeoutMs), signal)
  }
}

/** Adapts an injected `fetch`. Repeated headers arrive comma-joined (Set-Cookie excepted). */
export function fetchTransport(fetchImpl: FetchLike): Transport {
  return async (url, timeoutMs) => {
    let response: Response
    try {
      response = await fetchImpl(url, {
        method: 'GET',
        redirect: 'manual',
        headers: REQUEST_HEADERS,
        signal: AbortSignal.timeout(timeoutMs)
      })
    } catch (error) {
      // fetch wraps the socket's error: "fetch failed", with the TLS reason in `cause`.
      const tls = tlsProblem((error as { cause?: unknown }).cause ?? error, url)
      throw tls
        ? new ConnectionError(tls.message, tls.retryable)
        : new ConnectionError(errorMessage(error))
    }
    const headers: Array<[string, string]> = []
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') headers.push([name, value])
    })
    for (const cookie of response.headers.getSetCookie?.() ?? [])
      headers.push(['set-cookie', cookie])
    await response.body?.cancel().catch(() => undefined)
    return { status: response.status, statusText: response.statusText, headers }
  }
}

export interface FetchSettings {
  transport: Transport
  /** Per request: from handing it to the transport (waiting for a socket included) to the headers. */
  timeoutMs: number
  retries: number
  now: () => number
}

/**
 * The time one URL gets, from the moment it is queued: as long as one request with all its
 * retries timing out. No redirect is followed once it is spent; the hop in flight keeps its
 * own timeout and retries, so a URL with its redirects ends within twice this time (one hop
 * alone within it). On the real clock, like the timers that enforce it.
 */
export interface Budget {
  totalMs: number
  remainingMs(): number
}

export function budgetFor(settings: Pick<FetchSettings, 'timeoutMs' | 'retries'>): Budget {
  const totalMs = settings.timeoutMs * (settings.retries + 1)
  const deadline = performance.now() + totalMs
  return { totalMs, remainingMs: () => deadline - performance.now() }
}

/** One GET, retried on connection errors only. Throws ConnectionError after the last attempt. */
export async function fetchOnce(url: string, settings: FetchSettings): Promise<ObservedResponse> {
  let lastError: unknown
  let tries = 0
  for (let attempt = 0; attempt <= settings.retries; attempt++) {
    tries++
    const started = settings.now()
    try {
      const raw = await settings.transport(url, settings.timeoutMs)
      const receivedAt = settings.now()
      return observe(url, raw, receivedAt, receivedAt - started)
    } catch (error) {
      if (!(error instanceof ConnectionError)) throw error
      lastError = error
      if (!error.retryable) break
    }
  }
  throw new ConnectionError(
    `${errorMessage(lastError)} (${tries} attempt${tries === 1 ? '' : 's'})`
  )
}

export function observe(
  url: string,
  raw: RawResponse,
  receivedAt: number,
  elapsedMs: number
): ObservedResponse {
  // Keyed by names the site chose: a null prototype, so `constructor` or `__proto__` are data.
  const headers = Object.create(null) as Record<string, string[]>
  for (const [name, value] of raw.headers) {
    const key = name.toLowerCase()
    ;(headers[key] ??= []).push(value)
  }
  return {
    url,
    status: raw.status,
    statusText: raw.statusText,
    headers,
    cache: cacheFacts(headers),
    receivedAt,
    elapsedMs
  }
}

export interface Chain {
  hops: ObservedResponse[]
  /** Set when the chain ended without a final answer (network error, loop, too many redirects). */
  error?: string
}

const MAX_REDIRECTS = 10

/** GET `url` and follow redirects by hand (at most `maxRedirects`), keeping every hop. */
export async function fetchChain(
  url: string,
  settings: FetchSettings,
  maxRedirects = MAX_REDIRECTS
): Promise<Chain> {
  const hops: ObservedResponse[] = []
  const seen = new Set<string>()
  const budget = budgetFor(settings)
  let next: string | undefined = url
  while (next !== undefined) {
    if (seen.has(next)) return { hops, error: `redirect loop back to ${next}` }
    if (hops.length > maxRedirects) return { hops, error: `more than ${maxRedirects} redirects` }
    if (hops.length > 0 && budget.remainingMs() <= 0) {
      return {
        hops,
        error: `stopped before ${next}: a URL gets ${budget.totalMs} ms (timeout x attempts) for all its redirects`
      }
    }
    seen.add(next)
    let response: ObservedResponse
    try {
      response = await fetchOnce(next, settings)
    } catch (error) {
      // A cancel is the run's, not the site's: it ends the whole verification.
      if (error instanceof CancelledError) throw error
      return { hops, error: errorMessage(error) }
    }
    hops.push(response)
    next = redirectTarget(response)
  }
  return { hops }
}

/** The absolute URL a 3xx answer points to, if any. */
export function redirectTarget(response: ObservedResponse): string | undefined {
  if (response.status < 300 || response.status > 399) return undefined
  const location = response.headers.location?.[0]
  if (!location) return undefined
  try {
    return new URL(location, response.url).href
  } catch {
    return undefined
  }
}
