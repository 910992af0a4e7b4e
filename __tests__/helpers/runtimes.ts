// The Node.js binaries the product really runs on: the runner's node24 for dist/index.js, and
// Lambda's nodejs22.x/24.x for the edge zip. `npm test` installs them into runtimes/ from the
// npm registry (scripts/ensure-runtimes.mjs). Off linux-x64 they cannot run, and the tests use
// this process's Node instead; CI (linux-x64) must have them.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export function runtimeNode(major: 22 | 24): string {
  const path = resolve('runtimes', 'node_modules', `node${major}`, 'bin', 'node')
  if (existsSync(path)) return path
  if (process.env.CI || (process.platform === 'linux' && process.arch === 'x64')) {
    throw new Error(
      `Node ${major} is not installed at ${path}: run 'npm ci --prefix runtimes' (npm test does)`
    )
  }
  return process.execPath
}

/** The Node that runs the bundled action in the process-level tests: the runner's node24. */
export function actionNode(): string {
  return runtimeNode(24)
}
