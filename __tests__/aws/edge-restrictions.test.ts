// Preflight covers every documented Lambda@Edge restriction before any write, through the real
// SDK against the emulator, which models each of them as the Lambda and CloudFront API
// references describe: KMSKeyArn, GetRuntimeManagementConfig, ListProvisionedConcurrencyConfigs
// and a distribution's Enabled.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  GetFunctionCommand,
  GetProvisionedConcurrencyConfigCommand,
  GetRuntimeManagementConfigCommand,
  ListProvisionedConcurrencyConfigsCommand
} from '@aws-sdk/client-lambda'
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js'
import { buildEdgePackage } from '../../src/compile/package.js'
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js'
import { AwsError } from '../../src/errors.js'
import { memoryLogger } from '../../src/log.js'
import { policyFromText } from '../helpers/policy.js'
import { DIST, ROLE, settings } from './fixtures.js'
import { deploy, planDeployment } from './stage.js'

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const DISABLED = 'EDISABLEDDIST1'
const saved = { ...process.env }
let emulator: RunningEmulator
let clients: AwsClients
const pkg = buildEdgePackage(
  policyFromText('version: 1\nextends: none\nheaders:\n  x-frame-options: DENY\n')
)
const origins = [{ id: 'site', folder: 'examples/site' }]

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    delays: { deployMs: 0, functionCreateMs: 0, functionUpdateMs: 0, invalidationMs: 0 },
    state: {
      roles: [{ arn: ROLE }],
      functions: [
        { name: 'edge-kms', kmsKeyArn: KEY },
        { name: 'edge-manual', updateRuntimeOn: 'Manual' },
        {
          name: 'edge-provisioned',
          publishedVersions: 2,
          provisionedConcurrency: [{ version: '2', executions: 5 }]
        },
        { name: 'edge-plain' }
      ],
      distributions: [
        { id: DIST, origins },
        { id: DISABLED, origins, enabled: false }
      ]
    }
  })
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_ENDPOINT_URL_CLOUDFRONT: emulator.endpoint,
    AWS_ENDPOINT_URL_LAMBDA: emulator.endpoint,
    AWS_ENDPOINT_URL_IAM: emulator.endpoint
  })
  clients = createAwsClients()
})
afterAll(async () => {
  process.env = saved
  await emulator.close()
})

const fast = {
  pollIntervalMs: 10,
  waitTimeoutMs: 5000,
  roleArn: ROLE,
  runtime: 'nodejs22.x' as const
}

describe('the emulator answers as the Lambda API reference says', () => {
  it('KMSKeyArn, the runtime management mode and provisioned concurrency', async () => {
    const fn = await clients.lambda.send(new GetFunctionCommand({ FunctionName: 'edge-kms' }))
    expect(fn.Configuration?.KMSKeyArn).toBe(KEY)
    const manual = await clients.lambda.send(
      new GetRuntimeManagementConfigCommand({ FunctionName: 'edge-manual' })
    )
    expect(manual.UpdateRuntimeOn).toBe('Manual')
    expect(manual.RuntimeVersionArn).toMatch(/^arn:aws:lambda:us-east-1::runtime:/)
    const auto = await clients.lambda.send(
      new GetRuntimeManagementConfigCommand({ FunctionName: 'edge-plain' })
    )
    expect(auto).toMatchObject({ UpdateRuntimeOn: 'Auto' })
    expect(auto.RuntimeVersionArn ?? null).toBeNull()
    const list = await clients.lambda.send(
      new ListProvisionedConcurrencyConfigsCommand({ FunctionName: 'edge-provisioned' })
    )
    expect(list.ProvisionedConcurrencyConfigs).toEqual([
      expect.objectContaining({
        FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:edge-provisioned:2',
        RequestedProvisionedConcurrentExecutions: 5,
        Status: 'READY'
      })
    ])
    const one = await clients.lambda.send(
      new GetProvisionedConcurrencyConfigCommand({
        FunctionName: 'edge-provisioned',
        Qualifier: '2'
      })
    )
    expect(one.AllocatedProvisionedConcurrentExecutions).toBe(5)
    await expect(
      clients.lambda.send(
        new GetProvisionedConcurrencyConfigCommand({
          FunctionName: 'edge-provisioned',
          Qualifier: '1'
        })
      )
    ).rejects.toMatchObject({ name: 'ProvisionedConcurrencyConfigNotFoundException' })
  })
})

describe('preflight refuses before any write', () => {
  it.each([
    [
      'edge-kms',
      /customer managed KMS key \(arn:aws:kms:.*\); Lambda@Edge does not allow it.*--kms-key-arn ""/
    ],
    [
      'edge-manual',
      /runtime management mode Manual; Lambda@Edge allows only Auto: aws lambda put-runtime-management-config --function-name edge-manual --update-runtime-on Auto/
    ],
    [
      'edge-provisioned',
      /provisioned concurrency on '2'; Lambda@Edge does not allow it.*--qualifier 2/
    ]
  ])('a function %s', async (functionName, message) => {
    emulator.resetCalls()
    const s = settings({ ...fast, functionName })
    for (const run of [planDeployment, deploy]) {
      const error = await run(clients, pkg, s, memoryLogger()).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(AwsError)
      expect(String(error)).toMatch(/Lambda@Edge preflight failed; nothing was changed/)
      expect(String(error)).toMatch(message)
    }
    expect(emulator.calls().filter((c) => c.mutating)).toEqual([])
  })

  it('a disabled distribution: said so, not deployed and rolled back', async () => {
    emulator.resetCalls()
    const s = settings({ ...fast, functionName: 'edge-plain', distributionIds: [DIST, DISABLED] })
    const error = await deploy(clients, pkg, s, memoryLogger()).catch((e: unknown) => e)
    expect(String(error)).toMatch(
      /distribution EDISABLEDDIST1 is disabled \(Enabled: false\): it serves no requests, so nothing could be verified/
    )
    expect(emulator.calls().filter((c) => c.mutating)).toEqual([])
  })

  it('a function without any of them deploys', async () => {
    const s = settings({ ...fast, functionName: 'edge-plain' })
    const outcome = await deploy(clients, pkg, s, memoryLogger())
    expect(outcome.associations[0]?.state).toBe('written')
  })
})

describe('CloudFront refuses the association the same way (the emulator follows the restrictions page)', () => {
  it('a version with provisioned concurrency cannot be associated', async () => {
    const { UpdateDistributionCommand, GetDistributionConfigCommand } =
      await import('@aws-sdk/client-cloudfront')
    const { withOriginResponseItem } = await import('../../src/aws/associations.js')
    const read = await clients.cloudfront.send(new GetDistributionConfigCommand({ Id: DIST }))
    const config = read.DistributionConfig
    if (!config?.DefaultCacheBehavior) throw new Error('no config')
    config.DefaultCacheBehavior.LambdaFunctionAssociations = withOriginResponseItem(
      config.DefaultCacheBehavior.LambdaFunctionAssociations,
      'arn:aws:lambda:us-east-1:123456789012:function:edge-provisioned:2'
    )
    await expect(
      clients.cloudfront.send(
        new UpdateDistributionCommand({ Id: DIST, IfMatch: read.ETag, DistributionConfig: config })
      )
    ).rejects.toMatchObject({
      name: 'InvalidLambdaFunctionAssociation',
      message: expect.stringMatching(/cannot have provisioned concurrency/)
    })
  })
})
