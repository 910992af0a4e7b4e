// The `headerguard` bin as users run it: the bundle dist/cli.js under the runner's Node 24, as a
// process that does not block this one (tests often serve the site it reaches).
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { actionNode } from './runtimes.js'

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export async function runCli(
  args: string[],
  { timeout = 30_000, env = process.env }: { timeout?: number; env?: NodeJS.ProcessEnv } = {}
): Promise<CliRun> {
  const child = spawn(actionNode(), [resolve('dist/cli.js'), ...args], { timeout, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  return { code, stdout, stderr }
}
