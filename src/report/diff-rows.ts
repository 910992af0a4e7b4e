// The header diff in the shape a reader wants: value changes one per row, and the removal
// lists (the OWASP preset removes dozens of names) folded into one line each. Shared by the
// job summary and the terminal report, which only escape differently.
import type { HeaderDiff, HeaderValueChange } from '../compile/types.js'

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
  /** Distinct names the edge now removes that it did not before (with ` (paths X)` when path-specific). */
  removalsAdded: string[]
  /** Names the edge no longer removes. */
  removalsDropped: string[]
}

const isRemoval = (change: HeaderValueChange) => change.action === 'remove'

/**
 * Distinct header names, each once: a name the preset removes on the top level and on every
 * `paths` entry is one header, not one per path set. A name removed only on some path sets
 * says which (`x-debug (paths /api/*)`).
 */
export function distinctRemovals(changes: readonly HeaderValueChange[]): string[] {
  const byName = new Map<string, { topLevel: boolean; paths: string[] }>()
  for (const change of changes.filter(isRemoval)) {
    const entry = byName.get(change.name) ?? { topLevel: false, paths: [] }
    if (change.path === undefined) entry.topLevel = true
    else if (!entry.paths.includes(change.path)) entry.paths.push(change.path)
    byName.set(change.name, entry)
  }
  return [...byName].map(([name, where]) =>
    where.topLevel ? name : `${name} (paths ${where.paths.join(', ')})`
  )
}

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
    removalsAdded: distinctRemovals(diff.added),
    removalsDropped: distinctRemovals(diff.removed)
  }
}
