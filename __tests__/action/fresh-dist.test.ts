import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FINGERPRINT_FILE, sourceFingerprint } from '../../scripts/source-fingerprint.mjs'
import { assertFreshDist } from '../helpers/fresh-dist.js'

/** A tiny tree with the fingerprint's inputs, so the test never depends on the real dist/. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'headerguard-fp-'))
  for (const dir of ['src', 'edge', 'scripts', 'dist']) mkdirSync(join(root, dir))
  writeFileSync(join(root, 'src/a.ts'), 'export const a = 1\n')
  writeFileSync(join(root, 'edge/handler.mjs'), 'export const handler = async (e) => e\n')
  cpSync('scripts/bundle.mjs', join(root, 'scripts/bundle.mjs'))
  writeFileSync(join(root, 'package-lock.json'), '{}\n')
  writeFileSync(join(root, 'package.json'), '{}\n')
  writeFileSync(join(root, 'tsconfig.json'), '{}\n')
  return root
}

describe('the end-to-end tests refuse a stale dist/', () => {
  it('passes when dist/ carries the fingerprint of the current sources', () => {
    const root = tree()
    writeFileSync(join(root, FINGERPRINT_FILE), `${sourceFingerprint(root)}\n`)
    expect(() => assertFreshDist(root)).not.toThrow()
  })

  it('fails with what to run after a source changes, and when dist/ was never bundled', () => {
    const root = tree()
    writeFileSync(join(root, FINGERPRINT_FILE), `${sourceFingerprint(root)}\n`)
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 2\n')
    expect(() => assertFreshDist(root)).toThrow(/run `npm run bundle`/)
    const never = tree()
    expect(() => assertFreshDist(never)).toThrow(/run `npm run bundle`/)
  })
})
