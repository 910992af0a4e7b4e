// The runtime calendar (src/lambda-runtimes.ts) as the emulator and the deploy apply it, on
// chosen days: Lambda refuses creating, then updating, functions on a blocked runtime but
// allows changing the runtime; the deploy refuses what Lambda would refuse before any write,
// warns ahead of a deprecation, and moves a function off a blocked runtime before its code.
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  CreateFunctionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand
} from '@aws-sdk/client-lambda'
import { InputError } from '../../src/errors.js'
import { memoryLogger } from '../../src/log.js'
import { FN, ROLE, settings } from './fixtures.js'
import { deploy } from './stage.js'
import { edgePackage, startVirtualWorld, type VirtualWorld } from './virtual-world.js'

let world: VirtualWorld | undefined
afterEach(async () => {
  await world?.close()
  world = undefined
})

const BLOCKED =
  /^The runtime parameter of nodejs20\.x is no longer supported for creating or updating AWS Lambda functions\. We recommend you use the new runtime \(nodejs24\.x\)/

const create = (w: VirtualWorld, name: string, runtime: string) =>
  w.clients.lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: runtime as never,
      Role: ROLE,
      Handler: 'index.handler',
      Code: { ZipFile: edgePackage.zip }
    })
  )

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: Error) => e
  )

describe('the emulator follows the calendar by its clock', () => {
  it('creates on nodejs20.x until 2026-08-31, then refuses', async () => {
    const w = (world = await startVirtualWorld({}, '2026-08-30T12:00:00Z'))
    await create(w, 'early', 'nodejs20.x')
    await w.clock.sleep(86_400_000)
    const refused = await failure(create(w, 'late', 'nodejs20.x'))
    expect(refused?.name).toBe('InvalidParameterValueException')
    expect(refused?.message).toMatch(BLOCKED)
    await create(w, 'current', 'nodejs24.x')
  })

  it('after 2026-09-30 refuses code updates on nodejs20.x but allows changing the runtime', async () => {
    const w = (world = await startVirtualWorld(
      { functions: [{ name: FN, role: ROLE, runtime: 'nodejs20.x' }] },
      '2026-10-01T00:00:00Z'
    ))
    const code = () =>
      w.clients.lambda.send(
        new UpdateFunctionCodeCommand({ FunctionName: FN, ZipFile: edgePackage.zip })
      )
    expect((await failure(code()))?.message).toMatch(BLOCKED)
    const keep = await failure(
      w.clients.lambda.send(
        new UpdateFunctionConfigurationCommand({ FunctionName: FN, Timeout: 5 })
      )
    )
    expect(keep?.message).toMatch(BLOCKED)
    await w.clients.lambda.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: FN, Runtime: 'nodejs24.x' })
    )
    await code()
  })
})

describe('the deploy applies the calendar by its clock', () => {
  it('refuses a new function on nodejs20.x before any write', async () => {
    const w = (world = await startVirtualWorld({}))
    const error = await failure(
      deploy(w.clients, edgePackage, settings({ runtime: 'nodejs20.x' }), memoryLogger(), w.clock)
    )
    expect(error).toBeInstanceOf(InputError)
    expect(error?.message).toMatch(
      /Lambda refuses new functions on nodejs20\.x since 2026-08-31: set lambda\.runtime to nodejs24\.x/
    )
    expect(w.emulator.calls().filter((c) => c.mutating)).toEqual([])
  })

  it('warns ahead of nodejs22.x deprecation (2027-04-30) and deploys', async () => {
    const w = (world = await startVirtualWorld({}, '2027-03-01T00:00:00Z'))
    const log = memoryLogger()
    await deploy(w.clients, edgePackage, settings({ runtime: 'nodejs22.x' }), log, w.clock)
    expect(log.lines).toContain(
      'warning: nodejs22.x is deprecated in 60 days: Lambda deprecates nodejs22.x on 2027-04-30, blocks creating functions on it from 2027-06-01 and updating them from 2027-07-01; set lambda.runtime to nodejs24.x'
    )
    const quiet = memoryLogger()
    await deploy(w.clients, edgePackage, settings({ runtime: 'nodejs24.x' }), quiet, w.clock)
    expect(quiet.lines.filter((l) => l.startsWith('warning:'))).toEqual([])
  })

  it('moves a function off blocked nodejs20.x: runtime first (waited for), then the code', async () => {
    const w = (world = await startVirtualWorld({
      roles: [{ arn: ROLE }],
      functions: [{ name: FN, role: ROLE, runtime: 'nodejs20.x', publishedVersions: 1 }]
    }))
    const log = memoryLogger()
    const outcome = await deploy(
      w.clients,
      edgePackage,
      settings({ runtime: 'nodejs24.x' }),
      log,
      w.clock
    )
    const writes = w.emulator
      .calls()
      .filter((c) => c.mutating)
      .map((c) => `${c.operation} ${c.status}`)
    expect(writes.slice(0, 3)).toEqual([
      'UpdateFunctionConfiguration 200',
      'UpdateFunctionCode 200',
      'PublishVersion 201'
    ])
    expect(log.lines).toContain(
      `info: ${FN} runs nodejs20.x (deprecated): changing its runtime to nodejs24.x first, then the code`
    )
    expect(outcome.steps[0]).toMatch(
      /Updated the configuration of .*: runtime nodejs20\.x → nodejs24\.x/
    )
    expect(outcome.version).toBe('2')
  })
})
