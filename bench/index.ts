// `npm run bench`: runs every bench/*.bench.ts and prints one table. Each benchmark measures
// ours and its baseline side by side in this one process run, so the ratio means something on
// a shared, noisy machine where absolute times do not.
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { dirname, join } from 'node:path'
import type { Benchmark, BenchRow } from './types.js'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)

function table(rows: BenchRow[]): string {
  const header: BenchRow = { figure: 'figure', ours: 'ours', baseline: 'baseline', ratio: 'ratio' }
  const all = [header, ...rows]
  const width = (k: keyof BenchRow) => Math.max(...all.map((r) => r[k].length))
  const line = (r: BenchRow) =>
    `| ${r.figure.padEnd(width('figure'))} | ${r.ours.padStart(width('ours'))} | ${r.baseline.padStart(width('baseline'))} | ${r.ratio.padStart(width('ratio'))} |`
  const rule = `|${'-'.repeat(width('figure') + 2)}|${'-'.repeat(width('ours') + 1)}:|${'-'.repeat(width('baseline') + 1)}:|${'-'.repeat(width('ratio') + 1)}:|`
  return [line(header), rule, ...rows.map(line)].join('\n')
}

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort()
const rows: BenchRow[] = []
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Benchmark }
  process.stderr.write(`running ${file} ...\n`)
  rows.push(...(await mod.default()))
}
console.log(table(rows))
