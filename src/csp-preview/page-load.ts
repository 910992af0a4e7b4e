// One page load in the browser, at the page's real origin: every response of the site's own
// origins is paused after the browser received it, its headers rewritten (by the caller: the
// new edge function, or the catch-all policy of csp-suggest) and handed back to the browser as
// if the server had sent them. The violations the browser raises and its own complaints about
// the policies are collected as they happen.
import { randomBytes } from 'node:crypto'
import type { Browser, CDPSession, Page } from 'puppeteer-core'
import type { Protocol } from 'devtools-protocol'
import { errorMessage } from '../errors.js'
import type { PlainResponse } from '../edge-runtime/preview.js'
import type { RawViolation } from './types.js'

/** What the page would receive instead: the rewritten status and headers, or a new body. */
export interface RewrittenResponse extends PlainResponse {
  /** Replaces the body (CloudFront's error page when the edge function's result is rejected). */
  body?: string
}

export type RewriteResponse = (url: URL, response: PlainResponse) => Promise<RewrittenResponse>

export interface PageLoadOptions {
  /** Origins (`https://www.example.com`) whose responses are rewritten; others pass untouched. */
  origins: string[]
  rewrite: RewriteResponse
  navigationTimeoutMs?: number
  /** How long to wait for the network to go quiet after `load`. */
  settleTimeoutMs?: number
  /** Also read the page's links and form targets (csp-suggest's crawl). */
  readLinks?: boolean
}

export interface BrowserLogEntry {
  level: string
  text: string
}

export interface PageLoad {
  url: string
  status?: number
  violations: RawViolation[]
  /** The browser's security messages about CSP (its parser's complaints, its reports). */
  logs: BrowserLogEntry[]
  links: string[]
  forms: string[]
  /** Why the page could not be loaded or watched completely. */
  problems: string[]
  /** Set when the page did not load at all. */
  error?: string
}

/**
 * Tabs loaded at once. Most of a page's time is waiting (for `load`, for the network to stay
 * quiet, for the last violation events), not the browser's work, so tabs side by side divide a
 * preview's time (`npm run bench -- csp-preview` measures 1, 2, 4 and 8; the README's table
 * has a run). More tabs were faster on the bench's light pages, but real pages run their
 * scripts and render, CPU the tabs share on a 2-core runner, and a starved tab can read as a
 * network still busy; 4 keeps each page's load close to a lone one.
 */
export const PAGES_AT_ONCE = 4

const NAVIGATION_TIMEOUT_MS = 30_000
const SETTLE_TIMEOUT_MS = 5_000
const NETWORK_IDLE_MS = 300
/** Violation events are queued tasks: give the last ones time to arrive after the page settled. */
const LAST_EVENTS_MS = 150

/**
 * Runs in every frame before any of the page's scripts. A violation event is fired at the
 * element that caused it (the inline script, the styled element) and bubbles to the document;
 * the element's text is what the browser hashes, so it travels with the report.
 */
function listenerSource(binding: string): string {
  return `(() => {
  const send = globalThis[${JSON.stringify(binding)}];
  if (typeof send !== 'function') return;
  delete globalThis[${JSON.stringify(binding)}];
  const inlineText = (e) => {
    const t = e.target;
    if (e.blockedURI !== 'inline' || !t || t.nodeType !== 1) return undefined;
    if (e.effectiveDirective === 'style-src-attr') return t.getAttribute('style') ?? undefined;
    if (e.effectiveDirective === 'script-src-attr') {
      const handlers = Array.from(t.attributes).filter((a) => /^on/i.test(a.name));
      return handlers.length === 1 ? handlers[0].value : undefined;
    }
    return /^(SCRIPT|STYLE)$/i.test(t.nodeName) ? t.textContent : undefined;
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    send(JSON.stringify({
      directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile,
      line: e.lineNumber, column: e.columnNumber, policy: e.originalPolicy,
      disposition: e.disposition, sample: e.sample, text: inlineText(e), frame: location.href
    }));
  }, true);
})();`
}

function plainHeaders(entries: Protocol.Fetch.HeaderEntry[]): Record<string, string[]> {
  const headers: Record<string, string[]> = Object.create(null) as Record<string, string[]>
  for (const { name, value } of entries) {
    const key = name.toLowerCase()
    // Chrome joins repeated headers with a newline; the edge sees them one by one.
    for (const part of value.split('\n')) (headers[key] ??= []).push(part)
  }
  return headers
}

/** The browser already decoded the body it gives us: the fulfilled response must not say otherwise. */
const DROPPED_ON_FULFIL = new Set(['content-encoding', 'content-length', 'transfer-encoding'])

function headerEntries(headers: Record<string, string[]>): Protocol.Fetch.HeaderEntry[] {
  return Object.entries(headers)
    .filter(([name]) => !DROPPED_ON_FULFIL.has(name))
    .flatMap(([name, values]) => values.map((value) => ({ name, value })))
}

