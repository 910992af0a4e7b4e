// Published versions loaded for the edge: each version's handler is opened once from its zip
// in an isolated worker (the build stage's runner) and reused, like a warm Lambda@Edge replica.
import { openEdgeZip, type EdgeFunction } from '../edge-runtime/runner.js'
import type { VersionRecord } from './store.js'

/** Origin-response functions may run at most 30 s (Lambda@Edge quotas). */
const ORIGIN_EVENT_TIMEOUT_LIMIT_MS = 30_000

export class FunctionPool {
  private opened = new Map<string, Promise<EdgeFunction>>()

  /** The loaded function for a versioned ARN (the version's code never changes). */
  get(arn: string, version: VersionRecord): Promise<EdgeFunction> {
    let loaded = this.opened.get(arn)
    if (!loaded) {
      loaded = openEdgeZip(version.code.zip, {
        isolated: true,
        timeoutMs: Math.min(version.settings.timeout * 1000, ORIGIN_EVENT_TIMEOUT_LIMIT_MS),
        memoryMb: version.settings.memorySize,
        handler: version.settings.handler
      })
      // A zip that cannot be loaded is reported per request; try again next time.
      loaded.catch(() => this.opened.delete(arn))
      this.opened.set(arn, loaded)
    }
    return loaded
  }

  async closeAll(): Promise<void> {
    const all = [...this.opened.values()]
    this.opened.clear()
    await Promise.all(all.map(async (p) => (await p.catch(() => undefined))?.close()))
  }
}
