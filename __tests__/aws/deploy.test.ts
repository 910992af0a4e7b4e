import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  CloudFrontClient,
  CreateInvalidationCommand,
  GetDistributionCommand,
  GetDistributionConfigCommand,
  GetInvalidationCommand,
  ListInvalidationsCommand,
  UpdateDistributionCommand,
  type DistributionConfig
} from '@aws-sdk/client-cloudfront'
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import {
  CreateFunctionCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration
} from '@aws-sdk/client-lambda'
import { mockClient } from 'aws-sdk-client-mock'
import { withAssociations } from '../../src/aws/associations.js'
import { createAwsClients } from '../../src/aws/clients.js'
import { deploy, failureCause, outcomeOfFailure, planDeployment, rollback } from './stage.js'
import type { DeployOutcome } from '../../src/aws/types.js'
import { describeChange, diffHeaders } from '../../src/compile/header-diff.js'
import { AwsError, CancelledError, InputError, WaitTimeoutError } from '../../src/errors.js'
import { memoryLogger } from '../../src/log.js'
import {
  awsError,
  CFF_ARN,
  DIST,
  distributionConfig,
  fakeClock,
  FN,
  FN_ARN,
  FOREIGN_ARN,
  ROLE,
  settings,
  testPackage,
  VIEWER_REQUEST_ARN
} from './fixtures.js'

const lambda = mockClient(LambdaClient)
const cloudfront = mockClient(CloudFrontClient)
const iam = mockClient(IAMClient)
const clients = createAwsClients()
const pkg = testPackage({ 'x-frame-options': 'DENY' })
const oldPkg = testPackage({ 'x-frame-options': 'SAMEORIGIN' })

// Serves the live version's zip where GetFunction's Code.Location points, as S3 would.
let codeServer: Server
let codeLocation = ''
beforeAll(async () => {
  codeServer = createServer((_req, res) => res.end(Buffer.from(oldPkg.zip)))
  await new Promise<void>((resolve) => codeServer.listen(0, '127.0.0.1', resolve))
  codeLocation = `http://127.0.0.1:${(codeServer.address() as AddressInfo).port}/code.zip`
})
afterAll(() => new Promise<void>((resolve) => codeServer.close(() => resolve())))

const TRUST = encodeURIComponent(
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'] },
        Action: 'sts:AssumeRole'
      }
    ]
  })
)

function fnConfig(overrides: FunctionConfiguration = {}): FunctionConfiguration {
  return {
    FunctionName: FN,
    FunctionArn: FN_ARN,
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    MemorySize: 128,
    Timeout: 5,
    Role: ROLE,
    CodeSha256: oldPkg.manifest.codeSha256,
    State: 'Active',
    LastUpdateStatus: 'Successful',
    Version: '$LATEST',
    PackageType: 'Zip',
    Architectures: ['x86_64'],
    ...overrides
  }
}

const version = (n: number, sha: string, overrides: FunctionConfiguration = {}) =>
  fnConfig({ Version: String(n), FunctionArn: `${FN_ARN}:${n}`, CodeSha256: sha, ...overrides })

/** A function with versions 1 (old code) and 2 (this package's code unless told otherwise). */
function world(
  options: {
    latest?: FunctionConfiguration
    versions?: FunctionConfiguration[]
    associated?: string
    statuses?: string[]
    /** Distribution.LastModifiedTime; default CHANGED_AT. */
    lastModified?: Date
    /** ListInvalidations' items, newest first; default none. */
    invalidations?: { Id: string; CreateTime: Date; Status: string }[]
  } = {}
) {
  const latest = options.latest ?? fnConfig()
  lambda
    .on(GetFunctionCommand, { FunctionName: FN })
    .resolves({ Configuration: latest, Code: { Location: codeLocation } })
  lambda.on(ListVersionsByFunctionCommand).resolves({
    Versions: [latest, ...(options.versions ?? [version(1, oldPkg.manifest.codeSha256)])]
  })
  lambda
    .on(GetFunctionConfigurationCommand)
    .resolves(fnConfig({ State: 'Active', LastUpdateStatus: 'Successful' }))
  lambda.on(UpdateFunctionCodeCommand).resolves({})
  lambda.on(UpdateFunctionConfigurationCommand).resolves({})
  lambda.on(PublishVersionCommand).resolves(version(7, pkg.manifest.codeSha256))
  iam.on(GetRoleCommand).resolves({
    Role: {
      RoleName: 'headerguard-edge',
      Arn: ROLE,
      Path: '/',
      RoleId: 'R',
      CreateDate: new Date(),
      AssumeRolePolicyDocument: TRUST
    }
  })
  cloudfront
    .on(GetDistributionConfigCommand)
    .resolves({ DistributionConfig: distributionConfig(options.associated), ETag: 'E1' })
  cloudfront.on(UpdateDistributionCommand).resolves({ ETag: 'E2' })
  const statuses = options.statuses ?? ['InProgress', 'Deployed']
  const distribution = (Status: string) => ({
    Distribution: {
      Id: DIST,
      Status,
      DomainName: 'd111111abcdef8.cloudfront.net',
      LastModifiedTime: options.lastModified ?? CHANGED_AT
    } as never
  })
  let get = cloudfront.on(GetDistributionCommand)
  for (const s of statuses) get = get.resolvesOnce(distribution(s))
  get.resolves(distribution(statuses[statuses.length - 1] ?? 'Deployed'))
  cloudfront
    .on(CreateInvalidationCommand)
    .resolves({ Invalidation: { Id: 'I1', Status: 'InProgress' } as never })
  cloudfront
    .on(GetInvalidationCommand)
    .resolves({ Invalidation: { Id: 'I1', Status: 'Completed' } as never })
  const items = options.invalidations ?? []
  cloudfront.on(ListInvalidationsCommand).resolves({
    InvalidationList: {
      Marker: '',
      MaxItems: 10,
      IsTruncated: false,
      Quantity: items.length,
      Items: items
    }
  })
}

/** When the distribution last changed, in the mocked GetDistribution. */
const CHANGED_AT = new Date('2026-05-01T10:00:00.000Z')

/** The configs GetDistributionConfig returns: `before` for the first `reads` calls, then `after` (as CloudFront would after our write). */
function afterWrite(after: string | undefined, before?: string, reads = 1) {
  let chain = cloudfront.on(GetDistributionConfigCommand)
  for (let i = 0; i < reads; i++)
    chain = chain.resolvesOnce({
      DistributionConfig: distributionConfig(before),
      ETag: `E${i + 1}`
    })
  chain.resolves({ DistributionConfig: distributionConfig(after), ETag: 'E9' })
}

