// A fingerprint of everything the bundles are built from, written by `npm run bundle` into
// dist/source-fingerprint.txt. The end-to-end tests recompute it before running dist/, so a
// test never passes (or fails) on a bundle that is older than the sources.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Inputs of the bundle, relative to the repository root: folders are read recursively. */
const INPUTS = [
  'src',
  'edge',
  'scripts/bundle.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json'
]

function files(root, path) {
  const full = join(root, path)
  let entries
  try {
    entries = readdirSync(full, { withFileTypes: true })
  } catch {
    return [path]
  }
  return entries.flatMap((e) => files(root, join(path, e.name)))
}

/** sha256 over each input file's path and bytes, in a fixed order. */
export function sourceFingerprint(root) {
  const hash = createHash('sha256')
  const all = INPUTS.flatMap((p) => files(root, p))
    .map((p) => relative(root, join(root, p)).split('\\').join('/'))
    .sort()
  for (const path of all) {
    hash.update(`${path}\0`)
    hash.update(readFileSync(join(root, path)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

export const FINGERPRINT_FILE = 'dist/source-fingerprint.txt'
