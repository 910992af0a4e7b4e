// `headerguard csp-preview --policy F --url U... [--json F] [--browser PATH]`: what the new CSP
// would block on the real pages. Exit 0 nothing blocked, 1 something blocked, 2 could not run.
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildEdgePackage } from '../compile/package.js'
import { openEdgePreview } from '../edge-runtime/preview.js'
import { findBrowser, NO_BROWSER_NOTE } from '../csp-preview/browser.js'
import { blockedCount, previewCsp } from '../csp-preview/preview.js'
import { InputError, errorMessage } from '../errors.js'
import { formatDiagnostic, hasErrors } from '../diagnostics.js'
import { findPolicyFile, loadPolicy } from '../policy/load.js'
import { renderCspPreview } from '../report/csp-preview.js'
import { extraCaNote } from '../csp-preview/trust.js'
import { progressLine } from '../csp-preview/progress.js'
import { type CliContext, ExitCode, writeLine } from './context.js'

const USAGE =
  'usage: headerguard csp-preview --policy FILE --url URL [--url URL]... [--json FILE] [--browser PATH]'

interface PreviewArgs {
  policy?: string
  url: string[]
  json?: string
  browser?: string
}

function parse(args: string[]): PreviewArgs {
  try {
    const { values } = parseArgs({
      args,
      options: {
        policy: { type: 'string', short: 'p' },
        url: { type: 'string', multiple: true },
        json: { type: 'string' },
        browser: { type: 'string' }
      },
      strict: true
    })
    return { ...values, url: values.url ?? [] }
  } catch (error) {
    throw new InputError(`${errorMessage(error)}\n${USAGE}`)
  }
}

/** Every --url must be a full http(s) page URL: the page is loaded at its real origin. */
export function pageUrls(given: readonly string[]): string[] {
  return given.map((url) => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      throw new InputError(
        `--url '${url}' is not a URL: give the full page address, e.g. https://www.example.com/checkout`
      )
    }
    if (!/^https?:$/.test(parsed.protocol)) {
      throw new InputError(`--url '${url}' must be an http or https page`)
    }
    return parsed.href
  })
}

export async function cspPreviewCommand(ctx: CliContext): Promise<number> {
  const args = parse(ctx.args)
  const file = findPolicyFile(ctx.cwd, args.policy)
  const loaded = await loadPolicy(file)
  for (const d of loaded.diagnostics) writeLine(ctx.stderr, formatDiagnostic(d))
  if (hasErrors(loaded.diagnostics) || !loaded.policy) {
    writeLine(ctx.stderr, `headerguard csp-preview: ${file} has errors; nothing was previewed`)
    return ExitCode.cannotRun
  }
  const urls = pageUrls(args.url.length > 0 ? args.url : loaded.policy.verify.urls)
  if (urls.length === 0) {
    writeLine(
      ctx.stderr,
      `headerguard csp-preview: no page to load: give --url (or verify.url in the policy)\n${USAGE}`
    )
    return ExitCode.cannotRun
  }
  const browser = findBrowser(args.browser, ctx.env)
  if (!browser) {
    writeLine(ctx.stderr, `headerguard csp-preview: ${NO_BROWSER_NOTE}`)
    return ExitCode.cannotRun
  }
  const note = extraCaNote(browser.extraCaCerts, urls)
  if (note) writeLine(ctx.stderr, `note: ${note}`)
  const edge = await openEdgePreview(buildEdgePackage(loaded.policy).zip)
  const report = await previewCsp({
    edge,
    urls,
    browser,
    onPageDone: (done) => writeLine(ctx.stderr, progressLine(done))
  }).finally(() => edge.close())
  writeLine(ctx.stdout, renderCspPreview(report))
  if (args.json) {
    await writeFile(resolve(ctx.cwd, args.json), `${JSON.stringify(report, null, 2)}\n`)
  }
  if (report.pages.some((page) => blockedCount(page) > 0)) return ExitCode.failed
  return report.pages.some((page) => page.error) ? ExitCode.cannotRun : ExitCode.ok
}
