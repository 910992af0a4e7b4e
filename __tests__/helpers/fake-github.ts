// A small fake of the GitHub REST API, enough for headerguard's reporting: issue comments
// (list with pagination Link headers, create, update), issues (list with state/labels filters,
// create, update) and labels (get, create). Every request is recorded.
//
//   const gh = await startFakeGitHub({ pageSize: 2 })
//   const octokit = await createOctokit('test-token', { GITHUB_API_URL: gh.url })
//   ... gh.state.comments, gh.state.issues, gh.state.labels, gh.state.requests ...
//   gh.failCommentCreation(403)   // answer 403 "Resource not accessible by integration"
//   await gh.close()
//
// Seed data by pushing into `state` (e.g. comments from other users) before the code runs.
//
// Who a token is: `identities` maps a token to a user (`GET /user` answers) or an installation
// (`GET /user` answers 403 "Resource not accessible by integration", as GitHub does for the
// workflow token; the GraphQL `viewer` answers). Unknown tokens are the workflow token,
// `github-actions[bot]`. Comments and issues are written as the token's identity.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  issue_number: number
  body: string
  user: { login: string; type: string }
}

const userOf = (identity: FakeIdentity) => ({
  login: identity.login,
  type: identity.kind === 'installation' ? 'Bot' : 'User'
})

export interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason?: string | null
  labels: string[]
  pull_request?: Record<string, unknown>
  /** Who opened it; the workflow token when not set. */
  user?: { login: string; type: string }
}

export interface FakeRequest {
  method: string
  path: string
  body?: unknown
  /** The Authorization header as sent. */
  authorization?: string
}

export interface FakeGitHubState {
  comments: FakeComment[]
  issues: FakeIssue[]
  labels: string[]
  requests: FakeRequest[]
}

export interface FakeIdentity {
  kind: 'user' | 'installation'
  login: string
}

export interface FakeGitHub {
  /** Base URL to use as GITHUB_API_URL, no trailing slash. */
  url: string
  state: FakeGitHubState
  /** From now on, comment creation and updates answer this status (403, 404…); undefined restores. */
  failCommentCreation(status: number | undefined): void
  close(): Promise<void>
}

const WORKFLOW_TOKEN: FakeIdentity = { kind: 'installation', login: 'github-actions[bot]' }

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

function paginate<T>(
  res: http.ServerResponse,
  url: URL,
  items: T[],
  pageSize: number | undefined
): void {
  const perPage = pageSize ?? Number(url.searchParams.get('per_page') ?? 30)
  const page = Number(url.searchParams.get('page') ?? 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const link = (p: number, rel: string) => {
    const u = new URL(url.href)
    u.searchParams.set('page', String(p))
    return `<${u.href}>; rel="${rel}"`
  }
  const links = [page < last ? link(page + 1, 'next') : '', link(last, 'last')].filter(Boolean)
  send(res, 200, slice, { link: links.join(', ') })
}

function labelNames(labels: unknown): string[] {
  return Array.isArray(labels)
    ? labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: string }).name)))
    : []
}

