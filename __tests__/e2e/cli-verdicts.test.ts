// `headerguard check` verdicts as a user meets them: the bundled dist/cli.js as a process
// against loopback sites (issue 14: page URLs, URLs that cannot be checked, the quick scan).
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
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
