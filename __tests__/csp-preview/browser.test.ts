// The CSP preview and csp-suggest in a real Chromium (/usr/bin/chromium, Debian's package) on a
// loopback site: one browser for the whole file, a fresh tab per page.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildEdgePackage } from '../../src/compile/package.js'
import { CancelledError } from '../../src/errors.js'
import { openEdgePreview } from '../../src/edge-runtime/preview.js'
import { findBrowser } from '../../src/csp-preview/browser.js'
import {
  type RunningBrowser,
  startBrowser,
  type StartedBrowser
} from '../../src/csp-preview/launch.js'
import type { BrowserChoice } from '../../src/csp-preview/browser.js'
import { startEmulator } from '../../src/emulator/index.js'
import { crawlSite } from '../../src/csp-preview/crawl.js'
import { type CspPreviewInput, blockedCount, previewCsp } from '../../src/csp-preview/preview.js'
import { PAGES_AT_ONCE } from '../../src/csp-preview/page-load.js'
import { suggestDirectives, suggestionYaml } from '../../src/csp-preview/suggest.js'
import { hashSource } from '../../src/csp-preview/violations.js'
import { loadPolicyText } from '../../src/policy/load.js'
import {
  INLINE_SCRIPT,
  INLINE_STYLE,
  TIGHT_CSP,
  allowingCsp,
  startCspTestSite,
  writeCspPolicy,
  type CspTestSite
} from '../helpers/csp-site.js'
import { ZERO_DELAYS } from '../helpers/emulator-fixtures.js'
import { startHangingSite, startSiteServer } from '../helpers/site-server.js'

let site: CspTestSite
let browser: StartedBrowser
const dir = mkdtempSync(join(tmpdir(), 'headerguard-csp-'))

