// Finding and starting the headless browser of the CSP preview. The driver (puppeteer-core) is
// imported here only, and only dynamically, so the bundler puts it in a chunk of its own that
// runs without a preview never load. No browser is ever downloaded: we use the user's.
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, delimiter, join } from 'node:path'
import type { Browser } from 'puppeteer-core'
import { HeaderguardError, errorMessage } from '../errors.js'

/** No usable browser, or it would not start: the preview cannot run (never a policy failure). */
export class BrowserUnavailableError extends HeaderguardError {}

export interface BrowserChoice {
  path: string
  /** Where the path came from, for the log: `browser-path`, `CHROME_PATH`, `Google Chrome`, `PATH`. */
  from: string
}

/**
 * Where GitHub's hosted runners and ordinary installs keep Google Chrome (the ubuntu, macOS and
 * windows images all preinstall it), in the order we look.
 */
const CHROME_LOCATIONS: Record<string, string[]> = {
  linux: ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'
  ]
}

const CHROMIUM_NAMES = ['chromium', 'chromium-browser']

function onPath(name: string, env: NodeJS.ProcessEnv, exists: (p: string) => boolean) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && exists(join(dir, name))) return join(dir, name)
  }
  return undefined
}

/**
 * The browser to use: the explicit path (browser-path, --browser), then CHROME_PATH, then the
 * runner's preinstalled Google Chrome, then Chromium on PATH. Undefined when there is none.
 * A path that was asked for by name but does not exist is an error, not a silent fallback.
 */
export function findBrowser(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: string = process.platform,
  exists: (path: string) => boolean = existsSync
): BrowserChoice | undefined {
  if (explicit) {
    if (!exists(explicit)) {
      throw new BrowserUnavailableError(
        `browser-path '${explicit}' does not exist: give the path of a Chrome or Chromium executable, or leave it empty to look for one`
      )
    }
    return { path: explicit, from: 'browser-path' }
  }
  if (env.CHROME_PATH && exists(env.CHROME_PATH))
    return { path: env.CHROME_PATH, from: 'CHROME_PATH' }
  const chrome = (CHROME_LOCATIONS[platform] ?? []).find((p) => exists(p))
  if (chrome) return { path: chrome, from: 'Google Chrome' }
  for (const name of CHROMIUM_NAMES) {
    const found = onPath(name, env, exists)
    if (found) return { path: found, from: 'PATH' }
  }
  return undefined
}

export const NO_BROWSER_NOTE =
  'no Chrome or Chromium found (browser-path, CHROME_PATH, Google Chrome, chromium on PATH): install one (apt-get install chromium) or set browser-path'

/**
 * Flags for a quiet, bounded headless run. Site isolation is off so that every frame of a page
 * lives in the page's own renderer, where one interception and one violation listener see it.
 * Local Network Access checks are off because a response we fulfil has no remote address and
 * Chrome would treat the page as public, refusing its loopback and intranet subresources —
 * which the real page, served by the real server, would load.
 */
function launchArgs(): string[] {
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

export interface RunningBrowser {
  browser: Browser
  /** `Chromium 156.0.8078.114`, `Chrome 131.0.6778.85`. */
  name: string
}

export const LAUNCH_TIMEOUT_MS = 30_000
const CLOSE_TIMEOUT_MS = 5_000

async function launch(
  choice: BrowserChoice
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
      args: launchArgs(),
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

export async function startBrowser(choice: BrowserChoice): Promise<StartedBrowser> {
  const { running, profile } = await launch(choice)
  return {
    ...running,
    close: async () => {
      await shutdown(running.browser)
      await rm(profile, { recursive: true, force: true, maxRetries: 3 })
    }
  }
}

/** Starts the browser, runs `fn`, and closes the browser and deletes its profile on every path. */
export async function withBrowser<T>(
  choice: BrowserChoice,
  fn: (running: RunningBrowser) => Promise<T>
): Promise<T> {
  const started = await startBrowser(choice)
  try {
    return await fn(started)
  } finally {
    await started.close()
  }
}
