// The bundled action on pull requests: the sticky plan comment, plan judging what the site will
// serve after the merge, and a fork that plans without AWS credentials.
import { describe, expect, it } from '@jest/globals'
import { makeWorkspace, runAction } from '../helpers/action-process.js'
import {
  baseInputs,
  deployPolicy,
  DEPLOYED,
  DIST,
  PADDED,
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
      /changed \| `referrer-policy` \| all \| `no-referrer` → `same-origin`/
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

  it('the comment shows now beside after the merge, a headline that says what changes, and the CSP by directive', async () => {
    await deployPolicy(w, DEPLOYED)
    const changed = DEPLOYED.replace(
      'script-src: ["\'self\'"]',
      "script-src: [\"'self'\", 'https://plausible.io']"
    )
      .replace(
        'frame-ancestors: ["\'none\'"]',
        "frame-ancestors: [\"'self'\", 'https://partner.example']"
      )
      .replace('referrer-policy: no-referrer', 'referrer-policy: same-origin')
    expect(changed).toContain('plausible.io')
    const ws = makeWorkspace({ [POLICY_PATH]: changed })
    const run = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'pull_request',
      event: pullRequest(11),
      env: w.awsEnv()
    })
    expect(run.code).toBe(0)
    const body = w.github.state.comments.find((c) => c.issue_number === 11)?.body ?? ''
    expect(body).toMatch(
      /^### headerguard plan · ✅ after this merge the site will serve the policy: changes 2 headers$/m
    )
    expect(body).toContain('| header | now | after merge | verdict | note |')
    expect(body).toMatch(/\| `referrer-policy` \| `no-referrer` \| `same-origin` \| ✅ pass \|/)
    // The CSP by directive, in the table and in the diff of what deploy changes.
    expect(body).toContain('`script-src: + https://plausible.io`')
    expect(body).toContain("`frame-ancestors: 'none' → 'self' https://partner.example`")
    expect(run.summary).toContain('`script-src: + https://plausible.io`')
    // No invisible characters anywhere in what a reviewer copies.
    expect(body).not.toMatch(/[\u200b-\u200f]/)
  })

  it('a function CloudFront would reject opens the plan with one root-cause line, not the missing headers', async () => {
    const policy = (extra: string) =>
      [
        'version: 1',
        `cloudfront: { distribution: ${PADDED} }`,
        'lambda: { function: headerguard-padded }',
        'headers:',
        '  x-content-type-options: nosniff',
        extra,
        'verify: { paths: [/, /a, /b] }'
      ].join('\n')
    const inputs = {
      ...baseInputs,
      url: w.distribution(PADDED).viewerUrl,
      'role-arn': 'arn:aws:iam::123456789012:role/headerguard-edge'
    }
    await deployPolicy(w, policy(''), inputs)
    const ws = makeWorkspace({ [POLICY_PATH]: policy(`  x-padding: ${'q'.repeat(15000)}`) })
    const run = await runAction({
      workspace: ws,
      inputs,
      eventName: 'pull_request',
      event: pullRequest(12),
      env: w.awsEnv()
    })
    expect(run.code).toBe(1)
    const body = w.github.state.comments.find((c) => c.issue_number === 12)?.body ?? ''
    const causeLines = body.split('\n').filter((l) => l.startsWith('> **Root cause**'))
    expect(causeLines).toHaveLength(1)
    expect(causeLines[0]).toMatch(
      /CloudFront would answer 502 \\\(LambdaValidationError\\\) on \d+ URLs/
    )
    expect(causeLines[0]).toMatch(/20,?480|bytes/)
    expect(body).toMatch(/^### headerguard plan · ❌ CloudFront would answer 502/m)
    expect(body).toContain('> **Fix** ')
    expect(w.mutatingCalls()).toEqual([])
  })
})
