// Deploy: publish (or reuse) the Lambda version, then write the associations of every
// distribution concurrently, wait for Deployed and invalidate. A failure part-way throws a
// DeployFailedError that carries what had been done, so it can be reported and rolled back.
import type { EdgePackage } from '../compile/types.js'
import { CancelledError, DeployFailedError, errorMessage } from '../errors.js'
import type { Logger } from '../log.js'
import { wantedFrom } from './associations.js'
import type { AwsClients } from './clients.js'
import { applyToDistribution, StoppedError, type OutcomeSink } from './cloudfront.js'
import { awsContext } from './context.js'
import { convergeDistribution } from './converge.js'
import { publishVersion } from './lambda.js'
import {
  headerDiffFor,
  inspect,
  logHeaderDiff,
  plannerFor,
  versionStep,
  type DeployOptions
} from './plan.js'
import { keyOf, settleAll } from './settle.js'
import {
  NO_ASSOCIATION,
  type AssociationChange,
  type DeployOutcome,
  type DeploySettings
} from './types.js'

export type { DeployOptions } from './plan.js'

/**
 * Every targeted behavior once: what the distributions' work recorded, else (its distribution
 * failed or was stopped) the planned row with what is still associated.
 */
function settledAssociations(
  planned: AssociationChange[],
  recorded: AssociationChange[],
  unfinished: Map<string, 'failed' | 'not-attempted'>
): AssociationChange[] {
  const byKey = new Map(recorded.map((a) => [keyOf(a), a]))
  const rows = planned.map(
    (a): AssociationChange =>
      byKey.get(keyOf(a)) ?? {
        distributionId: a.distributionId,
        behavior: a.behavior,
        previousArn: a.previousArn,
        newArn: a.previousArn ?? NO_ASSOCIATION,
        changed: false,
        state: unfinished.get(a.distributionId) ?? 'not-attempted'
      }
  )
  const plannedKeys = new Set(planned.map(keyOf))
  // A behavior added to the distribution between our reads (behaviors: all).
  return [...rows, ...recorded.filter((a) => !plannedKeys.has(keyOf(a)))]
}

/**
 * Runs each distribution's work and records which failed; once one has failed, the others stop
 * before their next write (they are `not-attempted`: nothing of theirs was written).
 */
function trackFailures(ids: string[], steps: string[]) {
  const unfinished = new Map<string, 'failed' | 'not-attempted'>()
  let firstFailed: string | undefined
  return {
    unfinished,
    stopFor: (id: string) => () => (firstFailed && firstFailed !== id ? firstFailed : undefined),
    run: (id: string, work: Promise<void>) =>
      work.catch((error: unknown) => {
        const stopped = error instanceof StoppedError
        // A cancel is nobody's failure: what it stopped before writing was not attempted.
        const cancelled = error instanceof CancelledError
        unfinished.set(id, stopped || cancelled ? 'not-attempted' : 'failed')
        if (!stopped && !cancelled) firstFailed ??= id
        steps.push(
          stopped
            ? `Distribution ${id}: not updated, distribution ${error.failedDistributionId} failed first`
            : cancelled
              ? `Distribution ${id}: stopped, ${errorMessage(error)}`
              : `Distribution ${id}: failed: ${errorMessage(error)}`
        )
        throw error
      }),
    order: (a: string, b: string) => ids.indexOf(a) - ids.indexOf(b)
  }
}

/** The whole write path: version (reused or published), associations, Deployed, invalidation. */
export async function deploy(
  clients: AwsClients,
  pkg: EdgePackage,
  settings: DeploySettings,
  log: Logger,
  options: DeployOptions = {}
): Promise<DeployOutcome> {
  const ctx = awsContext(clients, log, options)
  return log.group('Deploy: Lambda@Edge version and CloudFront associations', async () => {
    const { lambda, planned, reads, associations: before } = await inspect(ctx, pkg, settings)
    const sink: OutcomeSink = { steps: [], associations: [], distributions: [] }
    const version =
      lambda.plan.kind === 'reuse'
        ? planned
        : await publishVersion(ctx, pkg, settings, lambda.plan, lambda.spec, sink.steps)
    if (lambda.plan.kind === 'reuse') {
      sink.steps.push(versionStep(version, true))
      log.info(versionStep(version, true))
    }
    const headerDiff = await headerDiffFor(
      ctx,
      before,
      version.arn,
      pkg,
      settings.functionName,
      options.comparePackages
    )
    const tracker = trackFailures(settings.distributionIds, sink.steps)
    const outcome = (): DeployOutcome => {
      const associations = settledAssociations(before, sink.associations, tracker.unfinished)
      return {
        mode: 'deploy',
        functionName: settings.functionName,
        functionArn: version.arn,
        version: version.version,
        versionKnown: true,
        codeChanged: version.codeChanged,
        changed: version.codeChanged || associations.some((a) => a.changed),
        converged: sink.distributions.some((d) => d.converged),
        previousFunctionArn: associations.find((a) => a.previousArn)?.previousArn,
        associations,
        distributions: [...sink.distributions].sort((a, b) => tracker.order(a.id, b.id)),
        headerDiff,
        steps: sink.steps
      }
    }
    try {
      await settleAll(
        reads.map((read) =>
          tracker.run(
            read.id,
            applyToDistribution(
              ctx,
              settings,
              read,
              plannerFor(settings, read.id, version.arn),
              (changes) => wantedFrom(changes, () => version.arn),
              sink,
              tracker.stopFor(read.id),
              convergeDistribution
            )
          )
        )
      )
    } catch (error) {
      const written = sink.associations.filter((a) => a.state === 'written')
      sink.steps.push(
        written.length > 0
          ? `Written before the failure: ${written.map((a) => `${a.distributionId} '${a.behavior}'`).join(', ')}`
          : 'No association was written'
      )
      throw new DeployFailedError(error, outcome())
    }
    logHeaderDiff(log, headerDiff, options.comparePackages)
    return outcome()
  })
}
