// The emulator's in-memory world: distributions, functions, roles, faults, delays and the
// record of API calls. Asynchronous transitions (InProgress -> Deployed, Pending -> Active,
// update InProgress -> Successful) are computed from timestamps when state is read, so no
// timers run and a changed delay applies from the next transition on.
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { EdgeCache } from './cache.js'
import { readEdgeConfig, type EdgeConfig } from './edge-config.js'
import { FaultState } from './fault-state.js'
import type { ApiCall, Delays, Fault, InvalidationRefusal } from './types.js'
import type { XmlNode } from './xml.js'

export const ACCOUNT_ID = '123456789012'
export const REGION = 'us-east-1'

export const DEFAULT_DELAYS: Delays = {
  deployMs: 2000,
  functionCreateMs: 500,
  functionUpdateMs: 500,
  invalidationMs: 1000
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** A CloudFront-style identifier: a letter prefix and upper-case alphanumerics (e.g. E2QWRUHEXAMPLE). */
export function cloudFrontId(prefix: string, length = 13): string {
  const bytes = randomBytes(length)
  return prefix + Array.from(bytes, (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('')
}

export interface InvalidationRecord {
  id: string
  callerReference: string
  paths: string[]
  createdAt: number
  /** When the edge drops the matching objects and the status becomes Completed. */
  completesAt: number
}

export interface DistributionRecord {
  id: string
  arn: string
  /** The `<DistributionConfig>` the API shows (the latest written), without attributes. */
  config: XmlNode
  etag: string
  lastModified: number
  /** When the latest change is deployed; Infinity while a stuck-deployment fault holds it. */
  deployedAt: number
  /** The configuration the edge serves: the last one that reached Deployed. */
  served?: { config: XmlNode; edge: EdgeConfig }
  viewerPort: number
  invalidations: InvalidationRecord[]
  cache: EdgeCache
  originDown: boolean
  stuck: boolean
  /** A refuse-invalidations fault: the error, and how many more refusals (undefined: all). */
  refuseInvalidations?: { error: InvalidationRefusal; remaining?: number }
}

export interface CodeRecord {
  zip: Uint8Array
  sha256: string
  size: number
}

/** The configuration fields Lambda keeps per function and copies into each version. */
export interface FunctionSettings {
  runtime: string
  role: string
  handler: string
  description: string
  timeout: number
  memorySize: number
  environment?: Record<string, string>
  architectures: string[]
  /** A customer managed KMS key ("KMSKeyArn"); absent: Lambda's own key. */
  kmsKeyArn?: string
}

export interface VersionRecord {
  version: string
  code: CodeRecord
  settings: FunctionSettings
  description: string
  revisionId: string
  lastModified: number
  activeAt: number
}

export interface FunctionRecord {
  name: string
  arn: string
  code: CodeRecord
  settings: FunctionSettings
  revisionId: string
  lastModified: number
  activeAt: number
  lastUpdateStatus: 'Successful' | 'Failed' | 'InProgress'
  lastUpdateReason?: string
  lastUpdateReasonCode?: string
  /** The update in progress: when it ends, whether it fails, and what to restore if it does. */
  update?: {
    endsAt: number
    failReason?: string
    previous: { code: CodeRecord; settings: FunctionSettings }
  }
  /** A fail-function-update fault waiting for the next UpdateFunctionCode. */
  failNextUpdate?: string
  versions: VersionRecord[]
  /** $LATEST was touched (created or updated) since the last PublishVersion. */
  changedSincePublish: boolean
  /** Idle: $LATEST reports `State: Inactive` (updates are still allowed). */
  inactive?: boolean
  /** PutRuntimeManagementConfig's mode; Lambda's default is Auto. */
  updateRuntimeOn?: 'Auto' | 'FunctionUpdate' | 'Manual'
  /** PutProvisionedConcurrencyConfig per published version. */
  provisionedConcurrency?: { qualifier: string; executions: number; lastModified: number }[]
}

export interface RoleRecord {
  arn: string
  name: string
  trust: string[]
  /** Until then Lambda cannot assume the role yet (a role IAM is still propagating). */
  usableAt?: number
}

export function codeRecord(zip: Uint8Array): CodeRecord {
  return { zip, sha256: createHash('sha256').update(zip).digest('base64'), size: zip.byteLength }
}

export function roleNameOf(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1)
}

/** The roles a role ARN the state does not declare trusts (the emulator's assumption). */
export const DEFAULT_TRUST = ['lambda.amazonaws.com', 'edgelambda.amazonaws.com']

export class EmulatorStore {
  readonly distributions = new Map<string, DistributionRecord>()
  readonly functions = new Map<string, FunctionRecord>()
  readonly roles = new Map<string, RoleRecord>()
  /** Origin DomainName → local folder served S3-style. */
  readonly originFolders = new Map<string, string>()
  readonly delays: Delays
  readonly faults: FaultState = new FaultState(this)
  private log: ApiCall[] = []

  constructor(
    delays: Partial<Delays> = {},
    readonly now: () => number = Date.now
  ) {
    this.delays = { ...DEFAULT_DELAYS, ...delays }
  }

  setDelays(delays: Partial<Delays>): void {
    for (const [key, value] of Object.entries(delays)) {
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
        this.delays[key as keyof Delays] = value
      }
    }
  }

  // --- faults (src/emulator/fault-state.ts) -------------------------------------------

  /** Adds a fault after checking it against the fault table (FaultError names what is wrong). */
  injectFault(fault: Fault): void {
    this.faults.inject(fault)
  }

  activeFaults(): Fault[] {
    return this.faults.active()
  }

  /** Ends every fault: a held deployment completes now, origins answer again. */
  clearFaults(): void {
    this.faults.clear()
  }

  // --- calls ----------------------------------------------------------------------------

  record(call: ApiCall): void {
    this.log.push(call)
  }

  calls(): ApiCall[] {
    return this.log.map((c) => ({ ...c }))
  }

  resetCalls(): void {
    this.log = []
  }

  // --- distributions --------------------------------------------------------------------

  /**
   * Writes a new configuration: new ETag, InProgress until deployMs have passed. LastModifiedTime
   * ("the date and time when the distribution was last modified", Amazon CloudFront API
   * Reference, "Distribution", https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_Distribution.html)
   * becomes now: only a change of the configuration sets it, not a read, an invalidation or the
   * deployment reaching Deployed.
   */
  writeDistribution(dist: DistributionRecord, config: XmlNode): void {
    this.settleDistribution(dist)
    dist.config = config
    dist.etag = cloudFrontId('E')
    dist.lastModified = this.now()
    dist.deployedAt = dist.stuck ? Infinity : this.now() + this.delays.deployMs
    dist.stuck = false
    this.settleDistribution(dist)
  }

  /** Promotes the latest configuration to the edge once its deployment time has come. */
  settleDistribution(dist: DistributionRecord): void {
    if (dist.deployedAt <= this.now() && dist.served?.config !== dist.config) {
      dist.served = { config: dist.config, edge: readEdgeConfig(dist.config) }
    }
  }

  distributionStatus(dist: DistributionRecord): 'InProgress' | 'Deployed' {
    this.settleDistribution(dist)
    return dist.deployedAt <= this.now() ? 'Deployed' : 'InProgress'
  }

  invalidationStatus(invalidation: InvalidationRecord): 'InProgress' | 'Completed' {
    return invalidation.completesAt <= this.now() ? 'Completed' : 'InProgress'
  }

  // --- functions ------------------------------------------------------------------------

  /** Ends an update whose time has come: Successful, or Failed with the old code restored. */
  settleFunction(fn: FunctionRecord): void {
    const update = fn.update
    if (!update || update.endsAt > this.now()) return
    fn.update = undefined
    if (update.failReason) {
      fn.code = update.previous.code
      fn.settings = update.previous.settings
      fn.lastUpdateStatus = 'Failed'
      fn.lastUpdateReason = update.failReason
      fn.lastUpdateReasonCode = 'InternalError'
    } else {
      fn.lastUpdateStatus = 'Successful'
      fn.lastUpdateReason = undefined
      fn.lastUpdateReasonCode = undefined
    }
  }

  /** Starts an update of $LATEST (code and/or settings). */
  beginFunctionUpdate(
    fn: FunctionRecord,
    change: { code?: CodeRecord; settings?: FunctionSettings }
  ): void {
    const failReason = change.code ? fn.failNextUpdate : undefined
    if (change.code) fn.failNextUpdate = undefined
    fn.update = {
      endsAt: this.now() + this.delays.functionUpdateMs,
      failReason,
      previous: { code: fn.code, settings: fn.settings }
    }
    if (change.code) fn.code = change.code
    if (change.settings) fn.settings = change.settings
    fn.revisionId = randomUUID()
    fn.lastModified = this.now()
    fn.lastUpdateStatus = 'InProgress'
    fn.lastUpdateReason = undefined
    fn.lastUpdateReasonCode = undefined
    fn.changedSincePublish = true
    this.settleFunction(fn)
  }

  /** Publishes $LATEST as the next numbered version. */
  publishVersion(fn: FunctionRecord, description: string): VersionRecord {
    const last = fn.versions[fn.versions.length - 1]
    const version: VersionRecord = {
      version: String(last ? Number(last.version) + 1 : 1),
      code: fn.code,
      settings: { ...fn.settings },
      description: description || fn.settings.description,
      revisionId: randomUUID(),
      lastModified: this.now(),
      activeAt: this.now() + this.delays.functionCreateMs
    }
    fn.versions.push(version)
    fn.changedSincePublish = false
    return version
  }

  /** A role made moments ago, or one a role-not-ready fault holds (consumes one count). */
  roleNotYetUsable(roleArn: string): boolean {
    const usableAt = this.roles.get(roleNameOf(roleArn))?.usableAt ?? 0
    return this.faults.takeRoleNotReady(roleArn) || usableAt > this.now()
  }

  roleTrust(roleArn: string): string[] {
    return this.roles.get(roleNameOf(roleArn))?.trust ?? DEFAULT_TRUST
  }
}
