// The bundled action on a schedule: the drift issue opened, kept single, and closed.
import { describe, expect, it } from '@jest/globals'
import { makeWorkspace, runAction } from '../helpers/action-process.js'
import {
  baseInputs,
  deployPolicy,
  DEPLOYED,
  DIST,
  POLICY_PATH,
  SCHEDULE,
  worldPerTest
} from '../helpers/e2e-world.js'
import { startSiteServer } from '../helpers/site-server.js'

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

  it('a URL that cannot be checked neither opens nor closes the drift issue, and the summary says so', async () => {
    await deployPolicy(w, DEPLOYED)
    // A host that takes the connection and drops it: no answer, on every attempt.
    const dead = await startSiteServer({ '*': { destroy: true } })
    try {
      const live = `https://${w.distribution(DIST).domainName}/`
      const ws = makeWorkspace({ [POLICY_PATH]: DEPLOYED })
      const schedule = (url: string) =>
        runAction({
          workspace: ws,
          inputs: { ...baseInputs, mode: 'check', url },
          eventName: 'schedule',
          event: SCHEDULE,
          env: w.awsEnv()
        })
      const run = await schedule(`${live},${dead.url}/`)
      expect(run.code).toBe(1)
      expect(run.outputs.status).toBe('fail')
      expect(w.github.state.issues).toEqual([])
      expect(run.summary).toMatch(/could not be checked/)
      expect(run.summary).toContain(`127&#46;0&#46;0&#46;1&#58;${dead.port}`)
      expect(run.summary).toMatch(
        /drift issue: .*not drift, so the drift issue was neither opened nor closed/
      )
      expect(run.summary).not.toMatch(/0 violations/)
      expect(run.stdout).toMatch(/drift issue: unchanged \(/)

      // An issue that is open stays open: the run cannot say the site conforms.
      ws.write(
        POLICY_PATH,
        DEPLOYED.replace('referrer-policy: no-referrer', 'referrer-policy: same-origin')
      )
      expect((await schedule(live)).code).toBe(1)
      const opened = w.github.state.issues.filter((i) => i.state === 'open')
      expect(opened).toHaveLength(1)
      ws.write(POLICY_PATH, DEPLOYED)
      w.github.state.requests.length = 0
      expect((await schedule(`${live},${dead.url}/`)).code).toBe(1)
      expect(w.github.state.issues.find((i) => i.number === opened[0]?.number)?.state).toBe('open')
      expect(
        w.github.state.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')
      ).toEqual([])
    } finally {
      await dead.close()
    }
  })
})