beforeAll(async () => {
  site = await startCspTestSite()
  const choice = findBrowser(undefined, process.env)
  if (!choice) throw new Error('these tests need Chromium: apt-get install -y chromium')
  browser = await startBrowser(choice, [site.page])
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

async function previewText(
  policyText: string,
  urls: string[],
  using: RunningBrowser | BrowserChoice = browser,
  more: Pick<CspPreviewInput, 'timeouts' | 'signal'> = {}
) {
  const loaded = loadPolicyText(policyText, 'policy.yml')
  if (!loaded.policy) throw new Error(JSON.stringify(loaded.diagnostics))
  const edge = await openEdgePreview(buildEdgePackage(loaded.policy).zip)
  try {
    return await previewCsp({ edge, urls, browser: using, ...more })
  } finally {
    await edge.close()
  }
}

/** A policy file with this CSP, read back as the CLI reads it. */
async function preview(csp: string, urls = [site.page]) {
  const file = writeCspPolicy(dir, csp, `p${Math.random().toString(36).slice(2)}.yml`)
  return previewText(readFileSync(file, 'utf8'), urls)
}

describe('csp-preview in Chromium', () => {
  it('lists exactly the four things a tight CSP blocks, with their directives, and not the allowed script', async () => {
    const report = await preview(TIGHT_CSP)
    expect(report.browser).toMatch(/^Chromium \d+\./)
    const [page] = report.pages
    expect(page?.status).toBe(200)
    const items = page!.violations.map((v) => ({
      directive: v.directive,
      blocked: v.blocked,
      enforced: v.enforced
    }))
    expect(items).toHaveLength(4)
    expect(items).toEqual(
      expect.arrayContaining([
        { directive: 'script-src-elem', blocked: 'inline', enforced: true },
        {
          directive: 'script-src-elem',
          blocked: `${site.thirdParty.url}/widget.js`,
          enforced: true
        },
        { directive: 'style-src-elem', blocked: 'inline', enforced: true },
        { directive: 'script-src', blocked: 'eval', enforced: true }
      ])
    )
    expect(page!.violations.some((v) => v.blocked.includes('/app.js'))).toBe(false)
    expect(blockedCount(page!)).toBe(4)
    const byBlocked = (d: string, b: string) =>
      page!.violations.find((v) => v.directive === d && v.blocked === b)!
    // The hash is that of the exact text the browser runs, so adding it allows exactly this block.
    expect(byBlocked('script-src-elem', 'inline').suggestion).toBe(
      `add ${hashSource(INLINE_SCRIPT)} to script-src`
    )
    expect(byBlocked('style-src-elem', 'inline').suggestion).toBe(
      `add ${hashSource(INLINE_STYLE)} to style-src`
    )
    expect(byBlocked('script-src-elem', `${site.thirdParty.url}/widget.js`).suggestion).toBe(
      `add ${site.thirdParty.url} to script-src`
    )
    expect(byBlocked('script-src-elem', 'inline')).toMatchObject({ source: site.page, line: 12 })
    expect(page!.policyWarnings).toEqual([])
  })

  it('reports nothing for a policy that allows exactly what the page uses', async () => {
    const report = await preview(allowingCsp(site))
    expect(report.pages[0]?.violations).toEqual([])
    expect(report.pages[0]?.status).toBe(200)
  })

  it('keeps a report-only CSP of the new policy report-only: its violations are reported, not blocked', async () => {
    const report = await previewText(
      `version: 1\nextends: none\nheaders:\n  content-security-policy-report-only: "${TIGHT_CSP}"\n`,
      [site.page]
    )
    expect(report.pages[0]?.violations).toHaveLength(4)
    expect(report.pages[0]?.violations.every((v) => !v.enforced)).toBe(true)
    expect(blockedCount(report.pages[0]!)).toBe(0)
  })

  it("passes on the browser's own complaints about the policy", async () => {
    // 'unsafe-inline' next to a hash is ignored: the inline style stays blocked, and Chrome says why.
    const other = hashSource('p { color: red }')
    const csp = allowingCsp(site).replace(
      /style-src .*$/,
      `style-src 'self' 'unsafe-inline' ${other}`
    )
    const report = await preview(csp)
    expect(report.pages[0]?.violations.map((v) => v.directive)).toEqual(['style-src-elem'])
    expect(report.pages[0]?.policyWarnings).toEqual([
      "Note that 'unsafe-inline' is ignored if either a hash or nonce value is present in the source list."
    ])
  })

  it('keeps the pages beside one the browser fails on (a tab that would not open)', async () => {
    let tabs = 0
    const flaky = {
      newPage: () =>
        ++tabs === 2
          ? Promise.reject(new Error('Protocol error (Target.createTarget): timed out'))
          : browser.browser.newPage()
    } as unknown as StartedBrowser['browser']
    const urls = [site.page, `${site.site.url}/about`]
    const report = await previewText(
      `version: 1\nheaders:\n  content-security-policy: "${TIGHT_CSP}"`,
      urls,
      { browser: flaky, name: 'Chromium' }
    )
    expect(report.pages[0]).toMatchObject({ url: urls[0], status: 200 })
    expect(report.pages[0]?.violations.length).toBeGreaterThan(0)
    expect(report.pages[1]).toMatchObject({
      url: urls[1],
      error:
        'the browser could not open a tab for it: Protocol error (Target.createTarget): timed out'
    })
  })

  it('says when a page cannot be loaded', async () => {
    const report = await preview(TIGHT_CSP, [
      `http://127.0.0.1:${site.site.port + 0}/missing`,
      'http://127.0.0.1:9/'
    ])
    expect(report.pages[0]?.status).toBe(404)
    expect(report.pages[1]?.error).toMatch(/did not load/)
  })
})

describe('a cancel (SIGINT/SIGTERM) during a preview', () => {
  it('closes the browser it started at once and throws the cancel, pages loading and queued', async () => {
    const controller = new AbortController()
    // The page never finishes; the cancel arrives while the browser waits for it.
    const hanging = await startHangingSite(() => controller.abort(new CancelledError('SIGINT')))
    const choice = findBrowser(undefined, process.env) as BrowserChoice
    try {
      const outcome = await previewText(
        `version: 1\nheaders:\n  content-security-policy: "${TIGHT_CSP}"`,
        // More pages than tabs: some are loading, some queued when the cancel comes.
        Array.from({ length: 6 }, (_, i) => `${hanging.url}page-${i}`),
        choice,
        {
          // Far past the test's own limit: only the cancel can end this load in time.
          timeouts: { navigationTimeoutMs: 600_000, settleTimeoutMs: 600_000 },
          signal: controller.signal
        }
      ).then(
        () => 'resolved',
        (error: unknown) => error
      )
      expect(outcome).toBeInstanceOf(CancelledError)
    } finally {
      await hanging.close()
    }
  })
})

describe('an https site whose CA only NODE_EXTRA_CA_CERTS names (the emulator viewer)', () => {
  it('is previewed by a browser given that variable for loopback pages; without it, or with a page off loopback, it cannot load', async () => {
    const id = 'ETLSPREVIEW0001'
    const emulator = await startEmulator({
      port: 0,
      delays: ZERO_DELAYS,
      state: {
        distributions: [
          {
            id,
            origins: [{ id: 'shop', url: site.site.url }],
            defaultBehavior: { viewerProtocolPolicy: 'allow-all' }
          }
        ]
      }
    })
    try {
      const page = `${emulator.viewers[id]!.replace(/^http:/, 'https:')}/`
      const policy = readFileSync(writeCspPolicy(dir, TIGHT_CSP, 'tls.yml'), 'utf8')
      const choice = findBrowser(undefined, {
        ...process.env,
        NODE_EXTRA_CA_CERTS: emulator.caFile
      })
      const trusted = await previewText(policy, [page], choice)
      expect(trusted.pages[0]).toMatchObject({ url: page, status: 200 })
      expect(trusted.pages[0]?.error).toBeUndefined()
      expect(blockedCount(trusted.pages[0]!)).toBe(4)

      const untrusted = await previewText(policy, [page])
      expect(untrusted.pages[0]?.error).toMatch(/ERR_CERT_AUTHORITY_INVALID/)

      // Started for a run that also loads a page off loopback, the browser gets no SPKI list.
      const offLoopback = await startBrowser(choice!, [page, 'https://shop.example.com/'])
      try {
        const refused = await previewText(policy, [page], offLoopback)
        expect(refused.pages[0]?.error).toMatch(/ERR_CERT_AUTHORITY_INVALID/)
      } finally {
        await offLoopback.close()
      }
    } finally {
      await emulator.close()
    }
  }, 60_000)
})

describe('csp-suggest in Chromium', () => {
  it("crawls the site's linked pages and suggests a CSP that then previews clean", async () => {
    const crawl = await crawlSite(browser, site.page, 5)
    expect(crawl.pages).toEqual([site.page, `${site.site.url}/about`])
    const suggestion = suggestDirectives(crawl.usage, false)
    expect(suggestion.directives.get('script-src')).toEqual(
      expect.arrayContaining([
        "'self'",
        "'unsafe-eval'",
        hashSource(INLINE_SCRIPT),
        site.thirdParty.url
      ])
    )
    expect(suggestion.directives.get('style-src')).toEqual([hashSource(INLINE_STYLE)])
    const yaml = suggestionYaml(suggestion, ['a comment'])
    const policy = `version: 1\nextends: none\nheaders:\n${yaml.replace(/^/gm, '  ')}`
    const report = await previewText(policy, crawl.pages)
    expect(report.pages.map((p) => p.violations)).toEqual([[], []])
  })

  it('stops at the page bound and says which pages it did not crawl', async () => {
    const crawl = await crawlSite(browser, site.page, 1)
    expect(crawl.pages).toEqual([site.page])
    expect(crawl.notCrawled).toEqual([`${site.site.url}/about`])
  })
})

/**
 * A site of linked pages that holds each page but the start page until `holdUntil` are asked
 * for at once (or 10 s went by: far more than tabs starting side by side take, however loaded
 * the machine), counting how many it was asked for at once: pages loaded one at a time never
 * overlap. It then waits 300 ms, so that a page beyond the limit of tabs would show in the
 * count, and answers the held pages last first, so that results kept in finishing order would
 * show; later pages are answered at once. `broken` pages drop the connection and nothing is held.
 */
async function startLinkedSite(
  links: Record<string, string[]>,
  { broken = [] as string[], holdUntil = 2 } = {}
) {
  let inFlight = 0
  let peak = 0
  let holding = broken.length === 0
  const held: Array<() => void> = []
  const releaseAll = () => {
    holding = false
    const last = held.splice(0).reverse()
    last.forEach((answer, i) => setTimeout(answer, 300 + i * 100))
  }
  const site = await startSiteServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const targets = links[path]
    if (!targets) {
      res.writeHead(404).end()
      return
    }
    if (broken.includes(path)) {
      req.socket.destroy()
      return
    }
    const anchors = targets.map((target) => `<a href="${target}">${target}</a>`).join('')
    const page = `<!doctype html><title>${path}</title>${anchors}`
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(page)
      return
    }
    inFlight++
    peak = Math.max(peak, inFlight)
    if (!holding) {
      inFlight--
      res.writeHead(200, { 'content-type': 'text/html' }).end(page)
      return
    }
    let answered = false
    const answer = () => {
      if (answered) return
      answered = true
      clearTimeout(timer)
      inFlight--
      res.writeHead(200, { 'content-type': 'text/html' }).end(page)
    }
    const timer = setTimeout(answer, 10_000)
    held.push(answer)
    if (held.length >= holdUntil) releaseAll()
  })
  return { site, peak: () => peak }
}

