// The embedded CloudFront + Lambda@Edge (+ IAM GetRole) emulator: start it, seed it, point the
// AWS SDK at `endpoint` (AWS_ENDPOINT_URL_CLOUDFRONT / _LAMBDA / _IAM) and the verifier at
// the viewer URLs. See README "The embedded emulator".
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { InputError } from '../errors.js'
import { DEFAULT_RUNTIME } from '../lambda-runtimes.js'
import { checkQuantities } from './cloudfront-checks.js'
import { addDistribution } from './cloudfront-api.js'
import { serveViewer } from './edge.js'
import { errorPage } from './edge-pages.js'
import { FunctionPool } from './function-pool.js'
import { addFunction } from './lambda-api.js'
import { originDomainName, seedDistributionConfig } from './seed-config.js'
import { startControlServer, type ControlContext } from './server.js'
import { snapshot } from './snapshot.js'
import { checkStateInput, defaultState, loadStateFile } from './state-file.js'
import { EmulatorStore, codeRecord, roleNameOf, DEFAULT_TRUST } from './store.js'
import { EMULATOR_CA_PEM } from './tls-material.js'
import type { EmulatorOptions, EmulatorStateInput, RunningEmulator } from './types.js'
import { startViewer, type ViewerServer } from './viewer.js'

export type * from './types.js'
export { DEFAULT_DISTRIBUTION_ID, DEFAULT_ROLE_ARN, defaultState } from './state-file.js'
export { ACCOUNT_ID, DEFAULT_DELAYS } from './store.js'

/** A function that returns the origin's response unchanged: what a seeded function without a zip runs. */
const PASSTHROUGH_SOURCE = 'export const handler = async (event) => event.Records[0].cf.response\n'

export function passthroughZip(): Uint8Array {
  return zipSync({
    'index.mjs': [strToU8(PASSTHROUGH_SOURCE), { mtime: new Date('1980-01-01T00:00:00Z') }]
  })
}

function seedFunctions(store: EmulatorStore, input: EmulatorStateInput, cwd: string): void {
  for (const role of input.roles ?? []) {
    store.roles.set(roleNameOf(role.arn), {
      arn: role.arn,
      name: roleNameOf(role.arn),
      trust: role.trust ?? DEFAULT_TRUST,
      usableAt: role.usableInMs ? store.now() + role.usableInMs : undefined
    })
  }
  for (const f of input.functions ?? []) {
    let zip: Uint8Array
    try {
      zip = f.zip ? new Uint8Array(readFileSync(resolve(cwd, f.zip))) : passthroughZip()
    } catch (error) {
      throw new InputError(
        `function ${f.name}: cannot read zip ${f.zip}: ${(error as Error).message}`
      )
    }
    const fn = addFunction(
      store,
      f.name,
      codeRecord(zip),
      {
        runtime: f.runtime ?? DEFAULT_RUNTIME,
        role: f.role ?? `arn:aws:iam::123456789012:role/headerguard-edge`,
        handler: f.handler ?? 'index.handler',
        description: '',
        timeout: f.timeout ?? 5,
        memorySize: f.memorySize ?? 128,
        environment:
          f.environment && Object.keys(f.environment).length > 0 ? f.environment : undefined,
        architectures: ['x86_64'],
        ...(f.kmsKeyArn ? { kmsKeyArn: f.kmsKeyArn } : {})
      },
      true
    )
    fn.inactive = f.state === 'Inactive'
    fn.updateRuntimeOn = f.updateRuntimeOn
    for (let i = 0; i < (f.publishedVersions ?? 0); i++) {
      store.publishVersion(fn, '').activeAt = store.now()
    }
    for (const pc of f.provisionedConcurrency ?? []) {
      if (!fn.versions.some((v) => v.version === pc.version))
        throw new InputError(
          `function ${f.name}: provisionedConcurrency on version ${pc.version}, which is not published (publishedVersions: ${fn.versions.length})`
        )
      fn.provisionedConcurrency = [
        ...(fn.provisionedConcurrency ?? []),
        { qualifier: pc.version, executions: pc.executions, lastModified: store.now() }
      ]
    }
  }
}

