// Presets a policy can extend. A policy overrides a preset header by header (null cancels one).
// Presets never touch a header Lambda@Edge forbids or makes read-only (a test holds them to it).
import type { PresetName } from './types.js'

export interface PresetDefinition {
  /** Lowercase name -> value. */
  headers: Readonly<Record<string, string>>
  /** Lowercase names; a trailing `*` is a prefix. */
  remove: readonly string[]
}

/**
 * OWASP Secure Headers Project, ci/headers_remove.json (last_update_utc 2024-09-02). Families
 * the project lists header by header (X-Envoy-Attempt-Count, X-Envoy-Internal, ...) are written
 * as one prefix remove, so new members of the family go too.
 */
const OWASP_REMOVE = [
  '$wsep',
  'host-header',
  'k-proxy-request',
  'liferay-portal',
  'oraclecommercecloud-version',
  'pega-host',
  'powered-by',
  'product',
  'server',
  'sourcemap',
  'x-aspnet-version',
  'x-aspnetmvc-version',
  'x-atmosphere-*',
  'x-b3-*',
  'x-beserver',
  'x-calculatedbetarget',
  'x-cf-powered-by',
  'x-cms',
  'x-cocoon-version',
  'x-content-encoded-by',
  'x-diaginfo',
  'x-dt*',
  'x-envoy-*',
  'x-feserver',
  'x-framework',
  'x-generated-by',
  'x-generator',
  'x-jitsi-release',
  'x-joomla-version',
  'x-kubernetes-pf-*',
  'x-litespeed-*',
  'x-mod-pagespeed',
  'x-nextjs-*',
  'x-old-content-length',
  'x-oneagent-js-injection',
  'x-owa-version',
  'x-page-speed',
  'x-php-version',
  'x-powered-by*',
  'x-powered-cms',
  'x-redirect-by',
  'x-ruxit-js-agent',
  'x-server-powered-by',
  'x-sourcefiles',
  'x-sourcemap',
  'x-turbo-charged-by',
  'x-umbraco-version',
  'x-varnish-*'
]

/** Every feature the OWASP value lists, all disabled except sync-xhr for the page itself. */
const OWASP_PERMISSIONS_POLICY =
  'accelerometer=(), autoplay=(), camera=(), cross-origin-isolated=(), display-capture=(), ' +
  'encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), keyboard-map=(), ' +
  'magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), ' +
  'publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(self), usb=(), web-share=(), ' +
  'xr-spatial-tracking=(), clipboard-read=(), clipboard-write=(), gamepad=(), hid=(), ' +
  'idle-detection=(), interest-cohort=(), serial=(), unload=()'

/**
 * OWASP Secure Headers Project, ci/headers_add.json (last_update_utc 2024-09-02), with three
 * deliberate differences:
 * - Cache-Control `no-store, max-age=0` is left out: on a CDN it disables caching for every
 *   object, which defeats CloudFront and multiplies origin load and cost. Caching is the
 *   origin's decision; a policy can still set it per path.
 * - Clear-Site-Data `"cache","cookies","storage"` is left out: it is meant for a logout
 *   response; sent on every page it wipes the visitor's storage and cookies on each load.
 * - The CSP drops `block-all-mixed-content` (deprecated: browsers ignore it and
 *   upgrade-insecure-requests covers it) and adds `base-uri 'self'`, as the project's later
 *   recommendation (copied by humble's owasp_best_practices.txt) does.
 */
const OWASP: PresetDefinition = {
  headers: {
    'content-security-policy':
      "default-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; upgrade-insecure-requests",
    'cross-origin-embedder-policy': 'require-corp',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': OWASP_PERMISSIONS_POLICY,
    'referrer-policy': 'no-referrer',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'x-permitted-cross-domain-policies': 'none'
  },
  remove: OWASP_REMOVE
}

/**
 * The strictest values a static site (HTML, CSS, images and its own scripts, all from its own
 * origin) can take: nothing from elsewhere, no inline code, no framing, no powerful features,
 * HSTS for two years with preload (only effective once the domain is submitted to
 * hstspreload.org, but the header says the site is ready for it).
 */
const STRICT: PresetDefinition = {
  headers: {
    'content-security-policy':
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
      "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; " +
      "frame-ancestors 'none'; object-src 'none'; upgrade-insecure-requests; " +
      "require-trusted-types-for 'script'; trusted-types 'none'",
    'cross-origin-embedder-policy': 'require-corp',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'permissions-policy': OWASP_PERMISSIONS_POLICY.replace('sync-xhr=(self)', 'sync-xhr=()'),
    'referrer-policy': 'no-referrer',
    'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-frame-options': 'DENY',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0'
  },
  remove: OWASP_REMOVE
}

export const PRESETS: Readonly<Record<PresetName, PresetDefinition>> = {
  owasp: OWASP,
  strict: STRICT,
  none: { headers: {}, remove: [] }
}
