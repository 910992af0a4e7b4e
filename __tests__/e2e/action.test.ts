// The action as a process: `node dist/index.js` under the runner's Node 24, with INPUT_*, the
// GITHUB_* files and the SDK's AWS_ENDPOINT_URL_* pointing at the embedded emulator, and
// GITHUB_API_URL at a fake GitHub. Assertions read what a workflow would see (exit code,
// outputs, summary, annotations), what GitHub received, and what AWS (the emulator) holds.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { startEmulator } from '../../src/emulator/index.js'
import type { RunningEmulator } from '../../src/emulator/types.js'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { startSiteServer } from '../helpers/site-server.js'
import { makeWorkspace, runAction, type Workspace } from '../helpers/action-process.js'

const EXAMPLE = readFileSync('examples/static-site.yml', 'utf8')
const POLICY_PATH = '.github/security-headers.yml'
/** What the site serves after the 'policy change' deploy; later scenarios start from it. */
const DEPLOYED = EXAMPLE.replace(
  'referrer-policy: strict-origin-when-cross-origin',
  'referrer-policy: no-referrer'
)
const DIST = 'EDFDVBD6EXAMPLE'
const PADDED = 'EPADDEDORIGIN01'
const REPO = { full_name: 'acme/site' }
const PUSH = { ref: 'refs/heads/main', repository: REPO }
const SCHEDULE = { schedule: '17 6 * * *', repository: REPO }
const pullRequest = (number: number, headRepo = 'acme/site') => ({
  number,
  pull_request: { number, head: { repo: { full_name: headRepo } } },
  repository: REPO
})

let emulator: RunningEmulator
let github: FakeGitHub
let origin: { url: string; close(): Promise<void> }

function awsEnv(): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: 'e2e',
    AWS_SECRET_ACCESS_KEY: 'e2e',
    AWS_REGION: 'eu-west-1', // Lambda@Edge needs us-east-1: the action must pin it itself
    AWS_ENDPOINT_URL_CLOUDFRONT: emulator.endpoint,
    AWS_ENDPOINT_URL_LAMBDA: emulator.endpoint,
    AWS_ENDPOINT_URL_IAM: emulator.endpoint,
    NODE_EXTRA_CA_CERTS: emulator.caFile,
    GITHUB_API_URL: github.url
  }
}

const baseInputs = { 'poll-interval': '0.1', 'wait-timeout': '1', 'github-token': 'e2e-token' }

function mutatingCalls(): string[] {
  return emulator
    .calls()
    .filter((c) => c.mutating)
    .map((c) => `${c.service}:${c.operation}`)
}

function distribution(id: string) {
  const found = emulator.state().distributions.find((d) => d.id === id)
  if (!found) throw new Error(`no distribution ${id}`)
  return found
}

beforeAll(async () => {
  // An origin whose responses carry 6 KB of headers of their own: with a policy that adds
  // 15 KB, the header block passes validate but breaks CloudFront's 20,480-byte limit at the edge.
  origin = await startSiteServer({
    '*': {
      status: 200,
      headers: { 'content-type': 'text/html', 'x-origin-padding': 'p'.repeat(6000) },
      body: '<h1>hi</h1>'
    }
  })
  emulator = await startEmulator({
    port: 0,
    delays: { deployMs: 0, functionCreateMs: 0, functionUpdateMs: 0, invalidationMs: 0 },
    state: {
      distributions: [
        {
          id: DIST,
          origins: [{ id: 'site', folder: 'examples/site' }],
          defaultBehavior: { viewerProtocolPolicy: 'redirect-to-https' },
          behaviors: [{ pathPattern: '/assets/*', viewerProtocolPolicy: 'redirect-to-https' }]
        },
        {
          id: PADDED,
          origins: [{ id: 'app', url: origin.url }],
          defaultBehavior: { viewerProtocolPolicy: 'allow-all' }
        }
      ]
    }
  })
  github = await startFakeGitHub()
}, 30_000)

afterAll(async () => {
  await emulator?.close()
  await github?.close()
  await origin?.close()
})

