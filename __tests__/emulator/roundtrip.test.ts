// A large, realistic DistributionConfig survives Create -> Get -> Update -> Get unchanged,
// apart from the one change the update makes: the emulator loses nothing it does not model.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import {
  CreateDistributionCommand,
  GetDistributionConfigCommand,
  UpdateDistributionCommand,
  type CacheBehavior,
  type DistributionConfig
} from '@aws-sdk/client-cloudfront'
import { publish, addHeaderZip, startWithClients, type Clients } from './helpers.js'

let c: Clients
beforeAll(async () => {
  c = await startWithClients()
})
afterAll(() => c.emulator.close())

function behaviorFields(
  target: string,
  extra: Partial<CacheBehavior> = {}
): Omit<CacheBehavior, 'PathPattern'> {
  return {
    TargetOriginId: target,
    TrustedSigners: { Enabled: false, Quantity: 0 },
    TrustedKeyGroups: { Enabled: false, Quantity: 0 },
    ViewerProtocolPolicy: 'redirect-to-https',
    AllowedMethods: {
      Quantity: 3,
      Items: ['GET', 'HEAD', 'OPTIONS'],
      CachedMethods: { Quantity: 2, Items: ['GET', 'HEAD'] }
    },
    SmoothStreaming: false,
    Compress: true,
    LambdaFunctionAssociations: { Quantity: 0 },
    FunctionAssociations: { Quantity: 0 },
    FieldLevelEncryptionId: '',
    CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
    OriginRequestPolicyId: '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf',
    ResponseHeadersPolicyId: '67f7725c-6f97-4210-82d7-5512b31e9d03',
    ...extra
  }
}

function behavior(
  pathPattern: string,
  target: string,
  extra: Partial<CacheBehavior> = {}
): CacheBehavior {
  return { PathPattern: pathPattern, ...behaviorFields(target, extra) }
}

