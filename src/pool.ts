// One bounded concurrency for every stage that runs many slow things at once: the site checks
// (a limit per host and in total) and the CSP preview's browser tabs.
/**
 * Runs `task` over `items` with at most `limit` in flight, results in input order. A task that
 * throws rejects the whole run: callers turn expected failures into values first.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  return mapLimitPerKey(items, { perKey: limit, total: limit, keyOf: () => '' }, task)
}

export interface KeyedLimits<T> {
  /** At most this many items of one key in flight (e.g. requests to one host). */
  perKey: number
  /** At most this many in flight over all keys. */
  total: number
  keyOf: (item: T) => string
}

/**
 * `mapLimit` with a limit per key as well as in total: items start in input order, except that
 * an item whose key is at its limit lets later items of other keys go first. Results in input
 * order; a task that throws rejects the run (the tasks already started still finish).
 */
export function mapLimitPerKey<T, R>(
  items: readonly T[],
  limits: KeyedLimits<T>,
  task: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const perKey = Math.max(1, Math.floor(limits.perKey))
  const total = Math.max(1, Math.floor(limits.total))
  // One queue per key (input order within it); the next item to start is the earliest head
  // among the keys below their limit.
  const queues = new Map<string, { indices: number[]; head: number; running: number }>()
  items.forEach((item, index) => {
    const key = limits.keyOf(item)
    let queue = queues.get(key)
    if (queue === undefined) queues.set(key, (queue = { indices: [], head: 0, running: 0 }))
    queue.indices.push(index)
  })
  const results = new Array<R>(items.length)
  let inFlight = 0
  let finished = 0
  let failed = false

  return new Promise<R[]>((resolve, reject) => {
    const next = () => {
      let best: { indices: number[]; head: number; running: number } | undefined
      for (const queue of queues.values()) {
        if (queue.running >= perKey || queue.head >= queue.indices.length) continue
        if (best === undefined || queue.indices[queue.head]! < best.indices[best.head]!)
          best = queue
      }
      return best
    }
    const startWhatFits = (): void => {
      for (let queue = next(); !failed && inFlight < total && queue; queue = next()) {
        const index = queue.indices[queue.head++]!
        const own = queue
        own.running++
        inFlight++
        Promise.resolve()
          .then(() => task(items[index] as T, index))
          .then(
            (result) => {
              results[index] = result
              own.running--
              inFlight--
              if (++finished === items.length) resolve(results)
              else startWhatFits()
            },
            (error: unknown) => {
              failed = true
              reject(error)
            }
          )
      }
    }
    if (items.length === 0) resolve(results)
    else startWhatFits()
  })
}
