// Shared helpers for the policy tests: load inline text, find a diagnostic by rule.
import { expect } from '@jest/globals'
import { loadPolicyText } from '../../src/policy/load.js'
import type { Diagnostic, LoadResult } from '../../src/policy/types.js'

export function load(text: string, file = 'policy.yml'): LoadResult {
  return loadPolicyText(text, file)
}

/** The one diagnostic of `rule`, asserting it is there, with its line, column and severity. */
export function expectDiagnostic(
  text: string,
  rule: string,
  line: number,
  col: number,
  severity: Diagnostic['severity'] = 'error'
): Diagnostic {
  const { diagnostics } = load(text)
  const found = diagnostics.filter((d) => d.rule === rule)
  expect(found.map((d) => `${d.rule}@${d.pos.line}:${d.pos.col}`)).toContain(
    `${rule}@${line}:${col}`
  )
  const d = found.find((x) => x.pos.line === line && x.pos.col === col)!
  expect(d.severity).toBe(severity)
  expect(d.message).not.toMatch(/\[object Object\]|undefined/)
  return d
}

export function rulesOf(text: string): string[] {
  return load(text).diagnostics.map((d) => d.rule)
}
