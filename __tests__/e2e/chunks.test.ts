// Which chunks each run of the bundles can reach, and which it really loads: the GitHub client
// only when a comment or an issue is written (never in the CLI), the browser driver only from
// the CSP preview's own lazily loaded code. Read from the committed bundles (the chunk graph)
// and from bundled processes (every module file they load).
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chunkGraph } from '../../scripts/chunk-graph.js'
import { makeWorkspace, runAction } from '../helpers/action-process.js'
import { runCli } from '../helpers/cli-process.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import { assertFreshDist } from '../helpers/fresh-dist.js'
import { startSiteServer } from '../helpers/site-server.js'

beforeAll(() => assertFreshDist())

const recorder = pathToFileURL(resolve('__tests__/helpers/record-loads.mjs')).href
const POLICY = 'version: 1\nheaders:\n  x-frame-options: DENY\n'

/** A fresh log file and the environment that makes a bundled process write to it. */
function loadLog(): { env: Record<string, string>; loaded(): string[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'hg-loads-')), 'loads.txt')
  writeFileSync(file, '')
  return {
    env: { NODE_OPTIONS: `--import=${recorder}`, HEADERGUARD_LOAD_LOG: file },
    loaded: () =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((url) => url.includes('/dist/'))
        .map((url) => url.replace(/^.*\/dist\//, 'dist/'))
  }
}

describe('the chunk graph of the committed bundles', () => {
  for (const dir of ['dist', 'dist/cli']) {
    it(`${dir}: the browser driver is loaded only from the CSP preview's own chunk`, () => {
      const graph = chunkGraph(dir)
      expect(graph.browserChunks).toHaveLength(1)
      const loaders = graph.loadersOf(graph.browserChunks[0]!)
      expect(loaders.length).toBeGreaterThan(0)
      for (const loader of loaders) {
        // Not the entry file (every run), and the file that starts the browser (launch.ts).
        expect(loader).not.toBe('index.js')
        expect(readFileSync(join(dir, loader), 'utf8')).toContain('headerguard-browser-')
      }
    })
  }

  for (const dir of ['dist', 'dist/cli']) {
    it(`${dir}: Google's CSP Evaluator is a chunk of its own, never the entry file`, () => {
      const graph = chunkGraph(dir)
      expect(graph.cspEvaluatorChunks).toHaveLength(1)
      expect(graph.cspEvaluatorChunks).not.toContain('index.js')
      expect(graph.loadersOf(graph.cspEvaluatorChunks[0]!).length).toBeGreaterThan(0)
      expect(graph.loadersOf(graph.cspEvaluatorChunks[0]!)).not.toContain('index.js')
    })
  }

  it('the GitHub client is a chunk of the action and absent from the CLI', () => {
    const action = chunkGraph('dist')
    expect(action.githubChunks).toHaveLength(1)
    expect(action.githubChunks).not.toContain('index.js')
    expect(chunkGraph('dist/cli').githubChunks).toEqual([])
  })
})

describe('the minified bundles', () => {
  it('keep the names of the typed errors, which name themselves after their class', () => {
    const names = [...readFileSync('src/errors.ts', 'utf8').matchAll(/export class (\w+)/g)].map(
      (m) => m[1]!
    )
    expect(names).toContain('InputError')
    for (const dir of ['dist', 'dist/cli']) {
      const text = [...chunkGraph(dir).files.keys()]
        .map((name) => readFileSync(join(dir, name), 'utf8'))
        .join('\n')
      for (const name of names) expect(text).toContain(`"${name}"`)
    }
  })
})

describe('the chunks a bundled run loads', () => {
  const action = chunkGraph('dist')
  const github = `dist/${action.githubChunks[0]}`
  const browser = `dist/${action.browserChunks[0]}`
  const evaluator = `dist/${action.cspEvaluatorChunks[0]}`
  const cliEvaluator = `dist/cli/${chunkGraph('dist/cli').cspEvaluatorChunks[0]}`

  it('the action failing on a missing policy loads its entry file only', async () => {
    const log = loadLog()
    const run = await runAction({
      workspace: makeWorkspace(),
      inputs: {},
      eventName: 'push',
      event: {},
      env: log.env
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/security-headers\.yml/)
    expect(log.loaded()).toEqual(['dist/index.js'])
    expect(log.loaded()).not.toContain(evaluator)
  })

  it('a check run loads the GitHub client when it writes the drift issue, never the browser driver', async () => {
    const site = await startSiteServer({ '*': { headers: { 'x-frame-options': 'SAMEORIGIN' } } })
    const gh = await startFakeGitHub()
    try {
      const log = loadLog()
      const run = await runAction({
        workspace: makeWorkspace({ '.github/security-headers.yml': POLICY }),
        inputs: { mode: 'check', url: `${site.url}/`, 'github-token': 'e2e-token' },
        eventName: 'schedule',
        event: { repository: { full_name: 'acme/site' } },
        env: { ...log.env, GITHUB_API_URL: gh.url }
      })
      expect(run.code).toBe(1)
      expect(gh.state.issues).toHaveLength(1)
      expect(log.loaded()).toContain(github)
      expect(log.loaded()).not.toContain(browser)
      // Neither the policy nor the site has a CSP: nothing for the evaluator to judge.
      expect(log.loaded()).not.toContain(evaluator)
    } finally {
      await site.close()
      await gh.close()
    }
  })

  it('the CLI check loads neither the GitHub client (the CLI has none) nor the browser driver', async () => {
    const site = await startSiteServer({ '*': { headers: { 'x-frame-options': 'DENY' } } })
    const dir = mkdtempSync(join(tmpdir(), 'hg-chunks-'))
    writeFileSync(join(dir, 'p.yml'), POLICY)
    const log = loadLog()
    try {
      const run = await runCli(['check', '--policy', join(dir, 'p.yml'), '--url', `${site.url}/`], {
        env: { PATH: process.env.PATH ?? '', ...log.env }
      })
      expect(run.code).toBe(0)
    } finally {
      await site.close()
    }
    const loaded = log.loaded()
    expect(loaded).toContain('dist/cli/index.js')
    const browserCli = chunkGraph('dist/cli').browserDriver
    expect(loaded.filter((file) => browserCli.has(basename(file)))).toEqual([])
    for (const file of loaded) expect(readFileSync(file, 'utf8')).not.toContain('octokit')
    expect(loaded).not.toContain(cliEvaluator)
  })

  it('the CLI loads the CSP Evaluator only once there is a CSP to judge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hg-chunks-csp-'))
    writeFileSync(join(dir, 'none.yml'), POLICY)
    writeFileSync(
      join(dir, 'csp.yml'),
      `${POLICY}  content-security-policy: "default-src 'self' 'unsafe-inline'"\n`
    )
    const validate = async (file: string) => {
      const log = loadLog()
      const run = await runCli(['validate', '--policy', file], {
        env: { PATH: process.env.PATH ?? '', ...log.env }
      })
      return { code: run.code, stderr: run.stderr, loaded: log.loaded() }
    }
    const without = await validate(join(dir, 'none.yml'))
    expect(without.code).toBe(0)
    expect(without.loaded).not.toContain(cliEvaluator)
    const withCsp = await validate(join(dir, 'csp.yml'))
    expect(withCsp.code).toBe(0)
    expect(withCsp.stderr).toContain('CSP Evaluator SCRIPT_UNSAFE_INLINE')
    expect(withCsp.loaded).toContain(cliEvaluator)
  })
})
