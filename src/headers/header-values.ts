// Checks on header values: the characters HTTP allows, then the syntax of the security headers
// whose grammar we know. Each finding carries the offset of the offending text in the value so
// the diagnostic lands on it. Values are data: they are split and compared, never evaluated.
import { checkCsp, type CspCheckOptions, parseCspLocated } from './csp.js'
import { parseHsts } from './hsts.js'
import { checkPermissionsPolicy } from './permissions-policy.js'
import { closest } from '../suggest.js'
import { checkValueChars, type ValueFinding } from './value-chars.js'

export type { ValueFinding } from './value-chars.js'

/** Every check on one header value, by lowercase header name. */
export function checkHeaderValue(
  name: string,
  value: string,
  options: CspCheckOptions = {}
): ValueFinding[] {
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
  if (syntax) findings.push(...syntax(value, options))
  return findings
}

type SyntaxCheck = (value: string, options?: CspCheckOptions) => ValueFinding[]

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

function checkCspString(value: string, options: CspCheckOptions = {}): ValueFinding[] {
  const directives = parseCspLocated(value)
  return checkCsp(directives, options).map((f) => {
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
