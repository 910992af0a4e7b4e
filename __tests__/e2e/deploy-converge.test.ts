// The bundled action after a deploy that did not finish: cancelled (SIGINT/SIGTERM, as the
// runner sends on a workflow cancel) or out of wait-timeout while the distribution was
// InProgress. The cancelled run writes its outputs and summary and exits 128 + the signal; the
// re-run finds the association already in place, waits for Deployed, invalidates exactly once
// and verifies green; the run after that writes nothing at all.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Workspace } from '../helpers/action-process.js'
import {
  deployPolicy,
  DEPLOYED,
  DIST,
  POLICY_PATH,
  pushRun,
  pushStart,
  worldPerTest
} from '../helpers/e2e-world.js'

const w = worldPerTest()

/** The summary's text with Markdown's backslash escapes undone. */
const plain = (markdown: string) => markdown.replace(/\\([\\`*_{}[\]()#+!|~])/g, '$1')

/** The change the interrupted deploy carries. */
const SAME_ORIGIN = DEPLOYED.replace('referrer-policy: no-referrer', 'referrer-policy: same-origin')
/** CloudFront's propagation time on the emulator's clock: no run sees it end by itself. */
const DEPLOY_MS = 600_000

/**
 * A deployed site whose pages are cached with the old referrer-policy (by the first deploy's
 * verification, aged 10 s on the emulator's clock so a later deploy is measurably later), and a
 * policy change whose deployment takes DEPLOY_MS.
 */
async function siteWithSlowChange() {
  const { ws, run } = await deployPolicy(w, DEPLOYED)
  w.advanceClock(10_000)
  ws.write(POLICY_PATH, SAME_ORIGIN)
  w.emulator.setDelays({ deployMs: DEPLOY_MS })
  return { ws, first: run }
}

async function cancelledWhileWaiting(ws: Workspace, signal: NodeJS.Signals) {
  const started = pushStart(w, ws, { 'wait-timeout': '30' })
  await started.waitForLine(/updated; waiting for Deployed/)
  started.signal(signal)
  return started.done
}

/** The re-run: waits for Deployed (the emulator's clock is moved once it waits), invalidates once, green. */
async function rerunConverges(ws: Workspace, associated: string) {
  w.emulator.resetCalls()
  const invalidationsBefore = w.distribution(DIST).invalidations.length
  const started = pushStart(w, ws)
  await started.waitForLine(/already associated; distribution InProgress: waiting for Deployed/)
  w.advanceClock(DEPLOY_MS)
  const run = await started.done
  expect(run.code).toBe(0)
  expect(run.outputs).toMatchObject({
    status: 'pass',
    changed: 'false',
    'distribution-status': 'Deployed',
    'function-arn': associated
  })
  expect(w.mutatingCalls()).toEqual(['cloudfront:CreateInvalidation'])
  expect(w.distribution(DIST).invalidations).toHaveLength(invalidationsBefore + 1)
  expect(w.distribution(DIST).deployedOriginResponseArns['*']).toBe(associated)
  // Every page has the new header: nothing stale was left in the cache.
  const report = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8')) as {
    status: string
    results: { findings: { header: string; verdict: string; actual?: string }[] }[]
  }
  expect(report.status).toBe('pass')
  const referrer = report.results.flatMap((r) =>
    r.findings.filter((f) => f.header === 'referrer-policy')
  )
  expect(referrer).not.toHaveLength(0)
  expect(referrer.map((f) => f.verdict)).toEqual(referrer.map(() => 'pass'))
  expect(plain(run.summary)).toContain(
    'association already in place: waited for Deployed and invalidated, as the distribution had changed since its last invalidation'
  )
  return run
}

/** A run after the converged one: nothing left to do, so no write at all. */
async function thirdRunWritesNothing(ws: Workspace) {
  w.emulator.resetCalls()
  const newest = w.distribution(DIST).invalidations[0]?.id ?? ''
  expect(newest).toMatch(/^I/)
  const run = await pushRun(w, ws)
  expect(run.code).toBe(0)
  expect(run.outputs).toMatchObject({ status: 'pass', changed: 'false' })
  expect(w.mutatingCalls()).toEqual([])
  expect(run.stdout).toContain(
    `Distribution ${DIST}: invalidation ${newest} created after the last change: not invalidating again`
  )
}

describe('a deploy cancelled while waiting for Deployed', () => {
  it('SIGTERM: outputs and summary written, exit 143, association kept; the re-run converges; the next run writes nothing', async () => {
    const { ws, first } = await siteWithSlowChange()
    w.emulator.resetCalls()
    const cancelled = await cancelledWhileWaiting(ws, 'SIGTERM')

    expect(cancelled.code).toBe(143)
    expect(cancelled.outputs).toMatchObject({
      status: 'fail',
      changed: 'true',
      version: '2',
      'previous-function-arn': first.outputs['function-arn'],
      'distribution-status': 'InProgress'
    })
    const associated = cancelled.outputs['function-arn'] ?? ''
    expect(associated).toMatch(/:headerguard-example:2$/)
    // What AWS has: the new association written, still deploying (the edge serves the old one).
    expect(w.distribution(DIST).originResponseArns['*']).toBe(associated)
    expect(w.distribution(DIST).deployedOriginResponseArns['*']).toBe(first.outputs['function-arn'])
    // Nothing more: one write, no invalidation, no rollback.
    expect(w.mutatingCalls().filter((c) => c.startsWith('cloudfront:'))).toEqual([
      'cloudfront:UpdateDistribution'
    ])
    expect(cancelled.stdout).not.toMatch(/rolling back|rolled back to/i)
    const summary = plain(cancelled.summary)
    expect(summary).toMatch(
      /^### headerguard deploy · ❌ the run was cancelled \(SIGTERM\) after it wrote the association; a re-run finishes the wait for Deployed and the invalidation/
    )
    expect(summary).toContain('Nothing was rolled back (a cancel is not a failed verification)')
    expect(summary).toContain(
      'the re-run finds the association in place, waits for Deployed, invalidates unless an invalidation was already made after the change, and verifies'
    )
    expect(summary).toContain(`Distribution ${DIST}: stopped, cancelled by SIGTERM`)

    const rerun = await rerunConverges(ws, associated)
    expect(rerun.stdout).toMatch(/already associated; .*: invalidating \/\*/)
    await thirdRunWritesNothing(ws)
  })

  it('SIGINT (what the runner sends first): outputs and summary written, exit 130', async () => {
    const { ws } = await siteWithSlowChange()
    const cancelled = await cancelledWhileWaiting(ws, 'SIGINT')
    expect(cancelled.code).toBe(130)
    expect(cancelled.outputs).toMatchObject({
      status: 'fail',
      changed: 'true',
      'distribution-status': 'InProgress'
    })
    expect(w.distribution(DIST).originResponseArns['*']).toBe(cancelled.outputs['function-arn'])
    expect(plain(cancelled.summary)).toMatch(
      /the run was cancelled \(SIGINT\) after it wrote the association/
    )
  })
})

describe('a deploy that hit wait-timeout while InProgress', () => {
  it('is not rolled back; the re-run waits for Deployed, invalidates once and verifies green', async () => {
    const { ws } = await siteWithSlowChange()
    w.emulator.resetCalls()
    const timedOut = await pushRun(w, ws, { 'wait-timeout': '1s' })
    expect(timedOut.code).toBe(1)
    expect(timedOut.outputs).toMatchObject({
      status: 'fail',
      changed: 'true',
      'distribution-status': 'InProgress'
    })
    expect(timedOut.stdout).toMatch(
      /::error::.*still InProgress.*run again \(the re-run waits for Deployed and invalidates\)/
    )
    expect(w.mutatingCalls().filter((c) => c.startsWith('cloudfront:'))).toEqual([
      'cloudfront:UpdateDistribution'
    ])
    await rerunConverges(ws, timedOut.outputs['function-arn'] ?? '')
    await thirdRunWritesNothing(ws)
  })
})
