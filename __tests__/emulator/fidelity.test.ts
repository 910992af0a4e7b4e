// Emulator fidelity found by an outside probe: numeric character references, a stuck deployment
// that sticks to one deployment only, and an idle function's Inactive state.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetDistributionCommand, GetDistributionConfigCommand } from '@aws-sdk/client-cloudfront'
import { GetFunctionConfigurationCommand, UpdateFunctionCodeCommand } from '@aws-sdk/client-lambda'
import {
  addHeaderZip,
  DIST,
  ROLE,
  siteState,
  startWithClients,
  updateConfig,
  type Clients
} from './helpers.js'

let c: Clients
beforeAll(async () => {
  c = await startWithClients({
    state: {
      ...siteState(),
      functions: [{ name: 'idle-fn', role: ROLE, state: 'Inactive' }]
    }
  })
})
afterAll(() => c.emulator.close())

const status = async () =>
  (await c.cloudfront.send(new GetDistributionCommand({ Id: DIST }))).Distribution?.Status

describe('CloudFront XML', () => {
  it('decodes numeric character references, so a newline in Comment survives round trips', async () => {
    await updateConfig(c, (config) => (config.Comment = 'line one\nline two'))
    await updateConfig(c, (config) => (config.Comment = `${config.Comment ?? ''}!`))
    const { DistributionConfig } = await c.cloudfront.send(
      new GetDistributionConfigCommand({ Id: DIST })
    )
    expect(DistributionConfig?.Comment).toBe('line one\nline two!')
  })
})

describe('stuck-deployment', () => {
  it('holds the next deployment only; the change after it (a rollback) deploys', async () => {
    c.emulator.injectFault({ kind: 'stuck-deployment', distributionId: DIST })
    await updateConfig(c, (config) => (config.Comment = 'stuck'))
    c.advance(60_000)
    expect(await status()).toBe('InProgress')
    await updateConfig(c, (config) => (config.Comment = 'rolled back'))
    expect(await status()).toBe('Deployed')
    expect(c.emulator.state().faults).toEqual([])
  })
})

describe('Inactive functions', () => {
  it('report State Inactive and accept an update', async () => {
    const before = await c.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: 'idle-fn' })
    )
    expect(before.State).toBe('Inactive')
    const updated = await c.lambda.send(
      new UpdateFunctionCodeCommand({ FunctionName: 'idle-fn', ZipFile: addHeaderZip('x', '1') })
    )
    expect(updated.LastUpdateStatus).toMatch(/InProgress|Successful/)
  })
})
