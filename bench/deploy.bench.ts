// The deploy stage against the embedded emulator with a 30 s propagation delay: wall time and
// writes of a first deploy, a no-op re-run and a changed-policy re-run, and how soon a finished
// deployment is noticed by our poller (poll-interval 2 s) vs. the SDK's
// waitUntilDistributionDeployed with its defaults (first check at once, the next after 60 s).
// The SDK waiter watches a second distribution, updated at the same moment as the first deploy,
// so both measurements share one ~60 s run instead of adding up.
import {
  GetDistributionConfigCommand,
  UpdateDistributionCommand,
  waitUntilDistributionDeployed
} from '@aws-sdk/client-cloudfront'
import { createAwsClients } from '../src/aws/clients.js'
import { deploy } from '../src/aws/deploy.js'
import type { DeploySettings } from '../src/aws/types.js'
import { buildEdgePackage } from '../src/compile/package.js'
import { startEmulator, type RunningEmulator } from '../src/emulator/index.js'
import type { Logger } from '../src/log.js'
import { loadPolicyText } from '../src/policy/load.js'
import type { Benchmark, BenchRow } from './types.js'
import { DIST, ROLE } from '../__tests__/helpers/emulator-fixtures.js'

const DEPLOY_MS = 30_000
const POLL_MS = 2000
const MAIN = DIST
const OTHER = 'E2QWRUHEXAMPLE'

function edgePackage(xFrameOptions: string) {
  const { policy, diagnostics } = loadPolicyText(
    `version: 1\nextends: owasp\nheaders:\n  x-frame-options: ${xFrameOptions}\n`,
    'bench.yml'
  )
  if (!policy) throw new Error(JSON.stringify(diagnostics))
  return buildEdgePackage(policy)
}

const settings: DeploySettings = {
  distributionIds: [MAIN],
  behaviors: { kind: 'default' },
  functionName: 'headerguard-bench',
  roleArn: ROLE,
  runtime: 'nodejs22.x',
  memory: 128,
  timeout: 5,
  replaceForeignAssociation: false,
  waitTimeoutMs: 5 * 60_000,
  pollIntervalMs: POLL_MS,
  invalidate: ['/*']
}

/** A silent logger that notes when our poller reported Deployed. */
function noticingLogger(noticed: number[]): Logger {
  return {
    info: (m) => void (/: Deployed after/.test(m) && noticed.push(Date.now())),
    debug: () => undefined,
    warning: () => undefined,
    group: (_name, fn) => fn()
  }
}

/**
 * Ground truth: the moment the emulator itself turns the distribution from InProgress to
 * Deployed (its state read locally every 10 ms, no API call).
 */
function watchDeployed(emulator: RunningEmulator, id: string): Promise<number> {
  let seenInProgress = false
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      const status = emulator.state().distributions.find((x) => x.id === id)?.status
      if (status === 'InProgress') seenInProgress = true
      if (status === 'Deployed' && seenInProgress) {
        clearInterval(timer)
        resolve(Date.now())
      }
    }, 10)
  })
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const ratio = (a: number, b: number) => (b === 0 ? '-' : `${(a / b).toFixed(2)}x`)

const bench: Benchmark = async () => {
  const emulator = await startEmulator({
    port: 0,
    state: {
      distributions: [MAIN, OTHER].map((id) => ({
        id,
        origins: [{ id: 'site', folder: 'examples/site' }],
        defaultBehavior: { viewerProtocolPolicy: 'allow-all' as const }
      })),
      roles: [{ arn: ROLE }]
    },
    delays: {
      deployMs: DEPLOY_MS,
      functionCreateMs: 200,
      functionUpdateMs: 200,
      invalidationMs: 200
    }
  })
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_CLOUDFRONT: emulator.endpoint,
    AWS_ENDPOINT_URL_LAMBDA: emulator.endpoint,
    AWS_ENDPOINT_URL_IAM: emulator.endpoint,
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'bench',
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'bench',
    AWS_REGION: 'eu-west-1'
  })
  const clients = createAwsClients()
  const writes = () => emulator.calls().filter((c) => c.mutating).length
  try {
    // The SDK waiter's subject: change OTHER's comment now and wait with the SDK's defaults.
    const other = await clients.cloudfront.send(new GetDistributionConfigCommand({ Id: OTHER }))
    await clients.cloudfront.send(
      new UpdateDistributionCommand({
        Id: OTHER,
        IfMatch: other.ETag,
        DistributionConfig: { ...other.DistributionConfig!, Comment: 'bench' }
      })
    )
    const otherDeployed = watchDeployed(emulator, OTHER)
    const sdkWaiter = waitUntilDistributionDeployed(
      { client: clients.cloudfront, maxWaitTime: 300 },
      { Id: OTHER }
    ).then(() => Date.now())

    const measure = async (label: string, xfo: string) => {
      const noticed: number[] = []
      emulator.resetCalls()
      const deployed = watchDeployed(emulator, MAIN)
      const started = Date.now()
      const outcome = await deploy(clients, edgePackage(xfo), settings, noticingLogger(noticed))
      const wall = Date.now() - started
      const detection =
        outcome.distributions[0]?.deployedAfterMs !== undefined && noticed[0]
          ? noticed[0] - (await deployed)
          : undefined
      process.stderr.write(
        `  ${label}: ${s(wall)}, ${writes()} writes, version ${outcome.version}\n`
      )
      return { wall, writes: writes(), detection }
    }
    emulator.setDelays({ deployMs: DEPLOY_MS })
    const first = await measure('first deploy', 'DENY')
    const noop = await measure('no-op re-run', 'DENY')
    const changed = await measure('changed policy', 'SAMEORIGIN')
    const sdkDetection = (await sdkWaiter) - (await otherDeployed)

    const rows: BenchRow[] = [
      {
        figure: 'deploy: first deploy wall (30 s propagation)',
        ours: s(first.wall),
        baseline: s(DEPLOY_MS),
        ratio: ratio(first.wall, DEPLOY_MS)
      },
      {
        figure: 'deploy: first deploy writes',
        ours: String(first.writes),
        baseline: '4',
        ratio: ratio(first.writes, 4)
      },
      {
        figure: 'deploy: no-op re-run wall (target < 3 s)',
        ours: s(noop.wall),
        baseline: s(first.wall),
        ratio: ratio(noop.wall, first.wall)
      },
      {
        figure: 'deploy: no-op re-run writes (target 0)',
        ours: String(noop.writes),
        baseline: String(first.writes),
        ratio: ratio(noop.writes, first.writes)
      },
      {
        figure: 'deploy: changed-policy re-run wall',
        ours: s(changed.wall),
        baseline: s(DEPLOY_MS),
        ratio: ratio(changed.wall, DEPLOY_MS)
      },
      {
        figure: 'deploy: changed-policy re-run writes',
        ours: String(changed.writes),
        baseline: '4',
        ratio: ratio(changed.writes, 4)
      },
      {
        figure: 'deploy: Deployed noticed after (ours 2 s poll vs SDK waiter defaults)',
        ours: s(Math.max(first.detection ?? 0, changed.detection ?? 0)),
        baseline: s(sdkDetection),
        ratio: ratio(Math.max(first.detection ?? 0, changed.detection ?? 0), sdkDetection)
      }
    ]
    return rows
  } finally {
    await emulator.close()
  }
}

export default bench
