// What the edge needs from a DistributionConfig, read out of the generic XML tree. Only these
// fields drive the emulated edge; everything else is stored and returned verbatim.
import { childElements, findPath, textAt, textOf, type XmlNode } from './xml.js'

export interface EdgeOrigin {
  id: string
  domainName: string
  originPath: string
  kind: 's3' | 'custom'
  httpPort: number
  httpsPort: number
  protocolPolicy: 'http-only' | 'https-only' | 'match-viewer'
  readTimeoutSeconds: number
  customHeaders: [string, string][]
}

export interface LambdaAssociation {
  eventType: string
  arn: string
  includeBody: boolean
}

export interface EdgeBehavior {
  /** undefined for the default cache behavior. */
  pathPattern?: string
  targetOriginId: string
  viewerProtocolPolicy: 'allow-all' | 'redirect-to-https' | 'https-only'
  allowedMethods: string[]
  minTtl: number
  defaultTtl: number
  maxTtl: number
  forwardQueryString: boolean
  lambdaAssociations: LambdaAssociation[]
}

export interface EdgeConfig {
  enabled: boolean
  defaultRootObject: string
  origins: EdgeOrigin[]
  /** Origin group id → member origin ids, in failover order. */
  originGroups: Record<string, string[]>
  /** Cache behaviors in the order CloudFront evaluates them: path patterns first, default last. */
  behaviors: EdgeBehavior[]
}

/**
 * TTLs of the managed cache policies we know ("Use managed cache policies", CloudFront
 * Developer Guide); any other policy id is taken as min 0 / default 1 day / max 1 year.
 */
const MANAGED_CACHE_POLICIES: Record<
  string,
  { min: number; def: number; max: number; qs: boolean }
> = {
  '658327ea-f89d-4fab-a63d-7e88639e58f6': { min: 1, def: 86400, max: 31536000, qs: false }, // CachingOptimized
  '4135ea2d-6df8-44a3-9df3-4b5a84be39ad': { min: 0, def: 0, max: 0, qs: false }, // CachingDisabled
  'b2884449-e4de-46a7-ac36-70bc7f1ddd6d': { min: 1, def: 86400, max: 31536000, qs: false } // CachingOptimizedForUncompressedObjects
}

function numberAt(node: XmlNode | undefined, fallback: number, ...path: string[]): number {
  const text = textAt(node, ...path)
  const value = text === undefined || text === '' ? NaN : Number(text)
  return Number.isFinite(value) ? value : fallback
}

/** The `Items` children of a `{Quantity, Items}` wrapper. */
export function itemsOf(wrapper: XmlNode | undefined): XmlNode[] {
  return childElements(findPath(wrapper, 'Items'))
}

function readOrigin(node: XmlNode): EdgeOrigin {
  const custom = findPath(node, 'CustomOriginConfig')
  const policy = textAt(custom, 'OriginProtocolPolicy')
  return {
    id: textAt(node, 'Id') ?? '',
    domainName: textAt(node, 'DomainName') ?? '',
    originPath: textAt(node, 'OriginPath') ?? '',
    kind: custom ? 'custom' : 's3',
    httpPort: numberAt(custom, 80, 'HTTPPort'),
    httpsPort: numberAt(custom, 443, 'HTTPSPort'),
    protocolPolicy:
      policy === 'http-only' || policy === 'https-only' || policy === 'match-viewer'
        ? policy
        : 'https-only',
    readTimeoutSeconds: numberAt(custom, 30, 'OriginReadTimeout'),
    customHeaders: itemsOf(findPath(node, 'CustomHeaders')).map((header) => [
      textAt(header, 'HeaderName') ?? '',
      textAt(header, 'HeaderValue') ?? ''
    ])
  }
}

export function lambdaAssociationsOf(behavior: XmlNode | undefined): LambdaAssociation[] {
  return itemsOf(findPath(behavior, 'LambdaFunctionAssociations')).map((item) => ({
    eventType: textAt(item, 'EventType') ?? '',
    arn: textAt(item, 'LambdaFunctionARN') ?? '',
    includeBody: textAt(item, 'IncludeBody') === 'true'
  }))
}

function readBehavior(node: XmlNode, isDefault: boolean): EdgeBehavior {
  const policyId = textAt(node, 'CachePolicyId')
  const managed = policyId ? MANAGED_CACHE_POLICIES[policyId] : undefined
  const legacy = findPath(node, 'ForwardedValues') !== undefined
  const viewerPolicy = textAt(node, 'ViewerProtocolPolicy')
  return {
    pathPattern: isDefault ? undefined : (textAt(node, 'PathPattern') ?? ''),
    targetOriginId: textAt(node, 'TargetOriginId') ?? '',
    viewerProtocolPolicy:
      viewerPolicy === 'redirect-to-https' || viewerPolicy === 'https-only'
        ? viewerPolicy
        : 'allow-all',
    allowedMethods: itemsOf(findPath(node, 'AllowedMethods')).map((m) => textOf(m)),
    minTtl: legacy ? numberAt(node, 0, 'MinTTL') : (managed?.min ?? 0),
    defaultTtl: legacy ? numberAt(node, 86400, 'DefaultTTL') : (managed?.def ?? 86400),
    maxTtl: legacy ? numberAt(node, 31536000, 'MaxTTL') : (managed?.max ?? 31536000),
    forwardQueryString: legacy
      ? textAt(node, 'ForwardedValues', 'QueryString') === 'true'
      : (managed?.qs ?? false),
    lambdaAssociations: lambdaAssociationsOf(node)
  }
}

/** Reads a `<DistributionConfig>` element. */
export function readEdgeConfig(config: XmlNode): EdgeConfig {
  const originGroups: Record<string, string[]> = {}
  for (const group of itemsOf(findPath(config, 'OriginGroups'))) {
    const members = itemsOf(findPath(group, 'Members')).map((m) => textAt(m, 'OriginId') ?? '')
    originGroups[textAt(group, 'Id') ?? ''] = members
  }
  const defaultBehavior = findPath(config, 'DefaultCacheBehavior')
  return {
    enabled: textAt(config, 'Enabled') !== 'false',
    defaultRootObject: textAt(config, 'DefaultRootObject') ?? '',
    origins: itemsOf(findPath(config, 'Origins')).map(readOrigin),
    originGroups,
    behaviors: [
      ...itemsOf(findPath(config, 'CacheBehaviors')).map((node) => readBehavior(node, false)),
      ...(defaultBehavior ? [readBehavior(defaultBehavior, true)] : [])
    ]
  }
}

/** `*` for the default behavior, else its path pattern: how the project names behaviors. */
export function behaviorName(behavior: Pick<EdgeBehavior, 'pathPattern'>): string {
  return behavior.pathPattern ?? '*'
}

/** The origin-response ARN of each behavior, by behavior name. */
export function originResponseArns(config: EdgeConfig): Record<string, string | undefined> {
  return Object.fromEntries(
    config.behaviors.map((b) => [
      behaviorName(b),
      b.lambdaAssociations.find((a) => a.eventType === 'origin-response')?.arn
    ])
  )
}
