// The `verify` section: the URLs and paths to check and the drHEADer-style rules.
import { isToken } from '../headers/header-names.js'
import { describeCodePoint } from '../headers/value-chars.js'
import { type Data, isRecord, type ResolveContext, stringList } from './resolve-context.js'
import { displayPath } from './schema-check.js'
import type { PathSegment } from './source.js'
import type { ValueAssertions, VerifyRule, VerifySettings } from './types.js'

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
    } else if (parsed.search || parsed.hash) {
      ctx.out.warning(
        'verify-url',
        `'${url}': give the site's base URL; paths belong in verify.paths`,
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
      const rule: VerifyRule = {
        header: header.toLowerCase(),
        pos,
        ...assertions(ctx, spec, path)
      }
      if (isRecord(spec.directives)) {
        // fromEntries defines own properties, so a directive named __proto__ stays data.
        rule.directives = Object.fromEntries(
          Object.entries(spec.directives)
            .filter((entry): entry is [string, Data] => isRecord(entry[1]))
            .map(([name, d]) => [
              name.toLowerCase(),
              assertions(ctx, d, [...path, 'directives', name])
            ])
        )
      }
      rules.push(rule)
    }
  }
  rules.sort((a, b) => (a.header < b.header ? -1 : a.header > b.header ? 1 : 0))
  return { urls, paths, rules }
}

function assertions(ctx: ResolveContext, spec: Data, path: PathSegment[]): ValueAssertions {
  const result: ValueAssertions = {}
  if (typeof spec.required === 'boolean') result.required = spec.required
  const contain = stringList(spec['must-contain'])
  const avoid = stringList(spec['must-avoid'])
  const oneOf = stringList(spec['one-of'])
  if (contain) result.mustContain = contain
  if (avoid) result.mustAvoid = avoid
  if (oneOf) result.oneOf = oneOf
  if (result.required === false && (contain || oneOf)) {
    ctx.out.warning(
      'verify-rule-contradiction',
      `'${displayPath(path)}' says the header must be absent (required: false) and also what it must contain`,
      ctx.pos([...path, 'required'])
    )
  }
  return result
}
