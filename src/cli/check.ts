// `headerguard check [--policy F] [--url U]... [--json F] [--timeout MS] [--concurrency N]`:
// the action's check mode from a terminal (see cli/pipeline.ts). Exit 0: the site serves the
// policy; 1: violations; 2: could not run (policy errors, no URL, no URL answered).
export { checkCommand } from './pipeline.js'
