// What deploy and rollback share: running per-distribution work to the end and merging the
// failures into one error, and the key that names one behavior of one distribution.
import { FailuresError } from '../errors.js'
import { StoppedError } from './cloudfront.js'
import type { AssociationChange } from './types.js'

export const keyOf = (a: Pick<AssociationChange, 'distributionId' | 'behavior'>) =>
  `${a.distributionId}\u0000${a.behavior}`

/**
 * Runs every task to the end; then throws the one failure, or all of them as a FailuresError. A
 * distribution stopped because another failed is only mentioned when nothing else failed.
 */
export async function settleAll(tasks: Promise<void>[]): Promise<void> {
  const settled = (await Promise.allSettled(tasks)).flatMap((r) =>
    r.status === 'rejected' ? [r.reason as unknown] : []
  )
  const real = settled.filter((e) => !(e instanceof StoppedError))
  const failures = real.length > 0 ? real : settled
  if (failures.length === 0) return
  if (failures.length === 1) throw failures[0]
  // Each failure stays itself: the pipeline judges them all (slow or failed), not the first.
  throw new FailuresError(failures)
}