describe('pages side by side', () => {
  const tree = {
    '/': ['/a', '/b'],
    '/a': ['/c', '/d'],
    '/b': ['/a', '/e'],
    '/c': [],
    '/d': [],
    '/e': []
  }

  it('the crawl loads a depth at once and crawls, in order, what one page at a time would', async () => {
    const linked = await startLinkedSite(tree)
    try {
      const crawl = await crawlSite(browser, `${linked.site.url}/`, 3)
      const url = (path: string) => `${linked.site.url}${path}`
      expect(crawl.pages).toEqual(['/', '/a', '/b'].map(url))
      expect(crawl.notCrawled).toEqual(['/c', '/d', '/e'].map(url))
      expect(linked.peak()).toBeGreaterThan(1)
    } finally {
      await linked.site.close()
    }
  })

  it('a page that fails in a batch leaves its place to the next, as one page at a time would', async () => {
    // '/a' fails: the bound of 3 is filled by '/b' and then '/e' (linked from '/b'), and '/a''s
    // own links are never seen.
    const linked = await startLinkedSite(tree, { broken: ['/a'] })
    try {
      const crawl = await crawlSite(browser, `${linked.site.url}/`, 3)
      const url = (path: string) => `${linked.site.url}${path}`
      expect(crawl.pages).toEqual(['/', '/b', '/e'].map(url))
      expect(crawl.notCrawled).toEqual([])
      expect(crawl.problems).toEqual([
        expect.stringMatching(new RegExp(`^${url('/a')}: the page did not load`))
      ])
    } finally {
      await linked.site.close()
    }
  })

  it('the preview loads its pages at once, as many as it may, and reports them in the order given', async () => {
    const linked = await startLinkedSite(tree, { holdUntil: PAGES_AT_ONCE })
    try {
      const urls = Array.from(
        { length: PAGES_AT_ONCE + 2 },
        (_, i) => `${linked.site.url}/a?p=${i}`
      )
      const report = await preview(TIGHT_CSP, urls)
      expect(report.pages.map((page) => [page.url, page.status])).toEqual(
        urls.map((url) => [url, 200])
      )
      expect(linked.peak()).toBe(PAGES_AT_ONCE)
    } finally {
      await linked.site.close()
    }
  })
})
