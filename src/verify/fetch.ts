// How verify talks HTTP: one GET per URL, redirects followed by hand so every hop is recorded,
// retries on connection errors only, a per-request timeout. The default transport is Node's
// http/https module because it keeps repeated header instances apart (`rawHeaders`); `fetch`
// folds them into one comma-joined value, which hides duplicated security headers.
import http from 'node:http'
import https from 'node:https'
import { errorMessage } from '../errors.js'
import { cacheFacts } from './cache.js'
import type { FetchLike, ObservedResponse } from './types.js'

/** What a transport returns: the status line and every header instance. */
export interface RawResponse {
  status: number
  statusText: string
  /** [name, value] pairs in wire order; names in any case. */
  headers: Array<[string, string]>
}

export type Transport = (url: string, timeoutMs: number) => Promise<RawResponse>

/** A transport error that may succeed on retry (refused, reset, timed out). */
export class ConnectionError extends Error {}

const REQUEST_HEADERS = {
  'user-agent': 'headerguard (security-header verifier)',
  accept: 'text/html,application/xhtml+xml,*/*;q=0.8'
}

/** Node http/https with keep-alive agents shared by every request of one verify run. */
export function nodeTransport(maxSockets: number): Transport & { close(): void } {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets }),
    'https:': new https.Agent({ keepAlive: true, maxSockets })
  }
  const transport = (url: string, timeoutMs: number): Promise<RawResponse> =>
    new Promise((resolve, reject) => {
      const target = new URL(url)
      const mod = target.protocol === 'https:' ? https : http
      const agent = target.protocol === 'https:' ? agents['https:'] : agents['http:']
      const req = mod.request(target, { method: 'GET', agent, headers: REQUEST_HEADERS }, (res) => {
        clearTimeout(timer)
        const headers: Array<[string, string]> = []
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
          headers.push([res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string])
        }
        // Only headers matter: drain the body so the socket goes back to the pool.
        res.on('error', () => undefined)
        res.resume()
        resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers })
      })
      const timer = setTimeout(() => {
        req.destroy(new ConnectionError(`no response within ${timeoutMs} ms`))
      }, timeoutMs)
      req.on('error', (error) => {
        clearTimeout(timer)
        reject(error instanceof ConnectionError ? error : new ConnectionError(errorMessage(error)))
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
      throw new ConnectionError(errorMessage(error))
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
  timeoutMs: number
  retries: number
  now: () => number
}

/** One GET, retried on connection errors only. Throws ConnectionError after the last attempt. */
export async function fetchOnce(url: string, settings: FetchSettings): Promise<ObservedResponse> {
  let lastError: unknown
  for (let attempt = 0; attempt <= settings.retries; attempt++) {
    const started = settings.now()
    try {
      const raw = await settings.transport(url, settings.timeoutMs)
      const receivedAt = settings.now()
      return observe(url, raw, receivedAt, receivedAt - started)
    } catch (error) {
      if (!(error instanceof ConnectionError)) throw error
      lastError = error
    }
  }
  const tries = settings.retries + 1
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
  let next: string | undefined = url
  while (next !== undefined) {
    if (seen.has(next)) return { hops, error: `redirect loop back to ${next}` }
    if (hops.length > maxRedirects) return { hops, error: `more than ${maxRedirects} redirects` }
    seen.add(next)
    let response: ObservedResponse
    try {
      response = await fetchOnce(next, settings)
    } catch (error) {
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
