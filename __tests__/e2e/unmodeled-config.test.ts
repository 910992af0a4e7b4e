// The bundled action on a distribution whose config holds an element the bundled AWS SDK does
// not model: UpdateDistribution replaces the whole config, so the run stops before any write.
import { describe, expect, it } from '@jest/globals'
import { makeWorkspace } from '../helpers/action-process.js'
import { EXAMPLE, NEWER_CONFIG, POLICY_PATH, pushRun, worldPerTest } from '../helpers/e2e-world.js'

const w = worldPerTest()

describe('configuration the SDK does not know', () => {
  it('stops the deploy before any write, naming the element and saying to upgrade', async () => {
    const ws = makeWorkspace({ [POLICY_PATH]: EXAMPLE })
    const before = w.distribution(NEWER_CONFIG).etag
    const run = await pushRun(w, ws, { 'distribution-id': NEWER_CONFIG })
    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('fail')
    const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message)
    expect(errors.join('\n')).toMatch(
      /Distribution ENEWERCONFIG01 was not updated: .*DistributionConfig\/Origins\/Items\/Origin\[Id=site\]\/FutureOriginSetting.*Upgrade headerguard/
    )
    expect(w.mutatingCalls()).toEqual([])
    expect(w.emulator.calls().map((c) => c.operation)).not.toContain('UpdateDistribution')
    expect(w.distribution(NEWER_CONFIG).etag).toBe(before)
  })

  it('plan says the same before anyone merges', async () => {
    const ws = makeWorkspace({ [POLICY_PATH]: EXAMPLE })
    const run = await pushRun(w, ws, { 'distribution-id': NEWER_CONFIG, mode: 'plan' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/FutureOriginSetting.*Upgrade headerguard/)
    expect(w.mutatingCalls()).toEqual([])
  })
})
