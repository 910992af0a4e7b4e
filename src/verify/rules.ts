// `verify.rules`: drHEADer-style assertions, with drHEADer 2's documented semantics
// (Santandersecurityresearch/DrHeader RULES.md): required true | false | optional; value (the
// items as a set, or in order with preserve-order), one-of (the whole value), any-of (every item
// listed), must-contain, must-contain-one, must-avoid; the same per directive and per named
// cookie; a severity per rule. Comparisons are case-insensitive; see rule-items.ts for items.
import type { RuleSeverity, ValueAssertions, VerifyRule } from '../policy/types.js'
import {
  type Cookie,
  type Directive,
  expectedItems,
  normalItem,
  parseCookie,
  parseForRules,
  type ParsedValue,
  wholeValue
} from './rule-items.js'
import type { Finding, Verdict } from './types.js'

interface Outcome {
  verdict: Verdict
  expected: string
  message: string
}

const list = (items: readonly string[]) => items.join(', ')

/** The value-level assertions (value, one-of, any-of) on a list of normalised items. */
function checkItems(
  items: readonly string[],
  whole: string,
  header: string,
  a: ValueAssertions,
  what: string,
  optionForm: (option: string) => string = (option) => wholeValue(header, option)
): Outcome[] {
  const failures: Outcome[] = []
  if (a.value && a.value.length > 0) {
    const want = expectedItems(header, a.value)
    const same = a.preserveOrder
      ? want.length === items.length && want.every((w, i) => items[i] === w)
      : new Set(want).size === new Set(items).size && want.every((w) => items.includes(w))
    if (!same) {
      failures.push({
        verdict: 'mismatch',
        expected: `${list(a.value)}${a.preserveOrder ? ' (in this order)' : ''}`,
        message: `${what} is not ${list(a.value)}${a.preserveOrder ? ' in this order' : ''}`
      })
    }
  }
  if (a.oneOf && a.oneOf.length > 0) {
    const ok = a.oneOf.some((option) => optionForm(option) === whole)
    if (!ok) {
      failures.push({
        verdict: 'mismatch',
        expected: `one of ${a.oneOf.join(' | ')}`,
        message: `${what} is none of the allowed values`
      })
    }
  }
  if (a.anyOf && a.anyOf.length > 0) {
    const accepted = new Set(a.anyOf.map(normalItem))
    const extra = items.filter((i) => !accepted.has(i))
    if (extra.length > 0 || items.length === 0) {
      failures.push({
        verdict: 'mismatch',
        expected: `any of ${list(a.anyOf)}`,
        message: `${what} has ${extra.length > 0 ? list(extra) : 'no item'}, not among ${list(a.anyOf)}`
      })
    }
  }
  return failures
}

/** must-contain, must-contain-one, must-avoid on what a value (or a cookie) offers. */
function checkContains(
  matchable: ReadonlySet<string>,
  a: ValueAssertions,
  what: string
): Outcome[] {
  const failures: Outcome[] = []
  const has = (item: string) => matchable.has(normalItem(item))
  const lacking = (a.mustContain ?? []).filter((item) => !has(item))
  if (lacking.length > 0) {
    failures.push({
      verdict: 'mismatch',
      expected: `must contain ${list(a.mustContain ?? [])}`,
      message: `${what} does not contain ${list(lacking)}`
    })
  }
  if (a.mustContainOne && a.mustContainOne.length > 0 && !a.mustContainOne.some(has)) {
    failures.push({
      verdict: 'mismatch',
      expected: `must contain one of ${list(a.mustContainOne)}`,
      message: `${what} contains none of ${list(a.mustContainOne)}`
    })
  }
  const present = (a.mustAvoid ?? []).filter(has)
  if (present.length > 0) {
    failures.push({
      verdict: 'forbidden',
      expected: `must avoid ${list(a.mustAvoid ?? [])}`,
      message: `${what} contains ${list(present)}, which the policy forbids`
    })
  }
  return failures
}

function checkDirective(name: string, found: Directive | undefined, a: ValueAssertions): Outcome[] {
  if (found === undefined) {
    return a.required === true
      ? [
          {
            verdict: 'missing',
            expected: `directive ${name}`,
            message: `directive ${name} is missing`
          }
        ]
      : []
  }
  if (a.required === false) {
    return [
      {
        verdict: 'forbidden',
        expected: `no directive ${name}`,
        message: `directive ${name} is present, which the policy forbids`
      }
    ]
  }
  const what = `directive ${name}`
  // Inside a directive the items are its values, whatever the header's separators.
  const asList: ValueAssertions = {
    ...a,
    ...(a.value ? { value: a.value.length === 1 ? a.value[0]!.split(/\s+/) : a.value } : {})
  }
  return [
    ...checkItems(found.values, found.values.join(' '), 'x-directive', asList, what, normalItem),
    ...checkContains(new Set(found.values), a, what)
  ]
}

type Failure = Outcome & { severity?: RuleSeverity }

