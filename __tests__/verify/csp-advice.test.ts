// check with Google's CSP Evaluator: every CSP a response serves is judged, each finding a
// warning on content-security-policy with the evaluator's check id, in the JSON report and in
// SARIF; it fails only with --fail-on warning, and the Observatory grade stays what the
// headers alone give (the grade is computed from the responses, not from findings).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { groupFailures, missingHeaders } from '../../src/report/findings.js'
import { mergeEffect } from '../../src/report/now-after.js'
import { classifyFindings } from '../../src/verify/cache.js'
import type { Finding, ObservedResponse, VerifyReport } from '../../src/verify/types.js'
import { cliInProcess } from '../helpers/cli-in-process.js'
import { type SiteServer, startSiteServer } from '../helpers/site-server.js'

const CSP = "script-src 'self' 'unsafe-inline' https://www.google.com; object-src 'none'"
const HEADERS = {
  'content-security-policy': CSP,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff'
}

const policy = (verify = '') =>
  [
    'version: 1',
    'headers:',
    '  x-frame-options: DENY',
    `  content-security-policy: "${CSP}"`,
    verify,
    ''
  ].join('\n')

async function check(args: string[], cwd: string) {
  const { code, out } = await cliInProcess(['check', ...args, '--json', 'r.json'], { cwd })
  const report = JSON.parse(await readFile(join(cwd, 'r.json'), 'utf8')) as VerifyReport
  return { code, out, report }
}

const advice = (report: VerifyReport): Finding[] =>
  report.results.flatMap((r) => r.findings).filter((f) => f.kind === 'csp-evaluator')

let dir: string
let site: SiteServer
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hg-check-advice-'))
  await writeFile(join(dir, 'p.yml'), policy())
  await writeFile(join(dir, 'off.yml'), policy('verify:\n  csp-evaluator: false'))
  await writeFile(
    join(dir, 'ignore.yml'),
    policy('verify:\n  csp-evaluator:\n    ignore: [SCRIPT_UNSAFE_INLINE]')
  )
  site = await startSiteServer({
    '/': { headers: HEADERS },
    '*': { status: 404, headers: HEADERS }
  })
})
afterAll(() => site.close())

describe('check judges served CSPs with the CSP Evaluator', () => {
  it('reports each finding as a warning on content-security-policy, with its check id and policy line', async () => {
    const { code, report } = await check(['--policy', 'p.yml', '--url', `${site.url}/`], dir)
    expect(code).toBe(0)
    expect(report.status).toBe('pass')
    const page = report.results.find((r) => r.kind === 'page')!
    const found = page.findings.filter((f) => f.kind === 'csp-evaluator')
    expect(found.map((f) => f.check)).toEqual([
      'csp-evaluator/SCRIPT_UNSAFE_INLINE',
      'csp-evaluator/SCRIPT_ALLOWLIST_BYPASS'
    ])
    expect(found[0]).toMatchObject({
      header: 'content-security-policy',
      // The CSP is served as the policy says: the finding passes, as a warning.
      verdict: 'pass',
      severity: 'warning',
      actual: CSP,
      policyLine: 4
    })
    expect(found[1]!.message).toContain('www.google.com is known to host JSONP endpoints')
    expect(report.totals.warnings).toBe(advice(report).length)
  })

  it('fails with --fail-on warning, and writes each check as its own SARIF rule', async () => {
    const { code } = await check(
      [
        '--policy',
        'p.yml',
        '--url',
        `${site.url}/`,
        '--fail-on',
        'warning',
        '--sarif-file',
        's.sarif'
      ],
      dir
    )
    expect(code).toBe(1)
    const sarif = JSON.parse(await readFile(join(dir, 's.sarif'), 'utf8')) as {
      runs: Array<{ results: Array<{ ruleId: string; level: string }> }>
    }
    const results = sarif.runs[0]!.results.filter((r) => r.ruleId.startsWith('csp-evaluator/'))
    expect(results.map((r) => `${r.ruleId} ${r.level}`)).toEqual([
      'csp-evaluator/SCRIPT_UNSAFE_INLINE warning',
      'csp-evaluator/SCRIPT_ALLOWLIST_BYPASS warning'
    ])
  })

  it('leaves the grade as the headers give it; csp-evaluator false and ignore silence it', async () => {
    const on = await check(['--policy', 'p.yml', '--url', `${site.url}/`], dir)
    const off = await check(['--policy', 'off.yml', '--url', `${site.url}/`], dir)
    const ignored = await check(['--policy', 'ignore.yml', '--url', `${site.url}/`], dir)
    expect(advice(on.report).length).toBeGreaterThan(0)
    expect(advice(off.report)).toEqual([])
    expect(new Set(advice(ignored.report).map((f) => f.check))).toEqual(
      new Set(['csp-evaluator/SCRIPT_ALLOWLIST_BYPASS'])
    )
    expect(on.report.grade).not.toBeNull()
    expect(on.report.grade).toBe(off.report.grade)
    expect(on.report.score).toBe(off.report.score)
    expect(on.report.observatory).toEqual(off.report.observatory)
  })

  it('the quick scan (no policy file) judges the served CSP too, at no policy line, grade unchanged', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'hg-scan-advice-'))
    const scan = await check(['--url', `${site.url}/`], empty)
    const found = advice(scan.report)
    expect(found.map((f) => f.check)).toEqual(
      expect.arrayContaining(['csp-evaluator/SCRIPT_UNSAFE_INLINE'])
    )
    expect(found.every((f) => f.policyLine === null)).toBe(true)
    const off = await check(['--policy', 'off.yml', '--url', `${site.url}/`], dir)
    expect(scan.report.grade).toBe(off.report.grade)
  })
})

