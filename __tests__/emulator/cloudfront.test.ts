// CloudFront API contract: every operation and error the action relies on, through the real SDK.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CloudFrontClient,
  CreateDistributionCommand,
  CreateInvalidationCommand,
  GetDistributionCommand,
  GetDistributionConfigCommand,
  GetInvalidationCommand,
  ListDistributionsCommand,
  ListInvalidationsCommand,
  UpdateDistributionCommand
} from '@aws-sdk/client-cloudfront'
import {
  DIST,
  ROLE,
  addHeaderZip,
  associate,
  publish,
  rejection,
  siteState,
  startWithClients,
  updateConfig,
  type Clients,
  SLOW_MS
} from './helpers.js'

let c: Clients
beforeAll(async () => {
  c = await startWithClients({
    state: siteState({
      behaviors: [{ pathPattern: '/assets/*' }],
      roles: [
        { arn: 'arn:aws:iam::123456789012:role/lambda-only', trust: ['lambda.amazonaws.com'] }
      ]
    })
  })
})
afterAll(() => c.emulator.close())

describe('GetDistribution / GetDistributionConfig', () => {
  it('returns the distribution with an ETag, Deployed, and the viewer as DomainName', async () => {
    const got = await c.cloudfront.send(new GetDistributionCommand({ Id: DIST }))
    expect(got.ETag).toMatch(/^E[A-Z0-9]{13}$/)
    expect(got.Distribution?.Status).toBe('Deployed')
    expect(`http://${got.Distribution?.DomainName}`).toBe(c.emulator.viewers[DIST])
    expect(got.Distribution?.ARN).toBe(`arn:aws:cloudfront::123456789012:distribution/${DIST}`)
    expect(got.Distribution?.DistributionConfig?.CacheBehaviors?.Items?.[0]?.PathPattern).toBe(
      '/assets/*'
    )
  })

  it('answers NoSuchDistribution (404) for an unknown id', async () => {
    const error = await rejection(
      c.cloudfront.send(new GetDistributionConfigCommand({ Id: 'ENOTTHERE12345' }))
    )
    expect(error.name).toBe('NoSuchDistribution')
    expect(error.$metadata?.httpStatusCode).toBe(404)
    expect(error.message).toBe('The specified distribution does not exist.')
  })
})

describe('UpdateDistribution', () => {
  it('requires If-Match: InvalidIfMatchVersion when missing, PreconditionFailed (412) when stale', async () => {
    const current = await c.cloudfront.send(new GetDistributionConfigCommand({ Id: DIST }))
    const missing = await rejection(
      c.cloudfront.send(
        new UpdateDistributionCommand({ Id: DIST, DistributionConfig: current.DistributionConfig })
      )
    )
    expect(missing.name).toBe('InvalidIfMatchVersion')
    expect(missing.message).toBe('The If-Match version is missing or not valid for the resource.')
    const first = await c.cloudfront.send(
      new UpdateDistributionCommand({
        Id: DIST,
        IfMatch: current.ETag,
        DistributionConfig: current.DistributionConfig
      })
    )
    expect(first.ETag).not.toBe(current.ETag)
    const stale = await rejection(
      c.cloudfront.send(
        new UpdateDistributionCommand({
          Id: DIST,
          IfMatch: current.ETag,
          DistributionConfig: current.DistributionConfig
        })
      )
    )
    expect(stale.name).toBe('PreconditionFailed')
    expect(stale.$metadata?.httpStatusCode).toBe(412)
  })

  it('refuses a changed CallerReference (IllegalUpdate) and Quantity != Items (InconsistentQuantities)', async () => {
    const illegal = await rejection(
      updateConfig(c, (config) => (config.CallerReference = 'something-else'))
    )
    expect(illegal.name).toBe('IllegalUpdate')
    const inconsistent = await rejection(
      updateConfig(c, (config) => (config.Aliases = { Quantity: 2, Items: ['www.example.com'] }))
    )
    expect(inconsistent.name).toBe('InconsistentQuantities')
    expect(inconsistent.message).toContain(
      "The value of Quantity and the size of Items don't match."
    )
  })

  it('is InProgress for deployMs after a change, then Deployed', async () => {
    c.emulator.setDelays({ deployMs: SLOW_MS })
    try {
      const updated = await updateConfig(c, (config) => (config.Comment = 'propagating'))
      expect(updated.Distribution?.Status).toBe('InProgress')
      expect(
        (await c.cloudfront.send(new GetDistributionCommand({ Id: DIST }))).Distribution?.Status
      ).toBe('InProgress')
      c.advance(SLOW_MS)
      const later = await c.cloudfront.send(new GetDistributionCommand({ Id: DIST }))
      expect(later.Distribution?.Status).toBe('Deployed')
      expect(later.Distribution?.DistributionConfig?.Comment).toBe('propagating')
    } finally {
      c.emulator.setDelays({ deployMs: 0 })
    }
  })
})

