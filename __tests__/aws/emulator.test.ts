// The AWS stage against the embedded emulator, through the real SDK over HTTP: the clients find
// the emulator only through AWS_ENDPOINT_URL_*, as the action does in CI; AWS_REGION is set to
// eu-west-1 to prove the clients pin us-east-1 themselves.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { GetDistributionConfigCommand, type DistributionConfig } from '@aws-sdk/client-cloudfront'
import { buildEdgePackage } from '../../src/compile/package.js'
import type { EdgePackage } from '../../src/compile/types.js'
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js'
import { deploy, failureCause, outcomeOfFailure, planDeployment, rollback } from './stage.js'
import { withOriginResponseItem } from '../../src/aws/associations.js'
import { AwsError, WaitTimeoutError } from '../../src/errors.js'
import {
  startEmulator,
  type EmulatorStateInput,
  type RunningEmulator
} from '../../src/emulator/index.js'
import { memoryLogger } from '../../src/log.js'
import { loadPolicyText } from '../../src/policy/load.js'
import {
  CFF_ARN,
  DIST,
  FN,
  FN_ARN,
  FOREIGN_ARN,
  ROLE,
  settings,
  VIEWER_REQUEST_ARN
} from './fixtures.js'
import { startVirtualWorld } from './virtual-world.js'

const FAST = { deployMs: 150, functionCreateMs: 20, functionUpdateMs: 20, invalidationMs: 20 }
const POLL = { pollIntervalMs: 50, waitTimeoutMs: 10_000 }

function edgePackage(xFrameOptions: string): EdgePackage {
  const result = loadPolicyText(
    `version: 1\nextends: none\nheaders:\n  x-frame-options: ${xFrameOptions}\n  x-content-type-options: nosniff\nremove: [server]\n`,
    'policy.yml'
  )
  if (!result.policy) throw new Error(JSON.stringify(result.diagnostics))
  return buildEdgePackage(result.policy)
}

const site = (behaviors: EmulatorStateInput['distributions']) => ({
  distributions: behaviors,
  roles: [{ arn: ROLE }]
})

const simpleState: EmulatorStateInput = site([
  {
    id: DIST,
    origins: [{ id: 'site', folder: 'examples/site' }],
    defaultBehavior: { viewerProtocolPolicy: 'allow-all' }
  }
])

const savedEnv = { ...process.env }
let emulator: RunningEmulator | undefined
let clients: AwsClients

async function start(state: EmulatorStateInput = simpleState, maxAttempts?: number) {
  emulator = await startEmulator({ port: 0, state, delays: FAST })
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_CLOUDFRONT: emulator.endpoint,
    AWS_ENDPOINT_URL_LAMBDA: emulator.endpoint,
    AWS_ENDPOINT_URL_IAM: emulator.endpoint
  })
  clients = createAwsClients({ maxAttempts })
  return emulator
}

const mutating = (emu: RunningEmulator) =>
  emu
    .calls()
    .filter((c) => c.mutating)
    .map((c) => c.operation)
const noJitter = { random: () => 0 }

beforeAll(() => {
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'eu-west-1'
  })
  delete process.env.AWS_PROFILE
})
afterEach(async () => {
  await emulator?.close()
  emulator = undefined
})
afterAll(() => {
  process.env = savedEnv
})

