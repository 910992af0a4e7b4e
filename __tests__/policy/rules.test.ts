// One test per rule, each asserting the line and column the diagnostic points at.
import { describe, expect, it } from '@jest/globals'
import { expectDiagnostic, load, rulesOf } from './helpers.js'

const v1 = 'version: 1\n'

describe('syntax and structure', () => {
  it('reports a duplicate key at the second key, naming the first line', () => {
    const d = expectDiagnostic(`${v1}headers:\n  a: x\n  b: y\n  a: z\n`, 'duplicate-key', 5, 3)
    expect(d.message).toContain("duplicate key 'a' (first at line 3)")
  })

  it('reports duplicate keys in JSON files too', () => {
    const { diagnostics } = load('{"version": 1,\n "version": 1}', 'p.json')
    expect(diagnostics[0]).toMatchObject({ rule: 'duplicate-key', pos: { line: 2, col: 2 } })
  })

  it('positions JSON syntax errors', () => {
    const { diagnostics } = load('{\n  "version": 1,\n}\n', 'p.json')
    expect(diagnostics[0]).toMatchObject({ rule: 'json-syntax', pos: { line: 3, col: 1 } })
  })

  it('points an unclosed quote at the quote that opened it', () => {
    expectDiagnostic(`${v1}headers:\n  x-a: "abc\n`, 'yaml-syntax', 3, 8)
  })

  it('rejects YAML tags', () => {
    expectDiagnostic(`${v1}headers:\n  x-a: !env SECRET\n`, 'yaml-tag', 3, 8)
  })

  it('stops alias bombs instead of expanding them', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 8; i++)
      bomb.push(
        `${'abcdefgh'[i]}: &${'abcdefgh'[i]} [${Array(10)
          .fill(`*${'abcdefgh'[i - 1]}`)
          .join(', ')}]`
      )
    const { diagnostics } = load(`${v1}${bomb.join('\n')}\n`)
    expect(diagnostics.some((d) => d.rule === 'yaml-syntax' && /alias/i.test(d.message))).toBe(true)
  })

  it('requires version, at the top of the file', () => {
    expectDiagnostic('extends: owasp\n', 'schema-required', 1, 1)
  })

  it('suggests the closest key for an unknown key, at the key', () => {
    const d = expectDiagnostic(`${v1}lambda:\n  fucntion: edge\n`, 'schema-unknown-key', 3, 3)
    expect(d.message).toBe("unknown key 'fucntion' in 'lambda'; did you mean 'function'?")
  })

  it('lists the allowed keys when nothing is close', () => {
    const d = expectDiagnostic(
      `${v1}headers:\n  x-a:\n    value: b\n    zzz: 1\n`,
      'schema-unknown-key',
      5,
      5
    )
    expect(d.message).toContain('allowed: value, override, when')
  })

  it('describes type errors with the value found', () => {
    const d = expectDiagnostic(`${v1}lambda:\n  memory: lots\n`, 'schema-type', 3, 11)
    expect(d.message).toBe(`'lambda.memory' must be a whole number, not the string "lots"`)
  })

  it('checks enumerations with a suggestion', () => {
    const d = expectDiagnostic(`${v1}extends: stirct\n`, 'schema-enum', 2, 10)
    expect(d.message).toContain("did you mean 'strict'?")
  })

  it('explains patterns by what is expected', () => {
    const d = expectDiagnostic(
      `${v1}cloudfront:\n  distribution: [EDFDVBD6EXAMPLE, nope]\n`,
      'schema-pattern',
      3,
      35
    )
    expect(d.message).toContain('a CloudFront distribution id')
    expectDiagnostic(`${v1}lambda:\n  role: arn:aws:iam::1:role/x\n`, 'schema-pattern', 3, 9)
  })

  it('checks ranges', () => {
    expectDiagnostic(`${v1}lambda:\n  timeout: 31\n`, 'schema-range', 3, 12)
    expectDiagnostic(`${v1}lambda:\n  memory: 127\n`, 'schema-range', 3, 11)
  })

  it('reports every problem in one run', () => {
    const rules = rulesOf(
      `${v1}extends: x\nlambda:\n  memory: 1\nheaders:\n  via: a\n  x-b: "c\\nd"\n`
    )
    expect(rules).toEqual(['schema-enum', 'schema-range', 'edge-read-only', 'header-value-chars'])
  })
})

