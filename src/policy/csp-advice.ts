// Google's CSP Evaluator on every CSP the policy sets (what the edge sends, presets included):
// its findings as warnings at the directive or source they concern when the file shows where
// it is, else at the CSP's own line. Loads the evaluator only when the policy sets a CSP.
import { DiagnosticList } from '../diagnostics.js'
import { cspSourceKey, type LocatedCspDirective } from '../headers/csp.js'
import { loadCspEvaluator } from '../headers/csp-evaluator.js'
import { headerInstances } from '../headers/header-grammar.js'
import { isCspHeader } from '../headers/header-names.js'
import type { CspLocator } from './resolve-context.js'
import type { Diagnostic, HeaderRule, HeaderSet, SourcePos } from './types.js'

/** A directive as written; browsers keep the first of a repeated name. */
type WrittenDirective = Pick<LocatedCspDirective, 'name' | 'values' | 'duplicate'>

/**
 * The locator of a CSP: `where(i)` is where directive i's name is written, `where(i, j)` its
 * source j (computed on demand: most policies draw no finding).
 */
export function locatorOf(
  directives: readonly WrittenDirective[],
  where: (directive: number, source?: number) => SourcePos
): CspLocator {
  return (name, source) => {
    const index = directives.findIndex((x) => !x.duplicate && x.name === name)
    const d = directives[index]
    if (!d) return undefined
    if (source === undefined) return where(index)
    const key = cspSourceKey(source)
    const i = d.values.findIndex((v) => cspSourceKey(v) === key)
    return i === -1 ? where(index) : where(index, i)
  }
}

export interface AdviceOptions {
  /** Check ids (`SCRIPT_ALLOWLIST_BYPASS`) the policy silences. */
  ignore?: ReadonlySet<string>
}

/** The CSP rules of every header set, each once (a path inherits the top level's rule). */
function cspRules(sets: readonly HeaderSet[]): HeaderRule[] {
  const rules = new Set<HeaderRule>()
  for (const set of sets)
    for (const rule of set.headers) if (isCspHeader(rule.name)) rules.add(rule)
  return [...rules]
}

/** The evaluator's findings on the policy's CSPs, as positioned warnings; [] without a CSP. */
export async function cspAdvice(
  sets: readonly HeaderSet[],
  locators: ReadonlyMap<HeaderRule, CspLocator>,
  options: AdviceOptions = {}
): Promise<Diagnostic[]> {
  const rules = cspRules(sets)
  if (rules.length === 0) return []
  const evaluate = await loadCspEvaluator()
  const out = new DiagnosticList()
  for (const rule of rules) {
    const locate = locators.get(rule)
    for (const a of evaluate(headerInstances(rule.name, [rule.value]))) {
      if (options.ignore?.has(a.type)) continue
      out.add(a.severity, a.checkId, a.message, locate?.(a.directive, a.value) ?? rule.pos)
    }
  }
  return out.items
}
