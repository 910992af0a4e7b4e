// Deploy outcomes in words a reader needs after a rollback: what each behavior has associated
// now and why ("restored v3 because verification failed after the deploy"). Shared by the
// Markdown reports and the terminal.
import type { DeployOutcome } from '../aws/types.js'

/** `v3` for a versioned ARN, else the ARN; `none` for no association. */
export function versionLabel(arn: string | undefined): string {
  if (!arn) return 'none'
  const version = /:(\d+)$/.exec(arn)?.[1]
  return version ? `v${version}` : arn
}

/** What one behavior has associated at the end of the run, and why, in words. */
export function associationNow(
  a: DeployOutcome['associations'][number],
  outcome: DeployOutcome
): string {
  const now = versionLabel(a.newArn)
  const reason = outcome.rolledBack?.reason
  switch (a.state) {
    case 'restored':
      return `restored ${now}${reason ? ` because ${reason}` : ''}`
    case 'failed':
      return `still ${now}: its update failed`
    case 'not-attempted':
      return `still ${now}: left alone after another distribution failed`
    case 'overwritten':
      return `${now}: someone else changed it after this run wrote it`
    case 'written':
      return `${now} (was ${versionLabel(a.previousArn)})`
    default:
      return a.changed
        ? `${outcome.mode === 'plan' ? 'would become' : 'now'} ${now} (was ${versionLabel(a.previousArn)})`
        : `${now}, unchanged`
  }
}
