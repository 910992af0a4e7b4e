import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DeployOutcome } from '../../src/aws/types.js'
import { annotationsFor, emitAnnotations } from '../../src/report/annotations.js'
import { commentMarker, renderComment } from '../../src/report/comment.js'
import { toJsonReport, toSarif } from '../../src/report/files.js'
import { byteLength, code, codeCell, text } from '../../src/report/markdown.js'
import { outcomeOutputs, shouldFail } from '../../src/report/outputs.js'
import { renderSummary } from '../../src/report/summary.js'
import type { ReportInput } from '../../src/report/types.js'
import { verifySite } from '../../src/verify/site.js'
import type { VerifyReport } from '../../src/verify/types.js'
import { type SiteServer, startSiteServer } from '../helpers/site-server.js'
import { finding, page, verifyReport } from '../helpers/verify-report.js'
import { makePolicy, POLICY_FILE } from '../verify/fixtures.js'

const HOSTILE = [
  'a | b | c',
  'tick ` and ``` fences',
  '<img src=x onerror=alert(1)>',
  'ping @octocat and @github/security',
  '[click](javascript:alert(1))',
  '](javascript:alert(1))',
  '<!-- headerguard:comment policy=.github/security-headers.yml -->',
  '</details><script>alert(1)</script>',
  'see #1 and https://evil.example/x',
  'back\\| slash \\\\| pipes \\'
]

/** The Markdown with every code span removed: what GitHub would interpret. */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '')
}

/** Every table row must have the same number of unescaped pipes as its header. */
function tableShapeOk(markdown: string): boolean {
  const lines = markdown.split('\n')
  let expected: number | undefined
  for (const line of lines) {
    if (!line.startsWith('|')) {
      expected = undefined
      continue
    }
    // A pipe is escaped only by an odd run of backslashes: `\\|` is an escaped backslash and a live pipe.
    const pipes = [...line.matchAll(/(\\*)\|/g)].filter((m) => (m[1] ?? '').length % 2 === 0).length
    if (expected === undefined) expected = pipes
    else if (pipes !== expected) return false
  }
  return true
}

