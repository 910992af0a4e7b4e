// The emulator's public shapes: what starts it (options, state file), what it reports
// (snapshots, recorded API calls) and what tests can do to it (faults, delays).

/** How long the emulator's asynchronous transitions take, in milliseconds (0 = immediate). */
export interface Delays {
  /** A distribution stays `InProgress` this long after each change, then becomes `Deployed`. */
  deployMs: number
  /** A new function, or a newly published version, stays `Pending` this long, then `Active`. */
  functionCreateMs: number
  /** `LastUpdateStatus` stays `InProgress` this long after UpdateFunctionCode/Configuration. */
  functionUpdateMs: number
  /** An invalidation stays `InProgress` this long; the edge drops matching objects when it completes. */
  invalidationMs: number
}

export type EmulatedService = 'cloudfront' | 'lambda' | 'iam'

/** How CloudFront refuses a CreateInvalidation (API Reference, "CreateInvalidation" errors). */
export const INVALIDATION_REFUSALS = ['AccessDenied', 'TooManyInvalidationsInProgress'] as const
export type InvalidationRefusal = (typeof INVALIDATION_REFUSALS)[number]

export type Fault =
  /** The next `count` calls (of a service, or of one operation) fail with the service's throttling error. */
  | { kind: 'throttle'; service?: EmulatedService; operation?: string; count: number }
  /**
   * Another writer updates the distribution just before each of our next `count`
   * UpdateDistribution calls, so the ETag we send is stale (`PreconditionFailed`). The other
   * writer changes only the ETag, or the Comment when `comment` is given.
   */
  | { kind: 'concurrent-write'; distributionId: string; count: number; comment?: string }
  /**
   * The distribution's deployment in progress, or else its next one, never reaches `Deployed`;
   * the change after it (a rollback) deploys normally.
   */
  | { kind: 'stuck-deployment'; distributionId: string }
  /** The function's next UpdateFunctionCode ends with `LastUpdateStatus: Failed`. */
  | { kind: 'fail-function-update'; functionName: string; reason?: string }
  /** The distribution's origins refuse connections (`down: true`) or work again. */
  | { kind: 'origin-down'; distributionId: string; down: boolean }
  /**
   * CreateFunction and UpdateFunctionConfiguration with the role (any role without `roleArn`)
   * are refused as for a role IAM has not propagated yet, the next `count` times or for
   * `seconds` (at least one of the two).
   */
  | { kind: 'role-not-ready'; roleArn?: string; count?: number; seconds?: number }
  /**
   * CreateInvalidation on the distribution is refused with `error` (default AccessDenied), the
   * next `count` times or, without `count`, until the faults are cleared.
   */
  | {
      kind: 'refuse-invalidations'
      distributionId: string
      error?: InvalidationRefusal
      count?: number
    }

/** One control-plane call, as the emulator answered it. */
export interface ApiCall {
  service: EmulatedService
  operation: string
  /** The operation writes (Create/Update/Publish/Delete...), whether or not it succeeded. */
  mutating: boolean
  status: number
  /** ISO time of the call. */
  at: string
}

/** An origin in the state file: a local folder served S3-style, or a loopback HTTP(S) URL. */
export interface OriginInput {
  id: string
  /** A folder served like an S3 bucket; relative paths resolve against the process's cwd. */
  folder?: string
  /** An `http://` or `https://` base URL, e.g. `http://127.0.0.1:8080/site`. */
  url?: string
  /** The origin's DomainName in the config; defaults to `<id>.s3.us-east-1.amazonaws.com` for folders. */
  domainName?: string
}

export interface AssociationInput {
  eventType: 'viewer-request' | 'viewer-response' | 'origin-request' | 'origin-response'
  /** A versioned Lambda function ARN (it need not exist in the emulator: a "foreign" association). */
  arn: string
  includeBody?: boolean
}

export interface BehaviorInput {
  /** A CloudFront path pattern; omit for the default behavior. */
  pathPattern?: string
  targetOriginId?: string
  viewerProtocolPolicy?: 'allow-all' | 'redirect-to-https' | 'https-only'
  minTtl?: number
  defaultTtl?: number
  maxTtl?: number
  /** Forward (and cache on) the query string. */
  queryString?: boolean
  lambdaFunctionAssociations?: AssociationInput[]
  /** CloudFront Function associations (kept in the config, never executed). */
  functionAssociations?: { eventType: 'viewer-request' | 'viewer-response'; arn: string }[]
}

export interface DistributionInput {
  id: string
  comment?: string
  aliases?: string[]
  origins: OriginInput[]
  /** The default behavior (its pathPattern is ignored). */
  defaultBehavior?: BehaviorInput
  behaviors?: BehaviorInput[]
  defaultRootObject?: string
  enabled?: boolean
  /**
   * Elements newer than the AWS SDK headerguard bundles, as CloudFront returns them once it has
   * added a field (aws-sdk-js-v3 #4637): element path inside DistributionConfig (`''` for the
   * root, `DefaultCacheBehavior`, `Origins/Items/Origin` for the first origin) → an XML fragment
   * appended to that element. Kept, returned and replaced like every other element.
   */
  unmodeledXml?: Record<string, string>
}

