// `verify.rules`: drHEADer-style assertions (Santandersecurityresearch/DrHeader RULES.md, see
// docs/aws-facts.md §14). All names and comparisons are case-insensitive; quotes
// around CSP keywords are stripped except for exact-value (one-of) checks; an item may be a
// whole item (`max-age=0`), a key (`max-age`) or a standalone token (`no-store`).
import { parseCsp } from '../headers/csp.js'
import { CSP_HEADERS } from '../headers/header-names.js'
import type { ValueAssertions, VerifyRule } from '../policy/types.js'
import { sameValue } from './normalize.js'
import type { Finding, Verdict } from './types.js'

/** drHEADer's delimiters (resources/delimiters.json): item and key/value separators. */
const DELIMITERS: Record<string, { item: string; key: string }> = {
  'cache-control': { item: ',', key: '=' },
  'clear-site-data': { item: ',', key: '=' },
  'referrer-policy': { item: ',', key: '=' },
  'set-cookie': { item: ';', key: '=' },
  'strict-transport-security': { item: ';', key: '=' },
  'x-forwarded-for': { item: ',', key: '=' },
  'x-xss-protection': { item: ';', key: '=' },
  'permissions-policy': { item: ',', key: '=' }
}

/** `;`-separated directive lists: CSP, and Feature-Policy, Permissions-Policy's predecessor. */
const DIRECTIVE_HEADERS = new Set([...CSP_HEADERS, 'feature-policy'])

