// Content-Security-Policy: parsing to directives, the one canonical serialisation, and the
// checks on directive names and source expressions. Values are data: nothing here evaluates them.
import { editDistance } from '../suggest.js'

export interface CspDirective {
  /** Lowercase directive name. */
  name: string
  values: string[]
}

/** A directive with where its parts start in the header value (UTF-16 offsets). */
export interface LocatedCspDirective extends CspDirective {
  nameOffset: number
  valueOffsets: number[]
  /** A later occurrence of a name already seen: browsers ignore it. */
  duplicate: boolean
}

/** Every directive as written, duplicates included and marked, with offsets. */
export function parseCspLocated(value: string): LocatedCspDirective[] {
  const directives: LocatedCspDirective[] = []
  const seen = new Set<string>()
  let start = 0
  for (const segment of value.split(';')) {
    const tokens = [...segment.matchAll(/[^ \t]+/g)]
    if (tokens.length > 0) {
      const name = tokens[0]![0].toLowerCase()
      directives.push({
        name,
        values: tokens.slice(1).map((t) => t[0]),
        nameOffset: start + tokens[0]!.index,
        valueOffsets: tokens.slice(1).map((t) => start + t.index),
        duplicate: seen.has(name)
      })
      seen.add(name)
    }
    start += segment.length + 1
  }
  return directives
}

/**
 * The directives a browser enforces: split on `;`, tokens on whitespace, names lowercased,
 * empty directives dropped, and only the first occurrence of a repeated directive kept.
 */
export function parseCsp(value: string): CspDirective[] {
  return parseCspLocated(value)
    .filter((d) => !d.duplicate)
    .map((d) => ({ name: d.name, values: d.values }))
}

/**
 * A source as CSP compares it: quoted keywords and schemes are case-insensitive, hosts, nonces
 * and hashes (base64) are taken as written.
 */
export function cspSourceKey(source: string): string {
  return /^'(?!nonce-|sha256-|sha384-|sha512-)[^']*'$/i.test(source) ||
    /^[a-z][a-z0-9+.-]*:$/i.test(source)
    ? source.toLowerCase()
    : source
}

/** `name v1 v2; name2 ...` */
export function serializeCsp(directives: readonly CspDirective[]): string {
  return directives.map((d) => [d.name, ...d.values].join(' ')).join('; ')
}

/** The same policy written one way: whitespace normalised, names lowercased, duplicates dropped. */
export function canonicalCsp(value: string): string {
  return serializeCsp(parseCsp(value))
}

/** CSP Level 3 and the directives browsers still recognise (lowercase). */
export const CSP_DIRECTIVES: readonly string[] = [
  'base-uri',
  'block-all-mixed-content',
  'child-src',
  'connect-src',
  'default-src',
  'fenced-frame-src',
  'font-src',
  'form-action',
  'frame-ancestors',
  'frame-src',
  'img-src',
  'manifest-src',
  'media-src',
  'object-src',
  'plugin-types',
  'prefetch-src',
  'report-to',
  'report-uri',
  'require-trusted-types-for',
  'sandbox',
  'script-src',
  'script-src-attr',
  'script-src-elem',
  'style-src',
  'style-src-attr',
  'style-src-elem',
  'trusted-types',
  'upgrade-insecure-requests',
  'webrtc',
  'worker-src'
]

/** Directives browsers no longer honour, and what to use instead. */
const DEPRECATED_DIRECTIVES: Record<string, string> = {
  'block-all-mixed-content':
    'is deprecated: browsers now block or upgrade mixed content by themselves; use upgrade-insecure-requests',
  'plugin-types': "is deprecated: plugins are gone; use object-src 'none'",
  'reflected-xss': 'is obsolete and ignored by browsers',
  'require-sri-for': 'is obsolete and ignored by browsers',
  'navigate-to': 'was removed from CSP and is ignored by browsers'
}

/** Deprecated directives Google's CSP Evaluator reports too (DEPRECATED_DIRECTIVE): one source at a time. */
const DEPRECATED_PER_EVALUATOR: Record<string, string> = {
  'prefetch-src': 'is deprecated and ignored by browsers',
  referrer: 'is obsolete: use the Referrer-Policy header',
  'disown-opener': 'was dropped from CSP and is ignored by browsers: use Cross-Origin-Opener-Policy'
}

/** The evaluator's check types (`Type` names) that judge this CSP: their twins here stay silent. */
export interface CspCheckOptions {
  evaluatorJudges?: ReadonlySet<string>
}

