// Checks on header values: the characters HTTP allows, then the syntax of the security headers
// whose grammar we know. Each finding carries the offset of the offending text in the value so
// the diagnostic lands on it. Values are data: they are split and compared, never evaluated.
import { checkCsp, parseCspLocated } from './csp.js'
import { parseHsts } from './hsts.js'
import { SfSyntaxError, parseSfDictionary } from './structured-fields.js'
import { closest } from '../suggest.js'

export interface ValueFinding {
  severity: 'error' | 'warning'
  rule: string
  message: string
  /** UTF-16 offset in the value; absent: the value as a whole. */
  offset?: number
}

const CHAR_NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xa0: 'NO-BREAK SPACE',
  0x200b: 'ZERO WIDTH SPACE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE'
}

/** `U+000A LINE FEED`, `U+00E9` */
export function describeCodePoint(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0')
  const name = CHAR_NAMES[codePoint]
  return name ? `U+${hex} ${name}` : `U+${hex}`
}

/**
 * The first character a header value may not hold: only visible ASCII, space and tab travel
 * safely (RFC 9110 5.5; CR, LF and NUL must be rejected, obs-text is not portable).
 */
export function firstBadValueChar(
  value: string
): { offset: number; codePoint: number } | undefined {
  for (let offset = 0; offset < value.length; offset++) {
    const code = value.charCodeAt(offset)
    if (code === 0x09 || (code >= 0x20 && code <= 0x7e)) continue
    return { offset, codePoint: value.codePointAt(offset) ?? code }
  }
  return undefined
}

export function checkValueChars(value: string): ValueFinding[] {
  const bad = firstBadValueChar(value)
  if (!bad) return []
  const trailingNewline = bad.codePoint === 0x0a && bad.offset === value.length - 1
  const hint = trailingNewline
    ? " (a YAML block scalar keeps its final newline: write '>-' or '|-' to strip it)"
    : bad.codePoint === 0x0a || bad.codePoint === 0x0d
      ? ' (a line break in a header value would let it inject headers)'
      : ''
  return [
    {
      severity: 'error',
      rule: 'header-value-chars',
      message: `header value contains ${describeCodePoint(bad.codePoint)} at offset ${bad.offset}: only visible ASCII, space and tab are allowed${hint}`,
      offset: bad.offset
    }
  ]
}

/** Every check on one header value, by lowercase header name. */
export function checkHeaderValue(name: string, value: string): ValueFinding[] {
  const chars = checkValueChars(value)
  if (chars.length > 0) return chars
  const findings: ValueFinding[] = []
  if (value.trim() === '') {
    findings.push({
      severity: 'warning',
      rule: 'header-value-empty',
      message: `${name} has an empty value`
    })
    return findings
  }
  const syntax = Object.hasOwn(SYNTAX_CHECKS, name) ? SYNTAX_CHECKS[name] : undefined
  if (syntax) findings.push(...syntax(value))
  return findings
}

type SyntaxCheck = (value: string) => ValueFinding[]

function enumCheck(
  header: string,
  allowed: readonly string[],
  options: { caseInsensitive?: boolean } = {}
): SyntaxCheck {
  return (value) => {
    // Structured-field parameters (`same-origin; report-to="x"`) are allowed after the token.
    const token = value.split(';')[0]!.trim()
    const compare = options.caseInsensitive ? token.toLowerCase() : token
    if (allowed.includes(compare)) return []
    const typo = closest(compare, allowed)
    const hint = typo ? `; did you mean '${typo}'?` : ''
    return [
      {
        severity: 'error',
        rule: 'header-enum',
        message: `${header} must be one of ${allowed.join(', ')}, not '${token}'${hint}`,
        offset: value.indexOf(token)
      }
    ]
  }
}

const REFERRER_POLICIES = [
  'no-referrer',
  'no-referrer-when-downgrade',
  'origin',
  'origin-when-cross-origin',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url'
]

