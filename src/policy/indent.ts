// Mis-indented lines, found from the text's own indentation. The YAML parser reports a wrong
// indent where its grammar breaks, often a line early and several times over ("Nested mappings
// are not allowed in compact mappings", "Implicit keys need to be on a single line", ...); this
// walks the block structure line by line and names the first line that fits no open level and
// the column the keys (or list items) around it use. It gives up (undefined) on anything it
// does not model — multi-line flow collections and quoted scalars, nested `- -` items — so a
// hint is only ever given where the structure is plain.

export interface IndentProblem {
  /** 1-based line and column of the line's first character that is not indentation. */
  line: number
  col: number
  message: string
}

type Kind = 'map' | 'seq'

interface Level {
  indent: number
  kind: Kind
  /** The line whose entry opened the level, for "as on line N". */
  line: number
}

interface Entry {
  kind: Kind | 'scalar'
  /** The key of a map entry, or the text of a list item, as the user wrote it. */
  label: string
  /** What follows the key's colon or the item's dash. */
  rest: string
  /** The column (0-based) where an inline mapping after `- ` starts, for list items. */
  inlineIndent?: number
  inlineKey?: string
}

/** A plain or quoted key followed by `:` and a space or the end of the line. */
const MAP_KEY =
  /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{}|>!&*%@`,?:-][^#]*?|-[^\s#][^#]*?|:[^\s#][^#]*?)\s*:(?:[ \t]+|$)/

function entryOf(content: string): Entry {
  const item = /^-(?:([ ]+)|$)/.exec(content)
  if (item) {
    const rest = content.slice(item[0].length)
    const key = MAP_KEY.exec(rest)
    return {
      kind: 'seq',
      label: `- ${rest}`.trim(),
      rest: key ? rest.slice(key[0].length) : rest,
      ...(key ? { inlineIndent: item[0].length, inlineKey: key[1] } : {})
    }
  }
  const key = MAP_KEY.exec(content)
  if (key) return { kind: 'map', label: key[1]!, rest: content.slice(key[0].length) }
  return { kind: 'scalar', label: content, rest: content }
}

/** What the value after a key or dash does to the lines below it. */
function valueShape(rest: string): 'opens' | 'block-scalar' | 'leaf' | 'unknown' {
  const value = rest.replace(/(^|\s)#.*$/, '').trim()
  if (value === '' || /^[&!][^\s]*$/.test(value)) return 'opens'
  if (/^[|>][0-9+-]*$/.test(value)) return 'block-scalar'
  if (/^[[{]/.test(value) && !balanced(value)) return 'unknown'
  if (/^"/.test(value) && !/^"(?:[^"\\]|\\.)*"/.test(value)) return 'unknown'
  if (/^'/.test(value) && !/^'(?:[^']|'')*'/.test(value)) return 'unknown'
  if (/^- /.test(value)) return 'unknown'
  return 'leaf'
}

function balanced(flow: string): boolean {
  let depth = 0
  for (const char of flow.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '')) {
    if (char === '[' || char === '{') depth++
    if (char === ']' || char === '}') depth--
  }
  return depth === 0
}

function spaces(n: number): string {
  return `${n} space${n === 1 ? '' : 's'}`
}

function shown(label: string): string {
  const short = label.length > 40 ? `${label.slice(0, 39)}…` : label
  return `\`${short.replace(/`/g, "'")}\``
}

function fix(entry: Entry, expected: Level, inside?: Level & { key: string }): string {
  const what = entry.kind === 'seq' ? `the list item ${shown(entry.label)}` : shown(entry.label)
  if (inside) {
    return `indent ${what} by ${spaces(expected.indent)} (column ${expected.indent + 1}) under ${shown(inside.key)} on line ${inside.line}`
  }
  const like = expected.kind === 'seq' ? 'the items above' : 'the keys above'
  return `indent ${what} by ${spaces(expected.indent)} like ${like} (column ${expected.indent + 1}, as on line ${expected.line})`
}

/** The two open levels around `indent` (the shallower one kept, the deeper one popped): the closer one of the line's kind. */
function nearest(indent: number, kind: Kind, outer: Level, inner: Level): Level | undefined {
  const fits = [inner, outer].filter((level) => level.kind === kind)
  fits.sort((a, b) => Math.abs(a.indent - indent) - Math.abs(b.indent - indent))
  return fits[0]
}

