// What the triggering GitHub event means for a run: which mode `auto` picks, whether the PR
// comes from a fork (no AWS credentials there), where to comment.
import type { Mode, RunMode } from './settings.js'

export interface RunEvent {
  name: string
  owner?: string
  repo?: string
  sha?: string
  /** The pull request (or issue) number, when the event has one. */
  prNumber?: number
  /** A pull request whose head lives in another repository. */
  fromFork: boolean
  runUrl?: string
}

export interface EventPayload {
  pull_request?: {
    number?: number
    head?: { repo?: { full_name?: string; fork?: boolean } | null }
  }
  repository?: { full_name?: string }
  number?: number
}

export function describeEvent(
  name: string,
  payload: EventPayload,
  env: NodeJS.ProcessEnv
): RunEvent {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '/').split('/')
  const pr = payload.pull_request
  const headRepo = pr?.head?.repo
  const fromFork =
    pr !== undefined &&
    (headRepo === null ||
      (headRepo?.full_name !== undefined &&
        payload.repository?.full_name !== undefined &&
        headRepo.full_name !== payload.repository.full_name))
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    name,
    owner: owner || undefined,
    repo: repo || undefined,
    sha: env.GITHUB_SHA,
    prNumber: pr?.number ?? payload.number,
    fromFork,
    runUrl:
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined
  }
}

/** `auto`: pull_request → plan, push and workflow_dispatch → deploy, schedule → check. */
export function resolveMode(mode: Mode, eventName: string): RunMode {
  if (mode !== 'auto') return mode
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'merge_group':
      return 'plan'
    case 'schedule':
      return 'check'
    case 'push':
    case 'workflow_dispatch':
    case 'release':
    case 'repository_dispatch':
      return 'deploy'
    default:
      // Unknown events change nothing in AWS: a plan is always safe.
      return 'plan'
  }
}
