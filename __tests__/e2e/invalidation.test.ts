// The bundled action when CloudFront refuses the invalidation after a deployed change: the run
// keeps the new association, warns that cached objects keep their old headers until they
// expire, verifies with cache-busting requests and never rolls back because of it.
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  deployPolicy,
  DEPLOYED,
  DIST,
  POLICY_PATH,
  pushRun,
  worldPerTest
} from '../helpers/e2e-world.js'

const w = worldPerTest()

it.each(['TooManyInvalidationsInProgress', 'AccessDenied'] as const)(
  'a refused invalidation (%s) is a warning: the association stays and nothing is rolled back',
  async (error) => {
    // The first deploy's verification leaves the pages cached with the old referrer-policy;
    // CloudFront's Age is in whole seconds, so the copies are made ten seconds old (on the
    // emulator's clock) for the second deploy to be measurably later than them.
    const { ws, run: first } = await deployPolicy(w, DEPLOYED)
    w.advanceClock(10_000)
    ws.write(
      POLICY_PATH,
      DEPLOYED.replace('referrer-policy: no-referrer', 'referrer-policy: same-origin')
    )
    w.emulator.injectFault({ kind: 'refuse-invalidations', distributionId: DIST, error })
    const invalidationsBefore = w.distribution(DIST).invalidations.length

    const run = await pushRun(w, ws)

    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ changed: 'true', 'distribution-status': 'Deployed' })
    expect(run.outputs['function-arn']).not.toBe(first.outputs['function-arn'])
    // The association is kept: the edge serves the new version, no rollback was written.
    expect(w.distribution(DIST).deployedOriginResponseArns['*']).toBe(run.outputs['function-arn'])
    expect(w.mutatingCalls().filter((c) => c === 'cloudfront:UpdateDistribution')).toHaveLength(1)
    expect(run.stdout).not.toMatch(/rolled back|rolling back/i)
    expect(w.distribution(DIST).invalidations).toHaveLength(invalidationsBefore)
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
    expect(warnings.join('\n')).toMatch(
      new RegExp(
        `invalidation of /\\* refused \\(${error}: .*cached objects keep the headers they were stored with until they expire`
      )
    )
    expect(run.summary).toMatch(/invalidation refused/)

    // Verification also sent cache-busting requests; this behavior leaves the query string out
    // of the cache key (as CloudFront does without QueryString forwarding), so they too meet the
    // cached copy. Cached copies older than the deploy are stale-cache (a warning), not a
    // violation: the run passes and nothing is rolled back.
    const report = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8')) as {
      status: string
      results: { kind?: string; findings: { header: string; verdict: string; actual?: string }[] }[]
    }
    expect(report.status).toBe('pass')
    const referrer = (kind: string) =>
      report.results
        .filter((r) => r.kind === kind)
        .flatMap((r) => r.findings.filter((f) => f.header === 'referrer-policy'))
        .map((f) => f.verdict)
    expect(referrer('cache-bust')).not.toHaveLength(0)
    expect(referrer('page')).toContain('stale-cache')
    for (const verdict of [...referrer('page'), ...referrer('cache-bust')])
      expect(['pass', 'stale-cache']).toContain(verdict)
  }
)
