// Shared test data for the AWS stage: a small edge package, a distribution config with
// foreign associations, settings, a fake clock that makes every wait instant.
import { createHash } from 'node:crypto'
import type { DistributionConfig } from '@aws-sdk/client-cloudfront'
import { strToU8, zipSync } from 'fflate'
import type { EdgePackage, PackagedHeaders } from '../../src/compile/types.js'
import type { DeploySettings } from '../../src/aws/types.js'

import { ACCOUNT, DIST, ROLE } from '../helpers/emulator-fixtures.js'

export { ACCOUNT, DIST, ROLE }
export const FN = 'headerguard-edge'
export const FN_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${FN}`
export const VIEWER_REQUEST_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:auth-at-edge:4`
export const CFF_ARN = `arn:aws:cloudfront::${ACCOUNT}:function/rewrite-index`
export const FOREIGN_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:someone-elses-headers:9`

/** A deterministic zip holding config.json, as the build would make it. */
export function testPackage(
  headers: Record<string, string>,
  policyHash = 'a'.repeat(64)
): EdgePackage {
  const packaged: PackagedHeaders = { defaults: { headers, remove: ['server'] }, paths: [] }
  const mtime = new Date(1980, 0, 1)
  const zip = zipSync(
    {
      'index.mjs': [
        strToU8('export const handler = async (e) => e.Records[0].cf.response\n'),
        { mtime }
      ],
      'config.json': [strToU8(JSON.stringify({ version: 1, headers })), { mtime }]
    },
    { level: 9, mtime }
  )
  return {
    zip,
    manifest: {
      codeSha256: createHash('sha256').update(zip).digest('base64'),
      bytes: zip.byteLength,
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      policyHash,
      headers: packaged,
      builtBy: 'headerguard test'
    }
  }
}

export function settings(overrides: Partial<DeploySettings> = {}): DeploySettings {
  return {
    distributionIds: [DIST],
    behaviors: { kind: 'default' },
    functionName: FN,
    roleArn: ROLE,
    runtime: 'nodejs22.x',
    memory: 128,
    timeout: 5,
    replaceForeignAssociation: false,
    waitTimeoutMs: 60_000,
    pollIntervalMs: 10_000,
    invalidate: ['/*'],
    description: 'commit 1a2b3c4',
    ...overrides
  }
}

/** A config with two extra behaviors and associations that are not ours. */
export function distributionConfig(originResponseArn?: string): DistributionConfig {
  const ours = originResponseArn
    ? [{ LambdaFunctionARN: originResponseArn, EventType: 'origin-response' as const }]
    : []
  return {
    CallerReference: 'ref-1',
    Comment: 'site',
    Enabled: true,
    Origins: {
      Quantity: 1,
      Items: [
        {
          Id: 'o1',
          DomainName: 'example.org',
          CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only' }
        }
      ]
    },
    DefaultCacheBehavior: {
      TargetOriginId: 'o1',
      ViewerProtocolPolicy: 'redirect-to-https',
      CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
      LambdaFunctionAssociations: {
        Quantity: 1 + ours.length,
        Items: [
          {
            LambdaFunctionARN: VIEWER_REQUEST_ARN,
            EventType: 'viewer-request',
            IncludeBody: false
          },
          ...ours
        ]
      },
      FunctionAssociations: {
        Quantity: 1,
        Items: [{ FunctionARN: CFF_ARN, EventType: 'viewer-response' }]
      }
    },
    CacheBehaviors: {
      Quantity: 2,
      Items: [
        {
          PathPattern: '/api/*',
          TargetOriginId: 'o1',
          ViewerProtocolPolicy: 'https-only',
          LambdaFunctionAssociations: { Quantity: 0 }
        },
        {
          PathPattern: '/static/*',
          TargetOriginId: 'o1',
          ViewerProtocolPolicy: 'https-only',
          LambdaFunctionAssociations: {
            Quantity: 1,
            Items: [{ LambdaFunctionARN: VIEWER_REQUEST_ARN, EventType: 'origin-request' }]
          }
        }
      ]
    },
    DefaultRootObject: '',
    Aliases: { Quantity: 0 },
    CustomErrorResponses: { Quantity: 0 }
  }
}

/** Time passes only when the code sleeps. */
export function fakeClock() {
  let now = 1_000_000
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      now += ms
    },
    random: () => 0.5
  }
}

export function awsError(name: string, message: string, status = 400): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } })
}
