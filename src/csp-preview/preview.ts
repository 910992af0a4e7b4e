// csp-preview: load each page of the real site in the browser, with every response of the
// site's own origins rewritten to what the new edge function makes of it, and report what the
// new CSP would block. The enforced CSP is served as Content-Security-Policy-Report-Only, so
// a blocked script still runs and what it would have loaded is seen too; each violation then
// says whether the new configuration enforces the policy it broke (the page would lose it).
import type { EdgePreview, PlainResponse } from '../edge-runtime/preview.js'
import { parseCsp } from '../headers/csp.js'
import { mapLimit } from '../pool.js'
import type { BrowserChoice } from './browser.js'
import { type RunningBrowser, withBrowser } from './launch.js'
import {
  PAGES_AT_ONCE,
  type PageLoadOptions,
  type RewrittenResponse,
  loadPage
} from './page-load.js'
import { type PageDone, timedPage } from './progress.js'
import type { CspPagePreview, CspPreviewReport } from './types.js'
import { policyWarnings, summarizeViolations } from './violations.js'

export interface CspPreviewInput {
  /** The new edge function, run on each live response (edge-runtime's openEdgePreview). */
  edge: Pick<EdgePreview, 'apply'>
  /** The pages to load, in order. */
  urls: string[]
  /** The browser to start (and close), or one already running that the caller closes. */
  browser: BrowserChoice | RunningBrowser
  /** Called as each page is done, for progress lines (`progressLine`). */
  onPageDone?: (done: PageDone) => void
  /** Tabs at once (default PAGES_AT_ONCE); the benchmark compares others. */
  pagesAtOnce?: number
  timeouts?: Pick<PageLoadOptions, 'navigationTimeoutMs' | 'settleTimeoutMs'>
  /** Aborted on a cancel: the browser started here is closed at once, ending the pages in flight. */
  signal?: AbortSignal
}

const CSP = 'content-security-policy'
const CSP_REPORT_ONLY = 'content-security-policy-report-only'

/** What one page load served as enforced policies, and what went wrong on the way. */
interface PageState {
  enforced: Set<string>
  problems: string[]
}

function newHeaders(): Record<string, string[]> {
  return Object.create(null) as Record<string, string[]>
}

/** The edge's result with every enforced CSP turned into a report-only one (remembered). */
export function asReportOnly(
  headers: Record<string, string[]>,
  enforced: Set<string>
): Record<string, string[]> {
  const out = newHeaders()
  for (const [name, values] of Object.entries(headers)) {
    const target = name === CSP ? CSP_REPORT_ONLY : name
    if (name === CSP) values.forEach((value) => enforced.add(value))
    out[target] = [...(out[target] ?? []), ...values]
  }
  return out
}

function edgeRewrite(edge: Pick<EdgePreview, 'apply'>, state: PageState) {
  return async (url: URL, response: PlainResponse): Promise<RewrittenResponse> => {
    const result = await edge.apply(url.pathname, response)
    if (result.rejected) {
      state.problems.push(
        `${url.pathname}: CloudFront would reject the new edge function's result and answer ${result.status} (${result.rejected})`
      )
      return { ...result, body: `<!doctype html><title>${result.status}</title>` }
    }
    return { status: result.status, headers: asReportOnly(result.headers, state.enforced) }
  }
}

/** A policy the preview cannot show in report-only form, said on the page it matters for. */
function upgradeNote(url: string, enforced: Set<string>): string[] {
  const upgrades = [...enforced].some((policy) =>
    parseCsp(policy).some((d) => d.name === 'upgrade-insecure-requests')
  )
  return upgrades && url.startsWith('http:')
    ? [
        'upgrade-insecure-requests is not applied in report-only form: on this http page the enforced policy would fetch every http subresource over https'
      ]
    : []
}

async function previewPage(
  running: RunningBrowser,
  url: string,
  origins: string[],
  input: CspPreviewInput
): Promise<CspPagePreview> {
  const state: PageState = { enforced: new Set(), problems: [] }
  const load = await loadPage(running.browser, url, {
    origins,
    rewrite: edgeRewrite(input.edge, state),
    ...input.timeouts
  })
  return {
    url,
    ...(load.status !== undefined ? { status: load.status } : {}),
    violations: summarizeViolations(load.violations, url, state.enforced),
    policyWarnings: policyWarnings(load.logs, state.enforced.size > 0),
    problems: [...state.problems, ...load.problems, ...upgradeNote(url, state.enforced)],
    ...(load.error ? { error: load.error } : {})
  }
}

/** The site's own origins: their responses are the ones the distribution (and the edge) serves. */
function siteOrigins(urls: readonly string[]): string[] {
  return [...new Set(urls.map((url) => new URL(url).origin))]
}

export async function previewCsp(input: CspPreviewInput): Promise<CspPreviewReport> {
  const origins = siteOrigins(input.urls)
  const run = async (running: RunningBrowser): Promise<CspPreviewReport> => {
    const pages = await mapLimit(input.urls, input.pagesAtOnce ?? PAGES_AT_ONCE, (url) =>
      timedPage(() => previewPage(running, url, origins, input), input.onPageDone)
    )
    return { browser: running.name, pages }
  }
  return 'path' in input.browser
    ? withBrowser(input.browser, input.urls, run, input.signal)
    : run(input.browser)
}

/** Violations the new configuration would enforce: the page would lose these resources. */
export function blockedCount(page: CspPagePreview): number {
  return page.violations.filter((v) => v.enforced).length
}
