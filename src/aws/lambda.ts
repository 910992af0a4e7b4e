// The Lambda side of a deploy: find or publish the numbered version that holds this exact
// package. Idempotent by construction: the package's CodeSha256 is compared with what is
// already published, and nothing is written when a matching version exists (facts 1.13, 1.14).
import {
  CreateFunctionCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration
} from '@aws-sdk/client-lambda'
import { AwsError } from '../errors.js'
import type { EdgePackage } from '../compile/types.js'
import { accountFromArn, unqualifiedArn, versionArn } from './arn.js'
import { awsCall, awsErrorName, explainAwsError, isNotFound, isThrottling } from './aws-errors.js'
import type { AwsContext } from './context.js'
import {
  existingFunctionProblems,
  failPreflight,
  roleTrustProblems,
  settingsProblems
} from './preflight.js'
import { pollUntil, retry, seconds, type PollResult } from './timing.js'
import type { DeploySettings } from './types.js'

export interface FunctionState {
  /** $LATEST's configuration. */
  configuration: FunctionConfiguration
  unqualifiedArn: string
}

/** The configuration a version must have to be reused. */
export interface FunctionSpec {
  Runtime: string
  Handler: string
  MemorySize: number
  Timeout: number
  /** Absent only when the function does not exist and no role was given (preflight refuses that). */
  Role?: string
}

export type VersionPlan =
  | { kind: 'reuse'; version: FunctionConfiguration }
  | { kind: 'create' }
  | { kind: 'update'; updateCode: boolean; configChanges: string[] }

export interface PublishedVersion {
  arn: string
  version: string
  /** A new version was published in this run. */
  codeChanged: boolean
}

/** Lambda polls faster than CloudFront: function updates take seconds, not minutes. */
const LAMBDA_MAX_POLL_MS = 1000
const PUBLISH_PLACEHOLDER = '<next>'

export async function readFunction(
  ctx: AwsContext,
  functionName: string
): Promise<FunctionState | undefined> {
  try {
    const out = await ctx.clients.lambda.send(
      new GetFunctionCommand({ FunctionName: functionName })
    )
    const configuration = out.Configuration ?? {}
    return { configuration, unqualifiedArn: unqualifiedArn(configuration.FunctionArn ?? '') }
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw explainAwsError(error, `Reading function ${functionName}`, { functionName })
  }
}

/** Every published version (not $LATEST), following ListVersionsByFunction's Marker. */
export async function listPublishedVersions(
  ctx: AwsContext,
  functionName: string
): Promise<FunctionConfiguration[]> {
  const versions: FunctionConfiguration[] = []
  let marker: string | undefined
  do {
    const out = await awsCall(
      `Listing versions of ${functionName}`,
      () =>
        ctx.clients.lambda.send(
          new ListVersionsByFunctionCommand({
            FunctionName: functionName,
            Marker: marker,
            MaxItems: 50
          })
        ),
      { functionName }
    )
    versions.push(...(out.Versions ?? []).filter((v) => v.Version !== '$LATEST'))
    marker = out.NextMarker
  } while (marker)
  return versions
}

export function functionSpec(
  pkg: EdgePackage,
  settings: DeploySettings,
  existing?: FunctionState
): FunctionSpec {
  return {
    Runtime: settings.runtime,
    Handler: pkg.manifest.handler,
    MemorySize: settings.memory,
    Timeout: settings.timeout,
    Role: settings.roleArn ?? existing?.configuration.Role
  }
}

/** `memory 256 → 128`-style lines for each setting that differs from the spec. */
export function configDifferences(config: FunctionConfiguration, spec: FunctionSpec): string[] {
  const pairs: [string, unknown, unknown][] = [
    ['runtime', config.Runtime, spec.Runtime],
    ['handler', config.Handler, spec.Handler],
    ['memory', config.MemorySize, spec.MemorySize],
    ['timeout', config.Timeout, spec.Timeout],
    ['role', config.Role, spec.Role]
  ]
  return pairs
    .filter(([, have, want]) => have !== want)
    .map(([name, have, want]) => `${name} ${String(have)} → ${String(want)}`)
}

const versionNumber = (v: FunctionConfiguration) => Number(v.Version ?? 0)

/** The newest published version with this code and this configuration, if any. */
export function findReusableVersion(
  versions: FunctionConfiguration[],
  codeSha256: string,
  spec: FunctionSpec
): FunctionConfiguration | undefined {
  return versions
    .filter((v) => v.CodeSha256 === codeSha256 && configDifferences(v, spec).length === 0)
    .sort((a, b) => versionNumber(b) - versionNumber(a))[0]
}

export function planVersion(
  fn: FunctionState | undefined,
  versions: FunctionConfiguration[],
  codeSha256: string,
  spec: FunctionSpec
): VersionPlan {
  if (!fn) return { kind: 'create' }
  const reusable = findReusableVersion(versions, codeSha256, spec)
  if (reusable) return { kind: 'reuse', version: reusable }
  return {
    kind: 'update',
    // $LATEST may already hold this code from an earlier run that failed before publishing.
    updateCode: fn.configuration.CodeSha256 !== codeSha256,
    configChanges: configDifferences(fn.configuration, spec)
  }
}

