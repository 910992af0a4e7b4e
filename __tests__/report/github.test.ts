import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { commentMarker } from '../../src/report/comment.js'
import { DRIFT_LABEL, syncDriftIssue } from '../../src/report/drift.js'
import { createOctokit, publishComment } from '../../src/report/github.js'
import type { VerifyReport } from '../../src/verify/types.js'
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js'
import { finding, page, verifyReport } from '../helpers/verify-report.js'

let gh: FakeGitHub
beforeEach(async () => {
  gh = await startFakeGitHub({ pageSize: 2 })
})
afterEach(async () => {
  await gh.close()
})

const repo = { owner: 'acme', repo: 'site' }
const marker = commentMarker('.github/security-headers.yml')

describe('sticky PR comment', () => {
  it('creates once, then updates the same comment found on a later page', async () => {
    // Other people's comments fill the first page, one quoting our marker mid-text.
    for (const body of ['first!', `quoting ${marker}`, 'lgtm']) {
      gh.state.comments.push({
        id: gh.state.comments.length + 1,
        issue_number: 7,
        body,
        user: { login: 'octocat', type: 'User' }
      })
    }
    const octokit = await createOctokit('t0ken', { GITHUB_API_URL: gh.url })
    const notices: string[] = []
    const first = await publishComment(
      octokit,
      { ...repo, issueNumber: 7, marker, body: `${marker}\nrun 1` },
      (m) => notices.push(m)
    )
    const second = await publishComment(
      octokit,
      { ...repo, issueNumber: 7, marker, body: `${marker}\nrun 2` },
      (m) => notices.push(m)
    )
    expect(first.action).toBe('created')
    expect(second).toEqual({ action: 'updated', id: first.id })
    const ours = gh.state.comments.filter((c) => c.body.startsWith(marker))
    expect(ours).toHaveLength(1)
    expect(ours[0]?.body).toBe(`${marker}\nrun 2`)
    expect(gh.state.comments).toHaveLength(4)
    // The list was paged (page size 2): the second page was requested.
    expect(gh.state.requests.some((r) => r.method === 'GET' && r.path.includes('page=2'))).toBe(
      true
    )
    expect(gh.state.requests.find((r) => r.method === 'POST' && r.path !== '/graphql')?.path).toBe(
      '/repos/acme/site/issues/7/comments'
    )
    expect(notices).toEqual([])
  })

  it('ignores a comment with the marker that another account wrote, and leaves it alone', async () => {
    gh.state.comments.push({
      id: 1,
      issue_number: 7,
      body: `${marker}\n### headerguard plan · ✅ planted`,
      user: { login: 'mallory', type: 'User' }
    })
    const octokit = await createOctokit('workflow-token', { GITHUB_API_URL: gh.url })
    const posted = await publishComment(
      octokit,
      { ...repo, issueNumber: 7, marker, body: `${marker}\nreal` },
      () => undefined
    )
    expect(posted.action).toBe('created')
    expect(gh.state.comments.find((c) => c.id === 1)?.body).toContain('planted')
    const ours = gh.state.comments.filter((c) => c.user.login === 'github-actions[bot]')
    expect(ours.map((c) => c.body)).toEqual([`${marker}\nreal`])
    // The workflow token has no user: GET /user is refused and GraphQL's viewer names it.
    expect(gh.state.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual(
      expect.arrayContaining(['GET /user', 'POST /graphql'])
    )
    expect(gh.state.requests.some((r) => r.method === 'PATCH')).toBe(false)
  })

  it('with a personal token, matches the comments that user wrote (GET /user)', async () => {
    await gh.close()
    gh = await startFakeGitHub({ identities: { pat: { kind: 'user', login: 'Octocat' } } })
    gh.state.comments.push(
      {
        id: 1,
        issue_number: 7,
        body: `${marker}\nbot's`,
        user: { login: 'github-actions[bot]', type: 'Bot' }
      },
      { id: 2, issue_number: 7, body: `${marker}\nold`, user: { login: 'octocat', type: 'User' } }
    )
    const octokit = await createOctokit('pat', { GITHUB_API_URL: gh.url })
    const posted = await publishComment(
      octokit,
      { ...repo, issueNumber: 7, marker, body: `${marker}\nnew` },
      () => undefined
    )
    expect(posted).toEqual({ action: 'updated', id: 2 })
    expect(gh.state.comments.map((c) => c.body)).toEqual([`${marker}\nbot's`, `${marker}\nnew`])
    expect(gh.state.requests.some((r) => r.path === '/graphql')).toBe(false)
  })

  it('skips with a notice when there is no pull request', async () => {
    const notices: string[] = []
    const result = await publishComment(
      await createOctokit('t', { GITHUB_API_URL: gh.url }),
      { ...repo, marker, body: 'x' },
      (m) => notices.push(m)
    )
    expect(result.action).toBe('skipped')
    expect(notices[0]).toMatch(/not a pull request/)
    expect(gh.state.requests).toHaveLength(0)
  })

  it('turns 403 into a notice asking for pull-requests: write', async () => {
    gh.failCommentCreation(403)
    const notices: string[] = []
    const result = await publishComment(
      await createOctokit('t', { GITHUB_API_URL: gh.url }),
      { ...repo, issueNumber: 3, marker, body: 'x' },
      (m) => notices.push(m)
    )
    expect(result.action).toBe('skipped')
    expect(notices[0]).toMatch(/pull-requests: write/)
    expect(notices[0]).toMatch(/HTTP 403/)
  })

  it('sends the token and reaches the URL given in GITHUB_API_URL', async () => {
    await publishComment(
      await createOctokit('s3cret', { GITHUB_API_URL: gh.url }),
      { ...repo, issueNumber: 1, marker, body: 'x' },
      () => undefined
    )
    expect(gh.state.requests.length).toBeGreaterThan(0)
    expect(gh.state.requests.every((r) => r.authorization === 'token s3cret')).toBe(true)
  })
})

function report(status: 'pass' | 'fail'): VerifyReport {
  const failing = status === 'fail'
  return verifyReport(
    [
      page('https://www.example.com/', [
        finding({
          header: 'content-security-policy',
          verdict: failing ? 'missing' : 'pass',
          expected: "default-src 'self'",
          actual: failing ? null : "default-src 'self'",
          message: failing
            ? 'Content-Security-Policy is not in the response'
            : 'matches the policy',
          policyLine: 12
        })
      ])
    ],
    { grade: 'B', score: 75, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 10 }
  )
}

describe('drift issue', () => {
  const target = {
    ...repo,
    policyFile: '.github/security-headers.yml',
    runUrl: 'https://github.com/acme/site/actions/runs/1'
  }

  it('opens one labelled issue on drift, updates it, then closes it when the site conforms', async () => {
    const octokit = await createOctokit('t', { GITHUB_API_URL: gh.url })
    const opened = await syncDriftIssue(octokit, { ...target, report: report('fail') })
    expect(opened).toEqual({ action: 'opened', number: 1 })
    expect(gh.state.labels).toEqual([DRIFT_LABEL])
    expect(gh.state.issues[0]).toMatchObject({ state: 'open', labels: [DRIFT_LABEL] })
    expect(gh.state.issues[0]?.body).toContain('content-security-policy')

    const again = await syncDriftIssue(octokit, { ...target, report: report('fail') })
    expect(again).toEqual({ action: 'unchanged', number: 1 })
    const changed = report('fail')
    changed.grade = 'C'
    expect(await syncDriftIssue(octokit, { ...target, report: changed })).toEqual({
      action: 'updated',
      number: 1
    })
    expect(gh.state.issues).toHaveLength(1)

    const closed = await syncDriftIssue(octokit, { ...target, report: report('pass') })
    expect(closed).toEqual({ action: 'closed', number: 1 })
    expect(gh.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(gh.state.comments.find((c) => c.issue_number === 1)?.body).toMatch(/again/)
    expect(await syncDriftIssue(octokit, { ...target, report: report('pass') })).toEqual({
      action: 'unchanged'
    })
  })

  it('leaves the issue unedited on an unchanged re-check, with a re-check comment when asked', async () => {
    const octokit = await createOctokit('t', { GITHUB_API_URL: gh.url })
    await syncDriftIssue(octokit, { ...target, report: report('fail') })
    const body = gh.state.issues[0]?.body
    expect(body).not.toContain(target.runUrl)
    const later = { ...report('fail'), startedAt: '2026-01-02T00:00:00.000Z' }
    const recheck = await syncDriftIssue(octokit, {
      ...target,
      runUrl: 'https://github.com/acme/site/actions/runs/2',
      report: later,
      commentEachCheck: true
    })
    expect(recheck).toEqual({ action: 'unchanged', number: 1, commented: true })
    expect(gh.state.requests.filter((r) => r.method === 'PATCH')).toEqual([])
    expect(gh.state.issues[0]?.body).toBe(body)
    const comment = gh.state.comments.find((c) => c.issue_number === 1)?.body ?? ''
    expect(comment).toContain('[workflow run](https://github.com/acme/site/actions/runs/2)')
    expect(comment).toMatch(/findings unchanged/)
  })

  it('does not take over an issue with the marker that another account opened', async () => {
    gh.state.issues.push({
      number: 1,
      title: 'fake',
      body: '<!-- headerguard:drift policy=.github/security-headers.yml -->\nfake',
      state: 'open',
      labels: [DRIFT_LABEL],
      user: { login: 'mallory', type: 'User' }
    })
    const octokit = await createOctokit('t', { GITHUB_API_URL: gh.url })
    expect(await syncDriftIssue(octokit, { ...target, report: report('fail') })).toEqual({
      action: 'opened',
      number: 2
    })
    expect(gh.state.issues[0]?.body).toMatch(/fake$/)
  })

  it('does not open an issue when the site could not be reached', async () => {
    const unreachable = { ...report('fail'), unreachable: true }
    expect(
      await syncDriftIssue(await createOctokit('t', { GITHUB_API_URL: gh.url }), {
        ...target,
        report: unreachable
      })
    ).toEqual({ action: 'unchanged', skipped: expect.stringMatching(/no URL answered/) })
    expect(gh.state.issues).toHaveLength(0)
  })

  const timedOut = (findings = [finding()]) =>
    verifyReport([
      page('https://x.example/', findings),
      page('https://x.example/slow', [], {
        status: null,
        error: 'no response within 100 ms (3 attempts)'
      })
    ])

  it('opens no issue when the only failure is a URL that could not be checked', async () => {
    const octokit = await createOctokit('t', { GITHUB_API_URL: gh.url })
    const result = await syncDriftIssue(octokit, { ...target, report: timedOut() })
    expect(result).toEqual({
      action: 'unchanged',
      skipped: expect.stringMatching(/^1 URL could not be checked .*not drift/)
    })
    expect(gh.state.issues).toHaveLength(0)
  })

  it('neither closes an open issue on such a run, nor edits it', async () => {
    const octokit = await createOctokit('t', { GITHUB_API_URL: gh.url })
    await syncDriftIssue(octokit, { ...target, report: report('fail') })
    const body = gh.state.issues[0]?.body
    expect((await syncDriftIssue(octokit, { ...target, report: timedOut() })).action).toBe(
      'unchanged'
    )
    expect(gh.state.issues[0]).toMatchObject({ state: 'open', body })
  })

  it('with real violations too, opens the issue and names the URL that could not be checked', async () => {
    const octokit = await createOctokit('t', { GITHUB_API_URL: gh.url })
    const bad = finding({
      verdict: 'missing',
      actual: null,
      message: 'x-frame-options is not in the response'
    })
    expect((await syncDriftIssue(octokit, { ...target, report: timedOut([bad]) })).action).toBe(
      'opened'
    )
    const body = gh.state.issues[0]?.body ?? ''
    expect(body).toMatch(/x-frame-options/)
    expect(body).toMatch(/1 URL could not be checked/)
    expect(body).toMatch(/- `https:\/\/x\.example\/slow`: no response within 100 ms/)
  })
})
