// The Observatory's cookies test (src/analyzer/tests/cookies.js).
import { all, type GradeInput, type ObservatoryTest, test } from './common.js'
import { COOKIE_SEVERITY } from './scoring.js'

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

export function cookiesTest(input: GradeInput, hstsPasses: boolean): ObservatoryTest {
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
