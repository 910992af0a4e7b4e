// The resolved policy: presets, merging, canonical CSP, determinism, the schema file, presets' safety.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { canonicalCsp, parseCsp, serializeCsp } from '../../src/headers/csp.js'
import {
  edgeRestriction,
  ORIGIN_RESPONSE_READ_ONLY_HEADERS
} from '../../src/headers/edge-restrictions.js'
import { findPolicyFile } from '../../src/policy/load.js'
import { formatDiagnostic, hasErrors } from '../../src/diagnostics.js'
import { canonicalHeaderKey, isToken } from '../../src/headers/header-names.js'
import { parseHsts } from '../../src/headers/hsts.js'
import { PRESETS } from '../../src/policy/presets.js'
import { POLICY_SCHEMA } from '../../src/policy/schema.js'
import { parseSfDictionary } from '../../src/headers/structured-fields.js'
import { load } from './helpers.js'

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..')

describe('CSP', () => {
  it('parses like a browser: lowercase names, whitespace tokens, first duplicate wins', () => {
    expect(parseCsp("  Default-Src  'self'\thttps://a ;; img-src *; default-src 'none';")).toEqual([
      { name: 'default-src', values: ["'self'", 'https://a'] },
      { name: 'img-src', values: ['*'] }
    ])
    expect(
      serializeCsp([
        { name: 'a', values: ['b', 'c'] },
        { name: 'd', values: [] }
      ])
    ).toBe('a b c; d')
    expect(canonicalCsp("default-src   'self' ;upgrade-insecure-requests")).toBe(
      "default-src 'self'; upgrade-insecure-requests"
    )
  })

  it('gives the same canonical value for the string and the directive-map forms', () => {
    const asString = load(
      `version: 1\nheaders:\n  content-security-policy: "default-src  'self';img-src 'self' data: ; upgrade-insecure-requests"\n`
    ).policy!
    const asMap = load(
      `version: 1\nheaders:\n  Content-Security-Policy:\n    directives:\n      default-src: ["'self'"]\n      IMG-SRC: "'self' data:"\n      upgrade-insecure-requests: true\n      frame-src: false\n`
    ).policy!
    expect(asMap.defaults.headers[0]!.value).toBe(
      "default-src 'self'; img-src 'self' data:; upgrade-insecure-requests"
    )
    expect(asString.defaults.headers[0]!.value).toBe(asMap.defaults.headers[0]!.value)
    expect(asMap.defaults.headers[0]!.key).toBe('Content-Security-Policy')
    expect(asString.hash).toBe(asMap.hash)
  })
})

describe('HSTS, structured fields, names, diagnostics', () => {
  it('parses HSTS', () => {
    expect(parseHsts('max-age="300"; includeSubDomains; PRELOAD')).toEqual({
      maxAge: 300,
      includeSubDomains: true,
      preload: true,
      problems: []
    })
    expect(parseHsts('includesubdomains').problems).toEqual([
      "max-age is required, e.g. 'max-age=31536000'"
    ])
  })

  it('parses structured-field dictionaries', () => {
    const members = parseSfDictionary(
      'camera=(), geolocation=(self "https://a"), fullscreen=*;x=1, a'
    )
    expect(members.map((m) => [m.key, m.bare])).toEqual([
      ['camera', false],
      ['geolocation', false],
      ['fullscreen', false],
      ['a', true]
    ])
    expect(() => parseSfDictionary('camera=(),')).toThrow('a trailing comma is not allowed')
  })

  it('knows header names', () => {
    expect(isToken('x-a_b.c~')).toBe(true)
    expect(isToken('x a')).toBe(false)
    expect(canonicalHeaderKey('x-xss-protection')).toBe('X-XSS-Protection')
    expect(canonicalHeaderKey('strict-transport-security')).toBe('Strict-Transport-Security')
    expect(canonicalHeaderKey('__proto__')).toBe('__proto__')
  })

  it('formats diagnostics', () => {
    const d = {
      severity: 'error' as const,
      rule: 'r',
      message: 'm',
      pos: { file: 'f.yml', line: 2, col: 3 }
    }
    expect(formatDiagnostic(d)).toBe('f.yml:2:3: error: m')
    expect(hasErrors([d])).toBe(true)
    expect(hasErrors([{ ...d, severity: 'warning' }])).toBe(false)
  })

  it('finds the policy file', () => {
    expect(findPolicyFile('/nowhere')).toBe('/nowhere/.github/security-headers.yml')
    expect(findPolicyFile('/nowhere', 'p.json')).toBe('/nowhere/p.json')
    expect(findPolicyFile('/nowhere', '/abs/p.yml')).toBe('/abs/p.yml')
  })
})