function judgeValue(rule: VerifyRule, value: string): Failure[] {
  const forms = parseForRules(rule.header, value)
  const all: ParsedValue = {
    items: forms.flatMap((f) => f.items),
    matchable: new Set(forms.flatMap((f) => [...f.matchable])),
    directives: new Map()
  }
  const failures: Failure[] = [
    ...checkItems(all.items, wholeValue(rule.header, value), rule.header, rule, rule.header),
    ...checkContains(all.matchable, rule, rule.header)
  ]
  for (const [name, a] of Object.entries(rule.directives ?? {})) {
    // Several CSP policies are all enforced: a directive rule holds in every policy that has
    // the directive, and `required` holds when one of them has it.
    const having = forms.map((f) => f.directives.get(name)).filter((d) => d !== undefined)
    const severity = a.severity
    const outcomes =
      having.length === 0
        ? checkDirective(name, undefined, a)
        : having.flatMap((d) => checkDirective(name, d, a))
    failures.push(...outcomes.map((o) => ({ ...o, severity })))
  }
  return failures
}

function judgeCookies(rule: VerifyRule, cookies: Cookie[]): Failure[] {
  const failures: Failure[] = []
  // A global rule holds only when it holds for each cookie (RFC 6265 4.1: never folded).
  for (const cookie of cookies) {
    failures.push(...checkContains(cookie.attributes, rule, `cookie ${cookie.name || '(unnamed)'}`))
  }
  for (const [name, a] of Object.entries(rule.cookies ?? {})) {
    const named = cookies.filter((c) => c.name === name)
    const severity = a.severity
    if (named.length === 0) {
      if (a.required === true) {
        failures.push({
          verdict: 'missing',
          expected: `cookie ${name}`,
          message: `cookie ${name} is not set`,
          severity
        })
      }
      continue
    }
    if (a.required === false) {
      failures.push({
        verdict: 'forbidden',
        expected: `no cookie ${name}`,
        message: `cookie ${name} is set, which the policy forbids`,
        severity
      })
      continue
    }
    for (const cookie of named) {
      failures.push(
        ...checkContains(cookie.attributes, a, `cookie ${name}`).map((o) => ({ ...o, severity }))
      )
    }
  }
  return failures
}

function describeRule(
  rule: ValueAssertions & {
    directives?: Record<string, ValueAssertions>
    cookies?: Record<string, ValueAssertions>
  }
): string {
  const parts: string[] = []
  if (rule.required === true) parts.push('present')
  if (rule.required === false) parts.push('absent')
  if (rule.value?.length) parts.push(`value ${list(rule.value)}`)
  if (rule.oneOf?.length) parts.push(`one of ${rule.oneOf.join(' | ')}`)
  if (rule.anyOf?.length) parts.push(`any of ${list(rule.anyOf)}`)
  if (rule.mustContain?.length) parts.push(`contains ${list(rule.mustContain)}`)
  if (rule.mustContainOne?.length) parts.push(`contains one of ${list(rule.mustContainOne)}`)
  if (rule.mustAvoid?.length) parts.push(`avoids ${list(rule.mustAvoid)}`)
  for (const [name, d] of Object.entries(rule.directives ?? {}))
    parts.push(`${name}: ${describeRule(d) || 'checked'}`)
  for (const [name, d] of Object.entries(rule.cookies ?? {}))
    parts.push(`cookie ${name}: ${describeRule(d) || 'checked'}`)
  return parts.join('; ')
}

/** Judges one response's headers against every `verify.rules` entry. */
export function judgeRules(
  rules: readonly VerifyRule[],
  headers: Record<string, string[]>
): Finding[] {
  const findings: Finding[] = []
  for (const rule of rules) {
    const header = rule.header.toLowerCase()
    const values = Object.hasOwn(headers, header) ? headers[header] : undefined
    const actual = values && values.length > 0 ? values.join(', ') : null
    const normalized: VerifyRule = { ...rule, header }
    let failures: Failure[] = []
    if (actual === null || values === undefined) {
      if (rule.required === true) {
        failures = [
          { verdict: 'missing', expected: 'present', message: `${header} is not in the response` }
        ]
      } else {
        for (const [name, a] of Object.entries(rule.cookies ?? {})) {
          if (a.required === true)
            failures.push({
              verdict: 'missing',
              expected: `cookie ${name}`,
              message: `cookie ${name} is not set`,
              severity: a.severity
            })
        }
      }
    } else if (rule.required === false) {
      failures = [
        { verdict: 'forbidden', expected: 'absent', message: `${header} should not be returned` }
      ]
    } else if (header === 'set-cookie') {
      failures = judgeCookies(normalized, values.map(parseCookie))
    } else {
      failures = judgeValue(normalized, actual)
    }
    const base = {
      header,
      actual,
      policyLine: rule.pos.line,
      policyColumn: rule.pos.col,
      kind: 'rule' as const
    }
    if (failures.length === 0) {
      findings.push({
        ...base,
        verdict: 'pass',
        expected: describeRule(rule) || 'checked',
        message: actual === null ? `${header} absent, as allowed` : 'rule satisfied',
        severity: rule.severity ?? 'error'
      })
    } else {
      for (const o of failures) {
        findings.push({
          ...base,
          verdict: o.verdict,
          expected: o.expected,
          message: o.message,
          severity: o.severity ?? rule.severity ?? 'error'
        })
      }
    }
  }
  return findings
}
