// A workflow cancel, as the runner delivers it: SIGINT to the step's node process, SIGTERM 7.5 s
// later if it is still running, and the process tree killed 2.5 s after that (GitHub Docs,
// "Workflow cancellation", https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-cancellation;
// docs/aws-facts.md §16). The action turns the first signal into an aborted AbortSignal, so the
// run stops waiting and still writes its outputs and summary in the time it has.
import { constants } from 'node:os'
import { CancelledError } from '../errors.js'

const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'] as const
export type CancelSignal = (typeof CANCEL_SIGNALS)[number]

/** The shell's convention for a process ended by a signal: 128 + its number (SIGINT 130, SIGTERM 143). */
export function signalExitCode(name: CancelSignal): number {
  return 128 + constants.signals[name]
}

export interface CancelWatch {
  /** Aborted (with a CancelledError) at the first SIGINT or SIGTERM. */
  signal: AbortSignal
  /** The first signal received, if any. */
  received(): CancelSignal | undefined
  /** Stops listening: the process's default handling comes back. */
  dispose(): void
}

/**
 * Listens for SIGINT and SIGTERM while the action runs. A later signal changes nothing: the run
 * is already stopping, and ending it at once would lose the report it is writing.
 */
export function watchCancelSignals(
  target: Pick<NodeJS.Process, 'on' | 'off'> = process
): CancelWatch {
  const controller = new AbortController()
  let first: CancelSignal | undefined
  const handlers = CANCEL_SIGNALS.map((name) => {
    const handler = () => {
      if (first) return
      first = name
      controller.abort(new CancelledError(name))
    }
    target.on(name, handler)
    return { name, handler }
  })
  return {
    signal: controller.signal,
    received: () => first,
    dispose: () => {
      for (const { name, handler } of handlers) target.off(name, handler)
    }
  }
}
