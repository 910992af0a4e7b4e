// The built zip's handler, run through the runner, against the fixtures and the reference model.
import { describe, expect, it } from '@jest/globals'
import { makeOriginResponseEvent } from '../../src/edge-runtime/cloudfront-event.js'
import { validateOriginResponseResult } from '../../src/edge-runtime/edge-validation.js'
import { buildEdgePackage } from '../../src/compile/package.js'
import { openEdgeZip } from '../../src/edge-runtime/runner.js'
import { cf, expectedHeaders, FIXTURE_NAMES, fixture } from './helpers.js'
import { header, path, policy, remove, RICH_POLICY, SIX_HEADERS } from './policies.js'
import type { ResolvedPolicy } from '../../src/policy/types.js'

async function run(p: ResolvedPolicy, event = fixture('html-200')) {
  const fn = await openEdgeZip(buildEdgePackage(p).zip)
  const result = await fn.invoke(event)
  await fn.close()
  if (!result.response) throw new Error(`the handler failed: ${result.error}`)
  return result.response
}

const POLICIES: Record<string, ResolvedPolicy> = {
  'six headers': policy({ headers: SIX_HEADERS }),
  'paths, conditions, remove': RICH_POLICY,
  'keep origin values': policy({
    headers: SIX_HEADERS.map((h) => ({ ...h, override: false })),
    remove: remove('x-*')
  }),
  empty: policy({ headers: [] })
}

