// Google's CSP Evaluator's findings on served CSPs, as every stage counts them: advice on a CSP
// served exactly as the policy says has verdict pass (the JSON contract: the header is right),
// yet every report shows it as a warning and fail-on: warning counts it; and each finding is
// reported from one source, the served CSP once verification judged it.
import type { Diagnostic } from './policy/types.js'
import type { Finding, VerifyReport } from './verify/types.js'

/** A warning about a header the site serves as the policy says: never a failing URL. */
export function isAdvice(f: Finding): boolean {
  return f.verdict === 'pass' && f.kind === 'csp-evaluator'
}

/** What the reports show as a problem: a failing verdict, or advice. */
export function isFlagged(f: Finding): boolean {
  return f.verdict !== 'pass' || isAdvice(f)
}

/**
 * The policy's CSP Evaluator warnings less those verification reported on a served CSP (same
 * check, same message), so annotations and SARIF (and GitHub's cap of 10 warnings) hold each
 * once. Advice on a policy CSP that no URL served as written stays.
 */
export function withoutServedAdvice(diagnostics: Diagnostic[], verify: VerifyReport): Diagnostic[] {
  const served = new Set<string>()
  for (const r of verify.results)
    for (const f of r.findings)
      if (f.kind === 'csp-evaluator' && f.check) served.add(`${f.check}\u0000${f.message}`)
  if (served.size === 0) return diagnostics
  return diagnostics.filter((d) => !served.has(`${d.rule}\u0000${d.message}`))
}
