// `headerguard demo`: the whole loop, offline, on the embedded emulator. It starts the emulator
// in front of examples/site/, runs the real bundled action (dist/index.js, as a child process,
// the way the runner does) in deploy mode with examples/static-site.yml, then changes one
// header in a copy of the policy and deploys again. It talks to the action only through what a
// runner gives it: INPUT_* variables, the GITHUB_* files and the SDK's AWS_ENDPOINT_URL_*.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultState, startEmulator } from '../emulator/index.js'
import { InputError } from '../errors.js'
import { renderOutcome, renderReport, renderResult } from '../report/terminal.js'
import type { DeployOutcome } from '../aws/types.js'
import type { VerifyReport } from '../verify/types.js'
import { type CliContext, ExitCode, writeLine } from './context.js'

const EXAMPLE_POLICY = 'examples/static-site.yml'
const EXAMPLE_SITE = 'examples/site'
const ACTION_BUNDLE = ['dist', 'index.js'].join('/')
/** The demo's one policy change: a stricter Referrer-Policy. */
const CHANGE = {
  from: 'referrer-policy: strict-origin-when-cross-origin',
  to: 'referrer-policy: no-referrer'
}

interface RunReport extends VerifyReport {
  deploy?: DeployOutcome
  notes?: string[]
}

interface ActionResult {
  code: number | null
  outputs: Record<string, string>
  report?: RunReport
  log: string
  seconds: number
}

/**
 * Where dist/index.js is: beside the `headerguard` entry that is running (dist/cli.js), else
 * under cwd. Derived from argv at run time on purpose: ncc rewrites paths it can see
 * statically.
 */
function actionBundle(cwd: string): string {
  const entry = process.argv[1] ?? ''
  const candidates = [join(dirname(entry), 'index.js'), join(cwd, ACTION_BUNDLE)]
  return (
    candidates.find((path) => path.endsWith(ACTION_BUNDLE) && existsSync(path)) ??
    join(cwd, ACTION_BUNDLE)
  )
}

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

async function runAction(
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

/** The first page's full table, then one line per other URL (all of them: `--verbose`). */
function verification(report: RunReport, verbose: boolean): string {
  if (verbose) return renderReport(report)
  const [first, ...rest] = report.results
  const lines = first ? [renderResult(first), ''] : []
  for (const result of rest) {
    const failed = result.findings.filter((f) => f.verdict !== 'pass').length
    const verdict = result.error
      ? `error: ${result.error}`
      : failed
        ? `${failed} FAILED`
        : 'all pass'
    lines.push(
      `${result.url}  ${result.status ?? 'no answer'} (${result.kind}): ${result.findings.length} checks, ${verdict}`
    )
  }
  lines.push(
    `verification: ${report.status}, Observatory grade ${report.grade ?? 'n/a'} (--verbose shows every table)`
  )
  return lines.join('\n')
}

function story(title: string, result: ActionResult, verbose: boolean): string {
  const lines = [`\n== ${title}`]
  if (result.report?.deploy) lines.push(renderOutcome(result.report.deploy))
  const deployed = result.report?.deploy?.distributions.find((d) => d.deployedAfterMs !== undefined)
  if (deployed?.deployedAfterMs !== undefined) {
    lines.push(`time to Deployed: ${(deployed.deployedAfterMs / 1000).toFixed(1)} s`)
  }
  if (result.report?.results.length) lines.push('', verification(result.report, verbose))
  lines.push(
    '',
    `action exit code ${result.code} in ${result.seconds.toFixed(1)} s; outputs: status=${result.outputs.status ?? ''} version=${result.outputs.version ?? ''} changed=${result.outputs.changed ?? ''} grade=${result.outputs.grade ?? ''}`
  )
  return lines.join('\n')
}

export async function demoCommand(ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: ctx.args,
    options: { verbose: { type: 'boolean' } },
    strict: true
  })
  const policyPath = resolve(ctx.cwd, EXAMPLE_POLICY)
  if (!existsSync(policyPath) || !existsSync(resolve(ctx.cwd, EXAMPLE_SITE))) {
    throw new InputError(
      `run the demo from the headerguard checkout: ${EXAMPLE_POLICY} and ${EXAMPLE_SITE}/ are not under ${ctx.cwd}`
    )
  }
  const bundle = actionBundle(ctx.cwd)
  if (!existsSync(bundle)) throw new InputError(`${bundle} is missing: run npm run bundle first`)

  // A short propagation delay, so the wait for Deployed is visible without making anyone wait.
  const emulator = await startEmulator({
    port: 0,
    cwd: ctx.cwd,
    state: defaultState('redirect-to-https'),
    delays: { deployMs: 1500, functionCreateMs: 300, functionUpdateMs: 300, invalidationMs: 200 }
  })
  const workspace = await mkdtemp(join(tmpdir(), 'headerguard-demo-'))
  try {
    const [distributionId, viewer] = Object.entries(emulator.viewers)[0] ?? []
    writeLine(
      ctx.stdout,
      'headerguard demo: the whole loop on the embedded CloudFront + Lambda@Edge emulator (offline)'
    )
    writeLine(
      ctx.stdout,
      `emulator API ${emulator.endpoint}; distribution ${distributionId} serves ${EXAMPLE_SITE}/ at ${viewer}`
    )
    const policyText = await readFile(policyPath, 'utf8')
    await mkdir(join(workspace, '.github'), { recursive: true })
    const workspacePolicy = join(workspace, '.github', 'security-headers.yml')
    await writeFile(workspacePolicy, policyText)

    const env = {
      INPUT_MODE: 'deploy',
      'INPUT_POLL-INTERVAL': '0.25',
      'INPUT_WAIT-TIMEOUT': '2',
      INPUT_COMMENT: 'false',
      AWS_ACCESS_KEY_ID: 'demo',
      AWS_SECRET_ACCESS_KEY: 'demo',
      AWS_REGION: 'us-east-1',
      ...emulator.sdkEnv()
    }
    const first = await runAction(bundle, workspace, env)
    writeLine(
      ctx.stdout,
      story(
        `1. deploy ${EXAMPLE_POLICY} (node dist/index.js, mode deploy)`,
        first,
        values.verbose === true
      )
    )

    if (!policyText.includes(CHANGE.from))
      throw new InputError(`${EXAMPLE_POLICY} no longer contains '${CHANGE.from}': update the demo`)
    await writeFile(workspacePolicy, policyText.replace(CHANGE.from, CHANGE.to))
    const second = await runAction(bundle, workspace, env)
    writeLine(
      ctx.stdout,
      story(`2. change one header (${CHANGE.to}) and deploy again`, second, values.verbose === true)
    )

    const green =
      first.code === 0 &&
      second.code === 0 &&
      first.outputs.status === 'pass' &&
      second.outputs.status === 'pass' &&
      second.outputs.changed === 'true'
    if (!green || values.verbose)
      writeLine(
        ctx.stderr,
        `\n-- action log (run 1) --\n${first.log}\n-- action log (run 2) --\n${second.log}`
      )
    writeLine(
      ctx.stdout,
      green
        ? '\ndemo: green — deployed, verified, changed, verified again'
        : '\ndemo: FAILED (the action logs are above)'
    )
    return green ? ExitCode.ok : ExitCode.failed
  } finally {
    await emulator.close()
    await rm(workspace, { recursive: true, force: true })
  }
}
