// `paths`: per-path header sets, merged with the top level, in order (first match wins).
import { describeCodePoint } from '../headers/value-chars.js'
import { globToRegExpSource } from '../headers/match.js'
import { checkSize, type Layer, overlay, readLayer, toHeaderSet } from './layers.js'
import { isRecord, type ResolveContext } from './resolve-context.js'
import type { PathSegment } from './source.js'
import type { PathRule, SourcePos } from './types.js'

export function resolvePaths(ctx: ResolveContext, defaults: Layer): PathRule[] {
  const list = ctx.data.paths
  if (!Array.isArray(list)) return []
  const rules: PathRule[] = []
  const seen = new Map<string, SourcePos>()
  let catchAll: SourcePos | undefined
  list.forEach((item, index) => {
    if (!isRecord(item) || typeof item.match !== 'string') return
    const match = item.match
    const pos = ctx.pos(['paths', index, 'match'])
    const ok = checkGlob(ctx, match, ['paths', index, 'match'])
    const earlier = seen.get(match)
    if (earlier) {
      ctx.out.warning(
        'path-unreachable',
        `'${match}' is already matched at line ${earlier.line}; this entry is never used (first match wins)`,
        pos
      )
    } else if (catchAll) {
      ctx.out.warning(
        'path-unreachable',
        `the entry at line ${catchAll.line} matches every path, so '${match}' is never used (first match wins)`,
        pos
      )
    }
    seen.set(match, pos)
    const layer = readLayer(ctx, ['paths', index])
    const merged = overlay(ctx, defaults, layer, ['paths', index])
    checkSize(ctx, merged, `the headers for '${match}'`, pos)
    if (match === '*' || match === '/*') catchAll ??= pos
    if (!ok) return
    rules.push({ match, pattern: globToRegExpSource(match), pos, ...toHeaderSet(merged) })
  })
  return rules
}

function checkGlob(ctx: ResolveContext, glob: string, path: PathSegment[]): boolean {
  if (!glob.startsWith('/') && !glob.startsWith('*')) {
    ctx.out.error(
      'path-glob',
      `path pattern '${glob}' must start with '/' or '*' (URIs always start with '/'): write '/${glob}'`,
      ctx.pos(path)
    )
    return false
  }
  const bad = [...glob].findIndex((c) => c <= ' ' || c > '~')
  if (bad !== -1) {
    ctx.out.error(
      'path-glob',
      `path pattern '${glob}' contains ${describeCodePoint(glob.codePointAt(bad)!)} at offset ${bad}: CloudFront path patterns are visible ASCII (percent-encode anything else)`,
      ctx.src.posInValue(path, bad)
    )
    return false
  }
  return true
}