export interface FunctionInput {
  name: string
  role?: string
  runtime?: string
  handler?: string
  /** Path of the deployment zip (relative to the cwd); an empty function when omitted. */
  zip?: string
  environment?: Record<string, string>
  timeout?: number
  memorySize?: number
  /** Publish this many numbered versions of the code (default 0). */
  publishedVersions?: number
  /**
   * `Inactive`: the function has been idle long enough for Lambda to reclaim its resources, as
   * a Lambda@Edge function's $LATEST normally is ("Lambda function states"). Updates are allowed.
   */
  state?: 'Active' | 'Inactive'
  /** A customer managed KMS key on the function (FunctionConfiguration.KMSKeyArn). */
  kmsKeyArn?: string
  /** The runtime management mode (GetRuntimeManagementConfig.UpdateRuntimeOn); default Auto. */
  updateRuntimeOn?: 'Auto' | 'FunctionUpdate' | 'Manual'
  /** Provisioned concurrency on published versions (it cannot be set on $LATEST). */
  provisionedConcurrency?: { version: string; executions: number }[]
}

export interface RoleInput {
  arn: string
  /**
   * The role was made just now: Lambda cannot assume it for this long (IAM propagation; 10-30 s
   * on AWS). Default 0: an existing role.
   */
  usableInMs?: number
  /** Service principals the trust policy allows; default both lambda and edgelambda. */
  trust?: string[]
}

/** What `--state FILE` (YAML or JSON) or `startEmulator({ state })` seeds. */
export interface EmulatorStateInput {
  distributions?: DistributionInput[]
  functions?: FunctionInput[]
  roles?: RoleInput[]
  delays?: Partial<Delays>
  faults?: Fault[]
}

export interface FunctionVersionSnapshot {
  version: string
  arn: string
  codeSha256: string
  state: string
  lastUpdateStatus?: string
  environment?: Record<string, string>
  role: string
}

export interface DistributionSnapshot {
  id: string
  status: 'InProgress' | 'Deployed'
  etag: string
  domainName: string
  viewerUrl: string
  /** Versioned ARNs on origin-response in the configuration the API shows, per behavior (`*` = default). */
  originResponseArns: Record<string, string | undefined>
  /** The same, in the configuration the edge serves (the last deployed one). */
  deployedOriginResponseArns: Record<string, string | undefined>
  invalidations: { id: string; status: string; paths: string[] }[]
  cachedObjects: number
}

export interface EmulatorSnapshot {
  distributions: DistributionSnapshot[]
  functions: { name: string; arn: string; versions: FunctionVersionSnapshot[] }[]
  delays: Delays
  faults: Fault[]
}

export interface EmulatorSdkEnv {
  AWS_ENDPOINT_URL_CLOUDFRONT: string
  AWS_ENDPOINT_URL_LAMBDA: string
  AWS_ENDPOINT_URL_IAM: string
  NODE_EXTRA_CA_CERTS: string
}

export interface RunningEmulator {
  /** The control-plane endpoint for AWS_ENDPOINT_URL_CLOUDFRONT / _LAMBDA / _IAM. */
  endpoint: string
  /** Distribution id → viewer base URL (`http://127.0.0.1:PORT`; https on the same port). */
  viewers: Record<string, string>
  /** A file holding the CA PEM the viewers' certificate chains to (for NODE_EXTRA_CA_CERTS). */
  caFile: string
  caPem: string
  /** The variables that point an AWS SDK (and Node's TLS) at this emulator; no credentials. */
  sdkEnv(): EmulatorSdkEnv
  state(): EmulatorSnapshot
  calls(): ApiCall[]
  resetCalls(): void
  /** Throws a FaultError naming the missing or wrong field (src/emulator/faults.ts). */
  injectFault(fault: Fault): void
  /** Ends every active fault (as DELETE /__emulator/faults does). */
  clearFaults(): void
  setDelays(delays: Partial<Delays>): void
  close(): Promise<void>
}

export interface EmulatorOptions {
  /** Control-plane port; 0 (the default for the API) picks a free one. */
  port?: number
  host?: string
  /** The seed state, or the path of a YAML/JSON state file. */
  state?: EmulatorStateInput | string
  delays?: Partial<Delays>
  /** Resolves relative folder and zip paths in the state (default: process.cwd()). */
  cwd?: string
  /**
   * The emulator's clock in epoch ms (default Date.now): every transition (Deployed, Active,
   * update Successful, invalidation Completed) and the runtime calendar read it, so tests can
   * move time instead of waiting for it, and do not depend on today's date.
   */
  now?: () => number
}