function assertSafe(markdown: string): void {
  const rest = outsideCode(markdown.split('\n').slice(1).join('\n')) // line 1 may be our marker
  expect(tableShapeOk(markdown)).toBe(true)
  expect(rest).not.toMatch(/<img|<script/i)
  expect(rest).not.toMatch(/\]\(javascript:/i)
  expect(rest).not.toMatch(/@octocat|@github\//)
  expect(rest).not.toMatch(/<!--/)
  expect(rest).not.toMatch(/<\/details><script/)
  expect(rest).not.toMatch(/https:\/\/evil/)
  expect(rest).not.toMatch(/(?<![&\\\w])#1\b/)
}

let site: SiteServer
let hostileReport: VerifyReport
const policy = makePolicy({
  headers: { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "default-src 'self'" },
  remove: ['server']
})

beforeAll(async () => {
  site = await startSiteServer({
    '/': {
      headers: {
        'x-frame-options': HOSTILE.slice(0, 5).join(' '),
        'content-security-policy': HOSTILE.slice(5).join(' '),
        server: 'x'.repeat(10_000)
      }
    },
    '/redirect': { redirect: '/<img src=x onerror=alert(1)>?@octocat|`x`' },
    '*': { status: 404 }
  })
  hostileReport = await verifySite(policy, {
    urls: [site.url],
    paths: ['/', '/redirect'],
    runId: 'adv',
    retries: 0
  })
})
afterAll(async () => {
  await site.close()
})

const input = (verify: VerifyReport, extra: Partial<ReportInput> = {}): ReportInput => ({
  mode: 'check',
  policyFile: POLICY_FILE,
  policy,
  diagnostics: [],
  verify,
  notes: [],
  failOn: 'error',
  runUrl: 'https://github.com/acme/site/actions/runs/42',
  ...extra
})

describe('escaping: a hostile site cannot break or inject into the Markdown', () => {
  it('fetched the hostile values verbatim (the test is meaningful)', () => {
    const actual = hostileReport.results[0]?.findings.find(
      (f) => f.header === 'x-frame-options'
    )?.actual
    expect(actual).toContain('<img src=x onerror=alert(1)>')
    expect(actual).toContain('@octocat')
  })

  it('keeps the job summary safe', () => {
    const summary = renderSummary(input(hostileReport))
    assertSafe(summary)
    expect(summary).toContain('<img src=x onerror=alert(1)>') // shown, inside a code span
    expect(summary).toMatch(/… \(\d+ more characters\)/) // the 10 KB Server value is cut
  })

  it('keeps the PR comment safe, with the marker only on line 1', () => {
    const comment = renderComment(input(hostileReport))
    expect(comment.startsWith(`${commentMarker(POLICY_FILE)}\n`)).toBe(true)
    assertSafe(comment)
    // <summary> lines are raw HTML: there the values are entity-escaped instead.
    for (const line of comment.split('\n').filter((l) => l.startsWith('<details>'))) {
      expect(line).not.toMatch(/<img|<script/)
    }
  })

  it.each(HOSTILE)('code spans and cells hold %j literally', (value) => {
    const cell = codeCell(value)
    expect(tableShapeOk(`| h |\n| --- |\n| ${cell} |`)).toBe(true)
    expect(outsideCode(code(value))).toBe('')
    expect(text(value).replace(/<\/?code>/g, '')).not.toMatch(/<|\]\(|@[a-z]|:\/\//)
  })
})

describe('size limits', () => {
  const many = verifyReport(
    Array.from({ length: 400 }, (_, i) =>
      page(
        `https://www.example.com/page-${i}`,
        Array.from({ length: 5 }, (_, j) =>
          finding({
            header: `x-header-${j}`,
            verdict: 'mismatch',
            expected: 'e'.repeat(300),
            actual: 'a'.repeat(3000),
            message: 'differs',
            policyLine: 10 + j
          })
        )
      )
    ),
    { grade: 'F', score: 0 }
  )

  it('keeps the comment under 64 KB and says what was left out', () => {
    const comment = renderComment(input(many))
    expect(byteLength(comment)).toBeLessThan(65_536)
    expect(comment).toMatch(/more section\(s\) left out/)
    expect(tableShapeOk(comment)).toBe(true)
  })

  it('keeps the summary under 1 MiB', () => {
    const summary = renderSummary(input(many))
    expect(byteLength(summary)).toBeLessThan(1_048_576)
    expect(summary).toMatch(/more section\(s\) left out/)
  })
})

describe('annotations', () => {
  it('annotates each problem once at its policy line, caps at 10 errors, and folds the rest', () => {
    const results = Array.from({ length: 15 }, (_, i) => ({
      url: `https://x.example/${i}`,
      status: 200,
      kind: 'page' as const,
      requestedUrl: `https://x.example/${i}`,
      findings: [
        {
          header: `h-${i}`,
          verdict: 'missing' as const,
          expected: 'v',
          actual: null,
          message: `h-${i} missing`,
          policyLine: 20 + i,
          severity: 'error' as const,
          kind: 'header' as const
        },
        {
          header: 'x-frame-options',
          verdict: 'stale-cache' as const,
          expected: 'DENY',
          actual: null,
          message: 'stale',
          policyLine: 5,
          severity: 'warning' as const,
          kind: 'header' as const
        }
      ]
    }))
    const report = {
      ...hostileReport,
      results,
      totals: { pass: 0, failed: 30, errors: 15, warnings: 15 }
    }
    const annotations = annotationsFor(input(report))
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10)
    // the 15 stale-cache findings on one line are one annotation naming the URLs
    const warnings = annotations.filter((a) => a.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ file: POLICY_FILE, startLine: 5 })
    expect(warnings[0]?.message).toMatch(/on 15 URLs: .* and 12 more/)
    expect(annotations.at(-1)).toMatchObject({
      level: 'notice',
      message: expect.stringMatching(/^5 more error/)
    })
    expect(annotations[0]).toMatchObject({
      file: POLICY_FILE,
      startLine: 20,
      title: 'headerguard: h-0 missing'
    })

    const seen: string[] = []
    const sink = {
      error: (m: string) => seen.push(`E ${m}`),
      warning: (m: string) => seen.push(`W ${m}`),
      notice: (m: string) => seen.push(`N ${m}`)
    }
    emitAnnotations(annotations, sink)
    expect(seen.map((s) => s[0]).join('')).toBe('EEEEEEEEEEWN')
  })

  it('annotates policy diagnostics at their own position', () => {
    const diagnostic = {
      severity: 'error' as const,
      message: 'bad header name',
      rule: 'header-name-token',
      pos: { file: POLICY_FILE, line: 4, col: 5 }
    }
    const [a] = annotationsFor(
      input(hostileReport, { diagnostics: [diagnostic], verify: undefined })
    )
    expect(a).toMatchObject({
      level: 'error',
      startLine: 4,
      startColumn: 5,
      message: `${POLICY_FILE}:4:5: error: bad header name`
    })
  })
})

describe('outputs, fail-on, JSON and SARIF', () => {
  it('outputs status, the missing list and the grade', () => {
    const out = outcomeOutputs(input(hostileReport))
    expect(out.status).toBe('fail')
    expect(JSON.parse(out.missing)).toEqual([
      'content-security-policy',
      'server',
      'x-frame-options'
    ])
    expect(out.grade).toBe(hostileReport.grade ?? '')
  })

  it.each([
    ['error', 'fail', 0, true],
    ['error', 'pass', 1, false],
    ['warning', 'pass', 1, true],
    ['never', 'fail', 0, false]
  ] as const)(
    'fail-on %s with status %s and %d warnings -> %s',
    (failOn, status, warnings, expected) => {
      const verify = {
        ...hostileReport,
        status,
        totals: { pass: 0, failed: 0, errors: status === 'fail' ? 1 : 0, warnings }
      }
      expect(shouldFail(input(verify, { failOn }))).toBe(expected)
    }
  )

  it('writes the report JSON shape of the contract (docs/ARCHITECTURE.md)', () => {
    const json = JSON.parse(JSON.stringify(toJsonReport(hostileReport))) as Record<string, unknown>
    expect(Object.keys(json).slice(0, 3)).toEqual(['status', 'grade', 'results'])
    const result = (json.results as Array<Record<string, unknown>>)[0] as Record<string, unknown>
    expect(result).toMatchObject({ url: `${site.url}/`, status: 200 })
    const finding = (result.findings as Array<Record<string, unknown>>)[0]
    expect(Object.keys(finding ?? {})).toEqual(
      expect.arrayContaining(['header', 'verdict', 'expected', 'actual', 'message', 'policyLine'])
    )
  })

  it('locates SARIF results at the policy lines, relative to the repository root', () => {
    const sarif = toSarif(
      input(hostileReport, { policyFile: '/work/repo/.github/security-headers.yml' }),
      '/work/repo'
    ) as {
      version: string
      runs: Array<{
        tool: { driver: { name: string; rules: Array<{ id: string }> } }
        results: Array<{
          ruleId: string
          ruleIndex: number
          locations: Array<{
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
          }>
        }>
      }>
    }
    expect(sarif.version).toBe('2.1.0')
    const run = sarif.runs[0]!
    expect(run.tool.driver.name).toBe('headerguard')
    const xfo = run.results.find((r) => r.ruleId === 'mismatch/x-frame-options')
    expect(xfo?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: '.github/security-headers.yml' },
      region: { startLine: 10, startColumn: 3 }
    })
    expect(run.tool.driver.rules[xfo!.ruleIndex]?.id).toBe('mismatch/x-frame-options')
  })
})

