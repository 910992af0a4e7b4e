import { describe, expect, it } from '@jest/globals'
import { PassThrough } from 'node:stream'
import { runCli } from '../../src/cli/run.js'

async function cli(argv: string[]) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (c: Buffer) => (out += c.toString()))
  stderr.on('data', (c: Buffer) => (err += c.toString()))
  const code = await runCli(argv, { stdout, stderr })
  return { code, out, err }
}

describe('headerguard --help', () => {
  it.each(['validate', 'build', 'check', 'plan', 'deploy', 'emulator', 'demo'])(
    '%s --help prints its usage and exits 0',
    async (command) => {
      const run = await cli([command, '--help'])
      expect(run.code).toBe(0)
      expect(run.out).toMatch(new RegExp(`^usage: headerguard ${command}`))
    }
  )

  it('plan --help lists the action inputs as flags', async () => {
    const run = await cli(['plan', '--help'])
    expect(run.out).toContain('--distribution-id VALUE')
    expect(run.out).toContain('--wait-timeout VALUE')
    expect(run.out).not.toContain('--github-token')
  })

  it('an unknown command or flag exits 2 with a message', async () => {
    expect((await cli(['nope'])).code).toBe(2)
    const flag = await cli(['check', '--bogus'])
    expect(flag.code).toBe(2)
    expect(flag.err).toMatch(/Unknown option '--bogus'; see headerguard check --help/)
  })
})
