// What the pipeline hands every report: plan's now-vs-after pairs, and no URL credentials.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderComment } from '../../src/report/comment.js'
import { writeReportFiles } from '../../src/report/files.js'
import { reportInputOf } from '../../src/report/input.js'
import { mergeEffect } from '../../src/report/now-after.js'
import { renderSummary } from '../../src/report/summary.js'
import type { InputName } from '../../src/settings.js'
import { policyRepo, runInProcess } from '../helpers/pipeline-run.js'
import { startSiteServer, type SiteServer } from '../helpers/site-server.js'

const POLICY = [
  'version: 1',
  'headers:',
  '  x-frame-options: DENY',
  '  referrer-policy: no-referrer',
  '  x-content-type-options: nosniff',
  'verify: { paths: [/] }'
].join('\n')

let site: SiteServer
beforeAll(async () => {
  site = await startSiteServer({
    '*': { headers: { 'x-frame-options': 'SAMEORIGIN', 'x-content-type-options': 'nosniff' } }
  })
})
afterAll(async () => site.close())

const run = (inputs: Partial<Record<InputName, string>>, eventName: string, cwd: string) =>
  runInProcess({ inputs, eventName, cwd })

describe('plan: now beside after the merge', () => {
  it('keeps the live value and verdict beside the previewed one, and counts what the merge changes', async () => {
    const { result } = run({ mode: 'plan', url: site.url }, 'pull_request', policyRepo(POLICY))
    const verify = (await result).verify
    const page = verify?.results.find((r) => r.kind === 'page')
    const xfo = page?.findings.find((f) => f.header === 'x-frame-options')
    expect(xfo).toMatchObject({
      verdict: 'pass',
      actual: 'DENY',
      now: { actual: 'SAMEORIGIN', verdict: 'mismatch' }
    })
    const referrer = page?.findings.find((f) => f.header === 'referrer-policy')
    expect(referrer).toMatchObject({ verdict: 'pass', now: { actual: null, verdict: 'missing' } })
    expect(page?.nowStatus).toBe(200)
    expect(mergeEffect(verify)).toEqual({
      fixes: ['referrer-policy'],
      changes: ['x-frame-options'],
      breaks: [],
      staysWrong: []
    })
  })
})

describe('URL credentials', () => {
  it('are stripped from every report and handed over for masking', async () => {
    const url = site.url.replace('http://', 'http://deploy:s3cr3t-pw@')
    const cwd = policyRepo(POLICY)
    const { result, secrets } = run({ mode: 'check', url }, 'schedule', cwd)
    const done = await result
    expect(done.verify?.results.length).toBeGreaterThan(0)
    expect(secrets).toEqual(['s3cr3t-pw'])
    const input = reportInputOf(done, { failOn: 'error' }, { runUrl: 'https://x/run' })
    const files = await writeReportFiles(input, {
      json: join(cwd, 'report.json'),
      sarif: join(cwd, 'report.sarif')
    })
    const published = [
      renderSummary(input),
      renderComment(input),
      readFileSync(files.json ?? '', 'utf8'),
      readFileSync(files.sarif ?? '', 'utf8'),
      JSON.stringify(done)
    ]
    for (const text of published) {
      expect(text).not.toContain('s3cr3t-pw')
      expect(text).not.toContain('deploy:')
    }
    expect(published[0]).toContain(site.url.replace('http://', ''))
  })
})
