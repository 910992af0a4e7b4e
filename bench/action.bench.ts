// The bundled action as the runner starts it (under the runner's node24 when runtimes/ is
// installed): from spawning `node dist/index.js` to its exit on a missing policy (against
// `node -e 0`) and to its first AWS request (against a bare Node process that sends one HTTP
// request, and beside the floor: a script that only sends one SDK command), spawned alternately
// in the same run. Plus the size of each bundle, the browser driver apart.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { bundleBytes } from '../scripts/chunk-graph.js'
import { median } from './median.js'
import type { Benchmark, BenchRow } from './types.js'

const ROUNDS = 7
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

/** Time from spawning the process to its exit. */
async function timeToExit(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now()
  const child = spawn(nodeBinary, args, { env, stdio: 'ignore' })
  await new Promise((done) => child.on('close', done))
  return performance.now() - started
}

/**
 * The floor of any action that talks to AWS through the SDK: a script that only imports the
 * CloudFront client and sends one command, bundled and minified like dist/ (esbuild, at bench
 * time).
 */
async function sdkOnlyScript(dir: string): Promise<string> {
  const { build } = await import('esbuild')
  const entry = join(dir, 'sdk-only.mjs')
  writeFileSync(
    entry,
    [
      "import { CloudFrontClient, GetDistributionConfigCommand } from '@aws-sdk/client-cloudfront'",
      "new CloudFrontClient({}).send(new GetDistributionConfigCommand({ Id: 'E1' })).catch(() => {})"
    ].join('\n')
  )
  const out = join(dir, 'sdk-only.bundle.mjs')
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    nodePaths: [resolve('node_modules')],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
    },
    logLevel: 'silent'
  })
  return out
}

const bench: Benchmark = async () => {
  const clock = await firstRequestClock()
  const workspace = mkdtempSync(join(tmpdir(), 'headerguard-bench-'))
  mkdirSync(join(workspace, '.github'))
  copyFileSync('examples/static-site.yml', join(workspace, '.github', 'security-headers.yml'))
  const event = join(workspace, 'event.json')
  writeFileSync(event, '{}')
  const runner: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event
  }
  const actionEnv: NodeJS.ProcessEnv = {
    ...runner,
    GITHUB_WORKSPACE: workspace,
    INPUT_MODE: 'deploy',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_MAX_ATTEMPTS: '1',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_CLOUDFRONT: clock.url,
    AWS_ENDPOINT_URL_LAMBDA: clock.url,
    AWS_ENDPOINT_URL_IAM: clock.url
  }
  // A workspace without a policy file: the run fails at once, as a misconfigured repo does.
  const emptyWorkspace = mkdtempSync(join(tmpdir(), 'headerguard-bench-empty-'))
  const missingEnv: NodeJS.ProcessEnv = { ...runner, GITHUB_WORKSPACE: emptyWorkspace }
  const sdkOnly = await sdkOnlyScript(workspace)
  const bare = `require('http').get(${JSON.stringify(clock.url)}).on('error', () => {})`
  const action = resolve('dist/index.js')
  const times = { missing: [] as number[], bareExit: [] as number[], aws: [] as number[] }
  const more = { bareRequest: [] as number[], sdk: [] as number[] }
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Each figure and its baseline side by side; the order alternates so neither side always
      // runs on a warmer machine.
      const pairs: [number[], () => Promise<number>][] = [
        [times.missing, () => timeToExit([action], missingEnv)],
        [times.bareExit, () => timeToExit(['-e', '0'], runner)],
        [times.aws, () => timeToFirstRequest([action], actionEnv, clock)],
        [more.bareRequest, () => timeToFirstRequest(['-e', bare], runner, clock)],
        [more.sdk, () => timeToFirstRequest([sdkOnly], actionEnv, clock)]
      ]
      if (round % 2 === 1) pairs.reverse()
      for (const [into, measure] of pairs) into.push(await measure())
    }
  } finally {
    await clock.close()
  }
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms`
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2)
  const node = nodeBinary === node24 ? '24' : process.version
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`
  const actionBytes = bundleBytes('dist')
  const cliBytes = bundleBytes('dist/cli')
  const rows: BenchRow[] = [
    {
      figure: `action cold start, missing policy: spawn to exit (node ${node}, median of ${ROUNDS}; goal <= 1.8)`,
      ours: ms(times.missing),
      baseline: `${ms(times.bareExit)} node -e 0`,
      ratio: ratio(times.missing, times.bareExit)
    },
    {
      figure: `action cold start to first AWS request (goal <= 1.8)`,
      ours: ms(times.aws),
      baseline: `${ms(more.bareRequest)} bare request`,
      ratio: ratio(times.aws, more.bareRequest)
    },
    {
      figure: 'the floor of that: a script that only sends one CloudFront SDK command',
      ours: ms(more.sdk),
      baseline: `${ms(more.bareRequest)} bare request`,
      ratio: ratio(more.sdk, more.bareRequest)
    },
    {
      figure: 'bundle size: dist/index.js + chunks (action), browser driver apart',
      ours: kib(actionBytes.rest),
      baseline: '2048 KiB goal',
      ratio: (actionBytes.rest / 2 ** 21).toFixed(2)
    },
    {
      figure: 'bundle size: dist/cli/ (CLI, emulator included), browser driver apart',
      ours: kib(cliBytes.rest),
      baseline: '3072 KiB goal',
      ratio: (cliBytes.rest / (3 * 2 ** 20)).toFixed(2)
    },
    {
      figure: 'bundle size: the browser driver (CSP preview only), in each bundle',
      ours: kib(actionBytes.browserDriver),
      baseline: '-',
      ratio: '-'
    }
  ]
  return rows
}

export default bench
