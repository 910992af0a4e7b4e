// `headerguard demo`: the whole loop, offline, on the embedded emulator. It starts the emulator
// in front of examples/site/, runs the real bundled action (dist/index.js, as a child process,
// the way the runner does) in deploy mode with examples/static-site.yml, then changes one
// header in a copy of the policy and deploys again. It talks to the action only through what a
// runner gives it: INPUT_* variables, the GITHUB_* files and the SDK's AWS_ENDPOINT_URL_*.
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultState, startEmulator } from '../emulator/index.js'
import { InputError, errorMessage } from '../errors.js'
import {
  renderOutcome,
  renderReport,
  renderReportBrief,
  renderVerdict,
  type Verbosity
} from '../report/terminal.js'
import { type ActionResult, actionBundle, runAction } from './demo-action.js'
import { type CliContext, ExitCode, writeLine } from './context.js'
import { verbosityOf } from './flags.js'

const EXAMPLE_POLICY = 'examples/static-site.yml'
const EXAMPLE_SITE = 'examples/site'
/** The demo's one policy change: a stricter Referrer-Policy. */
const CHANGE = {
  from: 'referrer-policy: strict-origin-when-cross-origin',
  to: 'referrer-policy: no-referrer'
}

/** `--quiet` / `--verbose`, as check, plan and deploy take them. */
function demoVerbosity(args: string[]): Verbosity {
  try {
    const { values } = parseArgs({
      args,
      options: { verbose: { type: 'boolean' }, quiet: { type: 'boolean' } },
      strict: true
    })
    return verbosityOf(values, args)
  } catch (error) {
    throw new InputError(`${errorMessage(error)}; see headerguard demo --help`)
  }
}

/** A step's one line: its title and the verdict of the run (all that `--quiet` prints). */
function verdictLine(title: string, result: ActionResult): string {
  const verify = result.report?.results.length
    ? renderVerdict(result.report, 'deploy').split('\n').at(-1)
    : `no verification (action exit code ${result.code})`
  return `${title}: ${verify}`
}

/**
 * One step of the demo as the CLI prints a run: quiet the verdict alone, by default what changed
 * and one line per URL, verbose every table.
 */
function story(title: string, result: ActionResult, verbosity: Verbosity): string {
  if (verbosity === 'quiet') return verdictLine(title, result)
  const lines = [`\n== ${title}`]
  if (result.report?.deploy) lines.push(renderOutcome(result.report.deploy, verbosity))
  const deployed = result.report?.deploy?.distributions.find((d) => d.deployedAfterMs !== undefined)
  if (deployed?.deployedAfterMs !== undefined) {
    lines.push(`time to Deployed: ${(deployed.deployedAfterMs / 1000).toFixed(1)} s`)
  }
  if (result.report?.results.length) {
    lines.push(
      '',
      verbosity === 'verbose'
        ? renderReport(result.report, 'deploy')
        : renderReportBrief(result.report, 'deploy')
    )
  }
  lines.push(
    '',
    `action exit code ${result.code} in ${result.seconds.toFixed(1)} s; outputs: status=${result.outputs.status ?? ''} version=${result.outputs.version ?? ''} changed=${result.outputs.changed ?? ''} grade=${result.outputs.grade ?? ''}`
  )
  return lines.join('\n')
}

export async function demoCommand(ctx: CliContext): Promise<number> {
  const verbosity = demoVerbosity(ctx.args)
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
    if (verbosity !== 'quiet') {
      writeLine(
        ctx.stdout,
        'headerguard demo: the whole loop on the embedded CloudFront + Lambda@Edge emulator (offline)'
      )
      writeLine(
        ctx.stdout,
        `emulator API ${emulator.endpoint}; distribution ${distributionId} serves ${EXAMPLE_SITE}/ at ${viewer}`
      )
    }
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
      story(`1. deploy ${EXAMPLE_POLICY} (node dist/index.js, mode deploy)`, first, verbosity)
    )

    if (!policyText.includes(CHANGE.from))
      throw new InputError(`${EXAMPLE_POLICY} no longer contains '${CHANGE.from}': update the demo`)
    await writeFile(workspacePolicy, policyText.replace(CHANGE.from, CHANGE.to))
    const second = await runAction(bundle, workspace, env)
    writeLine(
      ctx.stdout,
      story(`2. change one header (${CHANGE.to}) and deploy again`, second, verbosity)
    )

    const green =
      first.code === 0 &&
      second.code === 0 &&
      first.outputs.status === 'pass' &&
      second.outputs.status === 'pass' &&
      second.outputs.changed === 'true'
    if (!green || verbosity === 'verbose')
      writeLine(
        ctx.stderr,
        `\n-- action log (run 1) --\n${first.log}\n-- action log (run 2) --\n${second.log}`
      )
    writeLine(
      ctx.stdout,
      `${verbosity === 'quiet' ? '' : '\n'}${
        green
          ? 'demo: green — deployed, verified, changed, verified again'
          : 'demo: FAILED (the action logs are above)'
      }`
    )
    return green ? ExitCode.ok : ExitCode.failed
  } finally {
    await emulator.close()
    await rm(workspace, { recursive: true, force: true })
  }
}