function checkReferrerPolicy(value: string): ValueFinding[] {
  const findings: ValueFinding[] = []
  let offset = 0
  for (const part of value.split(',')) {
    const token = part.trim()
    const at = offset + part.indexOf(token)
    offset += part.length + 1
    if (!token) continue
    const lower = token.toLowerCase()
    if (!REFERRER_POLICIES.includes(lower)) {
      const typo = closest(lower, REFERRER_POLICIES)
      findings.push({
        severity: 'error',
        rule: 'header-enum',
        message: `'${token}' is not a Referrer-Policy${typo ? `; did you mean '${typo}'?` : ` (allowed: ${REFERRER_POLICIES.join(', ')})`}`,
        offset: at
      })
    } else if (lower === 'unsafe-url') {
      findings.push({
        severity: 'warning',
        rule: 'referrer-policy-unsafe',
        message:
          "Referrer-Policy 'unsafe-url' sends full URLs, paths and queries included, to every site, even over plain HTTP",
        offset: at
      })
    }
  }
  return findings
}

function checkXFrameOptions(value: string): ValueFinding[] {
  const token = value.trim().toUpperCase()
  if (token === 'DENY' || token === 'SAMEORIGIN') return []
  if (token.startsWith('ALLOW-FROM')) {
    return [
      {
        severity: 'warning',
        rule: 'x-frame-options-obsolete',
        message:
          'X-Frame-Options ALLOW-FROM is obsolete and ignored by current browsers (the page is then framable by anyone): use CSP frame-ancestors'
      }
    ]
  }
  return enumCheck('X-Frame-Options', ['DENY', 'SAMEORIGIN'])(value.trim().toUpperCase()).map(
    (f) => ({
      ...f,
      offset: value.indexOf(value.trim())
    })
  )
}

function checkHstsValue(value: string): ValueFinding[] {
  const info = parseHsts(value)
  const findings: ValueFinding[] = info.problems.map((problem) => ({
    severity: 'error' as const,
    rule: 'hsts-syntax',
    message: `Strict-Transport-Security: ${problem}`
  }))
  if (info.preload && (!info.includeSubDomains || (info.maxAge ?? 0) < 31536000)) {
    findings.push({
      severity: 'warning',
      rule: 'hsts-preload',
      message:
        'Strict-Transport-Security preload needs includeSubDomains and max-age >= 31536000 (one year) to be accepted by the HSTS preload list',
      offset: value.toLowerCase().indexOf('preload')
    })
  }
  if (info.maxAge === 0) {
    findings.push({
      severity: 'warning',
      rule: 'hsts-max-age-zero',
      message: 'Strict-Transport-Security max-age=0 tells browsers to forget HSTS for this host'
    })
  }
  return findings
}

function checkCspString(value: string): ValueFinding[] {
  const directives = parseCspLocated(value)
  return checkCsp(directives).map((f) => {
    const d = directives[f.directive]
    const offset =
      d === undefined ? undefined : f.value === undefined ? d.nameOffset : d.valueOffsets[f.value]
    return {
      severity: f.severity,
      rule: f.rule,
      message: f.message,
      ...(offset === undefined ? {} : { offset })
    }
  })
}

/** Features browsers know (Permissions-Policy registry and Chrome's list), lowercase. */
const PERMISSIONS_FEATURES = [
  'accelerometer',
  'ambient-light-sensor',
  'attribution-reporting',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'captured-surface-control',
  'ch-ua',
  'clipboard-read',
  'clipboard-write',
  'compute-pressure',
  'cross-origin-isolated',
  'deferred-fetch',
  'digital-credentials-get',
  'direct-sockets',
  'display-capture',
  'document-domain',
  'encrypted-media',
  'execution-while-not-rendered',
  'execution-while-out-of-viewport',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'interest-cohort',
  'join-ad-interest-group',
  'keyboard-map',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'private-state-token-issuance',
  'private-state-token-redemption',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'run-ad-auction',
  'screen-wake-lock',
  'serial',
  'shared-autofill',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'sync-xhr',
  'unload',
  'usb',
  'vertical-scroll',
  'web-share',
  'window-management',
  'xr-spatial-tracking'
]