describe('header names', () => {
  it('requires RFC 9110 tokens and names the character', () => {
    const d = expectDiagnostic(`${v1}headers:\n  "x a": b\n`, 'header-name-token', 3, 3)
    expect(d.message).toContain('U+0020 at offset 1')
  })

  it('refuses headers Lambda@Edge disallows, saying CloudFront answers 502', () => {
    const d = expectDiagnostic(
      `${v1}headers:\n  X-Forwarded-Proto: https\n`,
      'edge-disallowed',
      3,
      3
    )
    expect(d.message).toContain('502')
    expectDiagnostic(`${v1}headers:\n  x-edge-location: a\n`, 'edge-disallowed', 3, 3)
    expectDiagnostic(`${v1}remove: [keep-alive]\n`, 'edge-disallowed', 2, 10)
  })

  it('refuses read-only headers for set, remove and covering prefixes', () => {
    expectDiagnostic(`${v1}headers:\n  Transfer-Encoding: chunked\n`, 'edge-read-only', 3, 3)
    expectDiagnostic(`${v1}remove:\n  - via\n`, 'edge-read-only', 3, 5)
    expectDiagnostic(`${v1}remove:\n  - tra*\n`, 'edge-read-only', 3, 5)
  })

  it('treats names case-insensitively: a second spelling is a duplicate', () => {
    expectDiagnostic(`${v1}headers:\n  x-a: b\n  X-A: c\n`, 'duplicate-header', 4, 3)
  })

  it('warns about near misses of well-known headers', () => {
    const d = expectDiagnostic(
      `${v1}headers:\n  x-frame-option: DENY\n`,
      'header-name-typo',
      3,
      3,
      'warning'
    )
    expect(d.message).toContain("did you mean 'x-frame-options'?")
  })

  it('supports only a trailing * in remove patterns', () => {
    expectDiagnostic(`${v1}remove: ['x-*-id']\n`, 'remove-pattern', 2, 10)
  })

  it('warns about a duplicate remove entry', () => {
    expectDiagnostic(`${v1}remove: [server, Server]\n`, 'duplicate-remove', 2, 18, 'warning')
  })
})