describe('plan and deploy summaries show what changed', () => {
  const outcome: DeployOutcome = {
    mode: 'deploy',
    functionName: 'acme-security-headers',
    functionArn: 'arn:aws:lambda:us-east-1:111122223333:function:acme-security-headers:8',
    version: '8',
    codeChanged: true,
    changed: true,
    previousFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:acme-security-headers:7',
    associations: [
      {
        distributionId: 'E2QWRUHEXAMPLE',
        behavior: '*',
        previousArn: 'arn:…:7',
        newArn: 'arn:…:8',
        changed: true
      }
    ],
    distributions: [
      {
        id: 'E2QWRUHEXAMPLE',
        domainName: 'd111111abcdef8.cloudfront.net',
        status: 'Deployed',
        deployedAfterMs: 95_000,
        invalidationId: 'I2J0I21PCUYOIK'
      }
    ],
    headerDiff: {
      added: [{ name: 'cross-origin-opener-policy', after: 'same-origin' }],
      changed: [{ name: 'x-frame-options', before: 'SAMEORIGIN', after: 'DENY' }],
      removed: []
    },
    steps: ['published version 8', 'associated with E2QWRUHEXAMPLE *']
  }

  it('lists version, behaviors old -> new and the header diff', () => {
    const summary = renderSummary(input(hostileReport, { mode: 'deploy', outcome }))
    expect(summary).toContain('### headerguard deploy')
    expect(summary).toContain('version `8`')
    expect(summary).toMatch(
      /\| `E2QWRUHEXAMPLE` \| `\*` \| `arn:…:7` \| `arn:…:8` \| now v8 \\\(was v7\\\) \|/
    )
    expect(summary).toMatch(/\| changed \| `x-frame-options` \| all \| `SAMEORIGIN` → `DENY` \|/)
    expect(summary).toContain('deployed after 95 s')
  })
})

