// `headerguard check`, `plan` and `deploy`: the action's modes from a terminal, through the
// same pipeline. Flags are the action's input names (`--distribution-id`, `--wait-timeout`,
// ...; `--url` may repeat); AWS settings come from the usual AWS environment. The report goes
// to stdout, progress and diagnostics to stderr.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadAwsStage } from '../aws/stage.js'
import { InputError, errorMessage } from '../errors.js'
import { describeEvent } from '../event.js'
import { type Logger, terminalLogger } from '../log.js'
import { type PipelineResult, runPipeline } from '../pipeline.js'
import { formatDiagnostic } from '../diagnostics.js'
import {
  renderOutcome,
  renderReport,
  renderReportBrief,
  renderVerdict,
  type Verbosity
} from '../report/terminal.js'
import { shouldFail } from '../report/outputs.js'
import { renderCspPreview } from '../report/csp-preview.js'
import { writeReportFiles } from '../report/files.js'
import { uncheckedHeadline, uncheckedLines } from '../report/unchecked.js'
import { reportInputOf } from '../report/input.js'
import {
  GITHUB_ONLY_INPUTS,
  INPUT,
  type InputName,
  type RunMode,
  readSettings
} from '../settings.js'
import { type CliContext, ExitCode, writeLine } from './context.js'
import { parseOptions, verbosityOf } from './flags.js'

/** `headerguard check --url U` without a policy file: the OWASP preset, as a quick scan. */
const QUICK_SCAN_POLICY = {
  file: '(built-in: extends owasp)',
  text: 'version: 1\nextends: owasp\n',
  preset: 'owasp'
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InputError(`--${name} must be a positive whole number, got '${value}'`)
  }
  return Number(value)
}

/** 0 pass, 1 violations (as `fail-on` counts them), 2 could not run: as `check`. */
export function exitCodeOf(
  result: PipelineResult,
  failOn: 'error' | 'warning' | 'never' = 'error'
): number {
  // A URL that could not be checked is neither a pass nor a violation: the run could not run there.
  const v = result.verify
  if (result.error || !v || v.unreachable || v.unchecked.length > 0) return ExitCode.cannotRun
  return shouldFail(reportInputOf(result, { failOn }, {})) ? ExitCode.failed : ExitCode.ok
}

/** The pipeline's progress: every step with --verbose, else only its warnings (none with --quiet). */
function cliLogger(
  stderr: NodeJS.WritableStream,
  verbosity: Verbosity,
  env: NodeJS.ProcessEnv
): Logger {
  const full = terminalLogger(stderr, stderr, Boolean(env.HEADERGUARD_DEBUG))
  if (verbosity === 'verbose') return full
  return {
    info: () => undefined,
    debug: full.debug,
    warning: verbosity === 'quiet' ? () => undefined : full.warning,
    group: (_name, fn) => fn()
  }
}

async function runMode(mode: RunMode, ctx: CliContext): Promise<number> {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>
  try {
    values = parseArgs({
      args: ctx.args,
      options: parseOptions(mode),
      allowPositionals: false,
      strict: true
    }).values
  } catch (error) {
    throw new InputError(`${errorMessage(error)}; see headerguard ${mode} --help`)
  }
  const read = (name: InputName): string => {
    if (name === INPUT.mode) return mode
    // Comments and drift issues are GitHub's; a terminal run reports to the terminal.
    if (GITHUB_ONLY_INPUTS.includes(name)) return name === INPUT.githubToken ? '' : 'false'
    const value = values[name]
    if (Array.isArray(value)) return value.join(',')
    return typeof value === 'string' ? value : ''
  }
  const settings = readSettings(read)
  const verbosity = verbosityOf(values, ctx.args)
  const log = cliLogger(ctx.stderr, verbosity, ctx.env)
  const event = describeEvent('cli', {}, {})
  const result = await runPipeline({
    settings,
    event,
    env: ctx.env,
    cwd: ctx.cwd,
    log,
    aws: loadAwsStage,
    fallbackPolicy: mode === 'check' ? QUICK_SCAN_POLICY : undefined,
    verify: {
      timeoutMs: positiveInt('timeout', values.timeout as string | undefined),
      concurrency: positiveInt('concurrency', values.concurrency as string | undefined)
    }
  })
  if (verbosity !== 'quiet') {
    for (const d of result.diagnostics) writeLine(ctx.stderr, formatDiagnostic(d))
    for (const note of result.notes) writeLine(ctx.stderr, `note: ${note}`)
  }
  const report = renderTerminalReport(result, verbosity)
  if (report) writeLine(ctx.stdout, report)
  await writeReportFiles(reportInputOf(result, settings, event), {
    json: typeof values.json === 'string' ? resolve(ctx.cwd, values.json) : undefined,
    sarif: settings.sarifFile ? resolve(ctx.cwd, settings.sarifFile) : undefined,
    repoRoot: ctx.cwd
  })
  if (result.error) writeLine(ctx.stderr, `headerguard ${mode}: ${result.error}`)
  if (result.verify && result.verify.unchecked.length > 0) {
    const headline = result.verify.unreachable
      ? 'no URL answered: check the URL and your network, then run again'
      : uncheckedHeadline(result.verify)
    const lines = uncheckedLines(result.verify).map((l) => `  ${l}`)
    writeLine(ctx.stderr, [`${headline} (exit 2):`, ...lines].join('\n'))
  }
  return exitCodeOf(result, settings.failOn)
}

export const checkCommand = (ctx: CliContext) => runMode('check', ctx)
export const planCommand = (ctx: CliContext) => runMode('plan', ctx)
export const deployCommand = (ctx: CliContext) => runMode('deploy', ctx)

/**
 * plan/deploy on a terminal: what changed, then the verification — one line per URL and the
 * failures by default, every table with `verbose`, the verdict alone with `quiet`.
 */
export function renderTerminalReport(
  result: PipelineResult,
  verbosity: Verbosity = 'normal'
): string {
  const v = result.verify
  if (verbosity === 'quiet')
    return v ? (renderVerdict(v, result.mode).split('\n').at(-1) ?? '') : ''
  const parts: string[] = []
  if (result.outcome) parts.push(renderOutcome(result.outcome, verbosity))
  if (v)
    parts.push(
      verbosity === 'verbose' ? renderReport(v, result.mode) : renderReportBrief(v, result.mode)
    )
  if (result.cspPreview) parts.push(renderCspPreview(result.cspPreview))
  return parts.join('\n\n')
}
