// After a deploy goes wrong: the rollback runs at most once, the first cause stays the reported
// one, and whether a failure is "slow" does not depend on the order of the distributions.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { settleAll } from '../../src/aws/settle.js'
import type { DeployOutcome } from '../../src/aws/types.js'
import {
  AwsError,
  CancelledError,
  DeployFailedError,
  FailuresError,
  WaitTimeoutError,
  onlySlow
} from '../../src/errors.js'
import { describeEvent } from '../../src/event.js'
import { memoryLogger } from '../../src/log.js'
import { cancelledBeforeRollback } from '../../src/pipeline-recovery.js'
import { runPipeline, type AwsStage } from '../../src/pipeline.js'
import { readSettings, type InputName } from '../../src/settings.js'
import { startHangingSite, startSiteServer, type SiteServer } from '../helpers/site-server.js'

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:headerguard-test'
const POLICY = [
  'version: 1',
  'cloudfront: { distribution: [EAAAAAAAAAAAAA, EBBBBBBBBBBBBB] }',
  'lambda: { function: headerguard-test }',
  'headers:',
  '  x-frame-options: DENY',
  'verify: { paths: [/] }'
].join('\n')

let site: SiteServer
beforeAll(async () => {
  // The site serves no x-frame-options: verification after the deploy fails.
  site = await startSiteServer({ '*': { headers: {} } })
})
afterAll(async () => site.close())

const written = (distributionId: string) => ({
  distributionId,
  behavior: '*',
  previousArn: `${ARN}:1`,
  newArn: `${ARN}:2`,
  changed: true,
  state: 'written' as const
})

const deployed: DeployOutcome = {
  mode: 'deploy',
  functionName: 'headerguard-test',
  functionArn: `${ARN}:2`,
  version: '2',
  codeChanged: true,
  changed: true,
  associations: [written('EAAAAAAAAAAAAA'), written('EBBBBBBBBBBBBB')],
  distributions: [],
  steps: []
}

interface Calls {
  rollbacks: string[]
}

function stage(
  calls: Calls,
  behaviour: { deploy: () => Promise<DeployOutcome>; rollback?: () => Promise<DeployOutcome> }
) {
  return async (): Promise<AwsStage> => ({
    plan: async () => deployed,
    deploy: behaviour.deploy,
    rollback: async (outcome, _p, _s, _l, reason) => {
      calls.rollbacks.push(reason)
      if (behaviour.rollback) return behaviour.rollback()
      return { ...outcome, rolledBack: { to: `${ARN}:1`, reason, restored: [] } }
    },
    prune: async () => '',
    distributionStatuses: async () => ['Deployed', 'Deployed'],
    siteUrls: async () => []
  })
}