describe('advice beside the other verdicts', () => {
  const mismatch: Finding = {
    header: 'content-security-policy',
    verdict: 'mismatch',
    expected: "default-src 'none'",
    actual: "default-src 'self'",
    message: 'Content-Security-Policy differs from the policy',
    policyLine: 4,
    severity: 'error',
    kind: 'header'
  }
  const adviceOf = (check: string): Finding => ({
    ...mismatch,
    verdict: 'pass',
    expected: null,
    message: `CSP Evaluator ${check}`,
    severity: 'warning',
    kind: 'csp-evaluator',
    check: `csp-evaluator/${check}`
  })
  const response: ObservedResponse = {
    url: 'https://x/',
    status: 200,
    statusText: 'OK',
    headers: {},
    cache: { hit: false },
    receivedAt: 1_000,
    elapsedMs: 1
  }
  const ctx = (busted: Finding[]) => ({
    deployedAt: new Date(0),
    bustedFindings: busted,
    now: 1_000,
    propagationWindowMs: 60_000
  })

  it("a cache-busting response whose CSP draws only the evaluator's advice still has the new header", () => {
    const busted = [adviceOf('SCRIPT_UNSAFE_INLINE')]
    expect(classifyFindings(response, [mismatch], ctx(busted))[0]!.verdict).toBe('propagating')
    // Advice passes (its CSP is what the policy says): never relabelled as not yet deployed.
    const [same] = classifyFindings(response, [adviceOf('SCRIPT_UNSAFE_INLINE')], ctx(busted))
    expect(same).toMatchObject({ verdict: 'pass', severity: 'warning' })
    const [other] = classifyFindings(response, [adviceOf('MISSING_DIRECTIVES')], ctx([]))
    expect(other).toMatchObject({ verdict: 'pass', severity: 'warning' })
  })

  it('each check is a group of its own; advice is not in the missing output nor in what a merge breaks', () => {
    const report = {
      results: [
        {
          url: 'https://x/',
          status: 200,
          kind: 'page',
          requestedUrl: 'https://x/',
          findings: [
            adviceOf('SCRIPT_UNSAFE_INLINE'),
            adviceOf('MISSING_DIRECTIVES'),
            { ...adviceOf('MISSING_DIRECTIVES'), now: { actual: null, verdict: 'pass' } }
          ]
        }
      ]
    } as unknown as VerifyReport
    expect(groupFailures(report).map((g) => g.check)).toEqual([
      'csp-evaluator/SCRIPT_UNSAFE_INLINE',
      'csp-evaluator/MISSING_DIRECTIVES'
    ])
    expect(missingHeaders(report)).toEqual([])
    expect(mergeEffect(report)?.breaks).toEqual([])
  })
})
