// validate with Google's CSP Evaluator: each finding a warning, with the evaluator's check id,
// at the source or directive it concerns (string and directives forms), else at the CSP's own
// line; never an error; silenced by verify.csp-evaluator.
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkPolicyText, loadPolicyText } from '../../src/policy/load.js'
import { cliInProcess } from '../helpers/cli-in-process.js'

const v1 = 'version: 1\n'

async function advice(text: string): Promise<string[]> {
  const { diagnostics } = await checkPolicyText(text, 'p.yml')
  return diagnostics
    .filter((d) => d.rule.startsWith('csp-evaluator/'))
    .map((d) => `${d.rule}@${d.pos.line}:${d.pos.col} ${d.severity}`)
}

describe('validate reports the CSP Evaluator findings at their place', () => {
  it('in the string form: at the source, the directive, else the CSP line', async () => {
    const text = `${v1}headers:\n  x-frame-options: DENY\n  content-security-policy: "script-src 'self' 'unsafe-inline' https://www.google.com; referrer origin"\n`
    expect(await advice(text)).toEqual([
      'csp-evaluator/MISSING_DIRECTIVES@4:3 warning',
      'csp-evaluator/SCRIPT_UNSAFE_INLINE@4:47 warning',
      'csp-evaluator/SCRIPT_ALLOWLIST_BYPASS@4:63 warning',
      'csp-evaluator/DEPRECATED_DIRECTIVE@4:87 warning'
    ])
  })

  it('in the directives form: at the list item, or the directive key', async () => {
    const text = [
      'version: 1',
      'headers:',
      '  content-security-policy:',
      '    directives:',
      '      default-src: ["\'none\'"]',
      '      script-src:',
      '        - https://ajax.googleapis.com',
      '        - "\'unsafe-inline\'"',
      '      referrer: [origin]',
      ''
    ].join('\n')
    expect(await advice(text)).toEqual([
      'csp-evaluator/SCRIPT_ALLOWLIST_BYPASS@7:11 warning',
      'csp-evaluator/SCRIPT_UNSAFE_INLINE@8:12 warning',
      'csp-evaluator/DEPRECATED_DIRECTIVE@9:7 warning'
    ])
  })

  it('names the check in the message, and judges a CSP per path once', async () => {
    const text = `${v1}headers:\n  content-security-policy: "script-src 'none'"\npaths:\n  - match: /a/*\n    headers:\n      x-frame-options: DENY\n`
    const { diagnostics } = await checkPolicyText(text, 'p.yml')
    const found = diagnostics.filter((d) => d.rule.startsWith('csp-evaluator/'))
    expect(found).toHaveLength(1)
    expect(found[0]!.message).toBe(
      "CSP Evaluator MISSING_DIRECTIVES on object-src: Missing object-src allows the injection of plugins which can execute JavaScript. Can you set it to 'none'?"
    )
  })

  it("judges the preset's CSP, and the owasp preset's draws none of the findings it reports", async () => {
    expect(await advice(`${v1}extends: owasp\n`)).toEqual([])
    expect(await advice(`${v1}extends: strict\n`)).toEqual([])
  })

  it("without a CSP, the evaluator's findings are absent and loadPolicyText (sync) never has them", async () => {
    expect(await advice(`${v1}headers:\n  x-frame-options: DENY\n`)).toEqual([])
    // The same CSP that draws a finding through checkPolicyText draws none in the sync loader.
    const csp = `${v1}headers:\n  content-security-policy: "script-src 'self'"\n`
    expect(await advice(csp)).not.toEqual([])
    const sync = loadPolicyText(csp, 'policy.yml').diagnostics.map((d) => d.rule)
    expect(sync.filter((rule) => rule.startsWith('csp-evaluator/'))).toEqual([])
  })

  it('verify.csp-evaluator silences ids or the whole evaluator; an unknown id is an error', async () => {
    const csp = `${v1}headers:\n  content-security-policy: "script-src https://www.google.com 'unsafe-inline'"\n`
    expect(
      await advice(
        `${csp}verify:\n  csp-evaluator:\n    ignore: [SCRIPT_ALLOWLIST_BYPASS, MISSING_DIRECTIVES]\n`
      )
    ).toEqual(['csp-evaluator/SCRIPT_UNSAFE_INLINE@3:63 warning'])
    expect(await advice(`${csp}verify:\n  csp-evaluator: false\n`)).toEqual([])
    const { diagnostics, policy } = await checkPolicyText(
      `${csp}verify:\n  csp-evaluator:\n    ignore: [SCRIPT_ALLOWLIST_BYPAS]\n`,
      'p.yml'
    )
    expect(policy).toBeUndefined()
    expect(diagnostics.find((d) => d.severity === 'error')?.pos.line).toBe(6)
  })
})

