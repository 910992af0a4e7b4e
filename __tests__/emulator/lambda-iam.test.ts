// Lambda and IAM API contracts through the real SDK clients, and the SDK's endpoint variables.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CloudFrontClient, GetDistributionCommand } from '@aws-sdk/client-cloudfront'
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import {
  DeleteFunctionCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionUpdatedV2
} from '@aws-sdk/client-lambda'
import { createHash } from 'node:crypto'
import {
  DIST,
  addHeaderZip,
  createFunction,
  associate,
  publish,
  rejection,
  siteState,
  startWithClients,
  type Clients,
  SLOW_MS
} from './helpers.js'

let c: Clients
beforeAll(async () => {
  c = await startWithClients({
    state: siteState({
      roles: [
        { arn: 'arn:aws:iam::123456789012:role/no-edge', trust: ['lambda.amazonaws.com'] },
        { arn: 'arn:aws:iam::123456789012:role/ec2-only', trust: ['ec2.amazonaws.com'] }
      ]
    })
  })
})
afterAll(() => c.emulator.close())

const sha = (zip: Uint8Array) => createHash('sha256').update(zip).digest('base64')

describe('CreateFunction / GetFunction / GetFunctionConfiguration', () => {
  it('creates from a zip: CodeSha256 is the base64 SHA-256, ARNs and Code.Location work', async () => {
    const zip = addHeaderZip('x-one', '1')
    const created = await createFunction(c, 'fn-a', zip)
    expect(created.CodeSha256).toBe(sha(zip))
    expect(created.FunctionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:fn-a')
    expect(created.Version).toBe('$LATEST')
    const got = await c.lambda.send(new GetFunctionCommand({ FunctionName: 'fn-a' }))
    expect(got.Configuration?.State).toBe('Active')
    const download = await fetch(got.Code?.Location as string)
    expect(sha(new Uint8Array(await download.arrayBuffer()))).toBe(sha(zip))
    const duplicate = await rejection(createFunction(c, 'fn-a', zip))
    expect(duplicate.name).toBe('ResourceConflictException')
    expect(duplicate.message).toBe('Function already exist: fn-a')
  })

  it('answers ResourceNotFoundException (404) with the ARN', async () => {
    const error = await rejection(
      c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'nope', Qualifier: '3' }))
    )
    expect(error.name).toBe('ResourceNotFoundException')
    expect(error.$metadata?.httpStatusCode).toBe(404)
    expect(error.message).toBe(
      'Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope:3'
    )
  })

  it('is Pending for functionCreateMs, and refuses a role that Lambda cannot assume', async () => {
    c.emulator.setDelays({ functionCreateMs: SLOW_MS })
    try {
      const created = await createFunction(c, 'fn-pending', addHeaderZip('x', '1'))
      expect(created.State).toBe('Pending')
      const busy = await rejection(
        c.lambda.send(new PublishVersionCommand({ FunctionName: 'fn-pending' }))
      )
      expect(busy.name).toBe('ResourceConflictException')
      c.advance(SLOW_MS)
      expect(
        (await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'fn-pending' })))
          .State
      ).toBe('Active')
    } finally {
      c.emulator.setDelays({ functionCreateMs: 0 })
    }
    const refused = await rejection(
      createFunction(c, 'fn-ec2', addHeaderZip('x', '1'), 'arn:aws:iam::123456789012:role/ec2-only')
    )
    expect(refused.name).toBe('InvalidParameterValueException')
    expect(refused.message).toBe('The role defined for the function cannot be assumed by Lambda.')
  })
})

