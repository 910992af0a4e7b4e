// Waiting and retrying with injectable time, so tests run instantly and production waits are
// bounded, jittered and visible in the log.
import { WaitTimeoutError, cancellation, errorMessage, untilCancelled } from '../errors.js'
import type { Logger } from '../log.js'

export type Sleep = (ms: number) => Promise<void>

export interface Clock {
  sleep: Sleep
  now: () => number
  /** In [0, 1): the jitter source. */
  random: () => number
}

export const realClock: Clock = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  random: () => Math.random()
}

/**
 * A sleep that a cancel ends at once: it rejects with the signal's CancelledError, so a cancelled
 * run does not wait out a poll interval. The real clock's timer is cleared too, or it would keep
 * the process alive after its report; an injected sleep (tests) is only raced.
 */
export function cancellableSleep(sleep: Sleep, signal: AbortSignal | undefined): Sleep {
  if (!signal) return sleep
  return (ms) => {
    const cancelled = cancellation(signal)
    if (cancelled) return Promise.reject(cancelled)
    if (sleep !== realClock.sleep) return untilCancelled(sleep(ms), signal)
    let timer: NodeJS.Timeout | undefined
    const slept = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
    return untilCancelled(slept, signal, () => clearTimeout(timer))
  }
}

export interface RetryOptions {
  /** Total attempts, the first included (Infinity with `budgetMs`: as many as fit in it). */
  attempts: number
  /** Gives up when the next wait would end later than this long after the first attempt. */
  budgetMs?: number
  /** The shortest wait between attempts (full jitter can draw 0). */
  minDelayMs?: number
  baseDelayMs: number
  maxDelayMs: number
  /** Only these errors are retried; anything else is thrown at once. */
  retryable: (error: unknown) => boolean
  /** What is being attempted, for the log line. */
  what: string
  /** How a failed attempt is described in the log; default: the error's message. */
  describe?: (error: unknown) => string
  /** Turns the last error into the one thrown when every attempt failed. */
  exhausted: (error: unknown, attempts: number) => Error
}

/** Full-jitter exponential backoff: a random delay up to base·2^(n-1), capped. */
export function backoffDelay(attempt: number, options: RetryOptions, clock: Clock): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1))
  return Math.max(options.minDelayMs ?? 0, Math.round(clock.random() * ceiling))
}

export async function retry<T>(
  fn: (attempt: number) => Promise<T>,
  options: RetryOptions,
  clock: Clock,
  log: Logger
): Promise<T> {
  const start = clock.now()
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt)
    } catch (error) {
      if (!options.retryable(error)) throw error
      const why = (options.describe ?? errorMessage)(error)
      const delay = backoffDelay(attempt, options, clock)
      const spent = clock.now() - start
      if (options.budgetMs !== undefined) {
        const last = attempt >= options.attempts || spent + delay > options.budgetMs
        log.info(
          `${options.what}: attempt ${attempt} failed after ${seconds(spent)}: ${why}; ${last ? `giving up (retried for up to ${seconds(options.budgetMs)})` : `retrying in ${seconds(delay)}`}`
        )
        if (last) throw options.exhausted(error, attempt)
      } else {
        log.info(`${options.what}: attempt ${attempt} of ${options.attempts} failed: ${why}`)
        if (attempt >= options.attempts) throw options.exhausted(error, attempt)
      }
      await clock.sleep(delay)
    }
  }
}

export type PollResult<T> = { done: true; value: T } | { done: false; status: string }

export interface PollOptions {
  intervalMs: number
  timeoutMs: number
  /** Called after every check that is not done, with the status and the time waited so far. */
  progress?: (status: string, elapsedMs: number) => void
  /** The message of the WaitTimeoutError, given the last status and the time waited. */
  timeoutMessage: (lastStatus: string, elapsedMs: number) => string
  /** Errors that count as "not yet" (e.g. throttling) rather than as failures. */
  transient?: (error: unknown) => boolean
}

/**
 * Checks at once, then every intervalMs until the check is done or timeoutMs has passed (the
 * last check happens at the deadline). Throws WaitTimeoutError on time-out.
 */
export async function pollUntil<T>(
  check: () => Promise<PollResult<T>>,
  options: PollOptions,
  clock: Clock
): Promise<{ value: T; elapsedMs: number }> {
  const start = clock.now()
  let lastStatus = 'unknown'
  for (;;) {
    try {
      const result = await check()
      if (result.done) return { value: result.value, elapsedMs: clock.now() - start }
      lastStatus = result.status
    } catch (error) {
      if (!options.transient?.(error)) throw error
      lastStatus = `error: ${errorMessage(error)}`
    }
    const elapsedMs = clock.now() - start
    options.progress?.(lastStatus, elapsedMs)
    if (elapsedMs >= options.timeoutMs) {
      throw new WaitTimeoutError(options.timeoutMessage(lastStatus, elapsedMs))
    }
    await clock.sleep(Math.min(options.intervalMs, options.timeoutMs - elapsedMs))
  }
}

export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`
}
