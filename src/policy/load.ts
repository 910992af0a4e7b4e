// The policy loader: file -> text -> syntax tree -> schema check -> resolved policy, with every
// problem found along the way as a positioned diagnostic. It never throws on bad input.
import { createHash } from 'node:crypto'
import { DiagnosticList, sortDiagnostics } from '../diagnostics.js'
import { Resolver } from './resolve.js'
import { checkSchema } from './schema-check.js'
import { parseSource } from './source.js'
import type { HeaderSet, LoadResult, PathRule, ResolvedPolicy } from './types.js'
import { MAX_POLICY_BYTES, readPolicyFile, tooLarge } from './read.js'

export { DEFAULT_POLICY_PATHS, MAX_POLICY_BYTES, findPolicyFile } from './read.js'

/** Reads and checks a policy file; a missing or unreadable file is a diagnostic, not a throw. */
export async function loadPolicy(file: string): Promise<LoadResult> {
  const read = await readPolicyFile(file)
  return 'text' in read ? loadPolicyText(read.text, file) : read
}

/** Checks policy text (YAML, or JSON for a .json file) and resolves it. Pure; never throws. */
export function loadPolicyText(text: string, file: string): LoadResult {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_POLICY_BYTES) return tooLarge(file, bytes)
  try {
    return loadUnsafe(text.replace(/^\uFEFF/, ''), file)
  } catch (error) {
    // A bug of ours, not the user's: still a diagnostic, so validate never prints a stack trace.
    const message = error instanceof Error ? error.message : String(error)
    return {
      diagnostics: [
        {
          severity: 'error',
          rule: 'internal-error',
          message: `headerguard could not check this policy (${message}); please report it with the policy file`,
          pos: { file, line: 1, col: 1 }
        }
      ]
    }
  }
}

function loadUnsafe(text: string, file: string): LoadResult {
  const parsed = parseSource(text, file)
  const out = new DiagnosticList()
  for (const d of parsed.diagnostics) out.add(d.severity, d.rule, d.message, d.pos)
  const source = parsed.source
  if (!source) return { diagnostics: sortDiagnostics(out.items) }
  if (source.data === null || source.data === undefined) {
    out.error('schema-required', "the policy file is empty: start with 'version: 1'", {
      file,
      line: 1,
      col: 1
    })
    return { diagnostics: sortDiagnostics(out.items) }
  }
  checkSchema(source, out)
  const parts = new Resolver(source, out).resolve()
  const diagnostics = sortDiagnostics(out.items)
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics }
  const policy: ResolvedPolicy = {
    version: 1,
    file,
    extends: parts.extends,
    cloudfront: parts.cloudfront,
    lambda: parts.lambda,
    defaults: parts.defaults,
    paths: parts.paths,
    verify: parts.verify,
    hash: policyHash(parts.defaults, parts.paths)
  }
  return { policy, diagnostics }
}

/** sha256 hex of the canonical JSON of what the edge does: keys sorted, positions left out. */
export function policyHash(defaults: HeaderSet, paths: readonly PathRule[]): string {
  return createHash('sha256').update(canonicalJson({ defaults, paths })).digest('hex')
}

/** JSON with object keys sorted and every `pos` dropped: equal policies give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === 'pos') return undefined
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
          a < b ? -1 : a > b ? 1 : 0
        )
      )
    }
    return v
  })
}
