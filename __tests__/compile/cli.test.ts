// `headerguard build`: the CLI over the real policy loader and the example policies.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { buildCommand } from '../../src/cli/build.js'
import { validateOriginResponseResult } from '../../src/edge-runtime/edge-validation.js'
import { openEdgeZip } from '../../src/edge-runtime/runner.js'
import { loadPolicy } from '../../src/policy/load.js'
import { applicableHeaders, selectHeaderSet } from '../../src/headers/match.js'
import type { Manifest } from '../../src/compile/types.js'
import { cf, FIXTURE_NAMES, fixture } from './helpers.js'

const root = new URL('../../', import.meta.url).pathname

async function build(args: string[], cwd = root) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const chunks = { out: '', err: '' }
  stdout.on('data', (c: Buffer) => (chunks.out += c.toString()))
  stderr.on('data', (c: Buffer) => (chunks.err += c.toString()))
  const code = await buildCommand({ args, stdout, stderr, env: {}, cwd })
  return { code, ...chunks }
}

describe('headerguard build', () => {
  it.each(['examples/static-site.yml', 'examples/spa.yml'])(
    'builds %s twice to the same codeSha256',
    async (policy) => {
      const dirs = [mkdtempSync(join(tmpdir(), 'hg-cli-')), mkdtempSync(join(tmpdir(), 'hg-cli-'))]
      const runs = []
      for (const dir of dirs) runs.push(await build(['--policy', policy, '--out', dir]))
      const manifests = dirs.map(
        (d) => JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')) as Manifest
      )
      expect(runs.map((r) => r.code)).toEqual([0, 0])
      expect(manifests[0]?.codeSha256).toBe(manifests[1]?.codeSha256)
      expect(
        readFileSync(join(dirs[0] as string, 'edge.zip')).equals(
          readFileSync(join(dirs[1] as string, 'edge.zip'))
        )
      ).toBe(true)
      expect(runs[0]?.out).toContain(`codeSha256 ${manifests[0]?.codeSha256}`)
      expect(runs[0]?.out).toMatch(/edge\.zip: \d+ bytes, nodejs\d+\.x, index\.handler/)
    }
  )

  it('the built zip sends every header the example policy asks for, on every fixture', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hg-cli-'))
    expect((await build(['--policy', 'examples/static-site.yml', '--out', dir])).code).toBe(0)
    const { policy } = await loadPolicy(join(root, 'examples/static-site.yml'))
    if (!policy) throw new Error('the example policy does not load')
    const fn = await openEdgeZip(readFileSync(join(dir, 'edge.zip')))
    for (const name of FIXTURE_NAMES) {
      const event = fixture(name)
      const { response } = await fn.invoke(event)
      const origin = cf(event).response
      const set = selectHeaderSet(policy, cf(event).request.uri)
      const facts = {
        status: Number(origin.status),
        contentType: origin.headers['content-type']?.[0]?.value
      }
      for (const rule of applicableHeaders(set, facts)) {
        const sent = response?.headers[rule.name]
        if (rule.override || !origin.headers[rule.name])
          expect(sent).toEqual([{ key: rule.key, value: rule.value }])
        else expect(sent).toEqual(origin.headers[rule.name])
      }
      expect(validateOriginResponseResult(origin, response)).toEqual([])
    }
  })

  it('prints positioned diagnostics and exits 1 for a policy with errors, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hg-cli-'))
    const file = join(dir, 'bad.yml')
    writeFileSync(file, 'version: 1\nheaders:\n  via: "1.1 me"\n')
    const result = await build(['--policy', file, '--out', join(dir, 'out')])
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/bad\.yml:3:3: error: /)
    expect(result.out).toBe('')
    expect(() => readFileSync(join(dir, 'out', 'edge.zip'))).toThrow()
  })

  it('exits 2 without --out or with an unknown flag', async () => {
    const missing = await build(['--policy', 'examples/static-site.yml'])
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/--out DIR is required/)
    const unknown = await build(['--out', '/tmp/x', '--frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toMatch(/usage: headerguard build/)
  })
})
