// Generates the README's inputs and outputs tables from action.yml, and its emulator fault table
// from src/emulator/faults.ts, so they cannot drift:
// `npx tsx scripts/readme-tables.ts` rewrites them; __tests__/action/readme.test.ts fails when
// they differ.
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'
import { renderFaultDocs } from '../src/emulator/faults.js'

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
}

const cell = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')

export function renderTables(actionYml: string): { inputs: string; outputs: string } {
  const action = parse(actionYml) as ActionYaml
  const inputs = [
    '| Name | Description | Default | Required |',
    '|---|---|---|---|',
    ...Object.entries(action.inputs).map(
      ([name, spec]) =>
        `| \`${name}\` | ${cell(spec.description)} | ${spec.default === undefined ? '' : `\`${cell(spec.default)}\``} | ${spec.required ? 'yes' : 'no'} |`
    )
  ].join('\n')
  const outputs = [
    '| Name | Description |',
    '|---|---|',
    ...Object.entries(action.outputs).map(
      ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`
    )
  ].join('\n')
  return { inputs, outputs }
}

export function replaceBetween(text: string, marker: string, body: string): string {
  const start = `<!-- ${marker}:start -->`
  const end = `<!-- ${marker}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} ... ${end} markers`)
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`
}

export function renderReadme(readme: string, actionYml: string): string {
  const { inputs, outputs } = renderTables(actionYml)
  const tables = replaceBetween(replaceBetween(readme, 'inputs', inputs), 'outputs', outputs)
  return replaceBetween(tables, 'emulator-faults', renderFaultDocs())
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8')
  writeFileSync('README.md', renderReadme(readme, readFileSync('action.yml', 'utf8')))
}
