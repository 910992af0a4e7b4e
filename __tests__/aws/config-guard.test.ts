// Configuration the bundled SDK does not model is never dropped: the XML GetDistributionConfig
// returned is compared with the XML UpdateDistribution would send, through the real SDK
// against the emulator (which keeps and returns elements the SDK does not know).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js'
import {
  droppedElements,
  elementPaths,
  guardedUpdate,
  UnknownConfigError
} from '../../src/aws/config-guard.js'
import { readDistributionConfig } from '../../src/aws/cloudfront.js'
import { awsContext } from '../../src/aws/context.js'
import { buildEdgePackage } from '../../src/compile/package.js'
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js'
import { memoryLogger } from '../../src/log.js'
import { DIST, FN, ROLE, settings } from './fixtures.js'
import { deploy, planDeployment } from './stage.js'
import { policyFromText } from '../helpers/policy.js'

const CONFIG = (extra: string) => `<?xml version="1.0"?>
<DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">
  <Origins><Quantity>1</Quantity><Items><Origin><Id>s3</Id><DomainName>b</DomainName>${extra}</Origin></Items></Origins>
  <DefaultCacheBehavior><TargetOriginId>s3</TargetOriginId>
    <LambdaFunctionAssociations><Quantity>2</Quantity><Items>
      <LambdaFunctionAssociation><LambdaFunctionARN>arn:vr:1</LambdaFunctionARN><EventType>viewer-request</EventType></LambdaFunctionAssociation>
      <LambdaFunctionAssociation><LambdaFunctionARN>arn:or:1</LambdaFunctionARN><EventType>origin-response</EventType><IncludeBody>false</IncludeBody></LambdaFunctionAssociation>
    </Items></LambdaFunctionAssociations>
  </DefaultCacheBehavior>
  <CacheBehaviors><Quantity>1</Quantity><Items><CacheBehavior><PathPattern>/a/*</PathPattern><TargetOriginId>s3</TargetOriginId></CacheBehavior></Items></CacheBehaviors>
</DistributionConfig>`

describe('droppedElements', () => {
  it('names list items by what identifies them', () => {
    expect([...elementPaths(CONFIG(''))]).toEqual(
      expect.arrayContaining([
        'DistributionConfig/Origins/Items/Origin[Id=s3]/DomainName',
        'DistributionConfig/DefaultCacheBehavior/LambdaFunctionAssociations/Items/LambdaFunctionAssociation[EventType=viewer-request]',
        'DistributionConfig/CacheBehaviors/Items/CacheBehavior[PathPattern=/a/*]/TargetOriginId'
      ])
    )
  })

  it('reports a lost element once, by the top of what is lost', () => {
    const before = CONFIG('<FutureSetting><Mode>on</Mode></FutureSetting>')
    expect(droppedElements(before, CONFIG(''), ['*'])).toEqual([
      'DistributionConfig/Origins/Items/Origin[Id=s3]/FutureSetting'
    ])
  })

  it('allows only the changed behaviors’ origin-response association to go', () => {
    const without = CONFIG('').replace(
      /<LambdaFunctionAssociation><LambdaFunctionARN>arn:or:1.*?<\/LambdaFunctionAssociation>/s,
      ''
    )
    expect(droppedElements(CONFIG(''), without, ['*'])).toEqual([])
    // Not a behavior we change: its association must stay.
    expect(droppedElements(CONFIG(''), without, ['/a/*'])).toEqual([
      'DistributionConfig/DefaultCacheBehavior/LambdaFunctionAssociations/Items/LambdaFunctionAssociation[EventType=origin-response]'
    ])
    // Another event type never goes, even on a changed behavior.
    const noViewer = CONFIG('').replace(
      /<LambdaFunctionAssociation><LambdaFunctionARN>arn:vr:1.*?<\/LambdaFunctionAssociation>/s,
      ''
    )
    expect(droppedElements(CONFIG(''), noViewer, ['*'])).toHaveLength(1)
  })
})

describe('against the emulator, through the real SDK', () => {
  const saved = { ...process.env }
  let emulator: RunningEmulator
  let clients: AwsClients
  const pkg = buildEdgePackage(
    policyFromText('version: 1\nextends: none\nheaders:\n  x-frame-options: DENY\n')
  )
  beforeAll(async () => {
    emulator = await startEmulator({
      port: 0,
      delays: { deployMs: 0, functionCreateMs: 0, functionUpdateMs: 0, invalidationMs: 0 },
      state: {
        roles: [{ arn: ROLE }],
        distributions: [
          {
            id: DIST,
            origins: [{ id: 'site', folder: 'examples/site' }],
            unmodeledXml: {
              'Origins/Items/Origin':
                '<OriginFutureTimeouts><ReadSeconds>90</ReadSeconds></OriginFutureTimeouts>'
            }
          },
          { id: 'EPLAINDIST0001', origins: [{ id: 'site', folder: 'examples/site' }] }
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

  const fast = { pollIntervalMs: 10, waitTimeoutMs: 5000, roleArn: ROLE, functionName: FN }

  it('a config the SDK models fully deploys (nothing is taken for lost)', async () => {
    const outcome = await deploy(
      clients,
      pkg,
      settings({ ...fast, distributionIds: ['EPLAINDIST0001'] }),
      memoryLogger()
    )
    expect(outcome.associations[0]?.state).toBe('written')
  })

  it('plan and deploy stop before any write, naming the element and the upgrade', async () => {
    emulator.resetCalls()
    const s = settings({ ...fast, distributionIds: [DIST] })
    const planned = await planDeployment(clients, pkg, s, memoryLogger()).catch((e: unknown) => e)
    expect(planned).toBeInstanceOf(UnknownConfigError)
    const error = await deploy(clients, pkg, s, memoryLogger()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnknownConfigError)
    expect(String(error)).toMatch(
      /Distribution EDFDVBD6EXAMPLE was not updated: .*\(DistributionConfig\/Origins\/Items\/Origin\[Id=site\]\/OriginFutureTimeouts\).*UpdateDistribution replaces the whole config.*Upgrade headerguard/
    )
    expect(emulator.calls().filter((c) => c.mutating)).toEqual([])
  })

  it('the write itself is checked too: the request is stopped before it is sent', async () => {
    emulator.resetCalls()
    const ctx = awsContext(clients, memoryLogger())
    const read = await readDistributionConfig(ctx, DIST)
    const command = guardedUpdate(read, read.config, [])
    await expect(clients.cloudfront.send(command)).rejects.toBeInstanceOf(UnknownConfigError)
    expect(emulator.calls().map((c) => c.operation)).toEqual(['GetDistributionConfig'])
  })
})
