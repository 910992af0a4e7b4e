import { describe, expect, it } from '@jest/globals'
import { cliInProcess } from '../helpers/cli-in-process.js'

function cli(argv: string[]) {
  return cliInProcess(argv, { env: process.env })
}

describe('headerguard --help', () => {
  it.each([
    'validate',
    'build',
    'check',
    'plan',
    'deploy',
    'emulator',
    'demo',
    'csp-preview',
    'csp-suggest'
  ])('%s --help prints its usage and exits 0', async (command) => {
    const run = await cli([command, '--help'])
    expect(run.code).toBe(0)
    expect(run.out).toMatch(new RegExp(`^usage: headerguard ${command}`))
  })

  it('plan --help lists the action inputs as flags', async () => {
    const run = await cli(['plan', '--help'])
    expect(run.out).toMatch(/^ {2}--distribution-id ID +CloudFront distribution id/m)
    expect(run.out).toMatch(/^ {2}--verbose +every table/m)
    // Flags that mean nothing here are not listed: waiting is deploy's, comments are GitHub's.
    expect(run.out).not.toContain('--wait-timeout')
    for (const flag of ['--github-token', '--comment', '--drift-issue', '--drift-comment'])
      expect(run.out).not.toContain(flag)
    // One line per flag, each with a description.
    const flagLines = run.out.split('\n').filter((l) => /^ {2}(-\w, )?--/.test(l))
    expect(flagLines.length).toBeGreaterThan(8)
    for (const line of flagLines) expect(line).toMatch(/^ {2}\S.*\S {2,}\S/)
    expect((await cli(['deploy', '--help'])).out).toContain('--wait-timeout MINUTES')
  })

  it('plan takes the CSP preview settings as flags; check and deploy, which never preview, do not', async () => {
    const plan = (await cli(['plan', '--help'])).out
    expect(plan).toMatch(/^ {2}--csp-preview WHEN +preview the new CSP/m)
    expect(plan).toMatch(/^ {2}--browser-path PATH +the Chrome or Chromium/m)
    for (const command of ['check', 'deploy'])
      expect((await cli([command, '--help'])).out).not.toContain('--csp-preview')
    const wrong = await cli(['plan', '--csp-preview', 'sometimes', '--url', 'https://x.example/'])
    expect(wrong.code).toBe(2)
    expect(wrong.err).toMatch(/`--csp-preview`.*use auto, true or false/)
  })

  it('check --help says which --url is checked as given and where the paths go', async () => {
    const url = (await cli(['check', '--help'])).out
      .split('\n')
      .find((l) => l.includes('--url URL'))
    expect(url).toMatch(/page, checked as given .*under its origin/)
    expect(url).toMatch(/folder ending in \/ .*under it/)
  })

  it('--version prints the version', async () => {
    const run = await cli(['--version'])
    expect(run.code).toBe(0)
    expect(run.out).toMatch(/^headerguard \d+\.\d+\.\d+\n$/)
  })

  it('speaks of flags, not inputs, with a did-you-mean', async () => {
    const run = await cli(['check', '--url', 'http://127.0.0.1:9/', '--fail-on', 'warnings'])
    expect(run.code).toBe(2)
    expect(run.err).toContain(
      "`--fail-on` must be error, warning or never (did you mean warning?), got 'warnings'"
    )
    expect(run.err).not.toContain('Input ')
    const comment = await cli(['plan', '--comment', 'true'])
    expect(comment.code).toBe(2)
    expect(comment.err).toMatch(/Unknown option '--comment'/)
  })

  it('an unknown command or flag exits 2 with a message', async () => {
    expect((await cli(['nope'])).code).toBe(2)
    const flag = await cli(['check', '--bogus'])
    expect(flag.code).toBe(2)
    expect(flag.err).toMatch(/Unknown option '--bogus'; see headerguard check --help/)
  })
})
