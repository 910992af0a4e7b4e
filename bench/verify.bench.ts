// verifySite over 200 URLs on a loopback site answering after 20 ms each: the default
// concurrency (8) against sequential fetching (concurrency 1), in the same process run, plus
// the memory the run holds (RSS and heap growth across it).
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ResolvedPolicy } from '../src/policy/types.js'
import { verifySite } from '../src/verify/site.js'
import type { Benchmark } from './types.js'

const URLS = 200
const LATENCY_MS = 20
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

async function startSite(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    setTimeout(() => {
      res.writeHead(200, HEADERS)
      res.end('<!doctype html><title>bench</title>')
    }, LATENCY_MS)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
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
    await timed(site.url, 8) // warm-up: JIT, sockets
    const parallel = await timed(site.url, 8)
    const sequential = await timed(site.url, 1)
    const line = `verify ${URLS} URLs @${LATENCY_MS} ms: concurrency 8 ${parallel.ms.toFixed(0)} ms vs 1 ${sequential.ms.toFixed(0)} ms = ${(sequential.ms / parallel.ms).toFixed(1)}x; peak RSS +${parallel.rssMb.toFixed(1)} MB, heap +${parallel.heapMb.toFixed(1)} MB`
    process.stderr.write(`${line}\n`)
    return [
      {
        figure: `verify: ${URLS} URLs, ${LATENCY_MS} ms latency (wall time; baseline = sequential)`,
        ours: `${parallel.ms.toFixed(0)} ms`,
        baseline: `${sequential.ms.toFixed(0)} ms`,
        ratio: `${(sequential.ms / parallel.ms).toFixed(1)}x faster`
      },
      {
        figure: 'verify: peak memory growth during the run (concurrency 8 vs 1)',
        ours: `RSS +${parallel.rssMb.toFixed(1)} MB, heap +${parallel.heapMb.toFixed(1)} MB`,
        baseline: `RSS +${sequential.rssMb.toFixed(1)} MB, heap +${sequential.heapMb.toFixed(1)} MB`,
        ratio: '-'
      }
    ]
  } finally {
    await site.close()
  }
}

export default bench
