// What a re-run reads to decide whether an earlier run's invalidation still counts: the
// distribution's LastModifiedTime (GetDistribution, ListDistributions) is the time of the last
// UpdateDistribution on the emulator's clock, and ListInvalidations lists Id, CreateTime and
// Status from the most recent to the oldest, paged with Marker/MaxItems/NextMarker as the API
// reference describes (docs/aws-facts.md §15).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  CreateInvalidationCommand,
  GetDistributionCommand,
  GetDistributionConfigCommand,
  ListDistributionsCommand,
  ListInvalidationsCommand
} from '@aws-sdk/client-cloudfront'
import { DIST, siteState, startWithClients, updateConfig, type Clients } from './helpers.js'

const START = Date.parse('2026-05-01T10:00:00.000Z')
let clock = START
let c: Clients
beforeEach(async () => {
  clock = START
  c = await startWithClients({
    state: siteState(),
    now: () => clock,
    delays: { deployMs: 60_000, invalidationMs: 30_000 }
  })
})
afterEach(() => c.emulator.close())

let serial = 0
const invalidate = async (paths = ['/*']) => {
  const out = await c.cloudfront.send(
    new CreateInvalidationCommand({
      DistributionId: DIST,
      InvalidationBatch: {
        CallerReference: `history-${serial++}`,
        Paths: { Quantity: paths.length, Items: paths }
      }
    })
  )
  return out.Invalidation?.Id as string
}
const lastModified = async () =>
  (await c.cloudfront.send(new GetDistributionCommand({ Id: DIST }))).Distribution?.LastModifiedTime

describe('LastModifiedTime', () => {
  it('is the time of the last UpdateDistribution; reads, invalidations and reaching Deployed leave it', async () => {
    expect(await lastModified()).toEqual(new Date(START))
    clock += 5_000
    await updateConfig(c, (config) => {
      config.Comment = 'changed'
    })
    const written = new Date(START + 5_000)
    expect(await lastModified()).toEqual(written)
    clock += 1_000
    await c.cloudfront.send(new GetDistributionConfigCommand({ Id: DIST }))
    await invalidate()
    clock += 60_000
    const now = await c.cloudfront.send(new GetDistributionCommand({ Id: DIST }))
    expect(now.Distribution?.Status).toBe('Deployed')
    expect(now.Distribution?.LastModifiedTime).toEqual(written)
    const list = await c.cloudfront.send(new ListDistributionsCommand({}))
    expect(list.DistributionList?.Items?.find((d) => d.Id === DIST)?.LastModifiedTime).toEqual(
      written
    )
    clock += 1_000
    await updateConfig(c, (config) => {
      config.Comment = 'again'
    })
    expect(await lastModified()).toEqual(new Date(START + 67_000))
  })
})

describe('ListInvalidations', () => {
  it('lists the newest first with Id, CreateTime and Status, paged by Marker and MaxItems', async () => {
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      ids.push(await invalidate([`/page-${i}.html`]))
      clock += 20_000
    }
    // Now START+60 s, and each takes 30 s: only the newest (created at START+40 s) is in progress.
    const first = await c.cloudfront.send(
      new ListInvalidationsCommand({ DistributionId: DIST, MaxItems: 2 })
    )
    expect(first.InvalidationList).toEqual({
      Marker: '',
      NextMarker: ids[1],
      MaxItems: 2,
      IsTruncated: true,
      Quantity: 2,
      Items: [
        { Id: ids[2], CreateTime: new Date(START + 40_000), Status: 'InProgress' },
        { Id: ids[1], CreateTime: new Date(START + 20_000), Status: 'Completed' }
      ]
    })
    const second = await c.cloudfront.send(
      new ListInvalidationsCommand({ DistributionId: DIST, MaxItems: 2, Marker: ids[1] })
    )
    expect(second.InvalidationList).toEqual({
      Marker: ids[1],
      MaxItems: 2,
      IsTruncated: false,
      Quantity: 1,
      Items: [{ Id: ids[0], CreateTime: new Date(START), Status: 'Completed' }]
    })
  })

  it('answers an empty list for a distribution without invalidations, and NoSuchDistribution for an unknown one', async () => {
    const empty = await c.cloudfront.send(new ListInvalidationsCommand({ DistributionId: DIST }))
    expect(empty.InvalidationList).toMatchObject({ IsTruncated: false, Quantity: 0 })
    expect(empty.InvalidationList?.Items ?? []).toEqual([])
    await expect(
      c.cloudfront.send(new ListInvalidationsCommand({ DistributionId: 'ENOSUCHDIST0001' }))
    ).rejects.toMatchObject({ name: 'NoSuchDistribution' })
  })
})
