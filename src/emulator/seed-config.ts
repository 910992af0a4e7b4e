// Builds a complete, realistic DistributionConfig (as GetDistributionConfig would return it
// for a console-made distribution) from the state file's short description.
import type { AssociationInput, BehaviorInput, DistributionInput, OriginInput } from './types.js'
import { InputError } from '../errors.js'
import { childrenOf, element, findPath, parseXml, tagOf, textElement, type XmlNode } from './xml.js'

/** A `{Quantity, Items}` wrapper; `Items` is left out when empty, as CloudFront does. */
function list(wrapper: string, items: XmlNode[]): XmlNode {
  const children = [textElement('Quantity', items.length)]
  if (items.length > 0) children.push(element('Items', items))
  return element(wrapper, children)
}

function textList(wrapper: string, itemTag: string, values: string[]): XmlNode {
  return list(
    wrapper,
    values.map((v) => textElement(itemTag, v))
  )
}

function elementList(wrapper: string, itemTag: string, items: XmlNode[][]): XmlNode {
  return list(
    wrapper,
    items.map((children) => element(itemTag, children))
  )
}

/** The DomainName a state-file origin gets in the config. */
export function originDomainName(origin: OriginInput): string {
  if (origin.domainName) return origin.domainName
  if (origin.url) return new URL(origin.url).hostname.replace(/^\[|\]$/g, '')
  const bucket = origin.id.toLowerCase().replace(/[^a-z0-9.-]+/g, '-')
  return `${bucket}.s3.us-east-1.amazonaws.com`
}

function originXml(origin: OriginInput): XmlNode[] {
  const children = [
    textElement('Id', origin.id),
    textElement('DomainName', originDomainName(origin)),
    textElement('OriginPath', origin.url ? new URL(origin.url).pathname.replace(/\/+$/, '') : ''),
    textList('CustomHeaders', 'OriginCustomHeader', [])
  ]
  if (origin.url) {
    const url = new URL(origin.url)
    const https = url.protocol === 'https:'
    const port = url.port ? Number(url.port) : https ? 443 : 80
    children.push(
      element('CustomOriginConfig', [
        textElement('HTTPPort', https ? 80 : port),
        textElement('HTTPSPort', https ? port : 443),
        textElement('OriginProtocolPolicy', https ? 'https-only' : 'http-only'),
        textList('OriginSslProtocols', 'SslProtocol', ['TLSv1.2']),
        textElement('OriginReadTimeout', 30),
        textElement('OriginKeepaliveTimeout', 5)
      ])
    )
  } else {
    children.push(element('S3OriginConfig', [element('OriginAccessIdentity')]))
  }
  children.push(
    textElement('ConnectionAttempts', 3),
    textElement('ConnectionTimeout', 10),
    element('OriginShield', [textElement('Enabled', false)]),
    element('OriginAccessControlId')
  )
  return children
}

function associationsXml(items: AssociationInput[] = []): XmlNode {
  return elementList(
    'LambdaFunctionAssociations',
    'LambdaFunctionAssociation',
    items.map((a) => [
      textElement('LambdaFunctionARN', a.arn),
      textElement('EventType', a.eventType),
      textElement('IncludeBody', a.includeBody ?? false)
    ])
  )
}