async function seedDistributions(
  ctx: ControlContext,
  input: EmulatorStateInput,
  cwd: string
): Promise<void> {
  for (const d of input.distributions ?? []) {
    for (const origin of d.origins) {
      if (origin.folder)
        ctx.store.originFolders.set(
          originDomainName(origin),
          locateFolder(origin.folder, cwd, d.id)
        )
    }
    const config = seedDistributionConfig(d)
    checkQuantities(config)
    await addDistribution(ctx, d.id, config, true)
  }
}

/**
 * An origin folder: relative to cwd, else (for `headerguard emulator` started elsewhere) relative
 * to the checkout the running dist/cli.js belongs to. A missing folder fails the start: an
 * origin that 404s everything would only confuse later.
 */
function locateFolder(folder: string, cwd: string, distributionId: string): string {
  const entry = process.argv[1]
  const candidates = [resolve(cwd, folder)]
  if (entry && !isAbsolute(folder)) candidates.push(resolve(dirname(entry), '..', folder))
  const found = candidates.find((path) => existsSync(path) && statSync(path).isDirectory())
  if (!found) {
    throw new InputError(
      `distribution ${distributionId}: origin folder '${folder}' does not exist (looked in ${candidates.join(' and ')}); start the emulator from the headerguard checkout or give --state with an existing folder`
    )
  }
  return found
}

/** Starts the emulator: a control-plane endpoint and one viewer endpoint per distribution. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const cwd = options.cwd ?? process.cwd()
  const host = options.host ?? '127.0.0.1'
  const urlHost = host.includes(':') ? `[${host}]` : host
  const input =
    typeof options.state === 'string'
      ? loadStateFile(options.state, cwd)
      : options.state
        ? checkStateInput(structuredClone(options.state), 'emulator state')
        : defaultState()
  const store = new EmulatorStore({ ...input.delays, ...options.delays }, options.now)
  const functions = new FunctionPool()
  const viewers = new Map<string, ViewerServer>()
  let endpoint = ''
  const edge = { store, functions }
  const ctx: ControlContext = {
    store,
    caPem: EMULATOR_CA_PEM,
    endpoint: () => endpoint,
    viewerDomain: (port) => `${urlHost}:${port}`,
    openViewer: async (id) => {
      const viewer = await startViewer(host, async (request) => {
        const dist = store.distributions.get(id)
        if (!dist) return errorPage(id, 403, 'Bad request.', 'Error from cloudfront')
        return serveViewer(edge, dist, request)
      })
      viewers.set(id, viewer)
      return viewer.port
    }
  }
  const control = await startControlServer(ctx, host, options.port ?? 0)
  endpoint = `http://${urlHost}:${control.port}`
  const caDir = await mkdtemp(join(tmpdir(), 'headerguard-emulator-'))
  const caFile = join(caDir, 'ca.pem')
  const closeAll = async () => {
    await Promise.all([
      control.close(),
      ...[...viewers.values()].map((v) => v.close()),
      functions.closeAll()
    ])
    await rm(caDir, { recursive: true, force: true })
  }
  try {
    await writeFile(caFile, EMULATOR_CA_PEM)
    seedFunctions(store, input, cwd)
    await seedDistributions(ctx, input, cwd)
    for (const fault of input.faults ?? []) store.injectFault(fault)
  } catch (error) {
    await closeAll()
    throw error
  }
  let closed: Promise<void> | undefined
  return {
    endpoint,
    get viewers() {
      return Object.fromEntries(
        [...store.distributions.values()].map((d) => [d.id, `http://${urlHost}:${d.viewerPort}`])
      )
    },
    caFile,
    caPem: EMULATOR_CA_PEM,
    sdkEnv: () => ({
      AWS_ENDPOINT_URL_CLOUDFRONT: endpoint,
      AWS_ENDPOINT_URL_LAMBDA: endpoint,
      AWS_ENDPOINT_URL_IAM: endpoint,
      NODE_EXTRA_CA_CERTS: caFile
    }),
    state: () => snapshot(store, ctx.viewerDomain),
    calls: () => store.calls(),
    resetCalls: () => store.resetCalls(),
    injectFault: (fault) => store.injectFault(fault),
    clearFaults: () => store.clearFaults(),
    setDelays: (delays) => store.setDelays(delays),
    close: () => (closed ??= closeAll())
  }
}
