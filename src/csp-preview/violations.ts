// From the browser's raw violation events to the report: one entry per distinct blocked thing,
// counted, with the directive the fix goes into and a one-line fix. Pure functions.
import { createHash } from 'node:crypto'
import { parseCsp } from '../headers/csp.js'
import type { BrowserLogEntry } from './page-load.js'
import type { CspViolation, RawViolation } from './types.js'

/** `'sha256-…'` of the exact text, the source expression that allows one inline block. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** CSP Level 3 §6.8.3 "Get the effective directive" fallback lists: where a check looks, in order. */
const FALLBACKS: Record<string, string[]> = {
  'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
  'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
  'script-src': ['script-src', 'default-src'],
  'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
  'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
  'style-src': ['style-src', 'default-src'],
  'worker-src': ['worker-src', 'child-src', 'script-src', 'default-src'],
  'frame-src': ['frame-src', 'child-src', 'default-src'],
  'child-src': ['child-src', 'default-src']
}

/** The family a directive's sources are usually written in: script-src-elem → script-src. */
export function baseDirective(directive: string): string {
  return directive.replace(/-(elem|attr)$/, '')
}

/** The directive of `policy` the browser checked for `effective` (the one the fix goes into). */
export function checkedDirective(
  effective: string,
  policy: string
): { name: string; values: string[] } {
  const directives = parseCsp(policy)
  const chain = FALLBACKS[effective] ?? [
    effective,
    ...(effective.endsWith('-src') ? ['default-src'] : [])
  ]
  for (const name of chain) {
    const found = directives.find((d) => d.name === name)
    if (found) return found
  }
  return { name: effective, values: [] }
}

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    return parsed.origin === 'null' ? undefined : parsed.origin
  } catch {
    return undefined
  }
}

/** The source expression that allows a blocked URL on a page: `'self'`, `data:`, an origin. */
export function urlSource(blocked: string, page: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(blocked)?.[1]?.toLowerCase()
  if (scheme && !['http', 'https', 'ws', 'wss'].includes(scheme)) return `${scheme}:`
  const origin = originOf(blocked)
  if (!origin) return blocked
  return origin === originOf(page) ? "'self'" : origin
}

/** What to add, and where: the target directive, or a new one when only default-src applied. */
function addTo(effective: string, policy: string, sources: string): string {
  const checked = checkedDirective(effective, policy)
  if (checked.name === 'default-src' && effective !== 'default-src') {
    const base = baseDirective(effective)
    return `add ${base} ${[...checked.values, sources].join(' ')} (it now falls back to default-src)`
  }
  return `add ${sources} to ${checked.name}`
}

export function suggestionFor(raw: RawViolation, page: string, hash: string | undefined): string {
  const { directive, blocked, policy } = raw
  if (blocked === 'inline') {
    const attribute = directive.endsWith('-attr')
    if (hash) {
      return attribute
        ? `${addTo(directive, policy, `'unsafe-hashes' ${hash}`)}, or move the ${directive.startsWith('style') ? 'style attribute into a stylesheet' : 'event handler into a script file'}`
        : addTo(directive, policy, hash)
    }
    return `move this inline ${directive.startsWith('style') ? 'style' : 'script'} into a file, or give it a nonce`
  }
  if (blocked === 'eval') {
    return `stop using eval()/new Function()/string timers here, or ${addTo(directive, policy, "'unsafe-eval'")} (weakens the policy)`
  }
  if (blocked === 'wasm-eval') return addTo(directive, policy, "'wasm-unsafe-eval'")
  if (blocked.startsWith('trusted-types')) {
    return 'create the Trusted Types policy this code needs and name it in trusted-types, or relax require-trusted-types-for'
  }
  return addTo(directive, policy, urlSource(blocked, page))
}

const normalise = (policy: string) => policy.trim().replace(/\s+/g, ' ')

/**
 * One entry per distinct (directive, blocked, source, line, policy kind), counted. `enforced`
 * names the policies the new configuration enforces (served report-only for the preview).
 */
export function summarizeViolations(
  raws: readonly RawViolation[],
  page: string,
  enforced: ReadonlySet<string>
): CspViolation[] {
  const enforcedTexts = new Set([...enforced].map(normalise))
  const byKey = new Map<string, CspViolation>()
  for (const raw of raws) {
    const isEnforced = raw.disposition === 'enforce' || enforcedTexts.has(normalise(raw.policy))
    const hash =
      raw.blocked === 'inline' && typeof raw.text === 'string' ? hashSource(raw.text) : undefined
    const key = JSON.stringify([
      raw.directive,
      raw.blocked,
      raw.source,
      raw.line,
      raw.column,
      hash,
      isEnforced
    ])
    const seen = byKey.get(key)
    if (seen) {
      seen.count += 1
      continue
    }
    byKey.set(key, {
      directive: raw.directive,
      blocked: raw.blocked,
      ...(raw.source ? { source: raw.source } : {}),
      ...(raw.line ? { line: raw.line } : {}),
      count: 1,
      suggestion: suggestionFor(raw, page, hash),
      enforced: isEnforced,
      ...(hash ? { hash } : {})
    })
  }
  return [...byKey.values()]
}

/** Chrome's messages that repeat a violation we already have from its event. */
const VIOLATION_MESSAGE = /violates the following Content Security Policy directive/i
const IGNORED_NOTE = /Note that '[^']+' is ignored [^.]*\./
/** Messages caused only by serving an enforced policy as report-only for the preview. */
const INDUCED_BY_REPORT_ONLY = [
  /is ignored when delivered in a report-only policy/i,
  /delivered in report-only mode, but does not specify a 'report-uri'/i
]

/**
 * The browser's own complaints about the policies (unknown directive, ignored source...), once
 * each. When `converted` is true, the complaints that only exist because the preview served an
 * enforced policy as report-only are dropped.
 */
export function policyWarnings(logs: readonly BrowserLogEntry[], converted: boolean): string[] {
  const warnings = new Set<string>()
  for (const { text } of logs) {
    // A violation's message may carry a remark on the policy itself: keep that part.
    const note = IGNORED_NOTE.exec(text)?.[0]
    if (note) warnings.add(note)
    if (VIOLATION_MESSAGE.test(text)) continue
    if (!/Content[- ]Security[- ]Policy|CSP|directive/i.test(text)) continue
    if (converted && INDUCED_BY_REPORT_ONLY.some((pattern) => pattern.test(text))) continue
    warnings.add(text.trim())
  }
  return [...warnings]
}
