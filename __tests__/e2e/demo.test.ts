// `headerguard demo` as users run it (`npm run demo`): the bundled CLI as a process, starting
// the emulator, running the bundled action twice in deploy mode and, with Debian's Chromium,
// twice in plan mode with the CSP preview and csp-suggest between them; quiet and not, and
// verbose on a machine without a browser. The runs are independent, so they run side by side.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { findBrowser } from '../../src/csp-preview/browser.js'
import { hashSource } from '../../src/csp-preview/violations.js'
import { assertFreshDist } from '../helpers/fresh-dist.js'
import { type CliRun, runCli } from '../helpers/cli-process.js'
import { actionNode } from '../helpers/runtimes.js'

function demo(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return runCli(['demo', ...args], { timeout: 90_000, env })
}

/** A machine without a browser: only the runner's Node on PATH, no CHROME_PATH. */
const NO_BROWSER_ENV = { ...process.env, PATH: dirname(actionNode()), CHROME_PATH: '' }

const runs: Record<'normal' | 'quiet' | 'verboseNoBrowser', CliRun> = {} as never

beforeAll(async () => {
  assertFreshDist()
  if (!findBrowser(undefined, process.env))
    throw new Error('the demo tests need Chromium: apt-get install -y chromium')
  // The skip path needs a machine where the demo finds no browser; Google Chrome installed at
  // its fixed location would be found whatever PATH says.
  expect(findBrowser(undefined, NO_BROWSER_ENV)).toBeUndefined()
  const [normal, quiet, verboseNoBrowser] = await Promise.all([
    demo([]),
    demo(['--quiet']),
    demo(['--verbose'], NO_BROWSER_ENV)
  ])
  Object.assign(runs, { normal, quiet, verboseNoBrowser })
}, 120_000)

/** The column heads of a URL's full table, in deploy and in plan. */
const TABLE = /^ {2}header +expected +actual +verdict$/gm
const PLAN_TABLE = /^ {2}header +now +after merge +verdict$/gm

/** The inline script of the shop page, exactly as the browser hashes it. */
const SHOP = readFileSync('examples/site/shop/index.html', 'utf8')
const INLINE_HASH = hashSource(/<script>([\s\S]*?)<\/script>/.exec(SHOP)![1]!)

/** The payment provider's loopback origin, as the demo's first lines name it. */
function thirdParty(run: CliRun): string {
  const origin =
    /served at (https:\/\/127\.0\.0\.1:\d+) in place of https:\/\/pay\.example\.net/.exec(
      run.stdout
    )?.[1]
  if (!origin) throw new Error(`the demo did not say where the third party is:\n${run.stdout}`)
  return origin
}

/** The lines of one step (from its `== N.` head to the next). */
function step(run: CliRun, n: number): string {
  return run.stdout.split(/^(?===)/m).find((part) => part.startsWith(`== ${n}.`)) ?? ''
}

