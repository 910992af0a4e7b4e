// Google's CSP Evaluator (the csp_evaluator package) as headerguard reports it: one serialized
// policy in, the evaluator's findings out, each named by the evaluator's own check id. The
// checks are the package's; this module only decides which of its findings headerguard reports
// and how they count, in one place. The package is loaded on first use, never at start-up.
import { parseCsp, serializeCsp } from './csp.js'

type Package = typeof import('./csp-evaluator-package.js')

/** One finding of the evaluator, as validate and check report it. */
export interface CspAdvice {
  /** `csp-evaluator/SCRIPT_UNSAFE_INLINE`: the evaluator's finding type, by its name. */
  checkId: string
  /** The evaluator's finding type by name (its `Type` enum), e.g. `MISSING_DIRECTIVES`. */
  type: string
  /** The evaluator's own severity (HIGH, SYNTAX, MEDIUM or INFO: the ones reported). */
  evaluatorSeverity: string
  /** Every finding reported is a warning: it never fails a run unless `fail-on: warning`. */
  severity: 'warning'
  /** The directive the finding concerns (lowercase; possibly one the policy lacks). */
  directive: string
  /** The source expression it concerns, as the evaluator normalised it (keywords lowercase). */
  value?: string
  /** The evaluator's description, prefixed with the check id and what it concerns. */
  message: string
}

/**
 * Every check id headerguard can report (the evaluator's `Type` names that the checks run here
 * give at a reported severity, less those judgedByHeaderguard): what `verify.csp-evaluator.ignore`
 * accepts. A test holds it to the package.
 */
export const CSP_EVALUATOR_CHECKS: readonly string[] = [
  'MISSING_SEMICOLON',
  'NONCE_CHARSET',
  'MISSING_DIRECTIVES',
  'SCRIPT_UNSAFE_INLINE',
  'PLAIN_URL_SCHEMES',
  'PLAIN_WILDCARD',
  'SCRIPT_ALLOWLIST_BYPASS',
  'OBJECT_ALLOWLIST_BYPASS',
  'NONCE_LENGTH',
  'IP_SOURCE',
  'DEPRECATED_DIRECTIVE',
  'SRC_HTTP',
  'STRICT_DYNAMIC_NOT_STANDALONE'
]

/**
 * Judges the policies one header sends (its instances split on commas, as browsers do), each
 * finding with the index of the policy it was found in.
 */
export type EvaluateCsp = (policies: readonly string[]) => Array<CspAdvice & { policy: number }>

/**
 * Checks that find a way past the policy. Browsers enforce every policy of a header, so such a
 * finding stands only when no other policy that restricts the same thing closes it (the
 * evaluator's rule for several policies, atLeastOnePasses in
 * node_modules/csp_evaluator/lighthouse/lighthouse_checks.ts, there over the policies that
 * restrict scripts); the others (a deprecated directive, a short nonce, 'strict-dynamic' that
 * blocks every script) stand in the policy that has them.
 */
const BYPASS_CHECKS: ReadonlySet<string> = new Set([
  'MISSING_DIRECTIVES',
  'SCRIPT_UNSAFE_INLINE',
  'PLAIN_URL_SCHEMES',
  'PLAIN_WILDCARD',
  'SCRIPT_ALLOWLIST_BYPASS',
  'OBJECT_ALLOWLIST_BYPASS'
])

const SCRIPT_DIRECTIVES = ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']

/** The directives by which another policy restricts what `directive` governs (CSP3 fallbacks). */
function restrictedBy(directive: string): readonly string[] {
  if (SCRIPT_DIRECTIVES.includes(directive)) return SCRIPT_DIRECTIVES
  if (directive === 'object-src') return ['object-src', 'default-src']
  return [directive]
}

/**
 * The evaluator's severities headerguard reports, all as warnings. HIGH, SYNTAX and MEDIUM are
 * what the evaluator is sure weakens the policy; INFO, in the checks run here, is as certain (a
 * deprecated directive, an IP source browsers ignore, 'strict-dynamic' that blocks every script,
 * a nonce outside base64). HIGH_MAYBE and MEDIUM_MAYBE are questions only the site owner can
 * answer ('self' or a host that might serve JSONP or uploads, 'unsafe-eval' that an injection
 * might reach): on nearly every policy and every URL they would bury the findings above, so
 * they are left out. NONE marks the evaluator's notes on sources a browser ignores.
 */
const REPORTED_SEVERITIES: ReadonlySet<string> = new Set(['HIGH', 'SYNTAX', 'MEDIUM', 'INFO'])

/**
 * Judgments headerguard's own CSP grammar (csp.ts) makes: one source each. Unknown directives
 * and keywords are checked there against newer lists (fenced-frame-src, 'unsafe-allow-redirects',
 * 'trusted-types-eval'), at the exact position, with typo hints and errors where a browser would
 * ignore the source; the evaluator's reflected-xss advice (use X-XSS-Protection) is obsolete, and
 * headerguard itself warns when that header is not '0'.
 */