describe('deploy against the emulator', () => {
  it('updates an Inactive function (its normal state between deploys) without waiting for Active', async () => {
    const emu = await start({
      ...simpleState,
      functions: [{ name: FN, role: ROLE, runtime: 'nodejs22.x', state: 'Inactive' }]
    })
    const log = memoryLogger()
    const outcome = await deploy(
      clients,
      edgePackage('DENY'),
      settings({ ...POLL, waitTimeoutMs: 2000 }),
      log
    )
    expect(outcome.version).toBe('1')
    expect(mutating(emu)).toEqual(
      expect.arrayContaining(['UpdateFunctionCode', 'PublishVersion', 'UpdateDistribution'])
    )
  })

  it('creates the function, publishes version 1, associates it and serves the headers', async () => {
    const emu = await start()
    const outcome = await deploy(clients, edgePackage('DENY'), settings(POLL), memoryLogger())
    expect(outcome).toMatchObject({
      functionArn: `${FN_ARN}:1`,
      version: '1',
      codeChanged: true,
      changed: true
    })
    expect(mutating(emu)).toEqual([
      'CreateFunction',
      'PublishVersion',
      'UpdateDistribution',
      'CreateInvalidation'
    ])
    const dist = emu.state().distributions[0]
    expect(dist).toMatchObject({
      status: 'Deployed',
      originResponseArns: { '*': `${FN_ARN}:1` },
      deployedOriginResponseArns: { '*': `${FN_ARN}:1` }
    })
    expect(outcome.distributions[0]?.deployedAfterMs).toBeGreaterThanOrEqual(FAST.deployMs)
    const response = await fetch(`${emu.viewers[DIST]}/`)
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('server')).not.toBe('AmazonS3')
  })

  it.each(['AccessDenied', 'TooManyInvalidationsInProgress'] as const)(
    'a refused invalidation (%s) keeps the association and warns, never fails the deploy',
    async (error) => {
      const emu = await start()
      emu.injectFault({ kind: 'refuse-invalidations', distributionId: DIST, error })
      const log = memoryLogger()
      const outcome = await deploy(clients, edgePackage('DENY'), settings(POLL), log)
      expect(outcome.distributions[0]).toMatchObject({ status: 'Deployed' })
      expect(outcome.distributions[0]?.invalidationId).toBeUndefined()
      expect(outcome.distributions[0]?.invalidationRefused).toMatch(
        new RegExp(
          `refused \\(${error}: .*cached objects keep the headers they were stored with until they expire`
        )
      )
      expect(outcome.rolledBack).toBeUndefined()
      expect(emu.state().distributions[0]?.deployedOriginResponseArns).toEqual({
        '*': `${FN_ARN}:1`
      })
      expect(log.lines.filter((l) => l.startsWith('warning:')).join('\n')).toMatch(
        error === 'AccessDenied'
          ? /may not call cloudfront:CreateInvalidation on distribution/
          : /15 wildcard paths or 3,000 file paths/
      )
      expect(outcome.steps.join('\n')).toMatch(/invalidation of \/\* refused/)
    }
  )

  it('writes nothing and waits for nothing on a second run with the same package', async () => {
    const emu = await start()
    const pkg = edgePackage('DENY')
    await deploy(clients, pkg, settings(POLL), memoryLogger())
    emu.resetCalls()
    const outcome = await deploy(clients, pkg, settings(POLL), memoryLogger())
    expect(outcome).toMatchObject({ changed: false, codeChanged: false, version: '1' })
    expect(emu.calls().length).toBeGreaterThan(0)
    expect(mutating(emu)).toEqual([])
    // Waiting would show as repeated status polls; a no-op run reads each distribution once.
    const polls = emu.calls().filter((c) => c.operation === 'GetDistribution')
    expect(polls.length).toBeLessThanOrEqual(1)
  })

  it('publishes a new version on a policy change, re-associates it, and plans it first', async () => {
    const emu = await start()
    await deploy(clients, edgePackage('DENY'), settings(POLL), memoryLogger())
    emu.resetCalls()
    const plan = await planDeployment(
      clients,
      edgePackage('SAMEORIGIN'),
      settings(POLL),
      memoryLogger()
    )
    expect(mutating(emu)).toEqual([])
    expect(plan).toMatchObject({
      codeChanged: true,
      associations: [{ previousArn: `${FN_ARN}:1`, newArn: `${FN_ARN}:<next>`, changed: true }],
      headerDiff: {
        added: [],
        changed: [{ name: 'x-frame-options', before: 'DENY', after: 'SAMEORIGIN' }],
        removed: []
      }
    })
    const outcome = await deploy(clients, edgePackage('SAMEORIGIN'), settings(POLL), memoryLogger())
    expect(outcome).toMatchObject({
      version: '2',
      previousFunctionArn: `${FN_ARN}:1`,
      associations: [{ previousArn: `${FN_ARN}:1`, newArn: `${FN_ARN}:2` }]
    })
    expect(outcome.headerDiff?.changed).toEqual([
      { name: 'x-frame-options', before: 'DENY', after: 'SAMEORIGIN' }
    ])
    expect(mutating(emu)).toEqual([
      'UpdateFunctionCode',
      'PublishVersion',
      'UpdateDistribution',
      'CreateInvalidation'
    ])
    expect(emu.state().distributions[0]?.deployedOriginResponseArns['*']).toBe(`${FN_ARN}:2`)

    const rolled = await rollback(
      clients,
      outcome,
      settings(POLL),
      memoryLogger(),
      'verification failed'
    )
    expect(rolled.rolledBack).toEqual({
      to: `${FN_ARN}:1`,
      reason: 'verification failed',
      restored: [{ distributionId: DIST, behavior: '*', arn: `${FN_ARN}:1` }]
    })
    expect(rolled.associations).toEqual([
      {
        distributionId: DIST,
        behavior: '*',
        previousArn: `${FN_ARN}:1`,
        newArn: `${FN_ARN}:1`,
        changed: false,
        state: 'restored'
      }
    ])
    expect(emu.state().distributions[0]?.deployedOriginResponseArns['*']).toBe(`${FN_ARN}:1`)
  })

  it('re-reads and retries when another writer changes the distribution in between', async () => {
    const emu = await start()
    emu.injectFault({
      kind: 'concurrent-write',
      distributionId: DIST,
      count: 2,
      comment: 'edited by someone else'
    })
    const log = memoryLogger()
    await deploy(clients, edgePackage('DENY'), settings(POLL), log, noJitter)
    const updates = emu
      .calls()
      .filter((c) => c.operation === 'UpdateDistribution')
      .map((c) => c.status)
    expect(updates).toEqual([412, 412, 200])
    expect(
      log.lines.filter((l) => /attempt \d of 5 failed: .*PreconditionFailed/.test(l))
    ).toHaveLength(2)
    const { DistributionConfig } = await clients.cloudfront.send(
      new GetDistributionConfigCommand({ Id: DIST })
    )
    expect(DistributionConfig?.Comment).toBe('edited by someone else') // their change survived ours
  })

  it('rides out throttling: the SDK retries first, our bound after it', async () => {
    const emu = await start(simpleState, 2)
    emu.injectFault({
      kind: 'throttle',
      service: 'cloudfront',
      operation: 'UpdateDistribution',
      count: 3
    })
    const log = memoryLogger()
    const outcome = await deploy(clients, edgePackage('DENY'), settings(POLL), log, noJitter)
    expect(outcome.associations[0]?.newArn).toBe(`${FN_ARN}:1`)
    const updates = emu
      .calls()
      .filter((c) => c.operation === 'UpdateDistribution')
      .map((c) => c.status)
    expect(updates.slice(0, 3).every((s) => s >= 400)).toBe(true)
    expect(updates.at(-1)).toBe(200)
    expect(log.lines.some((l) => l.includes('attempt 1 of 5 failed'))).toBe(true)
  })

  it('times out on a stuck deployment with the id, the status and what to do', async () => {
    // On one virtual clock for the emulator and the deploy: the 0.4 s wait is counted in virtual
    // time, so a loaded machine can neither stretch it nor time out the Lambda waits first.
    const world = await startVirtualWorld({ roles: [{ arn: ROLE }] })
    try {
      world.emulator.injectFault({ kind: 'stuck-deployment', distributionId: DIST })
      const error = await deploy(
        world.clients,
        edgePackage('DENY'),
        settings({ pollIntervalMs: 50, waitTimeoutMs: 400 }),
        memoryLogger(),
        world.clock
      ).catch((e: unknown) => e)
      expect(failureCause(error)).toBeInstanceOf(WaitTimeoutError)
      expect(String(error)).toContain(
        `Distribution ${DIST} was still InProgress after 0.4 s (wait-timeout 0.4 s). The change will still complete in CloudFront; raise wait-timeout`
      )
      expect(outcomeOfFailure(error)?.associations[0]).toMatchObject({
        newArn: `${FN_ARN}:1`,
        changed: true
      })
    } finally {
      await world.close()
    }
  })

  it('fails clearly when the function update fails and leaves the association alone', async () => {
    const emu = await start()
    await deploy(clients, edgePackage('DENY'), settings(POLL), memoryLogger())
    emu.injectFault({
      kind: 'fail-function-update',
      functionName: FN,
      reason: 'Unzipped size must be smaller than 262144000 bytes'
    })
    emu.resetCalls()
    const error = await deploy(
      clients,
      edgePackage('SAMEORIGIN'),
      settings(POLL),
      memoryLogger()
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AwsError)
    expect(String(error)).toMatch(
      /Updating function headerguard-edge failed: Unzipped size must be smaller.*nothing was associated/
    )
    expect(mutating(emu)).toEqual(['UpdateFunctionCode'])
    expect(emu.state().distributions[0]?.originResponseArns['*']).toBe(`${FN_ARN}:1`)
  })
})