async function responseBody(cdp: CDPSession, requestId: string, status: number): Promise<string> {
  // A redirect has no body the browser will read, and Chrome refuses to give one.
  if (status >= 300 && status < 400) return ''
  const { body, base64Encoded } = await cdp.send('Fetch.getResponseBody', { requestId })
  return base64Encoded ? body : Buffer.from(body).toString('base64')
}

function interceptor(cdp: CDPSession, options: PageLoadOptions, problems: string[]) {
  return async (event: Protocol.Fetch.RequestPausedEvent): Promise<void> => {
    const { requestId } = event
    try {
      const status = event.responseStatusCode ?? 200
      const url = new URL(event.request.url)
      const original = { status, headers: plainHeaders(event.responseHeaders ?? []) }
      const rewritten = await options.rewrite(url, original)
      const body =
        rewritten.body !== undefined
          ? Buffer.from(rewritten.body).toString('base64')
          : await responseBody(cdp, requestId, status)
      await cdp.send('Fetch.fulfillRequest', {
        requestId,
        responseCode: rewritten.status,
        responseHeaders: headerEntries(rewritten.headers),
        body
      })
    } catch (error) {
      problems.push(
        `${event.request.url}: its headers could not be rewritten (${errorMessage(error)})`
      )
      await cdp.send('Fetch.continueResponse', { requestId }).catch(() => undefined)
    }
  }
}

async function watch(page: Page, options: PageLoadOptions, load: PageLoad): Promise<CDPSession> {
  const cdp = await page.createCDPSession()
  const binding = `__headerguardCsp${randomBytes(6).toString('hex')}`
  cdp.on('Runtime.bindingCalled', (event) => {
    if (event.name !== binding) return
    try {
      load.violations.push(JSON.parse(event.payload) as RawViolation)
    } catch {
      load.problems.push('a violation report from the page could not be read')
    }
  })
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.source === 'security' || /Content[- ]Security[- ]Policy/i.test(entry.text)) {
      load.logs.push({ level: entry.level, text: entry.text })
    }
  })
  cdp.on('Fetch.requestPaused', (event) => void interceptor(cdp, options, load.problems)(event))
  await cdp.send('Page.enable')
  await cdp.send('Runtime.enable')
  await cdp.send('Log.enable')
  await cdp.send('Runtime.addBinding', { name: binding })
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: listenerSource(binding) })
  await cdp.send('Fetch.enable', {
    patterns: options.origins.map((origin) => ({
      urlPattern: `${origin}/*`,
      requestStage: 'Response' as const
    }))
  })
  return cdp
}

/** Page-side expression (a string: this module is compiled without the DOM's types). */
const READ_LINKS =
  '({ links: Array.from(document.links, (a) => a.href), forms: Array.from(document.forms, (f) => f.action) })'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Loads one page in a fresh tab, waits until it settles (bounded), and closes the tab. */
export async function loadPage(
  browser: Browser,
  url: string,
  options: PageLoadOptions
): Promise<PageLoad> {
  const load: PageLoad = { url, violations: [], logs: [], links: [], forms: [], problems: [] }
  // A page that fails is its own outcome, never the run's: pages load side by side, and one
  // browser hiccup (a tab that would not open, a protocol call that timed out) must not throw
  // away the pages beside it. A cancel closes the browser; the caller reports the cancel.
  let page: Page
  try {
    page = await browser.newPage()
  } catch (error) {
    load.error = `the browser could not open a tab for it: ${errorMessage(error)}`
    return load
  }
  try {
    try {
      await watch(page, options, load)
    } catch (error) {
      load.error = `the browser could not watch the page: ${errorMessage(error)}`
      return load
    }
    const navigationTimeout = options.navigationTimeoutMs ?? NAVIGATION_TIMEOUT_MS
    try {
      const response = await page.goto(url, { waitUntil: 'load', timeout: navigationTimeout })
      load.status = response?.status()
    } catch (error) {
      load.error = `the page did not load within ${navigationTimeout / 1000} s: ${errorMessage(error)}`
      return load
    }
    const settle = options.settleTimeoutMs ?? SETTLE_TIMEOUT_MS
    await page
      .waitForNetworkIdle({ idleTime: NETWORK_IDLE_MS, timeout: settle })
      .catch(() =>
        load.problems.push(
          `the network was still busy ${settle / 1000} s after load; later requests were not seen`
        )
      )
    await pause(LAST_EVENTS_MS)
    if (options.readLinks) {
      try {
        const found = (await page.evaluate(READ_LINKS)) as { links: string[]; forms: string[] }
        load.links = found.links
        load.forms = found.forms
      } catch (error) {
        // A page that navigates itself after load destroys the context the links were read in.
        load.problems.push(
          `its links and forms could not be read (${errorMessage(error)}): the pages it links to are not crawled from it`
        )
      }
    }
    return load
  } finally {
    await page.close().catch(() => undefined)
  }
}