function unquote(token: string): string {
  return token.replace(/^["']|["']$/g, '').toLowerCase()
}

/** Every item a `must-contain`/`must-avoid` entry can match in this header value. */
export function itemsOf(header: string, value: string): Set<string> {
  const items = new Set<string>()
  if (DIRECTIVE_HEADERS.has(header)) {
    for (const d of parseCsp(value)) {
      items.add(d.name)
      items.add([d.name, ...d.values.map(unquote)].join(' '))
      for (const v of d.values) items.add(unquote(v))
    }
    return items
  }
  const delimiter = (Object.hasOwn(DELIMITERS, header) ? DELIMITERS[header] : undefined) ?? {
    item: ',',
    key: '='
  }
  for (const raw of value.split(delimiter.item)) {
    const item = raw.trim().toLowerCase()
    if (!item) continue
    items.add(unquote(item))
    const eq = item.indexOf(delimiter.key)
    if (eq > 0) items.add(item.slice(0, eq).trim())
  }
  return items
}

function matchesItem(items: Set<string>, wanted: string): boolean {
  return items.has(unquote(wanted.trim()))
}

interface Outcome {
  verdict: Verdict
  expected: string
  message: string
}

/** The failed assertions of one value against `a` (empty when it satisfies them all). */
function checkValue(header: string, value: string, a: ValueAssertions, what: string): Outcome[] {
  const failures: Outcome[] = []
  const items = itemsOf(header, value)
  const lacking = (a.mustContain ?? []).filter((item) => !matchesItem(items, item))
  if (lacking.length > 0) {
    failures.push({
      verdict: 'mismatch',
      expected: `must contain ${a.mustContain?.join(', ')}`,
      message: `${what} does not contain ${lacking.join(', ')}`
    })
  }
  const present = (a.mustAvoid ?? []).filter((item) => matchesItem(items, item))
  if (present.length > 0) {
    failures.push({
      verdict: 'forbidden',
      expected: `must avoid ${a.mustAvoid?.join(', ')}`,
      message: `${what} contains ${present.join(', ')}, which the policy forbids`
    })
  }
  if (
    a.oneOf &&
    a.oneOf.length > 0 &&
    !a.oneOf.some((option) => sameValue(header, option, value))
  ) {
    failures.push({
      verdict: 'mismatch',
      expected: `one of ${a.oneOf.join(' | ')}`,
      message: `${what} is none of the allowed values`
    })
  }
  return failures
}

function finding(rule: VerifyRule, actual: string | null, o: Outcome): Finding {
  return {
    header: rule.header,
    verdict: o.verdict,
    expected: o.expected,
    actual,
    message: o.message,
    policyLine: rule.pos.line,
    policyColumn: rule.pos.col,
    severity: 'error',
    kind: 'rule'
  }
}

function describeRule(rule: VerifyRule): string {
  const parts: string[] = []
  if (rule.required === true) parts.push('present')
  if (rule.required === false) parts.push('absent')
  if (rule.mustContain?.length) parts.push(`contains ${rule.mustContain.join(', ')}`)
  if (rule.mustAvoid?.length) parts.push(`avoids ${rule.mustAvoid.join(', ')}`)
  if (rule.oneOf?.length) parts.push(`one of ${rule.oneOf.join(' | ')}`)
  for (const [name, d] of Object.entries(rule.directives ?? {})) {
    parts.push(
      `${name}: ${describeRule({ ...d, header: rule.header, pos: rule.pos }) || 'checked'}`
    )
  }
  return parts.join('; ')
}

function checkDirectives(rule: VerifyRule, value: string): Outcome[] {
  const failures: Outcome[] = []
  const directives = new Map(parseCsp(value).map((d) => [d.name, d.values.join(' ')]))
  for (const [rawName, a] of Object.entries(rule.directives ?? {})) {
    const name = rawName.toLowerCase()
    const directiveValue = directives.get(name)
    if (directiveValue === undefined) {
      if (a.required === true) {
        failures.push({
          verdict: 'missing',
          expected: `directive ${name}`,
          message: `directive ${name} is missing`
        })
      }
      continue
    }
    if (a.required === false) {
      failures.push({
        verdict: 'forbidden',
        expected: `no directive ${name}`,
        message: `directive ${name} is present, which the policy forbids`
      })
      continue
    }
    // Inside one directive, items are its sources: judge them as a `;`-free list.
    const asPolicy = `${name} ${directiveValue}`
    failures.push(
      ...checkValue(
        rule.header,
        asPolicy,
        { mustContain: a.mustContain, mustAvoid: a.mustAvoid },
        `directive ${name}`
      )
    )
    if (a.oneOf && a.oneOf.length > 0) {
      const ok = a.oneOf.some((option) =>
        sameValue('content-security-policy', `${name} ${option}`, asPolicy)
      )
      if (!ok) {
        failures.push({
          verdict: 'mismatch',
          expected: `${name} one of ${a.oneOf.join(' | ')}`,
          message: `directive ${name} is none of the allowed values`
        })
      }
    }
  }
  return failures
}

/** Judges one response's headers against every `verify.rules` entry. */
export function judgeRules(
  rules: readonly VerifyRule[],
  headers: Record<string, string[]>
): Finding[] {
  const findings: Finding[] = []
  for (const rule of rules) {
    const header = rule.header.toLowerCase()
    const values = headers[header]
    const actual = values && values.length > 0 ? values.join(', ') : null
    const normalized: VerifyRule = { ...rule, header }
    let failures: Outcome[] = []
    if (actual === null) {
      if (rule.required === true) {
        failures = [
          { verdict: 'missing', expected: 'present', message: `${header} is not in the response` }
        ]
      }
    } else if (rule.required === false) {
      failures = [
        { verdict: 'forbidden', expected: 'absent', message: `${header} should not be returned` }
      ]
    } else {
      failures = [
        ...checkValue(header, actual, rule, header),
        ...checkDirectives(normalized, actual)
      ]
    }
    if (failures.length === 0) {
      findings.push(
        finding(normalized, actual, {
          verdict: 'pass',
          expected: describeRule(rule) || 'checked',
          message: actual === null ? `${header} absent, as allowed` : 'rule satisfied'
        })
      )
    } else {
      findings.push(...failures.map((o) => finding(normalized, actual, o)))
    }
  }
  return findings
}
