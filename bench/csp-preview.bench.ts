// The CSP preview of 8 pages of a loopback site in the installed Chromium, one browser for the
// run: previewCsp with its default tabs at once (PAGES_AT_ONCE) against the same preview one
// page at a time (pagesAtOnce 1), and at other tab counts (what the default was chosen from).
// 8 pages divide evenly by every count measured. Without a browser the rows say so.
import { buildEdgePackage } from '../src/compile/package.js'
import { findBrowser } from '../src/csp-preview/browser.js'
import { startBrowser, type StartedBrowser } from '../src/csp-preview/launch.js'
import { PAGES_AT_ONCE } from '../src/csp-preview/page-load.js'
import { previewCsp } from '../src/csp-preview/preview.js'
import { openEdgePreview, type EdgePreview } from '../src/edge-runtime/preview.js'
import { loadPolicyText } from '../src/policy/load.js'
import { median } from './median.js'
import { startSiteServer } from '../__tests__/helpers/site-server.js'
import type { Benchmark, BenchRow } from './types.js'

const PAGES = 8
/** Tab counts measured beside the default and one at a time. */
const SWEEP = [2, 8]
const ROUNDS = 3

const PAGE = `<!doctype html><html><head><title>bench</title>
<style>p { color: rebeccapurple }</style></head>
<body><p>bench</p><script>window.x = 1</script><script src="/app.js"></script></body></html>`

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

const bench: Benchmark = async () => {
  const choice = findBrowser(undefined, process.env)
  const figure = `CSP preview: ${PAGES} pages, ${PAGES_AT_ONCE} tabs at once vs one at a time`
  if (!choice) {
    return [
      { figure: `${figure} (no browser found: skipped)`, ours: '-', baseline: '-', ratio: '-' }
    ]
  }
  const loaded = loadPolicyText(
    'version: 1\nextends: none\nheaders:\n  content-security-policy: "default-src \'self\'"\n',
    'bench.yml'
  )
  if (!loaded.policy) throw new Error(JSON.stringify(loaded.diagnostics))
  const site = await startSiteServer({
    '/app.js': { headers: { 'content-type': 'text/javascript' }, body: 'window.app = true' },
    '*': { body: PAGE }
  })
  const urls = Array.from({ length: PAGES }, (_, i) => `${site.url}/page-${i}`)
  let browser: StartedBrowser | undefined
  let edge: EdgePreview | undefined
  try {
    edge = await openEdgePreview(buildEdgePackage(loaded.policy).zip)
    const preview = edge
    browser = await startBrowser(choice, urls)
    const running = browser
    const previewWith = (pagesAtOnce: number) =>
      previewCsp({ edge: preview, urls, browser: running, pagesAtOnce })
    const ours: number[] = []
    const sequential: number[] = []
    const sweep = new Map<number, number[]>(SWEEP.map((tabs) => [tabs, []]))
    for (let round = 0; round < ROUNDS; round++) {
      const pairs: [number[], () => Promise<unknown>][] = [
        [ours, () => previewWith(PAGES_AT_ONCE)],
        [sequential, () => previewWith(1)],
        ...SWEEP.map((tabs): [number[], () => Promise<unknown>] => [
          sweep.get(tabs)!,
          () => previewWith(tabs)
        ])
      ]
      if (round % 2 === 1) pairs.reverse()
      for (const [into, run] of pairs) into.push(await timed(run))
    }
    const speedUp = (values: number[]) => (median(sequential) / median(values)).toFixed(1)
    const rows: BenchRow[] = [
      {
        figure: `${figure} (browser from ${choice.from}; median of ${ROUNDS})`,
        ours: `${median(ours).toFixed(0)} ms`,
        baseline: `${median(sequential).toFixed(0)} ms`,
        ratio: `${speedUp(ours)}x faster`
      },
      {
        figure: `CSP preview: speed-up by tabs at once (${[
          ...[1, ...SWEEP].map((tabs) => [tabs, sweep.get(tabs) ?? sequential] as const),
          [PAGES_AT_ONCE, ours] as const
        ]
          .sort((a, b) => a[0] - b[0])
          .map(([tabs, values]) => `${tabs}: ${speedUp(values)}x`)
          .join(', ')})`,
        ours: '-',
        baseline: '-',
        ratio: '-'
      }
    ]
    return rows
  } finally {
    await browser?.close()
    await edge?.close()
    await site.close()
  }
}

export default bench
