// The CSP preview's pure parts, without a browser: browser discovery, the fix for each kind of
// violation, the counting, the browser's warnings, csp-suggest's directives and the rendering.
import { describe, expect, it } from '@jest/globals'
import { BrowserUnavailableError, findBrowser } from '../../src/csp-preview/browser.js'
import type { Browser } from 'puppeteer-core'
import { asReportOnly, previewCsp } from '../../src/csp-preview/preview.js'
import { progressLine } from '../../src/csp-preview/progress.js'
import {
  CATCH_ALL_POLICY,
  suggestDirectives,
  suggestionYaml
} from '../../src/csp-preview/suggest.js'
import type { RawViolation } from '../../src/csp-preview/types.js'
import {
  checkedDirective,
  hashSource,
  policyWarnings,
  suggestionFor,
  summarizeViolations,
  urlSource
} from '../../src/csp-preview/violations.js'
import {
  cspPreviewSection,
  previewVerdict,
  renderCspPreview
} from '../../src/report/csp-preview.js'

const PAGE = 'https://shop.example/checkout'
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"

function raw(partial: Partial<RawViolation>): RawViolation {
  return {
    directive: 'script-src-elem',
    blocked: 'inline',
    policy: POLICY,
    disposition: 'report',
    ...partial
  }
}

describe('browser discovery', () => {
  const on =
    (...paths: string[]) =>
    (p: string) =>
      paths.includes(p)

  it('takes browser-path, then CHROME_PATH, then Google Chrome, then chromium on PATH', () => {
    const all = on('/opt/x/chrome', '/env/chrome', '/usr/bin/google-chrome', '/usr/bin/chromium')
    const env = { CHROME_PATH: '/env/chrome', PATH: '/usr/local/bin:/usr/bin' }
    expect(findBrowser('/opt/x/chrome', env, 'linux', all)).toEqual({
      path: '/opt/x/chrome',
      from: 'browser-path'
    })
    expect(findBrowser(undefined, env, 'linux', all)).toEqual({
      path: '/env/chrome',
      from: 'CHROME_PATH'
    })
    expect(findBrowser(undefined, { PATH: '/usr/bin' }, 'linux', all)).toEqual({
      path: '/usr/bin/google-chrome',
      from: 'Google Chrome'
    })
    expect(findBrowser(undefined, { PATH: '/usr/bin' }, 'linux', on('/usr/bin/chromium'))).toEqual({
      path: '/usr/bin/chromium',
      from: 'PATH'
    })
    expect(
      findBrowser(
        undefined,
        {},
        'darwin',
        on('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')
      )?.from
    ).toBe('Google Chrome')
  })

  it('finds nothing when there is no browser, and refuses a browser-path that does not exist', () => {
    expect(
      findBrowser(undefined, { PATH: '/usr/bin', CHROME_PATH: '/gone' }, 'linux', on())
    ).toBeUndefined()
    expect(() => findBrowser('/no/chrome', {}, 'linux', on())).toThrow(BrowserUnavailableError)
    expect(() => findBrowser('/no/chrome', {}, 'linux', on())).toThrow(
      /browser-path '\/no\/chrome' does not exist/
    )
  })
})

describe('what to add, and where', () => {
  it('follows CSP fallback lists to the directive the browser checked', () => {
    expect(checkedDirective('script-src-elem', POLICY).name).toBe('script-src')
    expect(checkedDirective('script-src-elem', "default-src 'self'").name).toBe('default-src')
    expect(checkedDirective('worker-src', "script-src 'self'; default-src 'none'").name).toBe(
      'script-src'
    )
    expect(checkedDirective('img-src', "img-src 'none'").name).toBe('img-src')
    expect(checkedDirective('form-action', "default-src 'self'").name).toBe('form-action')
  })

  it('turns a blocked URL into the source expression that allows it', () => {
    expect(urlSource('https://shop.example/app.js', PAGE)).toBe("'self'")
    expect(urlSource('https://cdn.example:8443/lib.js?v=1', PAGE)).toBe('https://cdn.example:8443')
    expect(urlSource('data:image/png;base64,xyz', PAGE)).toBe('data:')
    expect(urlSource('blob:https://shop.example/1-2', PAGE)).toBe('blob:')
  })

  it('gives one line per kind of violation', () => {
    const hash = hashSource('alert(1)')
    expect(suggestionFor(raw({}), PAGE, hash)).toBe(`add ${hash} to script-src`)
    expect(suggestionFor(raw({ directive: 'style-src-attr' }), PAGE, hash)).toBe(
      `add 'unsafe-hashes' ${hash} to style-src, or move the style attribute into a stylesheet`
    )
    expect(suggestionFor(raw({}), PAGE, undefined)).toMatch(/move this inline script into a file/)
    expect(
      suggestionFor(raw({ directive: 'script-src', blocked: 'eval' }), PAGE, undefined)
    ).toMatch(/add 'unsafe-eval' to script-src \(weakens the policy\)/)
    expect(
      suggestionFor(raw({ directive: 'script-src', blocked: 'wasm-eval' }), PAGE, undefined)
    ).toBe("add 'wasm-unsafe-eval' to script-src")
    expect(
      suggestionFor(
        raw({
          directive: 'img-src',
          blocked: 'https://img.example/a.png',
          policy: "default-src 'self'"
        }),
        PAGE,
        undefined
      )
    ).toBe("add img-src 'self' https://img.example (it now falls back to default-src)")
  })

  it('hashes the exact text: base64 SHA-256 of its UTF-8 bytes', () => {
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='")
    expect(hashSource('é')).not.toBe(hashSource('e'))
  })
})

