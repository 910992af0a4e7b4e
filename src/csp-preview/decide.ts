// When the plan runs the CSP preview, and on which pages: pure decisions over what plan mode
// already knows (the live responses before and after the new edge function).
import { CSP_HEADERS } from '../headers/header-names.js'
import type { CspPreviewSetting, RunMode } from '../settings.js'
import type { UrlResult } from '../verify/types.js'

/** At most this many pages are loaded in the browser per run (each takes seconds). */
export const MAX_PREVIEW_PAGES = 10

/** True when the new edge function serves a CSP that differs from what the site sent. */
function cspChangedBy(before: Record<string, string[]>, after: Record<string, string[]>): boolean {
  return [...CSP_HEADERS].some((name) => {
    const next = after[name] ?? []
    return next.length > 0 && next.join('\n') !== (before[name] ?? []).join('\n')
  })
}

type Apply = (
  uri: string,
  response: { status: number; headers: Record<string, string[]> }
) => Promise<{ status: number; headers: Record<string, string[]> }>

/** Wraps the plan's edge preview so that `csp.changed` says whether any CSP changed. */
export function trackCspChanges(apply: Apply, csp: { changed: boolean }): Apply {
  return async (uri, response) => {
    const after = await apply(uri, response)
    csp.changed ||= cspChangedBy(response.headers, after.headers)
    return after
  }
}

export type PreviewDecision = { run: true } | { run: false; note?: string }

export function previewDecision(
  setting: CspPreviewSetting,
  mode: RunMode,
  cspChanged: boolean
): PreviewDecision {
  if (setting === 'never') return { run: false }
  if (mode !== 'plan') {
    return setting === 'always'
      ? {
          run: false,
          note: 'CSP preview: runs in plan mode only (it previews a policy before its deploy)'
        }
      : { run: false }
  }
  if (setting === 'auto' && !cspChanged) {
    return {
      run: false,
      note: 'CSP preview: skipped, the new policy does not change the CSP the site serves (csp-preview: true runs it anyway)'
    }
  }
  return { run: true }
}

/** The pages verify loaded (2xx, not the 404 probe or cache-busting variants), in order. */
export function previewPages(results: readonly UrlResult[]): string[] {
  const pages = results
    .filter((r) => r.kind === 'page' && r.status !== null && r.status >= 200 && r.status < 300)
    .map((r) => r.url)
  return [...new Set(pages)].slice(0, MAX_PREVIEW_PAGES)
}
