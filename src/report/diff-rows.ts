// The header diff in the shape a reader wants: value changes one per row, and the removal
// lists (the OWASP preset removes dozens of names) folded into one line each. Shared by the
// job summary and the terminal report, which only escape differently.
import type { HeaderDiff, HeaderValueChange } from '../aws/types.js'

export interface ValueChangeRow {
  kind: 'added' | 'changed' | 'removed'
  name: string
  /** The `paths[].match` the change belongs to; undefined for the top-level headers. */
  path?: string
  before?: string
  after?: string
}

export interface FoldedHeaderDiff {
  values: ValueChangeRow[]
  /** Names the edge now removes that it did not before (with ` (paths X)` when path-specific). */
  removalsAdded: string[]
  /** Names the edge no longer removes. */
  removalsDropped: string[]
}

const isRemoval = (change: HeaderValueChange) => change.action === 'remove'
const label = (change: HeaderValueChange) =>
  change.path ? `${change.name} (paths ${change.path})` : change.name

export function foldHeaderDiff(diff: HeaderDiff): FoldedHeaderDiff {
  const rows = (kind: ValueChangeRow['kind'], changes: HeaderValueChange[]): ValueChangeRow[] =>
    changes
      .filter((c) => !isRemoval(c))
      .map((c) => ({ kind, name: c.name, path: c.path, before: c.before, after: c.after }))
  return {
    values: [
      ...rows('added', diff.added),
      ...rows('changed', diff.changed),
      ...rows('removed', diff.removed)
    ],
    removalsAdded: diff.added.filter(isRemoval).map(label),
    removalsDropped: diff.removed.filter(isRemoval).map(label)
  }
}
