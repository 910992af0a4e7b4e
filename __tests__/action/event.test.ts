import { describe, expect, it } from '@jest/globals'
import { describeEvent, resolveMode } from '../../src/event.js'

describe('resolveMode', () => {
  it.each([
    ['pull_request', 'plan'],
    ['push', 'deploy'],
    ['workflow_dispatch', 'deploy'],
    ['schedule', 'check'],
    ['issue_comment', 'plan']
  ])('auto on %s runs %s', (event, mode) => {
    expect(resolveMode('auto', event)).toBe(mode)
  })
  it('an explicit mode wins over the event', () => {
    expect(resolveMode('check', 'push')).toBe('check')
  })
})

describe('describeEvent', () => {
  const env = { GITHUB_REPOSITORY: 'acme/site', GITHUB_SHA: 'abc123', GITHUB_RUN_ID: '42' }
  it('finds the pull request and tells a fork apart', () => {
    const same = describeEvent(
      'pull_request',
      {
        pull_request: { number: 7, head: { repo: { full_name: 'acme/site' } } },
        repository: { full_name: 'acme/site' }
      },
      env
    )
    expect(same).toMatchObject({
      owner: 'acme',
      repo: 'site',
      prNumber: 7,
      fromFork: false,
      sha: 'abc123'
    })
    expect(same.runUrl).toBe('https://github.com/acme/site/actions/runs/42')
    const fork = describeEvent(
      'pull_request',
      {
        pull_request: { number: 8, head: { repo: { full_name: 'mallory/site' } } },
        repository: { full_name: 'acme/site' }
      },
      env
    )
    expect(fork.fromFork).toBe(true)
  })
  it('a push has no pull request', () => {
    expect(describeEvent('push', {}, env)).toMatchObject({ prNumber: undefined, fromFork: false })
  })
})
