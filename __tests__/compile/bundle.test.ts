// The build stage inside an ncc bundle (how dist/ ships it): no reads of edge/handler.mjs, the
// runner's import() of the extracted zip left alone by the bundler, the worker from a string.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildEdgePackage } from '../../src/compile/package.js'
import { policy, SIX_HEADERS } from './policies.js'

const root = new URL('../../', import.meta.url).pathname

describe('the ncc bundle', () => {
  it('builds the same package and runs it in both runner modes', () => {
    const out = mkdtempSync(join(tmpdir(), 'hg-ncc-'))
    const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
    execFileSync(
      process.execPath,
      [
        ncc,
        'build',
        '__tests__/compile/bundle-entry.ts',
        '-o',
        out,
        '--target',
        'es2022',
        '--no-source-map-register',
        '-q',
        '-t'
      ],
      { cwd: root, stdio: 'pipe' }
    )
    writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
    // Run from elsewhere, so nothing can be found relative to the source tree.
    const result = JSON.parse(
      execFileSync(process.execPath, [join(out, 'index.js')], { cwd: tmpdir(), encoding: 'utf8' })
    )
    const names = SIX_HEADERS.map((h) => h.name).sort()
    expect(result).toEqual({
      codeSha256: buildEdgePackage(policy({ headers: SIX_HEADERS })).manifest.codeSha256,
      inProcess: names,
      isolated: names
    })
  })
})
