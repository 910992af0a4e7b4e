// Google's CSP Evaluator in every report of a run: its advice on a CSP served exactly as the
// policy says passes (the header is right) and shows as a warning, never as a failing URL;
// each finding comes from one source (the served CSP once verification judged it, the policy
// where nothing was verified), so annotations and SARIF hold it once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { shouldFail } from '../../src/report/outputs.js'
import { allAnnotations } from '../../src/report/annotations.js'
import { renderComment } from '../../src/report/comment.js'
import { writeReportFiles } from '../../src/report/files.js'
import { resultFailed } from '../../src/report/findings.js'
import { reportInputOf } from '../../src/report/input.js'
import { rootCause } from '../../src/report/root-cause.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderReportBrief } from '../../src/report/terminal.js'
import { checkPolicyText } from '../../src/policy/load.js'
import type { InputName } from '../../src/settings.js'
import { policyRepo, runInProcess } from '../helpers/pipeline-run.js'
import { startSiteServer, type SiteServer } from '../helpers/site-server.js'

const CSP = "script-src 'self' 'unsafe-inline'; object-src 'none'"
const INLINE = 'csp-evaluator/SCRIPT_UNSAFE_INLINE'
const POLICY = [
  'version: 1',
  'headers:',
  '  x-frame-options: DENY',
  `  content-security-policy: "${CSP}"`,
  'verify: { paths: [/] }',
  ''
].join('\n')

let site: SiteServer
beforeAll(async () => {
  site = await startSiteServer({
    '*': { headers: { 'x-frame-options': 'DENY', 'content-security-policy': CSP } }
  })
})
afterAll(async () => site.close())

async function run(inputs: Partial<Record<InputName, string>>, eventName: string) {
  const cwd = policyRepo(POLICY)
  const result = await runInProcess({ inputs, eventName, cwd }).result
  return { cwd, result }
}

describe("the CSP Evaluator's advice on a CSP served as the policy says", () => {
  it('passes with a warning: status pass, no failing URL in any report, fails only with fail-on warning', async () => {
    const { cwd, result } = await run({ mode: 'check', url: site.url }, 'schedule')
    const verify = result.verify!
    expect(verify.status).toBe('pass')
    const advice = verify.results.flatMap((r) => r.findings).filter((f) => f.check === INLINE)
    expect(advice.length).toBeGreaterThan(0)
    for (const f of advice) expect(f).toMatchObject({ verdict: 'pass', severity: 'warning' })
    expect(verify.totals.errors).toBe(0)
    expect(verify.totals.warnings).toBe(advice.length)
    expect(verify.results.filter(resultFailed)).toEqual([])
    expect(rootCause({ verify, mode: 'check' })).toBeUndefined()

    const terminal = renderReportBrief(verify, 'check')
    expect(terminal).toMatch(/^PASS: /m)
    expect(terminal).not.toContain('FAILED')
    expect(terminal).toContain('warning(s)')
    expect(terminal).toContain('SCRIPT_UNSAFE_INLINE')

    const input = reportInputOf(result, { failOn: 'error' }, {})
    for (const text of [renderSummary(input), renderComment(input)]) {
      expect(text).toContain('⚠️ pass, with a warning')
      expect(text).toContain('SCRIPT\\_UNSAFE\\_INLINE')
      // No failing URL or verdict (the Observatory table marks its own tests).
      expect(text).not.toMatch(/❌ (\d|mismatch|violation)/)
    }
    expect(shouldFail(input)).toBe(false)
    expect(shouldFail({ ...input, failOn: 'warning' })).toBe(true)

    const files = await writeReportFiles(input, {
      json: join(cwd, 'r.json'),
      sarif: join(cwd, 's.sarif')
    })
    const json = JSON.parse(readFileSync(files.json!, 'utf8')) as typeof verify
    expect(json.status).toBe('pass')
    const sarif = JSON.parse(readFileSync(files.sarif!, 'utf8')) as {
      runs: Array<{ results: Array<{ ruleId: string; level: string }> }>
    }
    expect(sarif.runs[0]!.results.filter((r) => r.ruleId === INLINE)).toEqual([
      expect.objectContaining({ level: 'warning' })
    ])
  })
})

describe('each evaluator finding from one source', () => {
  const inlineAnnotations = (result: Awaited<ReturnType<typeof run>>['result']) =>
    allAnnotations(reportInputOf(result, { failOn: 'error' }, {})).filter(
      (a) => a.title === `headerguard: ${INLINE}`
    )

  it.each([
    ['check', 'schedule'],
    ['plan', 'pull_request']
  ])('%s: one SCRIPT_UNSAFE_INLINE annotation per distinct message', async (mode, eventName) => {
    const { result } = await run({ mode, url: site.url }, eventName)
    expect(result.verify?.status).toBe('pass')
    const annotations = inlineAnnotations(result)
    expect(annotations).toHaveLength(1)
    expect(annotations[0]!.level).toBe('warning')
    // The served CSP's finding stands; the policy's twin is gone.
    expect(result.diagnostics.filter((d) => d.rule === INLINE)).toEqual([])
  })

  it('validate (nothing verified) still warns on the policy, at the source', async () => {
    const loaded = await checkPolicyText(POLICY, 'p.yml')
    const inline = loaded.diagnostics.filter((d) => d.rule === INLINE)
    expect(inline).toHaveLength(1)
    expect(inline[0]).toMatchObject({ severity: 'warning', pos: { line: 4 } })
  })

  it('a run whose verification did not happen keeps the policy-side warning', async () => {
    // No URL and no AWS: the run stops before verification.
    const { result } = await run({ mode: 'check' }, 'schedule')
    expect(result.verify).toBeUndefined()
    expect(result.diagnostics.filter((d) => d.rule === INLINE)).toHaveLength(1)
  })
})
