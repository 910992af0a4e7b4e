// The bundled action's CSP preview on a pull request: `node dist/index.js` in plan mode against
// the emulator, whose distribution serves the CSP test site, with Debian's Chromium loading the
// page through the emulator's viewer. The PR comment, the summary and the annotations show what
// the new CSP would block; a fork without AWS credentials gets the same preview.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from '../../src/emulator/index.js'
import type { RunningEmulator } from '../../src/emulator/types.js'
import { startCspTestSite, TIGHT_CSP, type CspTestSite } from '../helpers/csp-site.js'
import { ZERO_DELAYS } from '../helpers/emulator-fixtures.js'
import { makeWorkspace, runAction } from '../helpers/action-process.js'
import { baseInputs, POLICY_PATH, pullRequest } from '../helpers/e2e-world.js'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

const SHOP = 'ESHOPCSPTEST01'
let site: CspTestSite
let emulator: RunningEmulator
let github: FakeGitHub

beforeAll(async () => {
  site = await startCspTestSite()
  emulator = await startEmulator({
    port: 0,
    delays: ZERO_DELAYS,
    state: {
      distributions: [
        {
          id: SHOP,
          origins: [{ id: 'shop', url: site.site.url }],
          defaultBehavior: { viewerProtocolPolicy: 'allow-all' }
        }
      ]
    }
  })
  github = await startFakeGitHub()
}, 30_000)

afterAll(async () => {
  await emulator?.close()
  await github?.close()
  await site?.close()
})

function viewerUrl(): string {
  const found = emulator.state().distributions.find((d) => d.id === SHOP)
  if (!found) throw new Error(`no distribution ${SHOP}`)
  return found.viewerUrl
}

const POLICY = `version: 1
extends: none
cloudfront:
  distribution: ${SHOP}
lambda:
  function: shop-headers
  role: arn:aws:iam::123456789012:role/headerguard-edge
headers:
  x-content-type-options: nosniff
  content-security-policy: "${TIGHT_CSP}"
`

function env(withAws: boolean): Record<string, string> {
  return {
    ...(withAws
      ? {
          AWS_ACCESS_KEY_ID: 'e2e',
          AWS_SECRET_ACCESS_KEY: 'e2e',
          AWS_REGION: 'us-east-1',
          ...emulator.sdkEnv()
        }
      : {}),
    GITHUB_API_URL: github.url
  }
}

describe('the CSP preview on a pull request (bundled action, real Chromium)', () => {
  it('plan shows what the new CSP would block in the PR comment, the summary and on the CSP line', async () => {
    const ws = makeWorkspace({ [POLICY_PATH]: POLICY })
    const run = await runAction({
      workspace: ws,
      inputs: { ...baseInputs, mode: 'plan', url: `${viewerUrl()}/` },
      eventName: 'pull_request',
      event: pullRequest(21),
      env: env(true),
      timeoutMs: 120_000
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const comment = github.state.comments.find((c) => c.issue_number === 21)?.body ?? ''
    expect(comment).toContain('### CSP preview')
    expect(comment).toMatch(/The new CSP would block 4 resources on \//)
    expect(comment).toMatch(
      /<details open><summary><code>&#47;<\/code> \(200\): would block 4<\/summary>/
    )
    expect(comment).toContain('| blocked | `script-src` | `eval` |')
    expect(comment).toMatch(/add `'sha256-[A-Za-z0-9+/=]+'` to `style-src`/)
    expect(comment).toContain(`add \`${site.thirdParty.url}\` to \`script-src\``)
    expect(run.summary).toContain('### CSP preview')
    const warnings = run.annotations.filter(
      (a) => a.properties.title === 'headerguard: CSP preview'
    )
    expect(warnings).toHaveLength(4)
    // The CSP is on line 10 of the policy file.
    expect(warnings.every((a) => a.level === 'warning' && a.properties.line === '10')).toBe(true)
    expect(run.outputs.status).toBe('pass')
  })

  it('a fork without AWS credentials gets the preview too; csp-preview: false turns it off', async () => {
    const ws = makeWorkspace({ [POLICY_PATH]: POLICY })
    const fork = await runAction({
      workspace: ws,
      inputs: { ...baseInputs, url: `${viewerUrl()}/` },
      eventName: 'pull_request',
      event: pullRequest(22, 'mallory/shop'),
      env: env(false),
      timeoutMs: 120_000
    })
    expect(fork.code).toBe(0)
    expect(fork.summary).toMatch(/AWS steps were skipped/)
    expect(fork.summary).toMatch(/The new CSP would block 4 resources on \//)

    const off = await runAction({
      workspace: ws,
      inputs: { ...baseInputs, url: `${viewerUrl()}/`, 'csp-preview': 'false' },
      eventName: 'pull_request',
      event: pullRequest(23, 'mallory/shop'),
      env: env(false)
    })
    expect(off.code).toBe(0)
    expect(off.summary).not.toContain('CSP preview')
  })

  it('without a browser the plan goes on and says why there is no preview', async () => {
    const ws = makeWorkspace({ [POLICY_PATH]: POLICY })
    const run = await runAction({
      workspace: ws,
      inputs: { ...baseInputs, url: `${viewerUrl()}/`, 'browser-path': '' },
      eventName: 'pull_request',
      event: pullRequest(24, 'mallory/shop'),
      env: { ...env(false), PATH: '/nonexistent' }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('pass')
    expect(run.summary).toMatch(/CSP preview: skipped, no Chrome or Chromium found/)
  })
})
