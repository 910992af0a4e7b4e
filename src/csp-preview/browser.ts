// Finding the headless browser of the CSP preview (starting it is launch.ts, which only a
// preview loads). No browser is ever downloaded: we use the user's.
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { HeaderguardError } from '../errors.js'

/** No usable browser, or it would not start: the preview cannot run (never a policy failure). */
export class BrowserUnavailableError extends HeaderguardError {
  override name = 'BrowserUnavailableError'
}

export interface BrowserChoice {
  path: string
  /** Where the path came from, for the log: `browser-path`, `CHROME_PATH`, `Google Chrome`, `PATH`. */
  from: string
  /** NODE_EXTRA_CA_CERTS of the run: trusted by the browser for loopback pages only (trust.ts). */
  extraCaCerts?: string
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
  const found = findExecutable(explicit, env, platform, exists)
  return found && env.NODE_EXTRA_CA_CERTS
    ? { ...found, extraCaCerts: env.NODE_EXTRA_CA_CERTS }
    : found
}

function findExecutable(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: string,
  exists: (path: string) => boolean
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
  'no Chrome or Chromium found (browser-path, CHROME_PATH, Google Chrome, chromium on PATH): install one (apt-get install chromium) or set browser-path or CHROME_PATH'
