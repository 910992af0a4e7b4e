// The Observatory's content-security-policy test (src/analyzer/tests/csp.js, cspParser.js).
import type { ObservedResponse } from '../types.js'
import { all, folded, type ObservatoryTest, test } from './common.js'

const BROAD = new Set([
  'ftp:',
  'http:',
  'https:',
  '*',
  'http://*',
  'http://*.*',
  'https://*',
  'https://*.*'
])
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:'])
const BROAD_OR_INLINE = new Set([...BROAD, ...UNSAFE_INLINE])
const PASSIVE = ['img-src', 'media-src']
const NONCE_OR_HASH = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"]
const DUPLICATES_ALLOWED = new Set(['report-uri', 'report-to'])

class InvalidCsp extends Error {
  override name = 'InvalidCsp'
}

interface ParsedCsp {
  directives: Map<string, Set<string>>
  duplicateReports: boolean
}

/** One policy: directive -> lowercased sources; an empty `-src` means 'none'. */
function parsePolicy(policy: string, seenReports: { dup: boolean }): Map<string, Set<string>> {
  const clean = policy.replace(/[\r\n]/g, '').trim()
  // The shortest policy the Observatory accepts is as long as "img-src" minus one.
  if (clean.length < 'img-src'.length - 1) throw new InvalidCsp(`policy too short: ${clean}`)
  const directives = new Map<string, Set<string>>()
  for (const entry of clean.split(';')) {
    const [rawName, ...sources] = entry.trim().split(/\s+/)
    if (!rawName) continue
    const name = rawName.toLowerCase()
    if (directives.has(name)) {
      if (!DUPLICATES_ALLOWED.has(name)) throw new InvalidCsp(`duplicate directive ${name}`)
      seenReports.dup = true
      continue
    }
    const values = sources.map((s) => s.trim().toLocaleLowerCase())
    directives.set(
      name,
      new Set(values.length === 0 && name.endsWith('-src') ? ["'none'"] : values)
    )
  }
  return directives
}

/**
 * Several policies are all enforced: a directive present in more than one keeps the sources
 * every such policy allows. (The Observatory also prunes path-prefixed duplicates; that only
 * changes its displayed data, not the result.)
 */
function parseCspList(policies: string[]): ParsedCsp {
  const seen = { dup: false }
  const merged = new Map<string, Set<string>>()
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy, seen)) {
      const before = merged.get(name)
      merged.set(name, before ? new Set([...before].filter((s) => sources.has(s))) : sources)
    }
  }
  for (const [name, sources] of merged)
    if (sources.size === 0) merged.set(name, new Set(["'none'"]))
  return { directives: merged, duplicateReports: seen.dup }
}

function hasNonceOrHash(sources: Set<string>): boolean {
  return [...sources].some((s) => NONCE_OR_HASH.some((p) => s.startsWith(p)))
}

export interface CspOutcome {
  test: ObservatoryTest
  directives?: Map<string, Set<string>>
}

export function cspTest(response: ObservedResponse): CspOutcome {
  const name = 'content-security-policy'
  const policies = all(response, 'content-security-policy')
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
  let parsed: ParsedCsp
  try {
    parsed = parseCspList(policies)
  } catch {
    return { test: test(name, 'csp-header-invalid', false) }
  }
  const csp = parsed.directives
  if (csp.size === 0) {
    const reportOnly = folded(response, 'content-security-policy-report-only')
    return {
      test: test(
        name,
        reportOnly ? 'csp-not-implemented-but-reporting-enabled' : 'csp-not-implemented',
        false
      )
    }
  }
  const any = new Set(['*'])
  // The Observatory works on the parsed sets in place: script-src falling back to default-src
  // shares default-src's set, so removing a source from one removes it from both.
  const objectSrc = csp.get('object-src') ?? csp.get('default-src') ?? any
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? new Set(['*'])
  const styleSrc = csp.get('style-src') ?? csp.get('default-src') ?? new Set(['*'])
  let result: string | undefined
  for (const list of [scriptSrc, styleSrc]) {
    if (hasNonceOrHash(list)) list.delete("'unsafe-inline'")
  }
  if (hasNonceOrHash(scriptSrc) && scriptSrc.has("'strict-dynamic'")) {
    for (const source of [...scriptSrc]) {
      const broad = [...BROAD].some((b) => source.startsWith(b))
      if (broad || source === "'self'" || source === "'unsafe-inline'") scriptSrc.delete(source)
    }
  } else if (scriptSrc.has("'strict-dynamic'")) {
    result = 'csp-header-invalid'
  }
  const active = [...csp.entries()]
    .filter(([d]) => !PASSIVE.includes(d) && d !== 'script-src')
    .flatMap(([, sources]) => [...sources])
  active.push(...scriptSrc)
  const passive = PASSIVE.flatMap((d) => [...(csp.get(d) ?? csp.get('default-src') ?? [])])
  const secure = new URL(response.url).protocol === 'https:'
  const insecure = (s: string) => s.startsWith('http:') || s.startsWith('ftp:')
  const set = (r: string) => {
    result ??= r
  }
  if (
    [...scriptSrc].some((s) => BROAD_OR_INLINE.has(s)) ||
    [...objectSrc].some((s) => BROAD.has(s))
  ) {
    set('csp-implemented-with-unsafe-inline')
  }
  if (secure && active.some(insecure)) set('csp-implemented-with-insecure-scheme')
  if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'"))
    set('csp-implemented-with-unsafe-eval')
  if (secure && passive.some(insecure))
    set('csp-implemented-with-insecure-scheme-in-passive-content-only')
  if ([...styleSrc].some((s) => BROAD_OR_INLINE.has(s)))
    set('csp-implemented-with-unsafe-inline-in-style-src-only')
  const defaultSrc = csp.get('default-src')
  if (defaultSrc?.has("'none'") && defaultSrc.size === 1)
    set('csp-implemented-with-no-unsafe-default-src-none')
  else set('csp-implemented-with-no-unsafe')
  const passing = [
    'csp-implemented-with-no-unsafe',
    'csp-implemented-with-no-unsafe-default-src-none',
    'csp-implemented-with-unsafe-inline-in-style-src-only',
    'csp-implemented-with-insecure-scheme-in-passive-content-only'
  ].includes(result as string)
  if (passing && parsed.duplicateReports) result = 'csp-implemented-but-duplicate-directives'
  return { test: test(name, result as string, passing), directives: csp }
}
