// The zip runner: loads from the zip, reports failures instead of throwing, and in isolated
// mode survives a runaway or crashing function.
import { describe, expect, it } from '@jest/globals'
import { strToU8, zipSync } from 'fflate'
import { makeOriginResponseEvent } from '../../src/edge-runtime/cloudfront-event.js'
import { buildEdgePackage } from '../../src/compile/package.js'
import { EdgeZipError, openEdgeZip } from '../../src/edge-runtime/runner.js'
import { cf, fixture } from '../compile/helpers.js'
import { RICH_POLICY } from '../compile/policies.js'

function zipOf(source: string, name = 'index.mjs'): Uint8Array {
  return zipSync({ [name]: strToU8(source) })
}

const event = (uri = '/') => makeOriginResponseEvent({ uri, status: 200 })

describe('openEdgeZip', () => {
  it('gives the same answer isolated and in-process, and leaves the caller event untouched', async () => {
    const zip = buildEdgePackage(RICH_POLICY).zip
    const original = fixture('s3-404')
    const copy = structuredClone(original)
    const inProcess = await openEdgeZip(zip)
    const isolated = await openEdgeZip(zip, { isolated: true, timeoutMs: 5000 })
    const a = await inProcess.invoke(original)
    const b = await isolated.invoke(original)
    await Promise.all([inProcess.close(), isolated.close()])
    expect(a.response).toMatchObject({ status: '404' })
    expect(b.response).toEqual(a.response)
    expect(original).toEqual(copy)
    expect(a.timedOut).toBe(false)
  })

  it('times out a function that loops forever, then serves the next call from a fresh instance', async () => {
    const zip = zipOf(`export const handler = async (e) => {
      const r = e.Records[0].cf.response
      if (e.Records[0].cf.request.uri === '/loop') for (;;) {}
      r.headers['x-ok'] = [{ key: 'X-Ok', value: 'yes' }]
      return r
    }`)
    // The fresh instance's call gets the same timeout: long enough for a loaded machine.
    const fn = await openEdgeZip(zip, { isolated: true, timeoutMs: 1500 })
    const looped = await fn.invoke(event('/loop'))
    expect(looped).toMatchObject({ timedOut: true, error: 'the function timed out after 1500 ms' })
    expect(looped.response).toBeUndefined()
    const next = await fn.invoke(event('/'))
    expect(next.timedOut).toBe(false)
    expect(next.response?.headers['x-ok']).toEqual([{ key: 'X-Ok', value: 'yes' }])
    await fn.close()
  })

  it('reports a function that runs out of memory, and the next call gets a fresh instance', async () => {
    const zip = zipOf(`export const handler = async (e) => {
      if (e.Records[0].cf.request.uri === '/hog') { const hog = []; for (;;) hog.push(new Array(1e5).fill(hog.length)) }
      return e.Records[0].cf.response
    }`)
    const fn = await openEdgeZip(zip, { isolated: true, timeoutMs: 10000, memoryMb: 32 })
    const hog = await fn.invoke(event('/hog'))
    expect(hog.timedOut).toBe(false)
    expect(hog.error).toMatch(/crashed|out of memory|exited/i)
    expect((await fn.invoke(event('/'))).response?.status).toBe('200')
    await fn.close()
  })

  it.each([
    ['throws', `export const handler = async () => { throw new Error('boom') }`, /boom/],
    [
      'throws synchronously',
      `export function handler() { throw new TypeError('sync boom') }`,
      /sync boom/
    ],
    [
      'returns nothing',
      `export const handler = async () => undefined`,
      /returned undefined, not a response object/
    ],
    [
      'fails at init',
      `throw new Error('init boom'); export const handler = async (e) => e`,
      /init boom/
    ],
    [
      'has no handler export',
      `export const other = 1`,
      /does not export a function named 'handler'/
    ],
    [
      'calls process.exit',
      `export const handler = async () => { process.exit(3) }`,
      /exited with code 3/
    ],
    [
      'returns something JSON cannot carry',
      `export const handler = async () => ({ status: 1n })`,
      /BigInt|serial/i
    ]
  ])('reports a function that %s, isolated, and keeps working', async (_name, source, message) => {
    const fn = await openEdgeZip(zipOf(source), { isolated: true, timeoutMs: 5000 })
    const result = await fn.invoke(event())
    expect(result.error).toMatch(message)
    expect(result.response).toBeUndefined()
    expect((await fn.invoke(event())).error).toMatch(message)
    await fn.close()
  })

  it.each([
    ['throws', `export const handler = async () => { throw new Error('boom') }`, /boom/],
    [
      'fails at init',
      `throw new Error('init boom'); export const handler = async (e) => e`,
      /failed to initialise: init boom/
    ],
    [
      'never settles',
      `export const handler = () => new Promise(() => {})`,
      /timed out after 100 ms/
    ]
  ])('reports a function that %s, in-process', async (_name, source, message) => {
    const fn = await openEdgeZip(zipOf(source), { timeoutMs: 100 })
    const result = await fn.invoke(event())
    expect(result.error).toMatch(message)
    await fn.close()
  })

  it('finds index.js when there is no index.mjs, and honours another handler setting', async () => {
    const cjs = zipOf(`exports.handler = async (e) => e.Records[0].cf.response`, 'index.js')
    const fn = await openEdgeZip(cjs)
    expect((await fn.invoke(fixture('html-200'))).response).toEqual(
      cf(fixture('html-200')).response
    )
    const other = await openEdgeZip(
      zipOf(`export const go = async (e) => e.Records[0].cf.response`, 'main.mjs'),
      {
        handler: 'main.go'
      }
    )
    expect((await other.invoke(event())).response?.status).toBe('200')
  })

  it('refuses a zip that is not a Lambda package', async () => {
    await expect(openEdgeZip(new Uint8Array([1, 2, 3]))).rejects.toThrow(EdgeZipError)
    await expect(openEdgeZip(zipOf('x', 'other.mjs'))).rejects.toThrow(
      /has no index.mjs, index.js or index.cjs/
    )
    await expect(
      openEdgeZip(zipSync({ '../evil.mjs': strToU8('x'), 'index.mjs': strToU8('x') }))
    ).rejects.toThrow(/unsafe path/)
  })
})
