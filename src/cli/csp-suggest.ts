// `headerguard csp-suggest --url U [--pages N] [--strict] [--browser PATH]`: crawl the site in
// the browser and print the CSP (policy-file `directives` form) that allows exactly what its
// pages use. Exit 0 printed, 2 could not run.
import { parseArgs } from 'node:util'
import { findBrowser, NO_BROWSER_NOTE } from '../csp-preview/browser.js'
import { withBrowser } from '../csp-preview/launch.js'
import { crawlSite, DEFAULT_PAGES, MAX_PAGES } from '../csp-preview/crawl.js'
import { suggestDirectives, suggestionYaml } from '../csp-preview/suggest.js'
import { extraCaNote } from '../csp-preview/trust.js'
import { progressLine } from '../csp-preview/progress.js'
import { InputError, errorMessage } from '../errors.js'
import { pageUrls } from './csp-preview.js'
import { type CliContext, ExitCode, writeLine } from './context.js'

const USAGE = 'usage: headerguard csp-suggest --url URL [--pages N] [--strict] [--browser PATH]'

interface SuggestArgs {
  url: string
  pages: number
  strict: boolean
  browser?: string
}

function parse(args: string[]): SuggestArgs {
  let values: { url?: string; pages?: string; strict?: boolean; browser?: string }
  try {
    values = parseArgs({
      args,
      options: {
        url: { type: 'string' },
        pages: { type: 'string' },
        strict: { type: 'boolean' },
        browser: { type: 'string' }
      },
      strict: true
    }).values
  } catch (error) {
    throw new InputError(`${errorMessage(error)}\n${USAGE}`)
  }
  if (!values.url)
    throw new InputError(`--url is required: the page to start crawling from\n${USAGE}`)
  const pages = values.pages === undefined ? DEFAULT_PAGES : Number(values.pages)
  if (!Number.isInteger(pages) || pages < 1 || pages > MAX_PAGES) {
    throw new InputError(`--pages '${values.pages}' must be a whole number from 1 to ${MAX_PAGES}`)
  }
  return {
    url: pageUrls([values.url])[0]!,
    pages,
    strict: values.strict === true,
    browser: values.browser
  }
}

/** What a crawl cannot see, said in the output itself so it travels with the suggestion. */
function limits(notCrawled: readonly string[], pages: number): string[] {
  const lines = [
    'Not seen: resources loaded only after user interaction (clicks, scrolling, form submits, logins),',
    'pages not linked from the crawled ones, and frame-ancestors (who may frame the site): add it yourself.'
  ]
  if (notCrawled.length > 0) {
    lines.push(
      `Not crawled (the --pages ${pages} bound was reached): ${notCrawled.length} more same-origin page(s), e.g. ${notCrawled.slice(0, 3).join(', ')}`
    )
  }
  return lines
}

export async function cspSuggestCommand(ctx: CliContext): Promise<number> {
  const args = parse(ctx.args)
  const browser = findBrowser(args.browser, ctx.env)
  if (!browser) {
    writeLine(ctx.stderr, `headerguard csp-suggest: ${NO_BROWSER_NOTE}`)
    return ExitCode.cannotRun
  }
  const note = extraCaNote(browser.extraCaCerts, [args.url])
  if (note) writeLine(ctx.stderr, `note: ${note}`)
  // The crawl stays on the start page's origin, so its host decides the browser's trust.
  const { crawl, name } = await withBrowser(browser, [args.url], async (running) => ({
    crawl: await crawlSite(running, args.url, args.pages, (done) =>
      writeLine(ctx.stderr, progressLine(done))
    ),
    name: running.name
  }))
  for (const problem of crawl.problems) writeLine(ctx.stderr, `warning: ${problem}`)
  if (crawl.pages.length === 0) {
    writeLine(ctx.stderr, `headerguard csp-suggest: no page could be loaded from ${args.url}`)
    return ExitCode.cannotRun
  }
  const suggestion = suggestDirectives(crawl.usage, args.strict)
  const comments = [
    `headerguard csp-suggest${args.strict ? ' --strict' : ''}: what ${crawl.pages.length} page(s) of ${new URL(args.url).origin} used in ${name}.`,
    'Paste under headers: in the policy file, then check it with headerguard csp-preview.',
    ...limits(crawl.notCrawled, args.pages),
    ...suggestion.notes
  ]
  writeLine(ctx.stdout, suggestionYaml(suggestion, comments))
  return ExitCode.ok
}