describe('resolution', () => {
  const text = `version: 1
extends: owasp
headers:
  x-frame-options: SAMEORIGIN
  cross-origin-embedder-policy: null
  server: edge
  x-a: { value: b, override: false, when: { status: [404, 2xx], content-type: [Text/HTML, text/*] } }
remove: [x-a-extra]
paths:
  - match: /embed/*
    headers:
      x-frame-options: null
      x-b: c
    remove: [x-a]
`

  it('merges presets and paths, keeps positions, sorts deterministically', () => {
    const { policy, diagnostics } = load(text)
    expect(diagnostics).toEqual([])
    const names = policy!.defaults.headers.map((h) => h.name)
    expect(names).toEqual([...names].sort())
    expect(names).not.toContain('cross-origin-embedder-policy')
    const xfo = policy!.defaults.headers.find((h) => h.name === 'x-frame-options')!
    expect(xfo).toMatchObject({
      value: 'SAMEORIGIN',
      key: 'X-Frame-Options',
      pos: { line: 4, col: 3 }
    })
    const hsts = policy!.defaults.headers.find((h) => h.name === 'strict-transport-security')!
    expect(hsts.pos).toEqual({ file: 'policy.yml', line: 2, col: 10 })
    // The user sets `server`, so the preset's removal of it is cancelled.
    expect(policy!.defaults.remove.map((r) => r.name)).not.toContain('server')
    expect(policy!.defaults.remove.map((r) => r.name)).toContain('x-powered-by*')
    const xa = policy!.defaults.headers.find((h) => h.name === 'x-a')!
    expect(xa).toMatchObject({
      override: false,
      when: {
        statuses: [
          [200, 299],
          [404, 404]
        ],
        contentTypes: ['text/*', 'text/html']
      }
    })
    const embed = policy!.paths[0]!
    expect(embed).toMatchObject({
      match: '/embed/*',
      pattern: '^\\/embed\\/.*$',
      pos: { line: 10, col: 12 }
    })
    expect(embed.headers.map((h) => h.name)).toEqual(
      expect.arrayContaining(['x-b', 'strict-transport-security'])
    )
    expect(embed.headers.map((h) => h.name)).not.toContain('x-frame-options')
    expect(embed.headers.map((h) => h.name)).not.toContain('x-a')
    expect(embed.remove.map((r) => r.name)).toContain('x-a')
  })

  it('gives the same object and hash for the same policy, and ignores positions in the hash', () => {
    const a = load(text).policy!
    const b = load(text).policy!
    expect(b).toEqual(a)
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/)
    const shifted = load(`# a comment moves every line\n${text}`).policy!
    expect(shifted.hash).toBe(a.hash)
    const changed = load(text.replace('SAMEORIGIN', 'DENY')).policy!
    expect(changed.hash).not.toBe(a.hash)
  })

  it('fills defaults for cloudfront and lambda', () => {
    const { policy } = load(
      'version: 1\ncloudfront:\n  distribution: EDFDVBD6EXAMPLE\n  behaviors: ["*"]\n'
    )
    expect(policy!.cloudfront).toMatchObject({
      distributions: ['EDFDVBD6EXAMPLE'],
      behaviors: { kind: 'default' },
      replaceForeignAssociation: false
    })
    expect(policy!.lambda).toMatchObject({ runtime: 'nodejs24.x', memory: 128, timeout: 5 })
    const patterns = load('version: 1\ncloudfront:\n  behaviors: [/a/*, /b/*]\n').policy!
    expect(patterns.cloudfront.behaviors).toEqual({ kind: 'patterns', patterns: ['/a/*', '/b/*'] })
  })

  it('turns verify rules into camelCase assertions sorted by header', () => {
    const { policy } = load(
      `version: 1\nverify:\n  url: https://a.example\n  paths: [/]\n  rules:\n    Z-b: { required: false }\n    content-security-policy:\n      must-avoid: "'unsafe-inline'"\n      directives:\n        Default-Src: { one-of: ["'self'"] }\n`
    )
    expect(policy!.verify).toMatchObject({
      urls: ['https://a.example'],
      paths: ['/'],
      rules: [
        {
          header: 'content-security-policy',
          mustAvoid: ["'unsafe-inline'"],
          directives: { 'default-src': { oneOf: ["'self'"] } }
        },
        { header: 'z-b', required: false }
      ]
    })
  })
})

describe('presets', () => {
  it.each(Object.keys(PRESETS))('%s never touches a header Lambda@Edge forbids', (name) => {
    const preset = PRESETS[name as keyof typeof PRESETS]
    for (const header of Object.keys(preset.headers))
      expect(edgeRestriction(header)).toBeUndefined()
    for (const removed of preset.remove) {
      const base = removed.replace(/\*$/, '')
      expect(edgeRestriction(base)).toBeUndefined()
      expect(
        ORIGIN_RESPONSE_READ_ONLY_HEADERS.some((h) => removed.endsWith('*') && h.startsWith(base))
      ).toBe(false)
    }
  })

  it.each(['owasp', 'strict'])('%s passes every check with no warning', (name) => {
    expect(load(`version: 1\nextends: ${name}\n`).diagnostics).toEqual([])
  })

  it('owasp leaves out what breaks a CDN-hosted site', () => {
    expect(Object.keys(PRESETS.owasp.headers)).not.toEqual(
      expect.arrayContaining(['cache-control'])
    )
    expect(Object.keys(PRESETS.owasp.headers)).not.toContain('clear-site-data')
    expect(PRESETS.owasp.remove).toEqual(
      expect.arrayContaining(['server', 'x-powered-by*', 'x-envoy-*'])
    )
  })
})

describe('the schema file', () => {
  it('is POLICY_SCHEMA written out (set UPDATE_SCHEMA=1 to rewrite it)', async () => {
    const file = join(root, 'schema', 'security-headers.schema.json')
    if (process.env.UPDATE_SCHEMA) {
      const { writeFileSync } = await import('node:fs')
      writeFileSync(file, `${JSON.stringify(POLICY_SCHEMA, null, 2)}\n`)
    }
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(POLICY_SCHEMA))
    )
  })
})
