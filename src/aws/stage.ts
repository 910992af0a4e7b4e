// The AWS stage as the pipeline calls it: maps the resolved policy and the inputs onto
// DeploySettings and loads the SDK only when a run actually needs AWS. The pipeline sees only
// the AwsStage interface, so it never loads the SDK for a run that does not reach AWS.
import type { EdgePackage } from '../compile/types.js'
import type { ResolvedPolicy } from '../policy/types.js'
import type { Settings } from '../settings.js'
import type { Logger } from '../log.js'
import { missingTargetError } from '../errors.js'
import type { DeployOutcome, DeploySettings, PackageComparison } from './types.js'

/** The AWS stage, injected so the pipeline does not load the SDK when a run needs no AWS. */
export interface AwsStage {
  plan(
    policy: ResolvedPolicy,
    pkg: EdgePackage,
    settings: Settings,
    log: Logger
  ): Promise<DeployOutcome>
  deploy(
    policy: ResolvedPolicy,
    pkg: EdgePackage,
    settings: Settings,
    log: Logger
  ): Promise<DeployOutcome>
  rollback(
    outcome: DeployOutcome,
    policy: ResolvedPolicy,
    settings: Settings,
    log: Logger,
    reason: string
  ): Promise<DeployOutcome>
  /** Deletes old unused versions, keeping `keep`; returns a line for the notes. */
  prune(policy: ResolvedPolicy, keep: number, log: Logger): Promise<string>
  /** Each distribution's status (`Deployed`, `InProgress`), for a run that failed before it knew. */
  distributionStatuses(distributionIds: string[]): Promise<string[]>
  /** `https://<DomainName>` of each distribution, for runs that verify without deploying. */
  siteUrls(distributionIds: string[]): Promise<string[]>
}

/** What the pipeline gives the AWS stage: the comparison of the live package with the build, and the cancel. */
export interface AwsStageDeps {
  comparePackages: PackageComparison
  /** Aborted on a cancel (SIGINT/SIGTERM): the deploy's waits stop at once. */
  signal?: AbortSignal
}

export function deploySettings(
  policy: ResolvedPolicy,
  settings: Settings,
  env: NodeJS.ProcessEnv = process.env
): DeploySettings {
  const functionName = policy.lambda.functionName
  if (!functionName) {
    throw missingTargetError('function-name', 'plan and deploy')
  }
  return {
    distributionIds: policy.cloudfront.distributions,
    behaviors: policy.cloudfront.behaviors,
    functionName,
    roleArn: policy.lambda.role,
    runtime: policy.lambda.runtime,
    memory: policy.lambda.memory,
    timeout: policy.lambda.timeout,
    replaceForeignAssociation: policy.cloudfront.replaceForeignAssociation,
    waitTimeoutMs: settings.waitTimeoutMs,
    pollIntervalMs: settings.pollIntervalMs,
    invalidate: settings.invalidate,
    // A deploy is followed by verification, which needs the invalidation done.
    waitForInvalidation: true,
    description: env.GITHUB_SHA ? `commit ${env.GITHUB_SHA.slice(0, 12)}` : undefined
  }
}

/** Reads that have nothing to tell the log. */
const silentLog: Logger = { info() {}, debug() {}, warning() {}, group: (_name, fn) => fn() }

export async function loadAwsStage(deps: AwsStageDeps): Promise<AwsStage> {
  const [
    { createAwsClients },
    { planDeployment },
    { deploy },
    { rollback },
    { readDistributionStatus },
    { awsContext },
    { pruneVersions }
  ] = await Promise.all([
    import('./clients.js'),
    import('./plan.js'),
    import('./deploy.js'),
    import('./rollback.js'),
    import('./cloudfront.js'),
    import('./context.js'),
    import('./prune.js')
  ])
  const clients = createAwsClients()
  const options = { comparePackages: deps.comparePackages, signal: deps.signal }
  return {
    plan: (policy, pkg, settings, log) =>
      planDeployment(clients, pkg, deploySettings(policy, settings), log, options),
    deploy: (policy, pkg, settings, log) =>
      deploy(clients, pkg, deploySettings(policy, settings), log, options),
    rollback: (outcome, policy, settings, log, reason) =>
      rollback(clients, outcome, deploySettings(policy, settings), log, reason, options),
    distributionStatuses: async (distributionIds) => {
      const ctx = awsContext(clients, silentLog)
      const statuses = await Promise.all(
        distributionIds.map((id) => readDistributionStatus(ctx, id))
      )
      return statuses.map((s) => s.status)
    },
    prune: async (policy, keep, log) => {
      const functionName = policy.lambda.functionName
      if (!functionName) throw missingTargetError('function-name', 'prune-versions')
      const pruned = await pruneVersions(clients, functionName, keep, log)
      const list = (versions: string[]) => (versions.length ? versions.join(', ') : 'none')
      return `pruned ${functionName}: deleted versions ${list(pruned.deleted)}; still replicated, retry later: ${list(pruned.deferred)}`
    },
    siteUrls: async (distributionIds) => {
      const ctx = awsContext(clients, silentLog)
      const statuses = await Promise.all(
        distributionIds.map((id) => readDistributionStatus(ctx, id))
      )
      return statuses.map((s) => `https://${s.domainName}/`)
    }
  }
}
