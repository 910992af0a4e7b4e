// The bundled action when a deploy goes wrong: a function CloudFront rejects at the edge
// (caught and rolled back), a failed function update, a deployment that never finishes.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { makeWorkspace } from '../helpers/action-process.js'
import {
  DELETED_ARN,
  DELETED_PREVIOUS,
  deployPolicy,
  DEPLOYED,
  DIST,
  PADDED,
  POLICY_PATH,
  pushRun,
  worldPerTest
} from '../helpers/e2e-world.js'

const w = worldPerTest()

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
    const url = w.distribution(PADDED).viewerUrl
    const inputs = { url, 'role-arn': 'arn:aws:iam::123456789012:role/headerguard-edge' }
    const good = await pushRun(w, ws, inputs)
    expect(good.outputs).toMatchObject({ status: 'pass', version: '1' })

    ws.write(POLICY_PATH, policy(`  x-padding: ${'q'.repeat(15000)}`))
    const bad = await pushRun(w, ws, inputs)
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
    expect(w.distribution(PADDED).deployedOriginResponseArns['*']).toBe(
      good.outputs['function-arn']
    )
    expect(bad.summary).toMatch(/rolled back/i)
  })
})

describe('a rollback that fails too', () => {
  it('is tried once; the failed verification stays the cause, and the report says what is associated', async () => {
    // The previous origin-response function was deleted since it was associated: CloudFront
    // refuses to associate it again ("Lambda@Edge cannot retrieve the specified Lambda function").
    const ws = makeWorkspace({
      [POLICY_PATH]: [
        'version: 1',
        `cloudfront: { distribution: ${DELETED_PREVIOUS}, replace-existing: true }`,
        'lambda: { function: headerguard-padded }',
        'headers:',
        '  x-content-type-options: nosniff',
        `  x-padding: ${'q'.repeat(15000)}`,
        'verify: { paths: [/] }'
      ].join('\n')
    })
    const run = await pushRun(w, ws, {
      url: w.distribution(DELETED_PREVIOUS).viewerUrl,
      'role-arn': 'arn:aws:iam::123456789012:role/headerguard-edge'
    })

    expect(run.code).toBe(1)
    expect(run.stdout.match(/::group::Rollback/g)).toHaveLength(1)
    expect(run.stdout).toMatch(
      /::error::verification failed after the deploy, and the rollback failed too.*Lambda@Edge cannot retrieve the specified Lambda function/
    )
    expect(run.stdout).not.toMatch(/half-way|\.\. /)
    // The deploy's write, then the one refused rollback write: no second rollback.
    expect(w.mutatingCalls().filter((c) => c === 'cloudfront:UpdateDistribution')).toHaveLength(2)
    // What is associated now: still the new version, and the outputs say so.
    const associated = w.distribution(DELETED_PREVIOUS).deployedOriginResponseArns['*']
    expect(associated).toBe(run.outputs['function-arn'])
    expect(associated).not.toBe(DELETED_ARN)
    expect(run.outputs).toMatchObject({ status: 'fail', changed: 'true' })
  })
})

describe('a failed function update', () => {
  it('fails the run without touching the association, and the next run recovers', async () => {
    await deployPolicy(w, DEPLOYED)
    const ws = makeWorkspace({
      [POLICY_PATH]: DEPLOYED.replace(
        'referrer-policy: no-referrer',
        'referrer-policy: same-origin'
      )
    })
    const associated = w.distribution(DIST).deployedOriginResponseArns['*']
    w.emulator.injectFault({ kind: 'fail-function-update', functionName: 'headerguard-example' })
    const failed = await pushRun(w, ws)
    expect(failed.code).toBe(1)
    expect(failed.stdout).toMatch(/::error::Updating function headerguard-example failed/)
    expect(failed.outputs.status).toBe('fail')
    expect(w.distribution(DIST).deployedOriginResponseArns['*']).toBe(associated)

    const retried = await pushRun(w, ws)
    expect(retried.code).toBe(0)
    expect(retried.outputs).toMatchObject({ status: 'pass', changed: 'true' })
    expect(w.distribution(DIST).deployedOriginResponseArns['*']).toBe(
      retried.outputs['function-arn']
    )
    expect(retried.outputs['function-arn']).not.toBe(associated)
  })
})

describe('a deployment that never reaches Deployed', () => {
  it('fails after wait-timeout with what to do, reports InProgress, and does not roll back a slow deploy', async () => {
    await deployPolicy(w, DEPLOYED)
    const ws = makeWorkspace({
      [POLICY_PATH]: DEPLOYED.replace(
        'referrer-policy: no-referrer',
        'referrer-policy: strict-origin'
      )
    })
    w.emulator.injectFault({ kind: 'stuck-deployment', distributionId: DIST })
    const run = await pushRun(w, ws, { 'wait-timeout': '2s' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::.*EDFDVBD6EXAMPLE.*InProgress.*wait-timeout/)
    expect(run.outputs).toMatchObject({ status: 'fail', 'distribution-status': 'InProgress' })
    expect(run.stdout).not.toMatch(/rolled back/)
    expect(run.summary).toMatch(/^### headerguard deploy · ❌ /)
  })
})
