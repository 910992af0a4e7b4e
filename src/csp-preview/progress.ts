// The progress lines of a preview or a crawl: one per page, as the browser is done with it.
/** A page the browser is done with, for a progress line. */
export interface PageDone {
  url: string
  status?: number
  error?: string
  ms: number
}

/**
 * One line per page as it is done (pages load side by side: a line at the start would not say
 * which one is still loading).
 */
export function progressLine(done: PageDone): string {
  return done.error !== undefined
    ? `not loaded: ${done.url} (reported below)`
    : `loaded ${done.url} (${done.status ?? 'no status'}) in ${(done.ms / 1000).toFixed(1)} s`
}

/** Loads one page, then says it is done, with the time it took. */
export async function timedPage<T extends Omit<PageDone, 'ms'>>(
  load: () => Promise<T>,
  onDone: ((done: PageDone) => void) | undefined
): Promise<T> {
  const started = performance.now()
  const page = await load()
  onDone?.({ ...page, ms: performance.now() - started })
  return page
}
