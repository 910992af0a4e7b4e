// Rollback: put back what a deploy wrote (also a failed deploy's partial outcome), with the
// same per-distribution path as the deploy (write, Deployed, invalidation).
import { DeployFailedError, InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { behaviorAt, originResponseArn, wantedFrom } from './associations.js'
import type { AwsClients } from './clients.js'
import {
  applyToDistribution,
  readDistributionConfig,
  type DistributionRead,
  type OutcomeSink
} from './cloudfront.js'
import { awsContext } from './context.js'
import type { DeployOptions } from './plan.js'
import { keyOf, settleAll } from './settle.js'
import {
  NO_ASSOCIATION,
  type AssociationChange,
  type DeployOutcome,
  type DeploySettings,
  type RestoredAssociation
} from './types.js'

/** `to` of rolledBack: the one restored ARN, or a short per-behavior summary. */
function restoredSummary(restored: RestoredAssociation[]): string {
  const arns = [...new Set(restored.map((r) => r.arn ?? NO_ASSOCIATION))]
  if (arns.length === 1) return arns[0] || 'no origin-response association'
  const each = restored.map((r) => `${r.distributionId} '${r.behavior}' → ${r.arn ?? 'none'}`)
  return each.length <= 3
    ? `per behavior: ${each.join('; ')}`
    : `per behavior: ${arns.length} different associations on ${restored.length} behaviors`
}

/** A deploy's rows wrote this; a rollback restores it. Outcomes without state: `changed`. */
function isRestorable(a: AssociationChange): boolean {
  return a.state === undefined ? a.changed : a.state === 'written'
}

/**
 * Puts back what a deploy wrote (also a failed deploy's partial outcome: only its `written`
 * behaviors): each gets its previous ARN again (or loses our association when it had none),
 * then Deployed and invalidation as in deploy. A behavior someone else has changed since is
 * left alone, with a warning. The result's rows say what is associated now.
 */
export async function rollback(
  clients: AwsClients,
  outcome: DeployOutcome,
  settings: DeploySettings,
  log: Logger,
  reason: string,
  options: DeployOptions = {}
): Promise<DeployOutcome> {
  if (outcome.mode !== 'deploy')
    throw new InputError('Only a deploy can be rolled back; this outcome is a plan')
  const ctx = awsContext(clients, log, options)
  return log.group('Rollback: restoring the previous associations', async () => {
    const toRestore = outcome.associations.filter(isRestorable)
    const sink: OutcomeSink = {
      steps: [`Rolling back: ${reason}`],
      associations: [],
      distributions: []
    }
    /** Behaviors found running someone else's ARN instead of ours, by key. */
    const foreign = new Map<string, string | undefined>()
    const ids = [...new Set(toRestore.map((a) => a.distributionId))]
    const result = (): DeployOutcome => {
      const done = new Map(sink.associations.map((a) => [keyOf(a), a]))
      const restored: RestoredAssociation[] = []
      const associations = outcome.associations.map((a): AssociationChange => {
        const key = keyOf(a)
        const record = done.get(key)
        if (record?.state === 'written') {
          const arn = record.newArn || undefined
          restored.push({ distributionId: a.distributionId, behavior: a.behavior, arn })
          return { ...a, newArn: record.newArn, changed: false, state: 'restored' }
        }
        const current = record?.state === 'overwritten' ? record.newArn : foreign.get(key)
        if (record?.state === 'overwritten' || foreign.has(key))
          return { ...a, newArn: current ?? NO_ASSOCIATION, changed: false, state: 'overwritten' }
        return a
      })
      const to = restored.length > 0 ? restoredSummary(restored) : undefined
      const steps = [...sink.steps]
      if (toRestore.length === 0) steps.push('Nothing to roll back: no association was written')
      else if (!to) steps.push('Nothing rolled back: no written association could be restored')
      else steps.push(`Rolled back to ${to}`)
      const redeployed = new Map(sink.distributions.map((d) => [d.id, d]))
      return {
        ...outcome,
        associations,
        distributions: outcome.distributions.map((d) => redeployed.get(d.id) ?? d),
        ...(to ? { rolledBack: { to, reason, restored } } : {}),
        steps: [...outcome.steps, ...steps]
      }
    }
    const previous = (id: string, behavior: string) =>
      toRestore.find((a) => a.distributionId === id && a.behavior === behavior)?.previousArn
    try {
      await settleAll(
        ids.map(async (id) => {
          const mine = toRestore.filter((a) => a.distributionId === id)
          const planner = (config: DistributionRead['config']): AssociationChange[] =>
            mine.flatMap((a) => {
              const current = originResponseArn(behaviorAt(config, a.behavior))
              if (current !== a.newArn) {
                foreign.set(keyOf(a), current)
                log.warning(
                  `Rollback: ${id} behavior '${a.behavior}' now runs ${current ?? 'nothing'}, not ${a.newArn}; left as it is`
                )
                return []
              }
              foreign.delete(keyOf(a))
              return [
                {
                  distributionId: id,
                  behavior: a.behavior,
                  previousArn: current,
                  newArn: a.previousArn ?? NO_ASSOCIATION,
                  changed: true
                }
              ]
            })
          const wanted = (changes: AssociationChange[]) =>
            wantedFrom(changes, (c) => previous(id, c.behavior))
          await applyToDistribution(
            ctx,
            settings,
            await readDistributionConfig(ctx, id),
            planner,
            wanted,
            sink
          )
        })
      )
    } catch (error) {
      // What was restored before the failure still counts; the rest still runs the deploy's.
      throw new DeployFailedError(error, result())
    }
    const rolled = result()
    for (const step of rolled.steps.slice(outcome.steps.length)) log.info(step)
    return rolled
  })
}
