// The bundled action meeting what a first real deploy meets on AWS (issue 10): a role IAM has
// not propagated yet, and a function Lambda has marked Inactive. Both deploys must succeed.
import { describe, expect, it } from '@jest/globals'
import { makeWorkspace } from '../helpers/action-process.js'
import { ROLE } from '../helpers/emulator-fixtures.js'
import {
  DIST,
  EXAMPLE,
  INACTIVE_FUNCTION,
  POLICY_PATH,
  pushRun,
  worldPerTest
} from '../helpers/e2e-world.js'

const w = worldPerTest()

describe('a role made moments ago', () => {
  it('is retried while IAM propagates it: the function is created and the deploy passes', async () => {
    // Lambda refuses a role made moments ago for 10-30 s while IAM propagates it (IAM User
    // Guide, eventual consistency); the fault makes the next CreateFunction meet that once.
    w.emulator.injectFault({ kind: 'role-not-ready', roleArn: ROLE, count: 1 })
    const run = await pushRun(w, makeWorkspace({ [POLICY_PATH]: EXAMPLE }), { 'role-arn': ROLE })

    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'pass', version: '1', changed: 'true' })
    expect(run.stdout).toMatch(
      /Creating function headerguard-example \(the role may still be propagating in IAM\): attempt 1 failed .*cannot be assumed by Lambda.*; retrying in/
    )
    const creates = w.mutatingCalls().filter((c) => c === 'lambda:CreateFunction')
    expect(creates).toHaveLength(2)
    expect(w.distribution(DIST).deployedOriginResponseArns['*']).toBe(run.outputs['function-arn'])
  })
})

describe('an Inactive function', () => {
  it('is updated at once (Inactive is its normal idle state), published and associated', async () => {
    const run = await pushRun(w, makeWorkspace({ [POLICY_PATH]: EXAMPLE }), {
      'function-name': INACTIVE_FUNCTION
    })

    expect(run.code).toBe(0)
    // Version 1 is the seeded one; our code is version 2.
    expect(run.outputs).toMatchObject({ status: 'pass', version: '2', changed: 'true' })
    expect(run.stdout).not.toMatch(/waiting for .*Active.*\$LATEST|still Inactive/i)
    const writes = w.mutatingCalls()
    expect(writes).toContain('lambda:UpdateFunctionCode')
    expect(writes).not.toContain('lambda:CreateFunction')
    expect(w.distribution(DIST).deployedOriginResponseArns['*']).toBe(
      `arn:aws:lambda:us-east-1:123456789012:function:${INACTIVE_FUNCTION}:2`
    )
  })
})
