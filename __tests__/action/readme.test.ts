import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { renderReadme } from '../../scripts/readme-tables.js'
import { INPUT } from '../../src/settings.js'

const readme = readFileSync('README.md', 'utf8')
const actionYml = readFileSync('action.yml', 'utf8')

describe('README', () => {
  it('has the inputs and outputs tables of action.yml (regenerate: npx tsx scripts/readme-tables.ts)', () => {
    expect(readme).toBe(renderReadme(readme, actionYml))
  })

  it('embeds exactly docs/iam-policy.json as the IAM policy', () => {
    const block =
      /<!-- iam-policy:start -->\n```json\n([\s\S]*?)\n```\n<!-- iam-policy:end -->/.exec(readme)
    expect(block?.[1]).toBe(readFileSync('docs/iam-policy.json', 'utf8').trimEnd())
  })

  it('shows the two front-door commands', () => {
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toContain('npm ci && npm test')
  })
})

describe('action.yml', () => {
  const action = parse(actionYml) as {
    runs: { using: string; main: string }
    inputs: Record<string, unknown>
    outputs: Record<string, unknown>
  }
  it('runs the bundled action on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
  it('declares exactly the inputs the settings reader knows', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT).sort())
  })
  it('declares the outputs the contract fixes', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'status',
        'missing',
        'grade',
        'report',
        'function-arn',
        'version',
        'changed',
        'previous-function-arn',
        'distribution-status'
      ].sort()
    )
  })
})
