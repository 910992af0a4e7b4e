// Diagnostics: how a policy problem is printed, collected and ordered.
import type { Diagnostic, Severity, SourcePos } from './policy/types.js'

/** `FILE:LINE:COL: error|warning: message`, the format editors and CI log parsers understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.pos.file}:${d.pos.line}:${d.pos.col}: ${d.severity}: ${d.message}`
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** File order (line, then column); errors before warnings at the same place; stable otherwise. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, index) => ({ d, index }))
    .sort(
      (a, b) =>
        a.d.pos.line - b.d.pos.line ||
        a.d.pos.col - b.d.pos.col ||
        severityRank(a.d.severity) - severityRank(b.d.severity) ||
        a.index - b.index
    )
    .map(({ d }) => d)
}

function severityRank(severity: Severity): number {
  return severity === 'error' ? 0 : 1
}

/** Collects diagnostics, dropping exact repeats (same place, rule and message). */
export class DiagnosticList {
  readonly items: Diagnostic[] = []
  private readonly seen = new Set<string>()

  add(severity: Severity, rule: string, message: string, pos: SourcePos): void {
    const key = `${pos.line}:${pos.col}:${rule}:${message}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.items.push({ severity, rule, message, pos })
  }

  error(rule: string, message: string, pos: SourcePos): void {
    this.add('error', rule, message, pos)
  }

  warning(rule: string, message: string, pos: SourcePos): void {
    this.add('warning', rule, message, pos)
  }
}
