// The judgment: does one response carry what the policy says the edge sends for it? Pure: a
// policy and an observed response in, findings out. Which rules apply is decided by
// headers/match.ts (the same semantics the edge handler implements), never re-implemented here.
import { isCspHeader } from '../headers/header-names.js'
import { applicableHeaders, selectHeaderSet } from '../headers/match.js'
import type { HeaderRule, RemoveRule, ResolvedPolicy } from '../policy/types.js'
import { headerGrammar, SINGLE_INSTANCE_HEADERS } from '../headers/header-grammar.js'
import { checkHeaderValue } from '../headers/header-values.js'
import { headerInstances } from '../headers/header-grammar.js'
import { type CspAdviceJudge, judgeCspAdvice } from './csp-advice.js'
import { cspDifference, sameValue } from './normalize.js'
import { judgeRules } from './rules.js'
import type { Finding, ObservedResponse } from './types.js'

function uriOf(url: string): string {
  try {
    return new URL(url).pathname || '/'
  } catch {
    return '/'
  }
}

function base(rule: HeaderRule | RemoveRule, kind: Finding['kind']) {
  return { policyLine: rule.pos.line, policyColumn: rule.pos.col, kind, severity: 'error' as const }
}

function own(headers: Record<string, string[]>, name: string): string[] | undefined {
  return Object.hasOwn(headers, name) ? headers[name] : undefined
}

function judgeHeader(rule: HeaderRule, headers: Record<string, string[]>): Finding {
  const instances = headerInstances(rule.name, own(headers, rule.name))
  const actual = instances.length > 0 ? instances.join(', ') : null
  const common = { ...base(rule, 'header'), header: rule.name, expected: rule.value, actual }
  if (instances.length === 0) {
    return { ...common, verdict: 'missing', message: `${rule.key} is not in the response` }
  }
  if (instances.length > 1 && headerGrammar(rule.name).once) {
    return {
      ...common,
      verdict: 'mismatch',
      message: `${rule.key} is sent ${instances.length} times: the origin and the edge both set it, or the origin repeats it; browsers then combine or ignore the values`
    }
  }
  const value = instances.join(', ')
  if (!rule.override) {
    // The edge kept the origin's value: it still has to be one a browser honours, since an
    // invalid value is ignored as if the header were absent.
    const invalid = checkHeaderValue(rule.name, value).filter((f) => f.severity === 'error')
    if (invalid.length > 0) {
      return {
        ...common,
        expected: `a valid ${rule.key} (override: false keeps the origin's value)`,
        verdict: 'mismatch',
        message: `the origin's ${rule.key} is invalid, so browsers ignore it: ${invalid[0]!.message}`
      }
    }
    return { ...common, verdict: 'pass', message: 'kept origin value' }
  }
  if (sameValue(rule.name, rule.value, value)) {
    return { ...common, verdict: 'pass', message: 'matches the policy' }
  }
  const detail = isCspHeader(rule.name) ? `: ${cspDifference(rule.value, value)}` : ''
  return { ...common, verdict: 'mismatch', message: `${rule.key} differs from the policy${detail}` }
}

/**
 * A security header sent more than once is a finding even when the policy does not set it:
 * browsers honour only the first HSTS (RFC 6797 8.1), treat differing X-Frame-Options values as
 * invalid, and enforce every CSP (so a second, different one is a second policy to satisfy).
 */
function judgeDuplicates(
  headers: Record<string, string[]>,
  judged: ReadonlySet<string>,
  policyLine: number | null
): Finding[] {
  const findings: Finding[] = []
  for (const name of SINGLE_INSTANCE_HEADERS) {
    if (judged.has(name)) continue
    const instances = headerInstances(name, own(headers, name))
    if (instances.length < 2) continue
    const differing = new Set(instances.map((v) => v.trim().toLowerCase())).size > 1
    if (isCspHeader(name) && !differing) continue
    findings.push({
      header: name,
      verdict: 'mismatch',
      expected: 'sent once',
      actual: instances.join(', '),
      message: isCspHeader(name)
        ? `${name} is sent ${instances.length} times with different values: browsers enforce every one, so the strictest combination applies`
        : `${name} is sent ${instances.length} times${differing ? ' with different values' : ''}: ${name === 'strict-transport-security' ? 'browsers honour only the first (RFC 6797 8.1)' : 'browsers may ignore the header altogether'}; send it once`,
      policyLine,
      severity: isCspHeader(name) ? 'warning' : 'error',
      kind: 'duplicate'
    })
  }
  return findings
}

/** `x-envoy-*` matches every `x-envoy-` header; any other name matches itself. */
function removedNames(rule: RemoveRule, headers: Record<string, string[]>): string[] {
  if (rule.name.endsWith('*')) {
    const prefix = rule.name.slice(0, -1)
    return Object.keys(headers).filter((name) => name.startsWith(prefix))
  }
  return headers[rule.name] ? [rule.name] : []
}