const VALUELESS_DIRECTIVES = new Set(['upgrade-insecure-requests', 'block-all-mixed-content'])

/** Keywords that are only keywords in single quotes (lowercase, without the quotes). */
const CSP_KEYWORDS = new Set([
  'self',
  'none',
  'unsafe-inline',
  'unsafe-eval',
  'unsafe-hashes',
  'strict-dynamic',
  'report-sample',
  'wasm-unsafe-eval',
  'unsafe-allow-redirects',
  'inline-speculation-rules',
  'trusted-types-eval',
  'script',
  'allow-duplicates'
])

/** Directives whose values are not source lists. */
const NON_SOURCE_DIRECTIVES = new Set([
  'sandbox',
  'report-to',
  'report-uri',
  'trusted-types',
  'require-trusted-types-for',
  'plugin-types',
  'webrtc',
  'upgrade-insecure-requests',
  'block-all-mixed-content'
])

const SCRIPT_DIRECTIVES = new Set([
  'default-src',
  'script-src',
  'script-src-elem',
  'script-src-attr'
])

/** One problem in a CSP, located by directive (and value) index and, for strings, by offset. */
export interface CspFinding {
  severity: 'error' | 'warning'
  rule: string
  message: string
  directive: number
  /** Index into the directive's values; absent when the finding is about the name. */
  value?: number
}

/** Checks directive names and source expressions of a parsed policy (duplicates included). */
export function checkCsp(
  directives: readonly LocatedCspDirective[] | readonly CspDirective[],
  options: CspCheckOptions = {}
): CspFinding[] {
  const judges = options.evaluatorJudges ?? new Set<string>()
  const findings: CspFinding[] = []
  if (directives.length === 0) {
    return [
      {
        severity: 'warning',
        rule: 'csp-empty',
        message: 'the content security policy has no directives',
        directive: -1
      }
    ]
  }
  directives.forEach((d, index) => {
    const add = (
      severity: CspFinding['severity'],
      rule: string,
      message: string,
      value?: number
    ): void => {
      findings.push({
        severity,
        rule,
        message,
        directive: index,
        ...(value === undefined ? {} : { value })
      })
    }
    if ('duplicate' in d && d.duplicate) {
      add(
        'warning',
        'csp-duplicate-directive',
        `CSP directive '${d.name}' appears twice; browsers ignore every occurrence after the first`
      )
    }
    checkDirectiveName(d.name, add, judges)
    if (VALUELESS_DIRECTIVES.has(d.name) && d.values.length > 0) {
      add(
        'warning',
        'csp-unexpected-value',
        `CSP directive '${d.name}' takes no value; '${d.values.join(' ')}' is ignored`,
        0
      )
    }
    if (d.name === 'require-trusted-types-for' && !d.values.every((v) => v === "'script'")) {
      add(
        'error',
        'csp-source-syntax',
        `require-trusted-types-for accepts only 'script' (with the quotes)`,
        0
      )
    }
    if (!NON_SOURCE_DIRECTIVES.has(d.name)) checkSourceList(d, add, judges)
  })
  return findings
}

type Add = (severity: CspFinding['severity'], rule: string, message: string, value?: number) => void

function checkDirectiveName(name: string, add: Add, judges: ReadonlySet<string>): void {
  if (!/^[a-z0-9-]+$/.test(name)) {
    add(
      'error',
      'csp-directive-unknown',
      `'${name}' is not a CSP directive name (letters, digits and '-' only)`
    )
    return
  }
  const twin = Object.hasOwn(DEPRECATED_PER_EVALUATOR, name)
  const known = twin ? DEPRECATED_PER_EVALUATOR : DEPRECATED_DIRECTIVES
  const deprecated = Object.hasOwn(known, name) ? known[name] : undefined
  if (deprecated) {
    if (!twin || !judges.has('DEPRECATED_DIRECTIVE'))
      add('warning', 'csp-directive-deprecated', `CSP directive '${name}' ${deprecated}`)
    return
  }
  if (CSP_DIRECTIVES.includes(name)) return
  const typo = closestDirective(name)
  if (typo) {
    add(
      'error',
      'csp-directive-unknown',
      `unknown CSP directive '${name}': browsers ignore it; did you mean '${typo}'?`
    )
  } else {
    add(
      'warning',
      'csp-directive-unknown',
      `unknown CSP directive '${name}': browsers that do not know it ignore it`
    )
  }
}

