// The Lambda side of a deploy: create or update the function, wait, publish the numbered
// version that holds this exact package and wait until it is Active.
import {
  CreateFunctionCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration
} from '@aws-sdk/client-lambda'
import { AwsError } from '../errors.js'
import { runtimeStage } from '../lambda-runtimes.js'
import type { EdgePackage } from '../compile/types.js'
import { awsCall, awsErrorName, explainAwsError } from './aws-errors.js'
import type { AwsContext } from './context.js'
import type { FunctionSpec, PublishedVersion, VersionPlan } from './lambda-plan.js'
import { waitFunctionUpdated, waitVersionActive } from './lambda-wait.js'
import { retry } from './timing.js'
import type { DeploySettings } from './types.js'

export function versionDescription(pkg: EdgePackage, settings: DeploySettings): string {
  const parts = [
    'headerguard',
    settings.description,
    `policy ${pkg.manifest.policyHash.slice(0, 12)}`
  ]
  return parts.filter(Boolean).join(' ').slice(0, 256)
}

/**
 * IAM is eventually consistent: Lambda refuses a role made moments ago with
 * InvalidParameterValueException "The role defined for the function cannot be assumed by
 * Lambda." for 10-30 s, in CreateFunction and in UpdateFunctionConfiguration with that role
 * (docs/aws-facts.md §1; IAM User Guide, "Changes that I make are not always immediately
 * visible", https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency).
 * Retried for about a minute, each attempt logged; a role that never becomes usable then fails
 * with the trust-policy advice.
 */
const isRoleNotYetUsable = (error: unknown) =>
  awsErrorName(error) === 'InvalidParameterValueException' &&
  /cannot be assumed/i.test(String(error))

export const ROLE_SETTLE_BUDGET_MS = 60_000

function whileRoleSettles<T>(ctx: AwsContext, what: string, call: () => Promise<T>): Promise<T> {
  return retry(
    call,
    {
      attempts: Infinity,
      budgetMs: ROLE_SETTLE_BUDGET_MS,
      baseDelayMs: 2000,
      maxDelayMs: 10_000,
      minDelayMs: 1000,
      retryable: isRoleNotYetUsable,
      what: `${what} (the role may still be propagating in IAM)`,
      exhausted: (error) => error as Error
    },
    ctx.clock,
    ctx.log
  )
}

async function createFunction(
  ctx: AwsContext,
  pkg: EdgePackage,
  settings: DeploySettings,
  spec: FunctionSpec
): Promise<void> {
  const name = settings.functionName
  await whileRoleSettles(ctx, `Creating function ${name}`, () =>
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
    )
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
    const updateConfiguration = async () => {
      const what = `Updating the configuration of ${name}`
      await awsCall(
        what,
        () =>
          whileRoleSettles(ctx, what, () =>
            lambda.send(
              new UpdateFunctionConfigurationCommand({
                FunctionName: name,
                Runtime: spec.Runtime as FunctionConfiguration['Runtime'],
                Handler: spec.Handler,
                MemorySize: spec.MemorySize,
                Timeout: spec.Timeout,
                Role: spec.Role
              })
            )
          ),
        context
      )
      steps.push(`Updated the configuration of ${name}: ${plan.configChanges.join(', ')}`)
      await waitFunctionUpdated(ctx, settings)
    }
    // Lambda refuses code updates to a function on a blocked runtime but allows changing the
    // runtime (docs/aws-facts.md §2), so a runtime change goes first, the code after it.
    const runtimeFirst = plan.configChanges.some((c) => c.startsWith('runtime '))
    if (runtimeFirst) {
      ctx.log.info(
        `${name} runs ${plan.currentRuntime ?? 'another runtime'}${plan.currentRuntime && runtimeStage(plan.currentRuntime, ctx.clock.now()) !== 'supported' ? ' (deprecated)' : ''}: changing its runtime to ${spec.Runtime} first, then the code`
      )
      await updateConfiguration()
    }
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
    if (!runtimeFirst && plan.configChanges.length > 0) await updateConfiguration()
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
