// The deterministic Lambda@Edge package: the same policy always gives the same zip bytes, so
// the deploy step can compare CodeSha256 instead of publishing a new version every run.
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync, type ZipAttributes } from 'fflate'
import { HEADERGUARD_VERSION } from '../version.js'
import type { ResolvedPolicy } from '../policy/types.js'
import {
  type EdgeConfig,
  type EdgeSetConfig,
  EdgeBuildError,
  compileEdgeConfig
} from './compile.js'
import { EDGE_HANDLER_SOURCE } from './edge-source.generated.js'
import type { EdgePackage, Manifest, PackagedHeaders } from './types.js'

/** Lambda's Handler setting for the package: index.mjs, export `handler`. */
export const EDGE_HANDLER = 'index.handler'
export const HANDLER_FILE = 'index.mjs'
export const CONFIG_FILE = 'config.json'

// Everything that would otherwise vary between builds is fixed: the DOS epoch as the
// timestamp (a local-time Date, because zip stores local wall-clock fields), Unix as the
// creator, rw-r--r-- regular files (Lambda needs world-readable files), one compression level.
const ENTRY_ATTRIBUTES: ZipAttributes & { level: 9 } = {
  level: 9,
  mtime: new Date(1980, 0, 1, 0, 0, 0),
  os: 3,
  attrs: (0o100644 << 16) >>> 0
}

/** base64 SHA-256 of the bytes, the form Lambda reports as CodeSha256. */
export function codeSha256(zip: Uint8Array): string {
  return createHash('sha256').update(zip).digest('base64')
}

function packagedSet(set: EdgeSetConfig): { headers: Record<string, string>; remove: string[] } {
  const headers = Object.create(null) as Record<string, string>
  for (const header of set.set) {
    const first = header.rules[0]
    if (first) headers[header.name] = first.value
  }
  return { headers, remove: [...set.remove] }
}

/** The comparable summary of a config: for a header with several conditional rules, its first value. */
export function packagedHeaders(config: EdgeConfig): PackagedHeaders {
  return {
    defaults: packagedSet(config.defaults),
    paths: config.paths.map((p) => ({ match: p.match, ...packagedSet(p) }))
  }
}

/** Zip bytes for a config; policy values travel only inside config.json, as JSON data. */
export function zipEdgeConfig(config: EdgeConfig): Uint8Array {
  return zipSync(
    {
      [HANDLER_FILE]: [strToU8(EDGE_HANDLER_SOURCE), ENTRY_ATTRIBUTES],
      [CONFIG_FILE]: [strToU8(JSON.stringify(config)), ENTRY_ATTRIBUTES]
    },
    ENTRY_ATTRIBUTES
  )
}

/** Compile and package a policy. Throws EdgeBuildError when the policy is unsafe to ship. */
export function buildEdgePackage(
  policy: ResolvedPolicy,
  options: { runtime?: string } = {}
): EdgePackage {
  const config = compileEdgeConfig(policy)
  const zip = zipEdgeConfig(config)
  const manifest: Manifest = {
    codeSha256: codeSha256(zip),
    bytes: zip.byteLength,
    runtime: options.runtime ?? policy.lambda.runtime,
    handler: EDGE_HANDLER,
    policyHash: policy.hash,
    headers: packagedHeaders(config),
    builtBy: `headerguard ${HEADERGUARD_VERSION}`
  }
  return { zip, manifest }
}

/** DIR/edge.zip and DIR/manifest.json (pretty JSON, trailing newline). */
export async function writeEdgePackage(dir: string, pkg: EdgePackage): Promise<void> {
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'edge.zip'), pkg.zip)
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(pkg.manifest, null, 2)}\n`)
}

/** The config.json a built zip carries, e.g. the one of the live version, to diff against a new build. */
export function readEdgeConfig(zip: Uint8Array): EdgeConfig {
  let text: string
  try {
    const entry = unzipSync(zip, { filter: (file) => file.name === CONFIG_FILE })[CONFIG_FILE]
    if (!entry) throw new Error(`it has no ${CONFIG_FILE}`)
    text = strFromU8(entry)
  } catch (error) {
    throw new EdgeBuildError(
      `the zip is not a headerguard edge package: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  const config = JSON.parse(text) as EdgeConfig
  if (config.version !== 1)
    throw new EdgeBuildError(
      `the package's ${CONFIG_FILE} has unsupported version ${config.version}`
    )
  return config
}

/** The headers a built zip sends, in the manifest's comparable form. */
export function readPackagedHeaders(zip: Uint8Array): PackagedHeaders {
  return packagedHeaders(readEdgeConfig(zip))
}

export { HEADERGUARD_VERSION }