function closestDirective(name: string): string | undefined {
  // Inline (not suggest.ts's generic limit) because directive names share long suffixes
  // (`-src`), so only one or two edits count as a typo here.
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of CSP_DIRECTIVES) {
    const distance = editDistance(name, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function checkSourceList(d: CspDirective, add: Add, judges: ReadonlySet<string>): void {
  const lowered = d.values.map((v) => v.toLowerCase())
  if (lowered.includes("'none'") && lowered.length > 1) {
    add(
      'warning',
      'csp-none-combined',
      `'none' in ${d.name} is ignored when other sources are listed`,
      lowered.indexOf("'none'")
    )
  }
  lowered.forEach((value, i) => {
    const raw = d.values[i]!
    if (CSP_KEYWORDS.has(value)) {
      add(
        'warning',
        'csp-keyword-quotes',
        `'${raw}' in ${d.name} needs single quotes to be a keyword: write "'${raw}'" (unquoted it means a host named ${raw})`,
        i
      )
      return
    }
    if (/^(nonce|sha256|sha384|sha512)-/.test(value)) {
      add(
        'warning',
        'csp-keyword-quotes',
        `'${raw}' in ${d.name} needs single quotes: write "'${raw}'"`,
        i
      )
      return
    }
    if (value.startsWith("'nonce-")) {
      add(
        'warning',
        'csp-fixed-nonce',
        `${raw} in ${d.name} is a fixed nonce: the edge sends the same header on every response, so an attacker who reads it once can reuse it; use hashes ('sha256-...') or generate a fresh nonce per response at the origin`,
        i
      )
      return
    }
    const hash = /^'(sha256|sha384|sha512)-([^']*)'$/i.exec(raw)
    if (hash) {
      const problem = hashProblem(hash[1]!.toLowerCase(), hash[2]!)
      if (problem) add('error', 'csp-hash-syntax', `${raw} in ${d.name}: ${problem}`, i)
      return
    }
    if (value.startsWith("'")) {
      const inner = value.endsWith("'") && value.length > 1 ? value.slice(1, -1) : value.slice(1)
      if (
        !CSP_KEYWORDS.has(inner) &&
        !/^(nonce|sha256|sha384|sha512)-[A-Za-z0-9+/_=-]+$/.test(inner)
      ) {
        const typo = [...CSP_KEYWORDS].find((k) => editDistance(inner, k) <= 2)
        const hint = typo
          ? `; did you mean '${typo}'?`
          : '; only keywords, nonces and hashes are quoted'
        add('warning', 'csp-source-syntax', `${raw} in ${d.name} is not a CSP keyword${hint}`, i)
        return
      }
    }
    // 'unsafe-inline' is Google's CSP Evaluator's while it judges (SCRIPT_UNSAFE_INLINE: it knows
    // when a nonce or hash makes browsers ignore it); it rates 'unsafe-eval' only a possible
    // weakness, so that one is always headerguard's.
    const inline = value === "'unsafe-inline'" && !judges.has('SCRIPT_UNSAFE_INLINE')
    if (SCRIPT_DIRECTIVES.has(d.name) && (inline || value === "'unsafe-eval'")) {
      const what = inline ? 'scripts run' : 'strings run as scripts (eval)'
      add(
        'warning',
        'csp-unsafe',
        `${raw} in ${d.name} lets injected ${what}, which is what CSP is meant to stop`,
        i
      )
    }
  })
}

/** Digest sizes in bytes (CSP3 2.3.1 hash-algorithm: sha256, sha384, sha512). */
const HASH_BYTES: Record<string, number> = { sha256: 32, sha384: 48, sha512: 64 }

/**
 * Why a hash source's base64 value cannot be a digest of its algorithm, or undefined. CSP3
 * base64-value: base64 or base64url characters, up to two `=`; its length must encode exactly
 * the digest (sha256: 44 characters with padding).
 */
export function hashProblem(algorithm: string, encoded: string): string | undefined {
  const bytes = HASH_BYTES[algorithm]
  if (bytes === undefined) return undefined
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded))
    return 'the digest must be base64 (letters, digits, + / or - _, up to two =)'
  const data = encoded.replace(/=+$/, '')
  const decoded = Math.floor((data.length * 6) / 8)
  const padded = Math.ceil(bytes / 3) * 4
  if (decoded !== bytes || (encoded.includes('=') && encoded.length !== padded)) {
    return `a ${algorithm} digest is ${bytes} bytes, ${padded} base64 characters with padding; this one has ${encoded.length} (${decoded} bytes)`
  }
  return undefined
}