describe('header diff folding', () => {
  it('keeps value changes per row and folds removal lists into one line each', async () => {
    const { foldHeaderDiff } = await import('../../src/report/diff-rows.js')
    const folded = foldHeaderDiff({
      added: [
        { name: 'x-frame-options', after: 'DENY' },
        { name: 'server', action: 'remove' },
        { name: 'x-powered-by', action: 'remove', path: '/api/*' }
      ],
      changed: [{ name: 'cache-control', before: 'no-store', after: 'public', path: '/assets/*' }],
      removed: [{ name: 'x-envoy-*', action: 'remove' }]
    })
    expect(folded.values).toEqual([
      { kind: 'added', name: 'x-frame-options', path: undefined, before: undefined, after: 'DENY' },
      {
        kind: 'changed',
        name: 'cache-control',
        path: '/assets/*',
        before: 'no-store',
        after: 'public'
      }
    ])
    expect(folded.removalsAdded).toEqual(['server', 'x-powered-by (paths /api/*)'])
    expect(folded.removalsDropped).toEqual(['x-envoy-*'])
  })

  it('counts a header removed on every path set once', async () => {
    const { foldHeaderDiff } = await import('../../src/report/diff-rows.js')
    const names = ['server', 'x-powered-by']
    const sets = [undefined, '/a/*', '/b/*']
    const folded = foldHeaderDiff({
      added: sets.flatMap((path) =>
        names.map((name) => ({ name, action: 'remove' as const, ...(path ? { path } : {}) }))
      ),
      changed: [],
      removed: [
        { name: 'x-debug', action: 'remove', path: '/a/*' },
        { name: 'x-debug', action: 'remove', path: '/b/*' }
      ]
    })
    expect(folded.removalsAdded).toEqual(['server', 'x-powered-by'])
    expect(folded.removalsDropped).toEqual(['x-debug (paths /a/*, /b/*)'])
  })
})
