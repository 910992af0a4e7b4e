// Hand-built ResolvedPolicy objects for verify and report tests: every header gets its own
// policy line (header i sits on line 10 + i) so findings can be traced back to a line.
import { globToRegExpSource } from '../../src/headers/match.js'
import type { Condition, HeaderRule, ResolvedPolicy, VerifyRule } from '../../src/policy/types.js'

export const POLICY_FILE = '.github/security-headers.yml'

type HeaderSpec = string | { value: string; override?: boolean; when?: Condition }

let line = 10
const pos = () => ({ file: POLICY_FILE, line: line++, col: 3 })

function headerRules(headers: Record<string, HeaderSpec>): HeaderRule[] {
  return Object.entries(headers).map(([key, spec]) => {
    const s = typeof spec === 'string' ? { value: spec } : spec
    const rule: HeaderRule = {
      name: key.toLowerCase(),
      key,
      value: s.value,
      override: s.override ?? true,
      pos: pos()
    }
    if (s.when) rule.when = s.when
    return rule
  })
}

export interface PolicySpec {
  headers?: Record<string, HeaderSpec>
  remove?: string[]
  paths?: Array<{ match: string; headers?: Record<string, HeaderSpec>; remove?: string[] }>
  rules?: Array<Omit<VerifyRule, 'pos'>>
  verifyPaths?: string[]
  urls?: string[]
}

export function makePolicy(spec: PolicySpec = {}): ResolvedPolicy {
  line = 10
  const defaults = {
    headers: headerRules(spec.headers ?? {}),
    remove: (spec.remove ?? []).map((name) => ({ name, pos: pos() }))
  }
  return {
    version: 1,
    file: POLICY_FILE,
    extends: 'none',
    cloudfront: {
      distributions: ['E2QWRUHEXAMPLE'],
      behaviors: { kind: 'default' },
      replaceForeignAssociation: false
    },
    lambda: { runtime: 'nodejs22.x', memory: 128, timeout: 5 },
    defaults,
    paths: (spec.paths ?? []).map((p) => ({
      match: p.match,
      pattern: globToRegExpSource(p.match),
      pos: pos(),
      headers: [
        ...defaults.headers.filter((h) => !(p.headers && h.key in p.headers)),
        ...headerRules(p.headers ?? {})
      ],
      remove: [...defaults.remove, ...(p.remove ?? []).map((name) => ({ name, pos: pos() }))]
    })),
    verify: {
      urls: spec.urls ?? [],
      paths: spec.verifyPaths ?? [],
      rules: (spec.rules ?? []).map((r) => ({ ...r, pos: pos() }))
    },
    hash: 'test'
  }
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
