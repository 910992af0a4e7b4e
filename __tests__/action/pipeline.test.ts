import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEPLOY_WITHOUT_CREDENTIALS, type AwsStage } from '../../src/pipeline.js'
import type { InputName } from '../../src/settings.js'
import { AwsError, DeployFailedError, WaitTimeoutError } from '../../src/errors.js'
import { policyRepo, runInProcess } from '../helpers/pipeline-run.js'
import { startSiteServer, type SiteServer } from '../helpers/site-server.js'

const POLICY = [
  'version: 1',
  'cloudfront: { distribution: EDFDVBD6EXAMPLE }',
  'lambda: { function: headerguard-test }',
  'headers:',
  '  x-frame-options: DENY',
  '  x-content-type-options: nosniff',
  'verify: { paths: [/] }'
].join('\n')

let site: SiteServer

beforeAll(async () => {
  site = await startSiteServer({
    '*': { headers: { 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff' } }
  })
})
afterAll(async () => site.close())

const run = (
  inputs: Partial<Record<InputName, string>>,
  eventName: string,
  env: NodeJS.ProcessEnv,
  cwd: string
) => runInProcess({ inputs, eventName, env, cwd }).result

describe('runPipeline without AWS credentials', () => {
  it('deploy fails with what to do, before loading the AWS stage or verifying', async () => {
    const result = await run({ mode: 'deploy', url: site.url }, 'push', {}, policyRepo(POLICY))
    expect(result.error).toBe(DEPLOY_WITHOUT_CREDENTIALS)
    expect(result.verify).toBeUndefined()
    expect(result.pkg?.manifest.codeSha256).toMatch(/=$/)
  })

  it('plan validates, builds and verifies, and notes that AWS was skipped', async () => {
    const result = await run(
      { mode: 'plan', url: site.url },
      'pull_request',
      {},
      policyRepo(POLICY)
    )
    expect(result.error).toBeUndefined()
    expect(result.notes.join('\n')).toMatch(/no AWS credentials.*AWS steps were skipped/)
    expect(result.verify?.status).toBe('pass')
  })

  it('a policy error stops the run before the build and AWS', async () => {
    const result = await run(
      { mode: 'deploy' },
      'push',
      { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' },
      // a header Lambda@Edge makes read-only, on line 7 of the file
      policyRepo(
        POLICY.replace(
          '  x-content-type-options: nosniff',
          '  x-content-type-options: nosniff\n  via: proxy'
        )
      )
    )
    expect(result.error).toMatch(/has errors: nothing was built or deployed/)
    expect(result.pkg).toBeUndefined()
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({
        rule: 'edge-read-only',
        pos: expect.objectContaining({ file: '.github/security-headers.yml', line: 7 })
      })
    ])
  })

  it('check with a URL needs no AWS at all', async () => {
    const result = await run({ mode: 'check', url: site.url }, 'schedule', {}, policyRepo(POLICY))
    expect(result.error).toBeUndefined()
    expect(result.verify?.status).toBe('pass')
  })
})

describe('runPipeline when the deploy fails half-way', () => {
  const creds = { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' }
  const partial = {
    mode: 'deploy' as const,
    functionName: 'headerguard-test',
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:headerguard-test:2',
    version: '2',
    codeChanged: true,
    changed: true,
    associations: [
      {
        distributionId: 'EDFDVBD6EXAMPLE',
        behavior: '*',
        previousArn: 'arn:…:1',
        newArn: 'arn:…:2',
        changed: true,
        state: 'written' as const
      }
    ],
    distributions: [],
    steps: []
  }

  function stage(failure: Error, rollbacks: string[]): () => Promise<AwsStage> {
    return async () => ({
      plan: async () => partial,
      deploy: async () => {
        throw new DeployFailedError(failure, partial)
      },
      rollback: async (outcome, _p, _s, _l, reason) => {
        rollbacks.push(reason)
        return {
          ...outcome,
          rolledBack: {
            to: 'arn:…:1',
            reason,
            restored: [{ distributionId: 'EDFDVBD6EXAMPLE', behavior: '*', arn: 'arn:…:1' }]
          }
        }
      },
      prune: async () => '',
      distributionStatuses: async () => ['Deployed'],
      siteUrls: async () => []
    })
  }

  async function deployWith(
    failure: Error,
    rollbacks: string[],
    inputs: Partial<Record<InputName, string>> = {}
  ) {
    return runInProcess({
      inputs: { mode: 'deploy', ...inputs },
      eventName: 'push',
      env: creds,
      cwd: policyRepo(POLICY),
      aws: stage(failure, rollbacks)
    }).result
  }

  it('rolls back what was written and still reports the error', async () => {
    const rollbacks: string[] = []
    const result = await deployWith(
      new AwsError('distribution EOTHER: PreconditionFailed 5 times'),
      rollbacks
    )
    expect(rollbacks).toEqual([
      'the deploy failed: distribution EOTHER: PreconditionFailed 5 times'
    ])
    expect(result.error).toMatch(/PreconditionFailed/)
    expect(result.outcome?.rolledBack?.to).toBe('arn:…:1')
    expect(result.distributionStatuses).toEqual(['Deployed'])
  })

  it('leaves a slow deployment alone and does not roll back', async () => {
    const rollbacks: string[] = []
    const result = await deployWith(new WaitTimeoutError('still InProgress'), rollbacks)
    expect(rollbacks).toEqual([])
    expect(result.error).toBe('still InProgress')
  })

  it('does not roll back when rollback-on-failure is false', async () => {
    const rollbacks: string[] = []
    await deployWith(new AwsError('refused'), rollbacks, { 'rollback-on-failure': 'false' })
    expect(rollbacks).toEqual([])
  })
})
