// The Lambda side of a plan: read the function and its published versions, check them, and
// decide whether this exact package already exists as a version (CodeSha256 and configuration
// compared: nothing is written when one matches; docs/aws-facts.md §7).
import {
  GetFunctionCommand,
  ListVersionsByFunctionCommand,
  type FunctionConfiguration
} from '@aws-sdk/client-lambda'
import type { EdgePackage } from '../compile/types.js'
import { accountFromArn, unqualifiedArn, versionArn } from './arn.js'
import { awsCall, explainAwsError, isNotFound } from './aws-errors.js'
import { runtimeVerdict } from '../lambda-runtimes.js'
import type { AwsContext } from './context.js'
import {
  existingFunctionProblems,
  failPreflight,
  roleTrustProblems,
  settingsProblems
} from './preflight.js'
import type { DeploySettings } from './types.js'
import { functionSettingProblems } from './edge-restrictions.js'

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
  | {
      kind: 'update'
      updateCode: boolean
      configChanges: string[]
      /** The runtime $LATEST has today. */
      currentRuntime?: string
    }

export interface PublishedVersion {
  arn: string
  version: string
  /** A new version was published in this run. */
  codeChanged: boolean
}

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
    configChanges: configDifferences(fn.configuration, spec),
    currentRuntime: fn.configuration.Runtime
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
  if (fn) problems.push(...(await functionSettingProblems(ctx, settings.functionName)))
  failPreflight(problems, 'aws')
  const versions = fn ? await listPublishedVersions(ctx, settings.functionName) : []
  const plan = planVersion(fn, versions, pkg.manifest.codeSha256, spec)
  // The runtime calendar by today's date (docs/aws-facts.md §2): what Lambda would refuse
  // stops the run before any write; an approaching deprecation is a warning.
  const runtime = runtimeVerdict(spec.Runtime, fn?.configuration.Runtime, ctx.clock.now())
  for (const warning of runtime.warnings) ctx.log.warning(warning)
  if (plan.kind !== 'reuse') failPreflight(runtime.problems, 'input')
  return { fn, versions, spec, plan }
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