describe('InvalidLambdaFunctionAssociation', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    [
      'an unversioned ARN',
      async () => 'arn:aws:lambda:us-east-1:123456789012:function:anything',
      /must reference a specific function version/
    ],
    [
      '$LATEST',
      async () => 'arn:aws:lambda:us-east-1:123456789012:function:anything:$LATEST',
      /The ARN must end with the version number/
    ],
    [
      'another region',
      async () => 'arn:aws:lambda:eu-west-1:123456789012:function:anything:1',
      /The function must be in region 'us-east-1'/
    ],
    [
      'a missing function',
      async () => 'arn:aws:lambda:us-east-1:123456789012:function:missing:1',
      /Lambda@Edge cannot retrieve the specified Lambda function/
    ],
    [
      'a missing version',
      async () =>
        `${(await publish(c, 'has-one-version', addHeaderZip('x-a', '1'))).replace(/:1$/, ':7')}`,
      /cannot retrieve/
    ],
    [
      'environment variables',
      async () =>
        publish(c, 'with-env', addHeaderZip('x-a', '1'), {
          Environment: { Variables: { MODE: 'x' } }
        }),
      /The function cannot have environment variables\. Function: .*with-env:1/
    ],
    [
      'a role without edgelambda trust',
      async () =>
        publish(c, 'lambda-only-role', addHeaderZip('x-a', '1'), {
          Role: 'arn:aws:iam::123456789012:role/lambda-only'
        }),
      /must be assumable with edgelambda\.amazonaws\.com as well as lambda\.amazonaws\.com principals.*Role: arn:aws:iam::123456789012:role\/lambda-only/
    ]
  ]
  for (const [what, arnOf, message] of cases) {
    it(`refuses ${what}`, async () => {
      const arn = await arnOf()
      const error = await rejection(associate(c, arn))
      expect(error.name).toBe('InvalidLambdaFunctionAssociation')
      expect(error.message).toMatch(message)
    })
  }

  it('refuses two functions on one event type of a behavior', async () => {
    const arn = await publish(c, 'twice', addHeaderZip('x-a', '1'))
    const error = await rejection(
      updateConfig(c, (config) => {
        const item = {
          EventType: 'origin-response' as const,
          LambdaFunctionARN: arn,
          IncludeBody: false
        }
        config.DefaultCacheBehavior!.LambdaFunctionAssociations = {
          Quantity: 2,
          Items: [item, item]
        }
      })
    )
    expect(error.name).toBe('InvalidLambdaFunctionAssociation')
    expect(error.message).toContain('must be unique in the cache behavior')
  })

  it('accepts a published version whose role trusts both principals', async () => {
    const arn = await publish(c, 'good-one', addHeaderZip('x-a', '1'), { Role: ROLE })
    const updated = await associate(c, arn)
    expect(
      updated.Distribution?.DistributionConfig?.DefaultCacheBehavior?.LambdaFunctionAssociations
        ?.Items?.[0]?.LambdaFunctionARN
    ).toBe(arn)
  })
})

describe('CreateDistribution / ListDistributions', () => {
  it('creates a distribution with its own viewer, lists it, refuses a reused CallerReference', async () => {
    const source = await c.cloudfront.send(new GetDistributionConfigCommand({ Id: DIST }))
    const config = {
      ...source.DistributionConfig!,
      CallerReference: 'created-by-test',
      Comment: 'second'
    }
    config.DefaultCacheBehavior = {
      ...config.DefaultCacheBehavior!,
      LambdaFunctionAssociations: { Quantity: 0 }
    }
    const created = await c.cloudfront.send(
      new CreateDistributionCommand({ DistributionConfig: config })
    )
    const id = created.Distribution?.Id as string
    expect(id).toMatch(/^E[A-Z0-9]{13}$/)
    expect(created.Location).toBe(`https://cloudfront.amazonaws.com/2020-05-31/distribution/${id}`)
    expect(created.Distribution?.Status).toBe('Deployed')
    expect(c.emulator.viewers[id]).toBe(`http://${created.Distribution?.DomainName}`)
    const list = await c.cloudfront.send(new ListDistributionsCommand({}))
    expect(list.DistributionList?.Items?.map((d) => d.Id)).toEqual(
      expect.arrayContaining([DIST, id])
    )
    expect(list.DistributionList?.Items?.find((d) => d.Id === id)?.Comment).toBe('second')
    const again = await rejection(
      c.cloudfront.send(new CreateDistributionCommand({ DistributionConfig: config }))
    )
    expect(again.name).toBe('DistributionAlreadyExists')
    expect(again.message).toContain(`Already exists: ${id}`)
  })
})

