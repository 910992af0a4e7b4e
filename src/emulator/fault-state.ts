// The faults in effect: injected (after checking against the fault table in faults.ts), listed,
// consumed by the API handlers (`take…`) and cleared. Faults about one distribution or function
// live on its record, so they go with it; the others live here.
import { checkFault } from './faults.js'
import type { DistributionRecord, EmulatorStore } from './store.js'
import type { EmulatedService, Fault, InvalidationRefusal } from './types.js'

type FaultOf<K extends Fault['kind']> = Extract<Fault, { kind: K }>

export class FaultState {
  private throttles: FaultOf<'throttle'>[] = []
  private concurrentWrites = new Map<string, FaultOf<'concurrent-write'>>()
  private rolesNotReady: { roleArn?: string; remaining?: number; until?: number }[] = []

  constructor(private readonly store: EmulatorStore) {}

  private distribution(kind: string, id: string): DistributionRecord {
    const dist = this.store.distributions.get(id)
    if (!dist) throw new Error(`${kind}: no distribution ${id}`)
    return dist
  }

  inject(input: Fault): void {
    const fault = checkFault(input)
    switch (fault.kind) {
      case 'throttle':
        this.throttles.push({ ...fault })
        return
      case 'concurrent-write':
        this.concurrentWrites.set(fault.distributionId, { ...fault })
        return
      case 'stuck-deployment': {
        const dist = this.distribution(fault.kind, fault.distributionId)
        // One deployment only: the one in progress, else the next. A later change (a rollback)
        // deploys normally again.
        if (dist.deployedAt > this.store.now()) dist.deployedAt = Infinity
        else dist.stuck = true
        return
      }
      case 'fail-function-update': {
        const fn = this.store.functions.get(fault.functionName)
        if (!fn) throw new Error(`fail-function-update: no function ${fault.functionName}`)
        fn.failNextUpdate =
          fault.reason ?? 'The function update failed (fault injected by the emulator).'
        return
      }
      case 'origin-down':
        this.distribution(fault.kind, fault.distributionId).originDown = fault.down
        return
      case 'role-not-ready':
        this.rolesNotReady.push({
          roleArn: fault.roleArn,
          remaining: fault.count,
          until: fault.seconds === undefined ? undefined : this.store.now() + fault.seconds * 1000
        })
        return
      case 'refuse-invalidations':
        this.distribution(fault.kind, fault.distributionId).refuseInvalidations = {
          error: fault.error ?? 'AccessDenied',
          remaining: fault.count
        }
        return
      default:
        throw new Error(`unknown fault kind ${(fault as { kind: unknown }).kind}`)
    }
  }

  active(): Fault[] {
    const faults: Fault[] = [
      ...this.throttles.map((f) => ({ ...f })),
      ...this.concurrentWrites.values()
    ]
    this.dropSettledRoles()
    for (const r of this.rolesNotReady) {
      faults.push({
        kind: 'role-not-ready',
        ...(r.roleArn === undefined ? {} : { roleArn: r.roleArn }),
        ...(r.remaining === undefined ? {} : { count: r.remaining }),
        ...(r.until === undefined
          ? {}
          : { seconds: Math.max(1, Math.ceil((r.until - this.store.now()) / 1000)) })
      })
    }
    for (const dist of this.store.distributions.values()) {
      if (dist.stuck || dist.deployedAt === Infinity)
        faults.push({ kind: 'stuck-deployment', distributionId: dist.id })
      if (dist.originDown) faults.push({ kind: 'origin-down', distributionId: dist.id, down: true })
      const refusal = dist.refuseInvalidations
      if (refusal)
        faults.push({
          kind: 'refuse-invalidations',
          distributionId: dist.id,
          error: refusal.error,
          ...(refusal.remaining === undefined ? {} : { count: refusal.remaining })
        })
    }
    for (const fn of this.store.functions.values()) {
      if (fn.failNextUpdate)
        faults.push({
          kind: 'fail-function-update',
          functionName: fn.name,
          reason: fn.failNextUpdate
        })
    }
    return faults
  }

  /** Ends every fault: a held deployment completes now, origins answer again. */
  clear(): void {
    this.throttles = []
    this.concurrentWrites.clear()
    this.rolesNotReady = []
    for (const dist of this.store.distributions.values()) {
      dist.stuck = false
      if (dist.deployedAt === Infinity) dist.deployedAt = this.store.now()
      dist.originDown = false
      dist.refuseInvalidations = undefined
    }
    for (const fn of this.store.functions.values()) fn.failNextUpdate = undefined
  }

  /** Whether this call is throttled (consumes one count of the first matching fault). */
  takeThrottle(service: EmulatedService, operation: string): boolean {
    const fault = this.throttles.find(
      (f) =>
        f.count > 0 &&
        (!f.service || f.service === service) &&
        (!f.operation || f.operation === operation)
    )
    if (!fault) return false
    fault.count -= 1
    this.throttles = this.throttles.filter((f) => f.count > 0)
    return true
  }

  /** Whether another writer slips in before this UpdateDistribution (consumes one count). */
  takeConcurrentWrite(distributionId: string): FaultOf<'concurrent-write'> | undefined {
    const fault = this.concurrentWrites.get(distributionId)
    if (!fault || fault.count <= 0) return undefined
    fault.count -= 1
    if (fault.count <= 0) this.concurrentWrites.delete(distributionId)
    return fault
  }

  private dropSettledRoles(): void {
    const now = this.store.now()
    this.rolesNotReady = this.rolesNotReady.filter(
      (r) =>
        (r.remaining === undefined || r.remaining > 0) && (r.until === undefined || r.until > now)
    )
  }

  /** Whether a role-not-ready fault refuses this role now (consumes one count). */
  takeRoleNotReady(roleArn: string): boolean {
    this.dropSettledRoles()
    const fault = this.rolesNotReady.find((r) => r.roleArn === undefined || r.roleArn === roleArn)
    if (!fault) return false
    if (fault.remaining !== undefined) fault.remaining -= 1
    this.dropSettledRoles()
    return true
  }

  /** The refusal a refuse-invalidations fault holds for this CreateInvalidation (consumes one). */
  takeInvalidationRefusal(dist: DistributionRecord): InvalidationRefusal | undefined {
    const refusal = dist.refuseInvalidations
    if (!refusal) return undefined
    if (refusal.remaining !== undefined) {
      refusal.remaining -= 1
      if (refusal.remaining <= 0) dist.refuseInvalidations = undefined
    }
    return refusal.error
  }
}
