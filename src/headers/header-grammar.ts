// What the grammar of each security header says about comparing its values: the one table.
// Used by the verifier to compare a served value with the policy's, to split a value into
// the items drHEADer-style rules judge, and to tell a repeated header from a list.
//
// case:   'insensitive': the whole value compares case-insensitively (enumerated tokens:
//                        RFC 9110 5.6.2 tokens are case-insensitive where the header says so);
//         'directives':  directive names and token values are case-insensitive, quoted strings
//                        and arguments are not (Cache-Control, RFC 9111 5.2: "Cache directives
//                        are identified by a token, to be compared case-insensitively");
//         'csp':         CSP3 2.2: directive names and keyword sources case-insensitive,
//                        nonces, hashes and URL paths not;
//         'hsts':        RFC 6797 6.1: directive names case-insensitive, compared parsed;
//         'sensitive':   byte for byte once trimmed (the default for unknown headers).
// items:  the separator of a value's items (drHEADer delimiters.json); key: key/value separator.
// once:   a security header that must be sent once: a second instance is a finding (RFC 6797
//         8.1 honours only the first HSTS; HTML's X-Frame-Options processing treats differing
//         values as invalid; the structured-field headers fail to parse when joined).
// noComma: the grammar has no comma, so a comma in a received value means two instances
//         folded into one line (CSP3: a comma separates policies).
// directives: the form `directives` rules judge; absent: the header has no directives.

export type CaseRule = 'insensitive' | 'directives' | 'csp' | 'hsts' | 'sensitive'
export type DirectiveForm = 'csp' | 'dictionary' | 'key-value'

export interface HeaderGrammar {
  case: CaseRule
  items: ',' | ';'
  key: '='
  once: boolean
  noComma: boolean
  directives?: DirectiveForm
}

const DEFAULT: HeaderGrammar = {
  case: 'sensitive',
  items: ',',
  key: '=',
  once: false,
  noComma: false
}

function g(over: Partial<HeaderGrammar>): HeaderGrammar {
  return { ...DEFAULT, ...over }
}

const TABLE: ReadonlyMap<string, HeaderGrammar> = new Map([
  [
    'content-security-policy',
    g({ case: 'csp', items: ';', once: true, noComma: true, directives: 'csp' })
  ],
  [
    'content-security-policy-report-only',
    g({ case: 'csp', items: ';', noComma: true, directives: 'csp' })
  ],
  ['feature-policy', g({ case: 'csp', items: ';', directives: 'csp' })],
  ['permissions-policy', g({ case: 'sensitive', once: true, directives: 'dictionary' })],
  [
    'strict-transport-security',
    g({ case: 'hsts', items: ';', once: true, noComma: true, directives: 'key-value' })
  ],
  ['cache-control', g({ case: 'directives', directives: 'key-value' })],
  ['set-cookie', g({ case: 'sensitive', items: ';' })],
  ['clear-site-data', g({ case: 'sensitive' })],
  ['referrer-policy', g({ case: 'insensitive', once: true })],
  ['x-frame-options', g({ case: 'insensitive', once: true, noComma: true })],
  ['x-content-type-options', g({ case: 'insensitive', once: true, noComma: true })],
  ['cross-origin-opener-policy', g({ case: 'insensitive', once: true, noComma: true })],
  ['cross-origin-embedder-policy', g({ case: 'insensitive', once: true, noComma: true })],
  ['cross-origin-resource-policy', g({ case: 'insensitive', once: true, noComma: true })],
  ['x-permitted-cross-domain-policies', g({ case: 'insensitive', once: true })],
  ['x-dns-prefetch-control', g({ case: 'insensitive' })],
  ['x-download-options', g({ case: 'insensitive' })],
  ['x-xss-protection', g({ case: 'insensitive', items: ';', once: true })],
  ['origin-agent-cluster', g({ case: 'insensitive' })],
  ['pragma', g({ case: 'insensitive' })],
  ['x-forwarded-for', g({ case: 'sensitive' })]
])

export function headerGrammar(name: string): HeaderGrammar {
  return TABLE.get(name.toLowerCase()) ?? DEFAULT
}

/** The security headers that must be sent once (see `once`). */
export const SINGLE_INSTANCE_HEADERS: readonly string[] = [...TABLE]
  .filter(([, grammar]) => grammar.once)
  .map(([name]) => name)

/** The instances of a header as sent, un-folding comma-joined lines where the grammar allows. */
export function headerInstances(name: string, values: readonly string[] | undefined): string[] {
  if (!values || values.length === 0) return []
  if (!headerGrammar(name).noComma) return [...values]
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0)
}