describe('invalidations', () => {
  it('creates, gets and lists invalidations; InProgress for invalidationMs then Completed', async () => {
    c.emulator.setDelays({ invalidationMs: SLOW_MS })
    try {
      const created = await c.cloudfront.send(
        new CreateInvalidationCommand({
          DistributionId: DIST,
          InvalidationBatch: {
            CallerReference: 'inv-1',
            Paths: { Quantity: 2, Items: ['/*', '/index.html'] }
          }
        })
      )
      const id = created.Invalidation?.Id as string
      expect(created.Invalidation?.Status).toBe('InProgress')
      expect(created.Location).toContain(`/distribution/${DIST}/invalidation/${id}`)
      c.advance(SLOW_MS)
      const got = await c.cloudfront.send(
        new GetInvalidationCommand({ DistributionId: DIST, Id: id })
      )
      expect(got.Invalidation?.Status).toBe('Completed')
      expect(got.Invalidation?.InvalidationBatch?.Paths?.Items).toEqual(['/*', '/index.html'])
      const list = await c.cloudfront.send(new ListInvalidationsCommand({ DistributionId: DIST }))
      expect(list.InvalidationList?.Items?.[0]?.Id).toBe(id)
    } finally {
      c.emulator.setDelays({ invalidationMs: 0 })
    }
  })

  it('refuses a path without a leading slash and reports NoSuchInvalidation', async () => {
    const bad = await rejection(
      c.cloudfront.send(
        new CreateInvalidationCommand({
          DistributionId: DIST,
          InvalidationBatch: {
            CallerReference: 'bad',
            Paths: { Quantity: 1, Items: ['index.html'] }
          }
        })
      )
    )
    expect(bad.name).toBe('InvalidArgument')
    const missing = await rejection(
      c.cloudfront.send(new GetInvalidationCommand({ DistributionId: DIST, Id: 'INOPE' }))
    )
    expect(missing.name).toBe('NoSuchInvalidation')
  })
})

describe('faults', () => {
  it('throttles the next N calls with Throttling (400) and records them', async () => {
    c.emulator.resetCalls()
    c.emulator.injectFault({
      kind: 'throttle',
      service: 'cloudfront',
      operation: 'GetDistribution',
      count: 1
    })
    const error = await rejection(c.cloudfront.send(new GetDistributionCommand({ Id: DIST })))
    expect(error.name).toBe('Throttling')
    expect(error.message).toBe('Rate exceeded')
    await c.cloudfront.send(new GetDistributionCommand({ Id: DIST }))
    expect(c.emulator.calls().map((call) => [call.operation, call.status, call.mutating])).toEqual([
      ['GetDistribution', 400, false],
      ['GetDistribution', 200, false]
    ])
  })

  it('concurrent-write: another writer changes the ETag between our read and write', async () => {
    c.emulator.injectFault({
      kind: 'concurrent-write',
      distributionId: DIST,
      count: 1,
      comment: 'changed elsewhere'
    })
    const error = await rejection(updateConfig(c, (config) => (config.Comment = 'ours')))
    expect(error.name).toBe('PreconditionFailed')
    const retried = await updateConfig(c, (config) => {
      expect(config.Comment).toBe('changed elsewhere')
      config.Comment = 'ours'
    })
    expect(retried.Distribution?.DistributionConfig?.Comment).toBe('ours')
  })

  it('stuck-deployment keeps the distribution InProgress', async () => {
    const { emulator, advance } = await startWithClients()
    try {
      const clients = { ...c, emulator }
      const sdk = new CloudFrontClient({
        region: 'us-east-1',
        endpoint: emulator.endpoint,
        credentials: { accessKeyId: 'test', secretAccessKey: 'test' }
      })
      emulator.injectFault({ kind: 'stuck-deployment', distributionId: DIST })
      await updateConfig(
        { ...clients, cloudfront: sdk },
        (config) => (config.Comment = 'never lands')
      )
      advance(SLOW_MS) // far past any deployment delay: only the fault keeps it InProgress
      expect((await sdk.send(new GetDistributionCommand({ Id: DIST }))).Distribution?.Status).toBe(
        'InProgress'
      )
      expect(emulator.state().faults).toContainEqual({
        kind: 'stuck-deployment',
        distributionId: DIST
      })
    } finally {
      await emulator.close()
    }
  })
})
