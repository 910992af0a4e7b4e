// A headerguard command run in this process (src/cli/run.ts), stdout and stderr captured: the
// unit-level twin of cli-process.ts, which runs the bundle as a process.
import { PassThrough } from 'node:stream'
import { runCli } from '../../src/cli/run.js'

export async function cliInProcess(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (c: Buffer) => (out += c.toString()))
  stderr.on('data', (c: Buffer) => (err += c.toString()))
  const code = await runCli(args, { stdout, stderr, env: {}, ...options })
  return { code, out, err }
}
