// `headerguard demo` as users run it (`npm run demo`): the bundled CLI as a process, starting
// the emulator and running the bundled action twice, at each verbosity.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { assertFreshDist } from '../helpers/fresh-dist.js'
import { runCli } from '../helpers/cli-process.js'

beforeAll(() => assertFreshDist())

function demo(args: string[]) {
  return runCli(['demo', ...args], { timeout: 60_000 })
}

/** The column heads of a URL's full table. */
const TABLE = /^ {2}header +expected +actual +verdict$/gm

describe('npm run demo (node dist/cli.js demo)', () => {
  it('ends green: deploys, verifies, changes one header, deploys and verifies again; one line per URL by default', async () => {
    const run = await demo([])
    expect(run.stdout).toContain('demo: green')
    expect(run.stdout).toMatch(/version 1, new code published/)
    expect(run.stdout).toMatch(/~ referrer-policy: strict-origin-when-cross-origin -> no-referrer/)
    expect(run.stdout).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/about\/index\.html +200 .*pass/m)
    expect(run.stdout.match(TABLE)).toBeNull()
    expect(run.stdout).toContain('(--verbose lists them)')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  }, 90_000)

  it('--quiet prints only the verdict of each step', async () => {
    const run = await demo(['--quiet'])
    const lines = run.stdout.split('\n').filter((line) => line !== '')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^1\. deploy examples\/static-site\.yml .*: PASS: \d+ pass, 0 error/)
    expect(lines[1]).toMatch(/^2\. change one header \(referrer-policy: no-referrer\).*: PASS: /)
    expect(lines[2]).toBe('demo: green — deployed, verified, changed, verified again')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  }, 90_000)

  it('--verbose prints every table, the removal list and both action logs', async () => {
    const run = await demo(['--verbose'])
    // Two runs of eight URLs; the http→https redirect has a table too.
    expect(run.stdout.match(TABLE)?.length).toBeGreaterThanOrEqual(14)
    expect(run.stdout).toMatch(/\+ removes \d+ header\(s\): .*x-powered-by\*/)
    expect(run.stderr).toContain('-- action log (run 1) --')
    expect(run.stderr).toContain('-- action log (run 2) --')
    expect(run.stdout).toContain('demo: green')
    expect(run.code).toBe(0)
  }, 90_000)

  it('a flag it does not take is refused before anything starts', async () => {
    const run = await demo(['--fail-on', 'never'])
    expect(run.stderr).toMatch(/Unknown option '--fail-on'; see headerguard demo --help/)
    expect(run.stdout).toBe('')
    expect(run.code).toBe(2)
  })
})
