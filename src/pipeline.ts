// The modes as steps over the stage modules, shared by the action (main.ts) and the CLI:
// policy → build → aws → verify. Reporting is the caller's: the action reports to GitHub,
// the CLI to the terminal; both get the same PipelineResult.
import { existsSync } from 'node:fs'
import type { EdgePackage } from './compile/types.js'
import { awsCredentialSource } from './aws/credentials.js'
import type { CspPreviewReport } from './csp-preview/types.js'
import type { AwsStage, AwsStageDeps } from './aws/stage.js'
import type { DeployOutcome } from './aws/types.js'
import {
  cancellation,
  cancelledBy,
  missingTargetError,
  errorMessage,
  outcomeOfFailure,
  throwIfCancelled
} from './errors.js'
import {
  afterFailure,
  cancelledBeforeRollback,
  cancelledReport,
  rollbackAfterVerification,
  verifyFailedWithoutWrite
} from './pipeline-recovery.js'
import { type RunEvent, resolveMode } from './event.js'
import type { Logger } from './log.js'
import { repoRelative } from './paths.js'
import { withoutServedAdvice } from './advice.js'
import { hasErrors } from './diagnostics.js'
import { findPolicyFile, readPolicyFile } from './policy/read.js'
import type { Diagnostic, LoadResult, ResolvedPolicy } from './policy/types.js'
import { DEFAULT_POLICY_FILE, type RunMode, type Settings } from './settings.js'
import type { VerifyOptions, VerifyReport } from './verify/types.js'
import type { EdgePreview } from './edge-runtime/preview.js'
import { redactDeep, stripUserinfo, urlSecrets } from './report/redact.js'

export type { AwsStage, AwsStageDeps }

export interface PipelineInput {
  settings: Settings
  event: RunEvent
  env: NodeJS.ProcessEnv
  /** The repository root: the policy path and report paths are relative to it. */
  cwd: string
  log: Logger
  aws: (deps: AwsStageDeps) => Promise<AwsStage>
  /**
   * The policy to use when no policy file was named and none exists at the default paths
   * (`headerguard check --url U` as a quick scan). The action has none: a repository must
   * keep its policy.
   */
  fallbackPolicy?: { file: string; text: string; preset: string }
  /** Per-request timeout and concurrency of the site checks (the CLI's --timeout, --concurrency). */
  verify?: Pick<VerifyOptions, 'timeoutMs' | 'concurrency'>
  now?: () => Date
  /** Told every credential found in a URL to verify (the action masks them in the log). */
  secret?: (value: string) => void
  /**
   * Aborted with a CancelledError when the run is cancelled (the action's SIGINT/SIGTERM): the
   * AWS waits stop at once and nothing new starts; the result says what was done.
   */
  signal?: AbortSignal
}

export interface PipelineResult {
  mode: RunMode
  /** The policy file path relative to cwd, as annotations need it. */
  policyFile: string
  policy?: ResolvedPolicy
  diagnostics: Diagnostic[]
  pkg?: EdgePackage
  outcome?: DeployOutcome
  verify?: VerifyReport
  /** What the run skipped or decided, and why: shown in the log, the summary and the comment. */
  notes: string[]
  /** Set when the run could not do its job (policy errors, AWS errors, nothing to verify). */
  error?: string
  /** The distributions' status when the run ended without an outcome that says it. */
  distributionStatuses?: string[]
  cspPreview?: CspPreviewReport
  /** The signal that cancelled the run (`SIGINT`, `SIGTERM`), when one did. */
  cancelled?: string
}

/** Action inputs override the policy file's values. */
export function applyOverrides(policy: ResolvedPolicy, settings: Settings): ResolvedPolicy {
  return {
    ...policy,
    cloudfront: {
      ...policy.cloudfront,
      distributions: settings.distributionIds ?? policy.cloudfront.distributions,
      behaviors: settings.behaviors ?? policy.cloudfront.behaviors
    },
    lambda: {
      ...policy.lambda,
      functionName: settings.functionName ?? policy.lambda.functionName,
      role: settings.roleArn ?? policy.lambda.role
    },
    verify: { ...policy.verify, urls: settings.urls ?? policy.verify.urls }
  }
}

