// The `verify` section: the URLs and paths to check and the drHEADer-style rules.
import { CSP_EVALUATOR_CHECKS } from '../headers/csp-evaluator.js'
import { headerGrammar } from '../headers/header-grammar.js'
import { isToken } from '../headers/header-names.js'
import { describeCodePoint } from '../headers/value-chars.js'
import { type Data, isRecord, type ResolveContext, stringList } from './resolve-context.js'
import { displayPath } from './schema-check.js'
import type { PathSegment } from './source.js'
import type {
  CspEvaluatorSettings,
  RuleSeverity,
  ValueAssertions,
  VerifyRule,
  VerifySettings
} from './types.js'

export function verifySettings(ctx: ResolveContext): VerifySettings {
  const raw = isRecord(ctx.data.verify) ? ctx.data.verify : {}
  const urls = stringList(raw.url) ?? []
  urls.forEach((url, i) => {
    const at = typeof raw.url === 'string' ? ['verify', 'url'] : ['verify', 'url', i]
    let parsed: URL | undefined
    try {
      parsed = new URL(url)
    } catch {
      parsed = undefined
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      ctx.out.error(
        'verify-url',
        `'${url}' is not an http(s) URL such as https://www.example.com`,
        ctx.pos(at)
      )
    } else if (parsed.hash) {
      ctx.out.warning(
        'verify-url',
        `'${url}': the fragment (${parsed.hash}) is never sent to the site; a URL ending in / takes verify.paths under it, any other is checked as given`,
        ctx.pos(at)
      )
    }
  })
  const paths: string[] = []
  if (Array.isArray(raw.paths)) {
    raw.paths.forEach((p, i) => {
      if (typeof p !== 'string') return
      if (!p.startsWith('/')) {
        ctx.out.error(
          'verify-path',
          `verify path '${p}' must start with '/': write '/${p}'`,
          ctx.pos(['verify', 'paths', i])
        )
        return
      }
      const bad = [...p].findIndex((c) => c <= ' ' || c > '~')
      if (bad !== -1) {
        ctx.out.error(
          'verify-path',
          `verify path '${p}' contains ${describeCodePoint(p.codePointAt(bad)!)} at offset ${bad}: percent-encode it`,
          ctx.src.posInValue(['verify', 'paths', i], bad)
        )
        return
      }
      paths.push(p)
    })
  }
  const rules: VerifyRule[] = []
  if (isRecord(raw.rules)) {
    for (const [header, spec] of Object.entries(raw.rules)) {
      const path = ['verify', 'rules', header]
      const pos = ctx.pos(path, 'key')
      if (!isToken(header)) {
        ctx.out.error(
          'header-name-token',
          `'${header}' in verify.rules is not an HTTP header name (RFC 9110 token)`,
          pos
        )
        continue
      }
      if (header.toLowerCase() === '__proto__') {
        ctx.out.error('header-name-reserved', `'${header}' cannot be a header name`, pos)
        continue
      }
      if (!isRecord(spec)) continue
      const name = header.toLowerCase()
      const rule: VerifyRule = { header: name, pos, ...assertions(ctx, spec, path) }
      if (isRecord(spec.directives)) {
        const form = headerGrammar(name).directives
        if (form === undefined) {
          ctx.out.error(
            'verify-rule-directives',
            `${header} has no directives: judge its items with must-contain, must-avoid or value (directives exist on CSP, Feature-Policy, Permissions-Policy, Cache-Control and Strict-Transport-Security)`,
            ctx.pos([...path, 'directives'], 'key')
          )
        } else {
          rule.directives = namedAssertions(ctx, spec.directives, [...path, 'directives'], true)
        }
      }
      if (isRecord(spec.cookies)) {
        if (name !== 'set-cookie') {
          ctx.out.error(
            'verify-rule-cookies',
            `'cookies' belongs under set-cookie, not ${header}`,
            ctx.pos([...path, 'cookies'], 'key')
          )
        } else {
          rule.cookies = namedAssertions(ctx, spec.cookies, [...path, 'cookies'], false)
        }
      }
      if (name === 'set-cookie') {
        // drHEADer: global cookie rules support only must-avoid, must-contain and must-contain-one.
        for (const key of ['value', 'one-of', 'any-of']) {
          if (spec[key] === undefined) continue
          ctx.out.error(
            'verify-rule-cookies',
            `'${key}' cannot judge set-cookie: each cookie is judged on its own attributes; use must-contain, must-contain-one or must-avoid (or cookies: { NAME: ... })`,
            ctx.pos([...path, key], 'key')
          )
        }
      }
      rules.push(rule)
    }
  }
  rules.sort((a, b) => (a.header < b.header ? -1 : a.header > b.header ? 1 : 0))
  const cspEvaluator = cspEvaluatorSettings(raw['csp-evaluator'])
  return { urls, paths, rules, ...(cspEvaluator ? { cspEvaluator } : {}) }
}