describe('two distributions, the second one failing', () => {
  const DIST_B = 'E2QWRUHEXAMPLE'
  const twoSites: EmulatorStateInput = site(
    [DIST, DIST_B].map((id) => ({
      id,
      origins: [{ id: 'site', folder: 'examples/site' }],
      defaultBehavior: { viewerProtocolPolicy: 'allow-all' }
    }))
  )

  it('reports the first as written and the second as failed; rollback restores only the first', async () => {
    const emu = await start(twoSites)
    const both = settings({ ...POLL, distributionIds: [DIST, DIST_B] })
    await deploy(clients, edgePackage('DENY'), both, memoryLogger())
    emu.injectFault({ kind: 'concurrent-write', distributionId: DIST_B, count: 10 })
    emu.resetCalls()
    const error = await deploy(
      clients,
      edgePackage('SAMEORIGIN'),
      both,
      memoryLogger(),
      noJitter
    ).catch((e: unknown) => e)
    expect(failureCause(error)).toBeInstanceOf(AwsError)
    expect(String(error)).toContain(
      `Updating distribution ${DIST_B} failed 5 times with PreconditionFailed`
    )
    const partial = outcomeOfFailure(error)
    expect(partial?.associations.map((a) => [a.distributionId, a.state, a.newArn])).toEqual([
      [DIST, 'written', `${FN_ARN}:2`],
      [DIST_B, 'failed', `${FN_ARN}:1`]
    ])
    const arns = () => emu.state().distributions.map((d) => d.originResponseArns['*'])
    expect(arns()).toEqual([`${FN_ARN}:2`, `${FN_ARN}:1`])

    emu.resetCalls()
    const rolled = await rollback(
      clients,
      partial as NonNullable<typeof partial>,
      both,
      memoryLogger(),
      'deploy failed'
    )
    expect(rolled.rolledBack).toEqual({
      to: `${FN_ARN}:1`,
      reason: 'deploy failed',
      restored: [{ distributionId: DIST, behavior: '*', arn: `${FN_ARN}:1` }]
    })
    expect(
      emu
        .calls()
        .filter((c) => c.operation === 'UpdateDistribution')
        .map((c) => c.status)
    ).toEqual([200])
    expect(arns()).toEqual([`${FN_ARN}:1`, `${FN_ARN}:1`])
    expect(emu.state().distributions[0]?.deployedOriginResponseArns['*']).toBe(`${FN_ARN}:1`)
  })
})

