// Google's CSP Evaluator as headerguard reports it, on policies taken from the evaluator's own
// documented checks (the examples in node_modules/csp_evaluator/checks/*.ts and its README): which check id each
// yields, what is left out, and how several policies of one header count.
import { describe, expect, it } from '@jest/globals'
import {
  CSP_EVALUATOR_CHECKS,
  type EvaluateCsp,
  loadCspEvaluator
} from '../../src/headers/csp-evaluator.js'

const evaluate: EvaluateCsp = await loadCspEvaluator()

/** `TYPE directive value` of each finding on one policy. */
function ids(policy: string): string[] {
  return evaluate([policy]).map((a) => `${a.type} ${a.directive}${a.value ? ` ${a.value}` : ''}`)
}

describe("Google's CSP Evaluator findings, by the evaluator's check id", () => {
  it("'unsafe-inline' without a nonce or hash is SCRIPT_UNSAFE_INLINE; with a nonce browsers ignore it", () => {
    expect(ids("script-src 'unsafe-inline'; object-src 'none'")).toContain(
      "SCRIPT_UNSAFE_INLINE script-src 'unsafe-inline'"
    )
    // default-src stands in for script-src (the finding names the directive that applies).
    expect(ids("default-src 'self' 'unsafe-inline'")).toContain(
      "SCRIPT_UNSAFE_INLINE default-src 'unsafe-inline'"
    )
    const nonce =
      "script-src 'nonce-rAnd0mV4lue' 'unsafe-inline'; object-src 'none'; base-uri 'none'"
    expect(ids(nonce).filter((id) => id.startsWith('SCRIPT_UNSAFE_INLINE'))).toEqual([])
  })

  it('a missing object-src is MISSING_DIRECTIVES, and so is a missing base-uri beside a nonce', () => {
    expect(ids("script-src 'none'")).toContain('MISSING_DIRECTIVES object-src')
    expect(ids("script-src 'nonce-rAnd0mV4lue'; object-src 'none'")).toEqual([
      'MISSING_DIRECTIVES base-uri'
    ])
    expect(ids("default-src 'none'")).toEqual([])
  })

  it('hosts known for JSONP and AngularJS are SCRIPT_ALLOWLIST_BYPASS, with the reason', () => {
    const found = evaluate([
      "script-src https://www.google.com ajax.googleapis.com; object-src 'none'"
    ])
    expect(found.map((a) => `${a.checkId} ${a.value}`)).toEqual([
      'csp-evaluator/SCRIPT_ALLOWLIST_BYPASS https://www.google.com',
      'csp-evaluator/SCRIPT_ALLOWLIST_BYPASS ajax.googleapis.com'
    ])
    expect(found[0]!.message).toBe(
      'CSP Evaluator SCRIPT_ALLOWLIST_BYPASS on script-src https://www.google.com: www.google.com is known to host JSONP endpoints which allow to bypass this CSP.'
    )
    expect(found[1]!.message).toContain('JSONP endpoints and Angular libraries')
    expect(found.every((a) => a.evaluatorSeverity === 'HIGH' && a.severity === 'warning')).toBe(
      true
    )
  })

  it("'strict-dynamic' without a nonce or hash is STRICT_DYNAMIC_NOT_STANDALONE (it blocks every script)", () => {
    const found = evaluate(["script-src 'strict-dynamic'; object-src 'none'"])
    expect(found.map((a) => a.checkId)).toEqual(['csp-evaluator/STRICT_DYNAMIC_NOT_STANDALONE'])
    expect(found[0]).toMatchObject({ directive: 'script-src', evaluatorSeverity: 'INFO' })
    expect(
      ids(
        "script-src 'strict-dynamic' 'sha256-n4MwUWWdRBRRK9fWW3NmDgJ9Ab7YZLMtKZeLcxU0wk8='; object-src 'none'; base-uri 'none'"
      )
    ).toEqual([])
  })

  it('deprecated directives are DEPRECATED_DIRECTIVE; report-uri over http:// is SRC_HTTP', () => {
    expect(ids("default-src 'none'; referrer no-referrer; prefetch-src 'self'")).toEqual([
      'DEPRECATED_DIRECTIVE referrer',
      'DEPRECATED_DIRECTIVE prefetch-src'
    ])
    expect(ids("default-src 'none'; report-uri http://reports.example/csp")).toEqual([
      'SRC_HTTP report-uri http://reports.example/csp'
    ])
  })

  it('wildcards, plain schemes and IP sources in script directives', () => {
    expect(ids("script-src * https: 10.1.2.3; object-src 'none'")).toEqual(
      expect.arrayContaining([
        'PLAIN_WILDCARD script-src *',
        'PLAIN_URL_SCHEMES script-src https:',
        'IP_SOURCE script-src 10.1.2.3'
      ])
    )
  })

  it("leaves out the evaluator's possible findings, its notes on ignored sources, and the syntax headerguard checks itself", () => {
    // MEDIUM_MAYBE: 'self' might host JSONP, 'unsafe-eval' might be reached, a host might serve JSONP.
    expect(
      ids("script-src 'self' 'unsafe-eval' https://cdn.example.com; object-src 'none'")
    ).toEqual([])
    // IGNORED (severity NONE): 'unsafe-inline' beside a hash.
    expect(
      ids(
        "script-src 'sha256-n4MwUWWdRBRRK9fWW3NmDgJ9Ab7YZLMtKZeLcxU0wk8=' 'unsafe-inline'; object-src 'none'"
      )
    ).toEqual([])
    // UNKNOWN_DIRECTIVE and INVALID_KEYWORD are csp.ts's (newer lists, typo hints, positions);
    // reflected-xss is csp.ts's too (the evaluator advises X-XSS-Protection, itself obsolete).
    expect(
      ids("default-src 'none'; fenced-frame-src 'self'; img-src 'slef' self; reflected-xss block")
    ).toEqual([])
  })

  it('reports only check ids that CSP_EVALUATOR_CHECKS lists, and each one is a Type of the package', async () => {
    const { Type } = await import('../../src/headers/csp-evaluator-package.js')
    const names = Object.keys(Type).filter((k) => Number.isNaN(Number(k)))
    for (const id of CSP_EVALUATOR_CHECKS) expect(names).toContain(id)
    const corpus = [
      "script-src 'unsafe-inline' 'unsafe-eval' * http: data: 127.0.0.1 https://www.google.com 'nonce-a$b' 'nonce-x'; report-uri http://r.example",
      "script-src 'self' object-src 'none'",
      'object-src https://ajax.googleapis.com; referrer origin; disown-opener',
      "script-src 'strict-dynamic'; base-uri *",
      "script-src 'nonce-abcdefgh'"
    ]
    const seen = new Set(corpus.flatMap((p) => evaluate([p]).map((a) => a.type)))
    expect([...seen].filter((t) => !CSP_EVALUATOR_CHECKS.includes(t))).toEqual([])
    expect(seen.size).toBeGreaterThanOrEqual(10)
  })
})

