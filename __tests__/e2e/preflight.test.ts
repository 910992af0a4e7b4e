// The bundled action refuses, before any write, what Lambda@Edge documents as unsupported.
import { describe, expect, it } from '@jest/globals'
import { makeWorkspace } from '../helpers/action-process.js'
import {
  DISABLED,
  EXAMPLE,
  KMS_FUNCTION,
  POLICY_PATH,
  pushRun,
  worldPerTest
} from '../helpers/e2e-world.js'

const w = worldPerTest()

describe('preflight in the bundled action', () => {
  it('a disabled distribution is refused with the reason, nothing deployed or rolled back', async () => {
    const run = await pushRun(w, makeWorkspace({ [POLICY_PATH]: EXAMPLE }), {
      'distribution-id': DISABLED
    })
    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('fail')
    expect(run.stdout).toMatch(
      /::error::Lambda@Edge preflight failed; nothing was changed:.*distribution EDISABLEDDIST1 is disabled \(Enabled: false\)/
    )
    expect(run.stdout).not.toMatch(/rolled back|Rollback/)
    expect(w.mutatingCalls()).toEqual([])
  })

  it('a function with a customer managed KMS key is refused with the fix', async () => {
    const run = await pushRun(w, makeWorkspace({ [POLICY_PATH]: EXAMPLE }), {
      'function-name': KMS_FUNCTION
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /headerguard-kms is encrypted with a customer managed KMS key .*--kms-key-arn ""/
    )
    expect(w.mutatingCalls()).toEqual([])
  })
})
