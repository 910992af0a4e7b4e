// How a served value splits into what drHEADer-style rules judge (drHEADer RULES.md, "Permissible
// Values"): items (a standalone token `no-store`, a whole key-value item `max-age=0`, or its key
// `max-age`), directives (for headers that have them, see headers/header-grammar.ts), and, for
// Set-Cookie, one cookie per header line, judged by attribute name, never by substring.
// Every comparison form is lowercased: drHEADer compares expected and disallowed values
// case-insensitively, and quotes around keywords (`'self'`) are dropped on both sides.
import { parseCsp } from '../headers/csp.js'
import { headerGrammar, headerInstances } from '../headers/header-grammar.js'
import { parseSfDictionary, SfSyntaxError } from '../headers/structured-fields.js'

/** `'self'` -> `self`, `"https://a"` -> `https://a`, lowercased; inner whitespace collapsed. */
export function normalItem(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((token) => token.replace(/^(['"])(.*)\1$/, '$2'))
    .join(' ')
    .toLowerCase()
}

export interface Directive {
  /** Lowercase name. */
  name: string
  /** Its values, each normalised (quotes dropped, lowercased); [] for a valueless directive. */
  values: string[]
}

/** One policy, one dictionary or one key-value list, read as directives. */
export interface ParsedValue {
  /** The top-level items in order, normalised (what `value`, `any-of` compare). */
  items: string[]
  /** Everything `must-contain`/`must-avoid` can name: items, keys, directive names and values. */
  matchable: Set<string>
  /** Directives by name (first occurrence, as browsers keep it); empty when the header has none. */
  directives: Map<string, Directive>
}

function cspValue(policy: string): ParsedValue {
  const items: string[] = []
  const matchable = new Set<string>()
  const directives = new Map<string, Directive>()
  for (const d of parseCsp(policy)) {
    const values = d.values.map(normalItem)
    const whole = [d.name, ...values].join(' ')
    items.push(whole)
    matchable.add(d.name).add(whole)
    for (const v of values) matchable.add(v)
    directives.set(d.name, { name: d.name, values })
  }
  return { items, matchable, directives }
}

function dictionaryValue(value: string): ParsedValue {
  const parsed = listValue(value, ',', '=')
  let members
  try {
    members = parseSfDictionary(value)
  } catch (error) {
    if (error instanceof SfSyntaxError) return parsed
    throw error
  }
  for (const member of members) {
    let values: string[] = []
    if (!member.bare) {
      const inner = 'list' in member.value ? member.value.list : [member.value]
      values = inner.map(({ item }) => normalItem(String(item.value)))
    }
    parsed.directives.set(member.key, { name: member.key, values })
    for (const v of values) parsed.matchable.add(v)
  }
  return parsed
}

function listValue(value: string, itemSep: string, keySep: string): ParsedValue {
  const items: string[] = []
  const matchable = new Set<string>()
  const directives = new Map<string, Directive>()
  for (const raw of value.split(itemSep)) {
    const item = normalItem(raw)
    if (!item) continue
    items.push(item)
    matchable.add(item)
    const eq = item.indexOf(keySep)
    const key = (eq > 0 ? item.slice(0, eq) : item).trim()
    const arg = eq > 0 ? normalItem(item.slice(eq + 1)) : undefined
    matchable.add(key)
    if (!directives.has(key)) directives.set(key, { name: key, values: arg ? [arg] : [] })
  }
  return { items, matchable, directives }
}

/** The parsed forms a value is judged as: one per CSP policy, else exactly one. */
export function parseForRules(header: string, value: string): ParsedValue[] {
  const grammar = headerGrammar(header)
  if (grammar.directives === 'csp') {
    // CSP3 2.2.1: a served CSP is a comma-separated list of policies, each enforced and judged
    // on its own (the grammar's noComma); Feature-Policy has no such list.
    const policies = headerInstances(header, [value])
    return policies.length > 0 ? policies.map(cspValue) : [cspValue('')]
  }
  if (grammar.directives === 'dictionary') return [dictionaryValue(value)]
  return [listValue(value, grammar.items, grammar.key)]
}

/** A rule's expected items: a list as given, a string split by the header's item separator. */
export function expectedItems(header: string, given: readonly string[]): string[] {
  if (given.length !== 1) return given.map(normalItem)
  const grammar = headerGrammar(header)
  const sep = grammar.directives === 'csp' ? ';' : grammar.items
  return given[0]!
    .split(sep)
    .map(normalItem)
    .filter((i) => i.length > 0)
}

/** The whole value in the form drHEADer's Value-One-Of compares: items re-joined, lowercased. */
export function wholeValue(header: string, value: string): string {
  const grammar = headerGrammar(header)
  const sep = grammar.directives === 'csp' ? ';' : grammar.items
  return value
    .split(sep)
    .map((i) => i.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((i) => i.length > 0)
    .join(`${sep} `)
}

/** One Set-Cookie line (RFC 6265 5.2): its name, and its attributes by name. */
export interface Cookie {
  /** As sent (cookie names are case-sensitive). */
  name: string
  /** Attribute names lowercased, plus `name=value` lowercased for attributes with a value. */
  attributes: Set<string>
  raw: string
}

/** RFC 6265 5.2: name=value first, then `;`-separated attributes; the pair is never an attribute. */
export function parseCookie(line: string): Cookie {
  const [pair = '', ...rest] = line.split(';')
  const eq = pair.indexOf('=')
  const name = (eq === -1 ? '' : pair.slice(0, eq)).trim()
  const attributes = new Set<string>()
  for (const part of rest) {
    const at = part.indexOf('=')
    const key = (at === -1 ? part : part.slice(0, at)).trim().toLowerCase()
    if (!key) continue
    attributes.add(key)
    if (at !== -1)
      attributes.add(
        `${key}=${part
          .slice(at + 1)
          .trim()
          .toLowerCase()}`
      )
  }
  return { name, attributes, raw: line }
}