const writes = () => ({
  createFunction: lambda.commandCalls(CreateFunctionCommand).length,
  updateCode: lambda.commandCalls(UpdateFunctionCodeCommand).length,
  updateConfig: lambda.commandCalls(UpdateFunctionConfigurationCommand).length,
  publish: lambda.commandCalls(PublishVersionCommand).length,
  updateDistribution: cloudfront.commandCalls(UpdateDistributionCommand).length,
  invalidation: cloudfront.commandCalls(CreateInvalidationCommand).length
})
const NO_WRITES = {
  createFunction: 0,
  updateCode: 0,
  updateConfig: 0,
  publish: 0,
  updateDistribution: 0,
  invalidation: 0
}

beforeEach(() => {
  lambda.reset()
  cloudfront.reset()
  iam.reset()
})

describe('deploy: reuse', () => {
  const reused = {
    versions: [version(1, oldPkg.manifest.codeSha256), version(2, pkg.manifest.codeSha256)],
    associated: `${FN_ARN}:2`
  }
  /** An earlier invalidation `offsetMs` after the last change, as ListInvalidations lists it. */
  const listed = (Id: string, offsetMs: number) => ({
    Id,
    CreateTime: new Date(CHANGED_AT.getTime() + offsetMs),
    Status: 'Completed'
  })
  /** GetInvalidation's paths for `Id`; after world(), whose answer for every id it then overrides. */
  const batchOf = (Id: string, paths: string[]) =>
    cloudfront.on(GetInvalidationCommand, { Id }).resolves({
      Invalidation: {
        Id,
        Status: 'Completed',
        CreateTime: CHANGED_AT,
        InvalidationBatch: { CallerReference: 'x', Paths: { Quantity: paths.length, Items: paths } }
      }
    })

  it('writes nothing when the association is already ours, Deployed, and invalidated after the last change', async () => {
    world({ ...reused, statuses: ['Deployed'], invalidations: [listed('IEARLIER', 60_000)] })
    batchOf('IEARLIER', ['/*'])
    const log = memoryLogger()
    const outcome = await deploy(clients, pkg, settings(), log, fakeClock())
    expect(writes()).toEqual(NO_WRITES)
    expect(outcome).toMatchObject({
      mode: 'deploy',
      functionArn: `${FN_ARN}:2`,
      version: '2',
      codeChanged: false,
      changed: false,
      converged: false,
      previousFunctionArn: `${FN_ARN}:2`,
      associations: [
        {
          distributionId: DIST,
          behavior: '*',
          previousArn: `${FN_ARN}:2`,
          newArn: `${FN_ARN}:2`,
          changed: false,
          state: 'unchanged'
        }
      ],
      distributions: [
        { id: DIST, status: 'Deployed', domainName: 'd111111abcdef8.cloudfront.net' }
      ],
      headerDiff: { added: [], changed: [], removed: [] }
    })
    expect(outcome.distributions[0]?.deployedAfterMs).toBeUndefined()
    expect(outcome.distributions[0]?.converged).toBeUndefined()
    // No wait: a single GetDistribution for the status, LastModifiedTime and domain name.
    expect(cloudfront.commandCalls(GetDistributionCommand)).toHaveLength(1)
    expect(cloudfront.commandCalls(ListInvalidationsCommand)[0]?.args[0].input).toEqual({
      DistributionId: DIST,
      MaxItems: 10
    })
    expect(log.lines.join('\n')).toContain(
      `Distribution ${DIST}: invalidation IEARLIER created after the last change: not invalidating again`
    )
  })

  it('a re-run onto an InProgress distribution whose association is already ours waits for Deployed, then invalidates', async () => {
    // What a cancelled (or timed-out) deploy leaves behind: the association written, not yet Deployed.
    world({ ...reused, statuses: ['InProgress', 'InProgress', 'Deployed'] })
    const clock = fakeClock()
    const log = memoryLogger()
    const outcome = await deploy(clients, pkg, settings(), log, clock)
    expect(writes()).toEqual({ ...NO_WRITES, invalidation: 1 })
    expect(cloudfront.commandCalls(CreateInvalidationCommand)[0]?.args[0].input).toMatchObject({
      DistributionId: DIST,
      InvalidationBatch: { Paths: { Quantity: 1, Items: ['/*'] } }
    })
    // Waited: the first look (InProgress), the wait's own first check, Deployed a poll-interval later.
    expect(cloudfront.commandCalls(GetDistributionCommand)).toHaveLength(3)
    expect(clock.sleeps).toEqual([10_000])
    // Every invalidation before Deployed is moot: nothing to list.
    expect(cloudfront.commandCalls(ListInvalidationsCommand)).toHaveLength(0)
    expect(outcome).toMatchObject({
      changed: false,
      converged: true,
      associations: [{ state: 'unchanged', changed: false, newArn: `${FN_ARN}:2` }],
      distributions: [
        {
          id: DIST,
          status: 'Deployed',
          invalidationId: 'I1',
          converged: { waitedForDeployed: true, invalidated: true }
        }
      ]
    })
    const text = log.lines.join('\n')
    expect(text).toContain(
      `Distribution ${DIST}: already associated; distribution InProgress: waiting for Deployed`
    )
    expect(text).toMatch(
      /already associated; it was still deploying when this run began, .*: invalidating \/\*/
    )
  })

  it('a Deployed distribution with no invalidation since its last change is invalidated once', async () => {
    // A wait-timeout run: CloudFront finished the deployment after the run gave up.
    world({ ...reused, statuses: ['Deployed'], invalidations: [listed('IOLD', -1)] })
    batchOf('IOLD', ['/*'])
    const log = memoryLogger()
    const outcome = await deploy(clients, pkg, settings(), log, fakeClock())
    expect(writes()).toEqual({ ...NO_WRITES, invalidation: 1 })
    expect(cloudfront.commandCalls(GetDistributionCommand)).toHaveLength(1)
    expect(outcome).toMatchObject({
      changed: false,
      converged: true,
      distributions: [{ converged: { waitedForDeployed: false, invalidated: true } }]
    })
    expect(log.lines.join('\n')).toContain(
      `already associated; no invalidation since the distribution last changed (${CHANGED_AT.toISOString()}): invalidating /*`
    )
  })

  it('an invalidation after the last change that does not cover the paths does not count', async () => {
    world({ ...reused, statuses: ['Deployed'], invalidations: [listed('IPARTIAL', 1)] })
    batchOf('IPARTIAL', ['/index.html'])
    const log = memoryLogger()
    await deploy(clients, pkg, settings(), log, fakeClock())
    expect(writes()).toEqual({ ...NO_WRITES, invalidation: 1 })
    expect(log.lines.join('\n')).toMatch(/do not cover \/\*: invalidating \/\*/)
  })

  it('an earlier invalidation after the last change that is still in progress is waited for, not repeated', async () => {
    // A run cancelled while it followed its own invalidation.
    world({
      ...reused,
      statuses: ['Deployed'],
      invalidations: [{ ...listed('IRUNNING', 5_000), Status: 'InProgress' }]
    })
    const batch = (Status: string) => ({
      Invalidation: {
        Id: 'IRUNNING',
        Status,
        CreateTime: CHANGED_AT,
        InvalidationBatch: { CallerReference: 'x', Paths: { Quantity: 1, Items: ['/*'] } }
      }
    })
    cloudfront
      .on(GetInvalidationCommand, { Id: 'IRUNNING' })
      .resolvesOnce(batch('InProgress'))
      .resolvesOnce(batch('InProgress'))
      .resolves(batch('Completed'))
    const clock = fakeClock()
    const outcome = await deploy(clients, pkg, settings(), memoryLogger(), clock)
    expect(writes()).toEqual(NO_WRITES)
    // The paths read, then followed until Completed (one poll apart).
    expect(cloudfront.commandCalls(GetInvalidationCommand)).toHaveLength(3)
    expect(clock.sleeps).toEqual([5_000])
    expect(outcome.converged).toBe(false)
  })

  it('ListInvalidations denied on a Deployed distribution: warns, writes nothing, never fails', async () => {
    world({ ...reused, statuses: ['Deployed'] })
    cloudfront
      .on(ListInvalidationsCommand)
      .rejects(
        awsError(
          'AccessDenied',
          'User is not authorized to perform: cloudfront:ListInvalidations',
          403
        )
      )
    const log = memoryLogger()
    const outcome = await deploy(clients, pkg, settings(), log, fakeClock())
    expect(writes()).toEqual(NO_WRITES)
    expect(outcome.converged).toBe(false)
    expect(outcome.distributions[0]?.converged).toBeUndefined()
    expect(log.lines.filter((l) => l.startsWith('warning: ')).join('\n')).toMatch(
      /ListInvalidations failed \(AccessDenied: .*\): add cloudfront:ListInvalidations to the deploying role .*; not invalidating, since nothing shows an unfinished change/
    )
  })

  it('with invalidate: false a re-run onto InProgress only waits', async () => {
    world({ ...reused, statuses: ['InProgress', 'Deployed'] })
    const outcome = await deploy(
      clients,
      pkg,
      settings({ invalidate: false }),
      memoryLogger(),
      fakeClock()
    )
    expect(writes()).toEqual(NO_WRITES)
    expect(outcome.distributions[0]).toMatchObject({
      status: 'Deployed',
      converged: { waitedForDeployed: true, invalidated: false }
    })
  })

  it('does not reuse a version whose configuration differs (memory)', async () => {
    world({
      latest: fnConfig({ CodeSha256: pkg.manifest.codeSha256, MemorySize: 256 }),
      versions: [version(2, pkg.manifest.codeSha256, { MemorySize: 256 })]
    })
    afterWrite(`${FN_ARN}:7`)
    await deploy(clients, pkg, settings(), memoryLogger(), fakeClock())
    expect(writes()).toMatchObject({
      updateCode: 0,
      updateConfig: 1,
      publish: 1,
      updateDistribution: 1
    })
    expect(lambda.commandCalls(UpdateFunctionConfigurationCommand)[0]?.args[0].input).toEqual({
      FunctionName: FN,
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      MemorySize: 128,
      Timeout: 5,
      Role: ROLE
    })
  })

  it('associates a reused version without publishing, keeping every other association', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)], associated: `${FN_ARN}:1` })
    afterWrite(`${FN_ARN}:2`, `${FN_ARN}:1`)
    const clock = fakeClock()
    const outcome = await deploy(clients, pkg, settings(), memoryLogger(), clock)
    expect(writes()).toMatchObject({
      updateCode: 0,
      publish: 0,
      updateDistribution: 1,
      invalidation: 1
    })
    const input = cloudfront.commandCalls(UpdateDistributionCommand)[0]?.args[0].input
    const expected = distributionConfig(`${FN_ARN}:2`)
    expect(input).toEqual({ Id: DIST, IfMatch: 'E1', DistributionConfig: expected })
    expect(
      input?.DistributionConfig?.DefaultCacheBehavior?.LambdaFunctionAssociations?.Items
    ).toEqual([
      { LambdaFunctionARN: VIEWER_REQUEST_ARN, EventType: 'viewer-request', IncludeBody: false },
      { LambdaFunctionARN: `${FN_ARN}:2`, EventType: 'origin-response' }
    ])
    expect(input?.DistributionConfig?.DefaultCacheBehavior?.FunctionAssociations?.Items).toEqual([
      { FunctionARN: CFF_ARN, EventType: 'viewer-response' }
    ])
    expect(
      cloudfront.commandCalls(CreateInvalidationCommand)[0]?.args[0].input.InvalidationBatch?.Paths
    ).toEqual({ Quantity: 1, Items: ['/*'] })
    expect(outcome).toMatchObject({
      codeChanged: false,
      changed: true,
      previousFunctionArn: `${FN_ARN}:1`
    })
    expect(outcome.distributions[0]).toMatchObject({
      status: 'Deployed',
      invalidationId: 'I1',
      deployedAfterMs: 10_000
    })
  })
})