describe('several policies in one header (browsers enforce each)', () => {
  it('a way past one policy that another closes is not reported', () => {
    // The second policy restricts objects and scripts, so neither gap of the first stands.
    expect(
      evaluate(["script-src 'unsafe-inline'", "object-src 'none'; script-src 'self'"])
    ).toEqual([])
  })

  it('a policy that does not restrict scripts leaves the first one in charge of them', () => {
    const found = evaluate(["script-src 'self' 'unsafe-inline'", "object-src 'none'"])
    expect(found.map((a) => `${a.type}@${a.policy}`)).toEqual(['SCRIPT_UNSAFE_INLINE@0'])
  })

  it('a gap every policy shares is reported once (default-src closes the missing object-src); per-policy findings stay with their policy', () => {
    const found = evaluate([
      "script-src 'unsafe-inline'",
      "default-src 'unsafe-inline'; referrer origin"
    ])
    expect(found.map((a) => `${a.type}@${a.policy}`)).toEqual([
      'SCRIPT_UNSAFE_INLINE@0',
      'DEPRECATED_DIRECTIVE@1'
    ])
  })
})

describe('hostile policies', () => {
  it('directive names on Object.prototype and sources that are no URL neither crash nor pollute', () => {
    const ownNames = () =>
      [Object.prototype, Array.prototype].map((p) => Object.getOwnPropertyNames(p))
    const before = ownNames()
    const found = evaluate([
      "__proto__ 'none'; constructor x; script-src a|b <img> 'unsafe-inline'"
    ])
    expect(found.map((a) => a.type)).toEqual(
      expect.arrayContaining(['SCRIPT_UNSAFE_INLINE', 'MISSING_DIRECTIVES'])
    )
    expect(ownNames()).toEqual(before)
    expect(({} as Record<string, unknown>).length).toBeUndefined()
  })
})

describe('once per process', () => {
  it('judges the same policies once, whichever step asks again', async () => {
    const policies = ["script-src 'self' 'unsafe-inline'"]
    const first = evaluate(policies)
    // The same loaded evaluator, and the same findings, not a second evaluation.
    expect(await loadCspEvaluator()).toBe(evaluate)
    expect(evaluate([...policies])).toBe(first)
    expect(evaluate(["script-src 'none'"])).not.toBe(first)
  })
})
