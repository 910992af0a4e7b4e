// The bundled action on pull requests: the sticky plan comment, plan judging what the site will
// serve after the merge, and a fork that plans without AWS credentials.
import { describe, expect, it } from '@jest/globals'
import { makeWorkspace, runAction } from '../helpers/action-process.js'
import {
  baseInputs,
  deployPolicy,
  DEPLOYED,
  DIST,
  POLICY_PATH,
  pullRequest,
  worldPerTest
} from '../helpers/e2e-world.js'

const w = worldPerTest()

describe('pull requests', () => {
  it('plan comments once and updates the same comment on the next run, without AWS writes', async () => {
    await deployPolicy(w, DEPLOYED)
    const ws = makeWorkspace({ [POLICY_PATH]: DEPLOYED })
    const first = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'pull_request',
      event: pullRequest(7),
      env: w.awsEnv()
    })
    expect(first.code).toBe(0)
    const second = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'pull_request',
      event: pullRequest(7),
      env: w.awsEnv()
    })
    expect(second.code).toBe(0)
    expect(w.mutatingCalls()).toEqual([])
    const comments = w.github.state.comments.filter((c) => c.issue_number === 7)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain(
      '<!-- headerguard:comment policy=.github/security-headers.yml -->'
    )
    expect(
      w.github.state.requests.some(
        (r) => r.method === 'PATCH' && r.path.includes('/issues/comments/')
      )
    ).toBe(true)
    expect(
      w.github.state.requests.every(
        (r) => r.authorization === 'token e2e-token' || r.authorization === 'Bearer e2e-token'
      )
    ).toBe(true)
  })

  it('plan judges what the site will serve after the change, not what it serves today', async () => {
    const changed = DEPLOYED.replace('referrer-policy: no-referrer', 'referrer-policy: same-origin')
    expect(changed).not.toBe(DEPLOYED)
    await deployPolicy(w, DEPLOYED)
    const ws = makeWorkspace({ [POLICY_PATH]: changed })
    const run = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'pull_request',
      event: pullRequest(9),
      env: w.awsEnv()
    })
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('pass')
    expect(w.mutatingCalls()).toEqual([])
    expect(run.summary).toMatch(
      /changed \| `referrer-policy` \| all \| `no-referrer` \| `same-origin`/
    )
    expect(run.summary).toContain('passed through the new edge function')
    // A version that does not exist yet has no number: the outputs say so instead of guessing.
    expect(run.outputs.version).toBe('')
    expect(run.outputs['function-arn']).toBe(
      'arn:aws:lambda:us-east-1:123456789012:function:headerguard-example'
    )
    expect(run.outputs.changed).toBe('true')
    const comment = w.github.state.comments.find((c) => c.issue_number === 9)
    expect(comment?.body).toContain('same-origin')
  })

  it('a fork runs plan without AWS credentials: validates, builds, verifies and says what it skipped', async () => {
    await deployPolicy(w, DEPLOYED)
    const ws = makeWorkspace({ [POLICY_PATH]: DEPLOYED })
    const env = { ...w.awsEnv() } as Record<string, string>
    delete env.AWS_ACCESS_KEY_ID
    delete env.AWS_SECRET_ACCESS_KEY
    const run = await runAction({
      workspace: ws,
      inputs: { ...baseInputs, url: w.distribution(DIST).viewerUrl.replace('http:', 'https:') },
      eventName: 'pull_request',
      event: pullRequest(8, 'mallory/site'),
      env
    })
    expect(run.code).toBe(0)
    expect(w.emulator.calls()).toEqual([])
    expect(run.stdout).toContain('fork')
    expect(run.summary).toMatch(/AWS steps were skipped/)
    expect(run.outputs.status).toBe('pass')
    expect(run.outputs['function-arn']).toBe('')
  })
})
