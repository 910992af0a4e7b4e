// Header layers: what the preset, the top level and each `paths` entry declare, and how one
// layer overlays another (a declared header replaces the inherited one, null cancels it, a
// removal drops inherited headers it covers).
import { MAX_RESPONSE_HEADER_BYTES } from '../headers/edge-restrictions.js'
import { canonicalHeaderKey } from '../headers/header-names.js'
import { readHeader, readRemove } from './header-rule.js'
import { PRESETS } from './presets.js'
import { type Data, isRecord, type ResolveContext } from './resolve-context.js'
import type { PathSegment } from './source.js'
import type { HeaderRule, HeaderSet, PresetName, RemoveRule, SourcePos } from './types.js'

/** CloudFront answers with an error above MAX_RESPONSE_HEADER_BYTES; warn well before it. */
export const HEADER_BYTES_WARNING = 16384

/** A header as one layer (preset, top level, a path) declares it; value null cancels it. */
export interface HeaderEntry {
  rule: HeaderRule
  value: string | null
}

export interface Layer {
  headers: Map<string, HeaderEntry>
  remove: Map<string, RemoveRule>
}

export function presetLayer(ctx: ResolveContext, name: PresetName): Layer {
  const pos = ctx.pos(['extends'])
  const preset = PRESETS[name]
  const headers = new Map<string, HeaderEntry>()
  for (const [header, value] of Object.entries(preset.headers)) {
    const rule: HeaderRule = {
      name: header,
      key: canonicalHeaderKey(header),
      value,
      override: true,
      pos
    }
    headers.set(header, { rule, value })
  }
  const remove = new Map<string, RemoveRule>(preset.remove.map((r) => [r, { name: r, pos }]))
  return { headers, remove }
}

/** The `headers` and `remove` of the object at `at` ([] for the top level, ['paths', i]). */
export function readLayer(ctx: ResolveContext, at: PathSegment[]): Layer {
  const container = at.reduce<unknown>(
    (node, seg) =>
      isRecord(node) || Array.isArray(node) ? (node as Data)[seg as string] : undefined,
    ctx.data
  )
  const layer: Layer = { headers: new Map(), remove: new Map() }
  if (!isRecord(container)) return layer
  if (isRecord(container.headers)) {
    for (const [rawName, rawValue] of Object.entries(container.headers)) {
      const entry = readHeader(ctx, [...at, 'headers', rawName], rawName, rawValue)
      if (!entry) continue
      const previous = layer.headers.get(entry.rule.name)
      if (previous) {
        ctx.out.error(
          'duplicate-header',
          `header '${rawName}' is already declared at line ${previous.rule.pos.line} (header names are case-insensitive)`,
          entry.rule.pos
        )
        continue
      }
      layer.headers.set(entry.rule.name, entry)
    }
  }
  if (Array.isArray(container.remove)) {
    container.remove.forEach((item, index) => {
      if (typeof item !== 'string') return
      const path = [...at, 'remove', index]
      const rule = readRemove(ctx, path, item)
      if (!rule) return
      if (layer.remove.has(rule.name)) {
        ctx.out.warning('duplicate-remove', `'${item}' is already in this remove list`, rule.pos)
        return
      }
      const set = layer.headers.get(rule.name)
      if (set && set.value !== null) {
        ctx.out.error(
          'set-and-remove',
          `'${rule.name}' is both set (line ${set.rule.pos.line}) and removed here; keep one`,
          rule.pos
        )
        return
      }
      if (rule.name.endsWith('*')) {
        const prefix = rule.name.slice(0, -1)
        for (const header of layer.headers.values()) {
          if (header.value !== null && header.rule.name.startsWith(prefix)) {
            ctx.out.error(
              'set-and-remove',
              `'${rule.name}' removes '${header.rule.name}', which is set at line ${header.rule.pos.line}; narrow the pattern or drop the header`,
              rule.pos
            )
          }
        }
      }
      layer.remove.set(rule.name, rule)
    })
  }
  return layer
}

/**
 * `over` on top of `base`: a header `over` declares replaces the inherited one (null drops it)
 * and cancels an inherited removal of that name; a removal in `over` drops inherited headers
 * it covers.
 */
export function overlay(ctx: ResolveContext, base: Layer, over: Layer, at: PathSegment[]): Layer {
  const headers = new Map(base.headers)
  const remove = new Map(base.remove)
  for (const [name, entry] of over.headers) {
    if (entry.value === null) {
      if (!headers.has(name)) {
        const scope =
          at.length === 0 ? 'the preset does not set it' : 'the top level does not set it'
        ctx.out.warning(
          'null-no-effect',
          `'${name}: null' has no effect here: ${scope}`,
          entry.rule.pos
        )
      }
      headers.delete(name)
    } else {
      headers.set(name, entry)
    }
    remove.delete(name)
  }
  for (const [name, rule] of over.remove) {
    remove.set(name, rule)
    const prefix = name.endsWith('*') ? name.slice(0, -1) : undefined
    const cancelled: HeaderEntry[] = []
    for (const [header, entry] of [...headers]) {
      if (over.headers.has(header)) continue
      if (header === name || (prefix !== undefined && header.startsWith(prefix))) {
        headers.delete(header)
        if (prefix !== undefined) cancelled.push(entry)
      }
    }
    // A pattern that also cancels headers the preset or the top level sets is rarely meant.
    if (cancelled.length > 0) {
      const names = cancelled.map((e) => `${e.rule.key} (line ${e.rule.pos.line})`).join(', ')
      ctx.out.warning(
        'remove-cancels-header',
        `'${name}' also cancels ${names}, which ${at.length === 0 ? 'the preset sets' : 'the top level sets'}: narrow the pattern, or set the header again here`,
        rule.pos
      )
    }
  }
  return { headers, remove }
}

/** Names + values + ': ' + CRLF of every header the edge adds, against CloudFront's limit. */
export function checkSize(
  ctx: ResolveContext,
  layer: Layer,
  what: string,
  pos: SourcePos | undefined
): void {
  let total = 0
  let largest: HeaderEntry | undefined
  for (const entry of layer.headers.values()) {
    if (entry.value === null) continue
    total += Buffer.byteLength(entry.rule.key) + Buffer.byteLength(entry.value) + 4
    if (!largest || entry.value.length > (largest.value ?? '').length) largest = entry
  }
  if (!largest) return
  const at = pos ?? largest.rule.pos
  if (total > MAX_RESPONSE_HEADER_BYTES) {
    ctx.out.error(
      'header-size',
      `${what} add ${total} bytes, over CloudFront's ${MAX_RESPONSE_HEADER_BYTES}-byte limit for a response's headers (CloudFront would answer 502); the largest is '${largest.rule.name}' (${largest.value?.length} bytes)`,
      at
    )
  } else if (total > HEADER_BYTES_WARNING) {
    ctx.out.warning(
      'header-size',
      `${what} add ${total} bytes; with the origin's own headers the response may exceed CloudFront's ${MAX_RESPONSE_HEADER_BYTES}-byte limit (largest: '${largest.rule.name}')`,
      at
    )
  }
}

function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

export function toHeaderSet(layer: Layer): HeaderSet {
  const headers = [...layer.headers.values()]
    .filter((e) => e.value !== null)
    .map((e) => e.rule)
    .sort(byName)
  const remove = [...layer.remove.values()].sort(byName)
  return { headers, remove }
}
