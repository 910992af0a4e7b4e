// The edge function against the classic hand-written AWS sample ("Adding HTTP security headers",
// the six headers), both loaded from zips the same way, timed on the same pre-built events in
// interleaved rounds. Reported: medians of the per-round figures.
import { performance } from 'node:perf_hooks'
import v8 from 'node:v8'
import vm from 'node:vm'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { strToU8, zipSync } from 'fflate'
import type { CloudFrontResponseEvent } from '../src/edge-runtime/cloudfront-event.js'
import { buildEdgePackage } from '../src/compile/package.js'
import { type EdgeHandler, importEdgeHandler } from '../src/edge-runtime/runner.js'
import { globToRegExpSource } from '../src/headers/match.js'
import type { Condition, HeaderRule, ResolvedPolicy } from '../src/policy/types.js'
import { median } from './median.js'
import type { Benchmark, BenchRow } from './types.js'

const ROUNDS = 31
const EVENTS_PER_ROUND = 3000
const INIT_SAMPLES = 21

// Before each timed batch, two young-generation collections move the freshly built event
// copies out of the young generation: a handler that allocates then pays for its own garbage
// only, not for copying the batch. (A full collection would also drop the event maps and
// deoptimise both handlers every round, which measures the JIT instead of the handlers.)
v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as (options: { type: 'minor' }) => void

const BASELINE_SOURCE = `export const handler = async (event) => {
  const response = event.Records[0].cf.response
  const headers = response.headers
  headers['strict-transport-security'] = [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubdomains; preload' }]
  headers['content-security-policy'] = [{ key: 'Content-Security-Policy', value: "default-src 'none'; img-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'" }]
  headers['x-content-type-options'] = [{ key: 'X-Content-Type-Options', value: 'nosniff' }]
  headers['x-frame-options'] = [{ key: 'X-Frame-Options', value: 'DENY' }]
  headers['x-xss-protection'] = [{ key: 'X-XSS-Protection', value: '1; mode=block' }]
  headers['referrer-policy'] = [{ key: 'Referrer-Policy', value: 'same-origin' }]
  return response
}
`

// RICH (below) written by hand the way people write these functions, for scale: what the
// same behaviour costs without a compiler.
const HAND_RICH_SOURCE = `export const handler = async (event) => {
  const cf = event.Records[0].cf
  const response = cf.response
  const headers = response.headers
  const uri = cf.request.uri
  if (uri.startsWith('/embed/')) {
    delete headers.server
    headers['x-frame-options'] = [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }]
    return response
  }
  if (/^\\/assets\\/.*\\.js$/.test(uri)) {
    delete headers.server
    headers['cache-control'] = [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }]
    return response
  }
  delete headers.server
  delete headers['x-powered-by']
  for (const name of Object.keys(headers)) if (name.startsWith('x-amz-')) delete headers[name]
  headers['strict-transport-security'] = [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubdomains; preload' }]
  headers['x-content-type-options'] = [{ key: 'X-Content-Type-Options', value: 'nosniff' }]
  headers['x-frame-options'] = [{ key: 'X-Frame-Options', value: 'DENY' }]
  headers['x-xss-protection'] = [{ key: 'X-XSS-Protection', value: '1; mode=block' }]
  headers['referrer-policy'] = [{ key: 'Referrer-Policy', value: 'same-origin' }]
  const ct = headers['content-type']
  const type = ct && ct.length > 0 ? ct[0].value.split(';')[0].trim().toLowerCase() : ''
  headers['content-security-policy'] = [{ key: 'Content-Security-Policy', value: type === 'text/html' ? "default-src 'self'" : "default-src 'none'" }]
  const status = Number(response.status)
  if (status >= 400 && status <= 599) headers['cache-control'] = [{ key: 'Cache-Control', value: 'no-store' }]
  const pp = headers['permissions-policy']
  if (!pp || pp.length === 0) headers['permissions-policy'] = [{ key: 'Permissions-Policy', value: 'camera=(), microphone=()' }]
  return response
}
`

