// The demo's CSP steps (issue 11): a stricter CSP planned with the CSP preview, which shows in
// Chromium what it would block on the shop page (its inline script, the payment provider's
// script); csp-suggest on that page, which writes the CSP the site needs; and that CSP planned
// again, which previews clean. Each runs as a user runs it: the bundled action in plan mode
// with `csp-preview: true`, and the bundled CLI, as processes.
import { writeFile } from 'node:fs/promises'
import type { BrowserChoice } from '../csp-preview/browser.js'
import type { CspPreviewReport } from '../csp-preview/types.js'
import { errorMessage } from '../errors.js'
import type { Verbosity } from '../report/terminal.js'
import { type ActionResult, runAction, runHeaderguard } from './demo-action.js'
import {
  NOT_SEEN_BY_A_CRAWL,
  STRICTER,
  stricterCspPolicy,
  suggestedCspPolicy,
  suggestedDirectives
} from './demo-policy.js'
import { story } from './demo-story.js'
import { SHOP_PAGE } from './demo-world.js'

export interface CspStepsInput {
  bundle: string
  cli: string
  workspace: string
  /** The workspace's policy file, and its text as the last deploy left it. */
  policyFile: string
  policyText: string
  /** What the action runs with (AWS settings, NODE_EXTRA_CA_CERTS for the emulator's CA). */
  env: Record<string, string>
  /** The site's https origin, and the payment provider's (the third party). */
  site: string
  thirdParty: string
  browser: BrowserChoice
  verbosity: Verbosity
  print(text: string): void
}

export interface CspStepsOutcome {
  green: boolean
  /** The runs' own output, for the log the demo prints when it fails or with --verbose. */
  logs: { title: string; text: string }[]
}

const previewed = (result: ActionResult): CspPreviewReport | undefined => result.report?.cspPreview

function blockedOn(report: CspPreviewReport | undefined, path: string): string[] {
  const page = report?.pages.find((p) => new URL(p.url).pathname === path)
  return page?.violations.filter((v) => v.enforced).map((v) => v.blocked) ?? []
}

function previewsClean(report: CspPreviewReport | undefined): boolean {
  return (
    report !== undefined &&
    report.pages.length > 0 &&
    report.pages.every((p) => !p.error && p.violations.every((v) => !v.enforced))
  )
}

const planPassed = (result: ActionResult) => result.code === 0 && result.outputs.status === 'pass'

/** `script-src 'self' 'sha256-…' https://…`: the suggestion's line a reader looks for. */
function scriptLine(directives: ReadonlyMap<string, string[]>): string {
  return `script-src ${(directives.get('script-src') ?? []).join(' ')}`
}

export async function runCspSteps(input: CspStepsInput): Promise<CspStepsOutcome> {
  const { verbosity, print } = input
  const logs: CspStepsOutcome['logs'] = []
  const planEnv = {
    ...input.env,
    INPUT_MODE: 'plan',
    'INPUT_CSP-PREVIEW': 'true',
    'INPUT_BROWSER-PATH': input.browser.path
  }

  const stricter = stricterCspPolicy(input.policyText, SHOP_PAGE, 'the demo policy')
  await writeFile(input.policyFile, stricter)
  // csp-suggest needs nothing from the plan (it crawls the live site without its CSP): it runs
  // alongside it, and its step is printed after the plan's.
  const shop = `${input.site}${SHOP_PAGE}`
  const suggesting = runHeaderguard(
    input.cli,
    ['csp-suggest', '--url', shop, '--browser', input.browser.path],
    input.workspace,
    { NODE_EXTRA_CA_CERTS: input.env.NODE_EXTRA_CA_CERTS ?? '' }
  )
  const strict = await runAction(input.bundle, input.workspace, planEnv)
  logs.push({ title: 'action log (run 3, plan)', text: strict.log })
  const tightened = Object.entries(STRICTER)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
  print(
    story(
      `3. plan a stricter CSP (${tightened}) with csp-preview: true (node dist/index.js, mode plan)`,
      strict,
      verbosity,
      'plan'
    )
  )
  const blocked = blockedOn(previewed(strict), SHOP_PAGE)

  const suggest = await suggesting
  logs.push({ title: 'csp-suggest log', text: suggest.stderr })
  const title = `4. csp-suggest writes the CSP the site uses (node dist/cli.js csp-suggest --url ${shop})`
  let suggestion: Map<string, string[]> | undefined
  try {
    if (suggest.code === 0) suggestion = suggestedDirectives(suggest.stdout)
  } catch (error) {
    logs.push({ title: 'csp-suggest output', text: `${suggest.stdout}\n${errorMessage(error)}` })
  }
  if (verbosity === 'quiet') {
    print(`${title}: ${suggestion ? scriptLine(suggestion) : `exit code ${suggest.code}`}`)
  } else {
    print(
      `\n== ${title}\n${suggest.stdout.trimEnd()}\n\ncsp-suggest exit code ${suggest.code} in ${suggest.seconds.toFixed(1)} s`
    )
  }
  if (!suggestion) return { green: false, logs }

  await writeFile(
    input.policyFile,
    suggestedCspPolicy(stricter, suggestion, 'the demo policy (stricter CSP)')
  )
  const fixed = await runAction(input.bundle, input.workspace, planEnv)
  logs.push({ title: 'action log (run 5, plan)', text: fixed.log })
  print(
    story(
      `5. plan the CSP csp-suggest wrote (with ${NOT_SEEN_BY_A_CRAWL.join(' and ')} kept from the policy)`,
      fixed,
      verbosity,
      'plan'
    )
  )
  const green =
    planPassed(strict) &&
    blocked.includes('inline') &&
    blocked.some((b) => b.startsWith(`${input.thirdParty}/`)) &&
    planPassed(fixed) &&
    previewsClean(previewed(fixed))
  return { green, logs }
}
