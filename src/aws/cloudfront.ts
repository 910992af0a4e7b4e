// The CloudFront side: read-modify-write of each distribution's config under its ETag, the
// bounded wait for Deployed, the post-condition check and the invalidation (docs/aws-facts.md §10-§12).
import {
  GetDistributionCommand,
  GetDistributionConfigCommand,
  type DistributionConfig
} from '@aws-sdk/client-cloudfront'
import { AwsError, errorMessage, throwIfCancelled } from '../errors.js'
import {
  behaviorAt,
  originResponseArn,
  withAssociations,
  type WantedAssociations
} from './associations.js'
import { captureResponseXml, changedBehaviors, guardedUpdate } from './config-guard.js'
import { awsErrorName, explainAwsError, isPreconditionFailed, isThrottling } from './aws-errors.js'
import type { AwsContext } from './context.js'
import { invalidate } from './invalidation.js'
import { pollUntil, retry, seconds } from './timing.js'
import {
  NO_ASSOCIATION,
  type AssociationChange,
  type DeploySettings,
  type DistributionOutcome
} from './types.js'

export interface DistributionRead {
  id: string
  config: DistributionConfig
  etag: string
  /** The response body as CloudFront sent it (absent when the client is a test double). */
  xml?: string
}

export interface DistributionStatus {
  status: string
  domainName: string
  /** When the distribution's configuration last changed (UpdateDistribution), if CloudFront said. */
  lastModified?: Date
}

/** Bound on our own re-read-and-retry loop (PreconditionFailed, throttling past the SDK's retries). */
export const UPDATE_ATTEMPTS = 5
const UPDATE_BASE_DELAY_MS = 1000
const UPDATE_MAX_DELAY_MS = 16_000

export function consoleLink(distributionId: string): string {
  return `https://us-east-1.console.aws.amazon.com/cloudfront/v4/home#/distributions/${distributionId}`
}

export async function readDistributionConfig(
  ctx: AwsContext,
  id: string
): Promise<DistributionRead> {
  try {
    let xml: string | undefined
    const command = captureResponseXml(
      new GetDistributionConfigCommand({ Id: id }),
      (body) => (xml = body)
    )
    const out = await ctx.clients.cloudfront.send(command)
    if (!out.DistributionConfig || !out.ETag)
      throw new AwsError(`GetDistributionConfig ${id} returned no config or no ETag`)
    return { id, config: out.DistributionConfig, etag: out.ETag, xml }
  } catch (error) {
    throw explainAwsError(error, `Reading distribution ${id}`)
  }
}

export async function readDistributionStatus(
  ctx: AwsContext,
  id: string
): Promise<DistributionStatus> {
  try {
    const out = await ctx.clients.cloudfront.send(new GetDistributionCommand({ Id: id }))
    return {
      status: out.Distribution?.Status ?? 'unknown',
      domainName: out.Distribution?.DomainName ?? '',
      lastModified: out.Distribution?.LastModifiedTime
    }
  } catch (error) {
    throw explainAwsError(error, `Reading distribution ${id}`)
  }
}

/** Turns a config into the association changes to make; throws (not retried) when it must not be changed. */
export type AssociationPlanner = (config: DistributionConfig) => AssociationChange[]

export interface WriteResult {
  written: boolean
  /** The changes as computed from the config the write was based on. */
  changes: AssociationChange[]
  /** ctx.clock.now() just before the UpdateDistribution that succeeded. */
  writtenAt?: number
}

/**
 * Thrown instead of writing when another distribution of the same deploy has already failed:
 * the deploy fails anyway, so writing more would only leave more to roll back.
 */
export class StoppedError extends AwsError {
  override name = 'StoppedError'
  constructor(
    readonly distributionId: string,
    readonly failedDistributionId: string
  ) {
    super(
      `Distribution ${distributionId} was not updated because distribution ${failedDistributionId} failed first`
    )
  }
}

/** Returns the id of a distribution that already failed, to stop this one before it writes. */
export type StopCheck = () => string | undefined

/**
 * Read (or use `first`), plan, UpdateDistribution with If-Match. On PreconditionFailed (someone
 * wrote in between) or throttling: re-read, re-plan, retry with jittered backoff, bounded.
 * Before every attempt `stop` may end it with a StoppedError.
 */
