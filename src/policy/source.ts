// The policy file as text and as a YAML syntax tree: the plain data the checks read, and the
// source position of every key and value so each problem points at the user's own line.
// JSON files are parsed by the same YAML parser (JSON is YAML 1.2) after a strict JSON.parse,
// so both formats get positions and duplicate-key detection. Nothing here evaluates a value.
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml'
import type { Document, Node, Pair, YAMLMap } from 'yaml'
import { findIndentProblem, type IndentProblem } from './indent.js'
import type { Diagnostic, SourcePos } from './types.js'

export type PathSegment = string | number

export interface PolicySource {
  file: string
  text: string
  /** The document as plain data (JSON types only). */
  data: unknown
  /** Where the value at `path` (or, with 'key', its key) starts; the nearest existing ancestor if absent. */
  posOf(path: readonly PathSegment[], part?: 'key' | 'value'): SourcePos
  /** Where character `offset` of the string at `path` is, when the scalar is written on one line. */
  posInValue(path: readonly PathSegment[], offset: number): SourcePos
  /** The scalar as written (e.g. `0` or `1.0` for numbers), if `path` is a scalar. */
  rawScalar(path: readonly PathSegment[]): string | undefined
}

export interface ParseResult {
  source?: PolicySource
  diagnostics: Diagnostic[]
}

/** YAML aliases may not expand into more than this many nodes (guards against "billion laughs"). */
const MAX_ALIAS_COUNT = 100

export function parseSource(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    // The library's own unique-key check compares each key with every earlier one (quadratic
    // in a map's size); duplicateKeys() below does it with one Set per map.
    uniqueKeys: false,
    strict: true,
    keepSourceTokens: false
  })
  const at = (offset: number): SourcePos => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)))
    return { file, line: Math.max(1, line), col: Math.max(1, col) }
  }
  const diagnostics: Diagnostic[] = []
  let fatal = false

  if (/\.json$/i.test(file)) {
    const jsonProblem = strictJsonProblem(text)
    if (jsonProblem) {
      diagnostics.push({
        severity: 'error',
        rule: 'json-syntax',
        message: jsonProblem.message,
        pos: at(jsonProblem.offset)
      })
      fatal = true
    }
  }
  const indent =
    doc.errors.length > 0 ? indentProblemNear(text, at(doc.errors[0]!.pos[0]).line) : undefined
  if (indent) {
    // One mis-indented line makes the parser report several errors, none at that line.
    fatal = true
    diagnostics.push({
      severity: 'error',
      rule: 'yaml-indent',
      message: indent.message,
      pos: { file, line: indent.line, col: indent.col }
    })
  }
  for (const error of indent ? [] : doc.errors) {
    fatal = true
    diagnostics.push({
      severity: 'error',
      rule: 'yaml-syntax',
      message: yamlMessage(error.code, error.message),
      pos: at(errorOffset(text, error.code, error.pos[0]))
    })
  }
  for (const duplicate of duplicateKeys(doc)) {
    const line = lineCounter.linePos(duplicate.firstOffset).line
    diagnostics.push({
      severity: 'error',
      rule: 'duplicate-key',
      message: `duplicate key '${duplicate.name}' (first at line ${line}): a key may appear only once in a mapping`,
      pos: at(duplicate.offset)
    })
  }
  for (const warning of doc.warnings) {
    const tag = warning.code === 'TAG_RESOLVE_FAILED'
    diagnostics.push({
      severity: tag ? 'error' : 'warning',
      rule: tag ? 'yaml-tag' : 'yaml-syntax',
      message: tag
        ? `${warning.message}: YAML tags are not supported in a policy file; write a plain value`
        : `YAML: ${warning.message}`,
      pos: at(warning.pos[0])
    })
  }
  // README: tags are errors. An explicit tag (`!!omap`, `!!set`, `!!str`, ...) changes what a
  // node means, and some (omap, set) turn a mapping into something the policy reads as empty.
  visit(doc, {
    Node(_key, node) {
      if (!node.tag || !node.range) return
      let bang = text.lastIndexOf('!', node.range[0])
      while (bang > 0 && text[bang - 1] === '!') bang--
      const short = node.tag.replace(/^tag:yaml\.org,2002:/, '!!')
      diagnostics.push({
        severity: 'error',
        rule: 'yaml-tag',
        message: `YAML tag ${short} is not supported in a policy file: write a plain mapping, list or value without it`,
        pos: at(bang === -1 ? node.range[0] : bang)
      })
      fatal = true
    }
  })
  if (fatal) return { diagnostics }

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    diagnostics.push({
      severity: 'error',
      rule: 'yaml-syntax',
      message: `YAML: ${message}`,
      pos: at(aliasOffset(doc))
    })
    return { diagnostics }
  }

  const find = (
    path: readonly PathSegment[]
  ): { node?: Node; pair?: Pair; depth: number; last?: Node } => {
    let node: Node | null | undefined = doc.contents
    let pair: Pair | undefined
    let last: Node | undefined = node ?? undefined
    for (let depth = 0; depth < path.length; depth++) {
      node = resolveAlias(doc, node)
      const step = childOf(node, path[depth]!)
      if (!step) return { depth, last }
      pair = step.pair
      node = step.node
      if (step.node) last = step.node
      else if (step.pair && isNodeLike(step.pair.key)) last = step.pair.key
      if (!node && depth < path.length - 1) return { depth: depth + 1, last }
    }
    return { node: node ?? undefined, pair, depth: path.length, last }
  }

  const startOf = (node: Node | undefined): number | undefined => node?.range?.[0]

  const source: PolicySource = {
    file,
    text,
    data,
    posOf(path, part = 'value') {
      const found = find(path)
      if (found.depth === path.length) {
        if (part === 'key' && found.pair && isNodeLike(found.pair.key)) {
          const keyStart = startOf(found.pair.key)
          if (keyStart !== undefined) return at(keyStart)
        }
        const start =
          startOf(found.node) ??
          (found.pair && isNodeLike(found.pair.key) ? startOf(found.pair.key) : undefined)
        if (start !== undefined) return at(start)
      }
      const fallback = startOf(found.last)
      return at(fallback ?? 0)
    },
    posInValue(path, offset) {
      const found = find(path)
      const node = found.depth === path.length ? found.node : undefined
      if (node && isScalar(node) && node.range && typeof node.value === 'string') {
        const raw = text.slice(node.range[0], node.range[1])
        if (node.type === 'PLAIN' && raw === node.value) return at(node.range[0] + offset)
        if (
          (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
          raw.slice(1, -1) === node.value
        ) {
          return at(node.range[0] + 1 + offset)
        }
      }
      return source.posOf(path)
    },
    rawScalar(path) {
      const found = find(path)
      const node = found.depth === path.length ? found.node : undefined
      if (node && isScalar(node) && node.range) {
        return node.type === 'PLAIN'
          ? text.slice(node.range[0], node.range[1]).trim()
          : String(node.value)
      }
      return undefined
    }
  }
  return { source, diagnostics }
}