describe('counting violations', () => {
  it('merges repeats, keeps distinct places apart, and marks what the new policy enforces', () => {
    const eval1 = raw({ directive: 'script-src', blocked: 'eval', source: PAGE, line: 3 })
    const summary = summarizeViolations(
      [eval1, eval1, { ...eval1, line: 9 }, raw({ text: 'x()', policy: "script-src 'none'" })],
      PAGE,
      new Set([POLICY])
    )
    expect(summary.map((v) => [v.blocked, v.line, v.count, v.enforced])).toEqual([
      ['eval', 3, 2, true],
      ['eval', 9, 1, true],
      ['inline', undefined, 1, false]
    ])
    expect(summary[2]?.hash).toBe(hashSource('x()'))
  })

  it("keeps the browser's complaints about the policy, not its violation messages nor what report-only causes", () => {
    const logs = [
      { level: 'error', text: "Unrecognized Content-Security-Policy directive 'foo-src'." },
      {
        level: 'info',
        text: "Executing inline script violates the following Content Security Policy directive 'script-src 'self''. Note that 'unsafe-inline' is ignored if either a hash or nonce value is present in the source list. The policy is report-only."
      },
      {
        level: 'error',
        text: "The Content Security Policy directive 'frame-ancestors' is ignored when delivered in a report-only policy."
      },
      { level: 'error', text: 'Mixed content: something unrelated' }
    ]
    expect(policyWarnings(logs, true)).toEqual([
      "Unrecognized Content-Security-Policy directive 'foo-src'.",
      "Note that 'unsafe-inline' is ignored if either a hash or nonce value is present in the source list."
    ])
    expect(policyWarnings(logs, false)).toContain(logs[2]!.text)
  })

  it('serves every enforced CSP report-only and remembers it', () => {
    const enforced = new Set<string>()
    const headers = asReportOnly(
      {
        'content-security-policy': [POLICY],
        'content-security-policy-report-only': ['img-src *'],
        'x-a': ['1']
      },
      enforced
    )
    expect({ ...headers }).toEqual({
      'content-security-policy-report-only': [POLICY, 'img-src *'],
      'x-a': ['1']
    })
    expect([...enforced]).toEqual([POLICY])
  })
})