/** Reads and checks everything the Lambda side needs; writes nothing. */
export async function inspectFunction(
  ctx: AwsContext,
  pkg: EdgePackage,
  settings: DeploySettings
): Promise<{
  fn?: FunctionState
  versions: FunctionConfiguration[]
  spec: FunctionSpec
  plan: VersionPlan
}> {
  const fn = await readFunction(ctx, settings.functionName)
  failPreflight(settingsProblems(settings, fn !== undefined), 'input')
  const problems = fn ? existingFunctionProblems(fn.configuration) : []
  const spec = functionSpec(pkg, settings, fn)
  if (spec.Role) problems.push(...(await roleTrustProblems(ctx, spec.Role)))
  failPreflight(problems, 'aws')
  const versions = fn ? await listPublishedVersions(ctx, settings.functionName) : []
  return { fn, versions, spec, plan: planVersion(fn, versions, pkg.manifest.codeSha256, spec) }
}

/** The ARN and version a plan leads to; `<next>` when a version would be published. */
export function plannedVersion(
  plan: VersionPlan,
  fn: FunctionState | undefined,
  settings: DeploySettings
): PublishedVersion {
  if (plan.kind === 'reuse') {
    return {
      arn: plan.version.FunctionArn ?? '',
      version: plan.version.Version ?? '',
      codeChanged: false
    }
  }
  const account = accountFromArn(settings.roleArn ?? '') ?? 'ACCOUNT_ID'
  const base =
    fn?.unqualifiedArn ?? `arn:aws:lambda:us-east-1:${account}:function:${settings.functionName}`
  return {
    arn: versionArn(base, PUBLISH_PLACEHOLDER),
    version: PUBLISH_PLACEHOLDER,
    codeChanged: true
  }
}

function lambdaPolling(settings: DeploySettings) {
  return {
    intervalMs: Math.min(settings.pollIntervalMs, LAMBDA_MAX_POLL_MS),
    timeoutMs: settings.waitTimeoutMs,
    transient: isThrottling
  }
}

/**
 * Waits until $LATEST is Active and no update is in progress. After our own update, a Failed
 * update fails the run clearly. Before it (`previousUpdate: 'settled'`), a Failed status is an
 * earlier run's abandoned update — Lambda kept the previous code — and must not block this run
 * from trying again.
 */
export async function waitFunctionUpdated(
  ctx: AwsContext,
  settings: DeploySettings,
  previousUpdate: 'ours' | 'settled' = 'ours'
): Promise<FunctionConfiguration> {
  const name = settings.functionName
  const check = async (): Promise<PollResult<FunctionConfiguration>> => {
    const config = await ctx.clients.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: name })
    )
    if (config.State === 'Failed') {
      throw new AwsError(
        `Function ${name} failed: ${config.StateReason ?? 'no reason given'} (${config.StateReasonCode ?? 'no code'}). Nothing was associated; fix the cause, delete the function if Lambda cannot recover it, and run again.`
      )
    }
    if (
      config.LastUpdateStatus === 'Failed' &&
      previousUpdate === 'settled' &&
      config.State === 'Active'
    ) {
      ctx.log.info(
        `The last update of ${name} had failed (${config.LastUpdateStatusReason ?? 'no reason given'}); Lambda kept the previous code, trying again`
      )
      return { done: true, value: config }
    }
    if (config.LastUpdateStatus === 'Failed') {
      throw new AwsError(
        `Updating function ${name} failed: ${config.LastUpdateStatusReason ?? 'no reason given'} (${config.LastUpdateStatusReasonCode ?? 'no code'}). The previous code stays in place and nothing was associated; fix the cause and run again.`
      )
    }
    if (config.State === 'Active' && (config.LastUpdateStatus ?? 'Successful') === 'Successful') {
      return { done: true, value: config }
    }
    return { done: false, status: `${config.State ?? '?'}/${config.LastUpdateStatus ?? '?'}` }
  }
  const { value } = await pollUntil(
    check,
    {
      ...lambdaPolling(settings),
      progress: (status, elapsed) =>
        ctx.log.debug(`function ${name}: ${status} after ${seconds(elapsed)}`),
      timeoutMessage: (status, elapsed) =>
        `Function ${name} was still ${status} after ${seconds(elapsed)}. Raise wait-timeout or check the function in the Lambda console (us-east-1).`
    },
    ctx.clock
  )
  return value
}

export async function waitVersionActive(
  ctx: AwsContext,
  settings: DeploySettings,
  version: string
): Promise<void> {
  const name = settings.functionName
  await pollUntil(
    async (): Promise<PollResult<true>> => {
      const config = await ctx.clients.lambda.send(
        new GetFunctionConfigurationCommand({ FunctionName: name, Qualifier: version })
      )
      if (config.State === 'Failed') {
        throw new AwsError(
          `Version ${version} of ${name} failed: ${config.StateReason ?? 'no reason given'}. Nothing was associated; run again.`
        )
      }
      return config.State === 'Active'
        ? { done: true, value: true }
        : { done: false, status: config.State ?? '?' }
    },
    {
      ...lambdaPolling(settings),
      progress: (status, elapsed) =>
        ctx.log.debug(`version ${version}: ${status} after ${seconds(elapsed)}`),
      timeoutMessage: (status, elapsed) =>
        `Version ${version} of ${name} was still ${status} after ${seconds(elapsed)}. Raise wait-timeout and run again.`
    },
    ctx.clock
  )
}

