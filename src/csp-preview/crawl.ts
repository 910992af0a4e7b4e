// csp-suggest's crawl: the start page, then same-origin pages linked from the pages seen, up
// to a bound, each loaded in the browser without the site's CSP and under a report-only policy
// that allows nothing, so that everything the page uses is reported by the browser itself.
import type { PlainResponse } from '../edge-runtime/preview.js'
import { isCspHeader } from '../headers/header-names.js'
import type { RunningBrowser } from './launch.js'
import { loadPage } from './page-load.js'
import { CATCH_ALL_POLICY, type SiteUsage } from './suggest.js'

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

export async function crawlSite(
  running: RunningBrowser,
  start: string,
  maxPages: number,
  onPage?: (url: string) => void
): Promise<CrawlResult> {
  const origin = new URL(start).origin
  const queue = [pageKey(start)]
  const seen = new Set(queue)
  const result: CrawlResult = {
    usage: { violations: [], forms: [] },
    pages: [],
    notCrawled: [],
    problems: []
  }
  while (queue.length > 0 && result.pages.length < maxPages) {
    const url = queue.shift()!
    onPage?.(url)
    const load = await loadPage(running.browser, url, {
      origins: [origin],
      rewrite: async (_url, response) => withoutSiteCsp(response),
      readLinks: true
    })
    if (load.error) {
      result.problems.push(`${url}: ${load.error}`)
      continue
    }
    result.pages.push(url)
    result.problems.push(...load.problems.map((p) => `${url}: ${p}`))
    for (const violation of load.violations) result.usage.violations.push({ page: url, violation })
    for (const action of load.forms) result.usage.forms.push({ page: url, action })
    for (const link of load.links) {
      let key: string
      try {
        key = pageKey(link)
      } catch {
        continue
      }
      if (new URL(key).origin !== origin || seen.has(key) || NOT_A_PAGE.test(new URL(key).pathname))
        continue
      seen.add(key)
      queue.push(key)
    }
  }
  result.notCrawled = queue
  return result
}