function runDeploy(aws: () => Promise<AwsStage>, signal?: AbortSignal, url = site.url) {
  const dir = mkdtempSync(join(tmpdir(), 'headerguard-recovery-'))
  mkdirSync(join(dir, '.github'))
  writeFileSync(join(dir, '.github', 'security-headers.yml'), POLICY)
  const inputs: Partial<Record<InputName, string>> = { mode: 'deploy', url }
  return runPipeline({
    settings: readSettings((name) => inputs[name] ?? ''),
    event: describeEvent('push', {}, {}),
    env: { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' },
    cwd: dir,
    log: memoryLogger(),
    aws,
    signal
  })
}

describe('verification fails and the rollback fails too', () => {
  it('rolls back once and reports the failed verification as the cause', async () => {
    const calls: Calls = { rollbacks: [] }
    const partly: DeployOutcome = {
      ...deployed,
      associations: [
        { ...written('EAAAAAAAAAAAAA'), newArn: `${ARN}:1`, changed: false, state: 'restored' },
        written('EBBBBBBBBBBBBB')
      ],
      rolledBack: {
        to: `${ARN}:1`,
        reason: 'verification failed after the deploy',
        restored: [{ distributionId: 'EAAAAAAAAAAAAA', behavior: '*', arn: `${ARN}:1` }]
      }
    }
    const result = await runDeploy(
      stage(calls, {
        deploy: async () => deployed,
        rollback: async () => {
          throw new DeployFailedError(
            new AwsError('Updating distribution EBBBBBBBBBBBBB: Throttling'),
            partly
          )
        }
      })
    )
    expect(calls.rollbacks).toEqual(['verification failed after the deploy'])
    expect(result.verify?.status).toBe('fail')
    expect(result.error).toMatch(
      /^verification failed after the deploy, and the rollback failed too \(restored: .*:1\): Updating distribution EBBBBBBBBBBBBB: Throttling/
    )
    expect(result.notes.join('\n')).not.toMatch(/half-way/)
    // What is associated now: A restored, B still on the new version.
    expect(result.outcome?.associations.map((a) => a.state)).toEqual(['restored', 'written'])
  })
})

describe('slow or failed, whatever the order of the distributions', () => {
  const timeout = new WaitTimeoutError('Distribution EAAAAAAAAAAAAA was still InProgress')
  const refused = new AwsError(
    'Updating distribution EBBBBBBBBBBBBB: InvalidLambdaFunctionAssociation'
  )

  it('settleAll keeps every failure, in either order', async () => {
    for (const order of [
      [timeout, refused],
      [refused, timeout]
    ]) {
      const error = await settleAll(order.map((e) => Promise.reject(e))).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(FailuresError)
      expect((error as FailuresError).failures).toEqual(order)
      expect(onlySlow(new DeployFailedError(error, deployed))).toBe(false)
    }
    const both = await settleAll([Promise.reject(timeout), Promise.reject(timeout)]).catch(
      (e: unknown) => e
    )
    expect(onlySlow(new DeployFailedError(both, deployed))).toBe(true)
  })

  it.each([
    ['timeout first', [timeout, refused]],
    ['refused first', [refused, timeout]]
  ])('a timeout and a refusal (%s) are a failed deploy: rolled back once', async (_, order) => {
    const calls: Calls = { rollbacks: [] }
    const result = await runDeploy(
      stage(calls, {
        deploy: async () => {
          throw new DeployFailedError(new FailuresError(order), deployed)
        }
      })
    )
    expect(calls.rollbacks).toHaveLength(1)
    expect(calls.rollbacks[0]).toMatch(/^the deploy failed: /)
    expect(result.error).toContain('InvalidLambdaFunctionAssociation')
    expect(result.error).toContain('still InProgress')
  })

  it('two timeouts are a slow deploy: not rolled back', async () => {
    const calls: Calls = { rollbacks: [] }
    await runDeploy(
      stage(calls, {
        deploy: async () => {
          throw new DeployFailedError(new FailuresError([timeout, timeout]), deployed)
        }
      })
    )
    expect(calls.rollbacks).toEqual([])
  })
})

describe('a cancelled deploy (SIGINT/SIGTERM)', () => {
  it('is not rolled back, skips verification, and says what stays and that a re-run finishes it', async () => {
    const calls: Calls = { rollbacks: [] }
    const controller = new AbortController()
    const result = await runDeploy(
      stage(calls, {
        deploy: async () => {
          // The wait for Deployed ends at the cancel, the association already written.
          controller.abort(new CancelledError('SIGTERM'))
          throw new DeployFailedError(new CancelledError('SIGTERM'), deployed)
        }
      }),
      controller.signal
    )
    expect(calls.rollbacks).toEqual([])
    expect(result.cancelled).toBe('SIGTERM')
    expect(result.verify).toBeUndefined()
    expect(result.error).toBe(
      'the run was cancelled (SIGTERM) after it wrote the association; a re-run finishes the wait for Deployed and the invalidation'
    )
    const note = result.notes.find((n) => n.startsWith('cancelled by SIGTERM'))
    expect(note).toContain(
      "after writing the association of EAAAAAAAAAAAAA '*', EBBBBBBBBBBBBB '*': it stays"
    )
    expect(note).toContain('Nothing was rolled back (a cancel is not a failed verification)')
    expect(note).toContain('the re-run finds the association in place, waits for Deployed')
    // The outputs still get the distributions' status.
    expect(result.distributionStatuses).toEqual(['Deployed', 'Deployed'])
  })

  it('before anything was written says so', async () => {
    const controller = new AbortController()
    controller.abort(new CancelledError('SIGINT'))
    const calls: Calls = { rollbacks: [] }
    const result = await runDeploy(
      stage(calls, { deploy: async () => deployed }),
      controller.signal
    )
    expect(result.outcome).toBeUndefined()
    expect(result.error).toBe('the run was cancelled (SIGINT) before it changed any association')
    expect(calls.rollbacks).toEqual([])
  })
})

describe('a cancel around a failure', () => {
  it('a real failure followed by a late signal keeps its own words and is rolled back', async () => {
    const calls: Calls = { rollbacks: [] }
    const controller = new AbortController()
    const result = await runDeploy(
      stage(calls, {
        deploy: async () => {
          controller.abort(new CancelledError('SIGTERM'))
          throw new DeployFailedError(
            new AwsError('Updating distribution EBBBBBBBBBBBBB failed: AccessDenied'),
            deployed
          )
        }
      }),
      controller.signal
    )
    expect(result.cancelled).toBeUndefined()
    expect(result.error).toMatch(/AccessDenied/)
    expect(result.error).not.toMatch(/cancelled/)
    expect(calls.rollbacks).toHaveLength(1)
  })

  it('a cancel while verification runs ends it: the site is not judged, nothing rolled back', async () => {
    const controller = new AbortController()
    // The site takes the request and never answers; the cancel arrives meanwhile.
    const hanging = await startHangingSite(() => controller.abort(new CancelledError('SIGTERM')))
    const calls: Calls = { rollbacks: [] }
    try {
      const result = await runDeploy(
        stage(calls, { deploy: async () => deployed }),
        controller.signal,
        hanging.url
      )
      expect(result.verify).toBeUndefined()
      expect(calls.rollbacks).toEqual([])
      expect(result.cancelled).toBe('SIGTERM')
      expect(result.error).toBe(
        'the run was cancelled (SIGTERM) after it wrote the association; a re-run finishes the wait for Deployed and the invalidation'
      )
    } finally {
      await hanging.close()
    }
  })

  it('a cancel after a failed verification, before its rollback, names the previous version', () => {
    expect(cancelledBeforeRollback({ ...deployed, previousFunctionArn: `${ARN}:1` })).toBe(
      `verification failed after this run's change, and the run was cancelled before it could roll back: the new association stays. The previous version was ${ARN}:1. To undo it, revert the policy change and run again: that deploys the previous headers`
    )
  })

  it('a cancel during the rollback is reported as a cancel, with what was restored', async () => {
    const calls: Calls = { rollbacks: [] }
    const controller = new AbortController()
    const partly: DeployOutcome = {
      ...deployed,
      rolledBack: { to: `${ARN}:1`, reason: 'verification failed after the deploy', restored: [] }
    }
    const result = await runDeploy(
      stage(calls, {
        deploy: async () => deployed,
        rollback: async () => {
          controller.abort(new CancelledError('SIGINT'))
          throw new DeployFailedError(new CancelledError('SIGINT'), partly)
        }
      }),
      controller.signal
    )
    expect(calls.rollbacks).toHaveLength(1)
    expect(result.cancelled).toBe('SIGINT')
    expect(result.error).toMatch(
      /^verification failed after the deploy, and the rollback was cancelled \(SIGINT\) \(restored: .*:1\)/
    )
  })
})

describe('a re-run that converged (association already in place, waited and invalidated)', () => {
  it('verifies as after a deploy (cache-busting requests) and never rolls back', async () => {
    const calls: Calls = { rollbacks: [] }
    const unchanged = (distributionId: string) => ({
      ...written(distributionId),
      previousArn: `${ARN}:2`,
      changed: false,
      state: 'unchanged' as const
    })
    const converged: DeployOutcome = {
      ...deployed,
      codeChanged: false,
      changed: false,
      converged: true,
      associations: [unchanged('EAAAAAAAAAAAAA'), unchanged('EBBBBBBBBBBBBB')]
    }
    const result = await runDeploy(stage(calls, { deploy: async () => converged }))
    expect(result.verify?.status).toBe('fail')
    expect(result.verify?.results.some((r) => r.kind === 'cache-bust')).toBe(true)
    expect(calls.rollbacks).toEqual([])
    expect(result.notes).toContain(
      'verification failed; nothing was rolled back: this run wrote no association (it finished deploying the one an earlier run wrote)'
    )
  })
})