describe('csp-suggest directives', () => {
  const site = 'https://shop.example/'
  const usage = {
    violations: [
      { page: site, violation: raw({ text: 'init()', policy: CATCH_ALL_POLICY }) },
      {
        page: site,
        violation: raw({ blocked: 'https://shop.example/app.js', policy: CATCH_ALL_POLICY })
      },
      {
        page: site,
        violation: raw({ blocked: 'https://cdn.example/lib.js', policy: CATCH_ALL_POLICY })
      },
      {
        page: site,
        violation: raw({
          directive: 'style-src-attr',
          text: 'color: red',
          policy: CATCH_ALL_POLICY
        })
      },
      {
        page: site,
        violation: raw({
          directive: 'img-src',
          blocked: 'data:image/png;base64,AA',
          policy: CATCH_ALL_POLICY
        })
      },
      {
        page: site,
        violation: raw({
          directive: 'child-src',
          blocked: 'https://video.example/e',
          policy: CATCH_ALL_POLICY
        })
      }
    ],
    forms: [{ page: site, action: 'https://shop.example/search' }]
  }

  it('allows exactly what the pages used, with hashes for inline blocks', () => {
    const { directives } = suggestDirectives(usage, false)
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'", hashSource('init()'), 'https://cdn.example'],
      'style-src': ["'unsafe-hashes'", hashSource('color: red')],
      'img-src': ['data:'],
      'frame-src': ['https://video.example'],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"]
    })
  })

  it('--strict: strict-dynamic and hashes instead of hosts, and says what that needs', () => {
    const { directives, notes } = suggestDirectives(usage, true)
    expect(directives.get('script-src')).toEqual(["'strict-dynamic'", hashSource('init()')])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(notes.join('\n')).toMatch(/'strict-dynamic' ignores host sources: the 2 script\(s\)/)
  })

  it('prints YAML in the directives form with its comments', () => {
    const yaml = suggestionYaml(suggestDirectives(usage, false), ['first\nsecond'])
    expect(yaml.split('\n').slice(0, 5)).toEqual([
      '# first second',
      'content-security-policy:',
      '  directives:',
      `    default-src: ["'none'"]`,
      `    script-src: ["'self'", "${hashSource('init()').replace(/'/g, "'")}", "https://cdn.example"]`
    ])
  })
})

describe('the CSP preview section', () => {
  const report = {
    browser: 'Chromium 156.0',
    pages: [
      {
        url: 'https://shop.example/checkout',
        status: 200,
        violations: [
          {
            directive: 'script-src-elem',
            blocked: 'https://evil.example/@x|y.js',
            count: 2,
            suggestion: 'add https://evil.example to script-src',
            enforced: true
          },
          {
            directive: 'style-src-elem',
            blocked: 'inline',
            source: 'https://shop.example/checkout',
            line: 4,
            count: 1,
            suggestion: "add 'sha256-x' to style-src",
            enforced: true
          }
        ],
        policyWarnings: ['<img src=x onerror=alert(1)>'],
        problems: []
      },
      {
        url: 'https://shop.example/',
        status: 200,
        violations: [],
        policyWarnings: [],
        problems: []
      }
    ]
  }

  it('says what would break where, per page, with the fix, and escapes what the site said', () => {
    expect(previewVerdict(report)).toBe('the new CSP would block 2 resources on /checkout')
    const md = cspPreviewSection(report, 240)
    expect(md).toContain('### CSP preview')
    expect(md).toContain(
      '<details open><summary><code>&#47;checkout</code> (200): would block 2</summary>'
    )
    expect(md).toContain("`inline style` | `/checkout:4` | 1 | add `'sha256-x'` to `style-src` |")
    expect(md).toContain('add `https://evil.example` to `script-src`')
    expect(md).toContain('`https://evil.example/@x\\|y.js`')
    expect(md).not.toContain('<img')
    expect(md).toContain('<details><summary><code>&#47;</code> (200): nothing blocked</summary>')
    expect(renderCspPreview(report)).toContain(
      'BLOCKED   script-src-elem  https://evil.example/@x|y.js  x2'
    )
  })
})

describe('a browser that fails one page', () => {
  // A tab that will not open (a protocol call timed out on a busy machine): that page's outcome,
  // never the run's, so the pages loading beside it are kept.
  const refusing = {
    newPage: async () => {
      throw new Error('Protocol error (Target.createTarget): Target closed')
    }
  } as unknown as Browser
  const edge = { apply: async () => ({ status: 200, headers: {} }) }

  it('reports the page as not loaded, says so as it is done, and resolves', async () => {
    const lines: string[] = []
    const report = await previewCsp({
      edge,
      urls: ['https://a.example/', 'https://a.example/b'],
      browser: { browser: refusing, name: 'Chromium 1' },
      onPageDone: (done) => lines.push(progressLine(done))
    })
    expect(report.pages.map((page) => [page.url, page.error])).toEqual([
      [
        'https://a.example/',
        'the browser could not open a tab for it: Protocol error (Target.createTarget): Target closed'
      ],
      [
        'https://a.example/b',
        'the browser could not open a tab for it: Protocol error (Target.createTarget): Target closed'
      ]
    ])
    expect(lines.sort()).toEqual([
      'not loaded: https://a.example/ (reported below)',
      'not loaded: https://a.example/b (reported below)'
    ])
  })

  it('says which page loaded, with its status and time', () => {
    expect(progressLine({ url: 'https://a.example/', status: 200, ms: 812 })).toBe(
      'loaded https://a.example/ (200) in 0.8 s'
    )
  })
})
