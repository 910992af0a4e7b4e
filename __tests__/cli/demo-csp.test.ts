// The demo's CSP story without a browser: its edits of the example policy (a stricter CSP,
// then the one csp-suggest wrote) give policies the checker accepts, and its copy of the
// example site points the shop page at the loopback third party, never at the internet.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  stricterCspPolicy,
  suggestedCspPolicy,
  suggestedDirectives
} from '../../src/cli/demo-policy.js'
import {
  SHOP_PAGE,
  THIRD_PARTY_DISTRIBUTION,
  THIRD_PARTY_ORIGIN,
  copySite,
  demoState,
  pointAtThirdParty
} from '../../src/cli/demo-world.js'
import { DEFAULT_DISTRIBUTION_ID } from '../../src/emulator/index.js'
import { loadPolicyText } from '../../src/policy/load.js'
import { hasErrors } from '../../src/diagnostics.js'

const EXAMPLE = readFileSync('examples/static-site.yml', 'utf8')

/** The CSP the policy makes, as the edge serves it, and the paths verify loads. */
function resolved(text: string) {
  const loaded = loadPolicyText(text, 'policy.yml')
  expect(hasErrors(loaded.diagnostics)).toBe(false)
  const csp = loaded.policy?.defaults.headers.find((h) => h.name === 'content-security-policy')
  return { csp: csp?.value, paths: loaded.policy?.verify.paths }
}

/** What csp-suggest printed on the demo's site (comments and all). */
const FRAGMENT = `# headerguard csp-suggest: what 3 page(s) of https://127.0.0.1:1 used in Chromium 150.
# Not seen: resources loaded only after user interaction
content-security-policy:
  directives:
    default-src: ["'none'"]
    script-src: ["'self'", "'sha256-NWU4n9REbWpsHuqNQUU+R4Vu1tdQZYJKf3WP4C8CzDE='", "https://127.0.0.1:2"]
    style-src: ["'self'"]
    img-src: ["'self'"]
    object-src: ["'none'"]
    base-uri: ["'none'"]
    form-action: ["'none'"]
`

describe("the demo's policy edits", () => {
  it("a stricter CSP: default-src and base-uri 'none', the rest kept; the shop page verified too", () => {
    const before = resolved(EXAMPLE)
    const after = resolved(stricterCspPolicy(EXAMPLE, SHOP_PAGE, 'example'))
    expect(before.csp).toMatch(/^default-src 'self'; /)
    expect(after.csp).toBe(
      before.csp
        ?.replace("default-src 'self'", "default-src 'none'")
        .replace("base-uri 'self'", "base-uri 'none'")
    )
    expect(after.paths).toEqual([...(before.paths ?? []), SHOP_PAGE])
    // The policy's comments survive: it is the example, edited.
    expect(stricterCspPolicy(EXAMPLE, SHOP_PAGE, 'example')).toContain(
      '# the default cache behavior'
    )
  })

  it('reads the directives of the fragment csp-suggest prints', () => {
    const directives = suggestedDirectives(FRAGMENT)
    expect([...directives.keys()]).toEqual([
      'default-src',
      'script-src',
      'style-src',
      'img-src',
      'object-src',
      'base-uri',
      'form-action'
    ])
    expect(directives.get('script-src')).toEqual([
      "'self'",
      "'sha256-NWU4n9REbWpsHuqNQUU+R4Vu1tdQZYJKf3WP4C8CzDE='",
      'https://127.0.0.1:2'
    ])
    expect(() => suggestedDirectives('headerguard csp-suggest: no browser')).toThrow(
      /no content-security-policy directives/
    )
  })

  it("the suggested CSP replaces the policy's, keeping only what no crawl can see", () => {
    const stricter = stricterCspPolicy(EXAMPLE, SHOP_PAGE, 'example')
    const { csp, paths } = resolved(
      suggestedCspPolicy(stricter, suggestedDirectives(FRAGMENT), 'example')
    )
    expect(csp).toBe(
      "default-src 'none'; script-src 'self' 'sha256-NWU4n9REbWpsHuqNQUU+R4Vu1tdQZYJKf3WP4C8CzDE=' https://127.0.0.1:2; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; upgrade-insecure-requests"
    )
    expect(paths).toContain(SHOP_PAGE)
  })

  it('says so when the policy has no CSP in the directives form', () => {
    expect(() =>
      stricterCspPolicy('version: 1\nheaders:\n  x-frame-options: DENY\n', SHOP_PAGE, 'demo')
    ).toThrow(/demo has no headers.content-security-policy.directives mapping: update the demo/)
  })
})

describe("the demo's world", () => {
  it('serves a copy of the site whose shop page loads the third party from a loopback origin', async () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'hg-demo-site-')), 'site')
    await copySite('examples/site', copy)
    const original = readFileSync(`examples/site${SHOP_PAGE}`, 'utf8')
    expect(original).toContain(`<script src="${THIRD_PARTY_ORIGIN}/checkout.js"`)
    expect(await pointAtThirdParty(copy, 'https://127.0.0.1:4567')).toBe(1)
    const shop = readFileSync(join(copy, SHOP_PAGE), 'utf8')
    expect(shop).toContain('<script src="https://127.0.0.1:4567/checkout.js"')
    expect(shop).not.toContain(THIRD_PARTY_ORIGIN)
    expect(readFileSync(join(copy, 'index.html'), 'utf8')).toBe(
      readFileSync('examples/site/index.html', 'utf8')
    )
  })

  it('the example distribution in front of the copy, the provider as a second distribution', () => {
    const state = demoState('/tmp/site-copy')
    const site = state.distributions?.find((d) => d.id === DEFAULT_DISTRIBUTION_ID)
    const provider = state.distributions?.find((d) => d.id === THIRD_PARTY_DISTRIBUTION)
    expect(site?.origins).toEqual([{ id: 'example-site', folder: '/tmp/site-copy' }])
    expect(site?.defaultBehavior?.viewerProtocolPolicy).toBe('redirect-to-https')
    expect(provider?.origins).toEqual([{ id: 'pay-provider', folder: 'examples/third-party' }])
  })
})