function judgeRemove(rule: RemoveRule, headers: Record<string, string[]>): Finding[] {
  const present = removedNames(rule, headers)
  if (present.length === 0) {
    return [
      {
        ...base(rule, 'remove'),
        header: rule.name,
        verdict: 'pass',
        expected: '(absent)',
        actual: null,
        message: 'absent, as the policy removes it'
      }
    ]
  }
  return present.map((name) => ({
    ...base(rule, 'remove'),
    header: name,
    verdict: 'forbidden' as const,
    expected: '(absent)',
    actual: (headers[name] ?? []).join(', '),
    message: `${name} should have been removed by the edge`
  }))
}

/**
 * Every header the policy sets for this URI, status and content type must be present with the
 * expected value; every removed header must be absent; every `verify.rules` entry must hold.
 * With `advice`, Google's CSP Evaluator judges every CSP the response serves.
 */
export function judgeResponse(
  policy: ResolvedPolicy,
  response: ObservedResponse,
  advice?: CspAdviceJudge
): Finding[] {
  const set = selectHeaderSet(policy, uriOf(response.url))
  const facts = { status: response.status, contentType: response.headers['content-type']?.[0] }
  const findings: Finding[] = []
  const applied = applicableHeaders(set, facts)
  for (const rule of applied) findings.push(judgeHeader(rule, response.headers))
  findings.push(...judgeDuplicates(response.headers, new Set(applied.map((r) => r.name)), null))
  for (const rule of set.remove) findings.push(...judgeRemove(rule, response.headers))
  findings.push(...judgeRules(policy.verify.rules, response.headers))
  if (advice) findings.push(...judgeCspAdvice(response.headers, applied, advice))
  const cause = errorCause(response)
  if (!cause) return findings
  return findings.map((f) =>
    f.verdict === 'pass' ? f : { ...f, message: `${f.message} ${cause}` }
  )
}

/**
 * A 5xx (an origin that is down, a function CloudFront rejected) explains every missing header
 * at once: say so on each finding, so "Cache-Control is not in the response" on 77 URLs reads
 * as the one problem it is.
 */
function errorCause(response: ObservedResponse): string | undefined {
  if (response.status < 500) return undefined
  const xCache = response.headers['x-cache']?.[0]
  return `(the response was a ${response.status}${xCache ? `, X-Cache: ${xCache}` : ''})`
}

/** The rule that asks for HSTS on this URI, if any: then http:// must redirect to https://. */
export function hstsRule(policy: ResolvedPolicy, uri: string): HeaderRule | undefined {
  return selectHeaderSet(policy, uri).headers.find((h) => h.name === 'strict-transport-security')
}

/**
 * The http:// variant of an HSTS site must answer with a redirect to https:// (HSTS is ignored
 * over plain HTTP, so only the redirect protects the first visit). Not serving http:// at all
 * is fine too: there is nothing to downgrade to.
 */
export function judgeHttpRedirect(
  rule: HeaderRule,
  httpUrl: string,
  response: ObservedResponse | undefined,
  redirectTo: string | undefined
): Finding {
  const common = {
    header: 'location',
    expected: `3xx to ${httpUrl.replace(/^http:/, 'https:')}`,
    policyLine: rule.pos.line,
    policyColumn: rule.pos.col,
    // A warning, not a policy violation: no header can fix it, only the cache behavior's
    // viewer protocol policy (redirect-to-https), which headerguard does not manage.
    severity: 'warning' as const,
    kind: 'redirect' as const
  }
  if (response === undefined) {
    return {
      ...common,
      verdict: 'pass',
      actual: null,
      message: 'http:// is not served, so there is nothing to downgrade to'
    }
  }
  if (redirectTo === undefined) {
    return {
      ...common,
      verdict: 'missing',
      actual: `${response.status} without a redirect`,
      message: `http:// answers ${response.status} instead of redirecting to https://; HSTS only protects after a first https:// visit (CloudFront: set the viewer protocol policy to redirect-to-https)`
    }
  }
  const target = new URL(redirectTo)
  const from = new URL(httpUrl)
  if (target.protocol !== 'https:') {
    return {
      ...common,
      verdict: 'mismatch',
      actual: redirectTo,
      message: 'http:// redirects, but not to https://'
    }
  }
  if (target.hostname !== from.hostname) {
    return {
      ...common,
      verdict: 'mismatch',
      actual: redirectTo,
      message:
        'http:// redirects to https:// on another host first, so the browser never sees this host’s HSTS header'
    }
  }
  return { ...common, verdict: 'pass', actual: redirectTo, message: 'redirects to https://' }
}
