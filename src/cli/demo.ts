// `headerguard demo`: the whole loop, offline, on the embedded emulator. It starts the emulator
// in front of a copy of examples/site/ (and of the payment provider its shop page embeds), runs
// the real bundled action (dist/index.js, as a child process, the way the runner does) in
// deploy mode with examples/static-site.yml, then changes one header in a copy of the policy
// and deploys again. With a Chrome or Chromium at hand it then plans a stricter CSP with the
// CSP preview, runs csp-suggest on the shop page and plans the CSP it wrote (demo-csp.ts). It
// talks to the action only through what a runner gives it: INPUT_* variables, the GITHUB_*
// files and the SDK's AWS_ENDPOINT_URL_* (and NODE_EXTRA_CA_CERTS for the emulator's CA).
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { NO_BROWSER_NOTE, findBrowser } from '../csp-preview/browser.js'
import { DEFAULT_DISTRIBUTION_ID, type RunningEmulator, startEmulator } from '../emulator/index.js'
import { InputError, errorMessage } from '../errors.js'
import type { Verbosity } from '../report/terminal.js'
import { actionBundle, cliBundle, runAction } from './demo-action.js'
import { runCspSteps } from './demo-csp.js'
import { story } from './demo-story.js'
import {
  EXAMPLE_SITE,
  SHOP_PAGE,
  THIRD_PARTY_DISTRIBUTION,
  THIRD_PARTY_FOLDER,
  THIRD_PARTY_ORIGIN,
  copySite,
  demoState,
  pointAtThirdParty
} from './demo-world.js'
import { type CliContext, ExitCode, writeLine } from './context.js'
import { verbosityOf } from './flags.js'

const EXAMPLE_POLICY = 'examples/static-site.yml'
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

/** The run's logs on stderr: when it failed, and with --verbose. */
function printLogs(ctx: CliContext, logs: readonly { title: string; text: string }[]): void {
  writeLine(ctx.stderr, logs.map((log) => `\n-- ${log.title} --\n${log.text}`).join(''))
}

export async function demoCommand(ctx: CliContext): Promise<number> {
  const verbosity = demoVerbosity(ctx.args)
  const policyPath = resolve(ctx.cwd, EXAMPLE_POLICY)
  const folders = [EXAMPLE_SITE, THIRD_PARTY_FOLDER]
  if (!existsSync(policyPath) || folders.some((f) => !existsSync(resolve(ctx.cwd, f)))) {
    throw new InputError(
      `run the demo from the headerguard checkout: ${EXAMPLE_POLICY}, ${folders.map((f) => `${f}/`).join(' and ')} are not all under ${ctx.cwd}`
    )
  }
  const bundle = actionBundle(ctx.cwd)
  if (!existsSync(bundle)) throw new InputError(`${bundle} is missing: run npm run bundle first`)
  const browser = findBrowser(undefined, ctx.env)

  // The action's workspace: the repository with its policy file and its site.
  const workspace = await mkdtemp(join(tmpdir(), 'headerguard-demo-'))
  const siteCopy = join(workspace, 'site')
  let emulator: RunningEmulator | undefined
  try {
    await copySite(resolve(ctx.cwd, EXAMPLE_SITE), siteCopy)
    // A short propagation delay, so the wait for Deployed is visible without making anyone wait.
    emulator = await startEmulator({
      port: 0,
      cwd: ctx.cwd,
      state: demoState(siteCopy),
      delays: { deployMs: 1500, functionCreateMs: 300, functionUpdateMs: 300, invalidationMs: 200 }
    })
    const viewer = emulator.viewers[DEFAULT_DISTRIBUTION_ID] ?? ''
    const site = viewer.replace(/^http:/, 'https:')
    const thirdParty = (emulator.viewers[THIRD_PARTY_DISTRIBUTION] ?? '').replace(
      /^http:/,
      'https:'
    )
    await pointAtThirdParty(siteCopy, thirdParty)
    if (verbosity !== 'quiet') {
      writeLine(
        ctx.stdout,
        'headerguard demo: the whole loop on the embedded CloudFront + Lambda@Edge emulator (offline)'
      )
      writeLine(
        ctx.stdout,
        [
          `emulator API ${emulator.endpoint}; distribution ${DEFAULT_DISTRIBUTION_ID} serves (a copy of) ${EXAMPLE_SITE}/ at ${viewer}`,
          `(its ${SHOP_PAGE} loads the payment provider's script, ${THIRD_PARTY_FOLDER}/ served at ${thirdParty} in place of ${THIRD_PARTY_ORIGIN})`
        ].join('\n')
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
    const changedText = policyText.replace(CHANGE.from, CHANGE.to)
    await writeFile(workspacePolicy, changedText)
    const second = await runAction(bundle, workspace, env)
    writeLine(
      ctx.stdout,
      story(`2. change one header (${CHANGE.to}) and deploy again`, second, verbosity)
    )
    const logs = [
      { title: 'action log (run 1)', text: first.log },
      { title: 'action log (run 2)', text: second.log }
    ]
    const deployed =
      first.code === 0 &&
      second.code === 0 &&
      first.outputs.status === 'pass' &&
      second.outputs.status === 'pass' &&
      second.outputs.changed === 'true'

    let csp: 'green' | 'skipped' | 'failed' = 'skipped'
    if (deployed && browser) {
      const steps = await runCspSteps({
        bundle,
        cli: cliBundle(ctx.cwd),
        workspace,
        policyFile: workspacePolicy,
        policyText: changedText,
        env,
        site,
        thirdParty,
        browser,
        verbosity,
        print: (text) => writeLine(ctx.stdout, text)
      })
      logs.push(...steps.logs)
      csp = steps.green ? 'green' : 'failed'
    } else if (deployed) {
      writeLine(
        ctx.stdout,
        `${verbosity === 'quiet' ? '' : '\n'}3.-5. CSP preview and csp-suggest: skipped, ${NO_BROWSER_NOTE}`
      )
    }
    const green = deployed && csp !== 'failed'
    if (!green || verbosity === 'verbose') printLogs(ctx, logs)
    const verdict = !green
      ? 'demo: FAILED (the logs are on stderr)'
      : csp === 'green'
        ? 'demo: green — deployed, verified, changed, verified again; a stricter CSP previewed in the browser, and the CSP csp-suggest wrote previews clean'
        : 'demo: green — deployed, verified, changed, verified again (the CSP steps were skipped: no browser)'
    writeLine(ctx.stdout, `${verbosity === 'quiet' ? '' : '\n'}${verdict}`)
    return green ? ExitCode.ok : ExitCode.failed
  } finally {
    await emulator?.close()
    await rm(workspace, { recursive: true, force: true })
  }
}
