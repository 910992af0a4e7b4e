// `when:` conditions: media types (compared without parameters) and status codes or ranges.
import { isMediaRange } from '../headers/match.js'
import { type ResolveContext, isRecord, stringList } from './resolve-context.js'
import type { PathSegment } from './source.js'
import type { Condition, StatusRange } from './types.js'

export function condition(
  ctx: ResolveContext,
  path: PathSegment[],
  raw: unknown
): Condition | undefined {
  if (!isRecord(raw)) return undefined
  const result: Condition = {}
  const types = stringList(raw['content-type'])
  if (types) {
    const list = types
      .map((t, i) => ({
        t,
        at:
          typeof raw['content-type'] === 'string'
            ? [...path, 'content-type']
            : [...path, 'content-type', i]
      }))
      .filter(({ t, at }) => {
        if (isMediaRange(t.trim())) return true
        const hint = t.includes(';')
          ? `: compare media types without parameters, e.g. '${t.split(';')[0]!.trim()}'`
          : ": write a media type such as 'text/html' or 'text/*'"
        ctx.out.error('when-content-type', `'${t}' is not a media type${hint}`, ctx.pos(at))
        return false
      })
      .map(({ t }) => t.trim().toLowerCase())
    if (list.length) result.contentTypes = [...new Set(list)].sort()
  }
  const status = raw.status
  if (status !== undefined) {
    const items = Array.isArray(status) ? status : [status]
    const ranges: StatusRange[] = []
    items.forEach((item, i) => {
      const at = Array.isArray(status) ? [...path, 'status', i] : [...path, 'status']
      if (typeof item !== 'number' && typeof item !== 'string') return
      const range = parseStatus(item)
      if (range) ranges.push(range)
      else {
        ctx.out.error(
          'when-status',
          `status '${String(item)}' is not understood: write a code (404), a class ("4xx") or a range ("200-399") between 100 and 599`,
          ctx.pos(at)
        )
      }
    })
    if (ranges.length) result.statuses = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  }
  return result.contentTypes || result.statuses ? result : undefined
}

/** `404`, `"404"`, `"4xx"`, `"200-399"` -> an inclusive range within 100..599. */
export function parseStatus(item: number | string): StatusRange | undefined {
  const text = String(item).trim().toLowerCase()
  let range: StatusRange | undefined
  let m: RegExpExecArray | null
  if ((m = /^([1-5])xx$/.exec(text))) range = [Number(m[1]) * 100, Number(m[1]) * 100 + 99]
  else if ((m = /^(\d{3})\s*-\s*(\d{3})$/.exec(text))) range = [Number(m[1]), Number(m[2])]
  else if (/^\d{3}$/.test(text)) range = [Number(text), Number(text)]
  if (!range || range[0] < 100 || range[1] > 599 || range[0] > range[1]) return undefined
  return range
}