export async function startFakeGitHub(
  options: { pageSize?: number; identities?: Record<string, FakeIdentity> } = {}
): Promise<FakeGitHub> {
  const state: FakeGitHubState = { comments: [], issues: [], labels: [], requests: [] }
  let commentFailure: number | undefined
  let nextId = 1000
  const issueView = (i: FakeIssue) => ({
    ...i,
    labels: i.labels.map((name) => ({ name })),
    user: i.user ?? userOf(WORKFLOW_TOKEN)
  })
  const identityOf = (authorization: string | undefined): FakeIdentity => {
    const token = (authorization ?? '').replace(/^(token|bearer) /i, '')
    return options.identities?.[token] ?? WORKFLOW_TOKEN
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`)
      const raw = Buffer.concat(chunks).toString('utf8')
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined
      const method = req.method ?? 'GET'
      state.requests.push({
        method,
        path: url.pathname + url.search,
        body,
        authorization: req.headers.authorization
      })
      const identity = identityOf(req.headers.authorization)
      if (url.pathname === '/user' && method === 'GET') {
        return identity.kind === 'user'
          ? send(res, 200, { login: identity.login, type: 'User' })
          : send(res, 403, { message: 'Resource not accessible by integration' })
      }
      if (url.pathname === '/graphql' && method === 'POST') {
        return send(res, 200, { data: { viewer: { login: identity.login } } })
      }
      const parts = url.pathname.split('/').filter(Boolean) // repos, owner, repo, ...
      const [r, , , a, b, c] = parts
      if (r !== 'repos') return send(res, 404, { message: 'Not Found' })

      // /repos/o/r/issues/comments/:id
      if (a === 'issues' && b === 'comments' && c && method === 'PATCH') {
        if (commentFailure)
          return send(res, commentFailure, { message: 'Resource not accessible by integration' })
        const comment = state.comments.find((x) => x.id === Number(c))
        if (!comment) return send(res, 404, { message: 'Not Found' })
        // An app's token may edit only the comments it wrote (GitHub answers 403 otherwise).
        if (comment.user.login.toLowerCase() !== identity.login.toLowerCase())
          return send(res, 403, { message: 'Resource not accessible by integration' })
        comment.body = String(body?.body ?? '')
        return send(res, 200, comment)
      }
      // /repos/o/r/issues/:n/comments
      if (a === 'issues' && b && c === 'comments') {
        const issueNumber = Number(b)
        if (method === 'GET')
          return paginate(
            res,
            url,
            state.comments.filter((x) => x.issue_number === issueNumber),
            options.pageSize
          )
        if (method === 'POST') {
          if (commentFailure)
            return send(res, commentFailure, { message: 'Resource not accessible by integration' })
          const comment: FakeComment = {
            id: nextId++,
            issue_number: issueNumber,
            body: String(body?.body ?? ''),
            user: userOf(identity)
          }
          state.comments.push(comment)
          return send(res, 201, comment)
        }
      }
      // /repos/o/r/issues/:n
      if (a === 'issues' && b && !c && method === 'PATCH') {
        const issue = state.issues.find((x) => x.number === Number(b))
        if (!issue) return send(res, 404, { message: 'Not Found' })
        if (typeof body?.body === 'string') issue.body = body.body
        if (typeof body?.title === 'string') issue.title = body.title
        if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state
        if (body?.state_reason !== undefined)
          issue.state_reason = body.state_reason as string | null
        return send(res, 200, issueView(issue))
      }
      // /repos/o/r/issues
      if (a === 'issues' && !b) {
        if (method === 'GET') {
          const wanted = url.searchParams.get('state') ?? 'open'
          const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean)
          const matching = state.issues.filter(
            (i) =>
              (wanted === 'all' || i.state === wanted) && labels.every((l) => i.labels.includes(l))
          )
          return paginate(res, url, matching.map(issueView), options.pageSize)
        }
        if (method === 'POST') {
          const issue: FakeIssue = {
            number: state.issues.length + 1,
            title: String(body?.title ?? ''),
            body: String(body?.body ?? ''),
            state: 'open',
            labels: labelNames(body?.labels),
            user: userOf(identity)
          }
          state.issues.push(issue)
          return send(res, 201, issueView(issue))
        }
      }
      // /repos/o/r/labels[/:name]
      if (a === 'labels') {
        if (method === 'GET' && b) {
          const name = decodeURIComponent(b)
          return state.labels.includes(name)
            ? send(res, 200, { name })
            : send(res, 404, { message: 'Not Found' })
        }
        if (method === 'POST') {
          const name = String(body?.name ?? '')
          if (state.labels.includes(name)) return send(res, 422, { message: 'Validation Failed' })
          state.labels.push(name)
          return send(res, 201, { name })
        }
      }
      send(res, 404, { message: `fake GitHub does not implement ${method} ${url.pathname}` })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    failCommentCreation: (status) => {
      commentFailure = status
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
