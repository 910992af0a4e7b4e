// csp-suggest's reasoning, pure: from what the browser reported while the pages ran under a
// report-only policy that allows nothing, the directives that allow exactly what they used,
// written as the policy file's `directives` form.
import { baseDirective, hashSource, urlSource } from './violations.js'
import type { RawViolation } from './types.js'

/**
 * Served report-only on every crawled page (in place of the site's own CSP): every resource,
 * inline block and eval the page uses then raises one violation naming its directive.
 * frame-ancestors, sandbox and upgrade-insecure-requests do nothing in report-only form.
 */
export const CATCH_ALL_POLICY = [
  "default-src 'none'",
  "script-src 'none' 'report-sample'",
  "script-src-attr 'none' 'report-sample'",
  "style-src 'none' 'report-sample'",
  "style-src-attr 'none' 'report-sample'",
  "img-src 'none'",
  "font-src 'none'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "form-action 'none'",
  "base-uri 'none'"
].join('; ')

/** Where each effective directive's sources go in the suggestion. */
function outputDirective(effective: string): string {
  if (effective === 'child-src') return 'frame-src'
  return baseDirective(effective)
}

/** The order directives are printed in: fetch directives first, as CSP lists them. */
const ORDER = [
  'default-src',
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'frame-src',
  'worker-src',
  'manifest-src',
  'object-src',
  'base-uri',
  'form-action'
]

export interface SiteUsage {
  /** Violations of CATCH_ALL_POLICY, each with the page it was seen on. */
  violations: { page: string; violation: RawViolation }[]
  /** Every form's target URL, with its page (form-action is only checked on submit). */
  forms: { page: string; action: string }[]
}

export interface Suggestion {
  directives: Map<string, string[]>
  /** What the suggestion could not cover, said in the output. */
  notes: string[]
}

function add(directives: Map<string, Set<string>>, name: string, source: string): void {
  const sources = directives.get(name) ?? new Set<string>()
  sources.add(source)
  directives.set(name, sources)
}

function sourcesFor(v: RawViolation, page: string, notes: Set<string>): string[] {
  if (v.blocked === 'inline') {
    if (typeof v.text !== 'string') {
      notes.add(
        `an inline ${v.directive.startsWith('style') ? 'style' : 'script'} on ${page} could not be hashed (move it into a file)`
      )
      return []
    }
    return v.directive.endsWith('-attr')
      ? ["'unsafe-hashes'", hashSource(v.text)]
      : [hashSource(v.text)]
  }
  if (v.blocked === 'eval') {
    notes.add(
      `${page} uses eval() or new Function(): 'unsafe-eval' is needed until that code changes`
    )
    return ["'unsafe-eval'"]
  }
  if (v.blocked === 'wasm-eval') return ["'wasm-unsafe-eval'"]
  if (v.blocked.startsWith('trusted-types')) return []
  return [urlSource(v.blocked, v.frame ?? page)]
}

/** Allow exactly what was used; with `strict`, the strict-CSP shape for scripts. */
export function suggestDirectives(usage: SiteUsage, strict: boolean): Suggestion {
  const notes = new Set<string>()
  const found = new Map<string, Set<string>>()
  const externalScripts = new Set<string>()
  for (const { page, violation } of usage.violations) {
    const name = outputDirective(violation.directive)
    for (const source of sourcesFor(violation, page, notes)) add(found, name, source)
    if (
      name === 'script-src' &&
      violation.blocked !== 'inline' &&
      /^https?:/.test(violation.blocked)
    ) {
      externalScripts.add(violation.blocked)
    }
  }
  for (const { page, action } of usage.forms) add(found, 'form-action', urlSource(action, page))

  if (strict) {
    const script = [...(found.get('script-src') ?? [])].filter((s) => s.startsWith("'"))
    found.set('script-src', new Set(["'strict-dynamic'", ...script.filter((s) => s !== "'self'")]))
    if (externalScripts.size > 0) {
      notes.add(
        `'strict-dynamic' ignores host sources: the ${externalScripts.size} script(s) loaded by <script src> tags (${[...externalScripts].slice(0, 5).join(', ')}) must be added by an allowed script, or carry a nonce`
      )
    }
  }
  const directives = new Map<string, string[]>([['default-src', ["'none'"]]])
  const names = [...new Set([...ORDER, ...found.keys()])]
  for (const name of names) {
    const sources = found.get(name)
    if (sources && sources.size > 0) directives.set(name, sortSources([...sources]))
  }
  if (!directives.has('object-src')) directives.set('object-src', ["'none'"])
  directives.set(
    'base-uri',
    strict || !found.has('base-uri') ? ["'none'"] : sortSources([...found.get('base-uri')!])
  )
  if (!directives.has('form-action')) directives.set('form-action', ["'none'"])
  return { directives: ordered(directives), notes: [...notes] }
}

function ordered(directives: Map<string, string[]>): Map<string, string[]> {
  const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length)
  return new Map([...directives].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)))
}

/** Keywords first ('self', 'strict-dynamic'...), then hashes, then schemes and hosts. */
function sortSources(sources: string[]): string[] {
  const rank = (s: string) => (s.startsWith("'sha") ? 1 : s.startsWith("'") ? 0 : 2)
  return [...new Set(sources)].sort(
    (a, b) => rank(a) - rank(b) || (rank(a) === 1 ? 0 : a.localeCompare(b))
  )
}

/** YAML, ready to paste under `headers:` in the policy file. */
export function suggestionYaml(suggestion: Suggestion, comments: readonly string[]): string {
  const lines = comments.map((c) => `# ${c.replace(/[\r\n]+/g, ' ')}`)
  lines.push('content-security-policy:', '  directives:')
  for (const [name, sources] of suggestion.directives) {
    lines.push(`    ${name}: [${sources.map((s) => JSON.stringify(s)).join(', ')}]`)
  }
  return `${lines.join('\n')}\n`
}
