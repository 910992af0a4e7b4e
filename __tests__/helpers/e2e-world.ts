// A fresh world for each end-to-end test of the bundled action: the embedded emulator with the
// example distribution and one behind an origin that pads its headers, a fake GitHub API, and
// the environment a workflow step would see. Nothing is shared between tests: a test that
// needs a deployed site deploys it itself (deployPolicy).
import { afterEach, beforeEach, expect, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { startEmulator } from '../../src/emulator/index.js'
import type { RunningEmulator } from '../../src/emulator/types.js'
import {
  makeWorkspace,
  startAction,
  type ActionRun,
  type StartedAction,
  type Workspace
} from './action-process.js'
import { DIST, ZERO_DELAYS } from './emulator-fixtures.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { startSiteServer } from './site-server.js'

export { DIST }
export const EXAMPLE = readFileSync('examples/static-site.yml', 'utf8')
export const POLICY_PATH = '.github/security-headers.yml'
/** The example with one header changed: what a second deploy sends. */
export const DEPLOYED = EXAMPLE.replace(
  'referrer-policy: strict-origin-when-cross-origin',
  'referrer-policy: no-referrer'
)
/** A distribution whose origin sends 6 KB of headers of its own. */
export const PADDED = 'EPADDEDORIGIN01'
/** A distribution whose config holds an element newer than the bundled SDK. */
export const NEWER_CONFIG = 'ENEWERCONFIG01'
export const NEWER_ELEMENT = '<FutureOriginSetting><Enabled>true</Enabled></FutureOriginSetting>'
/**
 * A distribution behind the padding origin whose origin-response function was deleted since it
 * was associated: a rollback to it is refused by CloudFront.
 */
export const DELETED_PREVIOUS = 'EDELETEDPREV01'
export const DELETED_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:deleted-headers:3'
/** A disabled distribution (Enabled: false). */
export const DISABLED = 'EDISABLEDDIST1'
export const KMS_FUNCTION = 'headerguard-kms'
/** A function idle long enough for Lambda to mark it Inactive, as $LATEST of an edge function is. */
export const INACTIVE_FUNCTION = 'headerguard-idle'
export const KMS_KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
export const REPO = { full_name: 'acme/site' }
export const PUSH = { ref: 'refs/heads/main', repository: REPO }
export const SCHEDULE = { schedule: '17 6 * * *', repository: REPO }
export const pullRequest = (number: number, headRepo = 'acme/site') => ({
  number,
  pull_request: { number, head: { repo: { full_name: headRepo } } },
  repository: REPO
})
export const baseInputs = {
  'poll-interval': '0.1',
  'wait-timeout': '1',
  'github-token': 'e2e-token'
}

export interface World {
  emulator: RunningEmulator
  github: FakeGitHub
  /** The environment of the step: AWS at the emulator, GitHub at the fake. */
  awsEnv(): Record<string, string>
  /** `service:Operation` of every writing AWS call since the last resetCalls(). */
  mutatingCalls(): string[]
  distribution(id: string): ReturnType<RunningEmulator['state']>['distributions'][number]
  /** Moves the emulator's clock (cache ages, transitions) ahead, instead of waiting. */
  advanceClock(ms: number): void
  close(): Promise<void>
}

export async function startWorld(): Promise<World> {
  // With a policy that adds 15 KB, the padded header block passes validate but breaks
  // CloudFront's 20,480-byte limit at the edge.
  const origin = await startSiteServer({
    '*': {
      status: 200,
      headers: { 'content-type': 'text/html', 'x-origin-padding': 'p'.repeat(6000) },
      body: '<h1>hi</h1>'
    }
  })
  let clockOffsetMs = 0
  const emulator = await startEmulator({
    port: 0,
    now: () => Date.now() + clockOffsetMs,
    delays: ZERO_DELAYS,
    state: {
      distributions: [
        {
          id: DIST,
          origins: [{ id: 'site', folder: 'examples/site' }],
          defaultBehavior: { viewerProtocolPolicy: 'redirect-to-https' },
          behaviors: [{ pathPattern: '/assets/*', viewerProtocolPolicy: 'redirect-to-https' }]
        },
        {
          id: PADDED,
          origins: [{ id: 'app', url: origin.url }],
          defaultBehavior: { viewerProtocolPolicy: 'allow-all' }
        },
        {
          id: DELETED_PREVIOUS,
          origins: [{ id: 'app', url: origin.url }],
          defaultBehavior: {
            viewerProtocolPolicy: 'allow-all',
            lambdaFunctionAssociations: [{ eventType: 'origin-response', arn: DELETED_ARN }]
          }
        },
        {
          id: NEWER_CONFIG,
          origins: [{ id: 'site', folder: 'examples/site' }],
          defaultBehavior: { viewerProtocolPolicy: 'allow-all' },
          unmodeledXml: { 'Origins/Items/Origin': NEWER_ELEMENT }
        },
        { id: DISABLED, origins: [{ id: 'site', folder: 'examples/site' }], enabled: false }
      ],
      functions: [
        // An existing function with a setting Lambda@Edge refuses (a customer managed KMS key).
        { name: KMS_FUNCTION, kmsKeyArn: KMS_KEY },
        { name: INACTIVE_FUNCTION, state: 'Inactive', publishedVersions: 1 }
      ]
    }
  })
  const github = await startFakeGitHub()
  return {
    emulator,
    github,
    awsEnv: () => ({
      AWS_ACCESS_KEY_ID: 'e2e',
      AWS_SECRET_ACCESS_KEY: 'e2e',
      AWS_REGION: 'eu-west-1', // Lambda@Edge needs us-east-1: the action must pin it itself
      ...emulator.sdkEnv(),
      GITHUB_API_URL: github.url
    }),
    mutatingCalls: () =>
      emulator
        .calls()
        .filter((c) => c.mutating)
        .map((c) => `${c.service}:${c.operation}`),
    distribution: (id) => {
      const found = emulator.state().distributions.find((d) => d.id === id)
      if (!found) throw new Error(`no distribution ${id}`)
      return found
    },
    advanceClock: (ms) => {
      clockOffsetMs += ms
    },
    close: async () => {
      await emulator.close()
      await github.close()
      await origin.close()
    }
  }
}

/**
 * A fresh world for every test of the calling file: started before each test, closed after it.
 * The returned object always speaks for the current test's world.
 */
export function worldPerTest(): World {
  // A scenario runs the action as a process several times; on a shared, loaded machine that can
  // take far longer than a unit test. The limit only stops a hung test: no test measures time.
  jest.setTimeout(180_000)
  let current: World | undefined
  beforeEach(async () => {
    current = await startWorld()
  }, 30_000)
  afterEach(async () => {
    await current?.close()
    current = undefined
  })
  const now = (): World => {
    if (!current) throw new Error('the e2e world exists only inside a test')
    return current
  }
  return {
    get emulator() {
      return now().emulator
    },
    get github() {
      return now().github
    },
    awsEnv: () => now().awsEnv(),
    mutatingCalls: () => now().mutatingCalls(),
    distribution: (id) => now().distribution(id),
    advanceClock: (ms) => now().advanceClock(ms),
    close: () => now().close()
  }
}

/** The action on a push to main in `world`, with the base inputs and `inputs` over them. */
export function pushRun(
  world: World,
  workspace: Workspace,
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  return pushStart(world, workspace, inputs).done
}

/** The same push run, started: the test watches its log and may signal it (a workflow cancel). */
export function pushStart(
  world: World,
  workspace: Workspace,
  inputs: Record<string, string> = {}
): StartedAction {
  return startAction({
    workspace,
    inputs: { ...baseInputs, ...inputs },
    eventName: 'push',
    event: PUSH,
    env: world.awsEnv()
  })
}

/** Deploys `policy` with a push run, as a test's starting point; fails the test if it is not green. */
export async function deployPolicy(
  world: World,
  policy: string,
  inputs: Record<string, string> = {}
): Promise<{ ws: Workspace; run: ActionRun }> {
  const ws = makeWorkspace({ [POLICY_PATH]: policy })
  const run = await pushRun(world, ws, inputs)
  expect({ code: run.code, status: run.outputs.status }).toEqual({ code: 0, status: 'pass' })
  world.emulator.resetCalls()
  return { ws, run }
}
