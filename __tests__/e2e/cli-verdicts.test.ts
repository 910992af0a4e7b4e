// `headerguard check` verdicts as a user meets them: the bundled dist/cli.js as a process
// against loopback sites (issue 14: page URLs, URLs that cannot be checked, the quick scan).
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { assertFreshDist } from '../helpers/fresh-dist.js'
import { runCli } from '../helpers/cli-process.js'
import { type SiteServer, startSiteServer } from '../helpers/site-server.js'

beforeAll(() => assertFreshDist())

const headerguard = runCli

const sites: SiteServer[] = []
async function site(...args: Parameters<typeof startSiteServer>): Promise<SiteServer> {
  const s = await startSiteServer(...args)
  sites.push(s)
  return s
}
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.close()))
})

describe('check --url with a path (bundled)', () => {
  it('fetches the page as given and the 404 probe at the origin, never under the page', async () => {
    const s = await site({ '*': { headers: { 'x-content-type-options': 'nosniff' } } })
    const run = await headerguard(['check', '--url', `${s.url}/index.html`, '--quiet'])
    expect(run.code).not.toBe(2)
    const paths = s.requests.map((r) => new URL(r, 'http://x').pathname)
    expect(paths).toContain('/index.html')
    expect(paths.some((p) => /^\/headerguard-404-[0-9a-f]+$/.test(p))).toBe(true)
    expect(paths.filter((p) => p.startsWith('/index.html/'))).toEqual([])
  })
})

describe('check with a URL that cannot be checked (bundled)', () => {
  const nosniff = { 'x-content-type-options': 'nosniff' }
  const policy = (extra = '') => {
    const dir = mkdtempSync(join(tmpdir(), 'headerguard-unchecked-'))
    const file = join(dir, 'p.yml')
    writeFileSync(
      file,
      `version: 1\nheaders:\n  x-content-type-options: nosniff\n${extra}verify:\n  paths: [/, /slow, /loop]\n`
    )
    return { file, json: join(dir, 'r.json') }
  }
  const routes = {
    '/': { headers: nosniff },
    // Never within a run: a slow URL times out on every attempt, whatever the machine's load.
    '/slow': { delayMs: 60_000, headers: nosniff },
    '/loop': { redirect: '/loop', headers: nosniff },
    '*': { status: 404, headers: nosniff }
  }

  it('exits 2 and names each URL and why, not "0 violations"', async () => {
    const s = await site(routes)
    const p = policy()
    const run = await headerguard([
      'check',
      '--policy',
      p.file,
      '--url',
      `${s.url}/`,
      '--timeout',
      '600',
      '--json',
      p.json
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('2 URLs could not be checked (exit 2):')
    expect(run.stderr).toContain(`${s.url}/slow: no response within 600 ms (3 attempts)`)
    expect(run.stderr).toContain(`${s.url}/loop: redirect loop back to ${s.url}/loop`)
    expect(run.stdout).toMatch(/^NOT CHECKED: 2 URLs could not be checked; /m)
    expect(run.stdout).not.toMatch(/^FAIL/m)
    const report = JSON.parse(readFileSync(p.json, 'utf8')) as {
      status: string
      unchecked: { url: string; error: string }[]
    }
    expect(report.status).toBe('fail')
    expect(report.unchecked.map((u) => u.url).sort()).toEqual([`${s.url}/loop`, `${s.url}/slow`])
  })

  it('still exits 2, never 1, when other URLs violate the policy as well', async () => {
    const s = await site(routes)
    const run = await headerguard([
      'check',
      '--policy',
      policy('  x-frame-options: DENY\n').file,
      '--url',
      `${s.url}/`,
      '--timeout',
      '600'
    ])
    expect(run.code).toBe(2)
    expect(run.stdout).toMatch(/^FAIL: 2 URLs could not be checked; \d+ pass, [1-9]\d* error/m)
  })
})

describe('the quick scan: check --url without a policy file (bundled)', () => {
  it('speaks of the preset, cites no policy line, leaves HSTS alone on http:// and never mentions an edge', async () => {
    const s = await site({
      '*': {
        headers: { server: 'nginx/1.25', 'x-powered-by': 'PHP/8.3', 'x-frame-options': 'DENY' }
      }
    })
    const run = await headerguard(['check', '--url', `${s.url}/`, '--verbose'])
    expect(run.code).toBe(1)
    const out = run.stdout
    expect(out).not.toMatch(/policy line/)
    expect(out).not.toMatch(/edge/i)
    expect(out).not.toMatch(/strict-transport-security\s+\S.*MISSING/)
    expect(out).toMatch(
      /server: server is sent: the owasp preset advises leaving it out, since it tells attackers what the site runs on/
    )
    expect(out).toMatch(/x-content-type-options\s+nosniff\s+-\s+MISSING/)
    expect(run.stderr).toMatch(/Strict-Transport-Security was not judged on \d+ http:\/\/ URL\(s\)/)
  })

  it('says what is wrong with a certificate in words, once per URL, and exits 2', async () => {
    const { EMULATOR_LEAF_CERT_PEM: cert, EMULATOR_LEAF_KEY_PEM: key } =
      await import('../../src/emulator/tls-material.js')
    const https = await import('node:https')
    const server = https.createServer({ cert, key }, (_q, r) => r.end('x'))
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const port = (server.address() as { port: number }).port
    try {
      const run = await headerguard(['check', '--url', `https://127.0.0.1:${port}/`])
      expect(run.code).toBe(2)
      const all = run.stdout + run.stderr
      expect(all).toMatch(
        /TLS certificate error: the certificate of 127\.0\.0\.1:\d+ is signed by an issuer the client does not know/
      )
      expect(all).not.toMatch(/SSL routines|error:0A|UNABLE_TO_VERIFY_LEAF_SIGNATURE:/)
      // A certificate error is not retried.
      expect(run.stderr).toMatch(/\(1 attempt\)/)
      expect(run.stderr).not.toMatch(/\(3 attempts\)/)
    } finally {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
    }
  })
})