describe('deploy on push', () => {
  let ws: Workspace
  beforeAll(() => {
    ws = makeWorkspace({ [POLICY_PATH]: EXAMPLE })
  })

  it('first deploy: publishes version 1, associates it, waits for Deployed, verifies green', async () => {
    emulator.resetCalls()
    const run = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'push',
      event: PUSH,
      env: awsEnv()
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      status: 'pass',
      version: '1',
      changed: 'true',
      'previous-function-arn': '',
      'distribution-status': 'Deployed',
      'function-arn': 'arn:aws:lambda:us-east-1:123456789012:function:headerguard-example:1'
    })
    expect(run.outputs.grade).toMatch(/^[A-F][+-]?$/)
    expect(JSON.parse(run.outputs.missing ?? '')).toEqual([])
    expect(distribution(DIST).deployedOriginResponseArns['*']).toBe(run.outputs['function-arn'])
    expect(mutatingCalls()).toEqual(
      expect.arrayContaining([
        'lambda:CreateFunction',
        'lambda:PublishVersion',
        'cloudfront:UpdateDistribution',
        'cloudfront:CreateInvalidation'
      ])
    )
    const report = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8')) as {
      status: string
      results: { url: string }[]
    }
    expect(report.status).toBe('pass')
    expect(report.results.map((r) => r.url)).toEqual(
      expect.arrayContaining([`https://127.0.0.1:${new URL(distribution(DIST).viewerUrl).port}/`])
    )
    expect(run.summary).toContain('headerguard')
    expect(run.summary).toContain('content-security-policy')
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([])
    // A push has no pull request to comment on: said once in the log, no annotation.
    expect(run.stdout).toContain('pull-request comment: skipped, a push event has no pull request')
    expect(run.annotations.filter((a) => a.level === 'notice')).toEqual([])
  })

  it('unchanged re-run: no AWS writes, changed=false, still green', async () => {
    emulator.resetCalls()
    const run = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'push',
      event: PUSH,
      env: awsEnv()
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'pass', version: '1', changed: 'false' })
    expect(mutatingCalls()).toEqual([])
  })

  it('policy change: publishes version 2, moves the association, verifies the new value', async () => {
    ws.write(POLICY_PATH, DEPLOYED)
    emulator.resetCalls()
    const run = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'push',
      event: PUSH,
      env: awsEnv()
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      status: 'pass',
      version: '2',
      changed: 'true',
      'previous-function-arn':
        'arn:aws:lambda:us-east-1:123456789012:function:headerguard-example:1'
    })
    expect(distribution(DIST).deployedOriginResponseArns['*']).toMatch(/:headerguard-example:2$/)
    expect(mutatingCalls()).toEqual(
      expect.arrayContaining([
        'lambda:UpdateFunctionCode',
        'lambda:PublishVersion',
        'cloudfront:UpdateDistribution'
      ])
    )
    expect(run.summary).toContain('no-referrer')
  })
})

describe('prune-versions', () => {
  it('after a green deploy deletes the unused old version and keeps the associated one', async () => {
    const ws = makeWorkspace({ [POLICY_PATH]: DEPLOYED })
    const before = emulator.state().functions.find((f) => f.name === 'headerguard-example')
    expect(before?.versions.map((v) => v.version)).toEqual(expect.arrayContaining(['1', '2']))
    const run = await runAction({
      workspace: ws,
      inputs: { ...baseInputs, 'prune-versions': '0' },
      eventName: 'push',
      event: PUSH,
      env: awsEnv()
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('deleted versions 1')
    const after = emulator.state().functions.find((f) => f.name === 'headerguard-example')
    const versions = after?.versions.map((v) => v.version) ?? []
    expect(versions).toContain('2')
    expect(versions).not.toContain('1')
  })
})

describe('a policy with an error', () => {
  it('fails with an annotation on the offending line and calls no AWS API at all', async () => {
    const broken = EXAMPLE.replace(
      'referrer-policy: strict-origin-when-cross-origin',
      'referrer-policy: strict-origin-when-cross-origin\n  via: 1.1 proxy'
    )
    const line = broken.split('\n').findIndex((l) => l.startsWith('  via:')) + 1
    const ws = makeWorkspace({ [POLICY_PATH]: broken })
    emulator.resetCalls()
    const run = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'push',
      event: PUSH,
      env: awsEnv()
    })
    expect(run.code).toBe(1)
    expect(emulator.calls()).toEqual([])
    const errors = run.annotations.filter(
      (a) => a.level === 'error' && a.properties.file === POLICY_PATH
    )
    expect(errors.map((a) => a.properties.line)).toContain(String(line))
    expect(run.stdout).toMatch(/::error::.*security-headers\.yml has errors/)
    expect(run.outputs.status).toBe('fail')
  })
})