/** Why the AWS steps cannot run, or undefined when they can. */
export function awsSkipReason(event: RunEvent, env: NodeJS.ProcessEnv): string | undefined {
  if (event.fromFork) {
    return 'this pull request comes from a fork, which gets no AWS credentials: the AWS steps were skipped; the policy was validated and built and the live site verified'
  }
  if (!awsCredentialSource(env)) {
    return 'no AWS credentials in the environment (add aws-actions/configure-aws-credentials before this step): the AWS steps were skipped; the policy was validated and built and the live site verified'
  }
  return undefined
}

/** A deploy that cannot reach AWS must fail, not pass on a site it did not change. */
export const DEPLOY_WITHOUT_CREDENTIALS =
  'deploy needs AWS credentials and found none in the environment (AWS_ACCESS_KEY_ID, AWS_WEB_IDENTITY_TOKEN_FILE, AWS_PROFILE, container credentials): add aws-actions/configure-aws-credentials before this step; on a self-hosted runner with an instance profile, set AWS_EC2_METADATA_DISABLED=false to use it. Nothing was deployed.'

function requireDeployTarget(policy: ResolvedPolicy, mode: RunMode): void {
  if (!policy.lambda.functionName) throw missingTargetError('function-name', mode)
  if (policy.cloudfront.distributions.length === 0)
    throw missingTargetError('distribution-id', mode)
}

/**
 * Runs the mode. What it returns carries no URL credentials: every URL in the result has its
 * userinfo removed, so no report built from it can publish them.
 */
export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  return redactResult(await runMode(input))
}

/**
 * Everything but the package (bytes) and the policy (which holds Maps) goes through redactDeep,
 * so a field added to the result later is redacted without anyone remembering to.
 */
export function redactResult(result: PipelineResult): PipelineResult {
  const { pkg, policy, ...plain } = result
  return {
    ...redactDeep(plain),
    ...(pkg ? { pkg } : {}),
    ...(policy
      ? {
          policy: {
            ...policy,
            verify: { ...policy.verify, urls: policy.verify.urls.map(stripUserinfo) }
          }
        }
      : {})
  }
}

