// Known AWS errors turned into messages that say what to do. Everything AWS-specific about
// error shapes (names, HTTP statuses, the texts CloudFront puts in InvalidLambdaFunctionAssociation)
// lives here; see docs/aws-facts.md §10 and §7.
import { AwsError, HeaderguardError, errorMessage, sentences } from '../errors.js'
import { DEFAULT_RUNTIME, EDGE_RUNTIMES } from '../lambda-runtimes.js'

const IAM_DOC = 'See "Required IAM permissions" in the README (docs/iam-policy.json).'

/** The SDK error inside one of our wrappers, so classification works on either. */
function sdkError(error: unknown): unknown {
  return error instanceof AwsError && error.cause !== undefined ? error.cause : error
}

export function awsErrorName(wrapped: unknown): string {
  const error = sdkError(wrapped)
  if (error && typeof error === 'object') {
    const e = error as { name?: unknown; Code?: unknown; code?: unknown }
    for (const candidate of [e.name, e.Code, e.code]) {
      if (typeof candidate === 'string' && candidate !== 'Error') return candidate
    }
  }
  return 'Error'
}

function httpStatus(error: unknown): number | undefined {
  return (sdkError(error) as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata
    ?.httpStatusCode
}

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'SlowDown'
])

export function isThrottling(error: unknown): boolean {
  return THROTTLING.has(awsErrorName(error)) || httpStatus(error) === 429
}

export function isPreconditionFailed(error: unknown): boolean {
  return awsErrorName(error) === 'PreconditionFailed' || httpStatus(error) === 412
}

export function isNotFound(error: unknown): boolean {
  const name = awsErrorName(error)
  return (
    name === 'ResourceNotFoundException' ||
    name === 'NoSuchEntity' ||
    name === 'NoSuchEntityException'
  )
}

export function isAccessDenied(error: unknown): boolean {
  const name = awsErrorName(error)
  return name === 'AccessDenied' || name === 'AccessDeniedException' || httpStatus(error) === 403
}

/**
 * Advice for the texts CloudFront returns in InvalidLambdaFunctionAssociation (docs/aws-facts.md
 * §9). Every such message quotes the function's full ARN, which always holds `us-east-1`, so
 * the match is on what the message says, never on the ARN inside it.
 */
export function associationAdvice(message: string): string {
  const m = message.toLowerCase()
  const permission =
    /permission:\s*([\w:*]+)\s+for resource:\s*(\S+?)(?:\s+and try again|[\s.]*$)/i.exec(message)
  if (m.includes('cannot retrieve the specified lambda function') || permission) {
    const action = permission?.[1] ?? 'lambda:GetFunction'
    const resource = permission?.[2] ?? 'the function version'
    return `The deploying role may not read the version: allow ${action} on ${resource} (or on arn:aws:lambda:us-east-1:ACCOUNT_ID:function:NAME:*). If the permission is there, check that the version exists. ${IAM_DOC}`
  }
  if (m.includes('edgelambda.amazonaws.com')) {
    return "Add edgelambda.amazonaws.com next to lambda.amazonaws.com in the execution role's trust policy."
  }
  if (m.includes('environment variables')) {
    return 'Remove the environment variables from the function: Lambda@Edge does not allow them.'
  }
  if (m.includes('specific function version') || m.includes('$latest')) {
    return 'Associate a numbered version, not $LATEST or an alias.'
  }
  if (m.includes('runtime that is not supported') || m.includes('runtime is not supported')) {
    return `The function's runtime is not one Lambda@Edge accepts: set lambda.runtime to ${DEFAULT_RUNTIME} (one of ${EDGE_RUNTIMES.join(', ')}) and run again.`
  }
  if (m.includes('active state') || /\bis pending\b/.test(m)) {
    return 'The version was not Active yet when CloudFront checked it (Lambda is still preparing it): run again in a minute; headerguard waits for Active before associating, so a repeat usually means the version failed: check it in the Lambda console.'
  }
  if (m.includes('code size')) {
    return 'The package is too large for this trigger: origin-response allows 50 MB zipped.'
  }
  if (m.includes('memory size')) return "Lower the function's memory (lambda.memory)."
  if (m.includes('timeout')) return 'Lower the function timeout to at most 30 s (lambda.timeout).'
  if (m.includes('must be in region') || m.includes('must be in the us east')) {
    return 'The function must be in us-east-1.'
  }
  return 'Fix the function so it meets the Lambda@Edge restrictions, then run again.'
}

