// What every Observatory test shares: its result shape, the input, and header access as the
// Observatory's HTTP library sees it.
import type { ObservedResponse } from '../types.js'
import { MODIFIERS } from './scoring.js'

export interface ObservatoryTest {
  /** The Observatory's test name, e.g. `content-security-policy`. */
  name: string
  /** The Observatory's result id, e.g. `csp-implemented-with-no-unsafe`. */
  result: string
  modifier: number
  pass: boolean
  /** false: verify cannot run this test (see the module comment); its modifier is 0. */
  scored: boolean
}

export interface ObservatoryGrade {
  /** The base URL graded. */
  url: string
  algorithmVersion: number
  score: number
  grade: string
  tests: ObservatoryTest[]
  notScored: string[]
}

/** What the grader looks at for one site, like the Observatory's `requests.responses`. */
export interface GradeInput {
  url: string
  /** The final response of the site's first page (https when available, else http). */
  auto: ObservedResponse
  /** The final response of the https:// request; undefined when the site is http-only. */
  https?: ObservedResponse
  /** Every hop of the http:// request; undefined when http:// was not served. */
  httpChain?: ObservedResponse[]
  /** Every response of the session, for Set-Cookie. */
  all: ObservedResponse[]
}

/** Every instance of a header (lowercase name). */
export function all(response: ObservedResponse | undefined, name: string): string[] {
  return response?.headers[name] ?? []
}

/** The header as an HTTP client library folds it: instances joined with `, `. */
export function folded(response: ObservedResponse | undefined, name: string): string | undefined {
  const values = all(response, name)
  return values.length > 0 ? values.join(', ') : undefined
}

export function test(name: string, result: string, pass: boolean, scored = true): ObservatoryTest {
  return { name, result, modifier: scored ? (MODIFIERS[result] ?? 0) : 0, pass, scored }
}
