// The package: deterministic bytes, the manifest, config.json read back, the embedded handler
// source kept in step with edge/handler.mjs.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { EDGE_HANDLER_SOURCE } from '../../src/compile/edge-source.generated.js'
import {
  buildEdgePackage,
  HEADERGUARD_VERSION,
  readPackagedHeaders,
  writeEdgePackage
} from '../../src/compile/package.js'
import { importEdgeHandler } from '../../src/edge-runtime/runner.js'
import { header, policy, RICH_POLICY, SIX_HEADERS } from './policies.js'

const root = new URL('../../', import.meta.url)

describe('determinism', () => {
  it('the same policy twice gives identical bytes and codeSha256', () => {
    const a = buildEdgePackage(structuredClone(RICH_POLICY))
    const b = buildEdgePackage(structuredClone(RICH_POLICY))
    expect(Buffer.from(a.zip).equals(Buffer.from(b.zip))).toBe(true)
    expect(a.manifest.codeSha256).toBe(b.manifest.codeSha256)
  })

  it('is the same whatever the time zone of the machine that builds it', () => {
    const script = `import { buildEdgePackage } from './src/compile/package.ts'
      import { RICH_POLICY } from './__tests__/compile/policies.ts'
      process.stdout.write(buildEdgePackage(RICH_POLICY).manifest.codeSha256)`
    const tsx = join(new URL('node_modules/.bin/tsx', root).pathname)
    const shaIn = (tz: string) =>
      execFileSync(tsx, ['--eval', script], {
        cwd: root.pathname,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8'
      })
    const here = buildEdgePackage(RICH_POLICY).manifest.codeSha256
    expect(shaIn('Pacific/Kiritimati')).toBe(here)
    expect(shaIn('America/Los_Angeles')).toBe(here)
  })

  it('a changed value, flag or order gives a different codeSha256', () => {
    const base = buildEdgePackage(policy({ headers: SIX_HEADERS })).manifest.codeSha256
    const value = buildEdgePackage(
      policy({ headers: [...SIX_HEADERS.slice(0, 5), header('Referrer-Policy', 'no-referrer')] })
    )
    const flag = buildEdgePackage(
      policy({ headers: SIX_HEADERS.map((h, i) => (i === 0 ? { ...h, override: false } : h)) })
    )
    const order = buildEdgePackage(policy({ headers: [...SIX_HEADERS].reverse() }))
    expect(
      new Set([
        base,
        value.manifest.codeSha256,
        flag.manifest.codeSha256,
        order.manifest.codeSha256
      ]).size
    ).toBe(4)
  })

  it('source positions and the policy file name do not change the bytes', () => {
    const moved = structuredClone(RICH_POLICY)
    moved.file = 'other.yml'
    for (const h of moved.defaults.headers) h.pos = { file: 'other.yml', line: 99, col: 7 }
    expect(buildEdgePackage(moved).manifest.codeSha256).toBe(
      buildEdgePackage(RICH_POLICY).manifest.codeSha256
    )
  })

  it('the zip holds index.mjs then config.json, 0644, dated 1980-01-01', () => {
    const { zip } = buildEdgePackage(RICH_POLICY)
    expect(Object.keys(unzipSync(zip))).toEqual(['index.mjs', 'config.json'])
    const view = Buffer.from(zip)
    const central = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    expect(view.readUInt16LE(central + 12)).toBe(0x0000) // DOS time 00:00:00
    expect(view.readUInt16LE(central + 14)).toBe(0x0021) // DOS date 1980-01-01
    expect(view.readUInt32LE(central + 38) >>> 16).toBe(0o100644)
  })
})

describe('manifest', () => {
  it('describes the zip as Lambda would', () => {
    const { zip, manifest } = buildEdgePackage(RICH_POLICY)
    expect(manifest.codeSha256).toBe(createHash('sha256').update(zip).digest('base64'))
    expect(manifest.bytes).toBe(zip.byteLength)
    expect(manifest.runtime).toBe('nodejs22.x')
    expect(manifest.handler).toBe('index.handler')
    expect(manifest.policyHash).toBe(RICH_POLICY.hash)
    expect(manifest.builtBy).toBe(`headerguard ${HEADERGUARD_VERSION}`)
    expect(buildEdgePackage(RICH_POLICY, { runtime: 'nodejs24.x' }).manifest.runtime).toBe(
      'nodejs24.x'
    )
  })

  it('HEADERGUARD_VERSION matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      version: string
    }
    expect(HEADERGUARD_VERSION).toBe(pkg.version)
  })

  it('readPackagedHeaders reads back what the manifest says', () => {
    const { zip, manifest } = buildEdgePackage(RICH_POLICY)
    expect(readPackagedHeaders(zip)).toEqual(manifest.headers)
    expect(manifest.headers.defaults.headers['x-frame-options']).toBe('DENY')
    expect(manifest.headers.defaults.remove).toEqual(['server', 'x-powered-by', 'x-amz-*'])
    expect(manifest.headers.paths.map((p) => p.match)).toEqual(['/embed/*', '/assets/*.js'])
    expect(manifest.headers.paths[0]?.headers['x-frame-options']).toBe('SAMEORIGIN')
  })

  it('readPackagedHeaders refuses a zip that is not an edge package', () => {
    expect(() => readPackagedHeaders(new Uint8Array([1, 2, 3]))).toThrow(
      /not a headerguard edge package/
    )
  })

  it('writeEdgePackage writes DIR/edge.zip and pretty DIR/manifest.json', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hg-build-')), 'out')
    const pkg = buildEdgePackage(RICH_POLICY)
    await writeEdgePackage(dir, pkg)
    expect(readFileSync(join(dir, 'edge.zip')).equals(Buffer.from(pkg.zip))).toBe(true)
    const text = readFileSync(join(dir, 'manifest.json'), 'utf8')
    expect(text).toBe(`${JSON.stringify(pkg.manifest, null, 2)}\n`)
  })
})

describe('embedded handler source', () => {
  it('src/compile/edge-source.generated.ts is up to date with edge/handler.mjs (run node scripts/generate-edge-source.mjs)', () => {
    expect(EDGE_HANDLER_SOURCE).toBe(readFileSync(new URL('edge/handler.mjs', root), 'utf8'))
    execFileSync(process.execPath, ['scripts/generate-edge-source.mjs', '--check'], {
      cwd: root.pathname
    })
  })

  it('the handler keeps the same restricted-header list as src/headers/edge-restrictions.ts', async () => {
    const { DISALLOWED_HEADERS, DISALLOWED_HEADER_PREFIXES, ORIGIN_RESPONSE_READ_ONLY_HEADERS } =
      await import('../../src/headers/edge-restrictions.js')
    const mod = (await importEdgeHandler(buildEdgePackage(RICH_POLICY).zip)).exports
    expect([...(mod.PROTECTED_HEADERS as string[])].sort()).toEqual(
      [...DISALLOWED_HEADERS, ...ORIGIN_RESPONSE_READ_ONLY_HEADERS].sort()
    )
    expect(mod.PROTECTED_HEADER_PREFIXES).toEqual(DISALLOWED_HEADER_PREFIXES)
  })
})
