// Finding and reading the policy file, apart from checking it (load.ts): a run whose policy
// file is missing or unreadable never loads the parser, the schema validator or the resolver.
import { existsSync, readFile as readFileCallback, stat as statCallback } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { promisify } from 'node:util'
import type { LoadResult } from './types.js'

// The callback API, promisified: node:fs/promises costs a cold start a dozen internal modules.
const readFile = promisify(readFileCallback)
const stat = promisify(statCallback)

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

export function tooLarge(file: string, bytes: number): LoadResult {
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

/**
 * Reads a policy file: its text, or the diagnostic that says why it cannot be read (missing,
 * not a regular file, too large, UTF-16). Never throws.
 */
export async function readPolicyFile(file: string): Promise<{ text: string } | LoadResult> {
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
  return { text }
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
