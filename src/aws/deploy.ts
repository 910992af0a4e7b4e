// The AWS stage of the pipeline: plan (reads only), deploy (publish + associate + wait +
// invalidate) and rollback. Order of a deploy: every read and check first, so a deploy that
// cannot succeed fails before it writes anything; then the Lambda version; then the
// distributions, concurrently.
import { readPackagedHeaders } from '../compile/package.js'
import type { EdgePackage, PackagedHeaders } from '../compile/types.js'
import { errorMessage, HeaderguardError, InputError, missingTargetError } from '../errors.js'
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
  StoppedError,
  type DistributionRead,
  type OutcomeSink
} from './cloudfront.js'
import { awsContext, type AwsContext, type TimingOptions } from './context.js'
import { describeChange, diffHeaders, EMPTY_HEADERS } from '../compile/header-diff.js'
import { inspectFunction, plannedVersion, publishVersion, type PublishedVersion } from './lambda.js'
import { downloadVersionZip } from './live-package.js'
import {
  NO_ASSOCIATION,
  type AssociationChange,
  type DeployOutcome,
  type DeploySettings,
  type HeaderDiff,
  type RestoredAssociation
} from './types.js'

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

/**
 * Runs every task to the end; then throws the one failure, or all failures as one error. A
 * distribution stopped because another failed is only mentioned when nothing else failed.
 */
async function settleAll(tasks: Promise<void>[]): Promise<void> {
  const settled = (await Promise.allSettled(tasks)).flatMap((r) =>
    r.status === 'rejected' ? [r.reason as unknown] : []
  )
  const real = settled.filter((e) => !(e instanceof StoppedError))
  const failures = real.length > 0 ? real : settled
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
    throw missingTargetError('distribution-id', 'a deploy')
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
      versionKnown: lambda.plan.kind === 'reuse',
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

const keyOf = (a: Pick<AssociationChange, 'distributionId' | 'behavior'>) =>
  `${a.distributionId}\u0000${a.behavior}`

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
        unfinished.set(id, stopped ? 'not-attempted' : 'failed')
        if (!stopped) firstFailed ??= id
        steps.push(
          stopped
            ? `Distribution ${id}: not updated, distribution ${error.failedDistributionId} failed first`
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
      options.readHeaders
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
              tracker.stopFor(read.id)
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
      if (error && typeof error === 'object') partialOutcomes.set(error, outcome())
      throw error
    }
    logHeaderDiff(log, headerDiff)
    return outcome()
  })
}

/** `to` of rolledBack: the one restored ARN, or a short per-behavior summary. */
function restoredSummary(restored: RestoredAssociation[]): string {
  const arns = [...new Set(restored.map((r) => r.arn ?? NO_ASSOCIATION))]
  if (arns.length === 1) return arns[0] || 'no origin-response association'
  const each = restored.map((r) => `${r.distributionId} '${r.behavior}' → ${r.arn ?? 'none'}`)
  return each.length <= 3
    ? `per behavior: ${each.join('; ')}`
    : `per behavior: ${arns.length} different associations on ${restored.length} behaviors`
}

/** A deploy's rows wrote this; a rollback restores it. Outcomes without state: `changed`. */
function isRestorable(a: AssociationChange): boolean {
  return a.state === undefined ? a.changed : a.state === 'written'
}

/**
 * Puts back what a deploy wrote (also a failed deploy's partial outcome: only its `written`
 * behaviors): each gets its previous ARN again (or loses our association when it had none),
 * then Deployed and invalidation as in deploy. A behavior someone else has changed since is
 * left alone, with a warning. The result's rows say what is associated now.
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
    const toRestore = outcome.associations.filter(isRestorable)
    const sink: OutcomeSink = {
      steps: [`Rolling back: ${reason}`],
      associations: [],
      distributions: []
    }
    /** Behaviors found running someone else's ARN instead of ours, by key. */
    const foreign = new Map<string, string | undefined>()
    const ids = [...new Set(toRestore.map((a) => a.distributionId))]
    const result = (): DeployOutcome => {
      const done = new Map(sink.associations.map((a) => [keyOf(a), a]))
      const restored: RestoredAssociation[] = []
      const associations = outcome.associations.map((a): AssociationChange => {
        const key = keyOf(a)
        const record = done.get(key)
        if (record?.state === 'written') {
          const arn = record.newArn || undefined
          restored.push({ distributionId: a.distributionId, behavior: a.behavior, arn })
          return { ...a, newArn: record.newArn, changed: false, state: 'restored' }
        }
        const current = record?.state === 'overwritten' ? record.newArn : foreign.get(key)
        if (record?.state === 'overwritten' || foreign.has(key))
          return { ...a, newArn: current ?? NO_ASSOCIATION, changed: false, state: 'overwritten' }
        return a
      })
      const to = restored.length > 0 ? restoredSummary(restored) : undefined
      const steps = [...sink.steps]
      if (toRestore.length === 0) steps.push('Nothing to roll back: no association was written')
      else if (!to) steps.push('Nothing rolled back: no written association could be restored')
      else steps.push(`Rolled back to ${to}`)
      const redeployed = new Map(sink.distributions.map((d) => [d.id, d]))
      return {
        ...outcome,
        associations,
        distributions: outcome.distributions.map((d) => redeployed.get(d.id) ?? d),
        ...(to ? { rolledBack: { to, reason, restored } } : {}),
        steps: [...outcome.steps, ...steps]
      }
    }
    const previous = (id: string, behavior: string) =>
      toRestore.find((a) => a.distributionId === id && a.behavior === behavior)?.previousArn
    try {
      await settleAll(
        ids.map(async (id) => {
          const mine = toRestore.filter((a) => a.distributionId === id)
          const planner = (config: DistributionRead['config']): AssociationChange[] =>
            mine.flatMap((a) => {
              const current = originResponseArn(behaviorAt(config, a.behavior))
              if (current !== a.newArn) {
                foreign.set(keyOf(a), current)
                log.warning(
                  `Rollback: ${id} behavior '${a.behavior}' now runs ${current ?? 'nothing'}, not ${a.newArn}; left as it is`
                )
                return []
              }
              foreign.delete(keyOf(a))
              return [
                {
                  distributionId: id,
                  behavior: a.behavior,
                  previousArn: current,
                  newArn: a.previousArn ?? NO_ASSOCIATION,
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
    } catch (error) {
      // What was restored before the failure still counts; the rest still runs the deploy's.
      if (error && typeof error === 'object') partialOutcomes.set(error, result())
      throw error
    }
    const rolled = result()
    for (const step of rolled.steps.slice(outcome.steps.length)) log.info(step)
    return rolled
  })
}
