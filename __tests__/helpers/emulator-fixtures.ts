// The emulator's test data in one place: the account, the example distribution and role every
// test and bench uses, instant transitions, and the smallest zips a test deploys.
import { strToU8, zipSync } from 'fflate'
import type { Delays } from '../../src/emulator/types.js'

export const ACCOUNT = '123456789012'
export const DIST = 'EDFDVBD6EXAMPLE'
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/headerguard-edge`

/** Every emulated transition instant: Deployed, Active and Successful at the next read. */
export const ZERO_DELAYS: Delays = {
  deployMs: 0,
  functionCreateMs: 0,
  functionUpdateMs: 0,
  invalidationMs: 0
}

/** A zip with an ESM origin-response handler built from the body of `async (event) => {...}`. */
export function handlerZip(body: string): Uint8Array {
  const source = `export const handler = async (event) => {\n${body}\n}\n`
  return zipSync({ 'index.mjs': [strToU8(source), { mtime: new Date('1980-01-01T00:00:00Z') }] })
}

/** A function that returns the origin's response unchanged. */
export function passthroughZip(): Uint8Array {
  return handlerZip('return event.Records[0].cf.response')
}
