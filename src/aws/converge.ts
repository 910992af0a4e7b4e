// A re-run converges. A deploy cancelled (workflow cancel) or out of wait-timeout while the
// distribution was InProgress leaves the association written but the wait and the invalidation
// undone; the re-run finds the association already ours and so writes nothing. It must still
// wait for Deployed and invalidate, unless CloudFront shows an invalidation made after the
// distribution last changed (ListInvalidations, Distribution.LastModifiedTime: docs/aws-facts.md §15).
import type { DistributionOutcome } from './types.js'
import {
  invalidateInto,
  readDistributionStatus,
  waitConfirmed,
  type ConvergeStep,
  type DistributionStatus
} from './cloudfront.js'
import type { AwsContext } from './context.js'
import {
  followInvalidation,
  invalidationPaths,
  recentInvalidations,
  type InvalidationFact
} from './invalidation.js'
import { seconds } from './timing.js'

export interface ConvergeFacts {
  /** The distribution was not Deployed when this run found it, so this run waited for it. */
  wasInProgress: boolean
  /** Distribution.LastModifiedTime; absent when GetDistribution did not give it. */
  lastModified?: Date
  /** The newest invalidations (ListInvalidations' first page); absent when it could not be read. */
  invalidations?: InvalidationFact[]
  /** The paths this run would invalidate. */
  paths: string[]
}

export type ConvergeDecision =
  | { invalidate: true; why: string }
  | { invalidate: false; why: string; invalidation?: InvalidationFact }

/**
 * Does `theirs` (an invalidation's paths) cover each of `ours`? A CloudFront wildcard is a
 * trailing `*` and matches every path that starts with what precedes it.
 */
export function covers(theirs: readonly string[] | undefined, ours: readonly string[]): boolean {
  if (!theirs) return false
  return ours.every((path) =>
    theirs.some((t) => t === path || (t.endsWith('*') && path.startsWith(t.slice(0, -1))))
  )
}

const iso = (date: Date) => date.toISOString()

/**
 * Whether a re-run that found the association already ours must invalidate. Only an
 * invalidation of our paths created at or after the last change, on a distribution that was
 * already Deployed, makes ours unnecessary: one made while the change was still propagating may
 * have let edge locations that still ran the old configuration cache the old headers again.
 */
export function invalidationDecision(facts: ConvergeFacts): ConvergeDecision {
  const paths = facts.paths.join(' ')
  if (facts.wasInProgress)
    return {
      invalidate: true,
      why: 'it was still deploying when this run began, and an invalidation made before Deployed does not count'
    }
  if (!facts.lastModified)
    return {
      invalidate: true,
      why: 'GetDistribution gave no LastModifiedTime to compare earlier invalidations with'
    }
  // Without the list there is no evidence of an unfinished change on a Deployed distribution;
  // invalidating anyway would invalidate /* on every run of a role without ListInvalidations.
  if (!facts.invalidations)
    return { invalidate: false, why: 'the earlier invalidations could not be listed' }
  const since = facts.lastModified.getTime()
  const after = facts.invalidations.filter((i) => i.createTime.getTime() >= since)
  const found = after.find((i) => covers(i.paths, facts.paths))
  if (found)
    return {
      invalidate: false,
      invalidation: found,
      why: `created ${iso(found.createTime)}, the distribution last changed ${iso(facts.lastModified)}`
    }
  return {
    invalidate: true,
    why:
      after.length > 0
        ? `the invalidations made since the distribution last changed (${iso(facts.lastModified)}) do not cover ${paths}`
        : `no invalidation since the distribution last changed (${iso(facts.lastModified)})`
  }
}

/**
 * Reads what the decision needs: the newest invalidations, and the paths of those made since the
 * last change (the only ones that can count). Undefined, with a warning, when they cannot be
 * listed (cloudfront:ListInvalidations denied): the run then does not invalidate, never fails.
 */
async function invalidationFacts(
  ctx: AwsContext,
  id: string,
  lastModified: Date | undefined
): Promise<InvalidationFact[] | undefined> {
  const recent = await recentInvalidations(ctx, id)
  if ('unreadable' in recent) {
    ctx.log.warning(
      `Distribution ${id}: ${recent.unreadable}; not invalidating, since nothing shows an unfinished change. If an earlier run was cancelled before its invalidation, invalidate /* from the console, and add cloudfront:ListInvalidations to the role so re-runs can tell`
    )
    return undefined
  }
  return Promise.all(
    recent.invalidations.map(async (i) =>
      lastModified && i.createTime.getTime() >= lastModified.getTime()
        ? { ...i, paths: await invalidationPaths(ctx, id, i.id) }
        : i
    )
  )
}

/** The association is already ours: finish what an earlier run left undone, and say why. */
export const convergeDistribution: ConvergeStep = async (
  ctx,
  settings,
  id,
  target,
  records,
  sink
) => {
  const say = (line: string) => {
    ctx.log.info(`Distribution ${id}: ${line}`)
    sink.steps.push(`Distribution ${id}: ${line}`)
  }
  const found = await readDistributionStatus(ctx, id)
  const wasInProgress = found.status !== 'Deployed'
  let now: DistributionStatus = found
  if (wasInProgress) {
    say(`already associated; distribution ${found.status}: waiting for Deployed`)
    const deployed = await waitConfirmed(ctx, settings, id, target, records)
    sink.steps.push(
      `Distribution ${id}: Deployed after ${seconds(deployed.elapsedMs)} more (an earlier run's change)`
    )
    now = deployed
  }
  const distribution: DistributionOutcome = {
    id,
    status: now.status,
    domainName: now.domainName
  }
  let invalidating = false
  if (settings.invalidate !== false) {
    const paths = settings.invalidate
    const decision = invalidationDecision({
      wasInProgress,
      lastModified: now.lastModified,
      // A run that waited invalidates whatever was made before: no need to list it.
      invalidations: wasInProgress ? [] : await invalidationFacts(ctx, id, now.lastModified),
      paths
    })
    invalidating = decision.invalidate
    if (decision.invalidate) {
      say(`already associated; ${decision.why}: invalidating ${paths.join(' ')}`)
      await invalidateInto(ctx, settings, id, distribution, sink)
    } else if (decision.invalidation) {
      const earlier = decision.invalidation
      say(
        `invalidation ${earlier.id} created after the last change: not invalidating again (${decision.why})`
      )
      // An earlier run may have been cancelled while its invalidation was still running.
      if (earlier.status !== 'Completed' && (settings.waitForInvalidation ?? true))
        await followInvalidation(ctx, id, earlier.id, settings)
    }
  }
  if (wasInProgress || invalidating) {
    const invalidated = distribution.invalidationId !== undefined
    distribution.converged = { waitedForDeployed: wasInProgress, invalidated }
  } else {
    sink.steps.push(
      `Distribution ${id}: associations already as wanted and Deployed; nothing written`
    )
  }
  sink.distributions.push(distribution)
}
