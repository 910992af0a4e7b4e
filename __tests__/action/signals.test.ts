// The action's side of a workflow cancel: the first SIGINT or SIGTERM aborts the run's signal
// with a CancelledError naming it; later signals change nothing; the exit code is 128 + n.
import { EventEmitter } from 'node:events'
import { describe, expect, it } from '@jest/globals'
import { signalExitCode, watchCancelSignals } from '../../src/action/signals.js'
import { CancelledError } from '../../src/errors.js'

describe('watchCancelSignals', () => {
  it('aborts at the first signal, names it, ignores the next, and stops listening on dispose', () => {
    const target = new EventEmitter()
    const watch = watchCancelSignals(target as unknown as NodeJS.Process)
    expect(watch.signal.aborted).toBe(false)
    expect(watch.received()).toBeUndefined()
    target.emit('SIGINT')
    expect(watch.signal.aborted).toBe(true)
    expect(watch.signal.reason).toEqual(new CancelledError('SIGINT'))
    target.emit('SIGTERM')
    expect(watch.received()).toBe('SIGINT')
    expect((watch.signal.reason as CancelledError).signalName).toBe('SIGINT')
    expect(target.listenerCount('SIGINT') + target.listenerCount('SIGTERM')).toBe(2)
    watch.dispose()
    expect(target.listenerCount('SIGINT') + target.listenerCount('SIGTERM')).toBe(0)
  })
})

describe('signalExitCode', () => {
  it('is 128 + the signal number, as a shell reports a process a signal ended', () => {
    expect(signalExitCode('SIGINT')).toBe(130)
    expect(signalExitCode('SIGTERM')).toBe(143)
  })
})
