// What the AWS stage did (deploy) or would do (plan): plain data for the report stage.

export interface HeaderValueChange {
  name: string
  before?: string
  after?: string
}

/** Headers the edge sends, live version vs. this build. */
export interface HeaderDiff {
  added: HeaderValueChange[]
  changed: HeaderValueChange[]
  removed: HeaderValueChange[]
}

export interface AssociationChange {
  distributionId: string
  /** `*` for the default cache behavior, else the behavior's PathPattern. */
  behavior: string
  /** The versioned ARN on origin-response before this run, if any. */
  previousArn?: string
  /** The versioned ARN on origin-response after this run (plan: after a deploy). */
  newArn: string
  changed: boolean
}

export interface DistributionOutcome {
  id: string
  domainName: string
  /** `Deployed` or `InProgress` at the end of the run. */
  status: string
  /** Milliseconds from our UpdateDistribution until we saw Deployed; absent when nothing was written. */
  deployedAfterMs?: number
  invalidationId?: string
}

export interface DeployOutcome {
  mode: 'plan' | 'deploy'
  functionName: string
  /** Versioned ARN. In plan mode when the code would change: the ARN the next version will get is unknown, so this is the unversioned ARN with `:<next>`. */
  functionArn: string
  version: string
  /** The code was (or would be) published as a new version. */
  codeChanged: boolean
  /** Anything was (or would be) written: new version or changed association. */
  changed: boolean
  previousFunctionArn?: string
  associations: AssociationChange[]
  distributions: DistributionOutcome[]
  headerDiff?: HeaderDiff
  /** Set when verification failed and the previous association was restored. */
  rolledBack?: { to: string; reason: string }
  /** Human-readable lines of what happened, in order, for the summary. */
  steps: string[]
}
