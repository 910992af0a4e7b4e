// `headerguard plan` as users run it (the bundled dist/cli.js under Node 24) against the demo's
// distribution on the embedded emulator with the demo policy: quiet by default (a screen),
// every table with --verbose, the verdict alone with --quiet.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { defaultState, startEmulator } from '../../src/emulator/index.js'
import type { RunningEmulator } from '../../src/emulator/types.js'
import { ZERO_DELAYS } from '../helpers/emulator-fixtures.js'
import { runCli } from '../helpers/cli-process.js'
import { assertFreshDist } from '../helpers/fresh-dist.js'

let emulator: RunningEmulator
beforeAll(async () => {
  assertFreshDist()
  emulator = await startEmulator({
    port: 0,
    delays: ZERO_DELAYS,
    state: defaultState('redirect-to-https')
  })
}, 30_000)
afterAll(async () => emulator?.close())

async function plan(...flags: string[]) {
  const env = {
    PATH: process.env.PATH ?? '',
    AWS_ACCESS_KEY_ID: 'cli',
    AWS_SECRET_ACCESS_KEY: 'cli',
    AWS_REGION: 'us-east-1',
    ...emulator.sdkEnv()
  }
  const run = await runCli(['plan', '--policy', 'examples/static-site.yml', ...flags], { env })
  const out = run.stdout + run.stderr
  return { code: run.code, out, lines: out.trimEnd().split('\n') }
}

describe('headerguard plan (bundled) on the demo distribution', () => {
  it('prints at most 40 lines by default, every table with --verbose, the verdict with --quiet', async () => {
    const normal = await plan()
    expect(normal.code).toBe(0)
    expect(normal.lines.length).toBeLessThanOrEqual(40)
    expect(normal.out).toMatch(
      /^PASS: after this merge the site will serve the policy: fixes \d+ headers/m
    )
    expect(normal.out).toMatch(/removes \d+ header\(s\) \(--verbose lists them\)/)

    const verbose = await plan('--verbose')
    expect(verbose.code).toBe(0)
    expect(verbose.lines.length).toBeGreaterThan(normal.lines.length)
    expect(verbose.out).toMatch(/header\s+now\s+after merge\s+verdict/)
    expect(verbose.out).toContain('== build')

    const quiet = await plan('--quiet')
    expect(quiet.code).toBe(0)
    expect(quiet.lines).toHaveLength(1)
    expect(quiet.lines[0]).toMatch(/^PASS: after this merge/)
  }, 90_000)
})
