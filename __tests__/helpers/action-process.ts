// Runs the bundled action the way the GitHub runner does: `node dist/index.js` with INPUT_*
// variables, the GITHUB_* files and the AWS endpoint variables, then reads back what it wrote.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseGithubOutput } from '../../src/cli/demo-action.js'
import { actionNode } from './runtimes.js'
import { assertFreshDist } from './fresh-dist.js'

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** `::error file=...,line=...::message` and friends, parsed from stdout. */
  annotations: { level: string; properties: Record<string, string>; message: string }[]
}

export interface Workspace {
  dir: string
  write(path: string, text: string): string
}

export function makeWorkspace(files: Record<string, string> = {}): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'headerguard-ws-'))
  const write = (path: string, text: string) => {
    const full = join(dir, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
    return full
  }
  for (const [path, text] of Object.entries(files)) write(path, text)
  return { dir, write }
}

export function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const found: ActionRun['annotations'] = []
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const [key, ...rest] = pair.split('=')
      properties[key as string] = decodeURIComponent(rest.join('=').replace(/%2C/g, ','))
    }
    found.push({ level: match[1] as string, properties, message: match[3] as string })
  }
  return found
}

export interface RunActionOptions {
  workspace: Workspace
  inputs: Record<string, string>
  eventName: string
  event: unknown
  env?: Record<string, string>
  timeoutMs?: number
}

/** The action as a running process: watch its log, send it a signal, await its end. */
export interface StartedAction {
  /** Resolves at the first stdout line matching `pattern`; rejects if the process ends first. */
  waitForLine(pattern: RegExp): Promise<string>
  /** Sends `name` to the process, as the runner does on a workflow cancel. */
  signal(name: NodeJS.Signals): void
  /** What it wrote, once it has exited. */
  done: Promise<ActionRun>
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  return startAction(options).done
}

export function startAction(options: RunActionOptions): StartedAction {
  const { workspace } = options
  const outputFile = workspace.write('.runner/output', '')
  const summaryFile = workspace.write('.runner/summary', '')
  const eventFile = workspace.write('.runner/event.json', JSON.stringify(options.event))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: workspace.dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace.dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_REPOSITORY: 'acme/site',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '1001',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: workspace.write('.runner/tmp/.keep', '') && join(workspace.dir, '.runner', 'tmp'),
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  assertFreshDist()
  const child = spawn(actionNode(), [resolve('dist/index.js')], { cwd: workspace.dir, env })
  let stdout = ''
  let stderr = ''
  let exited = false
  const watchers: { pattern: RegExp; found: (line: string) => void; gone: () => void }[] = []
  const notify = () => {
    const lines = stdout.split('\n')
    for (const w of [...watchers]) {
      const line = lines.find((l) => w.pattern.test(l))
      if (line !== undefined) {
        watchers.splice(watchers.indexOf(w), 1)
        w.found(line)
      } else if (exited) {
        watchers.splice(watchers.indexOf(w), 1)
        w.gone()
      }
    }
  }
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    notify()
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = finish()
  // Awaited by the test eventually; a test that fails first must not leave it unhandled.
  done.catch(() => undefined)
  return {
    waitForLine: (pattern) =>
      new Promise<string>((found, fail) => {
        watchers.push({
          pattern,
          found,
          gone: () =>
            fail(
              new Error(
                `dist/index.js ended without a line matching ${pattern}\n${stdout}\n${stderr}`
              )
            )
        })
        notify()
      }),
    signal: (name) => void child.kill(name),
    done
  }

  async function finish(): Promise<ActionRun> {
    const code = await new Promise<number | null>((done, fail) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        fail(
          new Error(
            `dist/index.js did not finish in ${options.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`
          )
        )
      }, options.timeoutMs ?? 60_000)
      child.on('close', (exitCode) => {
        clearTimeout(timer)
        exited = true
        notify()
        done(exitCode)
      })
    })
    if (process.env.E2E_LOG_DIR) {
      // Keep every run's log for a human: E2E_LOG_DIR=/tmp/e2e npm test -- __tests__/e2e
      mkdirSync(process.env.E2E_LOG_DIR, { recursive: true })
      writeFileSync(
        join(process.env.E2E_LOG_DIR, `${Date.now()}-${options.eventName}.log`),
        `${stdout}\n${stderr}`
      )
    }
    return {
      code,
      stdout,
      stderr,
      outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      annotations: parseAnnotations(stdout)
    }
  }
}
