// csp-suggest's crawl: the start page, then same-origin pages linked from the pages seen, up
// to a bound, each loaded in the browser without the site's CSP and under a report-only policy
// that allows nothing, so that everything the page uses is reported by the browser itself.
import type { PlainResponse } from '../edge-runtime/preview.js'
import { isCspHeader } from '../headers/header-names.js'
import type { RunningBrowser } from './launch.js'
import { mapLimit } from '../pool.js'
import { PAGES_AT_ONCE, loadPage } from './page-load.js'
import { CATCH_ALL_POLICY, type SiteUsage } from './suggest.js'
import { type PageDone, timedPage } from './progress.js'

export const DEFAULT_PAGES = 10
export const MAX_PAGES = 100

/** Links to files a browser would download rather than render are not crawled. */
const NOT_A_PAGE =
  /\.(pdf|zip|gz|tgz|dmg|exe|msi|png|jpe?g|gif|webp|avif|svg|ico|mp[34]|webm|mov|woff2?|ttf|css|js|mjs|json|xml|txt)$/i

export interface CrawlResult {
  usage: SiteUsage
  pages: string[]
  /** Same-origin pages that were linked but not loaded (the bound was reached). */
  notCrawled: string[]
  problems: string[]
}

function withoutSiteCsp(response: PlainResponse): PlainResponse {
  const headers = Object.create(null) as Record<string, string[]>
  for (const [name, values] of Object.entries(response.headers)) {
    if (!isCspHeader(name)) {
      headers[name] = values
    }
  }
  headers['content-security-policy-report-only'] = [CATCH_ALL_POLICY]
  return { status: response.status, headers }
}

function pageKey(url: string): string {
  const parsed = new URL(url)
  parsed.hash = ''
  return parsed.href
}

/** The same-origin pages a load links to, in link order, not seen before (marked seen here). */
function newPages(links: readonly string[], origin: string, seen: Set<string>): string[] {
  const found: string[] = []
  for (const link of links) {
    let key: string
    let parsed: URL
    try {
      key = pageKey(link)
      parsed = new URL(key)
    } catch {
      continue
    }
    if (parsed.origin !== origin || seen.has(key) || NOT_A_PAGE.test(parsed.pathname)) continue
    seen.add(key)
    found.push(key)
  }
  return found
}

/**
 * Breadth first, in batches: the queued pages, up to what the bound leaves, load side by side
 * (as the preview's do), then their links are queued in page order, so the pages crawled, their
 * order and those left over are the ones a one-page-at-a-time crawl would give.
 */
export async function crawlSite(
  running: RunningBrowser,
  start: string,
  maxPages: number,
  onPageDone?: (done: PageDone) => void
): Promise<CrawlResult> {
  const origin = new URL(start).origin
  let queue = [pageKey(start)]
  const seen = new Set(queue)
  const result: CrawlResult = {
    usage: { violations: [], forms: [] },
    pages: [],
    notCrawled: [],
    problems: []
  }
  while (queue.length > 0 && result.pages.length < maxPages) {
    // A page that fails to load does not count against the bound: take no more than the bound
    // leaves, and come back for the rest of the queue if some failed.
    const batch = queue.slice(0, maxPages - result.pages.length)
    queue = queue.slice(batch.length)
    const loads = await mapLimit(batch, PAGES_AT_ONCE, (url) =>
      timedPage(
        () =>
          loadPage(running.browser, url, {
            origins: [origin],
            rewrite: async (_url, response) => withoutSiteCsp(response),
            readLinks: true
          }),
        onPageDone
      )
    )
    const next: string[] = []
    loads.forEach((load, index) => {
      const url = batch[index]!
      if (load.error) {
        result.problems.push(`${url}: ${load.error}`)
        return
      }
      result.pages.push(url)
      result.problems.push(...load.problems.map((p) => `${url}: ${p}`))
      for (const violation of load.violations)
        result.usage.violations.push({ page: url, violation })
      for (const action of load.forms) result.usage.forms.push({ page: url, action })
      next.push(...newPages(load.links, origin, seen))
    })
    queue = [...queue, ...next]
  }
  result.notCrawled = queue
  return result
}
