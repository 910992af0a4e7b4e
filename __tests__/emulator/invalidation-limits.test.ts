// CreateInvalidation refusals the emulator models: CloudFront's in-progress limit (15 wildcard
// paths, and independently 3,000 file paths, per distribution) and the refuse-invalidations fault.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { CreateInvalidationCommand } from '@aws-sdk/client-cloudfront'
import { DIST, rejection, siteState, SLOW_MS, startWithClients, type Clients } from './helpers.js'

let c: Clients
beforeEach(async () => {
  c = await startWithClients({ state: siteState(), delays: { invalidationMs: SLOW_MS } })
})
afterEach(() => c.emulator.close())

let serial = 0
const invalidate = (paths: string[]) =>
  c.cloudfront.send(
    new CreateInvalidationCommand({
      DistributionId: DIST,
      InvalidationBatch: {
        CallerReference: `ref-${serial++}`,
        Paths: { Quantity: paths.length, Items: paths }
      }
    })
  )

const files = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `/${prefix}${i}.html`)

describe('the in-progress limit', () => {
  it('allows 15 wildcard paths in progress, refuses the 16th, and allows it once they complete', async () => {
    for (let i = 0; i < 5; i++) await invalidate([`/a${i}/*`, `/b${i}/*`, `/c${i}/*`])
    const refused = await rejection(invalidate(['/*']))
    expect(refused.name).toBe('TooManyInvalidationsInProgress')
    expect(refused.$metadata?.httpStatusCode).toBe(400)
    expect(refused.message).toBe(
      'Processing your request will cause you to exceed the maximum number of in-progress wildcard invalidations.'
    )
    // File paths have their own limit: still allowed.
    await invalidate(['/index.html'])
    c.advance(SLOW_MS)
    const accepted = await invalidate(['/*'])
    expect(accepted.Invalidation?.Status).toBe('InProgress')
  })

  it('allows 3,000 file paths in progress and refuses one more', async () => {
    await invalidate(files(2000, 'x'))
    await invalidate(files(1000, 'y'))
    const refused = await rejection(invalidate(['/one-more.html']))
    expect(refused.name).toBe('TooManyInvalidationsInProgress')
    expect(refused.message).toMatch(/maximum number of in-progress invalidations\.$/)
    await invalidate(['/*'])
  })
})

describe('the refuse-invalidations fault', () => {
  it('refuses with AccessDenied (403) by default, the next count times', async () => {
    c.emulator.injectFault({ kind: 'refuse-invalidations', distributionId: DIST, count: 1 })
    const refused = await rejection(invalidate(['/*']))
    expect(refused.name).toBe('AccessDenied')
    expect(refused.$metadata?.httpStatusCode).toBe(403)
    expect(refused.message).toMatch(/not authorized to perform: cloudfront:CreateInvalidation/)
    expect(c.emulator.state().faults).toEqual([])
    expect((await invalidate(['/*'])).Invalidation?.Id).toMatch(/^I/)
  })

  it('without count, refuses until the faults are cleared', async () => {
    c.emulator.injectFault({
      kind: 'refuse-invalidations',
      distributionId: DIST,
      error: 'TooManyInvalidationsInProgress'
    })
    for (let i = 0; i < 3; i++)
      expect((await rejection(invalidate([`/${i}`]))).name).toBe('TooManyInvalidationsInProgress')
    expect(c.emulator.state().distributions[0]?.invalidations).toEqual([])
    c.emulator.clearFaults()
    await invalidate(['/*'])
    expect(c.emulator.state().distributions[0]?.invalidations).toHaveLength(1)
  })
})
