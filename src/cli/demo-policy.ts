// The demo's edits of the example policy, as a developer would make them in a pull request:
// a stricter CSP (and the new shop page among the pages to verify), then the CSP that
// csp-suggest wrote. Pure functions over the policy text; comments and layout are kept.
import { type Document, isMap, parse, parseDocument } from 'yaml'
import { InputError, errorMessage } from '../errors.js'

const DIRECTIVES = ['headers', 'content-security-policy', 'directives']

/** The stricter CSP: nothing is allowed by default, and no <base> may move relative URLs. */
export const STRICTER: Readonly<Record<string, string[]>> = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"]
}

/** Directives no page load can see, which csp-suggest leaves out: kept from the policy. */
export const NOT_SEEN_BY_A_CRAWL = ['frame-ancestors', 'upgrade-insecure-requests']

function policyDocument(text: string, source: string): Document {
  const doc = parseDocument(text)
  if (doc.errors.length > 0 || !isMap(doc.getIn(DIRECTIVES))) {
    throw new InputError(
      `${source} has no headers.content-security-policy.directives mapping: update the demo`
    )
  }
  return doc
}

function setDirective(doc: Document, name: string, value: unknown): void {
  doc.setIn([...DIRECTIVES, name], doc.createNode(value, { flow: true }))
}

/** The policy with STRICTER applied to its CSP and `page` among verify.paths. */
export function stricterCspPolicy(text: string, page: string, source: string): string {
  const doc = policyDocument(text, source)
  for (const [name, sources] of Object.entries(STRICTER)) setDirective(doc, name, sources)
  const paths = doc.getIn(['verify', 'paths']) as { toJSON(): unknown } | undefined
  const listed = (paths?.toJSON() as unknown[] | undefined) ?? []
  if (!listed.includes(page)) {
    if (paths) doc.addIn(['verify', 'paths'], page)
    else doc.setIn(['verify', 'paths'], doc.createNode(['/', page], { flow: true }))
  }
  return doc.toString()
}

/** The `directives` of csp-suggest's fragment (`content-security-policy: directives: …`). */
export function suggestedDirectives(fragment: string): Map<string, string[]> {
  let parsed: unknown
  try {
    parsed = parse(fragment)
  } catch (error) {
    throw new InputError(`csp-suggest printed no YAML fragment: ${errorMessage(error)}`)
  }
  const directives = (parsed as { 'content-security-policy'?: { directives?: unknown } } | null)?.[
    'content-security-policy'
  ]?.directives
  if (typeof directives !== 'object' || directives === null) {
    throw new InputError('csp-suggest printed no content-security-policy directives')
  }
  const found = new Map<string, string[]>()
  for (const [name, sources] of Object.entries(directives)) {
    if (Array.isArray(sources)) found.set(name, sources.map(String))
  }
  return found
}

/**
 * The policy whose CSP is exactly the suggestion, plus the directives of the current CSP that
 * no crawl can see (NOT_SEEN_BY_A_CRAWL): what a developer pastes under `headers:`.
 */
export function suggestedCspPolicy(
  text: string,
  suggestion: ReadonlyMap<string, string[]>,
  source: string
): string {
  const doc = policyDocument(text, source)
  const current = (doc.getIn(DIRECTIVES) as { toJSON(): Record<string, unknown> }).toJSON()
  const directives: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const [name, sources] of suggestion) directives[name] = sources
  for (const name of NOT_SEEN_BY_A_CRAWL) {
    if (name in current && !(name in directives)) directives[name] = current[name]
  }
  doc.setIn(DIRECTIVES, doc.createNode({ ...directives }))
  for (const name of Object.keys(directives)) {
    const value = directives[name]
    if (Array.isArray(value)) setDirective(doc, name, value)
  }
  return doc.toString()
}
