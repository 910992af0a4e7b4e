// The AWS names a user writes — a distribution id, a function name, a role ARN — with one
// definition of their shape for the policy schema and the action inputs alike, so a value one
// accepts the other cannot refuse. The patterns follow the API references: CloudFront ids are
// upper-case letters and digits; Lambda FunctionName (unqualified) `[a-zA-Z0-9-_]{1,64}`; IAM
// role names `[\w+=,.@-]` with paths (https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html,
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html).

export interface AwsNameShape {
  /** A JSON-schema (ECMAScript) pattern, anchored. */
  pattern: string
  /** What is expected, for messages: "a Lambda function name (…)". */
  title: string
}

export const AWS_NAMES = {
  distributionId: {
    pattern: '^[A-Z0-9]{10,20}$',
    title:
      'a CloudFront distribution id (10 to 20 upper-case letters and digits, e.g. EDFDVBD6EXAMPLE)'
  },
  functionName: {
    pattern: '^[A-Za-z0-9_-]{1,64}$',
    title: 'a Lambda function name (1 to 64 letters, digits, - and _; the name, not an ARN)'
  },
  roleArn: {
    pattern: '^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$',
    title: 'an IAM role ARN such as arn:aws:iam::111122223333:role/edge-headers'
  }
} as const satisfies Record<string, AwsNameShape>

export function hasAwsNameShape(kind: keyof typeof AWS_NAMES, value: string): boolean {
  return new RegExp(AWS_NAMES[kind].pattern).test(value)
}

/**
 * The one normalisation of a list of distribution ids, for the `distribution-id` input and the
 * policy's `cloudfront.distribution` alike: a repeated id would deploy the same distribution
 * twice in one run, racing itself on the ETag and losing the rollback's record of what was there.
 * Trimmed, empty items dropped, each id once, in first-seen order.
 */
export function normaliseDistributionIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id.length > 0))]
}
