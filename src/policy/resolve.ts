// From checked data to the ResolvedPolicy: presets merged, names lowercased, CSP canonical,
// per-path sets merged with the top level, and every semantic rule that the schema cannot
// express. It reads only the parts whose types are right; the schema reports the rest.
import {
  canonicalCsp,
  checkCsp,
  serializeCsp,
  type CspDirective,
  type LocatedCspDirective
} from '../headers/csp.js'
import type { DiagnosticList } from '../diagnostics.js'
import {
  MAX_RESPONSE_HEADER_BYTES,
  edgeRestriction,
  ORIGIN_RESPONSE_READ_ONLY_HEADERS
} from '../headers/edge-restrictions.js'
import { WELL_KNOWN_HEADERS, canonicalHeaderKey, isToken } from '../headers/header-names.js'
import {
  checkHeaderValue,
  checkValueChars,
  describeCodePoint,
  type ValueFinding
} from '../headers/header-values.js'
import { globToRegExpSource } from '../headers/match.js'
import { PRESETS } from './presets.js'
import { displayPath } from './schema-check.js'
import type { PathSegment, PolicySource } from './source.js'
import { closest } from '../suggest.js'
import type {
  BehaviorSelector,
  CloudFrontSettings,
  Condition,
  EdgeRuntime,
  HeaderRule,
  HeaderSet,
  LambdaSettings,
  PathRule,
  PresetName,
  RemoveRule,
  ResolvedPolicy,
  SourcePos,
  StatusRange,
  ValueAssertions,
  VerifyRule,
  VerifySettings
} from './types.js'

/** CloudFront answers with an error above MAX_RESPONSE_HEADER_BYTES; warn well before it. */
export const HEADER_BYTES_WARNING = 16384

const CSP_HEADERS = new Set(['content-security-policy', 'content-security-policy-report-only'])

/** A header as one layer (preset, top level, a path) declares it; value null cancels it. */
interface HeaderEntry {
  rule: HeaderRule
  value: string | null
}

interface Layer {
  headers: Map<string, HeaderEntry>
  remove: Map<string, RemoveRule>
}

export type ResolvedParts = Pick<
  ResolvedPolicy,
  'extends' | 'cloudfront' | 'lambda' | 'defaults' | 'paths' | 'verify'
>

type Data = Record<string, unknown>

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[]
  return undefined
}

export class Resolver {
  constructor(
    private readonly src: PolicySource,
    private readonly out: DiagnosticList
  ) {}

  private get data(): Data {
    return isRecord(this.src.data) ? this.src.data : {}
  }

  private pos(path: readonly PathSegment[], part: 'key' | 'value' = 'value'): SourcePos {
    return this.src.posOf(path, part)
  }

  resolve(): ResolvedParts {
    const preset = this.presetName()
    const base = this.presetLayer(preset)
    const top = this.readLayer([])
    const defaults = this.overlay(base, top, [])
    this.checkSize(defaults, 'the top-level headers', undefined)
    return {
      extends: preset,
      cloudfront: this.cloudfront(),
      lambda: this.lambda(),
      defaults: toHeaderSet(defaults),
      paths: this.paths(defaults),
      verify: this.verify()
    }
  }

  // ---- presets and layers -------------------------------------------------------------------

  private presetName(): PresetName {
    const value = this.data.extends
    return value === 'owasp' || value === 'strict' ? value : 'none'
  }