export async function writeAssociations(
  ctx: AwsContext,
  id: string,
  first: DistributionRead | undefined,
  planner: AssociationPlanner,
  wanted: (changes: AssociationChange[]) => WantedAssociations,
  stop?: StopCheck
): Promise<WriteResult> {
  const attempt = async (n: number): Promise<WriteResult> => {
    const failedFirst = stop?.()
    if (failedFirst) throw new StoppedError(id, failedFirst)
    const read = n === 1 && first ? first : await readDistributionConfig(ctx, id)
    const changes = planner(read.config)
    if (!changes.some((c) => c.changed)) return { written: false, changes }
    const next = withAssociations(read.config, wanted(changes))
    // No write starts after a cancel (reads are harmless; the retry's sleeps end at it anyway).
    throwIfCancelled(ctx.signal)
    const writtenAt = ctx.clock.now()
    await ctx.clients.cloudfront.send(guardedUpdate(read, next, changedBehaviors(changes)))
    return { written: true, changes, writtenAt }
  }
  try {
    return await retry(
      attempt,
      {
        attempts: UPDATE_ATTEMPTS,
        baseDelayMs: UPDATE_BASE_DELAY_MS,
        maxDelayMs: UPDATE_MAX_DELAY_MS,
        retryable: (e) => isPreconditionFailed(e) || isThrottling(e),
        what: `Updating distribution ${id}`,
        describe: (e) => `${awsErrorName(e)}: ${errorMessage(e)}`,
        exhausted: (error, attempts) =>
          isPreconditionFailed(error)
            ? new AwsError(
                `Updating distribution ${id} failed ${attempts} times with PreconditionFailed: another process keeps updating the distribution. Use a workflow concurrency group (concurrency: headerguard-${id}) so deploys do not overlap, then run again.`,
                { cause: error }
              )
            : explainAwsError(error, `Updating distribution ${id} (${attempts} attempts)`)
      },
      ctx.clock,
      ctx.log
    )
  } catch (error) {
    throw explainAwsError(error, `Updating distribution ${id}`)
  }
}

/** First check at once, then every poll-interval, bounded by wait-timeout; progress in the log. */
export async function waitDeployed(
  ctx: AwsContext,
  id: string,
  settings: Pick<DeploySettings, 'pollIntervalMs' | 'waitTimeoutMs'>
): Promise<DistributionStatus & { elapsedMs: number }> {
  const { value, elapsedMs } = await pollUntil(
    async () => {
      const status = await readDistributionStatus(ctx, id)
      return status.status === 'Deployed'
        ? { done: true, value: status }
        : { done: false, status: status.status }
    },
    {
      intervalMs: settings.pollIntervalMs,
      timeoutMs: settings.waitTimeoutMs,
      transient: isThrottling,
      progress: (status, elapsed) =>
        ctx.log.info(`Distribution ${id}: ${status}, ${seconds(elapsed)} elapsed`),
      timeoutMessage: (status, elapsed) =>
        `Distribution ${id} was still ${status} after ${seconds(elapsed)} (wait-timeout ${seconds(settings.waitTimeoutMs)}). The change will still complete in CloudFront; raise wait-timeout to wait for it, or run again (the re-run waits for Deployed and invalidates), and watch it at ${consoleLink(id)}.`
    },
    ctx.clock
  )
  ctx.log.info(`Distribution ${id}: Deployed after ${seconds(elapsedMs)}`)
  return { ...value, elapsedMs }
}

/** A behavior whose origin-response is not what we wrote. */
export interface Drift {
  behavior: string
  wanted: string | undefined
  actual: string | undefined
}

/** After Deployed, the config must still hold what we wrote: someone may have overwritten it. */
export async function findDrift(
  ctx: AwsContext,
  id: string,
  wanted: WantedAssociations
): Promise<Drift[]> {
  const { config } = await readDistributionConfig(ctx, id)
  return [...wanted].flatMap(([behavior, arn]) => {
    const actual = originResponseArn(behaviorAt(config, behavior))
    return actual === arn ? [] : [{ behavior, wanted: arn, actual }]
  })
}

export function driftError(id: string, drifted: Drift[]): AwsError {
  const list = drifted
    .map(
      (d) =>
        `behavior '${d.behavior}' has ${d.actual ?? 'no origin-response function'} instead of ${d.wanted ?? 'none'}`
    )
    .join('; ')
  return new AwsError(
    `Distribution ${id} was changed by someone else while we waited for it: ${list}. Use a workflow concurrency group so deploys do not overlap, then run again.`
  )
}

