// The Lambda@Edge restrictions that need more than the function's configuration to check: its
// runtime management mode and provisioned concurrency (two more reads), and a distribution that
// is disabled. All before any write ("Restrictions on Lambda@Edge", docs/aws-facts.md §1, §11).
import {
  GetRuntimeManagementConfigCommand,
  ListProvisionedConcurrencyConfigsCommand
} from '@aws-sdk/client-lambda'
import { awsCall, isAccessDenied } from './aws-errors.js'
import type { DistributionRead } from './cloudfront.js'
import type { AwsContext } from './context.js'

/** A read the deploying role may not be allowed: denied means the check is skipped, said in the log. */
async function readOrSkip<T>(ctx: AwsContext, what: string, read: () => Promise<T>) {
  try {
    return await read()
  } catch (error) {
    if (!isAccessDenied(error)) throw error
    ctx.log.info(`${what} is not allowed for this role; that Lambda@Edge check was skipped`)
    return undefined
  }
}

/** Lambda@Edge allows only the Auto runtime management mode. */
export async function runtimeManagementProblems(ctx: AwsContext, name: string): Promise<string[]> {
  const out = await readOrSkip(ctx, `lambda:GetRuntimeManagementConfig on ${name}`, () =>
    awsCall(
      `Reading the runtime management configuration of ${name}`,
      () => ctx.clients.lambda.send(new GetRuntimeManagementConfigCommand({ FunctionName: name })),
      { functionName: name }
    )
  )
  const mode = out?.UpdateRuntimeOn ?? 'Auto'
  if (mode === 'Auto') return []
  return [
    `${name} has runtime management mode ${mode}; Lambda@Edge allows only Auto: aws lambda put-runtime-management-config --function-name ${name} --update-runtime-on Auto`
  ]
}

/** Lambda@Edge does not allow provisioned concurrency on any version or alias of the function. */
export async function provisionedConcurrencyProblems(
  ctx: AwsContext,
  name: string
): Promise<string[]> {
  const qualified: string[] = []
  let marker: string | undefined
  do {
    const out = await readOrSkip(ctx, `lambda:ListProvisionedConcurrencyConfigs on ${name}`, () =>
      awsCall(
        `Listing the provisioned concurrency of ${name}`,
        () =>
          ctx.clients.lambda.send(
            new ListProvisionedConcurrencyConfigsCommand({ FunctionName: name, Marker: marker })
          ),
        { functionName: name }
      )
    )
    if (!out) return []
    for (const c of out.ProvisionedConcurrencyConfigs ?? [])
      qualified.push(c.FunctionArn?.split(':').pop() ?? '?')
    marker = out.NextMarker
  } while (marker)
  if (qualified.length === 0) return []
  const first = qualified[0] ?? ''
  return [
    `${name} has provisioned concurrency on ${qualified.map((q) => `'${q}'`).join(', ')}; Lambda@Edge does not allow it: remove it (aws lambda delete-provisioned-concurrency-config --function-name ${name} --qualifier ${first})`
  ]
}

export async function functionSettingProblems(ctx: AwsContext, name: string): Promise<string[]> {
  const found = await Promise.all([
    runtimeManagementProblems(ctx, name),
    provisionedConcurrencyProblems(ctx, name)
  ])
  return found.flat()
}

/**
 * A disabled distribution serves no requests: a deploy could not be verified and would only be
 * rolled back, so it is refused before anything is written.
 */
export function disabledDistributionProblems(reads: DistributionRead[]): string[] {
  return reads
    .filter((r) => r.config.Enabled === false)
    .map(
      (r) =>
        `distribution ${r.id} is disabled (Enabled: false): it serves no requests, so nothing could be verified after a deploy; enable it in CloudFront (or leave it out of distribution-id) and run again`
    )
}
