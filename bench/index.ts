// `npm run bench`: runs every bench/*.bench.ts and prints one table. Each benchmark measures
// ours and its baseline side by side in this one process run, so the ratio means something on
// a shared, noisy machine where absolute times do not.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { dirname, join } from 'node:path'
import type { Benchmark, BenchRow } from './types.js'

const here = dirname(fileURLToPath(import.meta.url))
// `npm run bench -- --readme` also rewrites the README's table with this run's figures.
const writeReadme = process.argv.includes('--readme')
const only = process.argv.slice(2).filter((a) => a !== '--readme')

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

/** The README's benchmark section between its markers, rebuilt around one run's table. */
export function readmeWithTable(readme: string, tableText: string, nodeVersion: string): string {
  const start = '<!-- bench:start -->'
  const end = '<!-- bench:end -->'
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from === -1 || to < from) throw new Error(`README.md has no ${start} ... ${end} section`)
  const notesAt = readme.indexOf('\nNotes:', from)
  const notes = notesAt !== -1 && notesAt < to ? readme.slice(notesAt + 1, to) : ''
  const intro = `One run of \`npm run bench\` on the 2-core development machine (Node ${nodeVersion}; the action under Node 24):`
  return `${readme.slice(0, from)}${start}\n${intro}\n\n${tableText}\n\n${notes}${readme.slice(to)}`
}

if (writeReadme) {
  if (only.length > 0) throw new Error('--readme needs the whole run: give no benchmark names')
  const readme = readFileSync('README.md', 'utf8')
  writeFileSync(
    'README.md',
    readmeWithTable(readme, table(rows), process.versions.node.split('.')[0]!)
  )
  process.stderr.write('README.md: benchmark table rewritten from this run\n')
}
