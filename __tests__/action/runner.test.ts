// The runner protocol the action writes (action/runner.ts): the same bytes @actions/core wrote,
// read back the way the runner and our e2e helpers read them.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseGithubOutput } from '../../src/cli/demo-action.js'
import {
  appendSummary,
  getInput,
  group,
  outputDelimiter,
  setOutput,
  warning,
  workflowCommand
} from '../../src/action/runner.js'
import { parseAnnotations } from '../helpers/action-process.js'

afterEach(() => {
  jest.restoreAllMocks()
})

function captureStdout(): string[] {
  const lines: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk))
    return true
  })
  return lines
}

describe('workflow commands', () => {
  it('escapes the message and the properties so a line break or a comma cannot forge a command', () => {
    expect(
      workflowCommand('error', { file: 'a,b:c.yml', line: 3, col: undefined }, '50%\nline 2\r')
    ).toBe('::error file=a%2Cb%3Ac.yml,line=3::50%25%0Aline 2%0D')
  })

  it('writes annotations with the runner property names (line, col), read back by the e2e parser', () => {
    const out = captureStdout()
    warning('bad value', { title: 'hsts', file: 'p.yml', startLine: 4, startColumn: 7 })
    expect(parseAnnotations(out.join(''))).toEqual([
      {
        level: 'warning',
        properties: { title: 'hsts', file: 'p.yml', line: '4', col: '7' },
        message: 'bad value'
      }
    ])
  })

  it('closes a group when its body throws', async () => {
    const out = captureStdout()
    await expect(group('g', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(out.join('')).toBe('::group::g\n::endgroup::\n')
  })
})

describe('inputs, outputs and the summary', () => {
  it('reads INPUT_<NAME> with spaces as underscores, trimmed; unset is empty', () => {
    expect(getInput('fail on', { INPUT_FAIL_ON: '  warning \n' })).toBe('warning')
    expect(getInput('mode', {})).toBe('')
  })

  it('writes multi-line outputs into GITHUB_OUTPUT as delimited blocks', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hg-out-')), 'output')
    writeFileSync(file, '')
    setOutput('missing', '["a"]', { GITHUB_OUTPUT: file })
    setOutput('report', 'line 1\nline 2', { GITHUB_OUTPUT: file })
    expect(readFileSync(file, 'utf8')).toMatch(/^missing<<ghadelimiter_0\n/)
    expect(parseGithubOutput(readFileSync(file, 'utf8'))).toEqual({
      missing: '["a"]',
      report: 'line 1\nline 2'
    })
  })

  it('picks a delimiter the value does not hold, so a value cannot end its block early', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hg-out-')), 'output')
    writeFileSync(file, '')
    const hostile = 'x\nghadelimiter_0\nstatus<<EOF\npass\nEOF\nghadelimiter_1'
    expect(outputDelimiter('status', hostile)).toBe('ghadelimiter_2')
    setOutput('status', hostile, { GITHUB_OUTPUT: file })
    expect(parseGithubOutput(readFileSync(file, 'utf8'))).toEqual({ status: hostile })
  })

  it('appends to the job summary file, and writes nothing without one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hg-sum-')), 'summary')
    writeFileSync(file, 'before\n')
    appendSummary('### after\n', { GITHUB_STEP_SUMMARY: file })
    appendSummary('### lost\n', {})
    expect(readFileSync(file, 'utf8')).toBe('before\n### after\n')
  })
})
