// The bundled action on a schedule: the drift issue opened, kept single, and closed.
import { describe, expect, it } from '@jest/globals'
import { makeWorkspace, runAction } from '../helpers/action-process.js'
import {
  baseInputs,
  deployPolicy,
  DEPLOYED,
  POLICY_PATH,
  SCHEDULE,
  worldPerTest
} from '../helpers/e2e-world.js'

const w = worldPerTest()

describe('drift on a schedule', () => {
  it('opens one issue while the site violates the policy and closes it when it conforms again', async () => {
    // The live site serves DEPLOYED; a policy that asks for something else is drift.
    await deployPolicy(w, DEPLOYED)
    const drifted = DEPLOYED.replace(
      'x-frame-options: DENY',
      'x-frame-options: SAMEORIGIN'
    ).replace('referrer-policy: no-referrer', 'referrer-policy: same-origin')
    const ws = makeWorkspace({ [POLICY_PATH]: drifted })
    const inputs = { ...baseInputs, mode: 'auto' }
    const red = await runAction({
      workspace: ws,
      inputs,
      eventName: 'schedule',
      event: SCHEDULE,
      env: w.awsEnv()
    })
    expect(red.code).toBe(1)
    expect(red.outputs.status).toBe('fail')
    expect(JSON.parse(red.outputs.missing ?? '[]')).toContain('referrer-policy')
    const open = w.github.state.issues.filter(
      (i) => i.labels.includes('headerguard-drift') && i.state === 'open'
    )
    expect(open).toHaveLength(1)

    const again = await runAction({
      workspace: ws,
      inputs,
      eventName: 'schedule',
      event: SCHEDULE,
      env: w.awsEnv()
    })
    expect(again.code).toBe(1)
    // Same findings: the issue is not edited (no time or run link in its body).
    expect(
      w.github.state.requests.filter((r) => r.method === 'PATCH' && /\/issues\/\d+$/.test(r.path))
    ).toEqual([])
    expect(again.stdout).toContain(`drift issue: unchanged #${open[0]?.number}`)
    expect(
      w.github.state.issues.filter((i) => i.labels.includes('headerguard-drift'))
    ).toHaveLength(1)

    ws.write(POLICY_PATH, DEPLOYED)
    const green = await runAction({
      workspace: ws,
      inputs,
      eventName: 'schedule',
      event: SCHEDULE,
      env: w.awsEnv()
    })
    expect(green.code).toBe(0)
    expect(w.github.state.issues.find((i) => i.number === open[0]?.number)?.state).toBe('closed')
  })
})