function checkPermissionsPolicy(value: string): ValueFinding[] {
  let members
  try {
    members = parseSfDictionary(value)
  } catch (error) {
    if (!(error instanceof SfSyntaxError)) throw error
    const featurePolicyStyle = /^\s*[a-z-]+\s+'/.test(value)
    const hint = featurePolicyStyle
      ? ' (that is Feature-Policy syntax; Permissions-Policy is written camera=(), geolocation=(self))'
      : ''
    return [
      {
        severity: 'error',
        rule: 'permissions-policy-syntax',
        message: `Permissions-Policy is a structured-field dictionary such as camera=(), geolocation=(self "https://maps.example"): ${error.message} at offset ${error.offset}${hint}`,
        offset: error.offset
      }
    ]
  }
  const findings: ValueFinding[] = []
  for (const member of members) {
    if (!PERMISSIONS_FEATURES.includes(member.key)) {
      const typo = closest(member.key, PERMISSIONS_FEATURES)
      if (typo) {
        findings.push({
          severity: 'warning',
          rule: 'permissions-policy-feature',
          message: `unknown Permissions-Policy feature '${member.key}'; did you mean '${typo}'?`,
          offset: member.offset
        })
      }
    }
    if (member.bare) {
      findings.push({
        severity: 'error',
        rule: 'permissions-policy-syntax',
        message: `Permissions-Policy '${member.key}' has no allowlist: write ${member.key}=() to disable it or ${member.key}=(self) to allow this origin`,
        offset: member.offset
      })
      continue
    }
    if (!('list' in member.value)) {
      const { item, offset } = member.value
      if (item.kind === 'token' && (item.value === '*' || item.value === 'self')) continue
      findings.push({
        severity: 'error',
        rule: 'permissions-policy-syntax',
        message: `Permissions-Policy '${member.key}' needs its allowlist in parentheses, e.g. ${member.key}=() or ${member.key}=(self)`,
        offset
      })
      continue
    }
    const items = member.value.list
    for (const { item, offset } of items) {
      if (item.kind === 'string') continue
      if (item.kind === 'token' && ['self', '*', 'src'].includes(item.value)) continue
      const text = item.kind === 'token' ? item.value : String(item.value)
      const hint =
        item.kind === 'token' && /[:.]/.test(text)
          ? `: origins are quoted strings, write "${text}"`
          : `: allowlist items are self, *, src or a quoted origin such as "https://example.com"`
      findings.push({
        severity: item.kind === 'token' && /^'?self'?$/i.test(text) ? 'warning' : 'error',
        rule: 'permissions-policy-allowlist',
        message: `'${text}' in Permissions-Policy ${member.key}${hint}`,
        offset
      })
    }
  }
  return findings
}

function checkXXssProtection(value: string): ValueFinding[] {
  if (value.trim() === '0') return []
  return [
    {
      severity: 'warning',
      rule: 'x-xss-protection',
      message:
        "X-XSS-Protection should be '0': browsers removed the XSS auditor, and where it remains it can be abused to leak data"
    }
  ]
}

const SYNTAX_CHECKS: Record<string, SyntaxCheck> = {
  'content-security-policy': checkCspString,
  'content-security-policy-report-only': checkCspString,
  'strict-transport-security': checkHstsValue,
  'permissions-policy': checkPermissionsPolicy,
  'referrer-policy': checkReferrerPolicy,
  'x-frame-options': checkXFrameOptions,
  'x-content-type-options': enumCheck('X-Content-Type-Options', ['nosniff'], {
    caseInsensitive: true
  }),
  'cross-origin-opener-policy': enumCheck('Cross-Origin-Opener-Policy', [
    'same-origin',
    'same-origin-allow-popups',
    'noopener-allow-popups',
    'unsafe-none'
  ]),
  'cross-origin-opener-policy-report-only': enumCheck('Cross-Origin-Opener-Policy-Report-Only', [
    'same-origin',
    'same-origin-allow-popups',
    'noopener-allow-popups',
    'unsafe-none'
  ]),
  'cross-origin-embedder-policy': enumCheck('Cross-Origin-Embedder-Policy', [
    'require-corp',
    'credentialless',
    'unsafe-none'
  ]),
  'cross-origin-embedder-policy-report-only': enumCheck(
    'Cross-Origin-Embedder-Policy-Report-Only',
    ['require-corp', 'credentialless', 'unsafe-none']
  ),
  'cross-origin-resource-policy': enumCheck('Cross-Origin-Resource-Policy', [
    'same-origin',
    'same-site',
    'cross-origin'
  ]),
  'x-permitted-cross-domain-policies': enumCheck('X-Permitted-Cross-Domain-Policies', [
    'none',
    'master-only',
    'by-content-type',
    'by-ftp-filename',
    'all',
    'none-this-response'
  ]),
  'x-dns-prefetch-control': enumCheck('X-DNS-Prefetch-Control', ['on', 'off'], {
    caseInsensitive: true
  }),
  'origin-agent-cluster': enumCheck('Origin-Agent-Cluster', ['?1', '?0']),
  'x-xss-protection': checkXXssProtection
}
