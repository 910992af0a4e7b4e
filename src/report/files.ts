// Machine-readable reports: the JSON report (the contract in docs/ARCHITECTURE.md, more fields allowed) and SARIF
// 2.1.0 located at the policy file's lines, so code scanning shows violations on the policy.
import { mkdir as mkdirCallback, writeFile as writeFileCallback } from 'node:fs'
import { promisify } from 'node:util'
import { dirname } from 'node:path'
import { repoRelative } from '../paths.js'
import type { VerifyReport } from '../verify/types.js'
import { groupFailures } from './findings.js'
import type { ReportInput } from './types.js'

// The callback API, promisified: node:fs/promises costs a cold start a dozen internal modules.
const mkdir = promisify(mkdirCallback)
const writeFile = promisify(writeFileCallback)

/** SARIF 2.1.0 3.27.10 result levels; a rule's severity `info` is `note`. */
type SarifLevel = 'error' | 'warning' | 'note'

function sarifLevel(severity: 'error' | 'warning' | 'info'): SarifLevel {
  return severity === 'info' ? 'note' : severity
}

/** The report contract (docs/ARCHITECTURE.md): `status`, `grade`, `results[{url, status, findings[...]}]` first, then extras. */
export function toJsonReport(verify: VerifyReport): Record<string, unknown> {
  const { status, grade, results, ...extra } = verify
  return { status, grade, results, ...extra }
}

/**
 * The report file of a whole run: the verify report (or a failed, empty one when the run
 * stopped before verifying) plus what the run did: mode, policy diagnostics, the deploy
 * outcome and the notes.
 */
export function toRunReport(input: ReportInput): Record<string, unknown> {
  const verify = input.verify
    ? toJsonReport(input.verify)
    : { status: 'fail', grade: null, results: [] }
  return {
    ...verify,
    ...(input.error !== undefined ? { status: 'fail', error: input.error } : {}),
    mode: input.mode,
    policyFile: input.policyFile,
    diagnostics: input.diagnostics.map((d) => ({
      severity: d.severity,
      rule: d.rule,
      message: d.message,
      line: d.pos.line,
      column: d.pos.col
    })),
    ...(input.outcome ? { deploy: input.outcome } : {}),
    ...(input.cspPreview ? { cspPreview: input.cspPreview } : {}),
    notes: input.notes
  }
}

interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  defaultConfiguration: { level: SarifLevel }
}

export function toSarif(input: ReportInput, repoRoot?: string): Record<string, unknown> {
  const uri = repoRelative(repoRoot, input.policyFile)
  const rules: SarifRule[] = []
  const ruleIndex = new Map<string, number>()
  const ruleFor = (id: string, description: string, level: SarifLevel) => {
    if (!ruleIndex.has(id)) {
      ruleIndex.set(id, rules.length)
      rules.push({
        id,
        name: id.replace(/[^A-Za-z0-9]+(.)/g, (_m, c: string) => c.toUpperCase()),
        shortDescription: { text: description },
        defaultConfiguration: { level }
      })
    }
    return ruleIndex.get(id) as number
  }
  const location = (line: number, column?: number) => [
    {
      physicalLocation: {
        artifactLocation: { uri },
        region: { startLine: Math.max(1, line), ...(column ? { startColumn: column } : {}) }
      }
    }
  ]
  const results = [
    ...input.diagnostics.map((d) => {
      const id = `policy/${d.rule}`
      return {
        ruleId: id,
        ruleIndex: ruleFor(id, `Policy file problem: ${d.rule}`, d.severity),
        level: d.severity,
        message: { text: d.message },
        locations: location(d.pos.line, d.pos.col)
      }
    }),
    ...groupFailures(input.verify).map((g) => {
      const id = g.check ?? `${g.verdict}/${g.header}`
      return {
        ruleId: id,
        ruleIndex: ruleFor(
          id,
          g.check
            ? `${g.check} on the live site's ${g.header}`
            : `${g.header}: ${g.verdict} on the live site`,
          sarifLevel(g.severity)
        ),
        level: sarifLevel(g.severity),
        message: {
          text: `${g.message} (${g.urls.length} URL${g.urls.length === 1 ? '' : 's'}: ${g.urls.slice(0, 5).join(', ')}${g.urls.length > 5 ? ', …' : ''})`
        },
        locations: location(g.policyLine ?? 1, g.policyColumn),
        partialFingerprints: {
          headerguardFinding: `${g.header}/${g.verdict}/${g.policyLine ?? 0}${g.check ? `/${g.check}` : ''}`
        }
      }
    })
  ]
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'headerguard',
            informationUri: 'https://github.com/headerguard/headerguard',
            rules
          }
        },
        results
      }
    ]
  }
}

async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`)
}

/** Writes the JSON report and/or SARIF where asked; returns what was written. */
export async function writeReportFiles(
  input: ReportInput,
  paths: { json?: string; sarif?: string; repoRoot?: string }
): Promise<{ json?: string; sarif?: string }> {
  const written: { json?: string; sarif?: string } = {}
  if (paths.json) {
    await writeJson(paths.json, toRunReport(input))
    written.json = paths.json
  }
  if (paths.sarif) {
    await writeJson(paths.sarif, toSarif(input, paths.repoRoot))
    written.sarif = paths.sarif
  }
  return written
}