describe('deploy: new version', () => {
  it('updates the code, waits, publishes with the CodeSha256 precondition and associates', async () => {
    world({ associated: `${FN_ARN}:1` })
    lambda
      .on(GetFunctionConfigurationCommand)
      .resolvesOnce(fnConfig())
      .resolvesOnce(fnConfig({ LastUpdateStatus: 'InProgress' }))
      .resolves(fnConfig({ CodeSha256: pkg.manifest.codeSha256 }))
    afterWrite(`${FN_ARN}:7`, `${FN_ARN}:1`)
    const clock = fakeClock()
    const log = memoryLogger()
    const outcome = await deploy(clients, pkg, settings(), log, clock)
    expect(writes()).toEqual({
      ...NO_WRITES,
      updateCode: 1,
      publish: 1,
      updateDistribution: 1,
      invalidation: 1
    })
    expect(lambda.commandCalls(UpdateFunctionCodeCommand)[0]?.args[0].input).toEqual({
      FunctionName: FN,
      ZipFile: pkg.zip
    })
    expect(lambda.commandCalls(PublishVersionCommand)[0]?.args[0].input).toEqual({
      FunctionName: FN,
      CodeSha256: pkg.manifest.codeSha256,
      Description: `headerguard commit 1a2b3c4 policy ${'a'.repeat(12)}`
    })
    const activeCheck = lambda.commandCalls(GetFunctionConfigurationCommand).at(-1)?.args[0].input
    expect(activeCheck).toEqual({ FunctionName: FN, Qualifier: '7' })
    expect(outcome).toMatchObject({
      functionArn: `${FN_ARN}:7`,
      version: '7',
      codeChanged: true,
      changed: true
    })
    expect(outcome.steps).toEqual(
      expect.arrayContaining([
        `Updated the code of ${FN} (CodeSha256 ${pkg.manifest.codeSha256})`,
        `Published version 7 of ${FN}`
      ])
    )
  })

  it('publishes $LATEST without UpdateFunctionCode when it already holds this code', async () => {
    world({ latest: fnConfig({ CodeSha256: pkg.manifest.codeSha256 }) })
    afterWrite(`${FN_ARN}:7`)
    await deploy(clients, pkg, settings(), memoryLogger(), fakeClock())
    expect(writes()).toMatchObject({
      updateCode: 0,
      updateConfig: 0,
      publish: 1,
      updateDistribution: 1
    })
  })

  it('creates a missing function unpublished, then publishes it', async () => {
    world()
    lambda
      .on(GetFunctionCommand)
      .rejects(awsError('ResourceNotFoundException', 'Function not found', 404))
    lambda.on(CreateFunctionCommand).resolves(fnConfig({ State: 'Pending' }))
    lambda.on(PublishVersionCommand).resolves(version(1, pkg.manifest.codeSha256))
    afterWrite(`${FN_ARN}:1`)
    const outcome = await deploy(clients, pkg, settings(), memoryLogger(), fakeClock())
    expect(lambda.commandCalls(ListVersionsByFunctionCommand)).toHaveLength(0)
    expect(lambda.commandCalls(CreateFunctionCommand)[0]?.args[0].input).toEqual({
      FunctionName: FN,
      Runtime: 'nodejs22.x',
      Role: ROLE,
      Handler: 'index.handler',
      Code: { ZipFile: pkg.zip },
      Description: 'headerguard: security headers on CloudFront origin-response',
      Timeout: 5,
      MemorySize: 128,
      Publish: false,
      PackageType: 'Zip',
      Architectures: ['x86_64']
    })
    expect(outcome).toMatchObject({
      version: '1',
      codeChanged: true,
      previousFunctionArn: undefined
    })
    expect(outcome.headerDiff?.added.map((h) => h.name)).toEqual(['x-frame-options', 'server'])
  })

  it('refuses to create a function without a role, before any write', async () => {
    world()
    lambda
      .on(GetFunctionCommand)
      .rejects(awsError('ResourceNotFoundException', 'Function not found', 404))
    const error = await deploy(
      clients,
      pkg,
      settings({ roleArn: undefined }),
      memoryLogger(),
      fakeClock()
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect(String(error)).toMatch(
      /does not exist in us-east-1 and no execution role was given.*role-arn/
    )
    expect(writes()).toEqual(NO_WRITES)
  })

  it('fails clearly when the function update fails, and associates nothing', async () => {
    world({ associated: `${FN_ARN}:1` })
    lambda
      .on(GetFunctionConfigurationCommand)
      .resolvesOnce(fnConfig())
      .resolves(
        fnConfig({
          LastUpdateStatus: 'Failed',
          LastUpdateStatusReason: 'Unzipped size must be smaller than 262144000 bytes',
          LastUpdateStatusReasonCode: 'InvalidZipFileException'
        })
      )
    const error = await deploy(clients, pkg, settings(), memoryLogger(), fakeClock()).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AwsError)
    expect(String(error)).toContain(
      'Updating function headerguard-edge failed: Unzipped size must be smaller than 262144000 bytes (InvalidZipFileException)'
    )
    expect(writes()).toMatchObject({ updateCode: 1, publish: 0, updateDistribution: 0 })
  })
})

