// Who a GitHub token writes as, so the sticky comment and the drift issue are matched only when
// this token wrote them. Takes the client as a parameter (no import of @actions/github here).
import type { Octokit } from './github.js'

export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** The workflow token's identity (an installation token of the GitHub Actions app). */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]'

/**
 * The login the token writes as. `GET /user` answers for a personal or OAuth token; an
 * installation token (the workflow's GITHUB_TOKEN, a GitHub App's) gets 403 "Resource not
 * accessible by integration" there, so the GraphQL `viewer` is asked next; when neither answers,
 * the token is taken to be the workflow token.
 */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    const user = await octokit.rest.users.getAuthenticated()
    if (user.data.login) return user.data.login
  } catch (error) {
    const status = httpStatus(error)
    if (status !== 401 && status !== 403 && status !== 404) throw error
  }
  try {
    const answer = await octokit.graphql<{ viewer?: { login?: string } }>(
      'query { viewer { login } }'
    )
    if (answer.viewer?.login) return answer.viewer.login
  } catch {
    // No GraphQL for this token either: fall through to the workflow token's identity.
  }
  return WORKFLOW_TOKEN_LOGIN
}

/** Same login, ignoring case (GitHub logins are case-insensitive). */
export function sameLogin(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase()
}
