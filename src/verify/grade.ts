// The MDN HTTP Observatory grade (scoring algorithm version 6), computed locally from the
// responses verify already has. Shown beside the policy verdict, never instead of it.
//
// Read from the public mdn/mdn-http-observatory repository:
//   src/scanner/index.js              base 100; bonuses only when the score without them is >= 90
//   src/grader/grader.js, charts.js   score -> grade (round down to a multiple of 5), modifiers
//   src/analyzer/tests/*.js           csp, cookies, cors, redirection, referrer-policy,
//                                     strict-transport-security, subresource-integrity,
//                                     x-content-type-options, x-frame-options,
//                                     cross-origin-resource-policy, cross-origin-opener-policy,
//                                     cross-origin-embedder-policy
//   src/analyzer/cspParser.js         CSP parsing (sources lowercased, duplicate directives invalid
//                                     except report-uri/report-to)
//   test/scanner.test.js              algorithmVersion 6, 12 tests
// and the threads that changed the table: PR #332 (v5: X-Frame-Options DENY/SAMEORIGIN +5),
// PR #498 and issues #410/#556 (v6: COOP and COEP, +10 for isolating values, -5 when invalid),
// PR #151 (duplicate report-* directives: 0), issue #5 (report-only CSP: -25).
//
// Scored here: every test that needs only response headers and the redirect chain.
// Not scored (modifier 0, listed in `notScored`):
//   - subresource-integrity: needs the HTML body and its <script> tags;
//   - cross-origin-resource-sharing: needs a second request with a forged Origin header, which
//     would pollute the CDN cache key; ACAO `*` (0) is still recognised;
//   - the HSTS preload list (hsts-preloaded +5, redirection-all-redirects-preloaded): needs the
//     Chromium preload list; a preloaded site is graded on its header like any other;
//   - <meta http-equiv> CSP and Referrer-Policy: need the HTML body.
// An http:// base URL is graded as a site without HTTPS, as the Observatory would grade it.
import type { ObservedResponse } from './types.js'

export const ALGORITHM_VERSION = 6

/** Score → grade. Keys are multiples of 5; a score is rounded down to one (charts.js GRADE_CHART). */
const GRADE_CHART: ReadonlyArray<[number, string]> = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F']
]

/** Only a site that already earns an A without bonuses gets them (charts.js). */
const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90

