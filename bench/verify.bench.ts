// verifySite over 200 URLs on a loopback site answering after 20 ms each: the default
// concurrency per host against sequential fetching (concurrency 1), in the same process run,
// a sweep of other concurrencies (what the default was chosen from), and the memory the run
// holds (RSS and heap growth across it).
import { spawn } from 'node:child_process'
import type { ResolvedPolicy } from '../src/policy/types.js'
import { DEFAULTS, verifySite } from '../src/verify/site.js'
import { median } from './median.js'
import type { Benchmark } from './types.js'

const URLS = 200
const LATENCY_MS = 20
const SWEEP = [4, 8, 16, 32, 64]
const ROUNDS = 3
const HEADERS = {
  'content-type': 'text/html',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'content-security-policy': "default-src 'self'; object-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY'
}

const pos = { file: 'bench.yml', line: 1, col: 1 }
const policy: ResolvedPolicy = {
  version: 1,
  file: 'bench.yml',
  extends: 'none',
  cloudfront: {
    distributions: [],
    behaviors: { kind: 'default' },
    replaceForeignAssociation: false
  },
  lambda: { runtime: 'nodejs22.x', memory: 128, timeout: 5 },
  defaults: {
    headers: Object.entries(HEADERS)
      .filter(([name]) => name !== 'content-type')
      .map(([name, value]) => ({ name, key: name, value, override: true, pos })),
    remove: [{ name: 'server', pos }]
  },
  paths: [],
  verify: { urls: [], paths: [], rules: [] },
  hash: 'bench'
}

/**
 * The site runs in its own process, as a real site does: its work does not share this
 * process's event loop with the client being measured. It prints its port, then serves.
 */
async function startSite(): Promise<{ url: string; close: () => Promise<void> }> {
  const source = `
    const http = require('node:http')
    const headers = ${JSON.stringify(HEADERS)}
    const server = http.createServer((_req, res) => {
      setTimeout(() => {
        res.writeHead(200, headers)
        res.end('<!doctype html><title>bench</title>')
      }, ${LATENCY_MS})
    })
    server.listen(0, '127.0.0.1', () => console.log(server.address().port))
  `
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject)
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        child.once('close', () => resolve())
        child.kill()
      })
  }
}

const paths = Array.from({ length: URLS - 1 }, (_, i) => `/page-${i}`) // + the 404 path = 200 URLs

async function timed(url: string, concurrency: number) {
  global.gc?.()
  const rss0 = process.memoryUsage().rss
  const heap0 = process.memoryUsage().heapUsed
  let peakRss = rss0
  let peakHeap = heap0
  const sampler = setInterval(() => {
    const m = process.memoryUsage()
    peakRss = Math.max(peakRss, m.rss)
    peakHeap = Math.max(peakHeap, m.heapUsed)
  }, 5)
  const started = performance.now()
  const report = await verifySite(policy, { urls: [url], paths, concurrency, runId: 'bench' })
  const ms = performance.now() - started
  clearInterval(sampler)
  if (report.results.length !== URLS)
    throw new Error(`expected ${URLS} results, got ${report.results.length}`)
  return { ms, rssMb: (peakRss - rss0) / 2 ** 20, heapMb: (peakHeap - heap0) / 2 ** 20 }
}

const bench: Benchmark = async () => {
  const site = await startSite()
  try {
    await timed(site.url, DEFAULTS.concurrency) // warm-up: JIT, sockets
    const concurrencies = [1, ...new Set([DEFAULTS.concurrency, ...SWEEP])]
    const runs = new Map<number, Array<Awaited<ReturnType<typeof timed>>>>()
    // Rounds of every concurrency in turn, so each one sees the same machine load.
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of round % 2 === 0 ? concurrencies : [...concurrencies].reverse()) {
        runs.set(c, [...(runs.get(c) ?? []), await timed(site.url, c)])
      }
    }
    const ms = (c: number) => median(runs.get(c)!.map((r) => r.ms))
    const sequential = ms(1)
    const parallel = ms(DEFAULTS.concurrency)
    const memory = (c: number) => {
      const r = runs.get(c)!
      return `RSS +${median(r.map((x) => x.rssMb)).toFixed(1)} MB, heap +${median(r.map((x) => x.heapMb)).toFixed(1)} MB`
    }
    const speedups = runs.get(DEFAULTS.concurrency)!.map((r, i) => runs.get(1)![i]!.ms / r.ms)
    const sweep = SWEEP.map((c) => `${c}: ${(sequential / ms(c)).toFixed(1)}x`).join(', ')
    const ratio = sequential / parallel
    return [
      {
        figure: `verify: ${URLS} URLs, ${LATENCY_MS} ms latency, default concurrency ${DEFAULTS.concurrency} per host vs sequential (target >= 8x: ${ratio >= 8 ? 'met' : 'MISSED'}; median of ${ROUNDS}, range ${Math.min(...speedups).toFixed(1)}-${Math.max(...speedups).toFixed(1)}x)`,
        ours: `${parallel.toFixed(0)} ms`,
        baseline: `${sequential.toFixed(0)} ms`,
        ratio: `${ratio.toFixed(1)}x faster`
      },
      {
        figure: `verify: speed-up by concurrency per host (${sweep})`,
        ours: '-',
        baseline: '-',
        ratio: '-'
      },
      {
        figure: `verify: peak memory growth during the run (concurrency ${DEFAULTS.concurrency} vs 1)`,
        ours: memory(DEFAULTS.concurrency),
        baseline: memory(1),
        ratio: '-'
      }
    ]
  } finally {
    await site.close()
  }
}

export default bench
