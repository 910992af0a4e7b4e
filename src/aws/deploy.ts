// The AWS stage of the pipeline: plan (reads only), deploy (publish + associate + wait +
// invalidate) and rollback. Order of a deploy: every read and check first, so a deploy that
// cannot succeed fails before it writes anything; then the Lambda version; then the
// distributions, concurrently.
import { readPackagedHeaders } from '../build/package.js'
import type { EdgePackage, PackagedHeaders } from '../build/types.js'
import { errorMessage, HeaderguardError, InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { isOurFunctionArn } from './arn.js'
import {
  behaviorAt,
  originResponseArn,
  planAssociations,
  selectBehaviors,
  wantedFrom
} from './associations.js'
import type { AwsClients } from './clients.js'
import {
  applyToDistribution,
  readDistributionConfig,
  readDistributionStatus,
  type DistributionRead,
  type OutcomeSink
} from './cloudfront.js'
import { awsContext, type AwsContext, type TimingOptions } from './context.js'
import { describeChange, diffHeaders, EMPTY_HEADERS } from './header-diff.js'
import { inspectFunction, plannedVersion, publishVersion, type PublishedVersion } from './lambda.js'
import { downloadVersionZip } from './live-package.js'
import type { AssociationChange, DeployOutcome, DeploySettings, HeaderDiff } from './types.js'

export interface DeployOptions extends TimingOptions {
  /** Reads the headers out of a package zip. Default: the build stage's readPackagedHeaders. */
  readHeaders?: (zip: Uint8Array) => PackagedHeaders
}

const partialOutcomes = new WeakMap<object, DeployOutcome>()

/**
 * What a failed deploy had already done (e.g. a distribution updated before the wait timed
 * out), so the caller can still report it and roll it back.
 */
export function outcomeOfFailure(error: unknown): DeployOutcome | undefined {
  return error && typeof error === 'object' ? partialOutcomes.get(error) : undefined
}

/** Runs every task to the end; then throws the one failure, or all failures as one error. */
async function settleAll(tasks: Promise<void>[]): Promise<void> {
  const failures = (await Promise.allSettled(tasks)).flatMap((r) =>
    r.status === 'rejected' ? [r.reason as unknown] : []
  )
  if (failures.length === 0) return
  if (failures.length === 1) throw failures[0]
  const first = failures[0]
  const Kind = (first instanceof HeaderguardError ? first.constructor : HeaderguardError) as new (
    m: string
  ) => Error
  throw new Kind(failures.map(errorMessage).join('\n'))
}

function plannerFor(settings: DeploySettings, id: string, newArn: string) {
  return (config: DistributionRead['config']) =>
    planAssociations(
      config,
      id,
      selectBehaviors(config, settings.behaviors, id),
      newArn,
      settings.functionName,
      settings.replaceForeignAssociation
    )
}

/** The live headers: those of our version on the first targeted behavior that has one. */
async function headerDiffFor(
  ctx: AwsContext,
  associations: AssociationChange[],
  newArn: string,
  pkg: EdgePackage,
  functionName: string,
  readHeaders: NonNullable<DeployOptions['readHeaders']> = readPackagedHeaders
): Promise<HeaderDiff | undefined> {
  const liveArn = associations
    .map((a) => a.previousArn)
    .find((arn) => arn && isOurFunctionArn(arn, functionName))
  if (!liveArn) return diffHeaders(EMPTY_HEADERS, pkg.manifest.headers)
  if (liveArn === newArn) return { added: [], changed: [], removed: [] }
  try {
    return diffHeaders(readHeaders(await downloadVersionZip(ctx, liveArn)), pkg.manifest.headers)
  } catch (error) {
    ctx.log.warning(
      `Could not read the headers of the live version ${liveArn}: ${errorMessage(error)}; the header diff is left out`
    )
    return undefined
  }
}

function logHeaderDiff(log: Logger, diff: HeaderDiff | undefined): void {
  if (!diff) return
  for (const c of diff.added) log.info(`  + ${describeChange(c)}`)
  for (const c of diff.changed) log.info(`  ~ ${describeChange(c)}`)
  for (const c of diff.removed) log.info(`  - ${describeChange(c)}`)
}

/** Reads and checks everything; returns the configs so the first write attempt can reuse them. */
async function inspect(ctx: AwsContext, pkg: EdgePackage, settings: DeploySettings) {
  if (settings.distributionIds.length === 0) {
    throw new InputError(
      "Input 'distribution-id': no distribution to deploy to; set it or cloudfront.distribution in the policy"
    )
  }
  const lambda = await inspectFunction(ctx, pkg, settings)
  const planned = plannedVersion(lambda.plan, lambda.fn, settings)
  const reads = await Promise.all(
    settings.distributionIds.map((id) => readDistributionConfig(ctx, id))
  )
  // Throws on an unknown behavior or a foreign association, before anything is written.
  const associations = reads.flatMap((r) => plannerFor(settings, r.id, planned.arn)(r.config))
  return { lambda, planned, reads, associations }
}

function versionStep(version: PublishedVersion, reused: boolean): string {
  return reused
    ? `Reused version ${version.version} (${version.arn}): same code and configuration`
    : `New version ${version.version} (${version.arn})`
}

/** Same reads as deploy, no writes: what deploy would do. */
export async function planDeployment(
  clients: AwsClients,
  pkg: EdgePackage,
  settings: DeploySettings,
  log: Logger,
  options: DeployOptions = {}
): Promise<DeployOutcome> {
  const ctx = awsContext(clients, log, options)
  return log.group('Plan: Lambda@Edge version and CloudFront associations', async () => {
    const { lambda, planned, associations } = await inspect(ctx, pkg, settings)
    const distributions = await Promise.all(
      settings.distributionIds.map(async (id) => ({
        id,
        ...(await readDistributionStatus(ctx, id))
      }))
    )
    const headerDiff = await headerDiffFor(
      ctx,
      associations,
      planned.arn,
      pkg,
      settings.functionName,
      options.readHeaders
    )
    const steps: string[] = []
    if (lambda.plan.kind === 'reuse') steps.push(versionStep(planned, true))
    else if (lambda.plan.kind === 'create')
      steps.push(`Would create function ${settings.functionName} and publish version 1`)
    else {
      const what = [
        lambda.plan.updateCode ? 'update the code' : '',
        ...lambda.plan.configChanges
      ].filter(Boolean)
      steps.push(
        `Would ${what.length > 0 ? `${what.join(', ')} and ` : ''}publish a new version of ${settings.functionName}`
      )
    }
    for (const a of associations) {
      steps.push(
        a.changed
          ? `Would associate ${a.distributionId} behavior '${a.behavior}': ${a.previousArn ?? 'none'} → ${a.newArn}`
          : `${a.distributionId} behavior '${a.behavior}' already runs ${a.newArn}`
      )
    }
    for (const step of steps) log.info(step)
    logHeaderDiff(log, headerDiff)
    return {
      mode: 'plan',
      functionName: settings.functionName,
      functionArn: planned.arn,
      version: planned.version,
      codeChanged: planned.codeChanged,
      changed: planned.codeChanged || associations.some((a) => a.changed),
      previousFunctionArn: associations.find((a) => a.previousArn)?.previousArn,
      associations,
      distributions,
      headerDiff,
      steps
    }
  })
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
      options.readHeaders
    )
    const outcome = (): DeployOutcome => {
      const associations =
        sink.associations.length > 0
          ? sink.associations
          : before.map((a) => ({ ...a, newArn: version.arn, changed: false }))
      return {
        mode: 'deploy',
        functionName: settings.functionName,
        functionArn: version.arn,
        version: version.version,
        codeChanged: version.codeChanged,
        changed: version.codeChanged || sink.associations.some((a) => a.changed),
        previousFunctionArn: (sink.associations.length > 0 ? sink.associations : before).find(
          (a) => a.previousArn
        )?.previousArn,
        associations,
        distributions: [...sink.distributions].sort(
          (a, b) => settings.distributionIds.indexOf(a.id) - settings.distributionIds.indexOf(b.id)
        ),
        headerDiff,
        steps: sink.steps
      }
    }
    try {
      await settleAll(
        reads.map((read) =>
          applyToDistribution(
            ctx,
            settings,
            read,
            plannerFor(settings, read.id, version.arn),
            (changes) => wantedFrom(changes, () => version.arn),
            sink
          )
        )
      )
    } catch (error) {
      if (error && typeof error === 'object') partialOutcomes.set(error, outcome())
      throw error
    }
    logHeaderDiff(log, headerDiff)
    return outcome()
  })
}

