// What the headers would change, live version vs. this build, from the two packages'
// manifests: per header set (top level, then each `paths` entry), set and removed headers.
import type { EdgePackage, HeaderDiff, HeaderValueChange, PackagedHeaders } from './types.js'
import { readPackagedHeaders } from './package.js'

export const EMPTY_HEADERS: PackagedHeaders = { defaults: { headers: {}, remove: [] }, paths: [] }

interface Entry {
  key: string
  change: Omit<HeaderValueChange, 'before' | 'after'>
  value: string
}

/** One flat map per package: `path|action|name` → value (remove rules have value ''). */
function entries(headers: PackagedHeaders): Map<string, Entry> {
  const map = new Map<string, Entry>()
  const sets = [
    { path: undefined as string | undefined, set: headers.defaults },
    ...headers.paths.map((p) => ({ path: p.match as string | undefined, set: p }))
  ]
  for (const { path, set } of sets) {
    const base = path === undefined ? {} : { path }
    for (const [name, value] of Object.entries(set.headers)) {
      const key = `${path ?? ''}\u0000set\u0000${name}`
      map.set(key, { key, change: { name, ...base }, value })
    }
    for (const name of set.remove) {
      const key = `${path ?? ''}\u0000remove\u0000${name}`
      map.set(key, { key, change: { name, ...base, action: 'remove' }, value: '' })
    }
  }
  return map
}

export function diffHeaders(live: PackagedHeaders, next: PackagedHeaders): HeaderDiff {
  const before = entries(live)
  const after = entries(next)
  const diff: HeaderDiff = { added: [], changed: [], removed: [] }
  const withValue = (e: Entry, side: 'before' | 'after') =>
    e.change.action === 'remove' ? { ...e.change } : { ...e.change, [side]: e.value }
  for (const [key, entry] of after) {
    const old = before.get(key)
    if (!old) diff.added.push(withValue(entry, 'after'))
    else if (old.value !== entry.value)
      diff.changed.push({ ...entry.change, before: old.value, after: entry.value })
  }
  for (const [key, entry] of before) {
    if (!after.has(key)) diff.removed.push(withValue(entry, 'before'))
  }
  return diff
}

/** Values can be kilobytes long (a CSP, a padding header): a log line shows their start. */
const LOGGED_VALUE_CHARS = 120

function shorten(value: string): string {
  return value.length > LOGGED_VALUE_CHARS
    ? `${value.slice(0, LOGGED_VALUE_CHARS)}… (${value.length} chars)`
    : value
}

export function describeChange(change: HeaderValueChange): string {
  const where = change.path ? ` (paths ${change.path})` : ''
  if (change.action === 'remove') return `remove ${change.name}${where}`
  if (change.before !== undefined && change.after !== undefined) {
    return `${change.name}${where}: ${shorten(change.before)} → ${shorten(change.after)}`
  }
  return `${change.name}${where}: ${shorten(change.after ?? change.before ?? '')}`
}

/** The pipeline's comparison of the live package (its zip) with a new build. */
export const comparePackages = {
  diff: (liveZip: Uint8Array | undefined, next: EdgePackage): HeaderDiff =>
    diffHeaders(liveZip ? readPackagedHeaders(liveZip) : EMPTY_HEADERS, next.manifest.headers),
  describe: describeChange
}
