// `headerguard build [--policy F] --out DIR`: compile the policy into DIR/edge.zip and
// DIR/manifest.json. Exit 0 built, 1 policy errors (positioned, on stderr), 2 bad usage.
import { errorMessage } from '../errors.js'
import { resolve } from 'node:path'
import { repoRelative } from '../paths.js'
import { parseArgs } from 'node:util'
import { EdgeBuildError } from '../compile/compile.js'
import { buildEdgePackage, writeEdgePackage } from '../compile/package.js'
import { formatDiagnostic, hasErrors } from '../diagnostics.js'
import { findPolicyFile, loadPolicy } from '../policy/load.js'
import { type CliContext, ExitCode, writeLine } from './context.js'

const USAGE = 'usage: headerguard build [--policy FILE] --out DIR'

export async function buildCommand(ctx: CliContext): Promise<number> {
  let values: { policy?: string; out?: string }
  try {
    values = parseArgs({
      args: ctx.args,
      options: { policy: { type: 'string', short: 'p' }, out: { type: 'string', short: 'o' } },
      strict: true
    }).values
  } catch (error) {
    writeLine(ctx.stderr, `headerguard build: ${errorMessage(error)}\n${USAGE}`)
    return ExitCode.cannotRun
  }
  if (!values.out) {
    writeLine(
      ctx.stderr,
      `headerguard build: --out DIR is required (where edge.zip and manifest.json go)\n${USAGE}`
    )
    return ExitCode.cannotRun
  }
  const file = findPolicyFile(ctx.cwd, values.policy)
  const shown = repoRelative(ctx.cwd, file)
  const result = await loadPolicy(file)
  for (const d of result.diagnostics) {
    writeLine(ctx.stderr, formatDiagnostic({ ...d, pos: { ...d.pos, file: shown } }))
  }
  if (hasErrors(result.diagnostics) || !result.policy) {
    writeLine(ctx.stderr, `${shown}: not built, fix the errors above`)
    return ExitCode.failed
  }
  let pkg
  try {
    pkg = buildEdgePackage(result.policy)
  } catch (error) {
    if (!(error instanceof EdgeBuildError)) throw error
    writeLine(ctx.stderr, error.message)
    return ExitCode.failed
  }
  const out = resolve(ctx.cwd, values.out)
  await writeEdgePackage(out, pkg)
  const { manifest } = pkg
  writeLine(
    ctx.stdout,
    `${repoRelative(ctx.cwd, out)}/edge.zip: ${manifest.bytes} bytes, ${manifest.runtime}, ${manifest.handler}`
  )
  writeLine(ctx.stdout, `codeSha256 ${manifest.codeSha256}`)
  return ExitCode.ok
}
