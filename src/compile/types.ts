// What the build stage produces: the Lambda@Edge package and the manifest that describes it.

/** The headers a package sends, in a comparable form (lowercase names). */
export interface PackagedHeaders {
  defaults: { headers: Record<string, string>; remove: string[] }
  paths: { match: string; headers: Record<string, string>; remove: string[] }[]
}

/** DIR/manifest.json, written by `headerguard build` beside DIR/edge.zip. */
export interface Manifest {
  /** base64 SHA-256 of edge.zip, exactly as Lambda reports CodeSha256. */
  codeSha256: string
  /** Size of edge.zip in bytes. */
  bytes: number
  runtime: string
  /** Lambda's Handler setting, e.g. `index.handler`. */
  handler: string
  /** ResolvedPolicy.hash of the policy compiled into the package. */
  policyHash: string
  headers: PackagedHeaders
  /** headerguard's version that built the package. */
  builtBy: string
}

export interface EdgePackage {
  zip: Uint8Array
  manifest: Manifest
}

export interface HeaderValueChange {
  name: string
  before?: string
  after?: string
  /** The policy's `paths[].match` this change belongs to; absent for the top-level headers. */
  path?: string
  /** `set` (a header the edge sends; the default) or `remove` (a header the edge deletes). */
  action?: 'set' | 'remove'
}

/** Headers the edge sends, live version vs. this build. */
export interface HeaderDiff {
  added: HeaderValueChange[]
  changed: HeaderValueChange[]
  removed: HeaderValueChange[]
}
