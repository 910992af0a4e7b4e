// UpdateDistribution replaces the whole config ("The new configuration replaces the existing
// configuration", UpdateDistribution API reference,
// https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateDistribution.html), and
// what we send is the bundled SDK's serialisation of its own model of what GetDistributionConfig
// returned: an element CloudFront added after this SDK was built is not in that model and the
// write would delete it (aws-sdk-js-v3 issue #4637, Origin Access Control; docs/aws-facts.md §10).
// So the raw XML of both is captured on the SDK's middleware stack and compared before sending.
import {
  UpdateDistributionCommand,
  type DistributionConfig,
  type GetDistributionConfigCommand
} from '@aws-sdk/client-cloudfront'
import { XMLParser } from 'fast-xml-parser'
import { AwsError } from '../errors.js'
import type { AwsContext } from './context.js'
import type { AssociationChange } from './types.js'

type XmlNode = Record<string, unknown>

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true
})

const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@' && k !== '#text')
const childrenOf = (node: XmlNode): XmlNode[] => {
  const tag = tagOf(node)
  return tag === undefined ? [] : (node[tag] as XmlNode[])
}
const childText = (node: XmlNode, name: string): string | undefined => {
  const child = childrenOf(node).find((c) => tagOf(c) === name)
  const text = child ? childrenOf(child).find((c) => '#text' in c) : undefined
  return child ? String(text?.['#text'] ?? '') : undefined
}

/** The children of an `Items` list are named by what identifies them, else by position. */
const ITEM_KEYS = ['Id', 'PathPattern', 'EventType', 'FunctionARN', 'ErrorCode']

function itemName(node: XmlNode, tag: string, position: number): string {
  for (const key of ITEM_KEYS) {
    const value = childText(node, key)
    if (value !== undefined) return `${tag}[${key}=${value}]`
  }
  return `${tag}[${position + 1}]`
}

/** Every element of a document as a path (`DistributionConfig/Origins/Items/Origin[Id=s3]/…`). */
export function elementPaths(xml: string): Set<string> {
  const paths = new Set<string>()
  const walk = (nodes: XmlNode[], prefix: string, inItems: boolean) => {
    nodes.forEach((node, position) => {
      const tag = tagOf(node)
      if (tag === undefined) return
      const name = inItems ? itemName(node, tag, position) : tag
      const path = prefix ? `${prefix}/${name}` : name
      paths.add(path)
      walk(childrenOf(node), path, tag === 'Items')
    })
  }
  walk(parser.parse(xml) as XmlNode[], '', false)
  return paths
}

/** Where a behavior's origin-response association lives in the paths of elementPaths. */
export function associationPaths(behavior: string): string[] {
  const base =
    behavior === '*'
      ? 'DistributionConfig/DefaultCacheBehavior'
      : `DistributionConfig/CacheBehaviors/Items/CacheBehavior[PathPattern=${behavior}]`
  const items = `${base}/LambdaFunctionAssociations/Items`
  return [items, `${items}/LambdaFunctionAssociation[EventType=origin-response]`]
}

/**
 * The elements of `before` that `after` lacks, except the origin-response association of the
 * behaviors being changed (which may be replaced or removed) and an `Items` list it empties.
 */
export function droppedElements(before: string, after: string, behaviors: string[]): string[] {
  const kept = elementPaths(after)
  const ours = behaviors.flatMap(associationPaths)
  const isOurs = (path: string) =>
    ours.some((p) => path === p || (!p.endsWith('/Items') && path.startsWith(`${p}/`)))
  const gone = [...elementPaths(before)].filter((p) => !kept.has(p) && !isOurs(p))
  // Report each lost subtree once, by its top.
  return gone.filter((p) => !gone.some((q) => q !== p && p.startsWith(`${q}/`)))
}

export class UnknownConfigError extends AwsError {
  override name = 'UnknownConfigError'
}

