// The chunk graph of one ncc output folder (dist/ or dist/cli/), read from the files themselves:
// a chunk is loaded by `__webpack_require__.e(ID)` (minified `x.e(ID)`) in the file that needs
// it, and chunk ID lives in ID.index.js. Used by the bench (bundle sizes, the browser driver
// apart) and by the tests that prove which runs can reach which chunk.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Strings that only the named library's code contains, to find its chunk without ids. */
export const MARKERS = {
  browserDriver: 'puppeteer-core',
  githubClient: 'octokit',
  // A description of Google's CSP Evaluator's own
  // (node_modules/csp_evaluator/checks/security_checks.ts).
  cspEvaluator: 'which allow to bypass this CSP'
}

function chunkFile(id: string): string {
  return `${id}.index.js`
}

/**
 * Every .js file of `dir` with its size and the chunk files it loads; the file holding the
 * browser driver and the files only it reaches (the driver's own lazily loaded parts); the file
 * holding the GitHub client, if any.
 */
export interface ChunkGraph {
  files: Map<string, { bytes: number; loads: string[] }>
  /** The browser driver's chunk and every chunk only it loads. */
  browserDriver: Set<string>
  browserChunks: string[]
  githubChunks: string[]
  /** The files holding Google's CSP Evaluator (the csp_evaluator package). */
  cspEvaluatorChunks: string[]
  /** The files that load chunk file `name`. */
  loadersOf(name: string): string[]
}

export function chunkGraph(dir: string): ChunkGraph {
  const files = new Map<string, { bytes: number; loads: string[]; text: string }>()
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const text = readFileSync(join(dir, name), 'utf8')
    const loads = [...new Set([...text.matchAll(/\.e\((\d+)\)/g)].map((m) => chunkFile(m[1]!)))]
    files.set(name, { bytes: Buffer.byteLength(text), loads, text })
  }
  const holding = (marker: string) =>
    [...files].filter(([, f]) => f.text.includes(marker)).map(([n]) => n)
  const loadersOf = (name: string) =>
    [...files].filter(([, f]) => f.loads.includes(name)).map(([n]) => n)
  const browser = holding(MARKERS.browserDriver)
  // The driver's chunk and, transitively, every chunk loaded from nowhere else.
  const browserDriver = new Set(browser)
  for (let grew = true; grew;) {
    grew = false
    for (const name of files.keys()) {
      const loaders = loadersOf(name)
      if (browserDriver.has(name) || loaders.length === 0) continue
      if (loaders.every((l) => browserDriver.has(l))) {
        browserDriver.add(name)
        grew = true
      }
    }
  }
  return {
    files: new Map([...files].map(([n, f]) => [n, { bytes: f.bytes, loads: f.loads }])),
    browserDriver,
    browserChunks: browser,
    githubChunks: holding(MARKERS.githubClient),
    cspEvaluatorChunks: holding(MARKERS.cspEvaluator),
    loadersOf
  }
}

/** Bytes of the folder's .js files, the browser driver's files apart. */
export function bundleBytes(dir: string): { rest: number; browserDriver: number } {
  const graph = chunkGraph(dir)
  let rest = 0
  let browserDriver = 0
  for (const [name, { bytes }] of graph.files) {
    if (graph.browserDriver.has(name)) browserDriver += bytes
    else rest += bytes
  }
  return { rest, browserDriver }
}
