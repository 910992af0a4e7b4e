// The `headerguard` bin as users run it: the committed bundle dist/cli.js, under Node 24, as a
// process. In-process tests cover the logic; these prove the bundle carries it.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runCli } from '../helpers/cli-process.js'
import { assertFreshDist } from '../helpers/fresh-dist.js'
import { actionNode } from '../helpers/runtimes.js'
import { startSiteServer } from '../helpers/site-server.js'

const cli = resolve('dist/cli.js')

beforeAll(() => assertFreshDist())
const BAD = '__tests__/fixtures/policies/bad'

function headerguard(args: string[], timeout = 30_000) {
  const run = spawnSync(actionNode(), [cli, ...args], { encoding: 'utf8', timeout })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** The same, without blocking this process: needed when the test itself serves the site. */
const headerguardAsync = (args: string[], timeout = 30_000) => runCli(args, { timeout })

function expectation(file: string): { line: number; rule: string } {
  const header = file.endsWith('.json')
    ? readFileSync(`${file}.expect`, 'utf8')
    : (readFileSync(file, 'utf8').split('\n')[0] ?? '')
  const match = /expect-line: (\d+) rule: (\S+)/.exec(header)
  if (!match) throw new Error(`${file} states no expect-line and rule`)
  return { line: Number(match[1]), rule: match[2]! }
}

/**
 * One bad fixture per stage of the loader, run through the bundle as a process: the YAML and
 * JSON parsers, the duplicate-key pass, the standalone schema validator, the resolver's header
 * grammar and Lambda@Edge rules. The in-process corpus test (policy/corpus.test.ts) checks every
 * fixture; this proves the bundle carries each stage, at a process start per file.
 */
const STAGES = [
  'yaml-syntax',
  'json-syntax',
  'duplicate-key',
  'schema-unknown-key',
  'hsts-syntax',
  'csp-source-syntax',
  'edge-read-only'
]

function fixturePerStage(): string[] {
  const files = readdirSync(BAD)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
  return STAGES.map((rule) => {
    const name = files.find((f) => expectation(join(BAD, f)).rule === rule)
    if (!name) throw new Error(`no bad fixture states rule ${rule}`)
    return join(BAD, name)
  })
}

describe('headerguard validate (bundled)', () => {
  it.each(readdirSync('examples').filter((f) => /\.(ya?ml|json)$/.test(f)))(
    'examples/%s is valid',
    (file) => {
      const run = headerguard(['validate', '--policy', `examples/${file}`])
      expect(run.stderr).not.toMatch(/error:/)
      expect(run.code).toBe(0)
    }
  )

  it.each(fixturePerStage())('%s exits 1 with its first error on the stated line', (file) => {
    const run = headerguard(['validate', '--policy', file])
    const first = run.stderr.split('\n').find((line) => line.includes(': error: '))
    expect({ code: run.code, line: first?.split(':')[1] }).toEqual({
      code: 1,
      line: String(expectation(file).line)
    })
  })
})

describe('headerguard build (bundled)', () => {
  it('gives the same codeSha256 twice for the same policy', () => {
    const shas = [1, 2].map(() => {
      const out = mkdtempSync(join(tmpdir(), 'headerguard-build-'))
      expect(headerguard(['build', '--policy', 'examples/spa.yml', '--out', out]).code).toBe(0)
      return (
        JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { codeSha256: string }
      ).codeSha256
    })
    expect(shas[0]).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    expect(shas[1]).toBe(shas[0])
  })
})

describe('headerguard check (bundled)', () => {
  it('prints the table and exits 0 on a conforming site, 1 on a violating one, 2 when nothing answers', async () => {
    const policy = mkdtempSync(join(tmpdir(), 'headerguard-check-'))
    const file = join(policy, 'p.yml')
    writeFileSync(
      file,
      'version: 1\nheaders:\n  x-frame-options: DENY\n  x-content-type-options: nosniff\n'
    )
    const good = await startSiteServer({
      '*': { headers: { 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff' } }
    })
    const bad = await startSiteServer({ '*': { headers: { 'x-frame-options': 'SAMEORIGIN' } } })
    try {
      const pass = await headerguardAsync([
        'check',
        '--policy',
        file,
        '--url',
        `${good.url}/`,
        '--json',
        join(policy, 'r.json'),
        '--verbose'
      ])
      expect(pass.stdout).toMatch(/x-frame-options\s+DENY\s+DENY\s+pass/)
      expect(pass.code).toBe(0)
      const report = JSON.parse(readFileSync(join(policy, 'r.json'), 'utf8')) as {
        status: string
        results: unknown[]
      }
      expect(report.status).toBe('pass')
      const fail = await headerguardAsync([
        'check',
        '--policy',
        file,
        '--url',
        `${bad.url}/`,
        '--verbose'
      ])
      expect(fail.stdout).toMatch(/x-frame-options\s+DENY\s+SAMEORIGIN\s+MISMATCH/)
      expect(fail.stdout).toMatch(/x-content-type-options\s+nosniff\s+-\s+MISSING/)
      expect(fail.code).toBe(1)
    } finally {
      await good.close()
      await bad.close()
    }
    const down = headerguard(['check', '--policy', file, '--url', 'http://127.0.0.1:9/'])
    expect(down.code).toBe(2)
  })
})

describe('headerguard check --url without a policy file (bundled)', () => {
  it('scans against the built-in OWASP preset, prints the table and exits 1 on a bare site', async () => {
    const bare = await startSiteServer({
      '*': { headers: { 'content-type': 'text/html', server: 'nginx' } }
    })
    try {
      const run = await headerguardAsync(['check', '--url', `${bare.url}/`, '--verbose'])
      expect(run.stdout).toMatch(/x-content-type-options\s+nosniff\s+-\s+MISSING/)
      expect(run.stderr).toMatch(/checked against \(built-in: extends owasp\)/)
      expect(run.code).toBe(1)
    } finally {
      await bare.close()
    }
  })
})

describe('headerguard emulator (bundled)', () => {
  it('prints its JSON line first, serves the default distribution, and stops on SIGTERM', async () => {
    const child = spawn(actionNode(), [cli, 'emulator', '--port', '0'])
    const line = await new Promise<string>((done) => {
      let buffer = ''
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString()
        if (buffer.includes('\n')) done(buffer.split('\n')[0] ?? '')
      })
    })
    const info = JSON.parse(line) as {
      endpoint: string
      distributions: Record<string, string>
      caFile: string
    }
    expect(info.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const viewer = info.distributions.EDFDVBD6EXAMPLE
    expect(viewer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const page = await fetch(`${viewer}/index.html`, { redirect: 'manual' })
    expect([200, 301]).toContain(page.status)
    const exit = new Promise<number | null>((done) => child.on('close', done))
    child.kill('SIGTERM')
    expect(await exit).toBe(0)
  })
})
