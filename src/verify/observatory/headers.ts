// The Observatory's one-header tests (src/analyzer/tests/*.js): HSTS, redirection,
// Referrer-Policy, X-Content-Type-Options, X-Frame-Options, CORP, COOP, COEP, CORS.
import type { ObservedResponse } from '../types.js'
import { all, folded, type ObservatoryTest, test } from './common.js'

/** A structured-field token with optional parameters (`same-origin; report-to="x"`). */
function sfToken(value: string): string | undefined {
  const token = value.split(';')[0]?.trim() ?? ''
  return /^[A-Za-z*][A-Za-z0-9!#$%&'*+.^_`|~:/-]*$/.test(token) ? token : undefined
}

export function hstsTest(https: ObservedResponse | undefined): ObservatoryTest {
  const name = 'strict-transport-security'
  if (!https) return test(name, 'hsts-not-implemented-no-https', false)
  // The Observatory's HTTP client joins repeated instances with ', ' (as fetch does), so two
  // HSTS lines read as one value with a comma: invalid, like any HSTS value with a comma.
  const header = folded(https, 'strict-transport-security')
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

export function redirectionTest(httpChain: ObservedResponse[] | undefined): ObservatoryTest {
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

export function referrerTest(response: ObservedResponse): ObservatoryTest {
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

export function xctoTest(response: ObservedResponse): ObservatoryTest {
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

export function xfoTest(
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

export function corpTest(response: ObservedResponse): ObservatoryTest {
  const name = 'cross-origin-resource-policy'
  const header = folded(response, 'cross-origin-resource-policy')
  if (header === undefined) return test(name, 'corp-not-implemented', true)
  const value = header.slice(0, 256).trim().toLowerCase()
  const results: Record<string, string> = {
    'same-site': 'corp-implemented-with-same-site',
    'same-origin': 'corp-implemented-with-same-origin',
    'cross-origin': 'corp-implemented-with-cross-origin'
  }
  const result =
    (Object.hasOwn(results, value) ? results[value] : undefined) ?? 'corp-header-invalid'
  return test(name, result, result !== 'corp-header-invalid')
}

/** COOP and COEP share a shape: one token out of a known set, a second instance is invalid. */
export function tokenPolicyTest(
  response: ObservedResponse,
  header: string,
  prefix: 'coop' | 'coep',
  known: Record<string, string>
): ObservatoryTest {
  const values = all(response, header)
  if (values.length === 0) return test(header, `${prefix}-not-implemented`, true)
  const token = values.length > 1 ? undefined : sfToken(values[0]!.slice(0, 1024).trim())
  const suffix = token !== undefined && Object.hasOwn(known, token) ? known[token] : undefined
  const result = suffix ? `${prefix}-implemented-with-${suffix}` : `${prefix}-header-invalid`
  return test(header, result, suffix !== undefined)
}

export function corsTest(response: ObservedResponse): ObservatoryTest {
  const name = 'cross-origin-resource-sharing'
  const acao = folded(response, 'access-control-allow-origin')?.trim()
  if (acao === '*')
    return test(name, 'cross-origin-resource-sharing-implemented-with-public-access', true)
  // Telling restricted from universal (reflected Origin + credentials, -50) needs a request
  // with a forged Origin header: not sent, not scored.
  return test(name, 'cross-origin-resource-sharing-not-implemented', true, acao === undefined)
}
