// The bounded pool every stage uses for many slow things at once: results in input order, a
// limit per key and in total, the first error ends the run.
import { describe, expect, it } from '@jest/globals'
import { mapLimit, mapLimitPerKey } from '../src/pool.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('mapLimitPerKey', () => {
  it('keeps each key under its limit and all keys under the total, results in input order', async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ i, key: ['a', 'b', 'c'][i % 3]! }))
    const running = new Map<string, number>()
    const peak = new Map<string, number>()
    let all = 0
    let peakAll = 0
    const results = await mapLimitPerKey(
      items,
      { perKey: 2, total: 5, keyOf: (item) => item.key },
      async (item) => {
        running.set(item.key, (running.get(item.key) ?? 0) + 1)
        peak.set(item.key, Math.max(peak.get(item.key) ?? 0, running.get(item.key)!))
        peakAll = Math.max(peakAll, ++all)
        await sleep(1 + (item.i % 4))
        running.set(item.key, running.get(item.key)! - 1)
        all--
        return item.i * 10
      }
    )
    expect(results).toEqual(items.map((item) => item.i * 10))
    expect([...peak.values()].every((p) => p <= 2)).toBe(true)
    expect(peakAll).toBe(5)
  })

  it('lets other keys go first while one key is at its limit', async () => {
    const started: string[] = []
    const gates: Array<() => void> = []
    const items = ['a1', 'a2', 'a3', 'b1']
    const run = mapLimitPerKey(
      items,
      { perKey: 1, total: 4, keyOf: (item) => item[0]! },
      (item) => {
        started.push(item)
        return new Promise<string>((resolve) => gates.push(() => resolve(item)))
      }
    )
    await sleep(5)
    expect(started).toEqual(['a1', 'b1'])
    while (gates.length > 0) {
      gates.shift()!()
      await sleep(1)
    }
    expect(await run).toEqual(items)
    expect(started).toEqual(['a1', 'b1', 'a2', 'a3'])
  })

  it('rejects with the first error and starts nothing after it', async () => {
    const started: number[] = []
    const run = mapLimit([1, 2, 3, 4], 1, async (n) => {
      started.push(n)
      if (n === 2) throw new Error('boom')
      return n
    })
    await expect(run).rejects.toThrow('boom')
    await sleep(5)
    expect(started).toEqual([1, 2])
  })

  it('resolves an empty list at once', async () => {
    expect(
      await mapLimitPerKey([], { perKey: 1, total: 1, keyOf: () => '' }, async () => 1)
    ).toEqual([])
  })
})
