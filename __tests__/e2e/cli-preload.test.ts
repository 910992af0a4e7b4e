// HSTS preload readiness (issue 14 point 19) as a user meets it: the bundled CLI against a
// loopback site that speaks http:// and https:// on one port (the emulator's viewer server),
// trusting the emulator's test CA the way a private CA is trusted (NODE_EXTRA_CA_CERTS).
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EdgeResponse } from '../../src/emulator/edge-pages.js'
import { EMULATOR_CA_PEM } from '../../src/emulator/tls-material.js'
import { startViewer, type ViewerServer } from '../../src/emulator/viewer.js'
import type { ViewerRequest } from '../../src/emulator/edge.js'
import { runCli } from '../helpers/cli-process.js'
import { assertFreshDist } from '../helpers/fresh-dist.js'

beforeAll(() => assertFreshDist())

const dir = mkdtempSync(join(tmpdir(), 'headerguard-preload-'))
const ca = join(dir, 'ca.pem')
writeFileSync(ca, EMULATOR_CA_PEM)
const GOOD = 'max-age=63072000; includeSubDomains; preload'

let viewer: ViewerServer | undefined
afterEach(async () => {
  await viewer?.close()
  viewer = undefined
})

type Handler = (
  req: ViewerRequest,
  origin: string
) => { status?: number; headers?: [string, string][] }

async function site(handler: Handler): Promise<string> {
  let origin = ''
  viewer = await startViewer('127.0.0.1', async (req): Promise<EdgeResponse> => {
    const out = handler(req, origin)
    return {
      status: out.status ?? 200,
      statusText: '',
      headers: [['content-type', 'text/html'], ...(out.headers ?? [])],
      body: Buffer.from('<!doctype html>')
    }
  })
  origin = `127.0.0.1:${viewer.port}`
  return origin
}

interface Report {
  results: {
    url: string
    kind: string
    findings: { kind: string; message: string; severity: string; policyLine: number | null }[]
  }[]
}

async function preloadFindings(host: string, policyHeaders: string) {
  const file = join(dir, `p-${host.replace(/\W/g, '')}.yml`)
  const json = join(dir, `r-${host.replace(/\W/g, '')}.json`)
  writeFileSync(file, `version: 1\nheaders:\n${policyHeaders}`)
  const run = await runCli(
    ['check', '--policy', file, '--url', `https://${host}/`, '--json', json],
    {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: ca }
    }
  )
  const report = JSON.parse(readFileSync(json, 'utf8')) as Report
  const findings = report.results.flatMap((r) => r.findings).filter((f) => f.kind === 'preload')
  return { run, findings, messages: findings.map((f) => f.message) }
}

const redirectToHttps = (req: ViewerRequest, origin: string) =>
  req.protocol === 'http'
    ? { status: 301, headers: [['location', `https://${origin}${req.url}`]] as [string, string][] }
    : undefined

describe('HSTS preload readiness (bundled CLI, local https)', () => {
  it('says nothing when every submission rule a response shows is met', async () => {
    const host = await site(
      (req, origin) =>
        redirectToHttps(req, origin) ?? { headers: [['strict-transport-security', GOOD]] }
    )
    const { run, findings } = await preloadFindings(host, `  strict-transport-security: ${GOOD}\n`)
    expect(findings).toEqual([])
    expect(run.code).toBe(0)
  })

  it('warns on each unmet rule: one header, max-age, includeSubDomains, first redirect to the same host', async () => {
    const host = await site((req, origin) =>
      req.protocol === 'http'
        ? {
            status: 301,
            headers: [['location', `https://localhost:${origin.split(':')[1]}${req.url}`]]
          }
        : {
            headers: [
              ['strict-transport-security', 'max-age=86400; preload'],
              ['strict-transport-security', 'max-age=86400; preload']
            ]
          }
    )
    // The policy wants preload; the site serves something else: every rule is judged on what it serves.
    const { findings, messages } = await preloadFindings(
      host,
      `  strict-transport-security: ${GOOD}\n`
    )
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /sends 2 Strict-Transport-Security headers; hstspreload\.org requires exactly one/
        ),
        expect.stringMatching(/max-age is 86400; hstspreload\.org requires at least 31536000/),
        expect.stringMatching(/includeSubDomains is missing/),
        expect.stringMatching(/http:\/\/ first redirects to https:\/\/localhost:\d+\/; .*same host/)
      ])
    )
    expect(findings).toHaveLength(4)
    expect(findings.every((f) => f.severity === 'warning' && f.policyLine === 3)).toBe(true)
  })

  it('counts redirects (at most 3) and wants HSTS on every https:// redirect', async () => {
    const hops: Record<string, string> = { '/': '/a', '/a': '/b', '/b': '/c', '/c': '/d' }
    const host = await site((req, origin) => {
      const http = redirectToHttps(req, origin)
      if (http) return http
      const next = hops[req.url]
      if (!next) return { headers: [['strict-transport-security', GOOD]] }
      return {
        status: 302,
        headers: [
          ['location', next],
          ...(req.url === '/b' ? [] : ([['strict-transport-security', GOOD]] as [string, string][]))
        ]
      }
    })
    const { messages } = await preloadFindings(host, '  x-content-type-options: nosniff\n')
    // The site asks for preload itself (the policy does not set HSTS): still judged.
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /the https:\/\/ URL takes 4 redirects; hstspreload\.org allows at most 3/
        ),
        expect.stringMatching(
          /the https:\/\/ redirect at https:\/\/127\.0\.0\.1:\d+\/b sends no Strict-Transport-Security header/
        ),
        expect.stringMatching(/http:\/\/ takes 5 redirects/)
      ])
    )
  })

  it('is silent when neither the policy nor the site asks for preload', async () => {
    const host = await site(
      (req, origin) =>
        redirectToHttps(req, origin) ?? { headers: [['strict-transport-security', 'max-age=300']] }
    )
    const { findings } = await preloadFindings(host, '  strict-transport-security: max-age=300\n')
    expect(findings).toEqual([])
  })
})
