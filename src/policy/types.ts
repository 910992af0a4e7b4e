// The resolved policy: the one object every later stage (build, aws, verify, report) consumes.
// It is plain data (JSON-serialisable), fully resolved: presets merged, names lowercased,
// CSP canonical, per-path header sets already merged with the top level.

/** A place in the user's policy file, 1-based, for errors and annotations. */
export interface SourcePos {
  file: string
  line: number
  col: number
}

export type Severity = 'error' | 'warning'

/** One problem found in a policy file. Printed as `FILE:LINE:COL: error: message`. */
export interface Diagnostic {
  severity: Severity
  message: string
  pos: SourcePos
  /** A short stable id of the rule that fired, e.g. `header-name-token`, `edge-read-only`. */
  rule: string
}

export type PresetName = 'owasp' | 'strict' | 'none'

/** An inclusive HTTP status range, e.g. [200, 299] for "2xx". */
export type StatusRange = [number, number]

/**
 * When a header applies. Absent fields match everything. Content types are media types
 * compared case-insensitively without parameters; `text/*` matches any `text/` subtype.
 * A response without Content-Type matches only when `contentTypes` is absent.
 */
export interface Condition {
  contentTypes?: string[]
  statuses?: StatusRange[]
}

/** A header the edge sets. */
export interface HeaderRule {
  /** Lowercase header name: the key of CloudFront's header map. */
  name: string
  /** Wire casing: the policy's own spelling when it used capitals, else the canonical one. */
  key: string
  /** The exact value sent (for CSP: the canonical serialisation). */
  value: string
  /** true: replace what the origin sent; false: keep the origin's value when it has one. */
  override: boolean
  when?: Condition
  /** Where the header (its key) is declared; for preset headers, the `extends` line. */
  pos: SourcePos
}

/** A header the edge deletes from the origin's response. */
export interface RemoveRule {
  /** Lowercase name; a trailing `*` makes it a prefix (`x-envoy-*` removes every `x-envoy-` header). */
  name: string
  pos: SourcePos
}

/** The complete set of changes the edge makes for one group of URIs. */
export interface HeaderSet {
  headers: HeaderRule[]
  remove: RemoveRule[]
}

/** A per-path difference, already merged with the top-level set (first match wins). */
export interface PathRule extends HeaderSet {
  /** The glob as written, CloudFront path-pattern syntax: `*` any run of characters, `?` one. */
  match: string
  /** An anchored JavaScript RegExp source equivalent to `match`; compiled once, not per request. */
  pattern: string
  pos: SourcePos
}

export type BehaviorSelector =
  { kind: 'default' } | { kind: 'all' } | { kind: 'patterns'; patterns: string[] }

export interface CloudFrontSettings {
  distributions: string[]
  behaviors: BehaviorSelector
  /** Take over origin-response on a behavior even when another function holds it. */
  replaceForeignAssociation: boolean
  pos?: SourcePos
}

/** The runtimes Lambda@Edge accepts: the kernel's one runtime calendar (src/lambda-runtimes.ts). */
export type { EdgeRuntime } from '../lambda-runtimes.js'
import type { EdgeRuntime } from '../lambda-runtimes.js'

export interface LambdaSettings {
  functionName?: string
  role?: string
  runtime: EdgeRuntime
  /** MB; origin-response allows 128..10240. */
  memory: number
  /** seconds; origin-response allows 1..30. */
  timeout: number
  pos?: SourcePos
}

/** How a failed verify rule counts: error fails the run, warning with fail-on: warning, info never. */
export type RuleSeverity = 'error' | 'warning' | 'info'

/**
 * drHEADer-style assertions checked by verify (never deployed). Items are compared
 * case-insensitively, as drHEADer compares them (README: "what case-insensitive covers").
 */
export interface ValueAssertions {
  /** true: must be present; false: must be absent; undefined: optional. */
  required?: boolean
  /** The value's items as a set (drHEADer Value); with preserveOrder, as a sequence. */
  value?: string[]
  preserveOrder?: boolean
  /** The whole value is one of these (drHEADer Value-One-Of). */
  oneOf?: string[]
  /** Every item of the value is one of these (drHEADer Value-Any-Of). */
  anyOf?: string[]
  mustContain?: string[]
  /** At least one of these items appears (drHEADer Must-Contain-One). */
  mustContainOne?: string[]
  mustAvoid?: string[]
  severity?: RuleSeverity
}

export interface VerifyRule extends ValueAssertions {
  header: string
  /** Per directive (CSP, Feature-Policy, Permissions-Policy feature, Cache-Control, HSTS). */
  directives?: Record<string, ValueAssertions>
  /** On set-cookie: per cookie name (case-sensitive). */
  cookies?: Record<string, ValueAssertions>
  pos: SourcePos
}

export interface VerifySettings {
  urls: string[]
  paths: string[]
  rules: VerifyRule[]
  /** `verify.csp-evaluator`: absent = Google's CSP Evaluator on, nothing ignored. */
  cspEvaluator?: CspEvaluatorSettings
}

export interface CspEvaluatorSettings {
  /** false: `csp-evaluator: false`, the evaluator is never run (validate and check). */
  enabled: boolean
  /** Check ids (the evaluator's names, e.g. SCRIPT_ALLOWLIST_BYPASS) not reported. */
  ignore: string[]
}

export interface ResolvedPolicy {
  version: 1
  /** The policy file path as given to the loader. */
  file: string
  extends: PresetName
  cloudfront: CloudFrontSettings
  lambda: LambdaSettings
  /** The top-level header set: applies to every URI no `paths` entry matches. */
  defaults: HeaderSet
  paths: PathRule[]
  verify: VerifySettings
  /** sha256 hex of the canonical JSON of what the edge does (defaults + paths), positions excluded. */
  hash: string
}

export interface LoadResult {
  /** Present only when there is no error-severity diagnostic. */
  policy?: ResolvedPolicy
  diagnostics: Diagnostic[]
}
