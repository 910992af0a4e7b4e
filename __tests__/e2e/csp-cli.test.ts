// `headerguard csp-preview` and `csp-suggest` as users run them: the bundle dist/cli.js under
// the runner's Node 24, driving Debian's Chromium against a loopback site.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  startCspTestSite,
  writeCspPolicy,
  TIGHT_CSP,
  type CspTestSite
} from '../helpers/csp-site.js'
import { runCli } from '../helpers/cli-process.js'
import { assertFreshDist } from '../helpers/fresh-dist.js'

let site: CspTestSite
const dir = mkdtempSync(join(tmpdir(), 'headerguard-csp-cli-'))

beforeAll(async () => {
  assertFreshDist()
  site = await startCspTestSite()
})
afterAll(async () => {
  await site?.close()
})

const headerguard = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
  runCli(args, { timeout: 60_000, env })

describe('headerguard csp-preview / csp-suggest (bundled)', () => {
  it('csp-preview exits 1 and writes the JSON report when the new CSP would block something', async () => {
    const json = join(dir, 'preview.json')
    const run = await headerguard([
      'csp-preview',
      '--policy',
      writeCspPolicy(dir, TIGHT_CSP),
      '--url',
      site.page,
      '--json',
      json
    ])
    expect(run.stdout).toMatch(/the new CSP would block 4 resources on \//)
    expect(run.code).toBe(1)
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      browser: string
      pages: {
        url: string
        status: number
        violations: { directive: string; blocked: string; count: number; suggestion: string }[]
        policyWarnings: string[]
      }[]
    }
    expect(report.browser).toMatch(/^Chromium \d+/)
    expect(report.pages[0]).toMatchObject({ url: site.page, status: 200, policyWarnings: [] })
    expect(report.pages[0]?.violations.map((v) => v.directive).sort()).toEqual([
      'script-src',
      'script-src-elem',
      'script-src-elem',
      'style-src-elem'
    ])
  })

  it("csp-suggest's fragment, pasted into a policy, previews clean (exit 0)", async () => {
    const suggest = await headerguard(['csp-suggest', '--url', site.page, '--pages', '3'])
    expect(suggest.code).toBe(0)
    expect(suggest.stdout).toMatch(/^# Not seen: resources loaded only after user interaction/m)
    const policy = join(dir, 'suggested.yml')
    writeFileSync(
      policy,
      `version: 1\nextends: none\nheaders:\n${suggest.stdout.replace(/^(?=.)/gm, '  ')}`
    )
    const preview = await headerguard([
      'csp-preview',
      '--policy',
      policy,
      '--url',
      site.page,
      '--url',
      `${site.site.url}/about`
    ])
    expect(preview.stdout).toMatch(/the new CSP blocks nothing on 2 pages/)
    expect(preview.code).toBe(0)
  })

  it('exits 2 with a clear note when no browser can be found', async () => {
    const run = await headerguard(
      ['csp-preview', '--policy', writeCspPolicy(dir, TIGHT_CSP), '--url', site.page],
      {
        PATH: dir,
        HOME: dir
      }
    )
    expect(run.stderr).toMatch(/no Chrome or Chromium found .*set browser-path/)
    expect(run.code).toBe(2)
  })
})