describe('UpdateFunctionCode / PublishVersion', () => {
  it('publishes new versions only after an update, with the CodeSha256 and RevisionId preconditions', async () => {
    const zip1 = addHeaderZip('x-v', '1')
    const arn1 = await publish(c, 'fn-pub', zip1)
    expect(arn1).toMatch(/:fn-pub:1$/)
    const again = await c.lambda.send(new PublishVersionCommand({ FunctionName: 'fn-pub' }))
    expect(again.Version).toBe('1')
    const stale = await rejection(
      c.lambda.send(new PublishVersionCommand({ FunctionName: 'fn-pub', CodeSha256: 'AAAA' }))
    )
    expect(stale.name).toBe('InvalidParameterValueException')
    expect(stale.message).toContain(
      `CodeSHA256 (AAAA) is different from current CodeSHA256 in $LATEST`
    )
    const updated = await c.lambda.send(
      new UpdateFunctionCodeCommand({ FunctionName: 'fn-pub', ZipFile: zip1 })
    )
    const wrongRevision = await rejection(
      c.lambda.send(
        new UpdateFunctionCodeCommand({
          FunctionName: 'fn-pub',
          ZipFile: zip1,
          RevisionId: 'not-it'
        })
      )
    )
    expect(wrongRevision.name).toBe('PreconditionFailedException')
    const v2 = await c.lambda.send(
      new PublishVersionCommand({
        FunctionName: 'fn-pub',
        CodeSha256: updated.CodeSha256,
        RevisionId: updated.RevisionId
      })
    )
    expect(v2.Version).toBe('2')
    expect(v2.CodeSha256).toBe(sha(zip1))
  })

  it('is InProgress for functionUpdateMs and refuses a publish meanwhile (ResourceConflictException)', async () => {
    await publish(c, 'fn-busy', addHeaderZip('x', '1'))
    c.emulator.setDelays({ functionUpdateMs: SLOW_MS })
    try {
      const updated = await c.lambda.send(
        new UpdateFunctionCodeCommand({ FunctionName: 'fn-busy', ZipFile: addHeaderZip('x', '2') })
      )
      expect(updated.LastUpdateStatus).toBe('InProgress')
      const busy = await rejection(
        c.lambda.send(new PublishVersionCommand({ FunctionName: 'fn-busy' }))
      )
      expect(busy.name).toBe('ResourceConflictException')
      expect(busy.message).toContain(
        'An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:fn-busy'
      )
      c.advance(SLOW_MS)
      await waitUntilFunctionUpdatedV2(
        { client: c.lambda, maxWaitTime: 5, minDelay: 0.1, maxDelay: 0.1 },
        { FunctionName: 'fn-busy' }
      )
      expect(
        (await c.lambda.send(new PublishVersionCommand({ FunctionName: 'fn-busy' }))).Version
      ).toBe('2')
    } finally {
      c.emulator.setDelays({ functionUpdateMs: 0 })
    }
  })

  it('fail-function-update ends the next update Failed with a reason and keeps the old code', async () => {
    const zip = addHeaderZip('x', 'old')
    await publish(c, 'fn-fail', zip)
    c.emulator.injectFault({
      kind: 'fail-function-update',
      functionName: 'fn-fail',
      reason: 'disk full'
    })
    await c.lambda.send(
      new UpdateFunctionCodeCommand({ FunctionName: 'fn-fail', ZipFile: addHeaderZip('x', 'new') })
    )
    const after = await c.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: 'fn-fail' })
    )
    expect(after.LastUpdateStatus).toBe('Failed')
    expect(after.LastUpdateStatusReason).toBe('disk full')
    expect(after.CodeSha256).toBe(sha(zip))
  })

  it('UpdateFunctionConfiguration changes settings and counts as a change for the next publish', async () => {
    await publish(c, 'fn-conf', addHeaderZip('x', '1'))
    const updated = await c.lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: 'fn-conf',
        MemorySize: 256,
        Description: 'bigger'
      })
    )
    expect(updated.MemorySize).toBe(256)
    expect(
      (await c.lambda.send(new PublishVersionCommand({ FunctionName: 'fn-conf' }))).Version
    ).toBe('2')
  })
})

describe('ListVersionsByFunction', () => {
  it('pages with Marker/MaxItems, $LATEST first', async () => {
    await publish(c, 'fn-many', addHeaderZip('x', '0'))
    for (let i = 1; i <= 3; i++) {
      await c.lambda.send(
        new UpdateFunctionCodeCommand({
          FunctionName: 'fn-many',
          ZipFile: addHeaderZip('x', String(i))
        })
      )
      await c.lambda.send(new PublishVersionCommand({ FunctionName: 'fn-many' }))
    }
    const seen: string[] = []
    let marker: string | undefined
    do {
      const page = await c.lambda.send(
        new ListVersionsByFunctionCommand({ FunctionName: 'fn-many', MaxItems: 2, Marker: marker })
      )
      expect(page.Versions?.length).toBeLessThanOrEqual(2)
      seen.push(...(page.Versions ?? []).map((v) => v.Version as string))
      marker = page.NextMarker
    } while (marker)
    expect(seen).toEqual(['$LATEST', '1', '2', '3', '4'])
  })
})

