// `headerguard check [--policy F] [--url U]... [--json F]`: fetch the site, compare every
// response with the policy, print a table per URL and the grade.
// Exit 0: the site serves the policy; 1: violations; 2: could not run (policy errors, no URL,
// no URL answered).
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { InputError, errorMessage } from '../errors.js'
import { repoRelative } from '../paths.js'
import { formatDiagnostic, hasErrors } from '../policy/diagnostics.js'
import { findPolicyFile, loadPolicy } from '../policy/load.js'
import { writeReportFiles } from '../report/files.js'
import type { ReportInput } from '../report/types.js'
import { verifySite } from '../verify/site.js'
import { renderReport } from '../report/terminal.js'
import { type CliContext, ExitCode, writeLine } from './context.js'

const USAGE =
  'usage: headerguard check [--policy FILE] [--url URL]... [--json FILE] [--timeout MS] [--concurrency N]'

interface CheckArgs {
  policy?: string
  urls: string[]
  json?: string
  timeoutMs?: number
  concurrency?: number
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InputError(`--${name} must be a positive whole number, got '${value}'`)
  return Number(value)
}

function parse(args: string[]): CheckArgs {
  try {
    const { values } = parseArgs({
      args,
      options: {
        policy: { type: 'string', short: 'p' },
        url: { type: 'string', short: 'u', multiple: true },
        json: { type: 'string' },
        timeout: { type: 'string' },
        concurrency: { type: 'string' }
      },
      strict: true
    })
    return {
      policy: values.policy,
      urls: (values.url ?? []).flatMap((u) => u.split(/[,\s]+/)).filter(Boolean),
      json: values.json,
      timeoutMs: positiveInt('timeout', values.timeout),
      concurrency: positiveInt('concurrency', values.concurrency)
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`${errorMessage(error)}; ${USAGE}`)
  }
}

export async function checkCommand(ctx: CliContext): Promise<number> {
  const args = parse(ctx.args)
  const file = findPolicyFile(ctx.cwd, args.policy)
  const shown = repoRelative(ctx.cwd, file)
  const loaded = await loadPolicy(file)
  for (const d of loaded.diagnostics)
    writeLine(ctx.stderr, formatDiagnostic({ ...d, pos: { ...d.pos, file: shown } }))
  if (hasErrors(loaded.diagnostics) || !loaded.policy) {
    writeLine(ctx.stderr, `${shown}: fix the policy errors above, then run check again`)
    return ExitCode.cannotRun
  }
  const policy = loaded.policy
  const urls = args.urls.length > 0 ? args.urls : policy.verify.urls
  if (urls.length === 0) {
    writeLine(
      ctx.stderr,
      `no URL to check: pass --url https://www.example.com (or set verify.url in ${shown}); the distribution's domain is only known with AWS access (plan/deploy)`
    )
    return ExitCode.cannotRun
  }
  for (const url of urls) {
    if (!/^https?:\/\/[^/]/i.test(url))
      throw new InputError(`--url must be an absolute http:// or https:// URL, got '${url}'`)
  }
  const report = await verifySite(policy, {
    urls,
    timeoutMs: args.timeoutMs,
    concurrency: args.concurrency
  })
  writeLine(ctx.stdout, renderReport(report))
  if (args.json) {
    const input: ReportInput = {
      mode: 'check',
      policyFile: shown,
      policy,
      diagnostics: loaded.diagnostics,
      verify: report,
      notes: [],
      failOn: 'error'
    }
    const path = resolve(ctx.cwd, args.json)
    await writeReportFiles(input, { json: path })
    writeLine(ctx.stderr, `report written to ${repoRelative(ctx.cwd, path)}`)
  }
  if (report.unreachable) {
    writeLine(ctx.stderr, 'no URL answered: check the URL and your network, then run check again')
    return ExitCode.cannotRun
  }
  return report.status === 'pass' ? ExitCode.ok : ExitCode.failed
}
