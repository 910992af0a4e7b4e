// Permissions-Policy: a structured-field dictionary, feature -> allowlist (W3C Permissions
// Policy, "Structured header serialization").
import { closest } from '../suggest.js'
import { SfSyntaxError, parseSfDictionary } from './structured-fields.js'
import type { ValueFinding } from './value-chars.js'

/** Features browsers know (Permissions-Policy registry and Chrome's list), lowercase. */
export const PERMISSIONS_FEATURES = [
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

export function checkPermissionsPolicy(value: string): ValueFinding[] {
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
