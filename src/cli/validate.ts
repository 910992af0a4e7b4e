// `headerguard validate [--policy F]`: every problem in the policy file, one line each on
// stderr as FILE:LINE:COL: severity: message; exit 0 when there is no error, 1 otherwise.
import { repoRelative } from '../paths.js'
import { parseArgs } from 'node:util'
import { InputError, errorMessage } from '../errors.js'
import { formatDiagnostic, hasErrors } from '../diagnostics.js'
import { findPolicyFile, loadPolicy } from '../policy/load.js'
import { type CliContext, ExitCode, writeLine } from './context.js'

export async function validateCommand(ctx: CliContext): Promise<number> {
  let policyArg: string | undefined
  try {
    const { values } = parseArgs({
      args: ctx.args,
      options: { policy: { type: 'string', short: 'p' } },
      strict: true
    })
    policyArg = values.policy
  } catch (error) {
    throw new InputError(`${errorMessage(error)}; usage: headerguard validate [--policy FILE]`)
  }
  const file = findPolicyFile(ctx.cwd, policyArg)
  const shown = repoRelative(ctx.cwd, file)
  const result = await loadPolicy(file)
  for (const d of result.diagnostics) {
    writeLine(ctx.stderr, formatDiagnostic({ ...d, pos: { ...d.pos, file: shown } }))
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length
  const warnings = result.diagnostics.length - errors
  if (hasErrors(result.diagnostics)) {
    writeLine(ctx.stderr, `${shown}: ${count(errors, 'error')}, ${count(warnings, 'warning')}`)
    return ExitCode.failed
  }
  const policy = result.policy
  const paths = policy ? policy.paths.length : 0
  const headers = policy ? policy.defaults.headers.length : 0
  writeLine(
    ctx.stdout,
    `${shown}: valid (${count(headers, 'header')}, ${count(paths, 'path rule')}, ${count(warnings, 'warning')})`
  )
  return ExitCode.ok
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