describe('deploy: preflight', () => {
  it('lists every problem of an existing function and writes nothing', async () => {
    world({
      latest: fnConfig({
        Environment: { Variables: { STAGE: 'prod' } },
        Architectures: ['arm64'],
        Layers: [{ Arn: 'arn:layer' }]
      })
    })
    const error = await deploy(clients, pkg, settings(), memoryLogger(), fakeClock()).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AwsError)
    expect(String(error)).toMatch(/environment variables \(STAGE\)/)
    expect(String(error)).toMatch(/layers/)
    expect(String(error)).toMatch(/arm64/)
    expect(writes()).toEqual(NO_WRITES)
  })

  it('rejects a timeout above 30 s and a runtime Lambda@Edge does not take', async () => {
    world()
    const error = await deploy(
      clients,
      pkg,
      settings({ timeout: 60, runtime: 'python3.12' as never }),
      memoryLogger(),
      fakeClock()
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect(String(error)).toMatch(/timeout 60 s/)
    expect(String(error)).toMatch(/runtime 'python3.12'/)
  })

  it('refuses a role that edgelambda.amazonaws.com cannot assume', async () => {
    world()
    const lambdaOnly = encodeURIComponent(
      JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'lambda.amazonaws.com' },
            Action: 'sts:AssumeRole'
          }
        ]
      })
    )
    iam.on(GetRoleCommand).resolves({ Role: { AssumeRolePolicyDocument: lambdaOnly } as never })
    const error = await deploy(clients, pkg, settings(), memoryLogger(), fakeClock()).catch(
      (e: unknown) => e
    )
    expect(String(error)).toMatch(/cannot be assumed by edgelambda.amazonaws.com/)
    expect(writes()).toEqual(NO_WRITES)
  })

  it('skips the trust check when GetRole is denied', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)], associated: `${FN_ARN}:2` })
    iam
      .on(GetRoleCommand)
      .rejects(awsError('AccessDenied', 'not authorized to perform iam:GetRole', 403))
    const log = memoryLogger()
    await deploy(clients, pkg, settings(), log, fakeClock())
    expect(log.lines).toContain(
      'debug: iam:GetRole on headerguard-edge denied; skipping the trust-policy check'
    )
  })

  it('names the existing behaviors when a pattern is unknown', async () => {
    world()
    const error = await deploy(
      clients,
      pkg,
      settings({ behaviors: { kind: 'patterns', patterns: ['/img/*'] } }),
      memoryLogger(),
      fakeClock()
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect(String(error)).toContain(
      "has no cache behavior '/img/*'. Its behaviors are: '*', '/api/*', '/static/*'"
    )
    expect(writes()).toEqual(NO_WRITES)
  })

  it('refuses to replace a foreign origin-response function before publishing anything', async () => {
    world({ associated: FOREIGN_ARN })
    const error = await deploy(clients, pkg, settings(), memoryLogger(), fakeClock()).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AwsError)
    expect(String(error)).toContain(`behavior '*' runs ${FOREIGN_ARN}`)
    expect(writes()).toEqual(NO_WRITES)
  })

  it('replaces a foreign function when allowed', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)], associated: FOREIGN_ARN })
    afterWrite(`${FN_ARN}:2`, FOREIGN_ARN)
    const outcome = await deploy(
      clients,
      pkg,
      settings({ replaceForeignAssociation: true }),
      memoryLogger(),
      fakeClock()
    )
    expect(outcome.associations[0]).toMatchObject({
      previousArn: FOREIGN_ARN,
      newArn: `${FN_ARN}:2`,
      changed: true
    })
    expect(
      cloudfront.commandCalls(UpdateDistributionCommand)[0]?.args[0].input.DistributionConfig
    ).toEqual(distributionConfig(`${FN_ARN}:2`))
  })
})