function adviceFor(error: unknown, context: { functionName?: string }): string {
  const name = awsErrorName(error)
  const message = errorMessage(error)
  const fn = context.functionName ?? 'FUNCTION_NAME'
  if (isAccessDenied(error)) {
    if (/EnableReplication/i.test(message)) {
      return `Add lambda:EnableReplication* and lambda:DisableReplication* on arn:aws:lambda:us-east-1:ACCOUNT_ID:function:${fn}:* to the deploying role. ${IAM_DOC}`
    }
    if (/service linked role/i.test(message)) {
      return `Allow iam:CreateServiceLinkedRole for replicator.lambda.amazonaws.com and logger.cloudfront.amazonaws.com (needed once per account). ${IAM_DOC}`
    }
    if (/PassRole/i.test(message)) {
      return `Allow iam:PassRole on the execution role (condition iam:PassedToService lambda.amazonaws.com). ${IAM_DOC}`
    }
    return `The deploying role is missing a permission. ${IAM_DOC}`
  }
  if (isThrottling(error)) {
    return 'AWS kept throttling the requests; run again later, and avoid parallel deploys (use a workflow concurrency group).'
  }
  switch (name) {
    case 'InvalidLambdaFunctionAssociation':
      return associationAdvice(message)
    case 'NoSuchDistribution':
      return 'Check distribution-id (or cloudfront.distribution in the policy): no distribution with this id is visible to these credentials.'
    case 'ResourceConflictException':
      return 'Another update of the function is in progress; wait for it and run again, and use a workflow concurrency group so deploys do not overlap.'
    case 'TooManyLambdaFunctionAssociations':
    case 'TooManyDistributionsWithLambdaAssociations':
    case 'TooManyDistributionsAssociatedToLambdaFunction':
      return 'A CloudFront quota on Lambda@Edge associations is reached; remove unused associations or ask AWS for a higher quota.'
    case 'CodeStorageExceededException':
      return 'The Lambda code storage quota is full; prune old, unassociated versions.'
    case 'ExpiredToken':
    case 'ExpiredTokenException':
    case 'UnrecognizedClientException':
    case 'InvalidClientTokenId':
    case 'InvalidSignatureException':
    case 'CredentialsProviderError':
      return 'The AWS credentials are missing, invalid or expired; check the aws-actions/configure-aws-credentials step.'
    case 'InvalidParameterValueException':
      if (/CodeSHA256/i.test(message)) {
        return 'The function code changed while this run was publishing it (another deploy?). Use a workflow concurrency group and run again.'
      }
      if (/cannot be assumed by Lambda/i.test(message)) {
        return 'The execution role must trust lambda.amazonaws.com and edgelambda.amazonaws.com; a role made moments ago can be refused for up to a minute while IAM propagates it (headerguard retried that long).'
      }
      if (/no longer supported for creating or updating/i.test(message)) {
        return `Lambda no longer accepts this runtime: set lambda.runtime to ${DEFAULT_RUNTIME} and run again.`
      }
      return 'AWS rejected a parameter; the message above names it.'
    default:
      return ''
  }
}

/** Wraps an SDK error: what failed, AWS's own words, and what to do. Our own errors pass through. */
export function explainAwsError(
  error: unknown,
  action: string,
  context: { functionName?: string } = {}
): HeaderguardError {
  if (error instanceof HeaderguardError) return error
  const advice = adviceFor(error, context)
  const text = `${action} failed: ${awsErrorName(error)}: ${errorMessage(error)}`
  return new AwsError(advice ? sentences(text, advice) : text, { cause: error })
}

/** Runs one AWS call; a failure becomes an AwsError with advice. */
export async function awsCall<T>(
  action: string,
  fn: () => Promise<T>,
  context: { functionName?: string } = {}
): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    throw explainAwsError(error, action, context)
  }
}
