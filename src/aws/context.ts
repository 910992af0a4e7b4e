// What every AWS step receives: the clients, the log and the clock (injectable for tests).
import type { Logger } from '../log.js'
import type { AwsClients } from './clients.js'
import { cancellableSleep, realClock, type Clock } from './timing.js'

export interface AwsContext {
  clients: AwsClients
  log: Logger
  clock: Clock
  /** Aborted on a cancel: no write starts after it (waits end through the clock's sleep). */
  signal?: AbortSignal
}

export interface TimingOptions {
  sleep?: Clock['sleep']
  now?: Clock['now']
  random?: Clock['random']
  /** Aborted on a cancel (SIGINT/SIGTERM): every wait then ends with a CancelledError. */
  signal?: AbortSignal
}

export function awsContext(
  clients: AwsClients,
  log: Logger,
  options: TimingOptions = {}
): AwsContext {
  return {
    clients,
    log,
    signal: options.signal,
    clock: {
      sleep: cancellableSleep(options.sleep ?? realClock.sleep, options.signal),
      now: options.now ?? realClock.now,
      random: options.random ?? realClock.random
    }
  }
}