describe('deploy: CloudFront races, throttling, waits', () => {
  it('re-reads and retries after PreconditionFailed, then succeeds', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)] })
    cloudfront
      .on(GetDistributionConfigCommand)
      .resolvesOnce({ DistributionConfig: distributionConfig(), ETag: 'E1' })
      .resolvesOnce({ DistributionConfig: distributionConfig(), ETag: 'E5' })
      .resolves({ DistributionConfig: distributionConfig(`${FN_ARN}:2`), ETag: 'E6' })
    cloudfront
      .on(UpdateDistributionCommand)
      .rejectsOnce(
        awsError(
          'PreconditionFailed',
          "The request failed because it didn't meet the preconditions",
          412
        )
      )
      .resolves({ ETag: 'E6' })
    const log = memoryLogger()
    const clock = fakeClock()
    await deploy(clients, pkg, settings(), log, clock)
    const updates = cloudfront
      .commandCalls(UpdateDistributionCommand)
      .map((c) => c.args[0].input.IfMatch)
    expect(updates).toEqual(['E1', 'E5'])
    expect(
      log.lines.some((l) =>
        l.startsWith(`info: Updating distribution ${DIST}: attempt 1 of 5 failed:`)
      )
    ).toBe(true)
    expect(clock.sleeps[0]).toBe(500) // jittered: random 0.5 × 1 s
  })

  it('gives up after 5 PreconditionFailed with advice, keeping the partial outcome', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)] })
    cloudfront
      .on(UpdateDistributionCommand)
      .rejects(awsError('PreconditionFailed', 'precondition failed', 412))
    const error = await deploy(clients, pkg, settings(), memoryLogger(), fakeClock()).catch(
      (e: unknown) => e
    )
    expect(failureCause(error)).toBeInstanceOf(AwsError)
    expect(String(error)).toMatch(
      /failed 5 times with PreconditionFailed: another process keeps updating the distribution. Use a workflow concurrency group/
    )
    expect(cloudfront.commandCalls(UpdateDistributionCommand)).toHaveLength(5)
    expect(outcomeOfFailure(error)?.functionArn).toBe(`${FN_ARN}:2`)
  })

  it('retries throttling within its bound', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)] })
    afterWrite(`${FN_ARN}:2`, undefined, 2)
    cloudfront
      .on(UpdateDistributionCommand)
      .rejectsOnce(awsError('Throttling', 'Rate exceeded', 400))
      .resolves({ ETag: 'E2' })
    await deploy(clients, pkg, settings(), memoryLogger(), fakeClock())
    expect(cloudfront.commandCalls(UpdateDistributionCommand)).toHaveLength(2)
  })

  it('times out on a stuck deployment, naming the distribution, the status and what to do', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)], statuses: ['InProgress'] })
    afterWrite(`${FN_ARN}:2`)
    const clock = fakeClock()
    const log = memoryLogger()
    const error = await deploy(
      clients,
      pkg,
      settings({ waitTimeoutMs: 60_000, pollIntervalMs: 10_000 }),
      log,
      clock
    ).catch((e: unknown) => e)
    expect(failureCause(error)).toBeInstanceOf(WaitTimeoutError)
    expect(String(error)).toContain(
      `Distribution ${DIST} was still InProgress after 60 s (wait-timeout 60 s). The change will still complete in CloudFront; raise wait-timeout`
    )
    // First check at once, then every 10 s up to and including the deadline.
    expect(cloudfront.commandCalls(GetDistributionCommand)).toHaveLength(7)
    expect(clock.sleeps).toEqual([10_000, 10_000, 10_000, 10_000, 10_000, 10_000])
    expect(log.lines.filter((l) => l.includes('InProgress,'))).toHaveLength(7)
    const partial = outcomeOfFailure(error)
    expect(partial?.associations[0]).toMatchObject({
      previousArn: undefined,
      newArn: `${FN_ARN}:2`,
      changed: true
    })
  })

  it('fails when someone overwrote our association while we waited', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)] })
    afterWrite(FOREIGN_ARN)
    const error = await deploy(clients, pkg, settings(), memoryLogger(), fakeClock()).catch(
      (e: unknown) => e
    )
    expect(String(error)).toContain(
      `was changed by someone else while we waited for it: behavior '*' has ${FOREIGN_ARN} instead of ${FN_ARN}:2`
    )
    expect(cloudfront.commandCalls(CreateInvalidationCommand)).toHaveLength(0)
  })

  it('explains InvalidLambdaFunctionAssociation', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)] })
    cloudfront
      .on(UpdateDistributionCommand)
      .rejects(
        awsError(
          'InvalidLambdaFunctionAssociation',
          'The function cannot have environment variables. Function: x:2'
        )
      )
    const error = await deploy(clients, pkg, settings(), memoryLogger(), fakeClock()).catch(
      (e: unknown) => e
    )
    expect(String(error)).toMatch(
      /InvalidLambdaFunctionAssociation: The function cannot have environment variables.*Remove the environment variables/
    )
  })

  it('handles several distributions and several behaviors; invalidate: false skips invalidation', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)] })
    cloudfront
      .on(GetDistributionConfigCommand)
      .resolves({ DistributionConfig: distributionConfig(), ETag: 'E1' })
    cloudfront.on(UpdateDistributionCommand).callsFake(() => {
      cloudfront.on(GetDistributionConfigCommand).resolves({
        DistributionConfig: {
          ...distributionConfig(`${FN_ARN}:2`),
          CacheBehaviors:
            cloudfront.commandCalls(UpdateDistributionCommand)[0]?.args[0].input.DistributionConfig
              ?.CacheBehaviors
        },
        ETag: 'E2'
      })
      return { ETag: 'E2' }
    })
    const outcome = await deploy(
      clients,
      pkg,
      settings({
        distributionIds: [DIST, 'E2QWRUHEXAMPLE'],
        behaviors: { kind: 'all' },
        invalidate: false
      }),
      memoryLogger(),
      fakeClock()
    )
    expect(outcome.associations.map((a) => `${a.distributionId} ${a.behavior}`).sort()).toEqual(
      [
        `${DIST} *`,
        `${DIST} /api/*`,
        `${DIST} /static/*`,
        'E2QWRUHEXAMPLE *',
        'E2QWRUHEXAMPLE /api/*',
        'E2QWRUHEXAMPLE /static/*'
      ].sort()
    )
    expect(outcome.distributions.map((d) => d.id)).toEqual([DIST, 'E2QWRUHEXAMPLE'])
    expect(cloudfront.commandCalls(CreateInvalidationCommand)).toHaveLength(0)
    const staticBehavior =
      cloudfront.commandCalls(UpdateDistributionCommand)[0]?.args[0].input.DistributionConfig
        ?.CacheBehaviors?.Items?.[1]
    expect(staticBehavior?.LambdaFunctionAssociations).toEqual({
      Quantity: 2,
      Items: [
        { LambdaFunctionARN: VIEWER_REQUEST_ARN, EventType: 'origin-request' },
        { LambdaFunctionARN: `${FN_ARN}:2`, EventType: 'origin-response' }
      ]
    })
  })
})