const pos = { file: 'bench.yml', line: 1, col: 1 }
const rule = (key: string, value: string, override = true, when?: Condition): HeaderRule => ({
  name: key.toLowerCase(),
  key,
  value,
  override,
  ...(when ? { when } : {}),
  pos
})

const SIX: HeaderRule[] = [
  rule('Strict-Transport-Security', 'max-age=63072000; includeSubdomains; preload'),
  rule(
    'Content-Security-Policy',
    "default-src 'none'; img-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'"
  ),
  rule('X-Content-Type-Options', 'nosniff'),
  rule('X-Frame-Options', 'DENY'),
  rule('X-XSS-Protection', '1; mode=block'),
  rule('Referrer-Policy', 'same-origin')
]

function policyOf(
  defaults: ResolvedPolicy['defaults'],
  paths: ResolvedPolicy['paths'] = []
): ResolvedPolicy {
  return {
    version: 1,
    file: 'bench.yml',
    extends: 'none',
    cloudfront: {
      distributions: [],
      behaviors: { kind: 'default' },
      replaceForeignAssociation: false
    },
    lambda: { runtime: 'nodejs22.x', memory: 128, timeout: 5 },
    defaults,
    paths,
    verify: { urls: [], paths: [], rules: [] },
    hash: '0'.repeat(64)
  }
}

const path = (match: string, headers: HeaderRule[]) => ({
  match,
  pattern: globToRegExpSource(match),
  headers,
  remove: [{ name: 'server', pos }],
  pos
})

/** Paths (a prefix and a glob), conditions on type and status, exact and prefix removal. */
const RICH = policyOf(
  {
    headers: [
      ...SIX.filter((h) => h.name !== 'content-security-policy'),
      rule('Content-Security-Policy', "default-src 'self'", true, { contentTypes: ['text/html'] }),
      rule('Content-Security-Policy', "default-src 'none'"),
      rule('Cache-Control', 'no-store', true, { statuses: [[400, 599]] }),
      rule('Permissions-Policy', 'camera=(), microphone=()', false)
    ],
    remove: ['server', 'x-powered-by', 'x-amz-*'].map((name) => ({ name, pos }))
  },
  [
    path('/embed/*', [rule('X-Frame-Options', 'SAMEORIGIN')]),
    path('/assets/*.js', [rule('Cache-Control', 'public, max-age=31536000, immutable')])
  ]
)

/** The event fixtures as JSON text. */
function fixtures(): string[] {
  const dir = fileURLToPath(new URL('../edge/fixtures/', import.meta.url))
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.stringify(JSON.parse(readFileSync(dir + f, 'utf8'))))
}

/**
 * Fresh event copies, made outside the timed region (the handlers mutate what they get), by
 * JSON.parse as the Lambda runtime makes the event it passes to a handler.
 */
function copies(events: string[]): CloudFrontResponseEvent[] {
  return Array.from(
    { length: EVENTS_PER_ROUND },
    (_, i) => JSON.parse(events[i % events.length]!) as CloudFrontResponseEvent
  )
}

async function timeRound(handler: EdgeHandler, batch: CloudFrontResponseEvent[]): Promise<number> {
  gc({ type: 'minor' })
  gc({ type: 'minor' })
  const start = performance.now()
  for (let i = 0; i < batch.length; i++) await handler(batch[i]!)
  return ((performance.now() - start) * 1e6) / batch.length
}

/** The two handlers must agree on every fixture, or the comparison means nothing. */
async function expectSameResponses(
  a: EdgeHandler,
  b: EdgeHandler,
  events: string[]
): Promise<void> {
  for (const text of events) {
    const left: unknown = JSON.parse(
      JSON.stringify(await a(JSON.parse(text) as CloudFrontResponseEvent))
    )
    const right: unknown = JSON.parse(
      JSON.stringify(await b(JSON.parse(text) as CloudFrontResponseEvent))
    )
    if (!isDeepStrictEqual(left, right))
      throw new Error(`the hand-written handler disagrees on ${text.slice(0, 200)}`)
  }
}

