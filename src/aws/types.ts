// What the AWS stage did (deploy) or would do (plan): plain data for the report stage.
import type { EdgePackage, HeaderDiff, HeaderValueChange } from '../compile/types.js'
import type { BehaviorSelector, EdgeRuntime } from '../policy/types.js'

// The header diff is the compile stage's data; re-exported for the stage that carries it.
export type { HeaderDiff, HeaderValueChange } from '../compile/types.js'

/**
 * Compares the live version's package with this build. The pipeline supplies it: what a
 * package holds is the compile stage's business; the AWS stage only fetches the live zip.
 */
export interface PackageComparison {
  /** The header diff from the live package (undefined: none of ours is live) to `next`. */
  diff(liveZip: Uint8Array | undefined, next: EdgePackage): HeaderDiff
  /** One log line for a change. */
  describe(change: HeaderValueChange): string
}

/**
 * What a deploy (or a rollback) did to one behavior's origin-response association:
 * - `written`: our UpdateDistribution carrying it succeeded (a rollback restores these);
 * - `unchanged`: it already was as wanted, nothing to write;
 * - `failed`: its distribution's update failed; nothing was written there;
 * - `not-attempted`: its distribution was left alone because another distribution failed first;
 * - `overwritten`: someone else changed it after our write (newArn is what they put there);
 * - `restored`: a rollback put the previous association back.
 */
export type AssociationState =
  'written' | 'unchanged' | 'failed' | 'not-attempted' | 'overwritten' | 'restored'

/** `AssociationChange.newArn` when no origin-response function is associated. */
export const NO_ASSOCIATION = ''

export interface AssociationChange {
  distributionId: string
  /** `*` for the default cache behavior, else the behavior's PathPattern. */
  behavior: string
  /** The versioned ARN on origin-response before this run, if any. */
  previousArn?: string
  /**
   * The versioned ARN on origin-response now, at the end of this run (plan: after a deploy).
   * For `failed`/`not-attempted` rows the previous ARN (what is still associated); after a
   * rollback the restored ARN. NO_ASSOCIATION (`''`) when none is associated.
   */
  newArn: string
  /** This run changed the association (and it stays changed): false for every state but `written`. */
  changed: boolean
  /** Set by deploy and rollback; absent in plan mode. */
  state?: AssociationState
}

/** One behavior a rollback put back; `arn` absent when our association was removed (there was none before). */
export interface RestoredAssociation {
  distributionId: string
  behavior: string
  arn?: string
}

export interface DistributionOutcome {
  id: string
  domainName: string
  /** `Deployed` or `InProgress` at the end of the run. */
  status: string
  /** Milliseconds from our UpdateDistribution until we saw Deployed; absent when nothing was written. */
  deployedAfterMs?: number
  invalidationId?: string
  /**
   * Why there is no invalidation: CloudFront refused it (the association stays; cached objects
   * keep their old headers until they expire). A warning, never a failed deploy.
   */
  invalidationRefused?: string
  /**
   * The association was already ours and this run finished what an earlier run (cancelled, or
   * out of wait-timeout while the distribution was InProgress) left undone: it waited for
   * Deployed, invalidated, or both. Absent when there was nothing left to do.
   */
  converged?: { waitedForDeployed: boolean; invalidated: boolean }
}

export interface DeployOutcome {
  mode: 'plan' | 'deploy'
  functionName: string
  /** Versioned ARN. In plan mode when the code would change: the ARN the next version will get is unknown, so this is the unversioned ARN with `:<next>`. */
  functionArn: string
  version: string
  /**
   * False in plan mode when a new version would be published: `version` is then `<next>` and
   * `functionArn` ends in `:<next>` (strip it for the unqualified ARN). Set by plan and deploy;
   * absent counts as true.
   */
  versionKnown?: boolean
  /** The code was (or would be) published as a new version. */
  codeChanged: boolean
  /** Anything was (or would be) written: new version or changed association. */
  changed: boolean
  /**
   * Nothing needed writing, but this run finished an earlier run's deployment (a distribution's
   * `converged`): verification judges the site as just deployed. Never makes `changed` true.
   */
  converged?: boolean
  previousFunctionArn?: string
  associations: AssociationChange[]
  distributions: DistributionOutcome[]
  headerDiff?: HeaderDiff
  /**
   * Set when a rollback actually restored at least one association. `to`: the restored ARN when
   * every restored behavior got the same one ('no origin-response association' when ours was
   * removed), else a short per-behavior summary; `restored` lists each one exactly.
   */
  rolledBack?: { to: string; reason: string; restored: RestoredAssociation[] }
  /** Human-readable lines of what happened, in order, for the summary. */
  steps: string[]
}

/** What deploy/plan/rollback need to know, resolved from the policy file and the inputs. */
export interface DeploySettings {
  distributionIds: string[]
  behaviors: BehaviorSelector
  functionName: string
  /** Execution role; required only when the function must be created. */
  roleArn?: string
  runtime: EdgeRuntime
  /** MB, 128..10240. */
  memory: number
  /** Seconds, 1..30. */
  timeout: number
  /** Take over origin-response on a behavior even when another function holds it. */
  replaceForeignAssociation: boolean
  /** Bound on each wait (function update, Deployed, invalidation). */
  waitTimeoutMs: number
  pollIntervalMs: number
  /** Paths to invalidate after a change, or false. */
  invalidate: false | string[]
  /** Wait for the invalidation to complete (verification follows). Default true. */
  waitForInvalidation?: boolean
  /** Goes into the version's Description, e.g. `commit 1a2b3c4`. */
  description?: string
}