describe('deploy: cancelled (SIGINT/SIGTERM)', () => {
  it('stops waiting at once: the association stays written, nothing is invalidated, the outcome says so', async () => {
    world({ associated: `${FN_ARN}:1`, statuses: ['InProgress'] })
    // The workflow is cancelled during the first poll interval of the wait for Deployed.
    const controller = new AbortController()
    const clock = fakeClock()
    const sleep = async (ms: number) => {
      if (cloudfront.commandCalls(UpdateDistributionCommand).length > 0)
        controller.abort(new CancelledError('SIGTERM'))
      await clock.sleep(ms)
    }
    const error = await deploy(clients, pkg, settings(), memoryLogger(), {
      ...clock,
      sleep,
      signal: controller.signal
    }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(failureCause(error)).toBeInstanceOf(CancelledError)
    expect(outcomeOfFailure(error)).toMatchObject({
      changed: true,
      functionArn: `${FN_ARN}:7`,
      associations: [{ state: 'written', previousArn: `${FN_ARN}:1`, newArn: `${FN_ARN}:7` }],
      distributions: []
    })
    expect(outcomeOfFailure(error)?.steps).toContain(
      `Distribution ${DIST}: stopped, cancelled by SIGTERM`
    )
    expect(writes()).toMatchObject({ publish: 1, updateDistribution: 1, invalidation: 0 })
    // The wait's first look, then nothing after the cancel.
    expect(cloudfront.commandCalls(GetDistributionCommand)).toHaveLength(1)
  })
})

describe('deploy: cancelled before the write', () => {
  it('a cancel while the version is published stops before UpdateDistribution', async () => {
    world({ associated: `${FN_ARN}:1`, statuses: ['Deployed'] })
    const controller = new AbortController()
    // The cancel arrives while the new version is published (no wait in between to end).
    lambda.on(PublishVersionCommand).callsFake(async () => {
      controller.abort(new CancelledError('SIGINT'))
      return { Version: '7', State: 'Active', FunctionArn: `${FN_ARN}:7` }
    })
    const error = await deploy(clients, pkg, settings(), memoryLogger(), {
      ...fakeClock(),
      signal: controller.signal
    }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(failureCause(error)).toBeInstanceOf(CancelledError)
    expect(writes()).toMatchObject({ publish: 1, updateDistribution: 0, invalidation: 0 })
  })
})

describe('plan', () => {
  it('reads only, and says a new version would be published and associated', async () => {
    world({ associated: `${FN_ARN}:1` })
    const outcome = await planDeployment(clients, pkg, settings(), memoryLogger(), {
      comparePackages: {
        diff: (liveZip, next) => {
          expect(liveZip).toEqual(oldPkg.zip)
          return diffHeaders(oldPkg.manifest.headers, next.manifest.headers)
        },
        describe: describeChange
      }
    })
    expect(writes()).toEqual(NO_WRITES)
    expect(outcome).toMatchObject({
      mode: 'plan',
      functionArn: `${FN_ARN}:<next>`,
      version: '<next>',
      versionKnown: false,
      codeChanged: true,
      changed: true,
      previousFunctionArn: `${FN_ARN}:1`,
      associations: [
        { behavior: '*', previousArn: `${FN_ARN}:1`, newArn: `${FN_ARN}:<next>`, changed: true }
      ],
      headerDiff: {
        added: [],
        changed: [{ name: 'x-frame-options', before: 'SAMEORIGIN', after: 'DENY' }],
        removed: []
      }
    })
    expect(outcome.steps[0]).toBe(`Would update the code and publish a new version of ${FN}`)
  })

  it('reports no change when everything is in place', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)], associated: `${FN_ARN}:2` })
    const outcome = await planDeployment(clients, pkg, settings(), memoryLogger())
    expect(outcome).toMatchObject({
      changed: false,
      codeChanged: false,
      version: '2',
      versionKnown: true
    })
    expect(writes()).toEqual(NO_WRITES)
  })
})

/** What a deploy of version 7 on the default behavior returned. */
function deployedVersion7(previousArn: string | undefined): DeployOutcome {
  return {
    mode: 'deploy',
    functionName: FN,
    functionArn: `${FN_ARN}:7`,
    version: '7',
    codeChanged: true,
    changed: true,
    associations: [
      { distributionId: DIST, behavior: '*', previousArn, newArn: `${FN_ARN}:7`, changed: true }
    ],
    distributions: [{ id: DIST, status: 'Deployed', domainName: 'd.cloudfront.net' }],
    steps: []
  }
}

