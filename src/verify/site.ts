// verifySite: fetch every URL to verify, judge each response, classify failures the deploy has
// not reached yet, grade each site. Fetching is the only I/O; the judgment is check.ts.
import { randomBytes } from 'node:crypto'
import type { ResolvedPolicy } from '../policy/types.js'
import { classifyFindings } from './cache.js'
import { cspAdviceJudge } from './csp-advice.js'
import { hstsRule, judgeHttpRedirect, judgeResponse } from './check.js'
import {
  type Chain,
  cancellableTransport,
  fetchChain,
  type FetchSettings,
  fetchTransport,
  nodeTransport,
  redirectTarget
} from './fetch.js'
import { gradeSite, type ObservatoryGrade, weakest } from './grade.js'
import { mapLimitPerKey } from '../pool.js'
import { judgePreload } from './preload.js'
import { totalsOf, uncheckedUrls } from './totals.js'
import type {
  Finding,
  ObservedResponse,
  TargetKind,
  UrlResult,
  VerifyOptions,
  VerifyReport
} from './types.js'

export const DEFAULTS = {
  /**
   * Requests in flight to one host, chosen from the concurrency sweep of `npm run bench`
   * (200 URLs at 20 ms latency on a 2-core machine): 8 leaves much of the speed unused, and
   * past 16 the gain depends on the machine's spare CPU more than on the site.
   */
  concurrency: 16,
  /** Requests in flight over all hosts at once (several base URLs). */
  totalConcurrency: 64,
  timeoutMs: 10_000,
  retries: 2,
  propagationWindowMs: 15 * 60_000
}

/** The most requests to one host a run may have in flight, whatever it asks for. */
export const MAX_CONCURRENCY = 64

/** scheme://host:port: what one keep-alive pool of sockets, and one concurrency limit, is for. */
function originOf(url: string): string {
  return new URL(url).origin
}

interface Target {
  url: string
  kind: Exclude<TargetKind, 'redirect-hop'>
  base: string
  /** For cache-bust targets: the URL they stand in for. */
  of?: string
}

/** `base` + `path`, keeping any path prefix of the base (`https://x/app/` + `/a` = `https://x/app/a`). */
export function joinUrl(base: string, path: string): string {
  const trimmed = base.replace(/\/+$/, '')
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`
}

/**
 * What a URL to verify stands for. One whose path ends in `/` (a bare origin included) is a
 * folder: the verify paths and the 404 probe go under it. Any other (`https://x/index.html`,
 * `https://x/?q=1`) names a page, which is fetched exactly as given; the verify paths and the
 * 404 probe then go under its origin, never under the page.
 */
export function urlRoles(url: string): { page?: string; folder: string } {
  const u = new URL(url)
  u.hash = ''
  if (u.pathname.endsWith('/') && u.search === '') return { folder: u.href }
  // Resolved, not rebuilt from `origin`, so credentials in the URL stay with it.
  return { page: u.href, folder: new URL('/', u).href }
}

function withQuery(url: string, key: string, value: string): string {
  const u = new URL(url)
  u.searchParams.set(key, value)
  return u.href
}

function toHttp(url: string): string {
  return url.replace(/^https:/i, 'http:')
}

/**
 * Every URL one run fetches, without repeats. `paths` are the policy's (or the caller's)
 * verify paths; without any, a folder URL is fetched itself and a page URL alone.
 */
export function planTargets(
  bases: readonly string[],
  paths: readonly string[],
  runId: string,
  cacheBust: boolean
): Target[] {
  const targets: Target[] = []
  const seen = new Set<string>()
  const add = (t: Target) => {
    if (seen.has(t.url)) return
    seen.add(t.url)
    targets.push(t)
  }
  for (const base of bases) {
    const { page, folder } = urlRoles(base)
    const under = paths.length > 0 ? paths : page ? [] : ['/']
    const pages = [...(page ? [page] : []), ...under.map((p) => joinUrl(folder, p))]
    for (const url of pages) add({ url, kind: 'page', base })
    add({ url: joinUrl(folder, `/headerguard-404-${runId}`), kind: 'not-found', base })
    if (cacheBust) {
      for (const url of pages)
        add({ url: withQuery(url, 'headerguard', runId), kind: 'cache-bust', base, of: url })
    }
    // Always fetched for an https site: the grade needs the redirect; the policy needs it when HSTS is set.
    if (/^https:/i.test(base) && pages[0])
      add({ url: toHttp(pages[0]), kind: 'http-redirect', base })
  }
  return targets
}

