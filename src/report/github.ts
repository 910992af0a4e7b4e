// Thin GitHub I/O: the sticky PR comment. Every call goes through @actions/github's Octokit,
// loaded only when a comment or an issue is written (it and its HTTP stack are most of the
// action's bundle, and most runs never need them).
import type { getOctokit } from '@actions/github'
import { errorMessage } from '../errors.js'
import { httpStatus, sameLogin, tokenLogin } from './identity.js'

export type Octokit = ReturnType<typeof getOctokit>

/**
 * An Octokit for `token`. @actions/github reads GITHUB_API_URL once, when it is first imported;
 * passing `baseUrl` explicitly makes a later change (GHES, tests' fake server) count too.
 */
export async function createOctokit(
  token: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github')
  return getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' })
}

export interface StickyCommentTarget {
  owner: string
  repo: string
  issueNumber: number
  /** The hidden marker that identifies the comment; the body must start with it. */
  marker: string
  body: string
}

/**
 * Finds our comment by paging through all comments — written by this token's own identity, its
 * first line the marker — and updates it, or creates one. A comment someone else wrote with the
 * marker is never ours: editing it would fail, and trusting it would let anyone plant a report.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  { owner, repo, issueNumber, marker, body }: StickyCommentTarget
): Promise<{ action: 'created' | 'updated'; id: number }> {
  const text = body.startsWith(marker) ? body : `${marker}\n${body}`
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100
  })
  const login = await tokenLogin(octokit)
  // startsWith, not includes: a quoted copy of the marker elsewhere is not ours either.
  const mine = comments.find((c) => sameLogin(c.user?.login, login) && c.body?.startsWith(marker))
  if (mine) {
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text })
    return { action: 'updated', id: mine.id }
  }
  const created = await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: issueNumber,
    body: text
  })
  return { action: 'created', id: created.data.id }
}

export interface PublishResult {
  action: 'created' | 'updated' | 'skipped'
  id?: number
  /** Why it was skipped (also sent to `notice`). */
  reason?: string
}

/**
 * The sticky comment, or a notice saying why not: no pull request, or a token without
 * `pull-requests: write` (GitHub answers 403 "Resource not accessible by integration", or 404
 * for a fork's read-only token). Other errors propagate.
 */
export async function publishComment(
  octokit: Octokit,
  target: Omit<StickyCommentTarget, 'issueNumber'> & { issueNumber?: number },
  notice: (message: string) => void
): Promise<PublishResult> {
  if (target.issueNumber === undefined) {
    const reason =
      'not a pull request: the sticky comment is skipped (the job summary has the report)'
    notice(reason)
    return { action: 'skipped', reason }
  }
  try {
    return await upsertStickyComment(octokit, { ...target, issueNumber: target.issueNumber })
  } catch (error) {
    const status = httpStatus(error)
    if (status !== 403 && status !== 404) throw error
    const reason = `the token cannot comment on pull request #${target.issueNumber} (HTTP ${status}: ${errorMessage(error)}): grant the job \`permissions: pull-requests: write\` (forks get a read-only token); the job summary has the report`
    notice(reason)
    return { action: 'skipped', reason }
  }
}
