// Pure edits of a CloudFront DistributionConfig: which behaviors we target and what their
// origin-response association becomes. Everything not ours is passed through as the same
// objects, so UpdateDistribution sends back exactly what GetDistributionConfig returned
// except our one association (docs/aws-facts.md §9, §10).
import type {
  CacheBehavior,
  DefaultCacheBehavior,
  DistributionConfig,
  LambdaFunctionAssociation,
  LambdaFunctionAssociations
} from '@aws-sdk/client-cloudfront'
import { AwsError, InputError } from '../errors.js'
import type { BehaviorSelector } from '../policy/types.js'
import { isOurFunctionArn } from './arn.js'
import type { AssociationChange } from './types.js'

/** How the default cache behavior is named in settings and outcomes. */
export const DEFAULT_BEHAVIOR = '*'
export const OUR_EVENT = 'origin-response'

type Behavior = DefaultCacheBehavior | CacheBehavior

/** `*` and every PathPattern, in the order CloudFront evaluates them (default last there; first here). */
export function behaviorNames(config: DistributionConfig): string[] {
  return [DEFAULT_BEHAVIOR, ...(config.CacheBehaviors?.Items ?? []).map((b) => b.PathPattern ?? '')]
}

export function selectBehaviors(
  config: DistributionConfig,
  selector: BehaviorSelector,
  distributionId: string
): string[] {
  const existing = behaviorNames(config)
  if (selector.kind === 'default') return [DEFAULT_BEHAVIOR]
  if (selector.kind === 'all') return existing
  const unknown = selector.patterns.filter((p) => !existing.includes(p))
  if (unknown.length > 0) {
    throw new InputError(
      `Input 'behaviors': distribution ${distributionId} has no cache behavior ${unknown.map((p) => `'${p}'`).join(', ')}. Its behaviors are: ${existing.map((p) => `'${p}'`).join(', ')} ('*' is the default behavior; 'all' selects every one).`
    )
  }
  return [...new Set(selector.patterns)]
}

export function behaviorAt(config: DistributionConfig, name: string): Behavior | undefined {
  if (name === DEFAULT_BEHAVIOR) return config.DefaultCacheBehavior
  return config.CacheBehaviors?.Items?.find((b) => b.PathPattern === name)
}

export function originResponseArn(behavior: Behavior | undefined): string | undefined {
  return behavior?.LambdaFunctionAssociations?.Items?.find((a) => a.EventType === OUR_EVENT)
    ?.LambdaFunctionARN
}

/** The association list with origin-response set to `arn` (undefined: removed), others untouched. */
export function withOriginResponseItem(
  list: LambdaFunctionAssociations | undefined,
  arn: string | undefined
): LambdaFunctionAssociations {
  const others = (list?.Items ?? []).filter((a) => a.EventType !== OUR_EVENT)
  const current = list?.Items?.find((a) => a.EventType === OUR_EVENT)
  const ours: LambdaFunctionAssociation[] = arn
    ? [
        current
          ? { ...current, LambdaFunctionARN: arn }
          : { LambdaFunctionARN: arn, EventType: OUR_EVENT }
      ]
    : []
  // Keep the item where it was; append when new.
  const items = current
    ? (list?.Items ?? []).flatMap((a) => (a === current ? ours : [a]))
    : [...others, ...ours]
  return items.length > 0 ? { Quantity: items.length, Items: items } : { Quantity: 0 }
}

/** What each named behavior's origin-response should be; undefined removes it. */
export type WantedAssociations = Map<string, string | undefined>

function applyTo<T extends Behavior>(behavior: T, name: string, wanted: WantedAssociations): T {
  if (!wanted.has(name)) return behavior
  const arn = wanted.get(name)
  if (originResponseArn(behavior) === arn) return behavior
  return {
    ...behavior,
    LambdaFunctionAssociations: withOriginResponseItem(behavior.LambdaFunctionAssociations, arn)
  }
}

/** A new config with the wanted associations; the input is not modified. */
export function withAssociations(
  config: DistributionConfig,
  wanted: WantedAssociations
): DistributionConfig {
  const next: DistributionConfig = { ...config }
  if (config.DefaultCacheBehavior) {
    next.DefaultCacheBehavior = applyTo(config.DefaultCacheBehavior, DEFAULT_BEHAVIOR, wanted)
  }
  const items = config.CacheBehaviors?.Items
  const nextItems = items?.map((b) => applyTo(b, b.PathPattern ?? '', wanted))
  if (config.CacheBehaviors && items && nextItems?.some((b, i) => b !== items[i])) {
    next.CacheBehaviors = { ...config.CacheBehaviors, Items: nextItems }
  }
  return next
}

/**
 * Per targeted behavior: the current and the wanted ARN. Refuses, before anything is written,
 * to take over a behavior where another function holds origin-response, unless allowed.
 */
export function planAssociations(
  config: DistributionConfig,
  distributionId: string,
  behaviors: string[],
  newArn: string,
  functionName: string,
  replaceForeign: boolean
): AssociationChange[] {
  const changes = behaviors.map((behavior): AssociationChange => {
    const previousArn = originResponseArn(behaviorAt(config, behavior))
    return { distributionId, behavior, previousArn, newArn, changed: previousArn !== newArn }
  })
  const foreign = changes.filter(
    (c) => c.previousArn && !isOurFunctionArn(c.previousArn, functionName)
  )
  if (foreign.length > 0 && !replaceForeign) {
    const list = foreign.map((c) => `behavior '${c.behavior}' runs ${c.previousArn}`).join('; ')
    throw new AwsError(
      `Distribution ${distributionId}: another function already holds origin-response (${list}). headerguard will not replace a function it does not own. Remove that association, target other behaviors, or set cloudfront.replace-existing: true in the policy to take it over (rollback restores it).`
    )
  }
  return changes
}

export function wantedFrom(
  changes: AssociationChange[],
  pick: (c: AssociationChange) => string | undefined
): WantedAssociations {
  return new Map(changes.map((c) => [c.behavior, pick(c)]))
}
