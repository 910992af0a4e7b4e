// validateOriginResponseResult: what Lambda@Edge would reject (a 502 at CloudFront).
import { describe, expect, it } from '@jest/globals'
import { strToU8, zipSync } from 'fflate'
import type { CloudFrontResponse } from '../../src/edge-runtime/cloudfront-event.js'
import { validateOriginResponseResult } from '../../src/edge-runtime/edge-validation.js'
import { openEdgeZip } from '../../src/edge-runtime/runner.js'
import { cf, fixture } from '../compile/helpers.js'

const before = (): CloudFrontResponse => cf(fixture('html-200')).response

/** A zip whose handler applies `body` (JavaScript using `r`, the response) and returns r. */
function zipOf(body: string): Uint8Array {
  return zipSync({
    'index.mjs': strToU8(
      `export const handler = async (e) => { const r = e.Records[0].cf.response; ${body}; return r }`
    )
  })
}

async function problemsOf(body: string): Promise<string[]> {
  const fn = await openEdgeZip(zipOf(body))
  const result = await fn.invoke(fixture('html-200'))
  await fn.close()
  return validateOriginResponseResult(before(), result.response)
}

describe('validateOriginResponseResult rejects a function that', () => {
  it.each([
    [
      'sets via',
      `r.headers.via = [{ key: 'Via', value: '1.1 me' }]`,
      /changed the read-only header 'via'/
    ],
    [
      'adds connection',
      `r.headers.connection = [{ key: 'Connection', value: 'close' }]`,
      /added the disallowed header 'connection'/
    ],
    [
      'adds x-amz-cf-id',
      `r.headers['x-amz-cf-id'] = [{ key: 'X-Amz-Cf-Id', value: 'x' }]`,
      /added the disallowed header 'x-amz-cf-id'/
    ],
    [
      'adds x-edge-location',
      `r.headers['x-edge-location'] = [{ value: 'x' }]`,
      /added the disallowed header 'x-edge-location'/
    ],
    [
      'removes transfer-encoding',
      `delete r.headers['transfer-encoding']`,
      /removed the read-only header 'transfer-encoding'/
    ],
    ['re-cases via', `r.headers.via[0].key = 'VIA'`, /changed the read-only header 'via'/],
    [
      'returns status "99"',
      `r.status = '99'`,
      /status "99" is not an HTTP status between 200 and 599/
    ],
    ['returns status 600', `r.status = 600`, /status 600/],
    ['returns status "20x"', `r.status = '20x'`, /status "20x"/],
    ['returns no status', `delete r.status`, /status must be a string or a number/],
    [
      'uses an uppercase map key',
      `r.headers['X-New'] = [{ key: 'X-New', value: '1' }]`,
      /map key 'X-New' must be lowercase/
    ],
    [
      'mismatches key and map key',
      `r.headers['x-a'] = [{ key: 'X-B', value: '1' }]`,
      /does not match its map key 'x-a'/
    ],
    [
      'sets a number value',
      `r.headers['x-a'] = [{ key: 'X-A', value: 1 }]`,
      /value must be a string, got number/
    ],
    [
      'sets a value with CRLF',
      `r.headers['x-a'] = [{ key: 'X-A', value: 'a\\r\\nb' }]`,
      /contains CR, LF or NUL/
    ],
    [
      'sets a non-array header',
      `r.headers['x-a'] = { key: 'X-A', value: '1' }`,
      /must be an array/
    ],
    ['drops the headers', `delete r.headers`, /response.headers must be an object/],
    [
      'exceeds the header block',
      `r.headers['x-big'] = [{ key: 'X-Big', value: 'a'.repeat(20480) }]`,
      /CloudFront allows 20480/
    ]
  ])('%s', async (_name, body, message) => {
    const problems = await problemsOf(body)
    expect(problems.join('\n')).toMatch(message)
  })

  it('returns nothing at all', () => {
    expect(validateOriginResponseResult(before(), undefined)).toEqual([
      'the function did not return a response object'
    ])
  })
})

describe('validateOriginResponseResult accepts', () => {
  it.each([
    ['an untouched response', ''],
    ['a numeric status', `r.status = 200`],
    ['a changed status within 200-599', `r.status = '503'`],
    ['entries without key', `r.headers['x-a'] = [{ value: '1' }]`],
    ['removing ordinary headers', `delete r.headers.server; delete r.headers['x-powered-by']`],
    [
      'several entries',
      `r.headers['set-cookie'] = [{ key: 'Set-Cookie', value: 'a=1' }, { key: 'set-cookie', value: 'b=2' }]`
    ]
  ])('%s', async (_name, body) => {
    expect(await problemsOf(body)).toEqual([])
  })
})
