// Typed errors whose messages tell the user what to do. Helpers throw these; only the entry
// points (main.ts, cli/run.ts) turn them into a failed step or an exit code.
import type { DeployOutcome } from './aws/types.js'

// Every error class names itself in a field: the bundles are minified without keeping function
// names (scripts/bundle.mjs), so `new.target.name` would read a mangled one. A test holds each
// class of src/ to it.
export class HeaderguardError extends Error {
  override name = 'HeaderguardError'
}

/** An action input or CLI flag is invalid. */
export class InputError extends HeaderguardError {
  override name = 'InputError'
}

/** One input's value breaks its rule; the CLI words it as a flag (`--fail-on must be ...`). */
export class InvalidInputError extends InputError {
  override name = 'InvalidInputError'
  constructor(
    readonly input: string,
    readonly value: string,
    readonly rule: string,
    /** The accepted values, when the input is a choice. */
    readonly choices?: readonly string[]
  ) {
    super(`Input '${input}' has an invalid value '${value}': ${rule}`)
  }
}

/** The deploy targets, each named by an input or by a policy key. */
const TARGETS = {
  'function-name': { policyKey: 'lambda.function', what: 'no Lambda@Edge function named' },
  'distribution-id': { policyKey: 'cloudfront.distribution', what: 'no distribution named' }
} as const

/** The one message for a target that neither the inputs nor the policy name. */
export function missingTargetError(input: keyof typeof TARGETS, neededFor: string): InputError {
  const { policyKey, what } = TARGETS[input]
  return new InputError(
    `Input '${input}': ${what} (needed for ${neededFor}); set it or ${policyKey} in the policy`
  )
}

/** An AWS call failed or AWS is in a state we cannot work with. */
export class AwsError extends HeaderguardError {
  override name = 'AwsError'
}

/** Waiting for something (a deployment, a function update) ran out of time. */
export class WaitTimeoutError extends HeaderguardError {
  override name = 'WaitTimeoutError'
}

/**
 * The run was told to stop (SIGINT/SIGTERM: a workflow cancel): thrown by every wait, so the run
 * stops where it is, with nothing half-done beyond what AWS already has.
 */
export class CancelledError extends HeaderguardError {
  override name = 'CancelledError'
  constructor(readonly signalName: string) {
    super(`cancelled by ${signalName}`)
  }
}

/** The CancelledError a signal was aborted with, when it was. */
export function cancellation(signal: AbortSignal | undefined): CancelledError | undefined {
  if (!signal?.aborted) return undefined
  const reason: unknown = signal.reason
  return reason instanceof CancelledError ? reason : new CancelledError(errorMessage(reason))
}

/** Throws the cancellation at a step boundary, so nothing new starts after a cancel. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  const cancelled = cancellation(signal)
  if (cancelled) throw cancelled
}

/**
 * `work`, unless a cancel comes first: then the signal's CancelledError at once. `release` frees
 * what the work holds (a timer that would keep the process alive); the work itself is left to
 * whoever owns it (a transport's close()).
 */
export function untilCancelled<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
  release?: () => void
): Promise<T> {
  if (!signal) return work
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      release?.()
      reject(cancellation(signal))
    }
    if (signal.aborted) return onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/** Sentences joined with ". ", whether or not each already ends with a full stop (AWS's often do). */
export function sentences(...parts: string[]): string {
  return parts.map((p, i) => (i < parts.length - 1 ? p.replace(/\.$/, '') : p)).join('. ')
}

/** The message of anything thrown, never `[object Object]`. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  // An Error from another realm (a worker, a VM context) fails instanceof but has a message.
  if (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  ) {
    return (error as { message: string }).message
  }
  try {
    return JSON.stringify(error)
  } catch {
    return String(error)
  }
}

/**
 * A deploy or rollback that failed after doing part of its work. `outcome` says what it had
 * done (e.g. an association written before the wait timed out), so the caller can report it
 * and roll it back; `cause` is the failure itself.
 */
export class DeployFailedError extends HeaderguardError {
  override name = 'DeployFailedError'
  constructor(
    cause: unknown,
    readonly outcome: DeployOutcome
  ) {
    super(errorMessage(cause), { cause })
  }
}

/** What a failed deploy had already done, when it says. */
export function outcomeOfFailure(error: unknown): DeployOutcome | undefined {
  return error instanceof DeployFailedError ? error.outcome : undefined
}

/** The failure itself, without the DeployFailedError around it. */
export function failureCause(error: unknown): unknown {
  return error instanceof DeployFailedError ? error.cause : error
}

/**
 * Several failures of one step (one per distribution), kept apart so that what they mean does
 * not depend on which came first. Its message lists them all, one a line.
 */
export class FailuresError extends HeaderguardError {
  override name = 'FailuresError'
  constructor(readonly failures: unknown[]) {
    super(failures.map(errorMessage).join('\n'))
  }
}

/** Every failure inside `error` (a DeployFailedError's cause, a FailuresError's list). */
function eachFailure(error: unknown): unknown[] {
  const cause = failureCause(error)
  return cause instanceof FailuresError ? cause.failures : [cause]
}

/**
 * A deploy that is only slow: every failure is a wait that ran out of time. One refused
 * distribution among slow ones makes the deploy failed, whatever the order of the ids.
 */
export function onlySlow(error: unknown): boolean {
  return eachFailure(error).every((e) => e instanceof WaitTimeoutError)
}

/**
 * The cancel that `error` is, when every failure inside it is one. A real failure that came
 * first (AccessDenied, a refused association) is never relabelled by a signal arriving later.
 */
export function cancelledBy(error: unknown): CancelledError | undefined {
  const failures = eachFailure(error)
  return failures.every((e) => e instanceof CancelledError)
    ? (failures[0] as CancelledError | undefined)
    : undefined
}
