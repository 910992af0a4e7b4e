// Every action input (and its CLI flag twin) read and validated in one place, into one typed
// object. Downstream code receives Settings and never reads inputs itself. Defaults mirror
// action.yml so the CLI behaves like the action.
import { AWS_NAMES, hasAwsNameShape, normaliseDistributionIds } from './aws-names.js'
import { type InputError, InvalidInputError } from './errors.js'
import type { BehaviorSelector } from './policy/types.js'

export const INPUT = {
  policy: 'policy',
  mode: 'mode',
  distributionId: 'distribution-id',
  functionName: 'function-name',
  roleArn: 'role-arn',
  behaviors: 'behaviors',
  url: 'url',
  waitTimeout: 'wait-timeout',
  pollInterval: 'poll-interval',
  invalidate: 'invalidate',
  rollbackOnFailure: 'rollback-on-failure',
  comment: 'comment',
  githubToken: 'github-token',
  driftIssue: 'drift-issue',
  driftComment: 'drift-comment',
  failOn: 'fail-on',
  sarifFile: 'sarif-file',
  pruneVersions: 'prune-versions',
  cspPreview: 'csp-preview',
  browserPath: 'browser-path'
} as const

export type InputName = (typeof INPUT)[keyof typeof INPUT]

/** Inputs that mean something only on GitHub (the comment, the drift issue and their token). */
export const GITHUB_ONLY_INPUTS: readonly InputName[] = [
  INPUT.comment,
  INPUT.githubToken,
  INPUT.driftIssue,
  INPUT.driftComment
]

export const MODES = ['auto', 'plan', 'deploy', 'check'] as const
export type Mode = (typeof MODES)[number]
export type RunMode = Exclude<Mode, 'auto'>

export const FAIL_ON = ['error', 'warning', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

/** auto: in plan mode when the CSP changes; always: in every plan; never. */
export type CspPreviewSetting = 'auto' | 'always' | 'never'

export const DEFAULT_POLICY_FILE = '.github/security-headers.yml'

export interface Settings {
  policyFile: string
  mode: Mode
  /** Overrides of the policy file; undefined = use the policy's value. */
  distributionIds?: string[]
  functionName?: string
  roleArn?: string
  behaviors?: BehaviorSelector
  urls?: string[]
  waitTimeoutMs: number
  pollIntervalMs: number
  /** Paths to invalidate after a change, or false. */
  invalidate: false | string[]
  rollbackOnFailure: boolean
  comment: boolean
  githubToken?: string
  driftIssue: boolean
  /** Comment on the open drift issue at every re-check (the body changes only with the findings). */
  driftComment: boolean
  failOn: FailOn
  sarifFile?: string
  /** After a green deploy, keep this many unused published versions and delete older ones; undefined = never. */
  pruneKeep?: number
  /** The CSP preview in plan mode (input csp-preview: auto, true, false). */
  cspPreview: CspPreviewSetting
  /** Chrome/Chromium for the CSP preview; undefined = look for one. */
  browserPath?: string
}

/** Reads one input by name; '' when unset (as @actions/core's getInput does). */
export type InputReader = (name: InputName) => string

const MAX_WAIT_MS = 6 * 60 * 60 * 1000 // a GitHub-hosted job's own limit

function invalid(
  name: InputName,
  value: string,
  rule: string,
  choices?: readonly string[]
): InputError {
  return new InvalidInputError(name, value, rule, choices)
}

/** `30` (in `bareUnit`), `90s`, `30m`, `1h`, `500ms` → milliseconds. */
export function parseDuration(name: InputName, raw: string, bareUnit: 's' | 'm'): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(raw.trim())
  if (!match) {
    throw invalid(
      name,
      raw,
      `use a number (${bareUnit === 'm' ? 'minutes' : 'seconds'}) or a duration such as 90s, 30m or 1h`
    )
  }
  const amount = Number(match[1])
  const unit = (match[2] ?? bareUnit).toLowerCase()
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit] ?? 1000
  return Math.round(amount * factor)
}

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function booleanOf(raw: string): boolean | undefined {
  if (['true', 'True', 'TRUE'].includes(raw.trim())) return true
  if (['false', 'False', 'FALSE'].includes(raw.trim())) return false
  return undefined
}

export function parseBoolean(name: InputName, raw: string): boolean {
  const value = booleanOf(raw)
  if (value === undefined) throw invalid(name, raw, 'use true or false')
  return value
}