export function unknownConfigError(id: string, dropped: string[]): UnknownConfigError {
  const list = dropped.slice(0, 10).join(', ') + (dropped.length > 10 ? ', …' : '')
  return new UnknownConfigError(
    `Distribution ${id} was not updated: its config holds ${dropped.length === 1 ? 'an element' : 'elements'} this headerguard's AWS SDK does not know (${list}), and UpdateDistribution replaces the whole config, so writing would delete ${dropped.length === 1 ? 'it' : 'them'}. Upgrade headerguard (a release with a newer SDK keeps ${dropped.length === 1 ? 'it' : 'them'}). Nothing was changed.`
  )
}

async function readAll(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body
  if (typeof body === 'string') return new TextEncoder().encode(body)
  const chunks: Uint8Array[] = []
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * Keeps the raw body of the response: runs inside the SDK's deserializer (low priority in the
 * deserialize step), reads the body once and hands the same bytes on to the deserializer.
 */
export function captureResponseXml(
  command: GetDistributionConfigCommand,
  keep: (xml: string) => void
): GetDistributionConfigCommand {
  command.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args)
      const response = result.response as { statusCode?: number; body?: unknown }
      if (response.statusCode === 200 && response.body !== undefined) {
        const bytes = await readAll(response.body)
        response.body = bytes
        keep(new TextDecoder().decode(bytes))
      }
      return result
    },
    { step: 'deserialize', priority: 'low', name: 'headerguardCaptureConfigXml' }
  )
  return command
}

/**
 * Checks the serialised request body before it is sent: `check` throws to stop the write, so
 * nothing reaches CloudFront.
 */
export function checkRequestXml(
  command: UpdateDistributionCommand,
  check: (xml: string) => void
): UpdateDistributionCommand {
  command.middlewareStack.add(
    (next) => async (args) => {
      const body = (args.request as { body?: unknown }).body
      check(typeof body === 'string' ? body : new TextDecoder().decode(await readAll(body)))
      return next(args)
    },
    { step: 'build', priority: 'low', name: 'headerguardCheckConfigXml' }
  )
  return command
}

/** The behaviors whose origin-response association a write changes. */
export const changedBehaviors = (changes: AssociationChange[]) =>
  changes.filter((c) => c.changed).map((c) => c.behavior)

/** What a write needs from its read: the config's ETag and, from a real client, its raw XML. */
export interface ReadXml {
  id: string
  etag: string
  xml?: string
}

function guard(read: ReadXml, behaviors: string[]) {
  return (sent: string) => {
    if (read.xml === undefined) return
    const dropped = droppedElements(read.xml, sent, behaviors)
    if (dropped.length > 0) throw unknownConfigError(read.id, dropped)
  }
}

const updateOf = (read: ReadXml, next: DistributionConfig) =>
  new UpdateDistributionCommand({ Id: read.id, IfMatch: read.etag, DistributionConfig: next })

/** UpdateDistribution that refuses, before sending, to drop an element the read returned. */
export function guardedUpdate(
  read: ReadXml,
  next: DistributionConfig,
  behaviors: string[]
): UpdateDistributionCommand {
  return checkRequestXml(updateOf(read, next), guard(read, behaviors))
}

/** Thrown by the dry run's middleware so that the serialised request is never sent. */
class NotSent extends Error {
  override name = 'NotSent'
}

/**
 * The same check before anything of the deploy is written: the UpdateDistribution this config
 * would need is serialised by the SDK and stopped before it is sent. Only with a real client
 * (a test double returns no XML, and would record the call).
 */
export async function checkNothingDropped(
  ctx: AwsContext,
  read: ReadXml,
  next: DistributionConfig,
  behaviors: string[]
): Promise<void> {
  if (read.xml === undefined || behaviors.length === 0) return
  const command = checkRequestXml(updateOf(read, next), (sent) => {
    guard(read, behaviors)(sent)
    throw new NotSent()
  })
  try {
    await ctx.clients.cloudfront.send(command)
  } catch (error) {
    if (!(error instanceof NotSent)) throw error
  }
}
