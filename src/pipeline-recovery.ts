// What the deploy mode does when something goes wrong after it wrote: roll back once, and
// report the failure that caused it. Split from pipeline.ts, which composes the modes; this
// file composes the AWS stage's rollback with the run's result.
import type { AwsStage } from './aws/stage.js'
import type { DeployOutcome } from './aws/types.js'
import {
  cancelledBy,
  errorMessage,
  onlySlow,
  outcomeOfFailure,
  sentences,
  type CancelledError
} from './errors.js'
import type { Logger } from './log.js'
import type { PipelineResult } from './pipeline.js'
import type { ResolvedPolicy } from './policy/types.js'
import type { Settings } from './settings.js'

/**
 * Verification failed after a deploy that changed the site: put the previous associations back.
 * A rollback that fails is reported here and not thrown, so the run's catch does not roll back
 * a second time and the cause stays the failed verification.
 */
export async function rollbackAfterVerification(
  stage: AwsStage,
  policy: ResolvedPolicy,
  result: PipelineResult,
  settings: Settings,
  log: Logger
): Promise<void> {
  if (!result.outcome) return
  const reason = 'verification failed after the deploy'
  try {
    result.outcome = await stage.rollback(result.outcome, policy, settings, log, reason)
  } catch (error) {
    result.outcome = outcomeOfFailure(error) ?? result.outcome
    const restored = result.outcome.rolledBack ? ` (restored: ${result.outcome.rolledBack.to})` : ''
    const cancelled = cancelledBy(error)
    if (cancelled) {
      result.cancelled = cancelled.signalName
      result.error = `verification failed after the deploy, and the rollback was cancelled (${cancelled.signalName})${restored}. The report lists what is associated now; to restore the previous headers, revert the policy change and run again.`
      result.notes.push(
        `verification failed; the rollback was cancelled by ${cancelled.signalName}${restored}`
      )
      return
    }
    result.error = `verification failed after the deploy, and the rollback failed too${restored}: ${sentences(errorMessage(error), 'The report lists what is associated now; run the deploy again once the cause is fixed, or restore the previous version by hand.')}`
    result.notes.push(`verification failed; the rollback failed: ${errorMessage(error)}`)
    return
  }
  result.notes.push(
    result.outcome.rolledBack
      ? `verification failed: rolled back to ${result.outcome.rolledBack.to}`
      : 'verification failed: there was no previous association to restore'
  )
}

/** A failed verification after a run that wrote nothing: there is nothing of this run's to undo. */
export const verifyFailedWithoutWrite =
  'verification failed; nothing was rolled back: this run wrote no association (it finished deploying the one an earlier run wrote)'

/**
 * Verification failed after this run's change and the run was cancelled before it could roll
 * back. A re-run finds the association in place and never rolls back what it did not write, so
 * say how to undo it.
 */
export function cancelledBeforeRollback(outcome: DeployOutcome | undefined): string {
  const previous = outcome?.previousFunctionArn
  return `verification failed after this run's change, and the run was cancelled before it could roll back: the new association stays.${previous ? ` The previous version was ${previous}.` : ''} To undo it, revert the policy change and run again: that deploys the previous headers`
}

/**
 * What a cancelled run (SIGINT/SIGTERM: a workflow cancel) says: where it stopped, what stays in
 * CloudFront and that a re-run finishes it. It never rolls back: a cancel is not a failed
 * verification, and the association written is the one the run was asked to deploy.
 */
export function cancelledReport(
  cancelled: CancelledError,
  mode: PipelineResult['mode'],
  outcome: DeployOutcome | undefined
): { error: string; note: string } {
  const written = (outcome?.associations ?? []).filter((a) => a.state === 'written')
  const by = cancelled.signalName
  if (mode !== 'deploy') {
    return {
      error: `the run was cancelled (${by})`,
      note: `cancelled by ${by} before the ${mode === 'check' ? 'drift check' : 'plan'} finished (it writes nothing to AWS); run it again for a report`
    }
  }
  if (written.length === 0) {
    return {
      error: `the run was cancelled (${by}) before it changed any association`,
      note: `cancelled by ${by}: no association was written to CloudFront; run the workflow again to deploy`
    }
  }
  const list = written.map((a) => `${a.distributionId} '${a.behavior}'`).join(', ')
  return {
    error: `the run was cancelled (${by}) after it wrote the association; a re-run finishes the wait for Deployed and the invalidation`,
    note: `cancelled by ${by} after writing the association of ${list}: it stays, and CloudFront finishes deploying it on its own. Nothing was rolled back (a cancel is not a failed verification). Run the workflow again: the re-run finds the association in place, waits for Deployed, invalidates unless an invalidation was already made after the change, and verifies.`
  }
}

/**
 * A deploy that failed half-way (one distribution written, the next refused) is rolled back
 * like a failed verification, so no distribution is left on a version the run did not finish
 * deploying; and whatever happened, the outputs report the distributions' real status.
 */
export async function afterFailure(
  aws: AwsStage,
  policy: ResolvedPolicy,
  result: PipelineResult,
  settings: Settings,
  log: Logger,
  error: unknown
): Promise<void> {
  const written = result.outcome?.associations.some((a) => a.state === 'written') === true
  const cancelled = cancelledBy(error) !== undefined
  // A deployment that is only slow is not rolled back: CloudFront will finish it, and a second
  // change would wait just as long. Slow means every distribution's failure was a timeout. A
  // cancelled run is not rolled back either: the runner is stopping it.
  if (
    result.mode === 'deploy' &&
    written &&
    !cancelled &&
    !onlySlow(error) &&
    settings.rollbackOnFailure &&
    result.outcome
  ) {
    try {
      result.outcome = await aws.rollback(
        result.outcome,
        policy,
        settings,
        log,
        `the deploy failed: ${result.error}`
      )
      if (result.outcome.rolledBack) {
        result.notes.push(
          `the deploy failed half-way: rolled back to ${result.outcome.rolledBack.to}`
        )
      }
    } catch (error) {
      result.outcome = outcomeOfFailure(error) ?? result.outcome
      result.notes.push(
        `the deploy failed half-way and the rollback failed too: ${errorMessage(error)}`
      )
    }
  }
  if (result.mode !== 'check' && !result.outcome?.distributions.length) {
    try {
      result.distributionStatuses = await aws.distributionStatuses(policy.cloudfront.distributions)
    } catch (error) {
      log.debug(`could not read the distributions' status: ${errorMessage(error)}`)
    }
  }
}
