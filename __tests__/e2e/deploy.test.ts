// The bundled action deploying on push: first deploy, no-op re-run, change, pruning, and a
// policy error that never reaches AWS. See __tests__/helpers/e2e-world.ts for the world.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { makeWorkspace } from '../helpers/action-process.js'
import {
  deployPolicy,
  DEPLOYED,
  DIST,
  EXAMPLE,
  POLICY_PATH,
  pushRun,
  worldPerTest
} from '../helpers/e2e-world.js'

const w = worldPerTest()

describe('deploy on push', () => {
  it('publishes version 1 and verifies green; a re-run writes nothing; a policy change publishes version 2', async () => {
    const ws = makeWorkspace({ [POLICY_PATH]: EXAMPLE })
    // First deploy: publishes version 1, associates it, waits for Deployed, verifies green.
    const run = await pushRun(w, ws)
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
    expect(w.distribution(DIST).deployedOriginResponseArns['*']).toBe(run.outputs['function-arn'])
    expect(w.mutatingCalls()).toEqual(
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
      expect.arrayContaining([`https://127.0.0.1:${new URL(w.distribution(DIST).viewerUrl).port}/`])
    )
    expect(run.summary).toContain('headerguard')
    expect(run.summary).toContain('content-security-policy')
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([])
    // A push has no pull request to comment on: said once in the log, no annotation.
    expect(run.stdout).toContain('pull-request comment: skipped, a push event has no pull request')
    expect(run.annotations.filter((a) => a.level === 'notice')).toEqual([])

    // Unchanged re-run: no AWS writes, changed=false, still green.
    w.emulator.resetCalls()
    const rerun = await pushRun(w, ws)
    expect(rerun.code).toBe(0)
    expect(rerun.outputs).toMatchObject({ status: 'pass', version: '1', changed: 'false' })
    expect(w.mutatingCalls()).toEqual([])

    // Policy change: publishes version 2, moves the association, verifies the new value.
    ws.write(POLICY_PATH, DEPLOYED)
    w.emulator.resetCalls()
    const changed = await pushRun(w, ws)
    expect(changed.code).toBe(0)
    expect(changed.outputs).toMatchObject({
      status: 'pass',
      version: '2',
      changed: 'true',
      'previous-function-arn':
        'arn:aws:lambda:us-east-1:123456789012:function:headerguard-example:1'
    })
    expect(w.distribution(DIST).deployedOriginResponseArns['*']).toMatch(/:headerguard-example:2$/)
    expect(w.mutatingCalls()).toEqual(
      expect.arrayContaining([
        'lambda:UpdateFunctionCode',
        'lambda:PublishVersion',
        'cloudfront:UpdateDistribution'
      ])
    )
    expect(changed.summary).toContain('no-referrer')
  })
})

describe('prune-versions', () => {
  it('after a green deploy deletes the unused old version and keeps the associated one', async () => {
    const { ws } = await deployPolicy(w, EXAMPLE)
    ws.write(POLICY_PATH, DEPLOYED)
    const second = await pushRun(w, ws)
    expect(second.outputs).toMatchObject({ status: 'pass', version: '2' })
    const before = w.emulator.state().functions.find((f) => f.name === 'headerguard-example')
    expect(before?.versions.map((v) => v.version)).toEqual(expect.arrayContaining(['1', '2']))
    const run = await pushRun(w, ws, { 'prune-versions': '0' })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('deleted versions 1')
    const after = w.emulator.state().functions.find((f) => f.name === 'headerguard-example')
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
    w.emulator.resetCalls()
    const run = await pushRun(w, ws)
    expect(run.code).toBe(1)
    expect(w.emulator.calls()).toEqual([])
    const errors = run.annotations.filter(
      (a) => a.level === 'error' && a.properties.file === POLICY_PATH
    )
    expect(errors.map((a) => a.properties.line)).toContain(String(line))
    expect(run.stdout).toMatch(/::error::.*security-headers\.yml has errors/)
    expect(run.outputs.status).toBe('fail')
  })
})