async function runMode(input: PipelineInput): Promise<PipelineResult> {
  const { settings, event, env, cwd, log } = input
  const mode = resolveMode(settings.mode, event.name)
  const given = settings.policyFile === DEFAULT_POLICY_FILE ? undefined : settings.policyFile
  const found = findPolicyFile(cwd, given)
  const fallback = !given && !existsSync(found) ? input.fallbackPolicy : undefined
  const policyPath = fallback?.file ?? found
  const policyFile = fallback?.file ?? repoRelative(cwd, policyPath)
  const result: PipelineResult = { mode, policyFile, diagnostics: [], notes: [] }
  if (fallback) {
    result.notes.push(
      `no policy file at ${repoRelative(cwd, found)}: checked against ${fallback.file}; write a policy (see README "The policy file") to check your own`
    )
  }
  if (settings.mode === 'auto') result.notes.push(`mode auto on ${event.name}: ${mode}`)

  const loaded = await log.group(`policy: ${policyFile}`, async () => {
    const loaded = await checkPolicy(fallback?.text, policyPath)
    // Annotations and SARIF need the path relative to the repository root.
    const outcome = {
      ...loaded,
      diagnostics: loaded.diagnostics.map((d) => ({ ...d, pos: { ...d.pos, file: policyFile } }))
    }
    log.info(
      hasErrors(outcome.diagnostics)
        ? `${outcome.diagnostics.filter((d) => d.severity === 'error').length} error(s) in ${policyFile}`
        : `${policyFile} is valid (${outcome.diagnostics.length} warning(s))`
    )
    return outcome
  })
  result.diagnostics = loaded.diagnostics
  if (!loaded.policy) {
    result.error = `${policyFile} has errors: ${mode === 'check' ? 'nothing was checked' : 'nothing was built or deployed'}`
    return result
  }
  const policy = applyOverrides({ ...loaded.policy, file: policyFile }, settings)
  result.policy = policy
  for (const url of policy.verify.urls) for (const secret of urlSecrets(url)) input.secret?.(secret)

  let aws: AwsStage | undefined
  try {
    const pkg = await log.group('build', async () => {
      const { buildEdgePackage } = await import('./pipeline-stages.js')
      const built = buildEdgePackage(policy)
      log.info(`edge.zip: ${built.manifest.bytes} bytes, CodeSha256 ${built.manifest.codeSha256}`)
      return built
    })
    result.pkg = pkg

    // check needs AWS only to find the distribution's domain when no URL is given.
    const awsNeeded = mode !== 'check' || needsDomainLookup(policy)
    const skip = awsNeeded ? awsSkipReason(event, env) : undefined
    if (skip && mode === 'deploy') {
      result.error = event.fromFork
        ? 'this pull request comes from a fork, which gets no AWS credentials: deploy cannot run here (mode auto plans on pull requests). Nothing was deployed.'
        : DEPLOY_WITHOUT_CREDENTIALS
      return result
    }
    if (skip && mode === 'plan') result.notes.push(skip)
    aws =
      awsNeeded && !skip
        ? await input.aws({
            comparePackages: (await import('./pipeline-stages.js')).comparePackages,
            signal: input.signal
          })
        : undefined

    throwIfCancelled(input.signal)
    if (aws && mode !== 'check') {
      requireDeployTarget(policy, mode)
      result.outcome =
        mode === 'deploy'
          ? await aws.deploy(policy, pkg, settings, log)
          : await aws.plan(policy, pkg, settings, log)
    }

    const stage = aws
    const urls = await resolveUrls(policy, result.outcome, stage)
    if (urls.length === 0) {
      result.error =
        'No URL to verify: set verify.url in the policy or the url input (--url on the command line), or give AWS credentials and a distribution to verify https://<distribution domain>'
      return result
    }
    throwIfCancelled(input.signal)
    // A converged run judges the site as just deployed too: older cached copies are stale cache.
    const changedNow = mode === 'deploy' && result.outcome?.changed === true
    const deployedNow = changedNow || (mode === 'deploy' && result.outcome?.converged === true)
    const csp = { changed: false }
    // Plan runs the new function on live responses for its verdicts and the CSP preview: one worker.
    const edge =
      mode === 'plan'
        ? await (await import('./pipeline-stages.js')).openEdgePreview(pkg.zip)
        : undefined
    const signal = input.signal
    try {
      let verify = await log.group('verify', () =>
        edge
          ? verifyPreview(policy, edge, { ...input.verify, urls, signal }, result.notes, csp)
          : verifyLive(policy, {
              ...input.verify,
              urls,
              signal,
              deployedAt: deployedNow ? (input.now?.() ?? new Date()) : undefined,
              cacheBust: deployedNow
            })
      )
      if (fallback) {
        const { asQuickScan } = await import('./verify/scan.js')
        const scan = asQuickScan(verify, fallback.preset)
        verify = scan.report
        result.notes.push(...scan.notes)
      }
      result.verify = verify
      result.diagnostics = withoutServedAdvice(result.diagnostics, verify)
      log.info(`verification: ${verify.status}${verify.grade ? `, grade ${verify.grade}` : ''}`)
      const { planCspPreview } = await import('./pipeline-stages.js')
      result.cspPreview = await planCspPreview({
        ...input,
        mode,
        verify,
        cspChanged: csp.changed,
        notes: result.notes,
        edge
      })
    } finally {
      await edge?.close()
    }

    const failedNow = deployedNow && result.verify.status === 'fail'
    // A cancel now leaves a failed change associated: say how to undo it before stopping.
    if (failedNow && changedNow && cancellation(input.signal))
      result.notes.push(cancelledBeforeRollback(result.outcome))
    throwIfCancelled(input.signal)
    if (stage && result.outcome && failedNow && changedNow && settings.rollbackOnFailure) {
      await rollbackAfterVerification(stage, policy, result, settings, log)
    } else if (failedNow && !changedNow) {
      result.notes.push(verifyFailedWithoutWrite)
    }
    if (stage && mode === 'deploy' && settings.pruneKeep !== undefined) {
      result.notes.push(await pruneAfterDeploy(stage, policy, settings.pruneKeep, result, log))
    }
  } catch (error) {
    // A deploy that failed half-way still reports what it did (e.g. the association it wrote
    // before the wait timed out).
    result.outcome = outcomeOfFailure(error) ?? result.outcome
    // Only the cancel itself is reported as one: a failure that came first keeps its own words.
    const cancelled = cancelledBy(error)
    result.error = errorMessage(error)
    if (cancelled) {
      const report = cancelledReport(cancelled, mode, result.outcome)
      result.cancelled = cancelled.signalName
      result.error = report.error
      result.notes.push(report.note)
    }
    log.debug(error instanceof Error && error.stack ? error.stack : String(error))
    if (aws && loaded.policy) {
      const policyNow = applyOverrides(loaded.policy, settings)
      await afterFailure(aws, policyNow, result, settings, log, error)
    }
  }
  return result
}