describe("headerguard's own twin warnings: one source at a time", () => {
  // 'unsafe-inline' in script-src (SCRIPT_UNSAFE_INLINE) and the deprecated referrer,
  // prefetch-src and disown-opener (DEPRECATED_DIRECTIVE).
  const csp =
    "script-src 'unsafe-inline'; object-src 'none'; referrer origin; prefetch-src 'self'; disown-opener"
  const policyWith = (verify: string, form: 'string' | 'directives' = 'string') =>
    [
      'version: 1',
      'headers:',
      form === 'string'
        ? `  content-security-policy: "${csp}"`
        : [
            '  content-security-policy:',
            '    directives:',
            `      script-src: ["'unsafe-inline'"]`,
            `      object-src: ["'none'"]`,
            '      referrer: [origin]',
            `      prefetch-src: ["'self'"]`,
            '      disown-opener: []'
          ].join('\n'),
      verify,
      ''
    ].join('\n')

  async function sources(text: string) {
    const { diagnostics } = await checkPolicyText(text, 'p.yml')
    const rules = diagnostics.map((d) => d.rule)
    const count = (rule: string) => rules.filter((r) => r === rule).length
    return {
      ownInline: count('csp-unsafe'),
      ownDeprecated: count('csp-directive-deprecated'),
      evaluatorInline: count('csp-evaluator/SCRIPT_UNSAFE_INLINE'),
      evaluatorDeprecated: count('csp-evaluator/DEPRECATED_DIRECTIVE')
    }
  }

  it.each(['string', 'directives'] as const)(
    '%s form: the evaluator when it judges, headerguard when it is off or the id is ignored',
    async (form) => {
      // [own 'unsafe-inline', own deprecations, evaluator's SCRIPT_UNSAFE_INLINE, its DEPRECATED_DIRECTIVE]
      const cases: Array<[string, number[]]> = [
        ['', [0, 0, 1, 3]],
        ['verify:\n  csp-evaluator: false', [1, 3, 0, 0]],
        ['verify:\n  csp-evaluator:\n    ignore: [SCRIPT_UNSAFE_INLINE]', [1, 0, 0, 3]],
        ['verify:\n  csp-evaluator:\n    ignore: [DEPRECATED_DIRECTIVE]', [0, 3, 1, 0]]
      ]
      for (const [verify, counts] of cases) {
        const found = await sources(policyWith(verify, form))
        expect([verify, Object.values(found)]).toEqual([verify, counts])
      }
    }
  )

  it("headerguard's own warnings say what to do, at the source or directive", async () => {
    const { diagnostics } = await checkPolicyText(
      policyWith('verify:\n  csp-evaluator: false'),
      'p.yml'
    )
    const own = diagnostics
      .filter((d) => d.rule === 'csp-unsafe' || d.rule === 'csp-directive-deprecated')
      .map((d) => `${d.pos.line}:${d.pos.col} ${d.message}`)
    expect(own).toEqual([
      "3:40 'unsafe-inline' in script-src lets injected scripts run, which is what CSP is meant to stop",
      "3:76 CSP directive 'referrer' is obsolete: use the Referrer-Policy header",
      "3:93 CSP directive 'prefetch-src' is deprecated and ignored by browsers",
      "3:114 CSP directive 'disown-opener' was dropped from CSP and is ignored by browsers: use Cross-Origin-Opener-Policy"
    ])
  })
})

describe('headerguard validate', () => {
  it('prints the warnings at their line and still exits 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hg-advice-'))
    await writeFile(
      join(dir, 'p.yml'),
      `${v1}headers:\n  content-security-policy: "default-src 'self' 'unsafe-inline'"\n`
    )
    const { code, out, err } = await cliInProcess(['validate', '--policy', 'p.yml'], { cwd: dir })
    expect(code).toBe(0)
    expect(err).toContain(
      "p.yml:3:48: warning: CSP Evaluator SCRIPT_UNSAFE_INLINE on default-src 'unsafe-inline': 'unsafe-inline' allows the execution of unsafe in-page scripts and event handlers."
    )
    expect(out).toContain('valid (1 header, 0 path rules, 1 warning)')
  })
})
