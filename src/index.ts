// The action's entry: everything lives in main.ts so tests can import run() without running it.
import { run } from './action/main.js'

await run()