function behaviorXml(
  behavior: BehaviorInput,
  targetOriginId: string,
  isDefault: boolean
): XmlNode[] {
  const methods = ['HEAD', 'GET']
  return [
    ...(isDefault ? [] : [textElement('PathPattern', behavior.pathPattern ?? '*')]),
    textElement('TargetOriginId', behavior.targetOriginId ?? targetOriginId),
    element('TrustedSigners', [textElement('Enabled', false), textElement('Quantity', 0)]),
    element('TrustedKeyGroups', [textElement('Enabled', false), textElement('Quantity', 0)]),
    textElement('ViewerProtocolPolicy', behavior.viewerProtocolPolicy ?? 'redirect-to-https'),
    element('AllowedMethods', [
      textElement('Quantity', methods.length),
      element(
        'Items',
        methods.map((m) => textElement('Method', m))
      ),
      textList('CachedMethods', 'Method', methods)
    ]),
    textElement('SmoothStreaming', false),
    textElement('Compress', true),
    associationsXml(behavior.lambdaFunctionAssociations),
    elementList(
      'FunctionAssociations',
      'FunctionAssociation',
      (behavior.functionAssociations ?? []).map((f) => [
        textElement('FunctionARN', f.arn),
        textElement('EventType', f.eventType)
      ])
    ),
    element('FieldLevelEncryptionId'),
    element('ForwardedValues', [
      textElement('QueryString', behavior.queryString ?? false),
      element('Cookies', [textElement('Forward', 'none')]),
      textList('Headers', 'Name', []),
      textList('QueryStringCacheKeys', 'Name', [])
    ]),
    textElement('MinTTL', behavior.minTtl ?? 0),
    textElement('DefaultTTL', behavior.defaultTtl ?? 86400),
    textElement('MaxTTL', behavior.maxTtl ?? 31536000)
  ]
}

/** Appends each unmodeled fragment to the element its path names. */
function addUnmodeled(config: XmlNode, input: DistributionInput): XmlNode {
  for (const [path, fragment] of Object.entries(input.unmodeledXml ?? {})) {
    const target = path === '' ? config : findPath(config, ...path.split('/'))
    if (!target)
      throw new InputError(
        `distribution ${input.id}: unmodeledXml path '${path}' names no element of the config`
      )
    let nodes: XmlNode[]
    try {
      nodes = parseXml(fragment)
    } catch (error) {
      throw new InputError(
        `distribution ${input.id}: unmodeledXml '${path}' is not XML: ${(error as Error).message}`
      )
    }
    childrenOf(target).push(...nodes.filter((n) => tagOf(n) !== undefined))
  }
  return config
}

/** A `<DistributionConfig>` element for a seeded distribution. */
export function seedDistributionConfig(input: DistributionInput): XmlNode {
  return addUnmodeled(baseConfig(input), input)
}

function baseConfig(input: DistributionInput): XmlNode {
  const firstOrigin = input.origins[0]?.id ?? 'origin'
  const behaviors = input.behaviors ?? []
  return element('DistributionConfig', [
    textElement('CallerReference', `headerguard-emulator-${input.id}`),
    textList('Aliases', 'CNAME', input.aliases ?? []),
    textElement('DefaultRootObject', input.defaultRootObject ?? 'index.html'),
    elementList('Origins', 'Origin', input.origins.map(originXml)),
    elementList('OriginGroups', 'OriginGroup', []),
    element('DefaultCacheBehavior', behaviorXml(input.defaultBehavior ?? {}, firstOrigin, true)),
    elementList(
      'CacheBehaviors',
      'CacheBehavior',
      behaviors.map((b) => behaviorXml(b, firstOrigin, false))
    ),
    elementList('CustomErrorResponses', 'CustomErrorResponse', []),
    textElement('Comment', input.comment ?? ''),
    element('Logging', [
      textElement('Enabled', false),
      textElement('IncludeCookies', false),
      element('Bucket'),
      element('Prefix')
    ]),
    textElement('PriceClass', 'PriceClass_All'),
    textElement('Enabled', input.enabled ?? true),
    element('ViewerCertificate', [
      textElement('CloudFrontDefaultCertificate', true),
      textElement('SSLSupportMethod', 'vip'),
      textElement('MinimumProtocolVersion', 'TLSv1'),
      textElement('CertificateSource', 'cloudfront')
    ]),
    element('Restrictions', [
      element('GeoRestriction', [
        textElement('RestrictionType', 'none'),
        textElement('Quantity', 0)
      ])
    ]),
    element('WebACLId'),
    textElement('HttpVersion', 'http2'),
    textElement('IsIPV6Enabled', true),
    textElement('Staging', false)
  ])
}
