// The --state file: YAML seeding distributions (folder and URL origins, behaviors, foreign and
// local associations), functions from zip files, roles, delays and faults.
import { afterAll, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator } from '../../src/emulator/index.js'
import { addHeaderZip } from './helpers.js'

const closers: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const close of closers) await close()
})

it('seeds everything a state file declares and rejects unknown keys', async () => {
  const origin = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=60' })
    res.end(JSON.stringify({ path: req.url }))
  })
  await new Promise<void>((ready) => origin.listen(0, '127.0.0.1', () => ready()))
  closers.push(() => new Promise((done) => origin.close(() => done())))
  const dir = mkdtempSync(join(tmpdir(), 'emulator-state-'))
  writeFileSync(join(dir, 'edge.zip'), addHeaderZip('X-Seeded', 'yes'))
  const port = (origin.address() as AddressInfo).port
  writeFileSync(
    join(dir, 'state.yml'),
    `
delays: { deployMs: 0, invalidationMs: 0 }
roles:
  - arn: arn:aws:iam::123456789012:role/plain
    trust: [lambda.amazonaws.com]
functions:
  - name: seeded
    zip: edge.zip
    publishedVersions: 1
distributions:
  - id: E1SEEDEDEXAMPLE
    origins:
      - { id: api, url: "http://127.0.0.1:${port}/v1" }
    defaultBehavior:
      viewerProtocolPolicy: allow-all
      lambdaFunctionAssociations:
        - { eventType: origin-response, arn: "arn:aws:lambda:us-east-1:123456789012:function:seeded:1" }
        - { eventType: viewer-request, arn: "arn:aws:lambda:us-east-1:999999999999:function:foreign:4" }
faults:
  - { kind: throttle, service: lambda, count: 2 }
`
  )
  const emulator = await startEmulator({ state: 'state.yml', cwd: dir })
  closers.push(() => emulator.close())
  const response = await fetch(`${emulator.viewers.E1SEEDEDEXAMPLE}/things?id=1`)
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ path: '/v1/things' })
  expect(response.headers.get('x-seeded')).toBe('yes')
  const state = emulator.state()
  expect(state.distributions[0]?.deployedOriginResponseArns).toEqual({
    '*': 'arn:aws:lambda:us-east-1:123456789012:function:seeded:1'
  })
  expect(state.functions[0]?.versions.map((v) => v.version)).toEqual(['$LATEST', '1'])
  expect(state.faults).toEqual([{ kind: 'throttle', service: 'lambda', count: 2 }])

  writeFileSync(join(dir, 'bad.yml'), 'distributions: []\nfunctoins: []\n')
  await expect(startEmulator({ state: 'bad.yml', cwd: dir })).rejects.toThrow(
    /unknown top-level key 'functoins'/
  )
})

it('keeps and returns elements the AWS SDK does not model (unmodeledXml), and names a bad path', async () => {
  const origins = [{ id: 'site', folder: 'examples/site' }]
  const emulator = await startEmulator({
    port: 0,
    state: {
      distributions: [
        {
          id: 'ENEWERFIELDS01',
          origins,
          unmodeledXml: {
            '': '<FutureTopLevel>1</FutureTopLevel>',
            'Origins/Items/Origin':
              '<FutureOriginSetting><Enabled>true</Enabled></FutureOriginSetting>'
          }
        }
      ]
    }
  })
  closers.push(() => emulator.close())
  const xml = await (
    await fetch(`${emulator.endpoint}/2020-05-31/distribution/ENEWERFIELDS01/config`)
  ).text()
  expect(xml).toContain('<FutureTopLevel>1</FutureTopLevel></DistributionConfig>')
  expect(xml).toMatch(
    /<Origin><Id>site<\/Id>.*<FutureOriginSetting><Enabled>true<\/Enabled><\/FutureOriginSetting><\/Origin>/s
  )
  await expect(
    startEmulator({
      port: 0,
      state: {
        distributions: [{ id: 'EBADPATH000001', origins, unmodeledXml: { 'No/Such': '<A/>' } }]
      }
    })
  ).rejects.toThrow(/unmodeledXml path 'No\/Such' names no element of the config/)
})
