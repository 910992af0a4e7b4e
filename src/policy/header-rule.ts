// One header as the policy declares it: its name (token, Lambda@Edge restrictions, typos), its
// value in any of the forms (scalar, { value }, CSP { directives }) and the value's checks.
import { parseCspLocated, serializeCsp } from '../headers/csp.js'
import { edgeRestriction, ORIGIN_RESPONSE_READ_ONLY_HEADERS } from '../headers/edge-restrictions.js'
import {
  canonicalHeaderKey,
  isCspHeader,
  isToken,
  WELL_KNOWN_HEADERS
} from '../headers/header-names.js'
import { checkHeaderValue } from '../headers/header-values.js'
import { checkValueChars, describeCodePoint } from '../headers/value-chars.js'
import { closest } from '../suggest.js'
import { condition } from './conditions.js'
import { locatorOf } from './csp-advice.js'
import { cspFromDirectives } from './csp-directives.js'
import type { HeaderEntry } from './layers.js'
import { isRecord, type ResolveContext } from './resolve-context.js'
import type { PathSegment } from './source.js'
import type { HeaderRule, RemoveRule, SourcePos } from './types.js'

/** Headers whose value describes one particular response, with the reason (RFC 9110). */
const PER_RESPONSE_HEADERS: ReadonlyMap<string, string> = new Map([
  ['content-length', 'the size of this body, RFC 9110 8.6'],
  ['content-encoding', 'the coding applied to this body, RFC 9110 8.4'],
  ['content-range', 'the part of the body this response carries, RFC 9110 14.4'],
  ['date', 'when this response was generated, RFC 9110 6.6.1'],
  ['etag', 'the version of this representation, RFC 9110 8.8.3'],
  ['last-modified', 'when this representation last changed, RFC 9110 8.8.2'],
  ['age', 'how long this response sat in a cache, RFC 9111 5.1'],
  ['host', 'a request header naming the target host, RFC 9110 7.2']
])

export function readHeader(
  ctx: ResolveContext,
  path: PathSegment[],
  rawName: string,
  raw: unknown
): HeaderEntry | undefined {
  const keyPos = ctx.pos(path, 'key')
  checkHeaderName(ctx, rawName, keyPos, 'set')
  const name = rawName.toLowerCase()
  const key = /[A-Z]/.test(rawName) ? rawName : canonicalHeaderKey(name)
  const rule: HeaderRule = { name, key, value: '', override: true, pos: keyPos }
  if (raw === null) return { rule, value: null }
  if (typeof raw === 'string' || typeof raw === 'number') {
    const value = scalarText(ctx, path, raw)
    rule.value = checkedValue(ctx, rule, value, path)
    return { rule, value: rule.value }
  }
  if (!isRecord(raw)) return undefined
  if (typeof raw.override === 'boolean') rule.override = raw.override
  const when = condition(ctx, [...path, 'when'], raw.when)
  if (when) rule.when = when
  const hasValue = typeof raw.value === 'string' || typeof raw.value === 'number'
  const hasDirectives = raw.directives !== undefined
  if (hasValue && hasDirectives) {
    ctx.out.error(
      'header-value-form',
      `'${rawName}' has both 'value' and 'directives'; keep one`,
      ctx.pos([...path, 'directives'], 'key')
    )
    return undefined
  }
  if (hasDirectives) {
    // On other headers the schema reports 'directives' as an unknown key.
    if (!isCspHeader(name)) return undefined
    if (!isRecord(raw.directives)) return undefined
    const csp = cspFromDirectives(ctx, [...path, 'directives'], raw.directives)
    rule.value = csp.value
    ctx.cspLocators.set(rule, csp.locate)
    return { rule, value: rule.value }
  }
  if (!hasValue) {
    if (raw.value === undefined) {
      const needs = isCspHeader(name) ? "'value' or 'directives'" : "'value'"
      ctx.out.error('header-value-form', `'${rawName}' needs ${needs}`, keyPos)
    }
    return undefined
  }
  const valuePath = [...path, 'value']
  rule.value = checkedValue(
    ctx,
    rule,
    scalarText(ctx, valuePath, raw.value as string | number),
    valuePath
  )
  return { rule, value: rule.value }
}

function scalarText(ctx: ResolveContext, path: PathSegment[], value: string | number): string {
  return typeof value === 'number' ? (ctx.src.rawScalar(path) ?? String(value)) : value
}