/** Median ns per invocation of each, and the median of the per-round ratios. */
async function compare(ours: EdgeHandler, baseline: EdgeHandler, events: string[]) {
  // Warm-up: let both reach optimised code before anything counts.
  for (let i = 0; i < 3; i++) {
    await timeRound(ours, copies(events))
    await timeRound(baseline, copies(events))
  }
  const oursNs: number[] = []
  const baseNs: number[] = []
  const ratios: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const a = copies(events)
    const b = copies(events)
    let o: number
    let base: number
    if (round % 2 === 0) {
      o = await timeRound(ours, a)
      base = await timeRound(baseline, b)
    } else {
      base = await timeRound(baseline, b)
      o = await timeRound(ours, a)
    }
    oursNs.push(o)
    baseNs.push(base)
    ratios.push(o / base)
  }
  return { ours: median(oursNs), baseline: median(baseNs), ratio: median(ratios) }
}

async function initTimes(zip: Uint8Array, baselineZip: Uint8Array) {
  const ours: number[] = []
  const base: number[] = []
  await importEdgeHandler(zip, { fresh: true })
  await importEdgeHandler(baselineZip, { fresh: true })
  for (let i = 0; i < INIT_SAMPLES; i++) {
    ours.push((await importEdgeHandler(zip, { fresh: true })).initMs)
    base.push((await importEdgeHandler(baselineZip, { fresh: true })).initMs)
  }
  return { ours: median(ours), baseline: median(base) }
}

const ns = (n: number) => `${n.toFixed(0)} ns`
const ms = (n: number) => `${n.toFixed(2)} ms`
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED')

const bench: Benchmark = async () => {
  const events = fixtures()
  const baselineZip = zipSync({ 'index.mjs': strToU8(BASELINE_SOURCE) }, { level: 9 })
  const six = buildEdgePackage(policyOf({ headers: SIX, remove: [] }))
  const rich = buildEdgePackage(RICH)
  const baseline = (await importEdgeHandler(baselineZip)).handler
  const sixHandler = (await importEdgeHandler(six.zip)).handler
  const richHandler = (await importEdgeHandler(rich.zip)).handler
  const handZip = zipSync({ 'index.mjs': strToU8(HAND_RICH_SOURCE) }, { level: 9 })
  const handRich = (await importEdgeHandler(handZip)).handler
  await expectSameResponses(richHandler, handRich, events)

  const same = await compare(sixHandler, baseline, events)
  const more = await compare(richHandler, baseline, events)
  const vsHand = await compare(richHandler, handRich, events)
  const init = await initTimes(rich.zip, baselineZip)
  const rows: BenchRow[] = [
    {
      figure: `edge: per invocation, same six headers (goal <= 0.6: ${verdict(same.ratio <= 0.6)})`,
      ours: ns(same.ours),
      baseline: ns(same.baseline),
      ratio: same.ratio.toFixed(2)
    },
    {
      figure: `edge: per invocation, paths + conditions + remove (target <= 1.5: ${verdict(more.ratio <= 1.5)})`,
      ours: ns(more.ours),
      baseline: ns(more.baseline),
      ratio: more.ratio.toFixed(2)
    },
    {
      figure: 'edge: per invocation, that policy vs the same written by hand (for scale)',
      ours: ns(vsHand.ours),
      baseline: ns(vsHand.baseline),
      ratio: vsHand.ratio.toFixed(2)
    },
    {
      figure: `edge: module init, rich policy (target < 2 ms: ${verdict(init.ours < 2)})`,
      ours: ms(init.ours),
      baseline: ms(init.baseline),
      ratio: (init.ours / init.baseline).toFixed(2)
    },
    {
      figure: `edge: zip size, rich policy (target < 8 KB: ${verdict(rich.zip.byteLength < 8192)})`,
      ours: `${rich.zip.byteLength} B`,
      baseline: `${baselineZip.byteLength} B`,
      ratio: (rich.zip.byteLength / baselineZip.byteLength).toFixed(2)
    }
  ]
  return rows
}

export default bench
