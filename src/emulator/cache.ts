// One edge location's cache for one distribution: objects keyed by URI (+ query string when
// the behavior forwards it), with a TTL, dropped by completed invalidations.
import type { InvalidationRecord } from './store.js'

export interface CachedObject {
  status: number
  statusText: string
  /** Wire-cased header pairs, as the viewer receives them (before the edge's own headers). */
  headers: [string, string][]
  body: Buffer
  storedAt: number
  expiresAt: number
  /** The versioned ARN of the origin-response function that produced it, if any. */
  functionArn?: string
  /** The origin's validator, for a conditional refresh once expired. */
  etag?: string
  lastModified?: string
}

/**
 * Whether an invalidation path covers a URI: exact match, or a prefix match when the path
 * ends in `*` ("Invalidate files", CloudFront Developer Guide: the `*` wildcard must be last).
 */
export function invalidationCovers(path: string, uri: string): boolean {
  if (path.endsWith('*')) return uri.startsWith(path.slice(0, -1))
  return uri === path
}

export class EdgeCache {
  private objects = new Map<string, CachedObject>()

  constructor(private readonly invalidations: () => InvalidationRecord[]) {}

  static key(uri: string, querystring: string): string {
    return querystring ? `${uri}?${querystring}` : uri
  }

  /** The cached object, unless a completed invalidation that came after it covers it. */
  get(key: string, now: number): CachedObject | undefined {
    const object = this.objects.get(key)
    if (!object) return undefined
    const uri = key.split('?')[0] ?? key
    const invalidated = this.invalidations().some(
      (inv) =>
        inv.completesAt <= now &&
        object.storedAt <= inv.completesAt &&
        inv.paths.some((p) => invalidationCovers(p, uri))
    )
    if (invalidated) {
      this.objects.delete(key)
      return undefined
    }
    return object
  }

  /** Stores an object; it counts as newer than every invalidation already completed. */
  set(key: string, object: CachedObject, now: number): void {
    const lastCompleted = Math.max(
      -Infinity,
      ...this.invalidations()
        .map((inv) => inv.completesAt)
        .filter((t) => t <= now)
    )
    const storedAt = Math.max(object.storedAt, lastCompleted + 0.5)
    this.objects.set(key, { ...object, storedAt })
  }

  get size(): number {
    return this.objects.size
  }

  clear(): void {
    this.objects.clear()
  }
}