/**
 * The evaluator's check types that will judge the policy's CSPs (every one it reports, less
 * those ignored; none when it is off): headerguard's own twins of these stay silent (csp.ts).
 */
export function evaluatorJudges(ctx: ResolveContext): ReadonlySet<string> {
  const raw = isRecord(ctx.data.verify) ? ctx.data.verify['csp-evaluator'] : undefined
  const settings = cspEvaluatorSettings(raw)
  if (settings?.enabled === false) return new Set()
  const ignored = new Set(settings?.ignore ?? [])
  return new Set(CSP_EVALUATOR_CHECKS.filter((id) => !ignored.has(id)))
}

/** `csp-evaluator: false` or `{ ignore: [CHECK_ID, ...] }`; the schema reports other shapes and unknown ids. */
function cspEvaluatorSettings(raw: unknown): CspEvaluatorSettings | undefined {
  if (raw === false) return { enabled: false, ignore: [] }
  if (raw === true) return { enabled: true, ignore: [] }
  if (!isRecord(raw)) return undefined
  const ignore = (stringList(raw.ignore) ?? []).filter((id) => CSP_EVALUATOR_CHECKS.includes(id))
  return { enabled: true, ignore }
}

/** Directive or cookie names -> assertions; directive names are lowercased, cookie names kept. */
function namedAssertions(
  ctx: ResolveContext,
  map: Data,
  path: PathSegment[],
  lowercase: boolean
): Record<string, ValueAssertions> {
  // fromEntries defines own properties, so a name such as __proto__ stays data.
  return Object.fromEntries(
    Object.entries(map)
      .filter((entry): entry is [string, Data] => isRecord(entry[1]))
      .map(([name, d]) => [
        lowercase ? name.toLowerCase() : name,
        assertions(ctx, d, [...path, name])
      ])
  )
}

const SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'info']

function assertions(ctx: ResolveContext, spec: Data, path: PathSegment[]): ValueAssertions {
  const result: ValueAssertions = {}
  if (typeof spec.required === 'boolean') result.required = spec.required
  const lists = {
    value: stringList(spec.value),
    oneOf: stringList(spec['one-of']),
    anyOf: stringList(spec['any-of']),
    mustContain: stringList(spec['must-contain']),
    mustContainOne: stringList(spec['must-contain-one']),
    mustAvoid: stringList(spec['must-avoid'])
  }
  for (const [key, items] of Object.entries(lists)) {
    if (items) (result as Record<string, unknown>)[key] = items
  }
  if (spec['preserve-order'] === true) result.preserveOrder = true
  const severity = SEVERITIES.find((s) => s === spec.severity)
  if (severity) result.severity = severity
  if (
    result.required === false &&
    (lists.value || lists.oneOf || lists.anyOf || lists.mustContain || lists.mustContainOne)
  ) {
    ctx.out.warning(
      'verify-rule-contradiction',
      `'${displayPath(path)}' says the header must be absent (required: false) and also what it must contain`,
      ctx.pos([...path, 'required'])
    )
  }
  return result
}
