// Checks made before any write, so a deploy that cannot succeed fails without changing
// anything, with one message listing every problem and its fix (docs/aws-facts.md §1, §3; the
// "Restrictions on Lambda@Edge" page,
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html).
import { GetRoleCommand } from '@aws-sdk/client-iam'
import type { FunctionConfiguration } from '@aws-sdk/client-lambda'
import { AwsError, InputError } from '../errors.js'
import { EDGE_RUNTIMES, isEdgeRuntime } from '../lambda-runtimes.js'
import { roleNameFromArn } from './arn.js'
import { explainAwsError, isAccessDenied, isNotFound } from './aws-errors.js'
import type { AwsContext } from './context.js'
import type { DeploySettings } from './types.js'

export const EDGE_MAX_TIMEOUT_S = 30
export const EDGE_MIN_MEMORY_MB = 128
export const EDGE_MAX_MEMORY_MB = 10240
export const EDGE_MAX_EPHEMERAL_MB = 512

export const EDGE_TRUST_PRINCIPALS: readonly string[] = [
  'lambda.amazonaws.com',
  'edgelambda.amazonaws.com'
]

/** Problems with what we were asked to deploy; none needs AWS to find. */
export function settingsProblems(settings: DeploySettings, functionExists: boolean): string[] {
  const problems: string[] = []
  if (!isEdgeRuntime(settings.runtime)) {
    problems.push(
      `runtime '${settings.runtime}' is not one Lambda@Edge accepts; use one of ${EDGE_RUNTIMES.join(', ')}`
    )
  }
  if (
    !Number.isInteger(settings.timeout) ||
    settings.timeout < 1 ||
    settings.timeout > EDGE_MAX_TIMEOUT_S
  ) {
    problems.push(
      `timeout ${settings.timeout} s: origin-response functions allow 1..${EDGE_MAX_TIMEOUT_S} s`
    )
  }
  if (
    !Number.isInteger(settings.memory) ||
    settings.memory < EDGE_MIN_MEMORY_MB ||
    settings.memory > EDGE_MAX_MEMORY_MB
  ) {
    problems.push(
      `memory ${settings.memory} MB: origin-response functions allow ${EDGE_MIN_MEMORY_MB}..${EDGE_MAX_MEMORY_MB} MB`
    )
  }
  if (!functionExists && !settings.roleArn) {
    problems.push(
      `function '${settings.functionName}' does not exist in us-east-1 and no execution role was given to create it: set role-arn (or lambda.role in the policy), or create the function first`
    )
  }
  return problems
}

/** Settings of an existing function that Lambda@Edge refuses at association time. */
export function existingFunctionProblems(config: FunctionConfiguration): string[] {
  const name = config.FunctionName ?? 'the function'
  const problems: string[] = []
  const variables = Object.keys(config.Environment?.Variables ?? {})
  if (variables.length > 0) {
    problems.push(
      `${name} has environment variables (${variables.join(', ')}); Lambda@Edge does not allow them: remove them`
    )
  }
  if ((config.Layers ?? []).length > 0) {
    problems.push(`${name} uses layers; Lambda@Edge does not allow them: remove them`)
  }
  if ((config.Architectures ?? []).includes('arm64')) {
    problems.push(`${name} is arm64; Lambda@Edge runs x86_64 only: recreate it as x86_64`)
  }
  if ((config.VpcConfig?.SubnetIds ?? []).length > 0) {
    problems.push(`${name} is attached to a VPC; Lambda@Edge does not allow it: detach it`)
  }
  if (config.PackageType === 'Image') {
    problems.push(`${name} is a container image; Lambda@Edge needs a .zip package: recreate it`)
  }
  if (config.DeadLetterConfig?.TargetArn) {
    problems.push(`${name} has a dead-letter queue; Lambda@Edge does not allow it: remove it`)
  }
  if (config.TracingConfig?.Mode === 'Active') {
    problems.push(
      `${name} has X-Ray active tracing; Lambda@Edge does not allow it: set it to PassThrough`
    )
  }
  if (config.KMSKeyArn) {
    problems.push(
      `${name} is encrypted with a customer managed KMS key (${config.KMSKeyArn}); Lambda@Edge does not allow it: remove it (aws lambda update-function-configuration --function-name ${name} --kms-key-arn "")`
    )
  }
  if ((config.EphemeralStorage?.Size ?? EDGE_MAX_EPHEMERAL_MB) > EDGE_MAX_EPHEMERAL_MB) {
    problems.push(
      `${name} has more than ${EDGE_MAX_EPHEMERAL_MB} MB ephemeral storage; Lambda@Edge allows ${EDGE_MAX_EPHEMERAL_MB}`
    )
  }
  return problems
}

const asList = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** Which of the edge principals a role's trust policy (as GetRole returns it) lets assume the role. */
export function trustedEdgePrincipals(policyDocument: string): string[] {
  let text = policyDocument
  try {
    text = decodeURIComponent(policyDocument)
  } catch {
    // Already decoded.
  }
  const policy = JSON.parse(text) as { Statement?: unknown }
  const trusted = new Set<string>()
  for (const raw of asList(policy.Statement)) {
    const statement = raw as {
      Effect?: string
      Action?: unknown
      Principal?: { Service?: unknown }
    }
    if (statement.Effect !== 'Allow') continue
    const actions = asList(statement.Action).map(String)
    if (!actions.some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*')) continue
    for (const service of asList(statement.Principal?.Service)) trusted.add(String(service))
  }
  return EDGE_TRUST_PRINCIPALS.filter((p) => trusted.has(p))
}

export const EDGE_TRUST_POLICY = JSON.stringify({
  Effect: 'Allow',
  Principal: { Service: EDGE_TRUST_PRINCIPALS },
  Action: 'sts:AssumeRole'
})

/** Reads the role's trust policy when allowed; AccessDenied only skips the check. */
export async function roleTrustProblems(ctx: AwsContext, roleArn: string): Promise<string[]> {
  const roleName = roleNameFromArn(roleArn)
  if (!roleName) return [`'${roleArn}' is not an IAM role ARN (arn:aws:iam::ACCOUNT_ID:role/NAME)`]
  let document: string | undefined
  try {
    const out = await ctx.clients.iam.send(new GetRoleCommand({ RoleName: roleName }))
    document = out.Role?.AssumeRolePolicyDocument
  } catch (error) {
    if (isAccessDenied(error)) {
      ctx.log.debug(`iam:GetRole on ${roleName} denied; skipping the trust-policy check`)
      return []
    }
    if (isNotFound(error)) return [`execution role ${roleArn} does not exist`]
    throw explainAwsError(error, `Reading role ${roleName}`)
  }
  if (!document) return []
  const trusted = trustedEdgePrincipals(document)
  const missing = EDGE_TRUST_PRINCIPALS.filter((p) => !trusted.includes(p))
  if (missing.length === 0) return []
  return [
    `execution role ${roleArn} cannot be assumed by ${missing.join(' and ')}; its trust policy needs the statement ${EDGE_TRUST_POLICY}`
  ]
}

export function failPreflight(problems: string[], kind: 'input' | 'aws'): void {
  if (problems.length === 0) return
  const text = `Lambda@Edge preflight failed; nothing was changed:\n${problems.map((p) => `  - ${p}`).join('\n')}`
  throw kind === 'input' ? new InputError(text) : new AwsError(text)
}