describe('rollback', () => {
  it('re-associates the previous version, waits and invalidates', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)], associated: `${FN_ARN}:1` })
    afterWrite(`${FN_ARN}:2`, `${FN_ARN}:1`)
    const outcome = await deploy(clients, pkg, settings(), memoryLogger(), fakeClock())
    cloudfront.reset()
    world({ versions: [version(2, pkg.manifest.codeSha256)], associated: `${FN_ARN}:2` })
    cloudfront
      .on(GetDistributionConfigCommand)
      .resolvesOnce({ DistributionConfig: distributionConfig(`${FN_ARN}:2`), ETag: 'E7' })
      .resolves({ DistributionConfig: distributionConfig(`${FN_ARN}:1`), ETag: 'E8' })
    const rolled = await rollback(
      clients,
      outcome,
      settings(),
      memoryLogger(),
      'verification failed',
      fakeClock()
    )
    expect(cloudfront.commandCalls(UpdateDistributionCommand)[0]?.args[0].input).toEqual({
      Id: DIST,
      IfMatch: 'E7',
      DistributionConfig: distributionConfig(`${FN_ARN}:1`)
    })
    expect(cloudfront.commandCalls(CreateInvalidationCommand)).toHaveLength(1)
    expect(rolled.rolledBack).toEqual({
      to: `${FN_ARN}:1`,
      reason: 'verification failed',
      restored: [{ distributionId: DIST, behavior: '*', arn: `${FN_ARN}:1` }]
    })
    expect(rolled.steps.at(-1)).toBe(`Rolled back to ${FN_ARN}:1`)
  })

  it('removes our association when there was none before', async () => {
    world({ associated: `${FN_ARN}:7` })
    cloudfront
      .on(GetDistributionConfigCommand)
      .resolvesOnce({ DistributionConfig: distributionConfig(`${FN_ARN}:7`), ETag: 'E7' })
      .resolves({ DistributionConfig: distributionConfig(), ETag: 'E8' })
    const outcome = deployedVersion7(undefined)
    const rolled = await rollback(
      clients,
      outcome,
      settings(),
      memoryLogger(),
      'bad headers',
      fakeClock()
    )
    expect(
      cloudfront.commandCalls(UpdateDistributionCommand)[0]?.args[0].input.DistributionConfig
    ).toEqual(distributionConfig())
    expect(rolled.rolledBack?.to).toBe('no origin-response association')
    expect(rolled.rolledBack?.restored).toEqual([{ distributionId: DIST, behavior: '*' }])
    expect(rolled.associations[0]).toMatchObject({ newArn: '', changed: false, state: 'restored' })
  })

  it('leaves a behavior alone when someone else changed it since', async () => {
    world({ associated: FOREIGN_ARN })
    const outcome = deployedVersion7(`${FN_ARN}:6`)
    const log = memoryLogger()
    const rolled = await rollback(clients, outcome, settings(), log, 'bad', fakeClock())
    expect(cloudfront.commandCalls(UpdateDistributionCommand)).toHaveLength(0)
    expect(rolled.rolledBack).toBeUndefined()
    expect(rolled.associations[0]).toMatchObject({ newArn: FOREIGN_ARN, state: 'overwritten' })
    expect(rolled.steps.at(-1)).toBe(
      'Nothing rolled back: no written association could be restored'
    )
    expect(
      log.lines.some((l) => l.startsWith('warning: Rollback:') && l.includes(FOREIGN_ARN))
    ).toBe(true)
  })
})

const DIST_B = 'E2QWRUHEXAMPLE'

/** A config whose named behaviors run these origin-response ARNs (undefined: none). */
const configWith = (arns: Record<string, string | undefined>): DistributionConfig =>
  withAssociations(distributionConfig(), new Map(Object.entries(arns)))

/**
 * CloudFront as a store of configs by id: UpdateDistribution replaces the config (or fails as
 * `failUpdate(id, n)` says for the n-th update of that id); every distribution is Deployed.
 */
function fakeDistributions(
  configs: Record<string, DistributionConfig>,
  failUpdate: (id: string, n: number) => Error | undefined = () => undefined
) {
  const updates: Record<string, number> = {}
  cloudfront.on(GetDistributionConfigCommand).callsFake((input: { Id: string }) => ({
    DistributionConfig: configs[input.Id],
    ETag: `${input.Id}-${updates[input.Id] ?? 0}`
  }))
  cloudfront
    .on(UpdateDistributionCommand)
    .callsFake((input: { Id: string; DistributionConfig: DistributionConfig }) => {
      const n = (updates[input.Id] = (updates[input.Id] ?? 0) + 1)
      const error = failUpdate(input.Id, n)
      if (error) return Promise.reject(error)
      configs[input.Id] = input.DistributionConfig
      return Promise.resolve({ ETag: `${input.Id}-${n}` })
    })
  cloudfront.on(GetDistributionCommand).callsFake((input: { Id: string }) => ({
    Distribution: { Id: input.Id, Status: 'Deployed', DomainName: `${input.Id}.cloudfront.net` }
  }))
  const arnAt = (id: string, behavior: string) => {
    const config = configs[id]
    const b =
      behavior === '*'
        ? config?.DefaultCacheBehavior
        : config?.CacheBehaviors?.Items?.find((i) => i.PathPattern === behavior)
    return b?.LambdaFunctionAssociations?.Items?.find((a) => a.EventType === 'origin-response')
      ?.LambdaFunctionARN
  }
  const updatedIds = () =>
    cloudfront.commandCalls(UpdateDistributionCommand).map((c) => c.args[0].input.Id)
  return { configs, arnAt, updatedIds }
}

const preconditionFailed = () => awsError('PreconditionFailed', 'precondition failed', 412)
const twoDistributions = () => settings({ distributionIds: [DIST, DIST_B] })
const bothAtVersion1 = () => ({
  [DIST]: configWith({ '*': `${FN_ARN}:1` }),
  [DIST_B]: configWith({ '*': `${FN_ARN}:1` })
})

/** Rolls back what a failed deploy to both distributions left, with fresh call counts. */
function rollbackFailedDeploy(partial: DeployOutcome | undefined): Promise<DeployOutcome> {
  if (!partial) throw new Error('the deploy error carries no partial outcome')
  cloudfront.resetHistory()
  return rollback(
    clients,
    partial,
    twoDistributions(),
    memoryLogger(),
    'deploy failed',
    fakeClock()
  )
}