describe('header values', () => {
  it('names a forbidden character and its offset, at the character', () => {
    const d = expectDiagnostic(`${v1}headers:\n  x-a: "ab\\u2028"\n`, 'header-value-chars', 3, 8)
    expect(d.message).toContain('U+2028 LINE SEPARATOR at offset 2')
    const plain = expectDiagnostic(
      `${v1}headers:\n  x-a: ab\u00e9cd\n`,
      'header-value-chars',
      3,
      10
    )
    expect(plain.message).toContain('U+00E9 at offset 2')
  })

  it('explains the trailing newline of a block scalar', () => {
    const d = expectDiagnostic(`${v1}headers:\n  x-a: |\n    abc\n`, 'header-value-chars', 3, 8)
    expect(d.message).toContain("'>-'")
  })

  it('warns about empty values', () => {
    expectDiagnostic(`${v1}headers:\n  x-a: ''\n`, 'header-value-empty', 3, 8, 'warning')
  })

  it('needs a value (or directives for CSP) in the object form', () => {
    expectDiagnostic(`${v1}headers:\n  x-a: { override: false }\n`, 'header-value-form', 3, 3)
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy:\n    value: "default-src 'self'"\n    directives: { default-src: [] }\n`,
      'header-value-form',
      5,
      5
    )
  })

  it('checks HSTS syntax and the preload requirements', () => {
    expectDiagnostic(
      `${v1}headers:\n  strict-transport-security: max-age=abc\n`,
      'hsts-syntax',
      3,
      30
    )
    const d = expectDiagnostic(
      `${v1}headers:\n  strict-transport-security: max-age=600; preload\n`,
      'hsts-preload',
      3,
      43,
      'warning'
    )
    expect(d.message).toContain('includeSubDomains and max-age >= 31536000')
    expectDiagnostic(
      `${v1}headers:\n  strict-transport-security: max-age=0\n`,
      'hsts-max-age-zero',
      3,
      30,
      'warning'
    )
  })

  it('checks CSP directive names, at the directive', () => {
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy: "default-src 'self'; img-scr *"\n`,
      'csp-directive-unknown',
      3,
      49
    )
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy: "made-up-thing x"\n`,
      'csp-directive-unknown',
      3,
      29,
      'warning'
    )
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy: "default-src 'self'; block-all-mixed-content"\n`,
      'csp-directive-deprecated',
      3,
      49,
      'warning'
    )
  })

  it('warns about unquoted keywords with the fix, at the keyword', () => {
    const d = expectDiagnostic(
      `${v1}headers:\n  content-security-policy: "default-src self"\n`,
      'csp-keyword-quotes',
      3,
      41,
      'warning'
    )
    expect(d.message).toContain(`write "'self'"`)
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy:\n    directives:\n      script-src: [none]\n`,
      'csp-keyword-quotes',
      5,
      20,
      'warning'
    )
  })

  it("warns about 'unsafe-eval' in script directives, unknown quoted keywords, 'none' with others", () => {
    // 'unsafe-inline' is Google's CSP Evaluator's judgement while it is on; headerguard's own
    // when it is off (__tests__/policy/csp-advice.test.ts).
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy: "script-src 'unsafe-eval'"\n`,
      'csp-unsafe',
      3,
      40,
      'warning'
    )
    expect(
      rulesOf(`${v1}headers:\n  content-security-policy: "script-src 'unsafe-inline'"\n`)
    ).not.toContain('csp-unsafe')
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy: "img-src 'slef'"\n`,
      'csp-source-syntax',
      3,
      37,
      'warning'
    )
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy: "img-src 'none' data:"\n`,
      'csp-none-combined',
      3,
      37,
      'warning'
    )
  })

  it('warns about duplicate directives and values on valueless ones', () => {
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy: "img-src 'self'; img-src *"\n`,
      'csp-duplicate-directive',
      3,
      45,
      'warning'
    )
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy: "upgrade-insecure-requests yes"\n`,
      'csp-unexpected-value',
      3,
      55,
      'warning'
    )
  })

  it('parses Permissions-Policy as a structured-field dictionary', () => {
    expectDiagnostic(
      `${v1}headers:\n  permissions-policy: "camera=(), geolocation=(self"\n`,
      'permissions-policy-syntax',
      3,
      52
    )
    const d = expectDiagnostic(
      `${v1}headers:\n  permissions-policy: geolocation=(self https://a.example)\n`,
      'permissions-policy-allowlist',
      3,
      41
    )
    expect(d.message).toContain('"https://a.example"')
    expectDiagnostic(
      `${v1}headers:\n  permissions-policy: camra=()\n`,
      'permissions-policy-feature',
      3,
      23,
      'warning'
    )
  })

  it('checks known enumerations', () => {
    expectDiagnostic(
      `${v1}headers:\n  referrer-policy: no-referrer, origin-when-crossorigin\n`,
      'header-enum',
      3,
      33
    )
    expectDiagnostic(
      `${v1}headers:\n  referrer-policy: unsafe-url\n`,
      'referrer-policy-unsafe',
      3,
      20,
      'warning'
    )
    expectDiagnostic(
      `${v1}headers:\n  x-frame-options: ALLOW-FROM https://a\n`,
      'x-frame-options-obsolete',
      3,
      20,
      'warning'
    )
    expectDiagnostic(`${v1}headers:\n  x-frame-options: sameorigins\n`, 'header-enum', 3, 20)
    expectDiagnostic(
      `${v1}headers:\n  cross-origin-opener-policy: same-site\n`,
      'header-enum',
      3,
      31
    )
    expectDiagnostic(
      `${v1}headers:\n  cross-origin-embedder-policy: require-corps\n`,
      'header-enum',
      3,
      33
    )
    expectDiagnostic(`${v1}headers:\n  cross-origin-resource-policy: none\n`, 'header-enum', 3, 33)
    expectDiagnostic(`${v1}headers:\n  x-content-type-options: nosnif\n`, 'header-enum', 3, 27)
    expectDiagnostic(
      `${v1}headers:\n  x-xss-protection: 1; mode=block\n`,
      'x-xss-protection',
      3,
      21,
      'warning'
    )
  })

  it('accepts the values browsers define', () => {
    const text = `${v1}headers:\n  x-frame-options: sameorigin\n  referrer-policy: no-referrer, strict-origin-when-cross-origin\n  cross-origin-opener-policy: same-origin-allow-popups\n  x-content-type-options: NoSniff\n  permissions-policy: fullscreen=*, camera=(), geolocation=(self "https://a.example")\n`
    expect(load(text).diagnostics).toEqual([])
  })
})

