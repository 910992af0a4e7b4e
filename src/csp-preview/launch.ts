// Starting and stopping the headless browser of the CSP preview. The driver (puppeteer-core) is
// imported here only, and only dynamically; and this file is reached only from the preview's
// own lazily loaded code (preview.ts, the csp-suggest command), so the driver's chunk is
// reachable from no other run (a test reads the bundle's chunk graph).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Browser } from 'puppeteer-core'
import { cancellation, errorMessage, throwIfCancelled } from '../errors.js'
import { type BrowserChoice, BrowserUnavailableError } from './browser.js'
import { extraCaTrustFlags } from './trust.js'

/**
 * Flags for a quiet, bounded headless run. Site isolation is off so that every frame of a page
 * lives in the page's own renderer, where one interception and one violation listener see it.
 * Local Network Access checks are off because a response we fulfil has no remote address and
 * Chrome would treat the page as public, refusing its loopback and intranet subresources —
 * which the real page, served by the real server, would load.
 */
function baseArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--mute-audio',
    '--disable-site-isolation-trials',
    '--disable-features=IsolateOrigins,site-per-process,LocalNetworkAccessChecks,Translate,OptimizationHints,MediaRouter'
  ]
  // Chrome's sandbox cannot start as root (containers, CI images): it refuses to run at all.
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  return args
}

/**
 * The launch flags for a run that loads these pages: the trust flags of NODE_EXTRA_CA_CERTS
 * only when every page is on loopback (trust.ts says why).
 */
export function launchArgs(
  choice: BrowserChoice,
  pages: readonly string[],
  read?: (path: string) => string
): string[] {
  return [...baseArgs(), ...extraCaTrustFlags(choice.extraCaCerts, pages, read)]
}

export interface RunningBrowser {
  browser: Browser
  /** `Chromium 156.0.8078.114`, `Chrome 131.0.6778.85`. */
  name: string
}

export const LAUNCH_TIMEOUT_MS = 30_000
const CLOSE_TIMEOUT_MS = 5_000

async function launch(
  choice: BrowserChoice,
  pages: readonly string[]
): Promise<{ running: RunningBrowser; profile: string }> {
  const puppeteer = await import('puppeteer-core')
  const profile = await mkdtemp(join(tmpdir(), 'headerguard-browser-'))
  let browser: Browser
  try {
    browser = await puppeteer.launch({
      executablePath: choice.path,
      headless: true,
      pipe: true,
      userDataDir: profile,
      args: launchArgs(choice, pages),
      timeout: LAUNCH_TIMEOUT_MS,
      protocolTimeout: 30_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false
    })
  } catch (error) {
    await rm(profile, { recursive: true, force: true })
    throw new BrowserUnavailableError(
      `the browser at ${choice.path} (from ${choice.from}) did not start: ${errorMessage(error)}`,
      { cause: error }
    )
  }
  const version = (await browser.version()).replace(/^(Headless)?Chrome\//, '')
  const product = /chromium/i.test(basename(choice.path)) ? 'Chromium' : 'Chrome'
  return { running: { browser, name: `${product} ${version}` }, profile }
}

/** Closes politely, then kills: a hung browser must not keep the run (or a test) alive. */
async function shutdown(browser: Browser): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), CLOSE_TIMEOUT_MS)
  })
  try {
    const closed = await Promise.race([browser.close().then(() => 'closed' as const), deadline])
    if (closed === 'late') browser.process()?.kill('SIGKILL')
  } catch {
    browser.process()?.kill('SIGKILL')
  } finally {
    clearTimeout(timer)
  }
}

export interface StartedBrowser extends RunningBrowser {
  /** Closes the browser (killing it if it hangs) and deletes its profile. */
  close(): Promise<void>
}

/** `pages`: every page this browser will be asked to load (crawled pages share its origin). */
export async function startBrowser(
  choice: BrowserChoice,
  pages: readonly string[]
): Promise<StartedBrowser> {
  const { running, profile } = await launch(choice, pages)
  // Once: a cancel may close it while the run's own cleanup does too.
  let closing: Promise<void> | undefined
  const close = async () => {
    await shutdown(running.browser)
    await rm(profile, { recursive: true, force: true, maxRetries: 3 })
  }
  return { ...running, close: () => (closing ??= close()) }
}

/** Starts the browser, runs `fn`, and closes the browser and deletes its profile on every path. */
export async function withBrowser<T>(
  choice: BrowserChoice,
  pages: readonly string[],
  fn: (running: RunningBrowser) => Promise<T>,
  signal?: AbortSignal
): Promise<T> {
  throwIfCancelled(signal)
  const started = await startBrowser(choice, pages)
  // A cancel closes the browser at once: the pages in flight fail and the run reports the cancel.
  const onAbort = () => void started.close()
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    const result = await fn(started)
    // Pages cut off by the cancel read as pages that did not load: the result is not the site's.
    throwIfCancelled(signal)
    return result
  } catch (error) {
    throw cancellation(signal) ?? error
  } finally {
    signal?.removeEventListener('abort', onAbort)
    await started.close()
  }
}