/** Every result this module can produce and its score modifier (charts.js SCORE_TABLE, v6). */
export const MODIFIERS: Readonly<Record<string, number>> = {
  'csp-implemented-with-no-unsafe-default-src-none': 10,
  'csp-implemented-with-no-unsafe': 5,
  'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
  'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
  'csp-implemented-with-unsafe-eval': -10,
  'csp-implemented-with-unsafe-inline': -20,
  'csp-implemented-with-insecure-scheme': -20,
  'csp-implemented-but-duplicate-directives': 0,
  'csp-header-invalid': -25,
  'csp-not-implemented': -25,
  'csp-not-implemented-but-reporting-enabled': -25,
  'cookies-secure-with-httponly-sessions-and-samesite': 5,
  'cookies-secure-with-httponly-sessions': 0,
  'cookies-not-found': 0,
  'cookies-without-secure-flag-but-protected-by-hsts': -5,
  'cookies-session-without-secure-flag-but-protected-by-hsts': -10,
  'cookies-without-secure-flag': -20,
  'cookies-samesite-flag-invalid': -20,
  'cookies-anticsrf-without-samesite-flag': -20,
  'cookies-session-without-httponly-flag': -30,
  'cookies-session-without-secure-flag': -40,
  'cross-origin-resource-sharing-not-implemented': 0,
  'cross-origin-resource-sharing-implemented-with-public-access': 0,
  'redirection-to-https': 0,
  'redirection-not-needed-no-http': 0,
  'redirection-off-host-from-http': -5,
  'redirection-not-to-https-on-initial-redirection': -10,
  'redirection-not-to-https': -20,
  'redirection-missing': -20,
  'referrer-policy-private': 5,
  'referrer-policy-not-implemented': 0,
  'referrer-policy-unsafe': -5,
  'referrer-policy-header-invalid': -5,
  'hsts-implemented-max-age-at-least-six-months': 0,
  'hsts-implemented-max-age-less-than-six-months': -10,
  'hsts-not-implemented': -20,
  'hsts-header-invalid': -20,
  'hsts-not-implemented-no-https': -20,
  'sri-not-scored': 0,
  'x-content-type-options-nosniff': 0,
  'x-content-type-options-not-implemented': -5,
  'x-content-type-options-header-invalid': -5,
  'x-frame-options-implemented-via-csp': 5,
  'x-frame-options-sameorigin-or-deny': 5,
  'x-frame-options-allow-from-origin': 0,
  'x-frame-options-not-implemented': -20,
  'x-frame-options-header-invalid': -20,
  'corp-implemented-with-same-origin': 10,
  'corp-implemented-with-same-site': 10,
  'corp-implemented-with-cross-origin': 0,
  'corp-not-implemented': 0,
  'corp-header-invalid': -5,
  'coop-implemented-with-same-origin': 10,
  'coop-implemented-with-same-origin-allow-popups': 10,
  'coop-implemented-with-noopener-allow-popups': 10,
  'coop-implemented-with-unsafe-none': 0,
  'coop-not-implemented': 0,
  'coop-header-invalid': -5,
  'coep-implemented-with-require-corp': 10,
  'coep-implemented-with-credentialless': 10,
  'coep-implemented-with-unsafe-none': 0,
  'coep-not-implemented': 0,
  'coep-header-invalid': -5
}

export interface ObservatoryTest {
  /** The Observatory's test name, e.g. `content-security-policy`. */
  name: string
  /** The Observatory's result id, e.g. `csp-implemented-with-no-unsafe`. */
  result: string
  modifier: number
  pass: boolean
  /** false: verify cannot run this test (see the module comment); its modifier is 0. */
  scored: boolean
}

export interface ObservatoryGrade {
  /** The base URL graded. */
  url: string
  algorithmVersion: number
  score: number
  grade: string
  tests: ObservatoryTest[]
  notScored: string[]
}

/** What the grader looks at for one site, like the Observatory's `requests.responses`. */
export interface GradeInput {
  url: string
  /** The final response of the site's first page (https when available, else http). */
  auto: ObservedResponse
  /** The final response of the https:// request; undefined when the site is http-only. */
  https?: ObservedResponse
  /** Every hop of the http:// request; undefined when http:// was not served. */
  httpChain?: ObservedResponse[]
  /** Every response of the session, for Set-Cookie. */
  all: ObservedResponse[]
}

export function gradeForScore(rawScore: number): string {
  const score = Math.max(rawScore, 0)
  const bucket = Math.min(score - (score % 5), 100)
  return GRADE_CHART.find(([min]) => bucket >= min)?.[1] ?? 'F'
}

/** Every instance of a header (lowercase name). */
function all(response: ObservedResponse | undefined, name: string): string[] {
  return response?.headers[name] ?? []
}

/** The header as an HTTP client library folds it: instances joined with `, `. */
function folded(response: ObservedResponse | undefined, name: string): string | undefined {
  const values = all(response, name)
  return values.length > 0 ? values.join(', ') : undefined
}

function test(name: string, result: string, pass: boolean, scored = true): ObservatoryTest {
  return { name, result, modifier: scored ? (MODIFIERS[result] ?? 0) : 0, pass, scored }
}

// ---- Content-Security-Policy ------------------------------------------------------------

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

class InvalidCsp extends Error {}

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

interface CspOutcome {
  test: ObservatoryTest
  directives?: Map<string, Set<string>>
}

