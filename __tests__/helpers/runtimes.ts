// The Node.js binaries the product really runs on: the runner's node24 for dist/index.js, and
// Lambda's nodejs22.x/24.x for the edge zip. .ci/run installs them into runtimes/ from the npm
// registry; locally `npm ci --prefix runtimes` does the same.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export function runtimeNode(major: 22 | 24): string {
  const path = resolve('runtimes', 'node_modules', `node${major}`, 'bin', 'node')
  if (!existsSync(path)) {
    throw new Error(
      `Node ${major} is not installed at ${path}: run 'npm ci --prefix runtimes' (CI does)`
    )
  }
  return path
}

/** The Node that runs the bundled action in the process-level tests: the runner's node24. */
export function actionNode(): string {
  return runtimeNode(24)
}