function judgedByHeaderguard(type: string, directive: string): boolean {
  return (
    type === 'UNKNOWN_DIRECTIVE' ||
    type === 'INVALID_KEYWORD' ||
    (type === 'DEPRECATED_DIRECTIVE' && directive === 'reflected-xss')
  )
}

/**
 * The policy as the evaluator reads it, without directive names that would land on its plain
 * object's prototype (`__proto__`, `constructor`): browsers ignore such directives anyway.
 */
function sanitized(policy: string): string {
  return serializeCsp(parseCsp(policy).filter((d) => !(d.name in Object.prototype)))
}

interface Judged {
  advice: CspAdvice[]
  /** The policy's directive names, as the evaluator parsed them. */
  directives: ReadonlySet<string>
}

function evaluateWith(pkg: Package, policy: string): Judged {
  const parsed = new pkg.CspParser(sanitized(policy)).csp
  // The package's default checks (what its README's example runs) plus the one strict-CSP
  // check that finds a broken policy rather than advising a style: 'strict-dynamic' without a
  // nonce or hash. The other strict-CSP checks advise a style on nearly every policy
  // ('strict-dynamic' over allowlists, fallbacks for pre-CSP3 browsers, Trusted Types).
  const findings: Array<ReturnType<typeof pkg.CspEvaluator.prototype.evaluate>[number]> = []
  const run = (onParsed: typeof pkg.DEFAULT_CHECKS, onEffective: typeof pkg.DEFAULT_CHECKS) => {
    try {
      findings.push(...new pkg.CspEvaluator(parsed).evaluate(onParsed, onEffective))
    } catch {
      // One check at a time: a check that throws on a source it cannot read (checkIpSource
      // parses every source as a URL, and `a|b` is none) loses only its own findings. Browsers
      // ignore such a source as well.
    }
  }
  for (const check of pkg.DEFAULT_CHECKS) run([], [check])
  run([pkg.checkStrictDynamicNotStandalone], [])
  const advice: CspAdvice[] = []
  const seen = new Set<string>()
  for (const f of findings) {
    const type = pkg.Type[f.type] ?? String(f.type)
    const evaluatorSeverity = pkg.Severity[f.severity] ?? String(f.severity)
    if (!REPORTED_SEVERITIES.has(evaluatorSeverity)) continue
    if (judgedByHeaderguard(type, f.directive)) continue
    const key = `${type}\u0000${f.directive}\u0000${f.value ?? ''}\u0000${f.description}`
    if (seen.has(key)) continue
    seen.add(key)
    const on = f.value === undefined ? f.directive : `${f.directive} ${f.value}`
    advice.push({
      checkId: `csp-evaluator/${type}`,
      type,
      evaluatorSeverity,
      severity: 'warning',
      directive: f.directive,
      ...(f.value === undefined ? {} : { value: f.value }),
      message: `CSP Evaluator ${type} on ${on}: ${f.description}`
    })
  }
  return { advice, directives: new Set(Object.keys(parsed.directives)) }
}

/** One weakness across policies: the same check on the same source (or missing directive). */
function bypassKey(a: CspAdvice): string {
  return `${a.type}\u0000${a.value ?? a.directive}`
}

/** Does `other` close the way past the policy that `a` found: it restricts the same thing without it? */
function closes(other: Judged, a: CspAdvice): boolean {
  const key = bypassKey(a)
  if (other.advice.some((b) => bypassKey(b) === key)) return false
  // A directive missing from one policy is restricted by any policy without that finding.
  if (a.type === 'MISSING_DIRECTIVES') return true
  return restrictedBy(a.directive).some((d) => other.directives.has(d))
}

function evaluateAll(pkg: Package, policies: readonly string[]): ReturnType<EvaluateCsp> {
  const each = policies.map((policy) => evaluateWith(pkg, policy))
  const advice: ReturnType<EvaluateCsp> = []
  const reported = new Set<string>()
  each.forEach((judged, policy) => {
    for (const a of judged.advice) {
      if (BYPASS_CHECKS.has(a.type)) {
        const key = bypassKey(a)
        if (reported.has(key) || each.some((other) => other !== judged && closes(other, a)))
          continue
        reported.add(key)
      }
      advice.push({ ...a, policy })
    }
  })
  return advice
}

/**
 * The same policies judged once per process, however many URLs serve them and whichever step
 * asks (the policy check, verification of the live site and of the previewed responses). The
 * findings are read, never changed, by every caller.
 */
function memoized(evaluate: EvaluateCsp): EvaluateCsp {
  const cache = new Map<string, ReturnType<EvaluateCsp>>()
  return (policies) => {
    // A policy holds no comma, so the comma-joined list names the set of policies exactly.
    const key = policies.join(',')
    let found = cache.get(key)
    if (!found) {
      found = evaluate(policies)
      cache.set(key, found)
    }
    return found
  }
}

let loading: Promise<EvaluateCsp> | undefined

/** The evaluator, loaded once per process on first use (its own chunk in the bundles). */
export function loadCspEvaluator(): Promise<EvaluateCsp> {
  loading ??= import('./csp-evaluator-package.js').then((pkg) =>
    memoized((policies) => evaluateAll(pkg, policies))
  )
  return loading
}
