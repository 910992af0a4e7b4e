// The README's "Running the action locally" example, run as it stands in the README: the shell
// block between its markers goes to bash from the checkout, with `node` being the runner's
// Node 24. It starts the emulator, runs dist/index.js in deploy, plan and check mode and stops
// the emulator; if the README changes, this runs the new text.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { assertFreshDist } from '../helpers/fresh-dist.js'
import { actionNode } from '../helpers/runtimes.js'

beforeAll(() => assertFreshDist())

/** The shell block between `<!-- local-run:start -->` and `<!-- local-run:end -->`. */
function localRunScript(readme: string): string {
  const section = /<!-- local-run:start -->\s*```sh\n([\s\S]*?)```\s*<!-- local-run:end -->/.exec(
    readme
  )
  if (!section) throw new Error('README.md has no local-run block between its markers')
  return section[1]!
}

/** Each run's `::set-output` lines, one record per run of the action (split at its first group). */
function outputsPerRun(log: string): Record<string, string>[] {
  return log
    .split('::group::policy:')
    .slice(1)
    .map((run) =>
      Object.fromEntries(
        [...run.matchAll(/^::set-output name=([a-z-]+)::(.*)$/gm)].map((m) => [m[1]!, m[2]!])
      )
    )
}

describe('README: Running the action locally', () => {
  it('its example deploys, plans and checks against the emulator, each green', async () => {
    const script = localRunScript(readFileSync('README.md', 'utf8'))
    for (const mode of ['deploy', 'plan', 'check'])
      expect(script).toContain(`env INPUT_MODE=${mode} `)
    const temp = mkdtempSync(join(tmpdir(), 'headerguard-readme-run-'))
    const child = spawn('bash', ['-e', '-c', script], {
      detached: true,
      env: {
        PATH: `${dirname(actionNode())}${delimiter}${process.env.PATH ?? ''}`,
        HOME: temp,
        TMPDIR: temp
      }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    try {
      const code = await new Promise<number | null>((done) => child.on('close', done))
      expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' })
    } finally {
      // A failing step leaves the emulator running in the script's process group.
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // the group has already exited
      }
    }
    const [deploy, plan, check] = outputsPerRun(stdout)
    expect(deploy).toMatchObject({ status: 'pass', version: '1', changed: 'true' })
    expect(deploy!['distribution-status']).toBe('Deployed')
    expect(plan).toMatchObject({ status: 'pass', version: '1', changed: 'false' })
    expect(check).toMatchObject({ status: 'pass' })
    expect(stdout).not.toContain('::error::')
    // The summaries went where the README says: $RUN/summary.md, $RUN made by mktemp -d.
    const run = readdirSync(temp).find((name) => name.startsWith('tmp.'))
    expect(readFileSync(join(temp, run!, 'summary.md'), 'utf8')).toContain('### headerguard deploy')
  }, 120_000)
})