/**
 * Plan judges what the site would serve after this deploy: every live response goes through
 * the new package's handler (and Lambda@Edge's validation) before it is compared with the
 * policy; judging the live responses as they are would fail every pull request that changes
 * the policy. The live side is kept beside it (Finding.now).
 */
async function verifyPreview(
  policy: ResolvedPolicy,
  edge: EdgePreview,
  options: VerifyOptions,
  notes: string[],
  csp: { changed: boolean }
): Promise<VerifyReport> {
  const { trackCspChanges, verifyPreviewed } = await import('./pipeline-stages.js')
  const apply = trackCspChanges((uri, response) => edge.apply(uri, response), csp)
  const report = await verifyPreviewed(policy, options, apply)
  notes.push(
    'plan: the live responses were passed through the new edge function before judging, so the verdicts show what the site will serve after this deploy'
  )
  return report
}

async function verifyLive(policy: ResolvedPolicy, options: VerifyOptions): Promise<VerifyReport> {
  const { verifySite } = await import('./pipeline-stages.js')
  return verifySite(policy, options)
}

/**
 * The policy file's (or the fallback's) diagnostics and resolved policy. The checker (parser,
 * schema validator, resolver) is loaded only when there is text to check: a run that fails on
 * a missing policy file never loads it.
 */
async function checkPolicy(fallbackText: string | undefined, file: string): Promise<LoadResult> {
  const read = fallbackText !== undefined ? { text: fallbackText } : await readPolicyFile(file)
  if (!('text' in read)) return read
  const { checkPolicyText } = await import('./pipeline-stages.js')
  // The quick scan's built-in policy is not the user's: its CSP is judged as served, not here.
  return checkPolicyText(read.text, file, { cspAdvice: fallbackText === undefined })
}

/**
 * prune-versions runs only on a settled site: a green run that changed nothing. After a change,
 * the version just replaced may still be needed for a rollback, and its replicas linger for
 * hours anyway. A prune failure is a warning: the deploy itself succeeded.
 */
async function pruneAfterDeploy(
  stage: AwsStage,
  policy: ResolvedPolicy,
  keep: number,
  result: PipelineResult,
  log: Logger
): Promise<string> {
  if (result.verify?.status !== 'pass') return 'prune-versions: skipped, verification did not pass'
  if (result.outcome?.changed) {
    return 'prune-versions: skipped, this run changed the association; old versions are pruned by a later run that changes nothing'
  }
  if (result.outcome?.converged) {
    return 'prune-versions: skipped, this run finished deploying the association an earlier run wrote; old versions are pruned by a later run that changes nothing'
  }
  try {
    return await log.group('prune', () => stage.prune(policy, keep, log))
  } catch (error) {
    log.warning(`prune-versions failed (the deploy itself succeeded): ${errorMessage(error)}`)
    return `prune-versions failed: ${errorMessage(error)}`
  }
}

function needsDomainLookup(policy: ResolvedPolicy): boolean {
  return policy.verify.urls.length === 0 && policy.cloudfront.distributions.length > 0
}

async function resolveUrls(
  policy: ResolvedPolicy,
  outcome: DeployOutcome | undefined,
  aws: AwsStage | undefined
): Promise<string[]> {
  if (policy.verify.urls.length > 0) return policy.verify.urls
  if (outcome && outcome.distributions.length > 0) {
    return outcome.distributions.map((d) => `https://${d.domainName}/`)
  }
  if (aws && policy.cloudfront.distributions.length > 0) {
    return aws.siteUrls(policy.cloudfront.distributions)
  }
  return []
}
