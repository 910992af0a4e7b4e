// Plan (reads only) and the reads a deploy starts with: every read and check first, so a
// deploy that cannot succeed fails before it writes anything.
import type { EdgePackage } from '../compile/types.js'
import { errorMessage, missingTargetError } from '../errors.js'
import type { Logger } from '../log.js'
import { isOurFunctionArn } from './arn.js'
import { planAssociations, selectBehaviors, wantedFrom, withAssociations } from './associations.js'
import { changedBehaviors, checkNothingDropped } from './config-guard.js'
import { disabledDistributionProblems } from './edge-restrictions.js'
import { failPreflight } from './preflight.js'
import type { AwsClients } from './clients.js'
import {
  readDistributionConfig,
  readDistributionStatus,
  type DistributionRead
} from './cloudfront.js'
import { awsContext, type AwsContext, type TimingOptions } from './context.js'
import { inspectFunction, plannedVersion, type PublishedVersion } from './lambda-plan.js'
import { downloadVersionZip } from './live-package.js'
import type {
  AssociationChange,
  DeployOutcome,
  DeploySettings,
  HeaderDiff,
  PackageComparison
} from './types.js'

export interface DeployOptions extends TimingOptions {
  /**
   * Compares the live version's package with this build, for the header diff. Supplied by the
   * pipeline (what a package holds is the compile stage's business); without it the outcome
   * has no header diff and nothing is downloaded.
   */
  comparePackages?: PackageComparison
}

export function plannerFor(settings: DeploySettings, id: string, newArn: string) {
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
export async function headerDiffFor(
  ctx: AwsContext,
  associations: AssociationChange[],
  newArn: string,
  pkg: EdgePackage,
  functionName: string,
  compare: PackageComparison | undefined
): Promise<HeaderDiff | undefined> {
  if (!compare) return undefined
  const liveArn = associations
    .map((a) => a.previousArn)
    .find((arn) => arn && isOurFunctionArn(arn, functionName))
  if (!liveArn) return compare.diff(undefined, pkg)
  if (liveArn === newArn) return { added: [], changed: [], removed: [] }
  try {
    return compare.diff(await downloadVersionZip(ctx, liveArn), pkg)
  } catch (error) {
    ctx.log.warning(
      `Could not read the headers of the live version ${liveArn}: ${errorMessage(error)}; the header diff is left out`
    )
    return undefined
  }
}

export function logHeaderDiff(
  log: Logger,
  diff: HeaderDiff | undefined,
  compare: PackageComparison | undefined
): void {
  if (!diff || !compare) return
  for (const c of diff.added) log.info(`  + ${compare.describe(c)}`)
  for (const c of diff.changed) log.info(`  ~ ${compare.describe(c)}`)
  for (const c of diff.removed) log.info(`  - ${compare.describe(c)}`)
}

/** Reads and checks everything; returns the configs so the first write attempt can reuse them. */
export async function inspect(ctx: AwsContext, pkg: EdgePackage, settings: DeploySettings) {
  if (settings.distributionIds.length === 0) {
    throw missingTargetError('distribution-id', 'a deploy')
  }
  const lambda = await inspectFunction(ctx, pkg, settings)
  const planned = plannedVersion(lambda.plan, lambda.fn, settings)
  const reads = await Promise.all(
    settings.distributionIds.map((id) => readDistributionConfig(ctx, id))
  )
  failPreflight(disabledDistributionProblems(reads), 'aws')
  // Throws on an unknown behavior or a foreign association, before anything is written.
  const perRead = reads.map((r) => plannerFor(settings, r.id, planned.arn)(r.config))
  // Throws when a write would drop configuration the SDK does not model, before any write.
  await Promise.all(
    reads.map((r, i) => {
      const changes = perRead[i] ?? []
      const next = withAssociations(
        r.config,
        wantedFrom(changes, () => planned.arn)
      )
      return checkNothingDropped(ctx, r, next, changedBehaviors(changes))
    })
  )
  return { lambda, planned, reads, associations: perRead.flat() }
}

export function versionStep(version: PublishedVersion, reused: boolean): string {
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
      settings.distributionIds.map(async (id) => {
        const { status, domainName } = await readDistributionStatus(ctx, id)
        return { id, status, domainName }
      })
    )
    const headerDiff = await headerDiffFor(
      ctx,
      associations,
      planned.arn,
      pkg,
      settings.functionName,
      options.comparePackages
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
    logHeaderDiff(log, headerDiff, options.comparePackages)
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