interface Fetched {
  target: Target
  chain: Chain
}

function hopResults(
  fetched: Fetched,
  judge: (hop: ObservedResponse, index: number) => Finding[]
): UrlResult[] {
  const { target, chain } = fetched
  const results: UrlResult[] = chain.hops.map((hop, index) => {
    const result: UrlResult = {
      url: hop.url,
      status: hop.status,
      findings: judge(hop, index),
      kind: index === 0 ? target.kind : 'redirect-hop',
      requestedUrl: target.url,
      cache: hop.cache,
      elapsedMs: hop.elapsedMs
    }
    const next = redirectTarget(hop)
    if (next !== undefined) result.redirectTo = next
    return result
  })
  if (chain.error !== undefined) {
    const last = results.at(-1)
    if (last) last.error = chain.error
    else
      results.push({
        url: target.url,
        status: null,
        findings: [],
        kind: target.kind,
        requestedUrl: target.url,
        error: chain.error
      })
  }
  return results
}

function httpRedirectResult(
  policy: ResolvedPolicy,
  fetched: Fetched,
  pageUri: string
): UrlResult | undefined {
  const rule = hstsRule(policy, pageUri)
  if (!rule) return undefined
  const { target, chain } = fetched
  const first = chain.hops[0]
  const finding = judgeHttpRedirect(
    rule,
    target.url,
    first,
    first ? redirectTarget(first) : undefined
  )
  const result: UrlResult = {
    url: target.url,
    status: first?.status ?? null,
    findings: [finding],
    kind: 'http-redirect',
    requestedUrl: target.url
  }
  if (first) {
    result.cache = first.cache
    result.elapsedMs = first.elapsedMs
    const next = redirectTarget(first)
    if (next) result.redirectTo = next
  }
  return result
}

/** HSTS preload readiness of a base's first https:// page, on that page's result. */
function addPreloadFindings(
  policy: ResolvedPolicy,
  base: string,
  fetched: readonly Fetched[],
  results: UrlResult[]
): void {
  const mine = fetched.filter((f) => f.target.base === base)
  const page = mine.find((f) => f.target.kind === 'page' && /^https:/i.test(f.target.url))
  const result = results.find((r) => r.kind === 'page' && r.requestedUrl === page?.target.url)
  if (!page || !result) return
  const https = page.chain.hops
  // The https:// landing of the http:// redirect is the page itself (as previewed in plan).
  const http = mine
    .find((f) => f.target.kind === 'http-redirect')
    ?.chain.hops.map((hop) => (hop.url === https[0]?.url ? https[0] : hop))
  const rule = hstsRule(policy, new URL(page.target.url).pathname)
  result.findings.push(...judgePreload({ rule, https, http }))
}

function isGradable(response: ObservedResponse | undefined): response is ObservedResponse {
  // The Observatory grades 2xx answers, and 401/403 since its 1.3.0.
  return (
    response !== undefined &&
    ((response.status >= 200 && response.status < 300) ||
      response.status === 401 ||
      response.status === 403)
  )
}

function gradeBase(base: string, fetched: Fetched[]): ObservatoryGrade | undefined {
  const mine = fetched.filter((f) => f.target.base === base)
  const page = mine.find((f) => f.target.kind === 'page')
  const auto = page?.chain.hops.at(-1)
  if (!page || !isGradable(auto)) return undefined
  const httpVariant = mine.find((f) => f.target.kind === 'http-redirect')
  const httpChain = /^http:/i.test(base) ? page.chain.hops : httpVariant?.chain.hops
  return gradeSite({
    url: base,
    auto,
    https: /^https:/i.test(auto.url) ? auto : undefined,
    httpChain: httpChain && httpChain.length > 0 ? httpChain : undefined,
    all: mine.flatMap((f) => f.chain.hops)
  })
}

/**
 * Fetches every base URL × path (plus a path that must not exist, the http:// variant of an
 * https site, and cache-busting variants when asked), judges every response against the
 * policy, classifies failures the deploy has not reached yet, and grades each site.
 */