describe('the handler from the built zip', () => {
  const cases = Object.keys(POLICIES).flatMap((p) => FIXTURE_NAMES.map((f) => [p, f] as const))
  it('has all six fixtures', () => {
    expect(FIXTURE_NAMES).toEqual([
      'html-200',
      'mixed-case',
      'not-modified-304',
      'origin-csp',
      's3-404',
      'set-cookie'
    ])
  })

  it.each(cases)(
    'policy "%s" on fixture %s gives exactly the policy headers, and passes validation',
    async (name, fix) => {
      const p = POLICIES[name] as ResolvedPolicy
      const event = fixture(fix)
      const response = await run(p, fixture(fix))
      expect(response.headers).toEqual(expectedHeaders(p, event))
      expect(response.status).toBe(cf(event).response.status)
      expect(response.statusDescription).toBe(cf(event).response.statusDescription)
      expect(validateOriginResponseResult(cf(event).response, response)).toEqual([])
    }
  )

  it('sets the exact wire casing under the lowercase map key, one entry', async () => {
    const response = await run(
      policy({ headers: [header('X-XSS-Protection', '0'), header('nel', '{}')] })
    )
    expect(response.headers['x-xss-protection']).toEqual([{ key: 'X-XSS-Protection', value: '0' }])
    expect(response.headers.nel).toEqual([{ key: 'nel', value: '{}' }])
  })

  it('replaces an origin value when override is true and keeps it when false', async () => {
    const p = policy({
      headers: [
        header('Content-Security-Policy', "default-src 'none'"),
        header('Permissions-Policy', 'camera=()', { override: false }),
        header('Cross-Origin-Opener-Policy', 'same-origin', { override: false })
      ]
    })
    const response = await run(p, fixture('origin-csp'))
    expect(response.headers['content-security-policy']).toEqual([
      { key: 'Content-Security-Policy', value: "default-src 'none'" }
    ])
    expect(response.headers['permissions-policy']).toEqual([
      { key: 'Permissions-Policy', value: 'geolocation=(self)' }
    ])
    expect(response.headers['cross-origin-opener-policy']).toEqual([
      { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' }
    ])
  })

  it('removes exact names and prefixes, never via or transfer-encoding', async () => {
    const p = policy({
      headers: [],
      remove: remove('server', 'x-powered-by', 'x-amz-*', 'v*', 'transfer-*')
    })
    const html = await run(p, fixture('html-200'))
    expect(html.headers.server).toBeUndefined()
    expect(html.headers['x-powered-by']).toBeUndefined()
    expect(html.headers.via).toEqual(cf(fixture('html-200')).response.headers.via)
    expect(html.headers['transfer-encoding']).toEqual([
      { key: 'Transfer-Encoding', value: 'chunked' }
    ])
    const s3 = await run(p, fixture('s3-404'))
    expect(Object.keys(s3.headers).filter((k) => k.startsWith('x-amz-'))).toEqual([])
    expect(Object.keys(s3.headers).sort()).toEqual(['content-length', 'content-type', 'date'])
  })

  it('uses the first matching path, else the defaults', async () => {
    const p = policy({ headers: [header('X-Frame-Options', 'DENY')] }, [
      path('/embed/*', [header('X-Frame-Options', 'SAMEORIGIN')]),
      path('/embed/special', [header('X-Frame-Options', 'NEVER-REACHED')]),
      path('/file?.txt', [header('X-Frame-Options', 'ONE-CHAR')]),
      path('/exact', []),
      path('/a/*/b.(x)', [header('X-Frame-Options', 'GLOB')])
    ])
    const xfo = async (uri: string) =>
      (await run(p, makeOriginResponseEvent({ uri, status: 200 }))).headers['x-frame-options']?.[0]
        ?.value
    expect(await xfo('/embed/special')).toBe('SAMEORIGIN')
    expect(await xfo('/file1.txt')).toBe('ONE-CHAR')
    expect(await xfo('/file12.txt')).toBe('DENY')
    expect(await xfo('/exact')).toBeUndefined()
    expect(await xfo('/exact/')).toBe('DENY')
    expect(await xfo('/a/1/2/b.(x)')).toBe('GLOB')
    expect(await xfo('/a/1/b.xx')).toBe('DENY')
    expect(await xfo('/EMBED/x')).toBe('DENY')
  })

  it('applies `when` by status range and media type, first applicable rule per header', async () => {
    const p = policy({
      headers: [
        header('Content-Security-Policy', 'html', { when: { contentTypes: ['text/html'] } }),
        header('Content-Security-Policy', 'json error', {
          when: { contentTypes: ['application/*'], statuses: [[500, 599]] }
        }),
        header('Content-Security-Policy', 'fallback'),
        header('Cache-Control', 'no-store', {
          when: {
            statuses: [
              [400, 499],
              [503, 503]
            ]
          }
        }),
        header('X-Only-Typed', 'yes', { when: { contentTypes: ['image/*'] } })
      ]
    })
    const at = async (status: number, contentType?: string) => {
      const headers: [string, string][] = contentType ? [['Content-Type', contentType]] : []
      const r = await run(p, makeOriginResponseEvent({ uri: '/', status, headers }))
      return [
        r.headers['content-security-policy']?.[0]?.value,
        r.headers['cache-control']?.[0]?.value,
        r.headers['x-only-typed']
      ]
    }
    expect(await at(200, 'Text/HTML; charset=utf-8')).toEqual(['html', undefined, undefined])
    expect(await at(503, 'application/problem+json')).toEqual(['json error', 'no-store', undefined])
    expect(await at(502, 'application/json')).toEqual(['json error', undefined, undefined])
    expect(await at(404)).toEqual(['fallback', 'no-store', undefined])
    expect(await at(200, 'image/png')).toEqual([
      'fallback',
      undefined,
      [{ key: 'X-Only-Typed', value: 'yes' }]
    ])
  })

  it('runs for 4xx and 5xx origin responses', async () => {
    const p = policy({ headers: SIX_HEADERS })
    for (const status of [400, 403, 404, 410, 500, 502, 503, 504]) {
      const r = await run(p, makeOriginResponseEvent({ uri: '/x', status }))
      expect(r.status).toBe(String(status))
      expect(Object.keys(r.headers).sort()).toEqual(SIX_HEADERS.map((h) => h.name).sort())
    }
  })

  it('leaves multi-value headers intact unless the policy owns them', async () => {
    const origin = cf(fixture('set-cookie')).response.headers['set-cookie']
    expect(origin).toHaveLength(3)
    const untouched = await run(policy({ headers: SIX_HEADERS }), fixture('set-cookie'))
    expect(untouched.headers['set-cookie']).toEqual(origin)
    const owned = await run(
      policy({ headers: [header('Set-Cookie', 'policy=1; Secure')] }),
      fixture('set-cookie')
    )
    expect(owned.headers['set-cookie']).toEqual([{ key: 'Set-Cookie', value: 'policy=1; Secure' }])
    const kept = await run(
      policy({ headers: [header('Set-Cookie', 'policy=1', { override: false })] }),
      fixture('set-cookie')
    )
    expect(kept.headers['set-cookie']).toEqual(origin)
  })

  it('keeps answering the same on a warm instance (no state leaks between requests)', async () => {
    const fn = await openEdgeZip(buildEdgePackage(RICH_POLICY).zip)
    const first = await fn.invoke(fixture('set-cookie'))
    await fn.invoke(fixture('mixed-case'))
    await fn.invoke(fixture('s3-404'))
    const again = await fn.invoke(fixture('set-cookie'))
    expect(again.response).toEqual(first.response)
    await fn.close()
  })
})
