// The policy loader: file -> text -> syntax tree -> schema check -> resolved policy, with every
// problem found along the way as a positioned diagnostic. It never throws on bad input.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { DiagnosticList, sortDiagnostics } from '../diagnostics.js'
import { Resolver } from './resolve.js'
import { checkSchema } from './schema-check.js'
import { parseSource } from './source.js'
import type { HeaderSet, LoadResult, PathRule, ResolvedPolicy } from './types.js'

/** Where a policy file is looked for when none is given, in order. */
export const DEFAULT_POLICY_PATHS = [
  '.github/security-headers.yml',
  '.github/security-headers.yaml',
  '.github/security-headers.json'
] as const

/** The given path (resolved against cwd), else the first default that exists, else the .yml default. */
export function findPolicyFile(cwd: string, given?: string): string {
  if (given !== undefined && given !== '') return isAbsolute(given) ? given : join(cwd, given)
  for (const candidate of DEFAULT_POLICY_PATHS) {
    const path = join(cwd, candidate)
    if (existsSync(path)) return path
  }
  return join(cwd, DEFAULT_POLICY_PATHS[0])
}

/**
 * The largest policy file headerguard reads. A real policy is a few KiB; validation is linear in
 * the size, and this bound keeps a hostile pull request from holding CI with a huge file.
 */
export const MAX_POLICY_BYTES = 1024 * 1024

function tooLarge(file: string, bytes: number): LoadResult {
  return {
    diagnostics: [
      {
        severity: 'error',
        rule: 'policy-file-too-large',
        message: `the policy file is ${bytes} bytes, over headerguard's limit of ${MAX_POLICY_BYTES} bytes (1 MiB): a policy this large is not a real one (CloudFront allows 20 KiB of headers per response); shrink it`,
        pos: { file, line: 1, col: 1 }
      }
    ]
  }
}

/** Reads and checks a policy file; a missing or unreadable file is a diagnostic, not a throw. */
export async function loadPolicy(file: string): Promise<LoadResult> {
  let text: string
  try {
    // Only a regular file: a FIFO or a device would be read forever.
    const info = await stat(file)
    if (!info.isFile() && !info.isDirectory()) {
      return fileProblem(
        file,
        'the policy path is not a regular file (a pipe, socket or device); give the path of a .yml, .yaml or .json file'
      )
    }
    // The size is checked before reading: validation is linear, but a huge file is no policy.
    if (info.size > MAX_POLICY_BYTES) return tooLarge(file, info.size)
    const bytes = await readFile(file)
    const encoding = utf16Hint(bytes)
    if (encoding) return fileProblem(file, encoding)
    text = bytes.toString('utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const message =
      code === 'ENOENT'
        ? `policy file not found: create it (see examples/static-site.yml) or pass its path with --policy / the 'policy' input`
        : code === 'EISDIR'
          ? 'the policy path is a directory; give the path of a .yml, .yaml or .json file'
          : `cannot read the policy file: ${error instanceof Error ? error.message : String(error)}`
    return {
      diagnostics: [
        { severity: 'error', rule: 'policy-file', message, pos: { file, line: 1, col: 1 } }
      ]
    }
  }
  return loadPolicyText(text, file)
}

function fileProblem(file: string, message: string): LoadResult {
  return {
    diagnostics: [
      { severity: 'error', rule: 'policy-file', message, pos: { file, line: 1, col: 1 } }
    ]
  }
}

/** A UTF-16 file (byte-order mark, or NUL bytes between ASCII letters) gets told so. */
function utf16Hint(bytes: Buffer): string | undefined {
  const bom = bytes.subarray(0, 2)
  const utf16 =
    (bom[0] === 0xff && bom[1] === 0xfe) ||
    (bom[0] === 0xfe && bom[1] === 0xff) ||
    (bytes.length >= 4 && (bytes[0] === 0 || bytes[1] === 0) && bytes.subarray(0, 64).includes(0))
  return utf16
    ? 'the policy file is UTF-16 encoded; save it as UTF-8 (YAML and JSON policies are read as UTF-8)'
    : undefined
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