/** Runs the value checks and returns the value to send (CSP in canonical form). */
function checkedValue(
  ctx: ResolveContext,
  rule: HeaderRule,
  value: string,
  path: PathSegment[]
): string {
  ctx.report(checkHeaderValue(rule.name, value, { evaluatorJudges: ctx.cspEvaluatorJudges }), path)
  if (!isCspHeader(rule.name) || checkValueChars(value).length) return value
  const directives = parseCspLocated(value)
  ctx.cspLocators.set(
    rule,
    locatorOf(directives, (d, v) => {
      const at = directives[d]!
      return ctx.src.posInValue(path, v === undefined ? at.nameOffset : at.valueOffsets[v]!)
    })
  )
  // canonicalCsp(value), from the directives already parsed.
  return serializeCsp(directives.filter((d) => !d.duplicate))
}

export function checkHeaderName(
  ctx: ResolveContext,
  rawName: string,
  pos: SourcePos,
  action: 'set' | 'remove'
): boolean {
  const name = action === 'remove' && rawName.endsWith('*') ? rawName.slice(0, -1) : rawName
  if (name === '' && action === 'remove') {
    ctx.out.error(
      'edge-read-only',
      `'*' would remove every header, including ${ORIGIN_RESPONSE_READ_ONLY_HEADERS.join(' and ')}, which Lambda@Edge makes read-only: CloudFront would answer 502`,
      pos
    )
    return false
  }
  if (!isToken(name)) {
    const badIndex = [...name].findIndex((c) => !isToken(c))
    const bad = name.codePointAt(badIndex === -1 ? 0 : badIndex) ?? 0
    const what =
      name === ''
        ? 'is empty'
        : `contains ${describeCodePoint(bad)} at offset ${Math.max(0, badIndex)}`
    ctx.out.error(
      'header-name-token',
      `header name '${rawName}' ${what}: names are HTTP tokens (RFC 9110: letters, digits and !#$%&'*+-.^_\`|~)`,
      pos
    )
    return false
  }
  if (name.toLowerCase() === '__proto__') {
    ctx.out.error(
      'header-name-reserved',
      `'${rawName}' cannot be a header name: in the edge function's header map it would replace the map's prototype instead of adding a header`,
      pos
    )
    return false
  }
  const perResponse = action === 'set' ? PER_RESPONSE_HEADERS.get(name.toLowerCase()) : undefined
  if (perResponse) {
    ctx.out.error(
      'header-per-response',
      `'${rawName}' cannot be set by a policy: its value depends on each response (${perResponse}), and one fixed value for every response would be wrong`,
      pos
    )
    return false
  }
  if (action === 'remove' && name.includes('*')) {
    ctx.out.error(
      'remove-pattern',
      `'${rawName}': only a trailing * is supported in a remove pattern`,
      pos
    )
    return false
  }
  const restriction = edgeRestriction(name)
  if (restriction === 'disallowed') {
    ctx.out.error(
      'edge-disallowed',
      `Lambda@Edge does not allow a function to ${action} '${name}' (disallowed header): CloudFront would answer 502 "Lambda function result failed validation"`,
      pos
    )
    return false
  }
  if (restriction === 'read-only') {
    ctx.out.error(
      'edge-read-only',
      `'${name}' is read-only in origin-response: if the function ${action === 'set' ? 'sets' : 'removes'} it CloudFront answers 502 "Lambda function result failed validation"`,
      pos
    )
    return false
  }
  if (action === 'remove' && rawName.endsWith('*')) {
    const covered = ORIGIN_RESPONSE_READ_ONLY_HEADERS.find((h) => h.startsWith(name.toLowerCase()))
    if (covered) {
      ctx.out.error(
        'edge-read-only',
        `'${rawName}' would also remove '${covered}', which is read-only in origin-response: CloudFront would answer 502`,
        pos
      )
      return false
    }
  }
  if (action === 'set' && !WELL_KNOWN_HEADERS.includes(name.toLowerCase())) {
    const typo = closest(name.toLowerCase(), WELL_KNOWN_HEADERS)
    if (typo)
      ctx.out.warning(
        'header-name-typo',
        `'${rawName}' is not a header browsers know; did you mean '${typo}'?`,
        pos
      )
  }
  return true
}

export function readRemove(
  ctx: ResolveContext,
  path: PathSegment[],
  item: string
): RemoveRule | undefined {
  const pos = ctx.pos(path)
  if (!checkHeaderName(ctx, item, pos, 'remove')) return undefined
  return { name: item.toLowerCase(), pos }
}
