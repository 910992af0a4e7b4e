// The bundled action as the runner starts it: time from spawning `node dist/index.js` (under
// the runner's node24 when runtimes/ is installed) to its first AWS request, against a bare
// Node process that sends one HTTP request, spawned alternately in the same run. Plus the
// size of each bundle.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { bundleBytes } from '../scripts/chunk-graph.js'
import type { Benchmark, BenchRow } from './types.js'

const ROUNDS = 5
const node24 = resolve('runtimes/node_modules/node24/bin/node')
const nodeBinary = existsSync(node24) ? node24 : process.execPath

/** A server that notes when the first request arrives and answers every request with a 500. */
async function firstRequestClock(): Promise<{
  url: string
  next(): Promise<number>
  close(): Promise<void>
}> {
  let waiting: ((at: number) => void) | undefined
  const server = http.createServer((req, res) => {
    waiting?.(performance.now())
    waiting = undefined
    req.resume()
    res.writeHead(500, { 'content-type': 'text/plain' }).end('bench')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    next: () => new Promise<number>((done) => (waiting = done)),
    close: () => new Promise<void>((done) => server.close(() => done()))
  }
}

async function timeToFirstRequest(
  args: string[],
  env: NodeJS.ProcessEnv,
  clock: Awaited<ReturnType<typeof firstRequestClock>>
): Promise<number> {
  const arrived = clock.next()
  const started = performance.now()
  const child = spawn(nodeBinary, args, { env, stdio: 'ignore' })
  const at = await arrived
  child.kill('SIGKILL')
  await new Promise((done) => child.on('close', done))
  return at - started
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

const bench: Benchmark = async () => {
  const clock = await firstRequestClock()
  const workspace = mkdtempSync(join(tmpdir(), 'headerguard-bench-'))
  mkdirSync(join(workspace, '.github'))
  copyFileSync('examples/static-site.yml', join(workspace, '.github', 'security-headers.yml'))
  const event = join(workspace, 'event.json')
  writeFileSync(event, '{}')
  const actionEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    INPUT_MODE: 'deploy',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_MAX_ATTEMPTS: '1',
    AWS_ENDPOINT_URL_CLOUDFRONT: clock.url,
    AWS_ENDPOINT_URL_LAMBDA: clock.url,
    AWS_ENDPOINT_URL_IAM: clock.url
  }
  const bare = `require('http').get(${JSON.stringify(clock.url)}).on('error', () => {})`
  const ours: number[] = []
  const baseline: number[] = []
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate the order so neither side always runs on a warmer machine.
      if (round % 2 === 0) {
        ours.push(await timeToFirstRequest([resolve('dist/index.js')], actionEnv, clock))
        baseline.push(await timeToFirstRequest(['-e', bare], { PATH: process.env.PATH }, clock))
      } else {
        baseline.push(await timeToFirstRequest(['-e', bare], { PATH: process.env.PATH }, clock))
        ours.push(await timeToFirstRequest([resolve('dist/index.js')], actionEnv, clock))
      }
    }
  } finally {
    await clock.close()
  }
  const o = median(ours)
  const b = median(baseline)
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`
  const action = bundleBytes('dist')
  const cli = bundleBytes('dist/cli')
  const rows: BenchRow[] = [
    {
      figure: `action cold start to first AWS request (node ${nodeBinary === node24 ? '24' : process.version}, median of ${ROUNDS})`,
      ours: `${o.toFixed(0)} ms`,
      baseline: `${b.toFixed(0)} ms bare node`,
      ratio: (o / b).toFixed(2)
    },
    {
      figure: 'bundle size: dist/index.js + chunks (action), browser driver apart',
      ours: kib(action.rest),
      baseline: '2048 KiB goal',
      ratio: (action.rest / 2 ** 21).toFixed(2)
    },
    {
      figure: 'bundle size: dist/cli/ (CLI, emulator included), browser driver apart',
      ours: kib(cli.rest),
      baseline: '3072 KiB goal',
      ratio: (cli.rest / (3 * 2 ** 20)).toFixed(2)
    },
    {
      figure: 'bundle size: the browser driver (CSP preview only), in each bundle',
      ours: kib(action.browserDriver),
      baseline: '-',
      ratio: '-'
    }
  ]
  return rows
}

export default bench
