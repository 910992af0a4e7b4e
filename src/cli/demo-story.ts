// How the demo prints one run of the action, the way the CLI prints a run: `--quiet` the
// verdict alone, by default what changed and one line per URL, `--verbose` every table; and
// the CSP preview of a plan, as `headerguard csp-preview` prints it.
import { previewVerdict, renderCspPreview } from '../report/csp-preview.js'
import {
  renderOutcome,
  renderReport,
  renderReportBrief,
  renderVerdict,
  type Verbosity
} from '../report/terminal.js'
import type { ActionResult } from './demo-action.js'

type Mode = 'plan' | 'deploy'

/** A step's one line: its title and the verdict of the run (all that `--quiet` prints). */
function verdictLine(title: string, result: ActionResult, mode: Mode = 'deploy'): string {
  const preview = result.report?.cspPreview
  if (preview) return `${title}: ${previewVerdict(preview)}`
  const verify = result.report?.results.length
    ? renderVerdict(result.report, mode).split('\n').at(-1)
    : `no verification (action exit code ${result.code})`
  return `${title}: ${verify}`
}

/** The notes of a run about its CSP preview: why there is none, when there is none. */
function previewNotes(result: ActionResult): string[] {
  return (result.report?.notes ?? []).filter((note) => note.startsWith('CSP preview'))
}

export function story(
  title: string,
  result: ActionResult,
  verbosity: Verbosity,
  mode: Mode = 'deploy'
): string {
  if (verbosity === 'quiet') return verdictLine(title, result, mode)
  const lines = [`\n== ${title}`]
  if (result.report?.deploy) lines.push(renderOutcome(result.report.deploy, verbosity))
  const deployed = result.report?.deploy?.distributions.find((d) => d.deployedAfterMs !== undefined)
  if (deployed?.deployedAfterMs !== undefined) {
    lines.push(`time to Deployed: ${(deployed.deployedAfterMs / 1000).toFixed(1)} s`)
  }
  if (result.report?.results.length) {
    lines.push(
      '',
      verbosity === 'verbose'
        ? renderReport(result.report, mode)
        : renderReportBrief(result.report, mode)
    )
  }
  if (result.report?.cspPreview) lines.push('', renderCspPreview(result.report.cspPreview))
  else if (mode === 'plan') lines.push('', ...previewNotes(result))
  lines.push(
    '',
    `action exit code ${result.code} in ${result.seconds.toFixed(1)} s; outputs: status=${result.outputs.status ?? ''} version=${result.outputs.version ?? ''} changed=${result.outputs.changed ?? ''} grade=${result.outputs.grade ?? ''}`
  )
  return lines.join('\n')
}
