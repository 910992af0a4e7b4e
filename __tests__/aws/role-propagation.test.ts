// A role made moments ago: Lambda refuses it ("cannot be assumed by Lambda") while IAM
// propagates it. The deploy retries CreateFunction and UpdateFunctionConfiguration for about a
// minute with backoff, logging each attempt, against the emulator through the real SDK. One
// virtual clock drives both the emulator and the deploy, so no test waits.
import { afterEach, describe, expect, it } from '@jest/globals'
import { ROLE_SETTLE_BUDGET_MS } from '../../src/aws/lambda.js'
import { memoryLogger } from '../../src/log.js'
import { FN, FN_ARN, ROLE, settings } from './fixtures.js'
import { deploy } from './stage.js'
import { edgePackage as pkg, startVirtualWorld, type VirtualWorld } from './virtual-world.js'

const NEW_ROLE = 'arn:aws:iam::123456789012:role/made-just-now'

let world: VirtualWorld | undefined
afterEach(async () => {
  await world?.close()
  world = undefined
})

const retryLines = (lines: string[]) =>
  lines.filter((l) => /the role may still be propagating in IAM\): attempt \d+ failed/.test(l))

describe('a role IAM is still propagating', () => {
  it('CreateFunction is retried with backoff until the role is usable (25 s), each retry logged', async () => {
    const w = (world = await startVirtualWorld({ roles: [{ arn: NEW_ROLE, usableInMs: 25_000 }] }))
    const { clock } = w
    const log = memoryLogger()
    const started = clock.now()
    const outcome = await deploy(
      w.clients,
      pkg,
      settings({ roleArn: NEW_ROLE, pollIntervalMs: 1000 }),
      log,
      clock
    )
    expect(outcome.functionArn).toBe(`${FN_ARN}:1`)
    const creates = w.calls('CreateFunction')
    expect(creates.at(-1)).toBe(201)
    expect(creates.slice(0, -1).every((s) => s === 400)).toBe(true)
    expect(creates.length).toBeGreaterThan(2)
    const retries = retryLines(log.lines)
    expect(retries).toHaveLength(creates.length - 1)
    expect(retries[0]).toMatch(
      /Creating function .*: attempt 1 failed after 0\.0 s: The role defined for the function cannot be assumed by Lambda\.; retrying in \d/
    )
    // Backoff: the waits grow (random fixed at 0.5 of the ceiling).
    const waits = retries.map((l) => Number(/retrying in ([\d.]+) s/.exec(l)?.[1]))
    expect(waits.slice(0, 3)).toEqual([1, 2, 4])
    expect(clock.now() - started).toBeGreaterThanOrEqual(25_000)
    expect(clock.now() - started).toBeLessThan(ROLE_SETTLE_BUDGET_MS)
  })

  it('gives up after about a minute with the trust-policy advice, before any CloudFront write', async () => {
    const w = (world = await startVirtualWorld({}))
    const { clock } = w
    w.emulator.injectFault({ kind: 'role-not-ready', seconds: 600 })
    const log = memoryLogger()
    const started = clock.now()
    const error = await deploy(w.clients, pkg, settings(), log, clock).catch((e: unknown) => e)
    expect(String(error)).toMatch(
      /Creating function .* failed: InvalidParameterValueException: The role defined for the function cannot be assumed by Lambda\..*must trust lambda\.amazonaws\.com and edgelambda\.amazonaws\.com/
    )
    const spent = clock.now() - started
    expect(spent).toBeGreaterThan(45_000)
    expect(spent).toBeLessThanOrEqual(ROLE_SETTLE_BUDGET_MS)
    expect(retryLines(log.lines).at(-1)).toMatch(/giving up \(retried for up to 60 s\)/)
    expect(w.calls('UpdateDistribution')).toEqual([])
  })

  it('UpdateFunctionConfiguration with a new role is retried the same way', async () => {
    const w = (world = await startVirtualWorld({
      roles: [{ arn: ROLE }],
      functions: [{ name: FN, role: ROLE, runtime: 'nodejs22.x', publishedVersions: 1 }]
    }))
    w.emulator.injectFault({ kind: 'role-not-ready', roleArn: NEW_ROLE, count: 3 })
    const log = memoryLogger()
    await deploy(w.clients, pkg, settings({ roleArn: NEW_ROLE }), log, w.clock)
    expect(w.calls('UpdateFunctionConfiguration')).toEqual([400, 400, 400, 200])
    expect(
      retryLines(log.lines).filter((l) => l.includes('Updating the configuration'))
    ).toHaveLength(3)
    expect(w.emulator.state().functions[0]?.versions.at(-1)?.role).toBe(NEW_ROLE)
  })
})
