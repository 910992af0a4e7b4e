// The re-run's decision (src/aws/converge.ts) as a pure function, and the sleep a cancel ends
// (timing.ts). The deploy-level behaviour is in deploy.test.ts ("deploy: reuse", "cancelled").
import { describe, expect, it } from '@jest/globals'
import { covers, invalidationDecision, type ConvergeFacts } from '../../src/aws/converge.js'
import { cancellableSleep, realClock } from '../../src/aws/timing.js'
import { CancelledError } from '../../src/errors.js'

const CHANGED = new Date('2026-05-01T10:00:00.000Z')
const at = (offsetMs: number) => new Date(CHANGED.getTime() + offsetMs)
const facts = (overrides: Partial<ConvergeFacts> = {}): ConvergeFacts => ({
  wasInProgress: false,
  lastModified: CHANGED,
  invalidations: [],
  paths: ['/*'],
  ...overrides
})

describe('covers', () => {
  it('matches equal paths and trailing wildcards, as CloudFront does', () => {
    expect(covers(['/*'], ['/*'])).toBe(true)
    expect(covers(['/*'], ['/index.html', '/a/*'])).toBe(true)
    expect(covers(['/a*'], ['/a/*'])).toBe(true)
    expect(covers(['/a/*'], ['/a*'])).toBe(false)
    expect(covers(['/index.html'], ['/*'])).toBe(false)
    expect(covers(['/index.html', '/about'], ['/index.html', '/about'])).toBe(true)
    expect(covers(['/index.html'], ['/index.html', '/about'])).toBe(false)
    expect(covers(undefined, ['/*'])).toBe(false)
  })
})

describe('invalidationDecision', () => {
  it('skips when an invalidation of the paths was created after the last change', () => {
    const earlier = { id: 'I2', createTime: at(60_000), status: 'Completed', paths: ['/*'] }
    const decision = invalidationDecision(facts({ invalidations: [earlier] }))
    expect(decision).toEqual({
      invalidate: false,
      invalidation: earlier,
      why: 'created 2026-05-01T10:01:00.000Z, the distribution last changed 2026-05-01T10:00:00.000Z'
    })
  })

  it('counts an invalidation created in the same millisecond as the change as after it', () => {
    const same = { id: 'I3', createTime: at(0), status: 'InProgress', paths: ['/*'] }
    expect(invalidationDecision(facts({ invalidations: [same] }))).toMatchObject({
      invalidate: false,
      invalidation: { id: 'I3' }
    })
  })

  it('invalidates when the newest invalidation is older than the last change', () => {
    const older = { id: 'I1', createTime: at(-1), status: 'Completed' }
    expect(invalidationDecision(facts({ invalidations: [older] }))).toEqual({
      invalidate: true,
      why: 'no invalidation since the distribution last changed (2026-05-01T10:00:00.000Z)'
    })
    expect(invalidationDecision(facts({ invalidations: [] })).invalidate).toBe(true)
  })

  it('invalidates when the invalidations since the change do not cover the paths', () => {
    const partial = { id: 'I4', createTime: at(5), status: 'Completed', paths: ['/about'] }
    const unknownPaths = { id: 'I5', createTime: at(6), status: 'Completed' }
    expect(invalidationDecision(facts({ invalidations: [unknownPaths, partial] }))).toEqual({
      invalidate: true,
      why: 'the invalidations made since the distribution last changed (2026-05-01T10:00:00.000Z) do not cover /*'
    })
  })

  it('invalidates after waiting for Deployed, whatever was invalidated while the change propagated', () => {
    const during = { id: 'I6', createTime: at(1000), status: 'Completed', paths: ['/*'] }
    const decision = invalidationDecision(facts({ wasInProgress: true, invalidations: [during] }))
    expect(decision.invalidate).toBe(true)
    expect(decision.why).toBe(
      'it was still deploying when this run began, and an invalidation made before Deployed does not count'
    )
  })

  it('invalidates when LastModifiedTime is unknown', () => {
    expect(invalidationDecision(facts({ lastModified: undefined }))).toEqual({
      invalidate: true,
      why: 'GetDistribution gave no LastModifiedTime to compare earlier invalidations with'
    })
  })

  it('does not invalidate a Deployed distribution when the invalidations cannot be listed', () => {
    // Nothing shows an unfinished change; invalidating anyway would hit every run of a role
    // without cloudfront:ListInvalidations.
    expect(invalidationDecision(facts({ invalidations: undefined }))).toEqual({
      invalidate: false,
      why: 'the earlier invalidations could not be listed'
    })
    expect(invalidationDecision(facts({ invalidations: undefined, wasInProgress: true }))).toEqual(
      expect.objectContaining({ invalidate: true })
    )
  })
})

describe('cancellableSleep', () => {
  it('ends a real sleep at the abort with the CancelledError, and rejects at once once aborted', async () => {
    const controller = new AbortController()
    const sleep = cancellableSleep(realClock.sleep, controller.signal)
    const pending = sleep(3_600_000)
    controller.abort(new CancelledError('SIGTERM'))
    await expect(pending).rejects.toThrow(new CancelledError('SIGTERM'))
    await expect(sleep(1)).rejects.toBeInstanceOf(CancelledError)
  })

  it('without a signal is the sleep itself', () => {
    expect(cancellableSleep(realClock.sleep, undefined)).toBe(realClock.sleep)
  })
})