describe('sets, removes and paths', () => {
  it('refuses a header that is both set and removed', () => {
    const d = expectDiagnostic(
      `${v1}headers:\n  server: x\nremove: [Server]\n`,
      'set-and-remove',
      4,
      10
    )
    expect(d.message).toContain('set (line 3)')
    expectDiagnostic(`${v1}headers:\n  x-a-b: x\nremove: ['x-a*']\n`, 'set-and-remove', 4, 10)
  })

  it('warns when null cancels nothing', () => {
    expectDiagnostic(`${v1}headers:\n  x-frame-options: null\n`, 'null-no-effect', 3, 3, 'warning')
  })

  it('checks conditions', () => {
    expectDiagnostic(
      `${v1}headers:\n  x-a: { value: b, when: { status: [200, 2xy] } }\n`,
      'when-status',
      3,
      42
    )
    expectDiagnostic(
      `${v1}headers:\n  x-a: { value: b, when: { content-type: html } }\n`,
      'when-content-type',
      3,
      42
    )
  })

  it('requires globs to start with / or *, and visible ASCII', () => {
    expectDiagnostic(`${v1}paths:\n  - match: embed/*\n`, 'path-glob', 3, 12)
    expectDiagnostic(`${v1}paths:\n  - match: /a b\n`, 'path-glob', 3, 14)
  })

  it('warns about unreachable path entries', () => {
    expectDiagnostic(
      `${v1}paths:\n  - match: /a/*\n  - match: /a/*\n`,
      'path-unreachable',
      4,
      12,
      'warning'
    )
    expectDiagnostic(
      `${v1}paths:\n  - match: '*'\n  - match: /b\n`,
      'path-unreachable',
      4,
      12,
      'warning'
    )
  })

  it('limits the total size of added headers', () => {
    const big = 'a'.repeat(17000)
    expectDiagnostic(`${v1}headers:\n  x-a: ${big}\n`, 'header-size', 3, 3, 'warning')
    const d = expectDiagnostic(`${v1}headers:\n  x-a: ${big}\n  x-b: ${big}\n`, 'header-size', 3, 3)
    expect(d.message).toContain('34014 bytes')
    expectDiagnostic(
      `${v1}paths:\n  - match: /big\n    headers:\n      x-a: ${big}${big}\n`,
      'header-size',
      3,
      12
    )
  })
})

describe('lambda, cloudfront and verify', () => {
  it('warns that nodejs20.x is deprecated', () => {
    expectDiagnostic(
      `${v1}lambda:\n  runtime: nodejs20.x\n`,
      'lambda-runtime-deprecated',
      3,
      12,
      'warning'
    )
  })

  it('judges runtimes by the one calendar: nodejs20.x blocked, nodejs22.x and 24.x fine, default 24.x', () => {
    const { diagnostics } = load(`${v1}lambda:\n  runtime: nodejs20.x\n`)
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /^nodejs20\.x is deprecated \(Lambda refuses new functions and code updates on it\): Lambda deprecates nodejs20\.x on 2026-04-30, blocks creating functions on it from 2026-08-31 and updating them from 2026-09-30; use nodejs24\.x/
      )
    ])
    for (const runtime of ['nodejs22.x', 'nodejs24.x'])
      expect(load(`${v1}lambda:\n  runtime: ${runtime}\n`).diagnostics).toEqual([])
    expect(load(`${v1}headers:\n  x-frame-options: DENY\n`).policy?.lambda.runtime).toBe(
      'nodejs24.x'
    )
  })

  it("refuses 'all' mixed with patterns", () => {
    expectDiagnostic(`${v1}cloudfront:\n  behaviors: [all, /a/*]\n`, 'cloudfront-behaviors', 3, 14)
  })

  it('checks verify URLs and paths', () => {
    expectDiagnostic(`${v1}verify:\n  url: example.com\n`, 'verify-url', 3, 8)
    expectDiagnostic(`${v1}verify:\n  paths: [/, x]\n`, 'verify-path', 3, 14)
    expectDiagnostic(
      `${v1}verify:\n  rules:\n    server:\n      required: false\n      must-contain: [x]\n`,
      'verify-rule-contradiction',
      5,
      17,
      'warning'
    )
  })
})
