// Policy values are data: hostile but valid values come out byte for byte; values that could
// break the wire never get into a package, even from a hand-made ResolvedPolicy.
import { describe, expect, it } from '@jest/globals'
import { strFromU8, unzipSync } from 'fflate'
import { makeOriginResponseEvent } from '../../src/edge-runtime/cloudfront-event.js'
import { EdgeBuildError } from '../../src/compile/compile.js'
import { EDGE_HANDLER_SOURCE } from '../../src/compile/edge-source.generated.js'
import { buildEdgePackage } from '../../src/compile/package.js'
import { openEdgeZip } from '../../src/edge-runtime/runner.js'
import { header, path, policy, remove } from './policies.js'

const HOSTILE = [
  `"quoted" and 'single'`,
  'back\\slash \\" \\u0041 \\n',
  '${process.exit(1)} ${{ github.token }}',
  '*/ process.exit(1) /*',
  '`backtick ${1+1}`',
  '</script><script>alert(1)</script>',
  "'); process.exit(1); ('",
  '"); require("child_process").execSync("touch /tmp/pwned"); ("',
  '\ttab-led value with trailing space ',
  '{"__proto__": {"polluted": true}}'
]

describe('hostile but valid values', () => {
  it.each(HOSTILE)('%s is emitted byte for byte by the zip handler', async (value) => {
    const p = policy(
      { headers: [header('X-Hostile', value), header('Content-Security-Policy', value)] },
      [path('/p/*', [header('X-Path', value)])]
    )
    const pkg = buildEdgePackage(p)
    // The value lives in config.json only; the handler code is the fixed embedded source.
    const files = unzipSync(pkg.zip)
    expect(strFromU8(files['index.mjs'] as Uint8Array)).toBe(EDGE_HANDLER_SOURCE)
    for (const isolated of [false, true]) {
      const fn = await openEdgeZip(pkg.zip, { isolated, timeoutMs: 5000 })
      const top = await fn.invoke(makeOriginResponseEvent({ uri: '/', status: 200 }))
      const sub = await fn.invoke(makeOriginResponseEvent({ uri: '/p/x', status: 200 }))
      await fn.close()
      expect(top.error).toBeUndefined()
      expect(top.response?.headers['x-hostile']).toEqual([{ key: 'X-Hostile', value }])
      expect(top.response?.headers['content-security-policy']?.[0]?.value).toBe(value)
      expect(sub.response?.headers['x-path']).toEqual([{ key: 'X-Path', value }])
      expect(Buffer.from(top.response?.headers['x-hostile']?.[0]?.value ?? '', 'latin1')).toEqual(
        Buffer.from(value, 'latin1')
      )
    }
  })

  it('a hostile path pattern is matched literally', async () => {
    const p = policy({ headers: [] }, [
      path("/a'); process.exit(1); ('/*", [header('X-Hit', 'yes')])
    ])
    const fn = await openEdgeZip(buildEdgePackage(p).zip, { isolated: true, timeoutMs: 5000 })
    const hit = await fn.invoke(
      makeOriginResponseEvent({ uri: "/a'); process.exit(1); ('/x", status: 200 })
    )
    const miss = await fn.invoke(makeOriginResponseEvent({ uri: '/a', status: 200 }))
    await fn.close()
    expect(hit.response?.headers['x-hit']).toEqual([{ key: 'X-Hit', value: 'yes' }])
    expect(miss.response?.headers['x-hit']).toBeUndefined()
  })
})

describe('invalid values never reach a package', () => {
  it.each([
    ['CR', 'a\rb'],
    ['LF', 'a\nSet-Cookie: x=1'],
    ['CRLF', 'ok\r\nX-Injected: 1'],
    ['NUL', 'a\0b'],
    ['U+2028', 'a\u2028b'],
    ['U+2029', 'a\u2029b'],
    ['DEL', 'a\u007fb'],
    ['vertical tab', 'a\u000bb'],
    ['emoji', 'a\u{1F600}b'],
    // RFC 9110 5.5 obs-text: opaque to recipients, decoded as Latin-1 by browsers.
    ['Latin-1 obs-text', 'caf\u00e9'],
    ['C1 control', 'a\u0085b']
  ])('a value with %s is refused with a clear error', (_name, value) => {
    const build = () => buildEdgePackage(policy({ headers: [header('X-Bad', value)] }))
    expect(build).toThrow(EdgeBuildError)
    expect(build).toThrow(/security-headers\.yml:1:1: the value of 'X-Bad' contains U\+[0-9A-F]{4}/)
  })

  it('a bad value inside a path rule is refused too', () => {
    expect(() =>
      buildEdgePackage(policy({ headers: [] }, [path('/x/*', [header('X-Bad', 'a\nb')])]))
    ).toThrow(/contains U\+000A/)
  })

  it.each([
    ['a name that is not a token', header('Bad Name', 'x')],
    ['an uppercase map name', { ...header('X-A', 'x'), name: 'X-A' }],
    ['a key that spells another name', { ...header('X-A', 'x'), key: 'X-B' }],
    ['a read-only header', header('Via', '1.1 me')],
    ['a disallowed header', header('Connection', 'close')],
    ['a disallowed prefix', header('X-Amz-Cf-Pop', 'IAD')],
    ['a non-string value', { ...header('X-A', 'x'), value: 1 as unknown as string }],
    ['a bad status range', header('X-A', 'x', { when: { statuses: [[500, 400]] } })],
    ['a bad content type', header('X-A', 'x', { when: { contentTypes: ['html'] } })]
  ])('%s is refused', (_name, rule) => {
    expect(() => buildEdgePackage(policy({ headers: [rule] }))).toThrow(EdgeBuildError)
  })

  it.each([
    'transfer-encoding',
    'via',
    'connection',
    'x-cache',
    'x-edge-*',
    'x-amz-cf-*',
    'X-Powered-By',
    '*',
    'bad name'
  ])('removing %s is refused', (name) => {
    expect(() => buildEdgePackage(policy({ headers: [], remove: remove(name) }))).toThrow(
      EdgeBuildError
    )
  })

  it('a path whose pattern does not match its glob is refused', () => {
    const p = policy({ headers: [] }, [{ ...path('/a/*', []), pattern: '^(a+)+$' }])
    expect(() => buildEdgePackage(p)).toThrow(/path pattern for '\/a\/\*'/)
  })
})