describe('npm run demo (node dist/cli.js demo)', () => {
  it('ends green: deploys, verifies, changes one header, deploys and verifies again; one line per URL by default', () => {
    const run = runs.normal
    expect(run.stdout).toMatch(/version 1, new code published/)
    expect(run.stdout).toMatch(/~ referrer-policy: strict-origin-when-cross-origin -> no-referrer/)
    expect(run.stdout).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/about\/index\.html +200 .*pass/m)
    expect(run.stdout.match(TABLE)).toBeNull()
    // Plan tables only with --verbose.
    expect(run.stdout.match(PLAN_TABLE)).toBeNull()
    expect(run.stdout).toContain('(--verbose lists them)')
    expect(run.stdout).toMatch(
      /^demo: green — deployed, verified, changed, verified again; a stricter CSP previewed in the browser, and the CSP csp-suggest wrote previews clean$/m
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })

  it("plans a stricter CSP with the preview, which lists the shop page's inline script and third-party script", () => {
    const plan = step(runs.normal, 3)
    const provider = thirdParty(runs.normal)
    expect(plan).toMatch(/^== 3\. plan a stricter CSP \(default-src 'none'; base-uri 'none'\)/)
    expect(plan).toMatch(/^ {6}default-src: 'self' → 'none'$/m)
    // The plan verifies the new shop page too, one line per URL.
    expect(plan).toMatch(
      /^https:\/\/127\.0\.0\.1:\d+\/shop\/index\.html {2}200 \(page, .*\): \d+ checks pass$/m
    )
    expect(plan).toMatch(
      /^csp-preview \(Chromium \d+[.\d]*\): the new CSP would block 2 resources on \/shop\/index\.html$/m
    )
    expect(plan).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/ \(200\): nothing blocked$/m)
    expect(plan).toMatch(
      /^https:\/\/127\.0\.0\.1:\d+\/about\/index\.html \(200\): nothing blocked$/m
    )
    expect(plan).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/shop\/index\.html \(200\): would block 2$/m)
    expect(plan).toMatch(
      /^ {2}BLOCKED {3}script-src-elem {2}inline script {2}at \/shop\/index\.html:\d+$/m
    )
    expect(plan).toContain(`fix: add ${INLINE_HASH} to script-src`)
    expect(plan).toContain(`\n  BLOCKED   script-src-elem  ${provider}/checkout.js\n`)
    expect(plan).toContain(`fix: add ${provider} to script-src`)
  })

  it('csp-suggest prints the fragment that allows them, and the plan of that CSP previews clean', () => {
    const suggest = step(runs.normal, 4)
    const provider = thirdParty(runs.normal)
    expect(suggest).toMatch(
      /^== 4\. csp-suggest .*--url https:\/\/127\.0\.0\.1:\d+\/shop\/index\.html\)$/m
    )
    expect(suggest).toMatch(
      /^# headerguard csp-suggest: what 3 page\(s\) of https:\/\/127\.0\.0\.1:\d+ used in Chromium/m
    )
    expect(suggest).toMatch(
      /^content-security-policy:\n {2}directives:\n {4}default-src: \["'none'"\]$/m
    )
    expect(suggest).toContain(`    script-src: ["'self'", "${INLINE_HASH}", "${provider}"]`)
    expect(suggest).toMatch(/^csp-suggest exit code 0 in /m)

    const fixed = step(runs.normal, 5)
    expect(fixed).toContain(`script-src: + ${INLINE_HASH} ${provider}`)
    expect(fixed).toMatch(
      /^csp-preview \(Chromium [^)]+\): the new CSP blocks nothing on 3 pages loaded in Chromium/m
    )
    expect(fixed).toMatch(
      /^https:\/\/127\.0\.0\.1:\d+\/shop\/index\.html \(200\): nothing blocked$/m
    )
    expect(fixed).not.toContain('BLOCKED')
    expect(fixed).toMatch(/^action exit code 0 in .*status=pass/m)
  })

  it('--quiet prints only the verdict of each step', () => {
    const run = runs.quiet
    const lines = run.stdout.split('\n').filter((line) => line !== '')
    expect(lines).toHaveLength(6)
    expect(lines[0]).toMatch(/^1\. deploy examples\/static-site\.yml .*: PASS: \d+ pass, 0 error/)
    expect(lines[1]).toMatch(/^2\. change one header \(referrer-policy: no-referrer\).*: PASS: /)
    expect(lines[2]).toMatch(
      /^3\. plan a stricter CSP .*: the new CSP would block 2 resources on \/shop\/index\.html$/
    )
    expect(lines[3]).toMatch(
      /^4\. csp-suggest .*\/shop\/index\.html\): script-src 'self' '[^']+' https:\/\/127\.0\.0\.1:\d+$/
    )
    expect(lines[3]).toContain(`script-src 'self' ${INLINE_HASH} https://127.0.0.1:`)
    expect(lines[4]).toMatch(
      /^5\. plan the CSP csp-suggest wrote .*: the new CSP blocks nothing on 3 pages/
    )
    expect(lines[5]).toMatch(/^demo: green — .*the CSP csp-suggest wrote previews clean$/)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })

  it('--verbose without a browser: every table, the removal list and both logs; the CSP steps skipped with a note', () => {
    const run = runs.verboseNoBrowser
    // Two runs of eight URLs; the http→https redirect has a table too.
    expect(run.stdout.match(TABLE)?.length).toBeGreaterThanOrEqual(14)
    expect(run.stdout).toMatch(/\+ removes \d+ header\(s\): .*x-powered-by\*/)
    expect(run.stderr).toContain('-- action log (run 1) --')
    expect(run.stderr).toContain('-- action log (run 2) --')
    expect(run.stdout).toContain(
      '\n3.-5. CSP preview and csp-suggest: skipped, no Chrome or Chromium found (browser-path, CHROME_PATH, Google Chrome, chromium on PATH): install one (apt-get install chromium) or set browser-path or CHROME_PATH\n'
    )
    expect(run.stdout).not.toMatch(/^== 3\./m)
    expect(run.stdout).toMatch(
      /\ndemo: green — deployed, verified, changed, verified again \(the CSP steps were skipped: no browser\)\n$/
    )
    expect(run.code).toBe(0)
  })

  it('a flag it does not take is refused before anything starts', async () => {
    const run = await demo(['--fail-on', 'never'])
    expect(run.stderr).toMatch(/Unknown option '--fail-on'; see headerguard demo --help/)
    expect(run.stdout).toBe('')
    expect(run.code).toBe(2)
  })
})
