// Hand-built ResolvedPolicy objects, on purpose: the compiler and the handler are tested on what
// the loader can never produce too (two rules for one header, hostile names, injected values),
// because the compiler is the last line of defence for a policy that reaches it another way.
// Tests of what a user can write load policy text instead (__tests__/helpers/policy.ts).
import { globToRegExpSource } from '../../src/headers/match.js'
import type {
  Condition,
  HeaderRule,
  PathRule,
  RemoveRule,
  ResolvedPolicy,
  SourcePos
} from '../../src/policy/types.js'

export const pos: SourcePos = { file: 'security-headers.yml', line: 1, col: 1 }

export function header(
  key: string,
  value: string,
  extra: { override?: boolean; when?: Condition } = {}
): HeaderRule {
  return {
    name: key.toLowerCase(),
    key,
    value,
    override: extra.override ?? true,
    ...(extra.when ? { when: extra.when } : {}),
    pos
  }
}

export function remove(...names: string[]): RemoveRule[] {
  return names.map((name) => ({ name, pos }))
}

export function path(
  match: string,
  headers: HeaderRule[],
  removeRules: RemoveRule[] = []
): PathRule {
  return { match, pattern: globToRegExpSource(match), headers, remove: removeRules, pos }
}

export function policy(
  defaults: { headers: HeaderRule[]; remove?: RemoveRule[] },
  paths: PathRule[] = []
): ResolvedPolicy {
  return {
    version: 1,
    file: 'security-headers.yml',
    extends: 'none',
    cloudfront: {
      distributions: ['EDFDVBD6EXAMPLE'],
      behaviors: { kind: 'default' },
      replaceForeignAssociation: false
    },
    lambda: {
      functionName: 'acme-security-headers',
      runtime: 'nodejs22.x',
      memory: 128,
      timeout: 5
    },
    defaults: { headers: defaults.headers, remove: defaults.remove ?? [] },
    paths,
    verify: { urls: [], paths: ['/'], rules: [] },
    hash: 'f'.repeat(64)
  }
}

/** The six headers of the classic AWS "add security headers" sample. */
export const SIX_HEADERS: HeaderRule[] = [
  header('Strict-Transport-Security', 'max-age=63072000; includeSubdomains; preload'),
  header(
    'Content-Security-Policy',
    "default-src 'none'; img-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'"
  ),
  header('X-Content-Type-Options', 'nosniff'),
  header('X-Frame-Options', 'DENY'),
  header('X-XSS-Protection', '1; mode=block'),
  header('Referrer-Policy', 'same-origin')
]

/** Paths, conditions and removal: what the bench's second row and most tests run. */
export const RICH_POLICY: ResolvedPolicy = policy(
  {
    headers: [
      ...SIX_HEADERS.filter((h) => h.name !== 'content-security-policy'),
      header('Content-Security-Policy', "default-src 'self'", {
        when: { contentTypes: ['text/html'] }
      }),
      header('Cache-Control', 'no-store', { when: { statuses: [[400, 599]] } }),
      header('Permissions-Policy', 'camera=()', { override: false })
    ],
    remove: remove('server', 'x-powered-by', 'x-amz-*')
  },
  [
    path(
      '/embed/*',
      [
        header('X-Frame-Options', 'SAMEORIGIN'),
        header('Content-Security-Policy', 'frame-ancestors *')
      ],
      remove('server')
    ),
    path('/assets/*.js', [header('Cache-Control', 'public, max-age=31536000, immutable')])
  ]
)