/** A comma- or newline-separated list, trimmed, empties dropped. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
}

export function parseBehaviors(raw: string): BehaviorSelector {
  const items = parseList(raw)
  if (items.length === 1 && items[0] === '*') return { kind: 'default' }
  if (items.length === 1 && items[0]?.toLowerCase() === 'all') return { kind: 'all' }
  for (const item of items) {
    if (item === '*' || item.toLowerCase() === 'all') {
      throw invalid(
        INPUT.behaviors,
        raw,
        "'*' and 'all' stand alone; path patterns may be combined"
      )
    }
  }
  return { kind: 'patterns', patterns: items }
}

function parseUrls(raw: string): string[] {
  const urls = parseList(raw)
  for (const url of urls) {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      throw invalid(INPUT.url, url, 'not a URL; write it as https://www.example.com')
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw invalid(INPUT.url, url, 'only http:// and https:// URLs can be verified')
    }
  }
  return urls
}

function parseInvalidate(raw: string): false | string[] {
  const value = raw.trim()
  if (value === '' || ['true', 'True', 'TRUE'].includes(value)) return ['/*']
  if (['false', 'False', 'FALSE'].includes(value)) return false
  const paths = parseList(value)
  for (const path of paths) {
    if (!path.startsWith('/'))
      throw invalid(INPUT.invalidate, path, 'invalidation paths start with /')
  }
  return paths
}

function parseChoice<T extends string>(
  name: InputName,
  raw: string,
  choices: readonly T[],
  fallback: T
): T {
  const value = raw.trim() || fallback
  if (!(choices as readonly string[]).includes(value)) {
    throw invalid(name, raw, `use one of ${choices.join(', ')}`, choices)
  }
  return value as T
}

function parseCspPreview(raw: string): CspPreviewSetting {
  const value = raw.trim()
  if (value === '' || value === 'auto') return 'auto'
  const on = booleanOf(value)
  if (on === undefined) throw invalid(INPUT.cspPreview, raw, 'use auto, true or false')
  return on ? 'always' : 'never'
}

function parsePruneKeep(raw: string): number {
  if (!/^\d+$/.test(raw)) {
    throw invalid(
      INPUT.pruneVersions,
      raw,
      'use a whole number of unused versions to keep (0 or more), or leave it empty to never delete'
    )
  }
  return Number(raw)
}

function requireAwsName(input: InputName, kind: keyof typeof AWS_NAMES, value: string): void {
  if (!hasAwsNameShape(kind, value))
    throw invalid(input, value, `expected ${AWS_NAMES[kind].title}`)
}

/** Reads and validates every input; throws InputError naming the input and the fix. */
export function readSettings(read: InputReader): Settings {
  const get = (name: InputName) => read(name).trim()
  const optional = (name: InputName) => get(name) || undefined

  const distributionIds = optional(INPUT.distributionId)
    ? normaliseDistributionIds(parseList(get(INPUT.distributionId)))
    : undefined
  for (const id of distributionIds ?? []) requireAwsName(INPUT.distributionId, 'distributionId', id)
  const functionName = optional(INPUT.functionName)
  if (functionName) requireAwsName(INPUT.functionName, 'functionName', functionName)
  const roleArn = optional(INPUT.roleArn)
  if (roleArn) requireAwsName(INPUT.roleArn, 'roleArn', roleArn)
  const waitTimeoutMs = parseDuration(INPUT.waitTimeout, get(INPUT.waitTimeout) || '30', 'm')
  if (waitTimeoutMs <= 0 || waitTimeoutMs > MAX_WAIT_MS) {
    throw invalid(
      INPUT.waitTimeout,
      get(INPUT.waitTimeout),
      'use a duration above 0 and at most 6h'
    )
  }
  const pollIntervalMs = parseDuration(INPUT.pollInterval, get(INPUT.pollInterval) || '10', 's')
  if (pollIntervalMs < 100 || pollIntervalMs > 10 * 60_000) {
    throw invalid(INPUT.pollInterval, get(INPUT.pollInterval), 'use between 0.1 and 600 seconds')
  }
  const bool = (name: InputName, fallback: boolean) =>
    get(name) ? parseBoolean(name, get(name)) : fallback

  return {
    policyFile: get(INPUT.policy) || DEFAULT_POLICY_FILE,
    mode: parseChoice(INPUT.mode, get(INPUT.mode), MODES, 'auto'),
    distributionIds,
    functionName,
    roleArn,
    behaviors: optional(INPUT.behaviors) ? parseBehaviors(get(INPUT.behaviors)) : undefined,
    urls: optional(INPUT.url) ? parseUrls(get(INPUT.url)) : undefined,
    waitTimeoutMs,
    pollIntervalMs,
    invalidate: parseInvalidate(get(INPUT.invalidate)),
    rollbackOnFailure: bool(INPUT.rollbackOnFailure, true),
    comment: bool(INPUT.comment, true),
    githubToken: optional(INPUT.githubToken),
    driftIssue: bool(INPUT.driftIssue, true),
    driftComment: bool(INPUT.driftComment, false),
    failOn: parseChoice(INPUT.failOn, get(INPUT.failOn), FAIL_ON, 'error'),
    sarifFile: optional(INPUT.sarifFile),
    pruneKeep: optional(INPUT.pruneVersions) ? parsePruneKeep(get(INPUT.pruneVersions)) : undefined,
    cspPreview: parseCspPreview(get(INPUT.cspPreview)),
    browserPath: optional(INPUT.browserPath)
  }
}
