// Preloaded with `--import` into a bundled process by chunks.test.ts: appends the URL of every
// file the process loads as a module to $HEADERGUARD_LOAD_LOG, one per line, so a test can say
// which chunks a run really reached.
import { appendFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

const log = process.env.HEADERGUARD_LOAD_LOG
registerHooks({
  load(url, context, nextLoad) {
    if (log && url.startsWith('file:')) appendFileSync(log, `${url}\n`)
    return nextLoad(url, context)
  }
})
