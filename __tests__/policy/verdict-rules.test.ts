// Policy checks behind trustworthy verdicts (issue 14): rules the verifier could not judge,
// CSP sources that would inject directives, removals that cancel set headers, nonces, hashes,
// per-response headers, YAML tags and unreadable files.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { loadPolicy } from '../../src/policy/load.js'
import { expectDiagnostic, load } from './helpers.js'

const v1 = 'version: 1\n'

describe('verify.rules', () => {
  it('reads every drHEADer operator, severity and named cookies', () => {
    const { policy, diagnostics } = load(
      `${v1}verify:\n  rules:\n    referrer-policy: { required: optional, value: [no-referrer, strict-origin], preserve-order: true, any-of: [no-referrer, strict-origin], severity: warning }\n    set-cookie:\n      must-contain-one: [Expires, Max-Age]\n      cookies:\n        Session-Id: { required: true, must-contain: [Secure], severity: info }\n`
    )
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    const byHeader = Object.fromEntries(policy!.verify.rules.map((r) => [r.header, r]))
    expect(byHeader['referrer-policy']).toMatchObject({
      value: ['no-referrer', 'strict-origin'],
      preserveOrder: true,
      anyOf: ['no-referrer', 'strict-origin'],
      severity: 'warning'
    })
    expect(byHeader['referrer-policy']?.required).toBeUndefined()
    expect(byHeader['set-cookie']).toMatchObject({
      mustContainOne: ['Expires', 'Max-Age'],
      cookies: { 'Session-Id': { required: true, mustContain: ['Secure'], severity: 'info' } }
    })
  })

  it('refuses directives on a header that has none, at the directives key', () => {
    expectDiagnostic(
      `${v1}verify:\n  rules:\n    x-frame-options:\n      directives: { deny: { required: true } }\n`,
      'verify-rule-directives',
      5,
      7
    )
  })

  it('accepts directives on Permissions-Policy and Cache-Control', () => {
    const { diagnostics } = load(
      `${v1}verify:\n  rules:\n    permissions-policy: { directives: { camera: { value: [] } } }\n    cache-control: { directives: { max-age: { value: '0' } } }\n`
    )
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('refuses value and one-of on set-cookie, and cookies on other headers', () => {
    expectDiagnostic(
      `${v1}verify:\n  rules:\n    set-cookie: { one-of: [a] }\n`,
      'verify-rule-cookies',
      4,
      19
    )
    expectDiagnostic(
      `${v1}verify:\n  rules:\n    server: { cookies: { a: { required: true } } }\n`,
      'verify-rule-cookies',
      4,
      15
    )
  })
})

describe('CSP directives form: a source cannot carry a separator', () => {
  it("';' in a source is an error at the ';'", () => {
    const d = expectDiagnostic(
      `${v1}headers:\n  content-security-policy:\n    directives:\n      script-src: ["'self'", 'https://plausible.io; script-src *']\n`,
      'csp-source-separator',
      5,
      51
    )
    expect(d.message).toMatch(/another directive/)
  })

  it("',' and whitespace inside a list item are errors too", () => {
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy:\n    directives:\n      img-src: ['https://a.example, https://b.example']\n`,
      'csp-source-separator',
      5,
      35
    )
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy:\n    directives:\n      img-src: ["'self' data:"]\n`,
      'csp-source-separator',
      5,
      24
    )
  })

  it('a string value may still list sources separated by spaces', () => {
    const { policy } = load(
      `${v1}headers:\n  content-security-policy:\n    directives:\n      img-src: "'self' data:"\n`
    )
    expect(policy?.defaults.headers[0]?.value).toBe("img-src 'self' data:")
  })
})

describe('remove patterns that cancel set headers', () => {
  it('x-* names every preset header it cancels', () => {
    const d = expectDiagnostic(
      `${v1}extends: owasp\nremove: [x-*]\n`,
      'remove-cancels-header',
      3,
      10,
      'warning'
    )
    expect(d.message).toContain('X-Frame-Options')
    expect(d.message).toContain('X-Content-Type-Options')
  })

  it('in a path entry it names the top-level headers it cancels', () => {
    const d = expectDiagnostic(
      `${v1}headers:\n  x-frame-options: DENY\npaths:\n  - match: /a/*\n    remove: [x-f*]\n`,
      'remove-cancels-header',
      6,
      14,
      'warning'
    )
    expect(d.message).toContain('X-Frame-Options (line 3)')
  })
})

describe('nonces, hashes and per-response headers', () => {
  it('a fixed nonce is a warning at the source', () => {
    expectDiagnostic(
      `${v1}headers:\n  content-security-policy: "script-src 'nonce-r4nd0m'"\n`,
      'csp-fixed-nonce',
      3,
      40,
      'warning'
    )
  })

  it('a hash whose base64 length does not fit its algorithm is an error', () => {
    const d = expectDiagnostic(
      `${v1}headers:\n  content-security-policy: "script-src 'sha256-abc'"\n`,
      'csp-hash-syntax',
      3,
      40
    )
    expect(d.message).toMatch(/32 bytes, 44 base64 characters/)
  })

  it.each([
    ['sha256', 'RFGyFpNZcKMhUvx8wlMmjBfPEmFIyKJa6XsHS3tkoAM='],
    ['sha384', 'oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC'],
    [
      'sha512',
      'z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=='
    ]
  ])('a well-formed %s hash is accepted', (alg, digest) => {
    const { diagnostics } = load(
      `${v1}headers:\n  content-security-policy: "script-src '${alg}-${digest}'"\n`
    )
    expect(diagnostics.filter((d) => d.rule === 'csp-hash-syntax')).toEqual([])
  })

  it.each([
    'content-length',
    'content-encoding',
    'date',
    'etag',
    'content-range',
    'host',
    'last-modified',
    'age'
  ])('%s is refused with the reason', (name) => {
    const d = expectDiagnostic(`${v1}headers:\n  ${name}: x\n`, 'header-per-response', 3, 3)
    expect(d.message).toMatch(/depends on each response \(.+RFC 911\d/)
  })
})

describe('YAML tags and unreadable files', () => {
  it.each(['!!omap', '!!set', '!!str'])('%s is an error at the tag', (tag) => {
    const text =
      tag === '!!str' ? `${v1}headers:\n  x-a: ${tag} b\n` : `${v1}headers: ${tag}\n  ? x-a\n`
    const d = expectDiagnostic(text, 'yaml-tag', tag === '!!str' ? 3 : 2, tag === '!!str' ? 8 : 10)
    expect(d.message).toContain(tag)
  })

  it('a UTF-16 file gets a hint about the encoding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hg-utf16-'))
    const file = join(dir, 'p.yml')
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${v1}`, 'utf16le')]))
    const { diagnostics } = await loadPolicy(file)
    expect(diagnostics).toEqual([
      expect.objectContaining({
        rule: 'policy-file',
        message: expect.stringMatching(/UTF-16.*UTF-8/)
      })
    ])
  })

  it('a FIFO is refused, not read forever', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hg-fifo-'))
    const file = join(dir, 'p.yml')
    execFileSync('mkfifo', [file])
    const { diagnostics } = await loadPolicy(file)
    expect(diagnostics).toEqual([
      expect.objectContaining({
        rule: 'policy-file',
        message: expect.stringMatching(/not a regular file/)
      })
    ])
  })
})
