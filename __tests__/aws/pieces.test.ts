import { afterEach, describe, expect, it } from '@jest/globals'
import { CloudFrontClient, ListDistributionsCommand } from '@aws-sdk/client-cloudfront'
import {
  DeleteFunctionCommand,
  LambdaClient,
  ListVersionsByFunctionCommand
} from '@aws-sdk/client-lambda'
import { mockClient } from 'aws-sdk-client-mock'
import { parseLambdaArn, roleNameFromArn, unqualifiedArn } from '../../src/aws/arn.js'
import {
  originResponseArn,
  withAssociations,
  withOriginResponseItem
} from '../../src/aws/associations.js'
import { explainAwsError } from '../../src/aws/aws-errors.js'
import { createAwsClients } from '../../src/aws/clients.js'
import { diffHeaders, EMPTY_HEADERS } from '../../src/compile/header-diff.js'
import { trustedEdgePrincipals } from '../../src/aws/preflight.js'
import { pruneCandidates, pruneVersions } from '../../src/aws/prune.js'
import { pollUntil } from '../../src/aws/timing.js'
import { WaitTimeoutError } from '../../src/errors.js'
import { memoryLogger } from '../../src/log.js'
import {
  awsError,
  CFF_ARN,
  distributionConfig,
  fakeClock,
  FN,
  FN_ARN,
  VIEWER_REQUEST_ARN
} from './fixtures.js'

describe('associations', () => {
  it('changes only our item and keeps every untouched object identical', () => {
    const before = distributionConfig(`${FN_ARN}:1`)
    const after = withAssociations(before, new Map([['*', `${FN_ARN}:2`]]))
    expect(originResponseArn(after.DefaultCacheBehavior)).toBe(`${FN_ARN}:2`)
    expect(after.CacheBehaviors).toBe(before.CacheBehaviors)
    expect(after.Origins).toBe(before.Origins)
    expect(after.DefaultCacheBehavior?.FunctionAssociations).toBe(
      before.DefaultCacheBehavior?.FunctionAssociations
    )
    expect(before).toEqual(distributionConfig(`${FN_ARN}:1`)) // input not modified
    expect({ ...after, DefaultCacheBehavior: undefined }).toEqual({
      ...before,
      DefaultCacheBehavior: undefined
    })
  })

  it('appends, replaces in place and removes with Quantity recomputed', () => {
    const list = {
      Quantity: 1,
      Items: [
        {
          LambdaFunctionARN: VIEWER_REQUEST_ARN,
          EventType: 'viewer-request' as const,
          IncludeBody: true
        }
      ]
    }
    const added = withOriginResponseItem(list, `${FN_ARN}:3`)
    expect(added).toEqual({
      Quantity: 2,
      Items: [...list.Items, { LambdaFunctionARN: `${FN_ARN}:3`, EventType: 'origin-response' }]
    })
    const replaced = withOriginResponseItem(
      { Quantity: 2, Items: [added.Items![1]!, list.Items[0]!] },
      `${FN_ARN}:4`
    )
    expect(replaced.Items?.map((i) => i.LambdaFunctionARN)).toEqual([
      `${FN_ARN}:4`,
      VIEWER_REQUEST_ARN
    ])
    expect(withOriginResponseItem(added, undefined)).toEqual(list)
    expect(withOriginResponseItem({ Quantity: 1, Items: [added.Items![1]!] }, undefined)).toEqual({
      Quantity: 0
    })
  })
})

