// Directive-level differences of the headers that are lists of directives: Content-Security-
// Policy (directive → sources) and Permissions-Policy (feature → allowlist). Two 400-character
// values that differ in one source read as one line each per directive that changed:
// `script-src: + https://plausible.io`, `frame-ancestors: 'none' → 'self' https://partner`.
import { cspSourceKey, parseCsp } from '../headers/csp.js'
import { headerGrammar } from '../headers/header-grammar.js'
import { type BareItem, parseSfDictionary } from '../headers/structured-fields.js'

export interface DirectiveChange {
  directive: string
  kind: 'added' | 'removed' | 'changed'
  before: string[]
  after: string[]
}

function cspDirectives(value: string): Map<string, string[]> {
  return new Map(parseCsp(value).map((d) => [d.name, d.values]))
}

function sfItem(item: BareItem): string {
  if (item.kind === 'string') return `"${item.value}"`
  if (item.kind === 'boolean') return item.value ? '?1' : '?0'
  if (item.kind === 'bytes') return `:${item.value}:`
  return String(item.value)
}

function permissionsDirectives(value: string): Map<string, string[]> | undefined {
  try {
    return new Map(
      parseSfDictionary(value).map((m) => [
        m.key,
        'list' in m.value
          ? m.value.list.length === 0
            ? ['()']
            : m.value.list.map((i) => sfItem(i.item))
          : [sfItem(m.value.item)]
      ])
    )
  } catch {
    return undefined
  }
}

/** The header's value as directive → values, or undefined for a header that has no directives. */
function directivesOf(header: string, value: string): Map<string, string[]> | undefined {
  const form = headerGrammar(header).directives
  if (form === 'csp') return cspDirectives(value)
  if (form === 'dictionary') return permissionsDirectives(value)
  return undefined
}

/** How two sources of the header's directives compare (CSP: keywords case-insensitively). */
function sourceKeyOf(header: string): (source: string) => string {
  return headerGrammar(header).directives === 'csp' ? cspSourceKey : (v) => v
}

/** Whether the header is compared by directive: a CSP-shaped list or a dictionary of features. */
export function hasDirectives(header: string): boolean {
  const form = headerGrammar(header).directives
  return form === 'csp' || form === 'dictionary'
}

/**
 * What changed between two values of a directive-list header, directive by directive (in the
 * order of the new value, then the removed ones); undefined when the header has no directives
 * or a value does not parse. Empty when they mean the same.
 */
export function directiveDiff(
  header: string,
  before: string | null | undefined,
  after: string | null | undefined
): DirectiveChange[] | undefined {
  const old = directivesOf(header, before ?? '')
  const next = directivesOf(header, after ?? '')
  if (!old || !next) return undefined
  const key = sourceKeyOf(header)
  const sameSet = (a: string[], b: string[]) => {
    const left = new Set(a.map(key))
    const right = new Set(b.map(key))
    return left.size === right.size && [...left].every((v) => right.has(v))
  }
  const changes: DirectiveChange[] = []
  for (const [directive, values] of next) {
    const was = old.get(directive)
    if (!was) changes.push({ directive, kind: 'added', before: [], after: values })
    else if (!sameSet(was, values))
      changes.push({ directive, kind: 'changed', before: was, after: values })
  }
  for (const [directive, values] of old) {
    if (!next.has(directive))
      changes.push({ directive, kind: 'removed', before: values, after: [] })
  }
  return changes
}

/**
 * One line per change: `+ upgrade-insecure-requests`, `- report-uri /r`, `script-src: + https://a`,
 * `script-src: - 'unsafe-inline'`, or `frame-ancestors: 'none' → 'self' https://partner` when
 * sources were both added and removed.
 */
export function describeDirectiveChange(change: DirectiveChange, header = ''): string {
  const list = (values: string[]) => values.join(' ')
  const sep = headerGrammar(header).directives === 'dictionary' ? '=' : ' '
  if (change.kind === 'added')
    return `+ ${change.directive}${change.after.length ? `${sep}${list(change.after)}` : ''}`
  if (change.kind === 'removed')
    return `- ${change.directive}${change.before.length ? `${sep}${list(change.before)}` : ''}`
  const key = sourceKeyOf(header)
  const had = new Set(change.before.map(key))
  const has = new Set(change.after.map(key))
  const added = change.after.filter((v) => !had.has(key(v)))
  const removed = change.before.filter((v) => !has.has(key(v)))
  if (added.length > 0 && removed.length === 0) return `${change.directive}: + ${list(added)}`
  if (removed.length > 0 && added.length === 0) return `${change.directive}: - ${list(removed)}`
  return `${change.directive}: ${list(change.before) || '(none)'} → ${list(change.after) || '(none)'}`
}

/** The lines of a directive-level diff, or undefined when the header is not compared by directive. */
export function directiveDiffLines(
  header: string,
  before: string | null | undefined,
  after: string | null | undefined
): string[] | undefined {
  if (!before || !after) return undefined
  const changes = directiveDiff(header, before, after)
  return changes?.map((c) => describeDirectiveChange(c, header))
}