/**
 * Puts back what a deploy replaced: each changed behavior gets its previous ARN again (or loses
 * our association when it had none), then Deployed and invalidation as in deploy. A behavior
 * someone else has changed since is left alone, with a warning.
 */
export async function rollback(
  clients: AwsClients,
  outcome: DeployOutcome,
  settings: DeploySettings,
  log: Logger,
  reason: string,
  options: DeployOptions = {}
): Promise<DeployOutcome> {
  if (outcome.mode !== 'deploy')
    throw new InputError('Only a deploy can be rolled back; this outcome is a plan')
  const ctx = awsContext(clients, log, options)
  return log.group('Rollback: restoring the previous associations', async () => {
    const toRestore = outcome.associations.filter((a) => a.changed)
    const sink: OutcomeSink = {
      steps: [`Rolling back: ${reason}`],
      associations: [],
      distributions: []
    }
    const ids = [...new Set(toRestore.map((a) => a.distributionId))]
    const previous = (id: string, behavior: string) =>
      toRestore.find((a) => a.distributionId === id && a.behavior === behavior)?.previousArn
    await settleAll(
      ids.map(async (id) => {
        const mine = toRestore.filter((a) => a.distributionId === id)
        const planner = (config: DistributionRead['config']): AssociationChange[] =>
          mine.flatMap((a) => {
            const current = originResponseArn(behaviorAt(config, a.behavior))
            if (current !== a.newArn) {
              log.warning(
                `Rollback: ${id} behavior '${a.behavior}' now runs ${current ?? 'nothing'}, not ${a.newArn}; left as it is`
              )
              return []
            }
            return [
              {
                distributionId: id,
                behavior: a.behavior,
                previousArn: current,
                newArn: a.previousArn ?? '',
                changed: true
              }
            ]
          })
        const wanted = (changes: AssociationChange[]) =>
          wantedFrom(changes, (c) => previous(id, c.behavior))
        await applyToDistribution(
          ctx,
          settings,
          await readDistributionConfig(ctx, id),
          planner,
          wanted,
          sink
        )
      })
    )
    const to = toRestore.find((a) => a.previousArn)?.previousArn ?? 'no origin-response association'
    if (toRestore.length === 0) sink.steps.push('Nothing to roll back: no association was changed')
    else sink.steps.push(`Rolled back to ${to}`)
    for (const step of sink.steps) log.info(step)
    const restored = new Map(sink.distributions.map((d) => [d.id, d]))
    return {
      ...outcome,
      distributions: outcome.distributions.map((d) => restored.get(d.id) ?? d),
      rolledBack: { to, reason },
      steps: [...outcome.steps, ...sink.steps]
    }
  })
}
