// Policies for verify and report tests, written as policy-file text and loaded by the real
// loader (helpers/policy.ts). Every header sits on its own line, header i of the top level on
// line 10 + i, so findings can be traced back to a line.
import type { Condition, VerifyRule } from '../../src/policy/types.js'
import { policyFromText } from '../helpers/policy.js'

export const POLICY_FILE = '.github/security-headers.yml'

type HeaderSpec = string | { value: string; override?: boolean; when?: Condition }

export interface PolicySpec {
  headers?: Record<string, HeaderSpec>
  remove?: string[]
  paths?: Array<{ match: string; headers?: Record<string, HeaderSpec>; remove?: string[] }>
  rules?: Array<Omit<VerifyRule, 'pos'>>
  verifyPaths?: string[]
  urls?: string[]
}

const json = (value: unknown) => JSON.stringify(value)

function headerLine(indent: string, name: string, spec: HeaderSpec): string {
  if (typeof spec === 'string') return `${indent}${json(name)}: ${json(spec)}`
  const entry: Record<string, unknown> = { value: spec.value }
  if (spec.override !== undefined) entry.override = spec.override
  if (spec.when) {
    const when: Record<string, unknown> = {}
    if (spec.when.contentTypes) when['content-type'] = spec.when.contentTypes
    if (spec.when.statuses)
      when.status = spec.when.statuses.map(([lo, hi]) => (lo === hi ? lo : `${lo}-${hi}`))
    entry.when = when
  }
  return `${indent}${json(name)}: ${json(entry)}`
}

/** drHEADer-style assertions in the policy file's spelling. */
function assertions(rule: Omit<VerifyRule, 'pos' | 'header'>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (rule.required !== undefined) out.required = rule.required
  if (rule.value) out.value = rule.value
  if (rule.preserveOrder) out['preserve-order'] = true
  if (rule.oneOf) out['one-of'] = rule.oneOf
  if (rule.anyOf) out['any-of'] = rule.anyOf
  if (rule.mustContain) out['must-contain'] = rule.mustContain
  if (rule.mustContainOne) out['must-contain-one'] = rule.mustContainOne
  if (rule.mustAvoid) out['must-avoid'] = rule.mustAvoid
  if (rule.severity) out.severity = rule.severity
  for (const key of ['directives', 'cookies'] as const) {
    const named = rule[key]
    if (named)
      out[key] = Object.fromEntries(Object.entries(named).map(([n, d]) => [n, assertions(d)]))
  }
  return out
}

export function policyText(spec: PolicySpec = {}): string {
  const lines = [
    'version: 1',
    'extends: none',
    'cloudfront: { distribution: E2QWRUHEXAMPLE }',
    'lambda: { memory: 128, timeout: 5 }'
  ]
  while (lines.length < 8) lines.push('#')
  lines.push('headers:' + (Object.keys(spec.headers ?? {}).length ? '' : ' {}'))
  for (const [name, h] of Object.entries(spec.headers ?? {})) lines.push(headerLine('  ', name, h))
  lines.push(`remove: ${json(spec.remove ?? [])}`)
  if (spec.paths?.length) {
    lines.push('paths:')
    for (const p of spec.paths) {
      lines.push(`  - match: ${json(p.match)}`)
      lines.push('    headers:' + (Object.keys(p.headers ?? {}).length ? '' : ' {}'))
      for (const [name, h] of Object.entries(p.headers ?? {}))
        lines.push(headerLine('      ', name, h))
      if (p.remove) lines.push(`    remove: ${json(p.remove)}`)
    }
  }
  lines.push('verify:')
  if (spec.urls?.length) lines.push(`  url: ${json(spec.urls)}`)
  lines.push(`  paths: ${json(spec.verifyPaths ?? [])}`)
  if (spec.rules?.length) {
    lines.push('  rules:')
    for (const { header, ...rule } of spec.rules)
      lines.push(`    ${json(header)}: ${json(assertions(rule))}`)
  }
  return lines.join('\n') + '\n'
}

export function makePolicy(spec: PolicySpec = {}): ReturnType<typeof policyFromText> {
  return policyFromText(policyText(spec), POLICY_FILE)
}

/** A strong, real-world header set (close to what helmet + OWASP recommend). */
export const GOOD_HEADERS = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'Content-Security-Policy':
    "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin'
}

/** GOOD_HEADERS as a server sends them (lowercase names). */
export function served(headers: Record<string, string> = GOOD_HEADERS): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
}