/** Where concurrent per-distribution work records what happened, even when a later step fails. */
export interface OutcomeSink {
  steps: string[]
  /**
   * Each targeted behavior of a distribution once its write succeeded or was not needed
   * (state `written`/`unchanged`, later `overwritten` when the post-Deployed check finds someone
   * else's ARN), as planned from the config the write was based on. Nothing for a distribution
   * whose write failed: the caller knows its behaviors from its own reads.
   */
  associations: AssociationChange[]
  distributions: DistributionOutcome[]
}

/**
 * What to do for a distribution whose associations are already as wanted (deploy passes
 * converge.ts: finish an earlier run's wait and invalidation). Without it: report, nothing more.
 */
export type ConvergeStep = (
  ctx: AwsContext,
  settings: DeploySettings,
  id: string,
  target: WantedAssociations,
  records: AssociationChange[],
  sink: OutcomeSink
) => Promise<void>

/**
 * One distribution, start to finish: write our associations, wait for Deployed, confirm,
 * invalidate. When nothing needs writing, `converge` (if given) decides what is still to do.
 */
export async function applyToDistribution(
  ctx: AwsContext,
  settings: DeploySettings,
  first: DistributionRead,
  planner: AssociationPlanner,
  wanted: (changes: AssociationChange[]) => WantedAssociations,
  sink: OutcomeSink,
  stop?: StopCheck,
  converge?: ConvergeStep
): Promise<void> {
  const id = first.id
  const write = await writeAssociations(ctx, id, first, planner, wanted, stop)
  const records: AssociationChange[] = write.changes.map((c) => ({
    ...c,
    state: write.written && c.changed ? 'written' : 'unchanged',
    changed: write.written && c.changed
  }))
  sink.associations.push(...records)
  const target = wanted(write.changes)
  if (!write.written) {
    if (converge && write.changes.length > 0)
      return converge(ctx, settings, id, target, records, sink)
    const status = await readDistributionStatus(ctx, id)
    sink.steps.push(`Distribution ${id}: associations already as wanted; nothing written`)
    sink.distributions.push({ id, status: status.status, domainName: status.domainName })
    return
  }
  for (const c of write.changes.filter((c) => c.changed)) {
    sink.steps.push(
      `Distribution ${id} behavior '${c.behavior}': ${c.previousArn ?? 'none'} → ${target.get(c.behavior) ?? 'none'}`
    )
  }
  ctx.log.info(`Distribution ${id} updated; waiting for Deployed (${consoleLink(id)})`)
  const deployed = await waitConfirmed(ctx, settings, id, target, records)
  const deployedAfterMs = ctx.clock.now() - (write.writtenAt ?? ctx.clock.now())
  sink.steps.push(`Distribution ${id}: Deployed after ${seconds(deployedAfterMs)}`)
  const distribution: DistributionOutcome = {
    id,
    status: deployed.status,
    domainName: deployed.domainName,
    deployedAfterMs
  }
  await invalidateInto(ctx, settings, id, distribution, sink)
  sink.distributions.push(distribution)
}

/**
 * Waits for Deployed, then confirms the config still holds `target`. A behavior someone else
 * changed meanwhile is marked overwritten in `records` (what is associated now is theirs: not
 * ours to report as written or to roll back) and the distribution fails.
 */
export async function waitConfirmed(
  ctx: AwsContext,
  settings: DeploySettings,
  id: string,
  target: WantedAssociations,
  records: AssociationChange[]
): Promise<DistributionStatus & { elapsedMs: number }> {
  const deployed = await waitDeployed(ctx, id, settings)
  const drifted = await findDrift(ctx, id, target)
  if (drifted.length > 0) {
    for (const d of drifted) {
      const record = records.find((r) => r.behavior === d.behavior)
      if (record)
        Object.assign(record, {
          newArn: d.actual ?? NO_ASSOCIATION,
          changed: false,
          state: 'overwritten'
        })
    }
    throw driftError(id, drifted)
  }
  return deployed
}

/** Invalidates the configured paths and records the invalidation (or its refusal, a warning). */
export async function invalidateInto(
  ctx: AwsContext,
  settings: DeploySettings,
  id: string,
  distribution: DistributionOutcome,
  sink: OutcomeSink
): Promise<void> {
  if (settings.invalidate === false) return
  const paths = settings.invalidate
  const result = await invalidate(ctx, id, paths, settings, settings.waitForInvalidation ?? true)
  if (result.refused) {
    distribution.invalidationRefused = result.refused
    sink.steps.push(`Distribution ${id}: ${result.refused}`)
  } else {
    distribution.invalidationId = result.id
    sink.steps.push(`Distribution ${id}: invalidated ${paths.join(' ')} (${result.id})`)
  }
}