describe('a distribution with five behaviors and foreign associations', () => {
  const busy: EmulatorStateInput = site([
    {
      id: DIST,
      comment: 'busy',
      origins: [
        { id: 'site', folder: 'examples/site' },
        { id: 'api', url: 'http://127.0.0.1:9/api' }
      ],
      defaultBehavior: {
        viewerProtocolPolicy: 'redirect-to-https',
        lambdaFunctionAssociations: [{ eventType: 'viewer-request', arn: VIEWER_REQUEST_ARN }]
      },
      behaviors: [
        {
          pathPattern: '/app/*',
          functionAssociations: [{ eventType: 'viewer-response', arn: CFF_ARN }]
        },
        {
          pathPattern: '/api/*',
          targetOriginId: 'api',
          queryString: true,
          lambdaFunctionAssociations: [
            { eventType: 'origin-request', arn: VIEWER_REQUEST_ARN, includeBody: true }
          ]
        },
        {
          pathPattern: '/legacy/*',
          lambdaFunctionAssociations: [{ eventType: 'origin-response', arn: FOREIGN_ARN }]
        },
        { pathPattern: '/assets/*', defaultTtl: 604800 }
      ]
    }
  ])

  /** The config with our origin-response item taken out again, to compare with the original. */
  type Behavior = NonNullable<DistributionConfig['DefaultCacheBehavior']>

  /** The config with our origin-response item taken out again, to compare with the original. */
  function withoutOurs(config: DistributionConfig): DistributionConfig {
    const strip = <T extends Pick<Behavior, 'LambdaFunctionAssociations'>>(b: T): T => {
      const items = b.LambdaFunctionAssociations?.Items ?? []
      const ours = items.some((a) => a.LambdaFunctionARN?.startsWith(`${FN_ARN}:`))
      return ours
        ? {
            ...b,
            LambdaFunctionAssociations: withOriginResponseItem(
              b.LambdaFunctionAssociations,
              undefined
            )
          }
        : b
    }
    return {
      ...config,
      DefaultCacheBehavior: config.DefaultCacheBehavior && strip(config.DefaultCacheBehavior),
      CacheBehaviors: config.CacheBehaviors && {
        ...config.CacheBehaviors,
        Items: config.CacheBehaviors.Items?.map(strip)
      }
    }
  }

  it('refuses the foreign origin-response function unless told to replace it', async () => {
    const emu = await start(busy)
    const error = await deploy(
      clients,
      edgePackage('DENY'),
      settings({ ...POLL, behaviors: { kind: 'all' } }),
      memoryLogger()
    ).catch((e: unknown) => e)
    expect(String(error)).toContain(`behavior '/legacy/*' runs ${FOREIGN_ARN}`)
    expect(mutating(emu)).toEqual([])
  })

  it('changes only our association on every other behavior; everything else survives', async () => {
    await start(busy)
    const read = async () =>
      (await clients.cloudfront.send(new GetDistributionConfigCommand({ Id: DIST })))
        .DistributionConfig as DistributionConfig
    const before = await read()
    const targets = ['*', '/app/*', '/api/*', '/assets/*']
    const outcome = await deploy(
      clients,
      edgePackage('DENY'),
      settings({ ...POLL, behaviors: { kind: 'patterns', patterns: targets } }),
      memoryLogger()
    )
    expect(outcome.associations.map((a) => a.behavior)).toEqual(targets)
    const after = await read()
    expect(withoutOurs(after)).toEqual(before)
    expect(
      after.CacheBehaviors?.Items?.find((b) => b.PathPattern === '/api/*')
        ?.LambdaFunctionAssociations?.Items
    ).toEqual([
      { LambdaFunctionARN: VIEWER_REQUEST_ARN, EventType: 'origin-request', IncludeBody: true },
      { LambdaFunctionARN: `${FN_ARN}:1`, EventType: 'origin-response' }
    ])
  })
})
