// ResolvedPolicy -> the edge function's config.json: plain data the handler reads at cold
// start. The policy loader has already validated the policy; the checks here are the last
// line of defence for anything that reaches the build another way (a hand-made object), so a
// value that could break the wire or a header Lambda@Edge forbids never gets into a package.
import { HeaderguardError } from '../errors.js'
import { edgeRestriction, DISALLOWED_HEADER_PREFIXES } from '../headers/edge-restrictions.js'
import { isToken } from '../headers/header-names.js'
import { globToRegExpSource, isMediaRange } from '../headers/match.js'
import { forbiddenValueChar } from '../headers/value-chars.js'
import type {
  HeaderRule,
  HeaderSet,
  ResolvedPolicy,
  SourcePos,
  StatusRange
} from '../policy/types.js'

/** The policy cannot be packaged; the message names the place and the fix. */
export class EdgeBuildError extends HeaderguardError {
  override name = 'EdgeBuildError'
}

/** One way to set a header; `when` absent means always. */
export interface EdgeRuleConfig {
  key: string
  value: string
  override: boolean
  when?: { statuses?: StatusRange[]; contentTypes?: string[] }
}

/** Every rule for one header name, in policy order: the first whose `when` holds applies. */
export interface EdgeHeaderConfig {
  name: string
  rules: EdgeRuleConfig[]
}

export interface EdgeSetConfig {
  set: EdgeHeaderConfig[]
  /** Lowercase names; a trailing `*` makes a prefix. */
  remove: string[]
}

export interface EdgePathConfig extends EdgeSetConfig {
  match: string
  pattern: string
}

/** config.json inside edge.zip. */
export interface EdgeConfig {
  version: 1
  defaults: EdgeSetConfig
  paths: EdgePathConfig[]
}

function at(pos: SourcePos | undefined): string {
  return pos ? `${pos.file}:${pos.line}:${pos.col}: ` : ''
}

function checkHeaderRule(rule: HeaderRule): void {
  const where = at(rule.pos)
  if (
    typeof rule.name !== 'string' ||
    !isToken(rule.name) ||
    rule.name !== rule.name.toLowerCase()
  ) {
    throw new EdgeBuildError(
      `${where}header name ${JSON.stringify(rule.name)} must be a lowercase RFC 9110 token`
    )
  }
  if (rule.name === '__proto__') {
    throw new EdgeBuildError(
      `${where}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`
    )
  }
  if (typeof rule.key !== 'string' || rule.key.toLowerCase() !== rule.name) {
    throw new EdgeBuildError(
      `${where}header key ${JSON.stringify(rule.key)} must spell '${rule.name}' (any casing)`
    )
  }
  const restriction = edgeRestriction(rule.name)
  if (restriction) {
    throw new EdgeBuildError(
      `${where}'${rule.key}' is ${restriction} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`
    )
  }
  if (typeof rule.value !== 'string') {
    throw new EdgeBuildError(`${where}the value of '${rule.key}' must be a string`)
  }
  const bad = forbiddenValueChar(rule.value)
  if (bad) {
    throw new EdgeBuildError(
      `${where}the value of '${rule.key}' contains ${bad}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`
    )
  }
  if (typeof rule.override !== 'boolean') {
    throw new EdgeBuildError(`${where}'override' of '${rule.key}' must be true or false`)
  }
  for (const [lo, hi] of rule.when?.statuses ?? []) {
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 100 || hi > 599 || lo > hi) {
      throw new EdgeBuildError(
        `${where}status range [${lo}, ${hi}] of '${rule.key}' must be within 100-599, low first`
      )
    }
  }
  for (const type of rule.when?.contentTypes ?? []) {
    if (typeof type !== 'string' || !isMediaRange(type)) {
      throw new EdgeBuildError(
        `${where}content type ${JSON.stringify(type)} of '${rule.key}' must look like 'text/html' or 'text/*'`
      )
    }
  }
}

function checkRemoveName(name: string, pos: SourcePos | undefined): void {
  const where = at(pos)
  if (typeof name !== 'string')
    throw new EdgeBuildError(`${where}remove entries must be header names`)
  const prefix = name.endsWith('*') ? name.slice(0, -1) : undefined
  const bare = prefix ?? name
  if (!isToken(bare) || bare !== bare.toLowerCase()) {
    throw new EdgeBuildError(
      `${where}remove entry ${JSON.stringify(name)} must be a lowercase header name, optionally ending in '*'`
    )
  }
  if (bare === '__proto__') {
    throw new EdgeBuildError(
      `${where}'__proto__' cannot be removed by name: it is no header name a policy may use`
    )
  }
  const restricted =
    prefix === undefined
      ? edgeRestriction(name)
      : DISALLOWED_HEADER_PREFIXES.some((p) => prefix.startsWith(p))
        ? 'disallowed'
        : undefined
  if (restricted) {
    throw new EdgeBuildError(
      `${where}'${name}' is ${restricted} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`
    )
  }
}

function compileRule(rule: HeaderRule): EdgeRuleConfig {
  const out: EdgeRuleConfig = { key: rule.key, value: rule.value, override: rule.override }
  const when: EdgeRuleConfig['when'] = {}
  if (rule.when?.statuses)
    when.statuses = rule.when.statuses.map(([lo, hi]): StatusRange => [lo, hi])
  if (rule.when?.contentTypes)
    when.contentTypes = rule.when.contentTypes.map((t) => t.toLowerCase())
  if (when.statuses || when.contentTypes) out.when = when
  return out
}

function compileSet(set: HeaderSet): EdgeSetConfig {
  const byName = new Map<string, EdgeRuleConfig[]>()
  for (const rule of set.headers) {
    checkHeaderRule(rule)
    const rules = byName.get(rule.name) ?? []
    rules.push(compileRule(rule))
    byName.set(rule.name, rules)
  }
  for (const r of set.remove) checkRemoveName(r.name, r.pos)
  return {
    set: [...byName].map(([name, rules]) => ({ name, rules })),
    remove: set.remove.map((r) => r.name)
  }
}

/** The data the edge handler runs on. Throws EdgeBuildError for anything unsafe to ship. */
export function compileEdgeConfig(policy: ResolvedPolicy): EdgeConfig {
  return {
    version: 1,
    defaults: compileSet(policy.defaults),
    paths: policy.paths.map((path) => {
      const pattern = globToRegExpSource(path.match)
      if (path.pattern !== pattern) {
        throw new EdgeBuildError(
          `${at(path.pos)}path pattern for '${path.match}' is ${JSON.stringify(path.pattern)}, expected ${JSON.stringify(pattern)}; re-resolve the policy with the loader`
        )
      }
      return { match: path.match, pattern, ...compileSet(path) }
    })
  }
}
