// The one runtime calendar: which Node.js runtimes Lambda@Edge accepts for the generated handler
// and when Lambda deprecates each and blocks creating and updating functions on it. Used by the
// policy checks, the deploy preflight and the emulator (docs/aws-facts.md §2; source: the
// "Lambda runtimes" page, https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).

export const EDGE_RUNTIMES = ['nodejs24.x', 'nodejs22.x', 'nodejs20.x'] as const
export type EdgeRuntime = (typeof EDGE_RUNTIMES)[number]

/** The runtime a new policy (and a new function) gets. */
export const DEFAULT_RUNTIME: EdgeRuntime = 'nodejs24.x'

export interface RuntimeDates {
  /** Lambda stops patching it (ISO date, UTC). */
  deprecated: string
  /** From this day CreateFunction with it is refused. */
  blockCreate: string
  /** From this day UpdateFunctionCode (and a configuration update that keeps it) is refused. */
  blockUpdate: string
}

/**
 * The day the calendar was last checked against the Lambda runtimes page. The policy checks
 * judge a runtime as of this day (a policy's verdict must not change with the date it is
 * read); the deploy preflight and the emulator judge it as of their clocks.
 */
export const CALENDAR_CHECKED = '2026-12-02'

/**
 * Dates as the Lambda runtimes page lists them (checked on CALENDAR_CHECKED; endoflife.date's
 * AWS Lambda table, which follows that page, gives the same deprecation and update-block dates). nodejs20.x: deprecated 2026-04-30, create
 * blocked 2026-08-31, update blocked 2026-09-30. nodejs22.x: deprecated 2027-04-30.
 * nodejs24.x: deprecated 2028-04-30. Where the page gave no block date yet, the later stages
 * follow the pattern Lambda has used (create one month, update two months after deprecation).
 */
export const RUNTIME_CALENDAR: Readonly<Record<EdgeRuntime, RuntimeDates>> = {
  'nodejs20.x': { deprecated: '2026-04-30', blockCreate: '2026-08-31', blockUpdate: '2026-09-30' },
  'nodejs22.x': { deprecated: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01' },
  'nodejs24.x': { deprecated: '2028-04-30', blockCreate: '2028-06-01', blockUpdate: '2028-07-01' }
}

/** How long ahead of a deprecation date the deploy warns. */
export const DEPRECATION_WARNING_DAYS = 90

export function isEdgeRuntime(value: unknown): value is EdgeRuntime {
  return typeof value === 'string' && (EDGE_RUNTIMES as readonly string[]).includes(value)
}

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

export type RuntimeStage = 'supported' | 'deprecated' | 'create-blocked' | 'update-blocked'

/** Where a runtime stands on a day; an unknown runtime (not a Lambda@Edge Node.js one) is undefined. */
export function runtimeStage(runtime: string, nowMs: number): RuntimeStage | undefined {
  if (!isEdgeRuntime(runtime)) return undefined
  const dates = RUNTIME_CALENDAR[runtime]
  if (nowMs >= dayMs(dates.blockUpdate)) return 'update-blocked'
  if (nowMs >= dayMs(dates.blockCreate)) return 'create-blocked'
  if (nowMs >= dayMs(dates.deprecated)) return 'deprecated'
  return 'supported'
}

export const canCreateOn = (runtime: string, nowMs: number) => {
  const stage = runtimeStage(runtime, nowMs)
  return stage === 'supported' || stage === 'deprecated'
}

export const canUpdateOn = (runtime: string, nowMs: number) => {
  const stage = runtimeStage(runtime, nowMs)
  return stage !== undefined && stage !== 'update-blocked'
}

/** Days until the runtime's deprecation date; negative once passed. */
export function daysUntilDeprecation(runtime: EdgeRuntime, nowMs: number): number {
  return Math.floor((dayMs(RUNTIME_CALENDAR[runtime].deprecated) - nowMs) / 86_400_000)
}

/** A runtime's stage on the day the calendar was checked: what the policy checks judge by. */
export const calendarStage = (runtime: string) => runtimeStage(runtime, dayMs(CALENDAR_CHECKED))

export interface RuntimeVerdict {
  /** Reasons the deploy cannot go ahead (each with the fix). */
  problems: string[]
  /** Said in the log; the deploy goes ahead. */
  warnings: string[]
}

const useDefault = `set lambda.runtime to ${DEFAULT_RUNTIME}`

/**
 * What Lambda allows for the wanted runtime on `nowMs` ("Runtime deprecation policy"): creating
 * a function, or updating one (`current` is its runtime today). Changing a function's runtime
 * away from a blocked one is always allowed; keeping or choosing a blocked one is not.
 */
export function runtimeVerdict(
  wanted: string,
  current: string | undefined,
  nowMs: number
): RuntimeVerdict {
  const verdict: RuntimeVerdict = { problems: [], warnings: [] }
  if (!isEdgeRuntime(wanted)) return verdict
  const dates = RUNTIME_CALENDAR[wanted]
  if (current === undefined && !canCreateOn(wanted, nowMs))
    verdict.problems.push(
      `Lambda refuses new functions on ${wanted} since ${dates.blockCreate}: ${useDefault}`
    )
  else if (current !== undefined && !canUpdateOn(wanted, nowMs))
    verdict.problems.push(
      `Lambda refuses updating functions on ${wanted} since ${dates.blockUpdate}: ${useDefault}`
    )
  const days = daysUntilDeprecation(wanted, nowMs)
  if (verdict.problems.length === 0 && days <= DEPRECATION_WARNING_DAYS)
    verdict.warnings.push(
      `${days < 0 ? `${wanted} is deprecated` : `${wanted} is deprecated in ${days} days`}: ${runtimeCalendarLine(wanted)}; ${useDefault}`
    )
  return verdict
}

/** One sentence with the runtime's dates, for warnings and errors. */
export function runtimeCalendarLine(runtime: EdgeRuntime): string {
  const d = RUNTIME_CALENDAR[runtime]
  return `Lambda deprecates ${runtime} on ${d.deprecated}, blocks creating functions on it from ${d.blockCreate} and updating them from ${d.blockUpdate}`
}
