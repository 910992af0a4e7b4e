// The invalidation after a deployed change. It only speeds up what the TTLs do anyway, so a
// refusal (TooManyInvalidationsInProgress, AccessDenied, anything else) is a warning: the
// association is already written and Deployed, and rolling it back would undo a working change
// because of the cache (docs/aws-facts.md §12).
import {
  CreateInvalidationCommand,
  GetInvalidationCommand,
  ListInvalidationsCommand
} from '@aws-sdk/client-cloudfront'
import { CancelledError, WaitTimeoutError, errorMessage } from '../errors.js'
import { awsErrorName, isAccessDenied, isThrottling } from './aws-errors.js'
import type { AwsContext } from './context.js'
import { pollUntil, seconds } from './timing.js'
import type { DeploySettings } from './types.js'

const INVALIDATION_MAX_POLL_MS = 5000

export type InvalidationResult =
  { id: string; refused?: undefined } | { id?: undefined; refused: string }

/** What to do about a refused CreateInvalidation, by the error CloudFront gave. */
export function refusalAdvice(error: unknown, id: string): string {
  if (awsErrorName(error) === 'TooManyInvalidationsInProgress')
    return `distribution ${id} already has the most invalidations CloudFront allows in progress (15 wildcard paths or 3,000 file paths): wait for them to complete, or invalidate later from the console`
  if (isAccessDenied(error))
    return `the deploying role may not call cloudfront:CreateInvalidation on distribution ${id}: add it (see "IAM policy for the deploying role" in the README)`
  return 'invalidate later from the console or the CLI'
}

/**
 * Creates an invalidation and, when asked, waits (bounded) for it. A refused invalidation is
 * returned as `refused` (with the warning already logged), a slow one is logged and returned
 * as made: neither fails the deploy.
 */
export async function invalidate(
  ctx: AwsContext,
  id: string,
  paths: string[],
  settings: Pick<DeploySettings, 'pollIntervalMs' | 'waitTimeoutMs'>,
  wait: boolean
): Promise<InvalidationResult> {
  let invalidationId: string
  try {
    const out = await ctx.clients.cloudfront.send(
      new CreateInvalidationCommand({
        DistributionId: id,
        InvalidationBatch: {
          CallerReference: `headerguard-${ctx.clock.now()}-${Math.floor(ctx.clock.random() * 1e9)}`,
          Paths: { Quantity: paths.length, Items: paths }
        }
      })
    )
    invalidationId = out.Invalidation?.Id ?? ''
  } catch (error) {
    const refused = `invalidation of ${paths.join(' ')} refused (${awsErrorName(error)}: ${errorMessage(error)}); the association stays, but cached objects keep the headers they were stored with until they expire, and verification uses cache-busting requests. To fix: ${refusalAdvice(error, id)}`
    ctx.log.warning(`Distribution ${id}: ${refused}`)
    return { refused }
  }
  ctx.log.info(`Distribution ${id}: invalidation ${invalidationId} of ${paths.join(' ')} created`)
  if (wait) await followInvalidation(ctx, id, invalidationId, settings)
  return { id: invalidationId }
}

/**
 * Waits (bounded) until an invalidation is Completed. Not seeing it complete (slow, or
 * GetInvalidation denied) is a warning: it exists and will complete, verification may only
 * still meet cached copies. A cancel is not swallowed: the run stops.
 */
export async function followInvalidation(
  ctx: AwsContext,
  id: string,
  invalidationId: string,
  settings: Pick<DeploySettings, 'pollIntervalMs' | 'waitTimeoutMs'>
): Promise<void> {
  try {
    await pollUntil(
      async () => {
        const out = await ctx.clients.cloudfront.send(
          new GetInvalidationCommand({ DistributionId: id, Id: invalidationId })
        )
        const status = out.Invalidation?.Status ?? 'unknown'
        return status === 'Completed' ? { done: true, value: status } : { done: false, status }
      },
      {
        intervalMs: Math.min(settings.pollIntervalMs, INVALIDATION_MAX_POLL_MS),
        timeoutMs: settings.waitTimeoutMs,
        transient: isThrottling,
        progress: (status, elapsed) =>
          ctx.log.debug(`invalidation ${invalidationId}: ${status} after ${seconds(elapsed)}`),
        timeoutMessage: (status, elapsed) =>
          `invalidation ${invalidationId} on ${id} still ${status} after ${seconds(elapsed)}`
      },
      ctx.clock
    )
  } catch (error) {
    if (error instanceof CancelledError) throw error
    const why =
      error instanceof WaitTimeoutError
        ? error.message
        : `cannot follow invalidation ${invalidationId} (${awsErrorName(error)}: ${errorMessage(error)})`
    ctx.log.warning(`${why}; verification may still see cached responses`)
  }
}

/** One invalidation as ListInvalidations and GetInvalidation describe it. */
export interface InvalidationFact {
  id: string
  createTime: Date
  status: string
  /** The batch's paths (GetInvalidation); absent when not read. */
  paths?: string[]
}

/** How many of the newest invalidations a re-run looks at. */
const RECENT_INVALIDATIONS = 10

/**
 * The newest invalidations of a distribution: ListInvalidations returns them from the most recent
 * to the oldest (docs/aws-facts.md §15), so its first page holds every one made after a recent
 * change. A refusal (AccessDenied for a role without cloudfront:ListInvalidations) is returned as
 * `unreadable`, for the caller to warn (the re-run then does not invalidate: nothing shows an
 * unfinished change).
 */
export async function recentInvalidations(
  ctx: AwsContext,
  id: string
): Promise<{ invalidations: InvalidationFact[] } | { unreadable: string }> {
  try {
    const out = await ctx.clients.cloudfront.send(
      new ListInvalidationsCommand({ DistributionId: id, MaxItems: RECENT_INVALIDATIONS })
    )
    const invalidations = (out.InvalidationList?.Items ?? []).flatMap((i) =>
      i.Id && i.CreateTime
        ? [{ id: i.Id, createTime: i.CreateTime, status: i.Status ?? 'unknown' }]
        : []
    )
    return { invalidations }
  } catch (error) {
    const advice = isAccessDenied(error)
      ? ': add cloudfront:ListInvalidations to the deploying role (see "IAM policy for the deploying role" in the README)'
      : ''
    return {
      unreadable: `ListInvalidations failed (${awsErrorName(error)}: ${errorMessage(error)})${advice}`
    }
  }
}

/** The paths of one invalidation batch, or undefined when GetInvalidation does not say. */
export async function invalidationPaths(
  ctx: AwsContext,
  id: string,
  invalidationId: string
): Promise<string[] | undefined> {
  try {
    const out = await ctx.clients.cloudfront.send(
      new GetInvalidationCommand({ DistributionId: id, Id: invalidationId })
    )
    return out.Invalidation?.InvalidationBatch?.Paths?.Items
  } catch (error) {
    ctx.log.debug(
      `GetInvalidation ${invalidationId}: ${awsErrorName(error)}: ${errorMessage(error)}`
    )
    return undefined
  }
}