describe('a function CloudFront rejects at the edge', () => {
  it('is caught by verification (502) and rolled back to the previous version', async () => {
    const policy = (extra: string) =>
      [
        'version: 1',
        `cloudfront: { distribution: ${PADDED} }`,
        'lambda: { function: headerguard-padded }',
        'headers:',
        '  x-content-type-options: nosniff',
        extra,
        'verify: { paths: [/] }'
      ].join('\n')
    const ws = makeWorkspace({ [POLICY_PATH]: policy('') })
    const url = distribution(PADDED).viewerUrl
    const inputs = {
      ...baseInputs,
      url,
      'role-arn': 'arn:aws:iam::123456789012:role/headerguard-edge'
    }
    const good = await runAction({
      workspace: ws,
      inputs,
      eventName: 'push',
      event: PUSH,
      env: awsEnv()
    })
    expect(good.outputs).toMatchObject({ status: 'pass', version: '1' })

    ws.write(POLICY_PATH, policy(`  x-padding: ${'q'.repeat(15000)}`))
    const bad = await runAction({
      workspace: ws,
      inputs,
      eventName: 'push',
      event: PUSH,
      env: awsEnv()
    })
    expect(bad.code).toBe(1)
    // What is associated after the rollback: version 1 again.
    expect(bad.outputs).toMatchObject({
      status: 'fail',
      version: '1',
      'function-arn': good.outputs['function-arn'],
      changed: 'true'
    })
    const report = JSON.parse(readFileSync(bad.outputs.report ?? '', 'utf8')) as {
      results: { status: number }[]
      deploy: { rolledBack?: { to: string } }
    }
    expect(report.results.map((r) => r.status)).toContain(502)
    expect(JSON.stringify(report.results)).toMatch(
      /the response was a 502, X-Cache: LambdaValidationError from cloudfront/
    )
    expect(report.deploy.rolledBack?.to).toBe(good.outputs['function-arn'])
    expect(distribution(PADDED).deployedOriginResponseArns['*']).toBe(good.outputs['function-arn'])
    expect(bad.summary).toMatch(/rolled back/i)
  })
})

describe('pull requests', () => {
  it('plan comments once and updates the same comment on the next run, without AWS writes', async () => {
    const ws = makeWorkspace({ [POLICY_PATH]: DEPLOYED })
    emulator.resetCalls()
    const first = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'pull_request',
      event: pullRequest(7),
      env: awsEnv()
    })
    expect(first.code).toBe(0)
    const second = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'pull_request',
      event: pullRequest(7),
      env: awsEnv()
    })
    expect(second.code).toBe(0)
    expect(mutatingCalls()).toEqual([])
    const comments = github.state.comments.filter((c) => c.issue_number === 7)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain(
      '<!-- headerguard:comment policy=.github/security-headers.yml -->'
    )
    expect(
      github.state.requests.some(
        (r) => r.method === 'PATCH' && r.path.includes('/issues/comments/')
      )
    ).toBe(true)
    expect(
      github.state.requests.every(
        (r) => r.authorization === 'token e2e-token' || r.authorization === 'Bearer e2e-token'
      )
    ).toBe(true)
  })

  it('plan judges what the site will serve after the change, not what it serves today', async () => {
    const changed = DEPLOYED.replace('referrer-policy: no-referrer', 'referrer-policy: same-origin')
    expect(changed).not.toBe(DEPLOYED)
    const ws = makeWorkspace({ [POLICY_PATH]: changed })
    emulator.resetCalls()
    const run = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'pull_request',
      event: pullRequest(9),
      env: awsEnv()
    })
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('pass')
    expect(mutatingCalls()).toEqual([])
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
    const comment = github.state.comments.find((c) => c.issue_number === 9)
    expect(comment?.body).toContain('same-origin')
  })

  it('a fork runs plan without AWS credentials: validates, builds, verifies and says what it skipped', async () => {
    const ws = makeWorkspace({ [POLICY_PATH]: DEPLOYED })
    emulator.resetCalls()
    const env = { ...awsEnv() } as Record<string, string>
    delete env.AWS_ACCESS_KEY_ID
    delete env.AWS_SECRET_ACCESS_KEY
    const run = await runAction({
      workspace: ws,
      inputs: { ...baseInputs, url: distribution(DIST).viewerUrl.replace('http:', 'https:') },
      eventName: 'pull_request',
      event: pullRequest(8, 'mallory/site'),
      env
    })
    expect(run.code).toBe(0)
    expect(emulator.calls()).toEqual([])
    expect(run.stdout).toContain('fork')
    expect(run.summary).toMatch(/AWS steps were skipped/)
    expect(run.outputs.status).toBe('pass')
    expect(run.outputs['function-arn']).toBe('')
  })
})