export function versionDescription(pkg: EdgePackage, settings: DeploySettings): string {
  const parts = [
    'headerguard',
    settings.description,
    `policy ${pkg.manifest.policyHash.slice(0, 12)}`
  ]
  return parts.filter(Boolean).join(' ').slice(0, 256)
}

/** A role created moments ago can be refused for a few seconds (IAM is eventually consistent). */
const isRoleNotYetUsable = (error: unknown) =>
  awsErrorName(error) === 'InvalidParameterValueException' &&
  /cannot be assumed/i.test(String(error))

async function createFunction(
  ctx: AwsContext,
  pkg: EdgePackage,
  settings: DeploySettings,
  spec: FunctionSpec
): Promise<void> {
  const name = settings.functionName
  await retry(
    () =>
      ctx.clients.lambda.send(
        new CreateFunctionCommand({
          FunctionName: name,
          Runtime: spec.Runtime as FunctionConfiguration['Runtime'],
          Role: spec.Role,
          Handler: spec.Handler,
          Code: { ZipFile: pkg.zip },
          Description: 'headerguard: security headers on CloudFront origin-response',
          Timeout: spec.Timeout,
          MemorySize: spec.MemorySize,
          Publish: false,
          PackageType: 'Zip',
          Architectures: ['x86_64']
        })
      ),
    {
      attempts: 5,
      baseDelayMs: 2000,
      maxDelayMs: 10_000,
      retryable: isRoleNotYetUsable,
      what: `Creating function ${name}`,
      exhausted: (error) => error as Error
    },
    ctx.clock,
    ctx.log
  ).catch((error: unknown) => {
    throw explainAwsError(error, `Creating function ${name}`, { functionName: name })
  })
  ctx.log.info(
    `Created function ${name} (${spec.Runtime}, ${spec.MemorySize} MB, ${spec.Timeout} s)`
  )
}

/** Carries out a plan that needs a new version: create or update, wait, publish, wait Active. */
export async function publishVersion(
  ctx: AwsContext,
  pkg: EdgePackage,
  settings: DeploySettings,
  plan: Exclude<VersionPlan, { kind: 'reuse' }>,
  spec: FunctionSpec,
  steps: string[]
): Promise<PublishedVersion> {
  const name = settings.functionName
  const lambda = ctx.clients.lambda
  const context = { functionName: name }
  if (plan.kind === 'create') {
    await createFunction(ctx, pkg, settings, spec)
    steps.push(`Created function ${name}`)
    await waitFunctionUpdated(ctx, settings)
  } else {
    // Someone else's update may still be running; publishing now would fail with a conflict.
    await waitFunctionUpdated(ctx, settings, 'settled')
    if (plan.updateCode) {
      await awsCall(
        `Updating the code of ${name}`,
        () => lambda.send(new UpdateFunctionCodeCommand({ FunctionName: name, ZipFile: pkg.zip })),
        context
      )
      steps.push(`Updated the code of ${name} (CodeSha256 ${pkg.manifest.codeSha256})`)
      await waitFunctionUpdated(ctx, settings)
    } else {
      ctx.log.info(`$LATEST of ${name} already holds this code; publishing it without an update`)
    }
    if (plan.configChanges.length > 0) {
      await awsCall(
        `Updating the configuration of ${name}`,
        () =>
          lambda.send(
            new UpdateFunctionConfigurationCommand({
              FunctionName: name,
              Runtime: spec.Runtime as FunctionConfiguration['Runtime'],
              Handler: spec.Handler,
              MemorySize: spec.MemorySize,
              Timeout: spec.Timeout,
              Role: spec.Role
            })
          ),
        context
      )
      steps.push(`Updated the configuration of ${name}: ${plan.configChanges.join(', ')}`)
      await waitFunctionUpdated(ctx, settings)
    }
  }
  const published = await awsCall(
    `Publishing a version of ${name}`,
    () =>
      lambda.send(
        new PublishVersionCommand({
          FunctionName: name,
          CodeSha256: pkg.manifest.codeSha256,
          Description: versionDescription(pkg, settings)
        })
      ),
    context
  )
  const version = published.Version ?? ''
  const arn = published.FunctionArn ?? ''
  if (!/^\d+$/.test(version))
    throw new AwsError(`PublishVersion of ${name} returned no version number (got '${version}')`)
  steps.push(`Published version ${version} of ${name}`)
  ctx.log.info(`Published ${arn}; waiting for it to become Active`)
  await waitVersionActive(ctx, settings, version)
  return { arn, version, codeChanged: true }
}
