// HSTS preload readiness: when the policy or the site asks for `preload`, the submission rules
// of hstspreload.org that the fetched responses can show. Each unmet rule is a warning: the
// preload list is a choice, and some rules (every subdomain over HTTPS, the apex domain) are
// beyond what one run can see. Source: https://hstspreload.org/ ("Submission Requirements")
// and its checker's messages (github.com/chromium/hstspreload).
import { parseHsts } from '../headers/hsts.js'
import type { HeaderRule } from '../policy/types.js'
import { redirectTarget } from './fetch.js'
import type { Finding, ObservedResponse } from './types.js'

/** hstspreload.org: "The max-age must be at least 31536000 seconds (1 year)." */
export const PRELOAD_MIN_MAX_AGE = 31_536_000
/** The checker refuses more than 3 redirects from http:// or https:// (`redirects.too_many`). */
export const PRELOAD_MAX_REDIRECTS = 3

const HSTS = 'strict-transport-security'

export interface PreloadInput {
  /** The policy's HSTS rule for the page, if it sets one. */
  rule: HeaderRule | undefined
  /** Every hop of the https:// page, first to last. */
  https: readonly ObservedResponse[]
  /** Every hop from its http:// variant; undefined or empty when http:// is not served. */
  http: readonly ObservedResponse[] | undefined
}

function stsOf(response: ObservedResponse | undefined): string[] {
  if (!response) return []
  return Object.hasOwn(response.headers, HSTS) ? (response.headers[HSTS] ?? []) : []
}

function redirects(hops: readonly ObservedResponse[]): number {
  return hops.filter((h) => redirectTarget(h) !== undefined).length
}

/** Does this run ask for preload readiness at all: the policy's value or the site's has `preload`. */
export function wantsPreload(input: PreloadInput): boolean {
  if (input.rule && parseHsts(input.rule.value).preload) return true
  return stsOf(input.https[0]).some((v) => parseHsts(v).preload)
}

/** One warning per unmet submission rule; empty when every rule a response shows is met. */
export function judgePreload(input: PreloadInput): Finding[] {
  if (!wantsPreload(input)) return []
  const first = input.https[0]
  if (!first) return []
  const unmet: Array<{ expected: string; actual: string | null; message: string }> = []
  const sts = stsOf(first)
  const actual = sts.length > 0 ? sts.join(', ') : null
  if (sts.length === 0) {
    unmet.push({
      expected: 'one Strict-Transport-Security header',
      actual: null,
      message: `the https:// response${redirectTarget(first) ? ' (a redirect: the redirect itself must carry it, not only the page it leads to)' : ''} sends no Strict-Transport-Security header`
    })
  } else if (sts.length > 1) {
    unmet.push({
      expected: 'exactly one Strict-Transport-Security header',
      actual,
      message: `the https:// response sends ${sts.length} Strict-Transport-Security headers; hstspreload.org requires exactly one`
    })
  }
  if (sts.length > 0) {
    const info = parseHsts(sts[0] as string)
    if (info.maxAge === undefined || info.maxAge < PRELOAD_MIN_MAX_AGE)
      unmet.push({
        expected: `max-age >= ${PRELOAD_MIN_MAX_AGE}`,
        actual,
        message: `max-age is ${info.maxAge ?? 'missing'}; hstspreload.org requires at least ${PRELOAD_MIN_MAX_AGE} seconds (one year)`
      })
    if (!info.includeSubDomains)
      unmet.push({
        expected: 'includeSubDomains',
        actual,
        message: 'includeSubDomains is missing; hstspreload.org requires it'
      })
    if (!info.preload)
      unmet.push({
        expected: 'preload',
        actual,
        message: 'the preload directive is missing from the served header'
      })
  }
  for (const hop of input.https.slice(1)) {
    if (/^https:/i.test(hop.url) && redirectTarget(hop) && stsOf(hop).length === 0)
      unmet.push({
        expected: 'Strict-Transport-Security on every https:// redirect',
        actual: null,
        message: `the https:// redirect at ${hop.url} sends no Strict-Transport-Security header`
      })
  }
  const https = redirects(input.https)
  if (https > PRELOAD_MAX_REDIRECTS)
    unmet.push({
      expected: `at most ${PRELOAD_MAX_REDIRECTS} redirects`,
      actual: `${https} redirects`,
      message: `the https:// URL takes ${https} redirects; hstspreload.org allows at most ${PRELOAD_MAX_REDIRECTS}`
    })
  unmet.push(...httpRules(input.http))
  const pos = input.rule
    ? { policyLine: input.rule.pos.line, policyColumn: input.rule.pos.col }
    : { policyLine: null }
  return unmet.map((u) => ({
    header: HSTS,
    verdict: u.actual === null ? 'missing' : 'mismatch',
    expected: u.expected,
    actual: u.actual,
    message: `HSTS preload: ${u.message}`,
    ...pos,
    severity: 'warning',
    kind: 'preload'
  }))
}

/** The http:// side: first to https:// on the same host, HSTS there, at most 3 redirects. */
function httpRules(
  hops: readonly ObservedResponse[] | undefined
): Array<{ expected: string; actual: string | null; message: string }> {
  // Not listening on port 80 is allowed ("if you are listening on port 80").
  const first = hops?.[0]
  if (!hops || !first) return []
  const unmet: Array<{ expected: string; actual: string | null; message: string }> = []
  const to = redirectTarget(first)
  const from = new URL(first.url)
  const expected = `a redirect to https://${from.host}/…`
  if (to === undefined) {
    unmet.push({
      expected,
      actual: `${first.status} without a redirect`,
      message: `http:// answers ${first.status} instead of redirecting to https:// on the same host`
    })
    return unmet
  }
  const target = new URL(to)
  if (target.protocol !== 'https:' || target.hostname !== from.hostname) {
    unmet.push({
      expected,
      actual: to,
      message: `http:// first redirects to ${to}; hstspreload.org requires the first redirect to go to https:// on the same host, so the browser sees this host's HSTS header`
    })
  } else {
    const landing = hops[1]
    if (landing && stsOf(landing).length === 0)
      unmet.push({
        expected: 'Strict-Transport-Security on the https:// response the redirect leads to',
        actual: null,
        message: `${landing.url}, where http:// redirects, sends no Strict-Transport-Security header`
      })
  }
  const count = redirects(hops)
  if (count > PRELOAD_MAX_REDIRECTS)
    unmet.push({
      expected: `at most ${PRELOAD_MAX_REDIRECTS} redirects`,
      actual: `${count} redirects`,
      message: `http:// takes ${count} redirects; hstspreload.org allows at most ${PRELOAD_MAX_REDIRECTS}`
    })
  return unmet
}