describe('deploy: partial failure across distributions', () => {
  it('records A as written and B as failed, and rollback restores only A', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)] })
    const cf = fakeDistributions(bothAtVersion1(), (id) =>
      id === DIST_B ? preconditionFailed() : undefined
    )
    const error = await deploy(clients, pkg, twoDistributions(), memoryLogger(), fakeClock()).catch(
      (e: unknown) => e
    )
    expect(String(error)).toContain(`Updating distribution ${DIST_B} failed 5 times`)
    const partial = outcomeOfFailure(error)
    expect(partial?.associations).toEqual([
      {
        distributionId: DIST,
        behavior: '*',
        previousArn: `${FN_ARN}:1`,
        newArn: `${FN_ARN}:2`,
        changed: true,
        state: 'written'
      },
      {
        distributionId: DIST_B,
        behavior: '*',
        previousArn: `${FN_ARN}:1`,
        newArn: `${FN_ARN}:1`,
        changed: false,
        state: 'failed'
      }
    ])
    expect(partial?.changed).toBe(true)
    expect(partial?.steps).toContain(`Written before the failure: ${DIST} '*'`)
    expect(cf.arnAt(DIST, '*')).toBe(`${FN_ARN}:2`)

    const rolled = await rollbackFailedDeploy(partial)
    expect(cf.updatedIds()).toEqual([DIST])
    expect(cf.arnAt(DIST, '*')).toBe(`${FN_ARN}:1`)
    expect(rolled.rolledBack).toEqual({
      to: `${FN_ARN}:1`,
      reason: 'deploy failed',
      restored: [{ distributionId: DIST, behavior: '*', arn: `${FN_ARN}:1` }]
    })
    expect(rolled.associations.map((a) => [a.distributionId, a.state, a.newArn])).toEqual([
      [DIST, 'restored', `${FN_ARN}:1`],
      [DIST_B, 'failed', `${FN_ARN}:1`]
    ])
  })

  it('when nothing was written, no row claims the new version; a stopped distribution is not-attempted', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)] })
    const cf = fakeDistributions(bothAtVersion1(), (id, n) =>
      id === DIST
        ? awsError(
            'InvalidLambdaFunctionAssociation',
            'The function cannot have environment variables. Function: x:2'
          )
        : n === 1
          ? preconditionFailed()
          : undefined
    )
    // B's backoff lasts a turn of the event loop, as any real delay does, so A's failure is seen.
    const clock = { ...fakeClock(), sleep: () => new Promise<void>((r) => setImmediate(r)) }
    const error = await deploy(clients, pkg, twoDistributions(), memoryLogger(), clock).catch(
      (e: unknown) => e
    )
    expect(String(error)).toMatch(/InvalidLambdaFunctionAssociation/)
    expect(String(error)).not.toContain('was not updated because')
    // B got one 412 and then stopped instead of retrying: nothing of it was written.
    expect(cf.updatedIds().sort()).toEqual([DIST, DIST_B].sort())
    const partial = outcomeOfFailure(error)
    expect(
      partial?.associations.map((a) => [a.distributionId, a.state, a.newArn, a.changed])
    ).toEqual([
      [DIST, 'failed', `${FN_ARN}:1`, false],
      [DIST_B, 'not-attempted', `${FN_ARN}:1`, false]
    ])
    expect(partial?.associations.some((a) => a.newArn === `${FN_ARN}:2`)).toBe(false)
    expect(partial?.changed).toBe(false)
    expect(partial?.steps).toContain('No association was written')

    const rolled = await rollbackFailedDeploy(partial)
    expect(cf.updatedIds()).toEqual([])
    expect(rolled.rolledBack).toBeUndefined()
  })

  it('a behavior overwritten by someone else while we waited is reported with their ARN, not ours', async () => {
    world({ versions: [version(2, pkg.manifest.codeSha256)] })
    afterWrite(FOREIGN_ARN)
    const error = await deploy(clients, pkg, settings(), memoryLogger(), fakeClock()).catch(
      (e: unknown) => e
    )
    expect(outcomeOfFailure(error)?.associations).toEqual([
      {
        distributionId: DIST,
        behavior: '*',
        previousArn: undefined,
        newArn: FOREIGN_ARN,
        changed: false,
        state: 'overwritten'
      }
    ])
  })
})

describe('rollback: what is associated afterwards', () => {
  const written = (distributionId: string, behavior: string, previousArn?: string) => ({
    distributionId,
    behavior,
    previousArn,
    newArn: `${FN_ARN}:7`,
    changed: true,
    state: 'written' as const
  })

  it('restores a different previous ARN per behavior and names each one', async () => {
    world()
    const cf = fakeDistributions({
      [DIST]: configWith({ '*': `${FN_ARN}:7`, '/api/*': `${FN_ARN}:7` }),
      [DIST_B]: configWith({ '*': `${FN_ARN}:7` })
    })
    const outcome: DeployOutcome = {
      ...deployedVersion7(undefined),
      associations: [
        written(DIST, '*', `${FN_ARN}:1`),
        written(DIST, '/api/*'),
        written(DIST_B, '*', `${FN_ARN}:3`)
      ],
      distributions: []
    }
    const rolled = await rollback(
      clients,
      outcome,
      settings({ distributionIds: [DIST, DIST_B], behaviors: { kind: 'all' } }),
      memoryLogger(),
      'verification failed',
      fakeClock()
    )
    expect([cf.arnAt(DIST, '*'), cf.arnAt(DIST, '/api/*'), cf.arnAt(DIST_B, '*')]).toEqual([
      `${FN_ARN}:1`,
      undefined,
      `${FN_ARN}:3`
    ])
    expect(rolled.rolledBack?.restored).toEqual([
      { distributionId: DIST, behavior: '*', arn: `${FN_ARN}:1` },
      { distributionId: DIST, behavior: '/api/*', arn: undefined },
      { distributionId: DIST_B, behavior: '*', arn: `${FN_ARN}:3` }
    ])
    expect(rolled.rolledBack?.to).toBe(
      `per behavior: ${DIST} '*' → ${FN_ARN}:1; ${DIST} '/api/*' → none; ${DIST_B} '*' → ${FN_ARN}:3`
    )
    expect(rolled.associations.map((a) => [a.newArn, a.changed, a.state])).toEqual([
      [`${FN_ARN}:1`, false, 'restored'],
      ['', false, 'restored'],
      [`${FN_ARN}:3`, false, 'restored']
    ])
  })

  it('sets no rolledBack and writes nothing when no association was written', async () => {
    world()
    const cf = fakeDistributions({ [DIST]: configWith({ '*': `${FN_ARN}:7` }) })
    const outcome: DeployOutcome = {
      ...deployedVersion7(`${FN_ARN}:7`),
      changed: false,
      associations: [
        {
          distributionId: DIST,
          behavior: '*',
          previousArn: `${FN_ARN}:7`,
          newArn: `${FN_ARN}:7`,
          changed: false,
          state: 'unchanged'
        }
      ]
    }
    const rolled = await rollback(clients, outcome, settings(), memoryLogger(), 'bad', fakeClock())
    expect(cf.updatedIds()).toEqual([])
    expect(rolled.rolledBack).toBeUndefined()
    expect(rolled.associations).toEqual(outcome.associations)
    expect(rolled.steps.at(-1)).toBe('Nothing to roll back: no association was written')
  })
})