/** The first line whose indentation fits no open block, with the fix; undefined when all fit or the text is beyond this model. */
export function findIndentProblem(text: string): IndentProblem | undefined {
  const stack: Level[] = []
  let opener: { level: Level; key: string; line: number } | undefined
  let blockScalarAbove: number | undefined
  let leafAbove = false
  let step = 2
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!.replace(/\r$/, '')
    const line = index + 1
    const leading = /^[ \t]*/.exec(raw)![0]
    const content = raw.slice(leading.length)
    if (blockScalarAbove !== undefined) {
      if (content === '' || (!leading.includes('\t') && leading.length > blockScalarAbove)) continue
      blockScalarAbove = undefined
    }
    if (content === '' || content.startsWith('#')) continue
    if (leading === '' && /^(---|\.\.\.)(\s|$)|^%/.test(content)) {
      if (!/^---\s*$/.test(content) && !content.startsWith('%')) return undefined
      stack.length = 0
      opener = undefined
      leafAbove = false
      continue
    }
    const entry = entryOf(content)
    if (leading.includes('\t')) {
      if (entry.kind === 'scalar' || stack.length === 0) return undefined
      const expected = opener
        ? { indent: opener.level.indent + step, kind: entry.kind, line }
        : stack.at(-1)!
      const inside = opener ? { ...opener.level, key: opener.key, line: opener.line } : undefined
      return {
        line,
        col: leading.length + 1,
        message: `YAML: line ${line} is indented with a tab, and YAML indents only with spaces: ${fix(entry, expected, inside)}`
      }
    }
    const indent = leading.length
    if (stack.length === 0) {
      if (entry.kind === 'scalar') return undefined
      stack.push({ indent, kind: entry.kind, line })
    } else if (
      opener &&
      (indent > opener.level.indent ||
        (indent === opener.level.indent && entry.kind === 'seq' && opener.level.kind === 'map'))
    ) {
      if (entry.kind === 'scalar') return undefined
      if (indent > opener.level.indent) step = indent - opener.level.indent
      stack.push({ indent, kind: entry.kind, line })
    } else {
      let popped: Level | undefined
      while (stack.length > 1 && indent < stack.at(-1)!.indent) popped = stack.pop()
      let top = stack.at(-1)!
      // A list written at its key's own indent ends where the next key of that mapping starts.
      if (
        indent === top.indent &&
        top.kind === 'seq' &&
        entry.kind === 'map' &&
        stack.length > 1 &&
        stack.at(-2)!.indent === indent
      ) {
        stack.pop()
        top = stack.at(-1)!
      }
      if (indent > top.indent) {
        // Deeper than the entries above without a key that opens a block: a continuation
        // line of a plain value is fine; a key or list item is mis-indented.
        if (entry.kind === 'scalar' && !popped && leafAbove) continue
        if (entry.kind === 'scalar') return undefined
        const expected = popped
          ? nearest(indent, entry.kind, top, popped)
          : top.kind === entry.kind
            ? top
            : undefined
        if (!expected) return undefined
        return {
          line,
          col: indent + 1,
          message: `YAML: line ${line} is indented by ${spaces(indent)}: ${fix(entry, expected)}`
        }
      }
      if (indent < top.indent || top.kind !== entry.kind) return undefined
    }
    opener = undefined
    leafAbove = false
    let level = stack.at(-1)!
    let key = entry.label
    if (entry.inlineIndent !== undefined) {
      level = { indent: indent + entry.inlineIndent, kind: 'map', line }
      stack.push(level)
      key = entry.inlineKey!
    }
    const shape = valueShape(entry.rest)
    if (shape === 'unknown') return undefined
    if (shape === 'opens' && (entry.kind === 'map' || entry.inlineIndent !== undefined))
      opener = { level, key, line }
    else if (shape === 'opens') return undefined
    else if (shape === 'block-scalar') blockScalarAbove = level.indent
    else leafAbove = true
  }
  return undefined
}

/**
 * For a key the schema does not know at `line` (1-based): when the lines just above it are
 * indented deeper, the key most likely lost its indentation and belongs to their block. Says
 * where to put it; undefined when the line above is not deeper or its block is not a mapping.
 */
export function lostIndentHint(text: string, line: number): string | undefined {
  const lines = text.split('\n').map((raw) => raw.replace(/\r$/, ''))
  const indentOf = (raw: string) => /^ */.exec(raw)![0].length
  const significant = (raw: string) => !/^\s*(#.*)?$/.test(raw)
  const here = lines[line - 1]
  if (here === undefined) return undefined
  let above = line - 2
  while (above >= 0 && !significant(lines[above]!)) above--
  if (above < 0 || indentOf(lines[above]!) <= indentOf(here)) return undefined
  const sibling = lines[above]!
  if (entryOf(sibling.trimStart()).kind !== 'map') return undefined
  const depth = indentOf(sibling)
  let parent = above - 1
  while (parent >= 0 && (!significant(lines[parent]!) || indentOf(lines[parent]!) >= depth))
    parent--
  const opener = parent >= 0 ? entryOf(lines[parent]!.trimStart()) : undefined
  if (!opener || opener.kind !== 'map' || valueShape(opener.rest) !== 'opens') return undefined
  return `if it belongs under ${shown(opener.label)} (line ${parent + 1}), indent it by ${spaces(depth)} like the keys above`
}
