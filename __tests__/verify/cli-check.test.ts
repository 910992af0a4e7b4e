import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cliInProcess } from '../helpers/cli-in-process.js'
import { type SiteServer, startSiteServer } from '../helpers/site-server.js'

const POLICY = `version: 1
extends: none
cloudfront:
  distribution: E2QWRUHEXAMPLE
headers:
  x-frame-options: DENY
  x-content-type-options: nosniff
remove: [x-powered-by]
`

function run(args: string[], cwd: string) {
  return cliInProcess(['check', ...args], { cwd })
}

let dir: string
let good: SiteServer
let bad: SiteServer
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'headerguard-check-'))
  await writeFile(join(dir, 'policy.yml'), POLICY)
  await writeFile(join(dir, 'broken.yml'), 'version: 1\nheaders:\n  "bad name": x\n')
  const headers = { 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff' }
  good = await startSiteServer({ '/': { headers }, '*': { status: 404, headers } })
  bad = await startSiteServer({
    '/': { headers: { 'x-frame-options': 'SAMEORIGIN', 'x-powered-by': 'PHP/8' } }
  })
})
afterAll(async () => {
  await good.close()
  await bad.close()
})

describe('headerguard check', () => {
  it('exits 0 and prints the table for a conforming site (--verbose), one line per URL by default', async () => {
    const brief = await run(['--policy', 'policy.yml', '--url', `${good.url}/`], dir)
    expect(brief.out).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ {2}200 \(page\): \d+ checks pass$/m)
    expect(brief.out).not.toMatch(/header\s+expected\s+actual\s+verdict/)
    const { code, out } = await run(
      ['--policy', 'policy.yml', '--url', `${good.url}/`, '--verbose'],
      dir
    )
    expect(code).toBe(0)
    expect(out).toMatch(/header\s+expected\s+actual\s+verdict/)
    expect(out).toMatch(/x-frame-options\s+DENY\s+DENY\s+pass/)
    expect(out).toMatch(/^PASS: .* grade [A-F]/m)
  })

  it('exits 1 on violations and writes the JSON report of the contract with --json', async () => {
    const { code, out } = await run(
      ['--policy', 'policy.yml', '--url', bad.url, '--json', 'out/report.json', '--verbose'],
      dir
    )
    expect(code).toBe(1)
    expect(out).toMatch(/x-frame-options\s+DENY\s+SAMEORIGIN\s+MISMATCH/)
    expect(out).toMatch(
      /x-powered-by: x-powered-by should have been removed by the edge \(policy line 8\)/
    )
    const json = JSON.parse(await readFile(join(dir, 'out/report.json'), 'utf8')) as {
      status: string
      grade: string
      results: Array<{ url: string; status: number; findings: Array<Record<string, unknown>> }>
    }
    expect(json.status).toBe('fail')
    expect(json.results[0]?.url).toBe(`${bad.url}/`)
    expect(json.results[0]?.findings.find((f) => f.header === 'x-frame-options')).toMatchObject({
      verdict: 'mismatch',
      expected: 'DENY',
      actual: 'SAMEORIGIN',
      policyLine: 6
    })
  })

  it('exits 2 when no URL answers', async () => {
    const closed = await startSiteServer({})
    await closed.close()
    const { code, err } = await run(['--policy', 'policy.yml', '--url', closed.url], dir)
    expect(code).toBe(2)
    expect(err).toMatch(/no URL answered/)
  })

  it('exits 2 without a URL and says to pass --url', async () => {
    const { code, err } = await run(['--policy', 'policy.yml'], dir)
    expect(code).toBe(2)
    expect(err).toMatch(/No URL to verify: .*--url on the command line/)
  })

  it('exits 2 with positioned diagnostics for a broken policy', async () => {
    const { code, err } = await run(['--policy', 'broken.yml', '--url', good.url], dir)
    expect(code).toBe(2)
    expect(err).toMatch(/^broken\.yml:\d+:\d+: error: /m)
  })
})
