// The end-to-end tests run the committed bundles. Before they do, this checks that dist/ was
// built from the sources as they are now, so a local run never tests yesterday's bundle.
import { readFileSync } from 'node:fs'
import { FINGERPRINT_FILE, sourceFingerprint } from '../../scripts/source-fingerprint.mjs'

export function assertFreshDist(root = process.cwd()): void {
  let built = ''
  try {
    built = readFileSync(`${root}/${FINGERPRINT_FILE}`, 'utf8').trim()
  } catch {
    // no fingerprint: dist/ was never built by `npm run bundle`
  }
  if (built !== sourceFingerprint(root)) {
    throw new Error(
      'dist/ was not built from the current sources: run `npm run bundle` before the end-to-end tests'
    )
  }
}
