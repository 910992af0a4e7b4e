// Google's CSP Evaluator on the CSPs a response serves: each policy judged on its own, as
// browsers split a header on commas (CSP3 2.2.1), each finding a warning on the header that
// carries it, named by the evaluator's check id. Grades are computed from the responses, never
// from findings, so these warnings leave the Observatory grade as it is.
import { type EvaluateCsp, loadCspEvaluator } from '../headers/csp-evaluator.js'
import { headerInstances } from '../headers/header-grammar.js'
import { CSP_HEADERS } from '../headers/header-names.js'
import type { HeaderRule, ResolvedPolicy } from '../policy/types.js'
import type { Finding } from './types.js'

/** What judging with the evaluator needs: the loaded evaluator and the checks the policy ignores. */
export interface CspAdviceJudge {
  evaluate: EvaluateCsp
  ignore: ReadonlySet<string>
}

/** Does any of these responses carry a CSP the evaluator would judge (so it is worth loading)? */
function servesCsp(responses: Iterable<{ headers: Record<string, string[]> }>): boolean {
  for (const r of responses)
    for (const name of CSP_HEADERS) if (Object.hasOwn(r.headers, name)) return true
  return false
}

/**
 * The judge for these responses, or undefined when none serves a CSP or the policy turns the
 * evaluator off: only then is the evaluator loaded.
 */
export async function cspAdviceJudge(
  policy: ResolvedPolicy,
  responses: Iterable<{ headers: Record<string, string[]> }>
): Promise<CspAdviceJudge | undefined> {
  const settings = policy.verify.cspEvaluator
  if (settings?.enabled === false || !servesCsp(responses)) return undefined
  return { evaluate: await loadCspEvaluator(), ignore: new Set(settings?.ignore ?? []) }
}

/** The evaluator's findings on every CSP policy the response serves. */
export function judgeCspAdvice(
  headers: Record<string, string[]>,
  applied: readonly HeaderRule[],
  judge: CspAdviceJudge
): Finding[] {
  const findings: Finding[] = []
  for (const name of CSP_HEADERS) {
    const served = headerInstances(name, Object.hasOwn(headers, name) ? headers[name] : undefined)
    const rule = applied.find((r) => r.name === name)
    if (served.length === 0) continue
    for (const a of judge.evaluate(served)) {
      if (judge.ignore.has(a.type)) continue
      findings.push({
        header: name,
        // The header is what the policy says: the warning is advice (src/advice.ts).
        verdict: 'pass',
        expected: null,
        actual: served[a.policy] ?? null,
        message: a.message,
        policyLine: rule ? rule.pos.line : null,
        ...(rule ? { policyColumn: rule.pos.col } : {}),
        severity: a.severity,
        kind: 'csp-evaluator',
        check: a.checkId
      })
    }
  }
  return findings
}
