// How the demo runs the action: the real bundle (dist/index.js) as a child process, given only
// what a runner gives it — INPUT_* variables, the GITHUB_* files, the SDK's AWS_ENDPOINT_URL_* —
// and read back the way a workflow reads it: the step outputs and the JSON report they name.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { DeployOutcome } from '../aws/types.js'
import type { CspPreviewReport } from '../csp-preview/types.js'
import type { VerifyReport } from '../verify/types.js'

export interface RunReport extends VerifyReport {
  deploy?: DeployOutcome
  cspPreview?: CspPreviewReport
  notes?: string[]
}

export interface ActionResult {
  code: number | null
  outputs: Record<string, string>
  report?: RunReport
  log: string
  seconds: number
}

/**
 * Where a bundle (dist/index.js, dist/cli.js) is: beside the `headerguard` entry that is
 * running (dist/cli.js), else under cwd. Derived from argv at run time on purpose: ncc
 * rewrites paths it can see statically.
 */
function bundle(cwd: string, file: string): string {
  const wanted = ['dist', file].join('/')
  const entry = process.argv[1] ?? ''
  const candidates = [join(dirname(entry), file), join(cwd, wanted)]
  return candidates.find((path) => path.endsWith(wanted) && existsSync(path)) ?? join(cwd, wanted)
}

export const actionBundle = (cwd: string): string => bundle(cwd, 'index.js')
export const cliBundle = (cwd: string): string => bundle(cwd, 'cli.js')

/** The step outputs in a GITHUB_OUTPUT file, read as the runner reads them (`name<<DELIMITER` blocks, `name=value` lines). */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const value: string[] = []
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i] ?? '')
      outputs[heredoc[1] as string] = value.join('\n')
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return outputs
}

export async function runAction(
  bundle: string,
  workspace: string,
  env: Record<string, string>
): Promise<ActionResult> {
  const runner = join(workspace, '.runner')
  await mkdir(runner, { recursive: true })
  const files = {
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
    GITHUB_EVENT_PATH: join(runner, 'event.json')
  }
  await writeFile(files.GITHUB_OUTPUT, '')
  await writeFile(files.GITHUB_STEP_SUMMARY, '')
  await writeFile(
    files.GITHUB_EVENT_PATH,
    JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/site' } })
  )
  const started = Date.now()
  const child = spawn(process.execPath, [bundle], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: workspace,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/site',
      GITHUB_SHA: 'd3m0d3m0d3m0d3m0d3m0d3m0d3m0d3m0d3m0d3m0',
      RUNNER_TEMP: runner,
      ...files,
      ...env
    }
  })
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  const outputs = parseGithubOutput(await readFile(files.GITHUB_OUTPUT, 'utf8'))
  const report = outputs.report
    ? (JSON.parse(await readFile(outputs.report, 'utf8')) as RunReport)
    : undefined
  return { code, outputs, report, log, seconds: (Date.now() - started) / 1000 }
}

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
  seconds: number
}

/** `headerguard ARGS` as a user types it: the bundled CLI as a child process. */
export async function runHeaderguard(
  cli: string,
  args: string[],
  cwd: string,
  env: Record<string, string>
): Promise<CliResult> {
  const started = Date.now()
  const child = spawn(process.execPath, [cli, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  return { code, stdout, stderr, seconds: (Date.now() - started) / 1000 }
}
