// `headerguard check`, `plan` and `deploy`: the action's modes from a terminal, through the
// same pipeline. Flags are the action's input names (`--distribution-id`, `--wait-timeout`,
// ...; `--url` may repeat); AWS settings come from the usual AWS environment. The report goes
// to stdout, progress and diagnostics to stderr.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadAwsStage } from '../aws/stage.js'
import { InputError, errorMessage } from '../errors.js'
import { describeEvent } from '../event.js'
import { terminalLogger } from '../log.js'
import { type PipelineResult, runPipeline } from '../pipeline.js'
import { formatDiagnostic } from '../diagnostics.js'
import { renderOutcome, renderReport } from '../report/terminal.js'
import { writeReportFiles } from '../report/files.js'
import { reportInputOf } from '../report/input.js'
import {
  CLI_INPUTS,
  GITHUB_ONLY_INPUTS,
  INPUT,
  type InputName,
  type RunMode,
  readSettings
} from '../settings.js'
import { type CliContext, ExitCode, writeLine } from './context.js'

const flags = {
  ...Object.fromEntries(CLI_INPUTS.map((name) => [name, { type: 'string' as const }])),
  policy: { type: 'string', short: 'p' },
  url: { type: 'string', short: 'u', multiple: true },
  json: { type: 'string' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' }
} as const

/** `headerguard check --url U` without a policy file: the OWASP preset, as a quick scan. */
const QUICK_SCAN_POLICY = {
  file: '(built-in: extends owasp)',
  text: 'version: 1\nextends: owasp\n'
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InputError(`--${name} must be a positive whole number, got '${value}'`)
  }
  return Number(value)
}

/** 0 pass, 1 violations, 2 could not run: as `check`. */
export function exitCodeOf(result: PipelineResult): number {
  if (result.error || !result.verify || result.verify.unreachable) return ExitCode.cannotRun
  return result.verify.status === 'pass' ? ExitCode.ok : ExitCode.failed
}

async function runMode(mode: RunMode, ctx: CliContext): Promise<number> {
  let values: Record<string, string | string[] | undefined>
  try {
    values = parseArgs({
      args: ctx.args,
      options: flags,
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
    return Array.isArray(value) ? value.join(',') : (value ?? '')
  }
  const settings = readSettings(read)
  const log = terminalLogger(ctx.stderr, ctx.stderr)
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
  for (const diagnostic of result.diagnostics) writeLine(ctx.stderr, formatDiagnostic(diagnostic))
  for (const note of result.notes) writeLine(ctx.stderr, `note: ${note}`)
  writeLine(ctx.stdout, renderTerminalReport(result))
  await writeReportFiles(reportInputOf(result, settings, event), {
    json: typeof values.json === 'string' ? resolve(ctx.cwd, values.json) : undefined,
    sarif: settings.sarifFile ? resolve(ctx.cwd, settings.sarifFile) : undefined,
    repoRoot: ctx.cwd
  })
  if (result.error) writeLine(ctx.stderr, `headerguard ${mode}: ${result.error}`)
  if (result.verify?.unreachable) {
    writeLine(ctx.stderr, 'no URL answered: check the URL and your network, then run again')
  }
  return exitCodeOf(result)
}

export const checkCommand = (ctx: CliContext) => runMode('check', ctx)
export const planCommand = (ctx: CliContext) => runMode('plan', ctx)
export const deployCommand = (ctx: CliContext) => runMode('deploy', ctx)

/** plan/deploy on a terminal: what changed, then the verification. */
export function renderTerminalReport(result: PipelineResult): string {
  const parts: string[] = []
  if (result.outcome) parts.push(renderOutcome(result.outcome))
  if (result.verify) parts.push(renderReport(result.verify))
  return parts.join('\n\n')
}