describe('drift on a schedule', () => {
  it('opens one issue while the site violates the policy and closes it when it conforms again', async () => {
    // The live site serves the example policy (deployed above, then changed to no-referrer);
    // a policy that asks for something else is drift.
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
      env: awsEnv()
    })
    expect(red.code).toBe(1)
    expect(red.outputs.status).toBe('fail')
    expect(JSON.parse(red.outputs.missing ?? '[]')).toContain('referrer-policy')
    const open = github.state.issues.filter(
      (i) => i.labels.includes('headerguard-drift') && i.state === 'open'
    )
    expect(open).toHaveLength(1)

    const again = await runAction({
      workspace: ws,
      inputs,
      eventName: 'schedule',
      event: SCHEDULE,
      env: awsEnv()
    })
    expect(again.code).toBe(1)
    expect(github.state.issues.filter((i) => i.labels.includes('headerguard-drift'))).toHaveLength(
      1
    )

    ws.write(POLICY_PATH, DEPLOYED)
    const green = await runAction({
      workspace: ws,
      inputs,
      eventName: 'schedule',
      event: SCHEDULE,
      env: awsEnv()
    })
    expect(green.code).toBe(0)
    expect(github.state.issues.find((i) => i.number === open[0]?.number)?.state).toBe('closed')
  })
})

describe('a failed function update', () => {
  it('fails the run without touching the association, and the next run recovers', async () => {
    const ws = makeWorkspace({
      [POLICY_PATH]: DEPLOYED.replace(
        'referrer-policy: no-referrer',
        'referrer-policy: same-origin'
      )
    })
    const associated = distribution(DIST).deployedOriginResponseArns['*']
    emulator.injectFault({ kind: 'fail-function-update', functionName: 'headerguard-example' })
    const failed = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'push',
      event: PUSH,
      env: awsEnv()
    })
    expect(failed.code).toBe(1)
    expect(failed.stdout).toMatch(/::error::Updating function headerguard-example failed/)
    expect(failed.outputs.status).toBe('fail')
    expect(distribution(DIST).deployedOriginResponseArns['*']).toBe(associated)

    const retried = await runAction({
      workspace: ws,
      inputs: baseInputs,
      eventName: 'push',
      event: PUSH,
      env: awsEnv()
    })
    expect(retried.code).toBe(0)
    expect(retried.outputs).toMatchObject({ status: 'pass', changed: 'true' })
    expect(distribution(DIST).deployedOriginResponseArns['*']).toBe(retried.outputs['function-arn'])
    expect(retried.outputs['function-arn']).not.toBe(associated)
  })
})

describe('a deployment that never reaches Deployed', () => {
  it('fails after wait-timeout with what to do, reports InProgress, and does not roll back a slow deploy', async () => {
    const ws = makeWorkspace({
      [POLICY_PATH]: DEPLOYED.replace(
        'referrer-policy: no-referrer',
        'referrer-policy: strict-origin'
      )
    })
    emulator.injectFault({ kind: 'stuck-deployment', distributionId: DIST })
    const run = await runAction({
      workspace: ws,
      inputs: { ...baseInputs, 'wait-timeout': '2s' },
      eventName: 'push',
      event: PUSH,
      env: awsEnv()
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::.*EDFDVBD6EXAMPLE.*InProgress.*wait-timeout/)
    expect(run.outputs).toMatchObject({ status: 'fail', 'distribution-status': 'InProgress' })
    expect(run.stdout).not.toMatch(/rolled back/)
    expect(run.summary).toMatch(/^### headerguard deploy · ❌ /)
  })
})