describe('DeleteFunction', () => {
  it('refuses a version that a distribution uses ("replicated function"), deletes one that is not', async () => {
    const arn = await publish(c, 'fn-del', addHeaderZip('x', '1'))
    await c.lambda.send(
      new UpdateFunctionCodeCommand({ FunctionName: 'fn-del', ZipFile: addHeaderZip('x', '2') })
    )
    await c.lambda.send(new PublishVersionCommand({ FunctionName: 'fn-del' }))
    await associate(c, arn)
    const refused = await rejection(
      c.lambda.send(new DeleteFunctionCommand({ FunctionName: 'fn-del', Qualifier: '1' }))
    )
    expect(refused.name).toBe('InvalidParameterValueException')
    expect(refused.message).toBe(
      `Lambda was unable to delete ${arn} because it is a replicated function. Please see our documentation for Deleting Lambda@Edge Functions and Replicas.`
    )
    const whole = await rejection(
      c.lambda.send(new DeleteFunctionCommand({ FunctionName: 'fn-del' }))
    )
    expect(whole.message).toContain('replicated function')
    await c.lambda.send(new DeleteFunctionCommand({ FunctionName: 'fn-del', Qualifier: '2' }))
    const gone = await rejection(
      c.lambda.send(new GetFunctionCommand({ FunctionName: 'fn-del', Qualifier: '2' }))
    )
    expect(gone.name).toBe('ResourceNotFoundException')
  })

  it('throttles Lambda with TooManyRequestsException (429)', async () => {
    c.emulator.injectFault({ kind: 'throttle', service: 'lambda', count: 1 })
    const error = await rejection(c.lambda.send(new GetFunctionCommand({ FunctionName: 'fn-a' })))
    expect(error.name).toBe('TooManyRequestsException')
    expect(error.$metadata?.httpStatusCode).toBe(429)
  })
})

describe('IAM GetRole', () => {
  it('returns the URL-encoded trust policy: declared roles as declared, others trusting both principals', async () => {
    const declared = await c.iam.send(new GetRoleCommand({ RoleName: 'no-edge' }))
    expect(
      JSON.parse(decodeURIComponent(declared.Role?.AssumeRolePolicyDocument as string)).Statement[0]
        .Principal.Service
    ).toEqual(['lambda.amazonaws.com'])
    const other = await c.iam.send(new GetRoleCommand({ RoleName: 'anything-else' }))
    expect(other.Role?.Arn).toBe('arn:aws:iam::123456789012:role/anything-else')
    expect(decodeURIComponent(other.Role?.AssumeRolePolicyDocument as string)).toContain(
      'edgelambda.amazonaws.com'
    )
    expect(other.Role?.AssumeRolePolicyDocument).toMatch(/^%7B/)
  })
})

describe('AWS_ENDPOINT_URL_* variables', () => {
  it('the installed SDK clients reach the emulator with no endpoint option', async () => {
    const saved = { ...process.env }
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_CLOUDFRONT: c.emulator.endpoint,
      AWS_ENDPOINT_URL_LAMBDA: c.emulator.endpoint,
      AWS_ENDPOINT_URL_IAM: c.emulator.endpoint,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_REGION: 'us-east-1'
    })
    try {
      c.emulator.resetCalls()
      await new CloudFrontClient({}).send(new GetDistributionCommand({ Id: DIST }))
      await new LambdaClient({}).send(new GetFunctionCommand({ FunctionName: 'fn-a' }))
      await new IAMClient({}).send(new GetRoleCommand({ RoleName: 'headerguard-edge' }))
      expect(
        c.emulator.calls().map((call) => `${call.service}:${call.operation}:${call.status}`)
      ).toEqual(['cloudfront:GetDistribution:200', 'lambda:GetFunction:200', 'iam:GetRole:200'])
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
      Object.assign(process.env, saved)
    }
  })
})
