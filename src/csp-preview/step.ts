// The plan's CSP preview (input csp-preview): the pages verify loaded, in a real browser, with
// the new edge function. It is a heads-up, never a verdict: no browser, or a browser that
// fails, is a note and the plan goes on. The driver is imported only when a preview runs.
import type { EdgePreview } from '../edge-runtime/preview.js'
import { CancelledError, errorMessage } from '../errors.js'
import type { Logger } from '../log.js'
import type { RunMode, Settings } from '../settings.js'
import type { VerifyReport } from '../verify/types.js'
import { NO_BROWSER_NOTE, findBrowser } from './browser.js'
import { previewDecision, previewPages } from './decide.js'
import { progressLine } from './progress.js'
import { extraCaNote } from './trust.js'
import type { CspPreviewReport } from './types.js'

export interface PlanPreviewInput {
  settings: Pick<Settings, 'cspPreview' | 'browserPath'>
  env: NodeJS.ProcessEnv
  log: Logger
  mode: RunMode
  verify: VerifyReport
  /** Whether the new edge function changes the CSP of any response verify saw. */
  cspChanged: boolean
  /** Where notes for the log, the summary and the comment go. */
  notes: string[]
  /**
   * The new package's edge function, opened once by plan for its verification and lent here
   * (the caller closes it); undefined outside plan, where no preview runs.
   */
  edge: EdgePreview | undefined
  /** Aborted on a cancel (SIGINT/SIGTERM): the preview stops and the cancel is thrown on. */
  signal?: AbortSignal
}

export async function planCspPreview(
  input: PlanPreviewInput
): Promise<CspPreviewReport | undefined> {
  const { settings, log, notes } = input
  const decision = previewDecision(settings.cspPreview, input.mode, input.cspChanged)
  if (!decision.run) {
    if (decision.note) notes.push(decision.note)
    return undefined
  }
  const urls = previewPages(input.verify.results)
  if (urls.length === 0) {
    notes.push('CSP preview: skipped, no page of the site answered 2xx')
    return undefined
  }
  return log.group('csp preview', async () => {
    try {
      const browser = findBrowser(settings.browserPath, input.env)
      if (!browser) {
        notes.push(`CSP preview: skipped, ${NO_BROWSER_NOTE}`)
        log.info(`skipped: ${NO_BROWSER_NOTE}`)
        return undefined
      }
      log.info(`browser: ${browser.path} (from ${browser.from})`)
      const note = extraCaNote(browser.extraCaCerts, urls)
      if (note) log.info(note)
      const { previewCsp } = await import('./preview.js')
      if (!input.edge) throw new Error('the CSP preview runs in plan mode, which opens the edge')
      return await previewCsp({
        edge: input.edge,
        urls,
        browser,
        onPageDone: (done) => log.info(progressLine(done)),
        signal: input.signal
      })
    } catch (error) {
      if (error instanceof CancelledError) throw error
      notes.push(
        `CSP preview: could not run (${errorMessage(error)}); the plan itself is unaffected`
      )
      log.warning(`CSP preview could not run: ${errorMessage(error)}`)
      return undefined
    }
  })
}