export async function verifySite(
  policy: ResolvedPolicy,
  options: VerifyOptions
): Promise<VerifyReport> {
  const now = options.now ?? Date.now
  const started = now()
  const runId = options.runId ?? randomBytes(4).toString('hex')
  const paths = options.paths ?? policy.verify.paths
  const concurrency = Math.min(
    MAX_CONCURRENCY,
    Math.max(1, Math.floor(options.concurrency ?? DEFAULTS.concurrency))
  )
  const total = Math.max(concurrency, DEFAULTS.totalConcurrency)
  const node = options.fetch ? undefined : nodeTransport(concurrency, total)
  const transport = options.fetch
    ? fetchTransport(options.fetch)
    : (node as NonNullable<typeof node>)
  const settings: FetchSettings = {
    transport: options.signal ? cancellableTransport(transport, options.signal) : transport,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    retries: options.retries ?? DEFAULTS.retries,
    now
  }
  const targets = planTargets(options.urls, paths, runId, options.cacheBust === true)
  let fetched: Fetched[]
  try {
    const limits = { perKey: concurrency, total, keyOf: (t: Target) => originOf(t.url) }
    fetched = await mapLimitPerKey(targets, limits, async (target) => ({
      target,
      chain: await fetchChain(target.url, settings)
    }))
  } finally {
    node?.close()
  }

  const preview = options.preview
  if (preview) {
    for (const f of fetched) {
      if (f.target.kind === 'http-redirect') continue
      for (const hop of f.chain.hops) {
        const after = await preview(
          new URL(hop.url).pathname,
          { status: hop.status, headers: hop.headers },
          hop.url
        )
        hop.status = after.status
        hop.headers = Object.assign(Object.create(null) as Record<string, string[]>, after.headers)
      }
    }
  }

  const judgedHops = fetched.filter((f) => f.target.kind !== 'http-redirect')
  const advice = await cspAdviceJudge(
    policy,
    judgedHops.flatMap((f) => f.chain.hops)
  )
  const judged = new Map<string, Finding[][]>()
  const judgeChain = (f: Fetched) => f.chain.hops.map((hop) => judgeResponse(policy, hop, advice))
  for (const f of judgedHops) judged.set(f.target.url, judgeChain(f))
  const bustedFor = new Map(
    fetched
      .filter((f) => f.target.kind === 'cache-bust')
      .map((f) => [f.target.of as string, f.target.url])
  )

  const results: UrlResult[] = []
  for (const f of fetched) {
    if (f.target.kind === 'http-redirect') {
      const firstPage = fetched.find(
        (p) => p.target.base === f.target.base && p.target.kind === 'page'
      )
      const uri = firstPage ? new URL(firstPage.target.url).pathname : '/'
      const result = httpRedirectResult(policy, f, uri)
      if (result) results.push(result)
      continue
    }
    const own = judged.get(f.target.url) ?? []
    const busted = bustedFor.has(f.target.url)
      ? judged.get(bustedFor.get(f.target.url) as string)
      : undefined
    results.push(
      ...hopResults(f, (hop, index) =>
        classifyFindings(hop, own[index] ?? [], {
          deployedAt: options.deployedAt,
          bustedFindings: busted?.[index],
          now: now(),
          propagationWindowMs: options.propagationWindowMs ?? DEFAULTS.propagationWindowMs
        })
      )
    )
  }

  for (const base of options.urls) addPreloadFindings(policy, base, fetched, results)

  const grades = options.urls
    .map((base) => gradeBase(base, fetched))
    .filter((g): g is ObservatoryGrade => g !== undefined)
  const worst = weakest(grades)
  const totals = totalsOf(results)
  const requested = results.filter((r) => r.kind !== 'http-redirect')
  const unreachable = requested.length > 0 && requested.every((r) => r.status === null)
  const unchecked = uncheckedUrls(results)
  return {
    status: totals.errors > 0 || unchecked.length > 0 ? 'fail' : 'pass',
    grade: worst?.grade ?? null,
    score: worst?.score ?? null,
    results,
    observatory: grades,
    totals,
    unreachable,
    unchecked,
    startedAt: new Date(started).toISOString(),
    durationMs: now() - started
  }
}
