// The CSP `directives` form: a map from directive name to its sources, checked with every
// finding at the source's own position, then serialised to the one canonical string.
import {
  checkCsp,
  serializeCsp,
  type CspDirective,
  type LocatedCspDirective
} from '../headers/csp.js'
import { checkValueChars } from '../headers/value-chars.js'
import { locatorOf } from './csp-advice.js'
import type { CspLocator, Data, ResolveContext } from './resolve-context.js'
import type { PathSegment } from './source.js'
import type { SourcePos } from './types.js'

/** The canonical string, and where each directive and source is written. */
export function cspFromDirectives(
  ctx: ResolveContext,
  path: PathSegment[],
  map: Data
): { value: string; locate: CspLocator } {
  const directives: LocatedCspDirective[] = []
  const positions: { name: SourcePos; values: SourcePos[] }[] = []
  const seen = new Set<string>()
  for (const [rawName, raw] of Object.entries(map)) {
    const dPath = [...path, rawName]
    if (raw === false) continue
    const values: string[] = []
    const valuePositions: SourcePos[] = []
    const items = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : []
    items.forEach((item, i) => {
      if (typeof item !== 'string') return
      const itemPath = typeof raw === 'string' ? dPath : [...dPath, i]
      const chars = checkValueChars(item)
      if (chars.length) {
        ctx.report(chars, itemPath)
        return
      }
      // A `;` would end the directive and a `,` the policy: the rest of the item would become
      // directives (or a second policy) of its own. In the list form each item is one source.
      const separator = typeof raw === 'string' ? /[;,]/ : /[;,\s]/
      const bad = item.trim().search(separator)
      if (bad !== -1) {
        const offset = item.length - item.trimStart().length + bad
        const ch = item[offset] === ';' ? "';'" : item[offset] === ',' ? "','" : 'whitespace'
        ctx.out.error(
          'csp-source-separator',
          `${ch} in a source of ${rawName} would start ${ch === "','" ? 'another policy' : ch === "';'" ? 'another directive' : 'another source'}: give each source as its own list item (and each directive as its own key)`,
          ctx.src.posInValue(itemPath, offset)
        )
        return
      }
      for (const token of item.matchAll(/[^ \t]+/g)) {
        values.push(token[0])
        valuePositions.push(ctx.src.posInValue(itemPath, token.index))
      }
    })
    const name = rawName.toLowerCase()
    const namePos = ctx.pos(dPath, 'key')
    if (checkValueChars(rawName).length || /[\s;]/.test(rawName)) {
      ctx.out.error('csp-directive-unknown', `'${rawName}' is not a CSP directive name`, namePos)
      continue
    }
    directives.push({ name, values, nameOffset: 0, valueOffsets: [], duplicate: seen.has(name) })
    positions.push({ name: namePos, values: valuePositions })
    seen.add(name)
  }
  for (const f of checkCsp(directives, { evaluatorJudges: ctx.cspEvaluatorJudges })) {
    const at = positions[f.directive]
    const pos =
      at === undefined
        ? ctx.pos(path, 'key')
        : f.value === undefined
          ? at.name
          : (at.values[f.value] ?? at.name)
    ctx.out.add(f.severity, f.rule, f.message, pos)
  }
  const unique: CspDirective[] = directives
    .filter((d) => !d.duplicate)
    .map((d) => ({ name: d.name, values: d.values }))
  const locate = locatorOf(directives, (d, v) => {
    const at = positions[d]!
    return v === undefined ? at.name : (at.values[v] ?? at.name)
  })
  return { value: serializeCsp(unique), locate }
}
