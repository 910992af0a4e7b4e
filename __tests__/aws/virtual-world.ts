// The emulator and the AWS stage on one virtual clock: sleeping moves time for both, so retries
// and waits take no wall-clock time and the runtime calendar is judged on a chosen day.
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js'
import { buildEdgePackage } from '../../src/compile/package.js'
import {
  startEmulator,
  type EmulatorStateInput,
  type RunningEmulator
} from '../../src/emulator/index.js'
import { loadPolicyText } from '../../src/policy/load.js'
import { DIST } from './fixtures.js'

export const ZERO = { deployMs: 0, functionCreateMs: 0, functionUpdateMs: 0, invalidationMs: 0 }

export const edgePackage = (() => {
  const result = loadPolicyText(
    'version: 1\nextends: none\nheaders:\n  x-frame-options: DENY\n',
    'policy.yml'
  )
  if (!result.policy) throw new Error(JSON.stringify(result.diagnostics))
  return buildEdgePackage(result.policy)
})()

export interface VirtualWorld {
  emulator: RunningEmulator
  clients: AwsClients
  clock: { now: () => number; sleep: (ms: number) => Promise<void>; random: () => number }
  /** HTTP statuses of one operation's calls, in order. */
  calls(operation: string): number[]
  close(): Promise<void>
}

/** One distribution in front of examples/site, plus `state`, on a clock that starts at `day`. */
export async function startVirtualWorld(
  state: Omit<EmulatorStateInput, 'distributions'>,
  day = '2026-12-02T12:00:00Z'
): Promise<VirtualWorld> {
  let virtual = Date.parse(day)
  const clock = {
    now: () => virtual,
    sleep: async (ms: number) => {
      virtual += ms
    },
    random: () => 0.5
  }
  const emulator = await startEmulator({
    port: 0,
    delays: ZERO,
    now: clock.now,
    state: {
      distributions: [
        {
          id: DIST,
          origins: [{ id: 'site', folder: 'examples/site' }],
          defaultBehavior: { viewerProtocolPolicy: 'allow-all' }
        }
      ],
      ...state
    }
  })
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_ENDPOINT_URL_CLOUDFRONT: emulator.endpoint,
    AWS_ENDPOINT_URL_LAMBDA: emulator.endpoint,
    AWS_ENDPOINT_URL_IAM: emulator.endpoint
  })
  return {
    emulator,
    clients: createAwsClients(),
    clock,
    calls: (operation) =>
      emulator
        .calls()
        .filter((c) => c.operation === operation)
        .map((c) => c.status),
    close: () => emulator.close()
  }
}
