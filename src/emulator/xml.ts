// An order-preserving, generic XML tree (fast-xml-parser's `preserveOrder` form). The
// emulator keeps each DistributionConfig exactly as the client sent it and reads only the
// few elements it needs, so every field round-trips, including ones it does not model.
import { XMLBuilder, XMLParser } from 'fast-xml-parser'

/** An element `{ Tag: children, ':@'?: attributes }` or a text node `{ '#text': value }`. */
export type XmlNode = Record<string, unknown>

const ATTRS = ':@'
const TEXT = '#text'

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // Numeric character references (`&#x0A;`, which the SDK writes for a newline) are decoded
  // like any XML parser does, so a value does not change on every round trip.
  htmlEntities: true,
  ignoreDeclaration: true
})

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: false,
  processEntities: true
})

export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError'
}

/** Parses a document; whitespace-only text between elements is dropped. */
export function parseXml(text: string): XmlNode[] {
  let nodes: XmlNode[]
  try {
    nodes = parser.parse(text, true) as XmlNode[]
  } catch (error) {
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error))
  }
  return dropLayoutWhitespace(nodes)
}

function dropLayoutWhitespace(nodes: XmlNode[]): XmlNode[] {
  const hasElements = nodes.some((node) => tagOf(node) !== undefined)
  const kept = hasElements
    ? nodes.filter((node) => !(TEXT in node && String(node[TEXT]).trim() === ''))
    : nodes
  for (const node of kept) {
    const tag = tagOf(node)
    if (tag !== undefined) node[tag] = dropLayoutWhitespace(childrenOf(node))
  }
  return kept
}

export function buildXml(nodes: XmlNode[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(nodes) as string}`
}

/** The element's tag, or undefined for a text node. */
export function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ATTRS && key !== TEXT)
}

export function childrenOf(node: XmlNode | undefined): XmlNode[] {
  if (!node) return []
  const tag = tagOf(node)
  return tag === undefined ? [] : (node[tag] as XmlNode[])
}

export function childElements(node: XmlNode | undefined, name?: string): XmlNode[] {
  return childrenOf(node).filter((child) => {
    const tag = tagOf(child)
    return tag !== undefined && (name === undefined || tag === name)
  })
}

/** The first descendant along a path of tag names. */
export function findPath(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node
  for (const name of path) {
    current = childElements(current, name)[0]
    if (!current) return undefined
  }
  return current
}

/** The concatenated text content of an element ('' when empty). */
export function textOf(node: XmlNode | undefined): string {
  return childrenOf(node)
    .filter((child) => TEXT in child)
    .map((child) => String(child[TEXT]))
    .join('')
}

export function textAt(node: XmlNode | undefined, ...path: string[]): string | undefined {
  const found = findPath(node, ...path)
  return found ? textOf(found) : undefined
}

export function element(
  tag: string,
  children: XmlNode[] = [],
  attributes?: Record<string, string>
): XmlNode {
  const node: XmlNode = { [tag]: children }
  if (attributes) {
    node[ATTRS] = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`@_${k}`, v]))
  }
  return node
}

export function textElement(tag: string, value: string | number | boolean): XmlNode {
  return element(tag, [{ [TEXT]: String(value) }])
}

/** Replaces the element's children with a single text node. */
export function setText(node: XmlNode, value: string): void {
  const tag = tagOf(node)
  if (tag !== undefined) node[tag] = [{ [TEXT]: value }]
}

/** A deep copy (the trees are plain JSON). */
export function cloneNodes<T>(nodes: T): T {
  return structuredClone(nodes)
}
