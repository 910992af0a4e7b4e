// What Lambda@Edge checks on an origin-response function's result before CloudFront uses it.
// Any problem found here is, at CloudFront, a 502 "The Lambda function result failed
// validation". Sources: CloudFront Developer Guide, "Restrictions on all edge functions",
// "Restrictions on Lambda@Edge", "Updating HTTP responses in origin-response triggers"
// (status 200-599), "Lambda@Edge event structure" (header map shape), CloudFront quotas
// (20,480-byte origin response headers); see docs/aws-facts.md §3-§6.
import { MAX_RESPONSE_HEADER_BYTES, edgeRestriction } from '../headers/edge-restrictions.js'
import type { CloudFrontHeaders, CloudFrontResponse } from './cloudfront-event.js'

const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i
const FORBIDDEN_IN_VALUE = /[\r\n\0]/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkStatus(status: unknown): string[] {
  if (typeof status !== 'string' && typeof status !== 'number') {
    return [`status must be a string or a number, got ${status === null ? 'null' : typeof status}`]
  }
  const text = String(status)
  const code = Number(text)
  if (!/^\d{3}$/.test(text) || code < 200 || code > 599) {
    return [`status ${JSON.stringify(status)} is not an HTTP status between 200 and 599`]
  }
  return []
}

/** Shape problems of one header map entry; returns the bytes it adds to the header block. */
function checkHeader(name: string, entries: unknown, problems: string[]): number {
  if (name !== name.toLowerCase()) problems.push(`header map key '${name}' must be lowercase`)
  if (!TOKEN.test(name))
    problems.push(`header name ${JSON.stringify(name)} is not a valid HTTP token`)
  if (!Array.isArray(entries)) {
    problems.push(`headers['${name}'] must be an array of {key, value} entries`)
    return 0
  }
  let bytes = 0
  entries.forEach((entry: unknown, i) => {
    const where = `headers['${name}'][${i}]`
    if (!isRecord(entry)) {
      problems.push(`${where} must be an object with a string value`)
      return
    }
    const { key, value } = entry
    if (key !== undefined) {
      if (typeof key !== 'string') problems.push(`${where}.key must be a string`)
      else if (key.toLowerCase() !== name) {
        problems.push(
          `${where}.key '${key}' does not match its map key '${name}' (the map key must be the lowercase key)`
        )
      }
    }
    if (typeof value !== 'string') {
      problems.push(
        `${where}.value must be a string, got ${value === null ? 'null' : typeof value}`
      )
      return
    }
    if (FORBIDDEN_IN_VALUE.test(value)) problems.push(`${where}.value contains CR, LF or NUL`)
    bytes +=
      Buffer.byteLength(typeof key === 'string' ? key : name) + 2 + Buffer.byteLength(value) + 2
  })
  return bytes
}

function entriesSignature(entries: unknown): string {
  return JSON.stringify(
    Array.isArray(entries) ? entries.map((e) => (isRecord(e) ? [e.key, e.value] : e)) : entries
  )
}

/** Disallowed and read-only headers must come back exactly as they went in (or stay absent). */
function checkRestricted(
  before: CloudFrontHeaders,
  after: Record<string, unknown>,
  problems: string[]
): void {
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  for (const name of names) {
    const restriction = edgeRestriction(name)
    if (!restriction) continue
    const had = Object.hasOwn(before, name)
    const has = Object.hasOwn(after, name)
    if (!had && has) problems.push(`the function added the ${restriction} header '${name}'`)
    else if (had && !has) problems.push(`the function removed the ${restriction} header '${name}'`)
    else if (had && has && entriesSignature(before[name]) !== entriesSignature(after[name])) {
      problems.push(`the function changed the ${restriction} header '${name}'`)
    }
  }
}

/** Lambda returns the result as JSON, in which a member set to undefined does not exist. */
function presentHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(headers).filter(([, entries]) => entries !== undefined))
}

/**
 * The reasons Lambda@Edge would reject `after`, the value an origin-response function returned
 * for the origin's response `before`; an empty list means CloudFront would use it.
 */
export function validateOriginResponseResult(before: CloudFrontResponse, after: unknown): string[] {
  if (!isRecord(after)) return ['the function did not return a response object']
  const problems = checkStatus(after.status)
  if (after.statusDescription !== undefined && typeof after.statusDescription !== 'string') {
    problems.push('statusDescription must be a string')
  }
  const headers = isRecord(after.headers) ? presentHeaders(after.headers) : after.headers
  if (!isRecord(headers)) {
    problems.push(
      'response.headers must be an object mapping lowercase names to arrays of {key, value}'
    )
    return problems
  }
  let bytes = 0
  for (const [name, entries] of Object.entries(headers))
    bytes += checkHeader(name, entries, problems)
  if (bytes > MAX_RESPONSE_HEADER_BYTES) {
    problems.push(
      `the response headers take ${bytes} bytes; CloudFront allows ${MAX_RESPONSE_HEADER_BYTES}`
    )
  }
  checkRestricted(before.headers, headers, problems)
  return problems
}
