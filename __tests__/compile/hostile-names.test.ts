// Header names that collide with Object.prototype (issue 14 item 14): the handler treats only
// own properties of CloudFront's header map as headers, and no name replaces its prototype.
import { describe, expect, it } from '@jest/globals'
import type { CloudFrontResponseEvent } from '../../src/edge-runtime/cloudfront-event.js'
import { makeOriginResponseEvent } from '../../src/edge-runtime/cloudfront-event.js'
import { EdgeBuildError } from '../../src/compile/compile.js'
import { buildEdgePackage } from '../../src/compile/package.js'
import { openEdgeZip } from '../../src/edge-runtime/runner.js'
import { header, policy, remove } from './policies.js'

/** The event as Lambda hands it over: parsed from JSON, so `__proto__` is an own key. */
function eventWith(extra: Array<[string, string]>): CloudFrontResponseEvent {
  const event = JSON.parse(
    JSON.stringify(makeOriginResponseEvent({ uri: '/', status: 200 }))
  ) as CloudFrontResponseEvent
  const response = event.Records[0]!.cf.response
  const members = extra.map(
    ([name, value]) => `${JSON.stringify(name)}:[${JSON.stringify({ key: name, value })}]`
  )
  const existing = JSON.stringify(response.headers).slice(1, -1)
  response.headers = JSON.parse(`{${[...members, existing].filter(Boolean).join(',')}}`)
  return event
}

async function run(p: ReturnType<typeof policy>, event: CloudFrontResponseEvent) {
  const fn = await openEdgeZip(buildEdgePackage(p).zip, { isolated: true, timeoutMs: 5000 })
  const result = await fn.invoke(event)
  await fn.close()
  if (!result.response) throw new Error(`the handler failed: ${result.error}`)
  return result.response
}

describe('hostile header names in the edge handler', () => {
  it('sets a policy header named constructor (override: false) when the origin has none', async () => {
    const p = policy({
      headers: [header('constructor', 'policy', { override: false }), header('toString', 'yes')]
    })
    const response = await run(
      p,
      JSON.parse(JSON.stringify(makeOriginResponseEvent({ uri: '/', status: 200 })))
    )
    expect(Object.hasOwn(response.headers, 'constructor')).toBe(true)
    expect(response.headers.constructor).toEqual([{ key: 'constructor', value: 'policy' }])
    expect(response.headers.tostring).toEqual([{ key: 'toString', value: 'yes' }])
  })

  it("keeps the origin's constructor and __proto__ headers as data", async () => {
    const p = policy({
      headers: [header('constructor', 'policy', { override: false }), header('X-A', 'b')],
      remove: remove('x-remove-me')
    })
    const event = eventWith([
      ['constructor', 'origin'],
      ['__proto__', 'origin-proto']
    ])
    const response = await run(p, event)
    expect(response.headers.constructor).toEqual([{ key: 'constructor', value: 'origin' }])
    expect(Object.getOwnPropertyDescriptor(response.headers, '__proto__')?.value).toEqual([
      { key: '__proto__', value: 'origin-proto' }
    ])
    expect(response.headers['x-a']).toEqual([{ key: 'X-A', value: 'b' }])
  })

  it('refuses a __proto__ header name at build time', () => {
    expect(() => buildEdgePackage(policy({ headers: [header('__proto__', 'x')] }))).toThrow(
      EdgeBuildError
    )
    expect(() => buildEdgePackage(policy({ headers: [], remove: remove('__proto__') }))).toThrow(
      /__proto__/
    )
  })
})