  private presetLayer(name: PresetName): Layer {
    const pos = this.pos(['extends'])
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
  private readLayer(at: PathSegment[]): Layer {
    const container = at.reduce<unknown>(
      (node, seg) =>
        isRecord(node) || Array.isArray(node) ? (node as Data)[seg as string] : undefined,
      this.data
    )
    const layer: Layer = { headers: new Map(), remove: new Map() }
    if (!isRecord(container)) return layer
    if (isRecord(container.headers)) {
      for (const [rawName, rawValue] of Object.entries(container.headers)) {
        const entry = this.readHeader([...at, 'headers', rawName], rawName, rawValue)
        if (!entry) continue
        const previous = layer.headers.get(entry.rule.name)
        if (previous) {
          this.out.error(
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
        const rule = this.readRemove(path, item)
        if (!rule) return
        if (layer.remove.has(rule.name)) {
          this.out.warning('duplicate-remove', `'${item}' is already in this remove list`, rule.pos)
          return
        }
        const set = layer.headers.get(rule.name)
        if (set && set.value !== null) {
          this.out.error(
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
              this.out.error(
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
  private overlay(base: Layer, over: Layer, at: PathSegment[]): Layer {
    const headers = new Map(base.headers)
    const remove = new Map(base.remove)
    for (const [name, entry] of over.headers) {
      if (entry.value === null) {
        if (!headers.has(name)) {
          const scope =
            at.length === 0 ? 'the preset does not set it' : 'the top level does not set it'
          this.out.warning(
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
      for (const header of [...headers.keys()]) {
        if (over.headers.has(header)) continue
        if (header === name || (prefix !== undefined && header.startsWith(prefix)))
          headers.delete(header)
      }
    }
    return { headers, remove }
  }

  // ---- one header -----------------------------------------------------------------------------

  private readHeader(path: PathSegment[], rawName: string, raw: unknown): HeaderEntry | undefined {
    const keyPos = this.pos(path, 'key')
    this.checkHeaderName(rawName, keyPos, 'set')
    const name = rawName.toLowerCase()
    const key = /[A-Z]/.test(rawName) ? rawName : canonicalHeaderKey(name)
    const rule: HeaderRule = { name, key, value: '', override: true, pos: keyPos }
    if (raw === null) return { rule, value: null }
    if (typeof raw === 'string' || typeof raw === 'number') {
      const value = this.scalarText(path, raw)
      rule.value = this.checkedValue(name, value, path)
      return { rule, value: rule.value }
    }
    if (!isRecord(raw)) return undefined
    if (typeof raw.override === 'boolean') rule.override = raw.override
    const when = this.condition([...path, 'when'], raw.when)
    if (when) rule.when = when
    const hasValue = typeof raw.value === 'string' || typeof raw.value === 'number'
    const hasDirectives = raw.directives !== undefined
    if (hasValue && hasDirectives) {
      this.out.error(
        'header-value-form',
        `'${rawName}' has both 'value' and 'directives'; keep one`,
        this.pos([...path, 'directives'], 'key')
      )
      return undefined
    }
    if (hasDirectives) {
      // On other headers the schema reports 'directives' as an unknown key.
      if (!CSP_HEADERS.has(name)) return undefined
      if (!isRecord(raw.directives)) return undefined
      rule.value = this.cspFromDirectives([...path, 'directives'], raw.directives)
      return { rule, value: rule.value }
    }
    if (!hasValue) {
      if (raw.value === undefined) {
        const needs = CSP_HEADERS.has(name) ? "'value' or 'directives'" : "'value'"
        this.out.error('header-value-form', `'${rawName}' needs ${needs}`, keyPos)
      }
      return undefined
    }
    const valuePath = [...path, 'value']
    rule.value = this.checkedValue(
      name,
      this.scalarText(valuePath, raw.value as string | number),
      valuePath
    )
    return { rule, value: rule.value }
  }

  private scalarText(path: PathSegment[], value: string | number): string {
    return typeof value === 'number' ? (this.src.rawScalar(path) ?? String(value)) : value
  }

  /** Runs the value checks and returns the value to send (CSP in canonical form). */
  private checkedValue(name: string, value: string, path: PathSegment[]): string {
    this.report(checkHeaderValue(name, value), path)
    return CSP_HEADERS.has(name) && !checkValueChars(value).length ? canonicalCsp(value) : value
  }

  private report(findings: ValueFinding[], path: PathSegment[]): void {
    for (const f of findings) {
      const pos = f.offset === undefined ? this.pos(path) : this.src.posInValue(path, f.offset)
      this.out.add(f.severity, f.rule, f.message, pos)
    }
  }

  private checkHeaderName(rawName: string, pos: SourcePos, action: 'set' | 'remove'): boolean {
    const name = action === 'remove' && rawName.endsWith('*') ? rawName.slice(0, -1) : rawName
    if (name === '' && action === 'remove') {
      this.out.error(
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
      this.out.error(
        'header-name-token',
        `header name '${rawName}' ${what}: names are HTTP tokens (RFC 9110: letters, digits and !#$%&'*+-.^_\`|~)`,
        pos
      )
      return false
    }
    if (action === 'remove' && name.includes('*')) {
      this.out.error(
        'remove-pattern',
        `'${rawName}': only a trailing * is supported in a remove pattern`,
        pos
      )
      return false
    }
    const restriction = edgeRestriction(name)
    if (restriction === 'disallowed') {
      this.out.error(
        'edge-disallowed',
        `Lambda@Edge does not allow a function to ${action} '${name}' (disallowed header): CloudFront would answer 502 "Lambda function result failed validation"`,
        pos
      )
      return false
    }
    if (restriction === 'read-only') {
      this.out.error(
        'edge-read-only',
        `'${name}' is read-only in origin-response: if the function ${action === 'set' ? 'sets' : 'removes'} it CloudFront answers 502 "Lambda function result failed validation"`,
        pos
      )
      return false
    }
    if (action === 'remove' && rawName.endsWith('*')) {
      const covered = ORIGIN_RESPONSE_READ_ONLY_HEADERS.find((h) =>
        h.startsWith(name.toLowerCase())
      )
      if (covered) {
        this.out.error(
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
        this.out.warning(
          'header-name-typo',
          `'${rawName}' is not a header browsers know; did you mean '${typo}'?`,
          pos
        )
    }
    return true
  }

  private readRemove(path: PathSegment[], item: string): RemoveRule | undefined {
    const pos = this.pos(path)
    if (!this.checkHeaderName(item, pos, 'remove')) return undefined
    return { name: item.toLowerCase(), pos }
  }

  private cspFromDirectives(path: PathSegment[], map: Data): string {
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
          this.report(chars, itemPath)
          return
        }
        for (const token of item.matchAll(/[^ \t]+/g)) {
          values.push(token[0])
          valuePositions.push(this.src.posInValue(itemPath, token.index))
        }
      })
      const name = rawName.toLowerCase()
      const namePos = this.pos(dPath, 'key')
      if (checkValueChars(rawName).length || /[\s;]/.test(rawName)) {
        this.out.error('csp-directive-unknown', `'${rawName}' is not a CSP directive name`, namePos)
        continue
      }
      directives.push({ name, values, nameOffset: 0, valueOffsets: [], duplicate: seen.has(name) })
      positions.push({ name: namePos, values: valuePositions })
      seen.add(name)
    }
    for (const f of checkCsp(directives)) {
      const at = positions[f.directive]
      const pos =
        at === undefined
          ? this.pos(path, 'key')
          : f.value === undefined
            ? at.name
            : (at.values[f.value] ?? at.name)
      this.out.add(f.severity, f.rule, f.message, pos)
    }
    const unique: CspDirective[] = directives
      .filter((d) => !d.duplicate)
      .map((d) => ({ name: d.name, values: d.values }))
    return serializeCsp(unique)
  }

  // ---- conditions -----------------------------------------------------------------------------

  private condition(path: PathSegment[], raw: unknown): Condition | undefined {
    if (!isRecord(raw)) return undefined
    const condition: Condition = {}
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
          if (/^([a-z0-9][a-z0-9!#$&^_.+-]*|\*)\/([a-z0-9][a-z0-9!#$&^_.+-]*|\*)$/i.test(t.trim()))
            return true
          const hint = t.includes(';')
            ? `: compare media types without parameters, e.g. '${t.split(';')[0]!.trim()}'`
            : ": write a media type such as 'text/html' or 'text/*'"
          this.out.error('when-content-type', `'${t}' is not a media type${hint}`, this.pos(at))
          return false
        })
        .map(({ t }) => t.trim().toLowerCase())
      if (list.length) condition.contentTypes = [...new Set(list)].sort()
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
          this.out.error(
            'when-status',
            `status '${String(item)}' is not understood: write a code (404), a class ("4xx") or a range ("200-399") between 100 and 599`,
            this.pos(at)
          )
        }
      })
      if (ranges.length) condition.statuses = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
    }
    return condition.contentTypes || condition.statuses ? condition : undefined
  }

  // ---- paths ----------------------------------------------------------------------------------

  private paths(defaults: Layer): PathRule[] {
    const list = this.data.paths
    if (!Array.isArray(list)) return []
    const rules: PathRule[] = []
    const seen = new Map<string, SourcePos>()
    let catchAll: SourcePos | undefined
    list.forEach((item, index) => {
      if (!isRecord(item) || typeof item.match !== 'string') return
      const match = item.match
      const pos = this.pos(['paths', index, 'match'])
      const ok = this.checkGlob(match, ['paths', index, 'match'])
      const earlier = seen.get(match)
      if (earlier) {
        this.out.warning(
          'path-unreachable',
          `'${match}' is already matched at line ${earlier.line}; this entry is never used (first match wins)`,
          pos
        )
      } else if (catchAll) {
        this.out.warning(
          'path-unreachable',
          `the entry at line ${catchAll.line} matches every path, so '${match}' is never used (first match wins)`,
          pos
        )
      }
      seen.set(match, pos)
      const layer = this.readLayer(['paths', index])
      const merged = this.overlay(defaults, layer, ['paths', index])
      this.checkSize(merged, `the headers for '${match}'`, pos)
      if (match === '*' || match === '/*') catchAll ??= pos
      if (!ok) return
      rules.push({ match, pattern: globToRegExpSource(match), pos, ...toHeaderSet(merged) })
    })
    return rules
  }

  private checkGlob(glob: string, path: PathSegment[]): boolean {
    if (!glob.startsWith('/') && !glob.startsWith('*')) {
      this.out.error(
        'path-glob',
        `path pattern '${glob}' must start with '/' or '*' (URIs always start with '/'): write '/${glob}'`,
        this.pos(path)
      )
      return false
    }
    const bad = [...glob].findIndex((c) => c <= ' ' || c > '~')
    if (bad !== -1) {
      this.out.error(
        'path-glob',
        `path pattern '${glob}' contains ${describeCodePoint(glob.codePointAt(bad)!)} at offset ${bad}: CloudFront path patterns are visible ASCII (percent-encode anything else)`,
        this.src.posInValue(path, bad)
      )
      return false
    }
    return true
  }

  /** Names + values + ': ' + CRLF of every header the edge adds, against CloudFront's limit. */
  private checkSize(layer: Layer, what: string, pos: SourcePos | undefined): void {
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
      this.out.error(
        'header-size',
        `${what} add ${total} bytes, over CloudFront's ${MAX_RESPONSE_HEADER_BYTES}-byte limit for a response's headers (CloudFront would answer 502); the largest is '${largest.rule.name}' (${largest.value?.length} bytes)`,
        at
      )
    } else if (total > HEADER_BYTES_WARNING) {
      this.out.warning(
        'header-size',
        `${what} add ${total} bytes; with the origin's own headers the response may exceed CloudFront's ${MAX_RESPONSE_HEADER_BYTES}-byte limit (largest: '${largest.rule.name}')`,
        at
      )
    }
  }

  // ---- cloudfront, lambda, verify ---------------------------------------------------------------

  private cloudfront(): CloudFrontSettings {
    const raw = isRecord(this.data.cloudfront) ? this.data.cloudfront : {}
    const distributions = [...new Set(stringList(raw.distribution) ?? [])]
    let behaviors: BehaviorSelector = { kind: 'default' }
    const b = raw.behaviors
    if (b === 'all') behaviors = { kind: 'all' }
    else if (Array.isArray(b) && b.every((p) => typeof p === 'string')) {
      const patterns = [...new Set(b as string[])]
      if (patterns.length === 1 && patterns[0] === '*') behaviors = { kind: 'default' }
      else if (patterns.includes('all')) {
        this.out.error(
          'cloudfront-behaviors',
          `'all' cannot be combined with path patterns: write behaviors: all`,
          this.pos(['cloudfront', 'behaviors'])
        )
      } else if (patterns.length > 0) behaviors = { kind: 'patterns', patterns }
    }
    const settings: CloudFrontSettings = {
      distributions,
      behaviors,
      replaceForeignAssociation: raw['replace-existing'] === true
    }
    if (isRecord(this.data.cloudfront)) settings.pos = this.pos(['cloudfront'], 'key')
    return settings
  }

  private lambda(): LambdaSettings {
    const raw = isRecord(this.data.lambda) ? this.data.lambda : {}
    const runtimes: EdgeRuntime[] = ['nodejs22.x', 'nodejs24.x', 'nodejs20.x']
    const runtime = runtimes.find((r) => r === raw.runtime) ?? 'nodejs22.x'
    if (runtime === 'nodejs20.x') {
      this.out.warning(
        'lambda-runtime-deprecated',
        'nodejs20.x is deprecated by Lambda on 30 April 2026 (creating functions is blocked from 31 August 2026, updating them from 30 September 2026): use nodejs22.x',
        this.pos(['lambda', 'runtime'])
      )
    }
    const int = (v: unknown, min: number, max: number, fallback: number): number =>
      typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback
    const settings: LambdaSettings = {
      runtime,
      memory: int(raw.memory, 128, 10240, 128),
      timeout: int(raw.timeout, 1, 30, 5)
    }
    if (typeof raw.function === 'string') settings.functionName = raw.function
    if (typeof raw.role === 'string') settings.role = raw.role
    if (isRecord(this.data.lambda)) settings.pos = this.pos(['lambda'], 'key')
    return settings
  }

  private verify(): VerifySettings {
    const raw = isRecord(this.data.verify) ? this.data.verify : {}
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
        this.out.error(
          'verify-url',
          `'${url}' is not an http(s) URL such as https://www.example.com`,
          this.pos(at)
        )
      } else if (parsed.search || parsed.hash) {
        this.out.warning(
          'verify-url',
          `'${url}': give the site's base URL; paths belong in verify.paths`,
          this.pos(at)
        )
      }
    })
    const paths: string[] = []
    if (Array.isArray(raw.paths)) {
      raw.paths.forEach((p, i) => {
        if (typeof p !== 'string') return
        if (!p.startsWith('/')) {
          this.out.error(
            'verify-path',
            `verify path '${p}' must start with '/': write '/${p}'`,
            this.pos(['verify', 'paths', i])
          )
          return
        }
        const bad = [...p].findIndex((c) => c <= ' ' || c > '~')
        if (bad !== -1) {
          this.out.error(
            'verify-path',
            `verify path '${p}' contains ${describeCodePoint(p.codePointAt(bad)!)} at offset ${bad}: percent-encode it`,
            this.src.posInValue(['verify', 'paths', i], bad)
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
        const pos = this.pos(path, 'key')
        if (!isToken(header)) {
          this.out.error(
            'header-name-token',
            `'${header}' in verify.rules is not an HTTP header name (RFC 9110 token)`,
            pos
          )
          continue
        }
        if (!isRecord(spec)) continue
        const rule: VerifyRule = {
          header: header.toLowerCase(),
          pos,
          ...this.assertions(spec, path)
        }
        if (isRecord(spec.directives)) {
          // fromEntries defines own properties, so a directive named __proto__ stays data.
          rule.directives = Object.fromEntries(
            Object.entries(spec.directives)
              .filter((entry): entry is [string, Data] => isRecord(entry[1]))
              .map(([name, d]) => [
                name.toLowerCase(),
                this.assertions(d, [...path, 'directives', name])
              ])
          )
        }
        rules.push(rule)
      }
    }
    rules.sort((a, b) => (a.header < b.header ? -1 : a.header > b.header ? 1 : 0))
    return { urls, paths, rules }
  }

  private assertions(spec: Data, path: PathSegment[]): ValueAssertions {
    const result: ValueAssertions = {}
    if (typeof spec.required === 'boolean') result.required = spec.required
    const contain = stringList(spec['must-contain'])
    const avoid = stringList(spec['must-avoid'])
    const oneOf = stringList(spec['one-of'])
    if (contain) result.mustContain = contain
    if (avoid) result.mustAvoid = avoid
    if (oneOf) result.oneOf = oneOf
    if (result.required === false && (contain || oneOf)) {
      this.out.warning(
        'verify-rule-contradiction',
        `'${displayPath(path)}' says the header must be absent (required: false) and also what it must contain`,
        this.pos([...path, 'required'])
      )
    }
    return result
  }
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

function toHeaderSet(layer: Layer): HeaderSet {
  const headers = [...layer.headers.values()]
    .filter((e) => e.value !== null)
    .map((e) => e.rule)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const remove = [...layer.remove.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  )
  return { headers, remove }
}
