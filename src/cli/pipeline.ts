// `headerguard plan` and `headerguard deploy`: the action's modes from a terminal. Flags are
// the action's input names (`--distribution-id`, `--wait-timeout`, ...); AWS settings come
// from the usual AWS environment.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadAwsStage } from '../aws-stage.js'
import { describeEvent } from '../event.js'
import { terminalLogger } from '../log.js'
import { type PipelineResult, runPipeline } from '../pipeline.js'
import { formatDiagnostic } from '../policy/diagnostics.js'
import { renderOutcome, renderReport } from '../report/terminal.js'
import { writeReportFiles } from '../report/files.js'
import { reportInputOf } from '../action-report.js'
import { CLI_INPUTS, INPUT, type InputName, type RunMode, readSettings } from '../settings.js'
import { type CliContext, ExitCode, writeLine } from './context.js'

const flags = Object.fromEntries(CLI_INPUTS.map((name) => [name, { type: 'string' as const }]))

/** 0 pass, 1 violations, 2 could not run: as `check`. */
export function exitCodeOf(result: PipelineResult): number {
  if (result.error || !result.verify || result.verify.unreachable) return ExitCode.cannotRun
  return result.verify.status === 'pass' ? ExitCode.ok : ExitCode.failed
}

async function runMode(mode: RunMode, ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: ctx.args,
    options: { ...flags, json: { type: 'string' } },
    allowPositionals: false,
    strict: true
  })
  const read = (name: InputName): string => {
    if (name === INPUT.mode) return mode
    // Comments and drift issues are GitHub's; a terminal run reports to the terminal.
    if (name === INPUT.comment || name === INPUT.driftIssue) return 'false'
    return (values as Record<string, string | undefined>)[name] ?? ''
  }
  const settings = readSettings(read)
  const log = terminalLogger(ctx.stdout, ctx.stderr)
  const event = describeEvent('cli', {}, {})
  const result = await runPipeline({
    settings,
    event,
    env: ctx.env,
    cwd: ctx.cwd,
    log,
    aws: loadAwsStage
  })
  for (const diagnostic of result.diagnostics) writeLine(ctx.stderr, formatDiagnostic(diagnostic))
  for (const note of result.notes) writeLine(ctx.stderr, `note: ${note}`)
  writeLine(ctx.stdout, renderTerminalReport(result))
  await writeReportFiles(reportInputOf(result, settings, event), {
    json: values.json ? resolve(ctx.cwd, values.json) : undefined,
    sarif: settings.sarifFile ? resolve(ctx.cwd, settings.sarifFile) : undefined,
    repoRoot: ctx.cwd
  })
  if (result.error) writeLine(ctx.stderr, `headerguard ${mode}: ${result.error}`)
  return exitCodeOf(result)
}

export const planCommand = (ctx: CliContext) => runMode('plan', ctx)
export const deployCommand = (ctx: CliContext) => runMode('deploy', ctx)

/** plan/deploy on a terminal: what changed, then the verification. */
export function renderTerminalReport(result: PipelineResult): string {
  const parts: string[] = []
  if (result.outcome) parts.push(renderOutcome(result.outcome))
  if (result.verify) parts.push(renderReport(result.verify))
  return parts.join('\n\n')
}
