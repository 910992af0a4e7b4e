// Shared setup for the emulator tests: a started emulator with instant transitions, the real
// AWS SDK clients pointed at it, and small Lambda@Edge zips.
import {
  CloudFrontClient,
  GetDistributionConfigCommand,
  UpdateDistributionCommand,
  type DistributionConfig
} from '@aws-sdk/client-cloudfront'
import { IAMClient } from '@aws-sdk/client-iam'
import { CreateFunctionCommand, LambdaClient, PublishVersionCommand } from '@aws-sdk/client-lambda'
import { startEmulator } from '../../src/emulator/index.js'
import { DIST, ROLE, ZERO_DELAYS, handlerZip } from '../helpers/emulator-fixtures.js'
import type {
  DistributionInput,
  EmulatorOptions,
  EmulatorStateInput,
  RoleInput,
  RunningEmulator
} from '../../src/emulator/types.js'

export { DIST, ROLE, ZERO_DELAYS, handlerZip } from '../helpers/emulator-fixtures.js'

export interface Clients {
  emulator: RunningEmulator
  cloudfront: CloudFrontClient
  lambda: LambdaClient
  iam: IAMClient
  /** Moves the emulator's clock forward (transitions happen without waiting). */
  advance(ms: number): void
}

/** Long enough that wall-clock time never completes a transition during a test. */
export const SLOW_MS = 600_000

export async function startWithClients(options: EmulatorOptions = {}): Promise<Clients> {
  let offset = 0
  const emulator = await startEmulator({
    delays: ZERO_DELAYS,
    now: () => Date.now() + offset,
    ...options
  })
  const config = {
    region: 'us-east-1',
    endpoint: emulator.endpoint,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1
  }
  return {
    emulator,
    cloudfront: new CloudFrontClient(config),
    lambda: new LambdaClient(config),
    iam: new IAMClient(config),
    advance: (ms) => {
      offset += ms
    }
  }
}

/** A handler that adds one header to the origin's response. */
export function addHeaderZip(name: string, value: string): Uint8Array {
  return handlerZip(
    `const r = event.Records[0].cf.response\nr.headers[${JSON.stringify(name.toLowerCase())}] = [{ key: ${JSON.stringify(name)}, value: ${JSON.stringify(value)} }]\nreturn r`
  )
}

/** Creates (or updates) a function and publishes a version; returns the versioned ARN. */
export async function publish(
  c: Clients,
  name: string,
  zip: Uint8Array,
  extra: { Environment?: { Variables: Record<string, string> }; Role?: string } = {}
): Promise<string> {
  await c.lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Role: extra.Role ?? ROLE,
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Code: { ZipFile: zip },
      Environment: extra.Environment
    })
  )
  const version = await c.lambda.send(new PublishVersionCommand({ FunctionName: name }))
  return version.FunctionArn as string
}

/** Reads the config, lets `edit` change it, writes it back with the ETag. */
export async function updateConfig(
  c: Clients,
  edit: (config: DistributionConfig) => void,
  id = DIST
) {
  const current = await c.cloudfront.send(new GetDistributionConfigCommand({ Id: id }))
  const config = current.DistributionConfig as DistributionConfig
  edit(config)
  return c.cloudfront.send(
    new UpdateDistributionCommand({ Id: id, IfMatch: current.ETag, DistributionConfig: config })
  )
}

/** Puts `arn` on origin-response of the default behavior. */
export function associate(c: Clients, arn: string, id = DIST) {
  return updateConfig(
    c,
    (config) => {
      config.DefaultCacheBehavior!.LambdaFunctionAssociations = {
        Quantity: 1,
        Items: [{ EventType: 'origin-response', LambdaFunctionARN: arn, IncludeBody: false }]
      }
    },
    id
  )
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(
  promise: Promise<unknown>
): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to fail')
}

/** A state with the example site behind DIST; behaviors and roles as given. */
export function siteState(
  options: Pick<DistributionInput, 'defaultBehavior' | 'behaviors'> & { roles?: RoleInput[] } = {}
): EmulatorStateInput {
  return {
    distributions: [
      {
        id: DIST,
        origins: [{ id: 'site', folder: 'examples/site' }],
        defaultBehavior: options.defaultBehavior,
        behaviors: options.behaviors
      }
    ],
    roles: options.roles
  }
}

/** CreateFunction with the usual settings. */
export function createFunction(c: Clients, name: string, zip: Uint8Array, role = ROLE) {
  return c.lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Role: role,
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Code: { ZipFile: zip }
    })
  )
}
