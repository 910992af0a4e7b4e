// Fixtures and the reference model the handler's output is compared with: the same rules
// written plainly on top of src/headers/match.ts, the one definition of matching.
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type {
  CloudFrontHeaders,
  CloudFrontResponseEvent
} from '../../src/edge-runtime/cloudfront-event.js'
import { edgeRestriction } from '../../src/headers/edge-restrictions.js'
import { applicableHeaders, selectHeaderSet } from '../../src/headers/match.js'
import type { ResolvedPolicy } from '../../src/policy/types.js'

const fixtureDir = fileURLToPath(new URL('../../edge/fixtures/', import.meta.url))

export const FIXTURE_NAMES: string[] = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort()

export function fixture(name: string): CloudFrontResponseEvent {
  return JSON.parse(readFileSync(`${fixtureDir}${name}.json`, 'utf8')) as CloudFrontResponseEvent
}

export function cf(event: CloudFrontResponseEvent) {
  const record = event.Records[0]
  if (!record) throw new Error('event without a record')
  return record.cf
}

/** The response headers the policy asks for, given the origin's response in `event`. */
export function expectedHeaders(
  policy: ResolvedPolicy,
  event: CloudFrontResponseEvent
): CloudFrontHeaders {
  const { request, response } = cf(event)
  const headers = structuredClone(response.headers)
  const set = selectHeaderSet(policy, request.uri)
  for (const { name } of set.remove) {
    const prefix = name.endsWith('*') ? name.slice(0, -1) : undefined
    for (const present of Object.keys(headers)) {
      const hit = prefix === undefined ? present === name : present.startsWith(prefix)
      if (hit && !edgeRestriction(present)) delete headers[present]
    }
  }
  const facts = {
    status: Number(response.status),
    contentType: headers['content-type']?.[0]?.value
  }
  for (const rule of applicableHeaders(set, facts)) {
    if (!rule.override && (headers[rule.name]?.length ?? 0) > 0) continue
    headers[rule.name] = [{ key: rule.key, value: rule.value }]
  }
  return headers
}