function isNodeLike(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value
}

function resolveAlias(doc: Document, node: Node | null | undefined): Node | null | undefined {
  let current = node
  for (let i = 0; i < 10 && current && isAlias(current); i++) {
    current = current.resolve(doc) as Node | undefined
  }
  return current
}

/** The key of a map entry as toJS() spells it (scalars by value, anything else as YAML text). */
export function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value)
  if (key === null || key === undefined) return ''
  return String(key)
}

/** Each mapping's entries by key, built on first lookup: a lookup costs O(1), not O(entries). */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>()

function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map)
  if (index === undefined) {
    index = new Map()
    // The last entry wins, as it does in the data (a duplicate key is already an error).
    for (const item of map.items) if (isPair(item)) index.set(keyText(item.key), item)
    pairIndex.set(map, index)
  }
  return index
}

function childOf(
  node: Node | null | undefined,
  segment: PathSegment
): { node?: Node; pair?: Pair } | undefined {
  if (isMap(node)) {
    const match = pairsOf(node).get(String(segment))
    if (!match) return undefined
    return { pair: match, node: isNodeLike(match.value) ? match.value : undefined }
  }
  if (isSeq(node)) {
    const index = typeof segment === 'number' ? segment : Number(segment)
    const item = Number.isInteger(index) ? node.items[index] : undefined
    return isNodeLike(item) ? { node: item } : undefined
  }
  return undefined
}

function strictJsonProblem(text: string): { message: string; offset: number } | undefined {
  try {
    JSON.parse(text)
    return undefined
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(message)
    const offset = position
      ? Number(position[1])
      : /end of JSON input/.test(message)
        ? text.length
        : 0
    return {
      message: `JSON: ${message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '')}`,
      offset
    }
  }
}

interface DuplicateKey {
  name: string
  /** Where the repeated key starts, and where its first occurrence does. */
  offset: number
  firstOffset: number
}

/**
 * Every key that repeats an earlier key of the same mapping, as toJS() would name it (so `1`
 * and `'1'` collide too: they would be one property of the data). One Set per mapping: linear.
 */
function duplicateKeys(doc: Document): DuplicateKey[] {
  const found: DuplicateKey[] = []
  visit(doc, {
    Map(_, map) {
      const firstByKey = new Map<string, number>()
      for (const item of map.items) {
        const name = keyText(item.key)
        const offset = isNodeLike(item.key) ? (item.key.range?.[0] ?? 0) : 0
        const first = firstByKey.get(name)
        if (first === undefined) firstByKey.set(name, offset)
        else found.push({ name, offset, firstOffset: first })
      }
    }
  })
  return found
}

/** An unclosed quote is reported at the end of the file; point at the quote that opened it. */
function errorOffset(text: string, code: string, offset: number): number {
  if (code !== 'MISSING_CHAR') return offset
  const before = text.slice(0, offset)
  const opening = Math.max(before.lastIndexOf('"'), before.lastIndexOf("'"))
  return opening === -1 ? offset : opening
}

/**
 * The mis-indented line behind the parser's first error: that line, or the next one (a line
 * indented too deep is reported at the end of the value above it). Elsewhere it is not the cause.
 */
function indentProblemNear(text: string, errorLine: number): IndentProblem | undefined {
  const problem = findIndentProblem(text)
  return problem && (problem.line === errorLine || problem.line === errorLine + 1)
    ? problem
    : undefined
}

function yamlMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS')
    return "YAML: the policy file must hold a single document (remove the second '---')"
  return `YAML: ${message}`
}

/**
 * Where toJS() failed: the first alias whose anchor is missing, else (too many expansions) the
 * first alias; the document start when there is none.
 */
function aliasOffset(doc: Document): number {
  let unresolved: number | undefined
  let first: number | undefined
  visit(doc, {
    Alias(_key, node) {
      const start = node.range?.[0]
      if (start === undefined) return
      first ??= start
      if (unresolved === undefined && node.resolve(doc) === undefined) unresolved = start
    }
  })
  return unresolved ?? first ?? 0
}