function cspTest(response: ObservedResponse): CspOutcome {
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

// ---- the other header tests -------------------------------------------------------------

/** A structured-field token with optional parameters (`same-origin; report-to="x"`). */
function sfToken(value: string): string | undefined {
  const token = value.split(';')[0]?.trim() ?? ''
  return /^[A-Za-z*][A-Za-z0-9!#$%&'*+.^_`|~:/-]*$/.test(token) ? token : undefined
}

function hstsTest(https: ObservedResponse | undefined): ObservatoryTest {
  const name = 'strict-transport-security'
  if (!https) return test(name, 'hsts-not-implemented-no-https', false)
  const header = all(https, 'strict-transport-security')[0]
  if (header === undefined) return test(name, 'hsts-not-implemented', false)
  const data = header.slice(0, 1024)
  if (data.includes(',')) return test(name, 'hsts-header-invalid', false)
  let maxAge: number | undefined
  for (const parameter of data.split(';').map((p) => p.trim().toLowerCase())) {
    if (parameter.startsWith('max-age=')) maxAge = Number.parseInt(parameter.slice(8, 128), 10)
  }
  if (maxAge === undefined) return test(name, 'hsts-header-invalid', false)
  // 15768000 is six months; the Observatory accepts 15552000 because so many sites use it.
  // A non-numeric max-age parses to NaN, which the Observatory's `<` lets through: so does this.
  if (maxAge < 15_552_000) return test(name, 'hsts-implemented-max-age-less-than-six-months', false)
  return test(name, 'hsts-implemented-max-age-at-least-six-months', true)
}

function redirectionTest(httpChain: ObservedResponse[] | undefined): ObservatoryTest {
  const name = 'redirection'
  if (!httpChain || httpChain.length === 0)
    return test(name, 'redirection-not-needed-no-http', true)
  const route = httpChain.map((r) => new URL(r.url))
  let result: string
  if (route.length === 1) result = 'redirection-missing'
  else if (route.at(-1)?.protocol !== 'https:') result = 'redirection-not-to-https'
  else if (route[1]?.protocol === 'http:')
    result = 'redirection-not-to-https-on-initial-redirection'
  else if (route[0]?.hostname !== route[1]?.hostname) result = 'redirection-off-host-from-http'
  else result = 'redirection-to-https'
  return test(name, result, result === 'redirection-to-https')
}

function referrerTest(response: ObservedResponse): ObservatoryTest {
  const name = 'referrer-policy'
  const good = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']
  const bad = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade']
  const values = all(response, 'referrer-policy')
  if (values.length === 0) return test(name, 'referrer-policy-not-implemented', true)
  // The last recognised value wins, as in browsers.
  const policy = values
    .join(', ')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter((v) => good.includes(v) || bad.includes(v))
    .at(-1)
  if (policy !== undefined && good.includes(policy))
    return test(name, 'referrer-policy-private', true)
  if (policy !== undefined) return test(name, 'referrer-policy-unsafe', false)
  return test(name, 'referrer-policy-header-invalid', false)
}

function xctoTest(response: ObservedResponse): ObservatoryTest {
  const name = 'x-content-type-options'
  const header = folded(response, 'x-content-type-options')
  if (header === undefined) return test(name, 'x-content-type-options-not-implemented', false)
  const ok = header.slice(0, 256).trim().toLowerCase() === 'nosniff'
  return test(
    name,
    ok ? 'x-content-type-options-nosniff' : 'x-content-type-options-header-invalid',
    ok
  )
}

function xfoTest(
  response: ObservedResponse,
  csp: Map<string, Set<string>> | undefined
): ObservatoryTest {
  const name = 'x-frame-options'
  if (csp?.has('frame-ancestors')) return test(name, 'x-frame-options-implemented-via-csp', true)
  const header = folded(response, 'x-frame-options')
  if (header === undefined) return test(name, 'x-frame-options-not-implemented', false)
  const xfo = header.slice(0, 1024).trim().toLowerCase()
  if (xfo === 'deny' || xfo === 'sameorigin')
    return test(name, 'x-frame-options-sameorigin-or-deny', true)
  if (xfo.startsWith('allow-from')) return test(name, 'x-frame-options-allow-from-origin', true)
  return test(name, 'x-frame-options-header-invalid', false)
}

function corpTest(response: ObservedResponse): ObservatoryTest {
  const name = 'cross-origin-resource-policy'
  const header = folded(response, 'cross-origin-resource-policy')
  if (header === undefined) return test(name, 'corp-not-implemented', true)
  const value = header.slice(0, 256).trim().toLowerCase()
  const results: Record<string, string> = {
    'same-site': 'corp-implemented-with-same-site',
    'same-origin': 'corp-implemented-with-same-origin',
    'cross-origin': 'corp-implemented-with-cross-origin'
  }
  const result = results[value] ?? 'corp-header-invalid'
  return test(name, result, result !== 'corp-header-invalid')
}

/** COOP and COEP share a shape: one token out of a known set, a second instance is invalid. */
function tokenPolicyTest(
  response: ObservedResponse,
  header: string,
  prefix: 'coop' | 'coep',
  known: Record<string, string>
): ObservatoryTest {
  const values = all(response, header)
  if (values.length === 0) return test(header, `${prefix}-not-implemented`, true)
  const token = values.length > 1 ? undefined : sfToken(values[0]!.slice(0, 1024).trim())
  const suffix = token !== undefined ? known[token] : undefined
  const result = suffix ? `${prefix}-implemented-with-${suffix}` : `${prefix}-header-invalid`
  return test(header, result, suffix !== undefined)
}

interface Cookie {
  name: string
  secure: boolean
  httpOnly: boolean
  sameSite?: string
}

function parseCookie(raw: string): Cookie | undefined {
  const [pair, ...attributes] = raw.split(';')
  const name = pair?.split('=')[0]?.trim()
  if (!name) return undefined
  const cookie: Cookie = { name, secure: false, httpOnly: false }
  for (const attribute of attributes) {
    const [key = '', value] = attribute.trim().split('=')
    const k = key.trim().toLowerCase()
    if (k === 'secure') cookie.secure = true
    else if (k === 'httponly') cookie.httpOnly = true
    else if (k === 'samesite') {
      const v = value?.trim().toLowerCase()
      if (v === 'strict' || v === 'lax' || v === 'none') cookie.sameSite = v
    }
  }
  return cookie
}

function invalidSameSite(raw: string): boolean {
  return raw
    .split(';')
    .slice(1)
    .some((part) => {
      const [key = '', value] = part.trim().split('=')
      if (key.trim().toLowerCase() !== 'samesite') return false
      return !value || !['lax', 'strict', 'none'].includes(value.trim().toLowerCase())
    })
}

/** From least to most serious: a result only replaces a less serious one (utils.js onlyIfWorse). */
const COOKIE_SEVERITY = [
  'cookies-without-secure-flag-but-protected-by-hsts',
  'cookies-without-secure-flag',
  'cookies-session-without-secure-flag-but-protected-by-hsts',
  'cookies-samesite-flag-invalid',
  'cookies-anticsrf-without-samesite-flag',
  'cookies-session-without-httponly-flag',
  'cookies-session-without-secure-flag'
]

function cookiesTest(input: GradeInput, hstsPasses: boolean): ObservatoryTest {
  const name = 'cookies'
  let result: string | undefined
  const worse = (candidate: string) => {
    if (
      result === undefined ||
      COOKIE_SEVERITY.indexOf(candidate) > COOKIE_SEVERITY.indexOf(result)
    ) {
      result = candidate
    }
  }
  for (const raw of all(input.auto, 'set-cookie'))
    if (invalidSameSite(raw)) worse('cookies-samesite-flag-invalid')
  const cookies = input.all
    .flatMap((r) => all(r, 'set-cookie'))
    .map(parseCookie)
    .filter((c): c is Cookie => c !== undefined && c.name !== 'heroku-session-affinity')
  if (cookies.length === 0) return test(name, 'cookies-not-found', true)
  let missingSameSite = false
  for (const cookie of cookies) {
    const key = cookie.name.toLowerCase()
    const session = key.includes('login') || key.includes('sess')
    if (!cookie.secure && cookie.sameSite === 'none') worse('cookies-samesite-flag-invalid')
    if (!cookie.secure)
      worse(
        hstsPasses
          ? 'cookies-without-secure-flag-but-protected-by-hsts'
          : 'cookies-without-secure-flag'
      )
    if (key.includes('csrf') && !cookie.sameSite) worse('cookies-anticsrf-without-samesite-flag')
    if (session && !cookie.secure) {
      worse(
        hstsPasses
          ? 'cookies-session-without-secure-flag-but-protected-by-hsts'
          : 'cookies-session-without-secure-flag'
      )
    }
    if (session && !cookie.httpOnly) worse('cookies-session-without-httponly-flag')
    if (!cookie.sameSite) missingSameSite = true
  }
  result ??= missingSameSite
    ? 'cookies-secure-with-httponly-sessions'
    : 'cookies-secure-with-httponly-sessions-and-samesite'
  const pass = [
    'cookies-secure-with-httponly-sessions',
    'cookies-secure-with-httponly-sessions-and-samesite'
  ].includes(result)
  return test(name, result, pass)
}

function corsTest(response: ObservedResponse): ObservatoryTest {
  const name = 'cross-origin-resource-sharing'
  const acao = folded(response, 'access-control-allow-origin')?.trim()
  if (acao === '*')
    return test(name, 'cross-origin-resource-sharing-implemented-with-public-access', true)
  // Telling restricted from universal (reflected Origin + credentials, -50) needs a request
  // with a forged Origin header: not sent, not scored.
  return test(name, 'cross-origin-resource-sharing-not-implemented', true, acao === undefined)
}

/** The Observatory grade of one site from its responses. */
export function gradeSite(input: GradeInput): ObservatoryGrade {
  const csp = cspTest(input.auto)
  const hsts = hstsTest(input.https)
  const tests: ObservatoryTest[] = [
    csp.test,
    cookiesTest(input, hsts.pass),
    corsTest(input.auto),
    redirectionTest(input.httpChain),
    referrerTest(input.auto),
    hsts,
    test('subresource-integrity', 'sri-not-scored', true, false),
    xctoTest(input.auto),
    xfoTest(input.auto, csp.directives),
    corpTest(input.auto),
    tokenPolicyTest(input.auto, 'cross-origin-opener-policy', 'coop', {
      'same-origin': 'same-origin',
      'same-origin-allow-popups': 'same-origin-allow-popups',
      'noopener-allow-popups': 'noopener-allow-popups',
      'unsafe-none': 'unsafe-none'
    }),
    tokenPolicyTest(input.auto, 'cross-origin-embedder-policy', 'coep', {
      'require-corp': 'require-corp',
      credentialless: 'credentialless',
      'unsafe-none': 'unsafe-none'
    })
  ]
  const withExtraCredit = 100 + tests.reduce((sum, t) => sum + t.modifier, 0)
  const uncurved = 100 + tests.reduce((sum, t) => sum + Math.min(t.modifier, 0), 0)
  const score = Math.max(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved, 0)
  return {
    url: input.url,
    algorithmVersion: ALGORITHM_VERSION,
    score,
    grade: gradeForScore(score),
    tests,
    notScored: tests.filter((t) => !t.scored).map((t) => t.name)
  }
}

const GRADE_ORDER = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F']

/** The weakest of several grades (the site is as strong as its weakest host). */
export function weakest(grades: readonly ObservatoryGrade[]): ObservatoryGrade | undefined {
  return [...grades].sort(
    (a, b) => GRADE_ORDER.indexOf(b.grade) - GRADE_ORDER.indexOf(a.grade) || a.score - b.score
  )[0]
}
