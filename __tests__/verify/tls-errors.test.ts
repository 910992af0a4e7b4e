import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { EMULATOR_LEAF_CERT_PEM, EMULATOR_LEAF_KEY_PEM } from '../../src/emulator/tls-material.js'
import { tlsProblem } from '../../src/verify/tls-errors.js'
import { fetchOnce, nodeTransport } from '../../src/verify/fetch.js'
import { verifySite } from '../../src/verify/site.js'
import { makePolicy } from './fixtures.js'

const policy = makePolicy({ headers: { 'x-content-type-options': 'nosniff' } })
let server: http.Server | undefined
afterEach(async () => {
  server?.closeAllConnections()
  await new Promise((done) => (server ? server.close(done) : done(undefined)))
  server = undefined
})

/** Listens on 127.0.0.1 and counts TCP connections: each attempt of a request is one. */
async function listen(s: http.Server): Promise<{ url: string; connections: () => number }> {
  let count = 0
  s.on('connection', () => count++)
  await new Promise<void>((done) => s.listen(0, '127.0.0.1', done))
  server = s
  return { url: `127.0.0.1:${(s.address() as AddressInfo).port}`, connections: () => count }
}

describe('TLS failures (issue 14 point 12)', () => {
  it('says a certificate from an unknown issuer in words, and tries once', async () => {
    // The emulator's leaf certificate: its test CA is not trusted by this process.
    const site = await listen(
      https.createServer({ cert: EMULATOR_LEAF_CERT_PEM, key: EMULATOR_LEAF_KEY_PEM }, (_q, r) =>
        r.end('x')
      )
    )
    const report = await verifySite(policy, {
      urls: [`https://${site.url}/`],
      runId: 't',
      retries: 2
    })
    const error = report.results.find((r) => r.kind === 'page')?.error ?? ''
    expect(error).toMatch(
      /^TLS certificate error: the certificate of 127\.0\.0\.1:\d+ is signed by an issuer the client does not know/
    )
    expect(error).not.toMatch(/SSL routines|error:0A|openssl/i)
    expect(error).toMatch(/\(1 attempt\)$/)
    // One URL alone, with two retries allowed: one handshake.
    const before = site.connections()
    const transport = nodeTransport(1)
    const settings = { transport, timeoutMs: 5000, retries: 2, now: Date.now }
    await expect(fetchOnce(`https://${site.url}/x`, settings)).rejects.toThrow(/1 attempt/)
    transport.close()
    expect(site.connections() - before).toBe(1)
  })

  it('says when an https:// URL reaches a port that speaks plain HTTP', async () => {
    const site = await listen(http.createServer((_q, r) => r.end('x')))
    const report = await verifySite(policy, {
      urls: [`https://${site.url}/`],
      runId: 'p',
      retries: 2
    })
    const error = report.results.find((r) => r.kind === 'page')?.error ?? ''
    expect(error).toMatch(/did not answer in TLS on this port \(is it an http:\/\/ port\?\)/)
    expect(error).not.toMatch(/ssl3_get_record|SSL routines/)
  })

  it('names expired, self-signed and wrong-host certificates by their meaning', () => {
    const err = (code: string) => Object.assign(new Error('x'), { code })
    const url = 'https://www.example.com/'
    expect(tlsProblem(err('CERT_HAS_EXPIRED'), url)?.message).toBe(
      'TLS certificate error: the certificate of www.example.com has expired (CERT_HAS_EXPIRED)'
    )
    expect(tlsProblem(err('DEPTH_ZERO_SELF_SIGNED_CERT'), url)?.message).toMatch(/self-signed/)
    expect(tlsProblem(err('ERR_TLS_CERT_ALTNAME_INVALID'), url)?.message).toMatch(
      /does not name this host/
    )
    expect(tlsProblem(err('ECONNREFUSED'), url)).toBeUndefined()
  })
})