describe('header diff', () => {
  it('reports added, changed and removed headers per header set', () => {
    const live = {
      defaults: { headers: { a: '1', b: '2' }, remove: ['server'] },
      paths: [{ match: '/x/*', headers: { c: '3' }, remove: [] }]
    }
    const next = {
      defaults: { headers: { a: '1', b: '3', d: '4' }, remove: [] },
      paths: [{ match: '/x/*', headers: {}, remove: [] }]
    }
    expect(diffHeaders(live, next)).toEqual({
      added: [{ name: 'd', after: '4' }],
      changed: [{ name: 'b', before: '2', after: '3' }],
      removed: [
        { name: 'server', action: 'remove' },
        { name: 'c', path: '/x/*', before: '3' }
      ]
    })
    expect(diffHeaders(EMPTY_HEADERS, EMPTY_HEADERS)).toEqual({
      added: [],
      changed: [],
      removed: []
    })
  })
})

describe('ARNs, trust policies, errors', () => {
  it('parses Lambda and role ARNs', () => {
    expect(parseLambdaArn(`${FN_ARN}:12`)).toMatchObject({
      functionName: FN,
      qualifier: '12',
      region: 'us-east-1'
    })
    expect(unqualifiedArn(`${FN_ARN}:12`)).toBe(FN_ARN)
    expect(roleNameFromArn('arn:aws:iam::123456789012:role/service-role/edge')).toBe('edge')
    expect(parseLambdaArn(CFF_ARN)).toBeUndefined()
  })

  it('reads both principals from URL-encoded trust policies in any shape', () => {
    const doc = (statement: unknown) => encodeURIComponent(JSON.stringify({ Statement: statement }))
    expect(
      trustedEdgePrincipals(
        doc([
          {
            Effect: 'Allow',
            Action: ['sts:AssumeRole'],
            Principal: { Service: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'] }
          }
        ])
      )
    ).toEqual(['lambda.amazonaws.com', 'edgelambda.amazonaws.com'])
    expect(
      trustedEdgePrincipals(
        doc({
          Effect: 'Deny',
          Action: 'sts:AssumeRole',
          Principal: { Service: 'edgelambda.amazonaws.com' }
        })
      )
    ).toEqual([])
    expect(
      trustedEdgePrincipals(
        JSON.stringify({
          Statement: {
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Principal: { Service: 'lambda.amazonaws.com' }
          }
        })
      )
    ).toEqual(['lambda.amazonaws.com'])
  })

  it('turns AccessDenied on replication into the permission to add', () => {
    const error = explainAwsError(
      awsError(
        'AccessDenied',
        'Lambda@Edge cannot enable replication for the specified Lambda function. Update the IAM policy to add permission: lambda:EnableReplication* for resource: x:2',
        403
      ),
      'Updating distribution E1',
      { functionName: FN }
    )
    expect(error.message).toContain(
      `Add lambda:EnableReplication* and lambda:DisableReplication* on arn:aws:lambda:us-east-1:ACCOUNT_ID:function:${FN}:*`
    )
  })
})

describe('advice for refused associations (real InvalidLambdaFunctionAssociation texts)', () => {
  const arn = 'arn:aws:lambda:us-east-1:123456789012:function:F'
  const advice = (message: string) =>
    explainAwsError(awsError('InvalidLambdaFunctionAssociation', message, 400), 'Updating E1')
      .message
  it.each([
    [
      `Lambda@Edge cannot retrieve the specified Lambda function. Update the IAM policy to add permission: lambda:GetFunction for resource: ${arn}:1 and try again.`,
      `allow lambda:GetFunction on ${arn}:1`
    ],
    [
      `The function ARN must reference a specific function version. (The ARN must end with the version number.) ARN: ${arn}:$LATEST`,
      'Associate a numbered version, not $LATEST'
    ],
    [
      `The function has a runtime that is not supported by Lambda@Edge. Function: ${arn}:3`,
      'runtime is not one Lambda@Edge accepts: set lambda.runtime to nodejs24.x'
    ],
    [
      `The function must be in an Active state. The function ${arn}:138 is Pending.`,
      'was not Active yet'
    ]
  ])('%s', (message, expected) => {
    const text = advice(message)
    expect(text).toContain(expected)
    expect(text).not.toContain('The function must be in us-east-1')
  })
  it('says us-east-1 only when the message is about the region', () => {
    expect(
      advice(
        `The function must be in region 'us-east-1'. ARN: arn:aws:lambda:eu-west-1:1:function:F:1`
      )
    ).toContain('The function must be in us-east-1.')
  })
})

describe('clients', () => {
  const saved = process.env.AWS_REGION
  afterEach(() => {
    process.env.AWS_REGION = saved
  })

  it('pins Lambda and CloudFront to us-east-1 whatever AWS_REGION says, with our user agent and bounded adaptive retries', async () => {
    process.env.AWS_REGION = 'eu-west-1'
    const clients = createAwsClients({ maxAttempts: 4 })
    expect(await clients.lambda.config.region()).toBe('us-east-1')
    expect(await clients.cloudfront.config.region()).toBe('us-east-1')
    expect(await clients.lambda.config.maxAttempts()).toBe(4)
    expect(clients.lambda.config.retryMode).toBe('adaptive')
    expect(JSON.stringify(clients.cloudfront.config.customUserAgent)).toMatch(/headerguard/)
  })
})

describe('pollUntil', () => {
  it('checks at once, then every interval, last at the deadline', async () => {
    const clock = fakeClock()
    let checks = 0
    const error = await pollUntil(
      async () => {
        checks++
        return { done: false, status: 'InProgress' }
      },
      { intervalMs: 4000, timeoutMs: 10_000, timeoutMessage: (s, ms) => `${s} ${ms}` },
      clock
    ).catch((e: unknown) => e)
    expect(error).toEqual(new WaitTimeoutError('InProgress 10000'))
    expect(clock.sleeps).toEqual([4000, 4000, 2000])
    expect(checks).toBe(4)
  })
})

describe('pruneVersions', () => {
  const lambda = mockClient(LambdaClient)
  const cloudfront = mockClient(CloudFrontClient)

  it('keeps associated versions and the newest unused ones; replicated refusals are deferred', () => {
    const versions = ['1', '2', '3', '4', '5', '6'].map((Version) => ({ Version }))
    expect(pruneCandidates(versions, new Set(['2', '6']), 2)).toEqual({
      remove: ['3', '1'],
      kept: ['2', '4', '5', '6']
    })
  })

  it('deletes what it may and treats "replicated function" as try later', async () => {
    lambda.reset()
    cloudfront.reset()
    lambda
      .on(ListVersionsByFunctionCommand)
      .resolvesOnce({
        Versions: [{ Version: '$LATEST' }, { Version: '1' }, { Version: '2' }],
        NextMarker: 'm'
      })
      .resolves({ Versions: [{ Version: '3' }, { Version: '4' }] })
    cloudfront.on(ListDistributionsCommand).resolves({
      DistributionList: {
        Items: [
          {
            DefaultCacheBehavior: {
              LambdaFunctionAssociations: {
                Quantity: 1,
                Items: [{ LambdaFunctionARN: `${FN_ARN}:4`, EventType: 'origin-response' }]
              }
            }
          }
        ]
      } as never
    })
    lambda
      .on(DeleteFunctionCommand, { Qualifier: '1' })
      .rejects(
        awsError(
          'InvalidParameterValueException',
          `Lambda was unable to delete ${FN_ARN}:1 because it is a replicated function.`
        )
      )
    lambda.on(DeleteFunctionCommand, { Qualifier: '2' }).resolves({})
    const log = memoryLogger()
    const result = await pruneVersions(createAwsClients(), FN, 1, log)
    expect(result).toEqual({ deleted: ['2'], deferred: ['1'], kept: ['3', '4'] })
    expect(lambda.commandCalls(DeleteFunctionCommand).map((c) => c.args[0].input)).toEqual([
      { FunctionName: FN, Qualifier: '2' },
      { FunctionName: FN, Qualifier: '1' }
    ])
    expect(log.lines.some((l) => l.includes('still replicated'))).toBe(true)
  })
})
