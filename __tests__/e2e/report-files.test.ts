// Two headerguard steps in one job share RUNNER_TEMP: each keeps its own JSON report.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { makeWorkspace, runAction } from '../helpers/action-process.js'
import { startSiteServer, type SiteServer } from '../helpers/site-server.js'

jest.setTimeout(120_000)

let site: SiteServer
beforeAll(async () => {
  site = await startSiteServer({ '*': { headers: { 'x-frame-options': 'DENY' } } })
})
afterAll(async () => site.close())

const policy = (header: string) =>
  ['version: 1', 'extends: none', 'headers:', `  ${header}`, 'verify: { paths: [/] }'].join('\n')

describe('the report file of each step', () => {
  it('is not overwritten by a second headerguard step of the same job', async () => {
    const ws = makeWorkspace({
      'pass.yml': policy('x-frame-options: DENY'),
      'fail.yml': policy('referrer-policy: no-referrer')
    })
    const step = (id: string, file: string) =>
      runAction({
        workspace: ws,
        inputs: { mode: 'check', policy: file, url: site.url, 'drift-issue': 'false' },
        eventName: 'push',
        event: { ref: 'refs/heads/main', repository: { full_name: 'acme/site' } },
        env: { GITHUB_ACTION: id }
      })
    const first = await step('headers-site', 'pass.yml')
    const second = await step('__headerguard_2', 'fail.yml')
    expect([first.outputs.status, second.outputs.status]).toEqual(['pass', 'fail'])
    expect(first.outputs.report).toMatch(/headerguard[/\\]headers-site[/\\]report\.json$/)
    expect(second.outputs.report).not.toBe(first.outputs.report)
    const read = (path: string | undefined) =>
      (JSON.parse(readFileSync(path ?? '', 'utf8')) as { status: string }).status
    expect([read(first.outputs.report), read(second.outputs.report)]).toEqual(['pass', 'fail'])
  })
})