function largeConfig(viewerRequestArn: string): DistributionConfig {
  return {
    CallerReference: 'roundtrip-2024-06-01',
    Aliases: { Quantity: 2, Items: ['www.example.com', 'example.com'] },
    DefaultRootObject: 'index.html',
    Origins: {
      Quantity: 3,
      Items: [
        {
          Id: 's3-site',
          DomainName: 'example-site.s3.us-east-1.amazonaws.com',
          OriginPath: '/prod',
          CustomHeaders: {
            Quantity: 1,
            Items: [{ HeaderName: 'X-Origin-Token', HeaderValue: 'a&b<c>"d"' }]
          },
          S3OriginConfig: { OriginAccessIdentity: '' },
          ConnectionAttempts: 3,
          ConnectionTimeout: 10,
          OriginShield: { Enabled: true, OriginShieldRegion: 'us-east-1' },
          OriginAccessControlId: 'E2QWRUHEXAMPLE'
        },
        {
          Id: 'api',
          DomainName: 'api.example.com',
          OriginPath: '',
          CustomHeaders: { Quantity: 0 },
          CustomOriginConfig: {
            HTTPPort: 80,
            HTTPSPort: 443,
            OriginProtocolPolicy: 'https-only',
            OriginSslProtocols: { Quantity: 2, Items: ['TLSv1.2', 'TLSv1.1'] },
            OriginReadTimeout: 60,
            OriginKeepaliveTimeout: 10
          },
          ConnectionAttempts: 2,
          ConnectionTimeout: 5,
          OriginShield: { Enabled: false },
          OriginAccessControlId: ''
        },
        {
          Id: 'fallback',
          DomainName: 'fallback.example.net',
          OriginPath: '/static',
          CustomHeaders: { Quantity: 0 },
          CustomOriginConfig: {
            HTTPPort: 8080,
            HTTPSPort: 8443,
            OriginProtocolPolicy: 'match-viewer',
            OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2'] },
            OriginReadTimeout: 30,
            OriginKeepaliveTimeout: 5
          },
          ConnectionAttempts: 3,
          ConnectionTimeout: 10,
          OriginShield: { Enabled: false },
          OriginAccessControlId: ''
        }
      ]
    },
    OriginGroups: {
      Quantity: 1,
      Items: [
        {
          Id: 'site-with-failover',
          FailoverCriteria: { StatusCodes: { Quantity: 3, Items: [500, 502, 503] } },
          Members: { Quantity: 2, Items: [{ OriginId: 's3-site' }, { OriginId: 'fallback' }] },
          SelectionCriteria: 'default'
        }
      ]
    },
    DefaultCacheBehavior: behaviorFields('site-with-failover', {
      LambdaFunctionAssociations: {
        Quantity: 1,
        Items: [
          { LambdaFunctionARN: viewerRequestArn, EventType: 'viewer-request', IncludeBody: false }
        ]
      }
    }),
    CacheBehaviors: {
      Quantity: 5,
      Items: [
        behavior('/api/*', 'api', {
          CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
          ViewerProtocolPolicy: 'https-only'
        }),
        behavior('/assets/*', 's3-site', {
          FunctionAssociations: {
            Quantity: 1,
            Items: [
              {
                FunctionARN: 'arn:aws:cloudfront::123456789012:function/rewrite-index',
                EventType: 'viewer-request'
              }
            ]
          }
        }),
        behavior('/img/*.png', 's3-site', { Compress: false }),
        behavior('/legacy/*', 'fallback', {
          CachePolicyId: undefined,
          OriginRequestPolicyId: undefined,
          ResponseHeadersPolicyId: undefined,
          ForwardedValues: {
            QueryString: true,
            Cookies: {
              Forward: 'whitelist',
              WhitelistedNames: { Quantity: 1, Items: ['session'] }
            },
            Headers: { Quantity: 1, Items: ['Accept-Language'] },
            QueryStringCacheKeys: { Quantity: 1, Items: ['page'] }
          },
          MinTTL: 0,
          DefaultTTL: 3600,
          MaxTTL: 86400
        }),
        behavior('/embed/?', 's3-site', {
          RealtimeLogConfigArn: 'arn:aws:cloudfront::123456789012:realtime-log-config/site'
        })
      ]
    },
    CustomErrorResponses: {
      Quantity: 2,
      Items: [
        {
          ErrorCode: 404,
          ResponsePagePath: '/404.html',
          ResponseCode: '404',
          ErrorCachingMinTTL: 60
        },
        { ErrorCode: 503, ResponsePagePath: '', ResponseCode: '', ErrorCachingMinTTL: 5 }
      ]
    },
    Comment: 'Round trip: <all> the & fields',
    Logging: {
      Enabled: true,
      IncludeCookies: false,
      Bucket: 'logs.s3.amazonaws.com',
      Prefix: 'cf/'
    },
    PriceClass: 'PriceClass_100',
    Enabled: true,
    ViewerCertificate: {
      CloudFrontDefaultCertificate: false,
      ACMCertificateArn:
        'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012',
      SSLSupportMethod: 'sni-only',
      MinimumProtocolVersion: 'TLSv1.2_2021',
      Certificate:
        'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012',
      CertificateSource: 'acm'
    },
    Restrictions: {
      GeoRestriction: { RestrictionType: 'blacklist', Quantity: 2, Items: ['KP', 'IR'] }
    },
    WebACLId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/site/abc',
    HttpVersion: 'http2and3',
    IsIPV6Enabled: true,
    ContinuousDeploymentPolicyId: '',
    Staging: false
  }
}

/** The SDK's output has no undefined members; compare like with like. */
function defined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

it('returns every field as sent, through create, get and an update that changes one thing', async () => {
  const viewerRequestArn = await publish(c, 'viewer-rewrite', addHeaderZip('x-a', '1'))
  const sent = largeConfig(viewerRequestArn)
  const created = await c.cloudfront.send(
    new CreateDistributionCommand({ DistributionConfig: sent })
  )
  expect(defined(created.Distribution?.DistributionConfig)).toEqual(defined(sent))
  const id = created.Distribution?.Id as string
  const first = await c.cloudfront.send(new GetDistributionConfigCommand({ Id: id }))
  expect(defined(first.DistributionConfig)).toEqual(defined(sent))

  const changed = defined(first.DistributionConfig) as DistributionConfig
  const originResponseArn = await publish(c, 'roundtrip-headers', addHeaderZip('x-b', '2'))
  changed.DefaultCacheBehavior!.LambdaFunctionAssociations = {
    Quantity: 2,
    Items: [
      { LambdaFunctionARN: viewerRequestArn, EventType: 'viewer-request', IncludeBody: false },
      { LambdaFunctionARN: originResponseArn, EventType: 'origin-response', IncludeBody: false }
    ]
  }
  await c.cloudfront.send(
    new UpdateDistributionCommand({ Id: id, IfMatch: first.ETag, DistributionConfig: changed })
  )
  const second = await c.cloudfront.send(new GetDistributionConfigCommand({ Id: id }))
  expect(second.ETag).not.toBe(first.ETag)
  const expected = defined(sent)
  expected.DefaultCacheBehavior!.LambdaFunctionAssociations =
    changed.DefaultCacheBehavior!.LambdaFunctionAssociations
  expect(defined(second.DistributionConfig)).toEqual(expected)
})
