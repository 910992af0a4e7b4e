// Lambda and IAM ARNs: the few facts we read out of them.

export interface LambdaArn {
  partition: string
  region: string
  account: string
  functionName: string
  /** Version number, `$LATEST` or an alias; absent for an unqualified ARN. */
  qualifier?: string
}

const LAMBDA_ARN =
  /^arn:([a-z-]+):lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)(?::([^:]+))?$/

export function parseLambdaArn(arn: string): LambdaArn | undefined {
  const m = LAMBDA_ARN.exec(arn)
  if (!m) return undefined
  const [, partition, region, account, functionName, qualifier] = m
  return {
    partition: partition as string,
    region: region as string,
    account: account as string,
    functionName: functionName as string,
    qualifier
  }
}

/** The ARN without its version: `…:function:NAME:7` → `…:function:NAME`. */
export function unqualifiedArn(arn: string): string {
  const parsed = parseLambdaArn(arn)
  if (!parsed) return arn
  return `arn:${parsed.partition}:lambda:${parsed.region}:${parsed.account}:function:${parsed.functionName}`
}

/** Whether an associated ARN belongs to our function (same function name; any version). */
export function isOurFunctionArn(arn: string, functionName: string): boolean {
  return parseLambdaArn(arn)?.functionName === functionName
}

export function versionArn(unqualified: string, version: string): string {
  return `${unqualified}:${version}`
}

/** `arn:aws:iam::123456789012:role/path/name` → `name` (GetRole takes the bare name). */
export function roleNameFromArn(roleArn: string): string | undefined {
  const m = /^arn:[a-z-]+:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(roleArn)
  return m?.[1]
}

export function accountFromArn(arn: string): string | undefined {
  return /^arn:[a-z-]+:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/.exec(arn)?.[1]
}
