// Builds the two committed bundles with ncc, each into its own folder so their numbered
// chunks cannot overwrite each other (ncc always names its output index.js):
//   dist/index.js        the action (action.yml runs.main)
//   dist/cli/index.js    the headerguard CLI, reached through the one-line dist/cli.js
// then minifies every file. Not with ncc's --minify: it minifies the entry file only, never
// the chunks, which hold most of the code (the AWS SDK, the GitHub client, the browser driver).
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync, readdirSync, renameSync, readFileSync } from 'node:fs'
import { transformSync } from 'esbuild'
import { join } from 'node:path'

/** What only the browser driver's chunk contains (as scripts/chunk-graph.ts MARKERS). */
const BROWSER_DRIVER_MARKER = 'puppeteer-core'
const root = new URL('..', import.meta.url).pathname
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const dist = join(root, 'dist')

function nccBuild(entry, outDir) {
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      entry,
      '-o',
      outDir,
      '--target',
      'es2022',
      '--no-source-map-register',
      // The minified files carry no licence comments: the licence of every bundled package
      // (Apache-2.0 for the AWS SDK and the CSP Evaluator, MIT for most others) ships beside them.
      '--license',
      'licenses.txt',
      '-q'
    ],
    { cwd: root, stdio: 'inherit' }
  )
}

/**
 * Minifies each .js file of an ncc output folder in place. Function and class names are not
 * kept (esbuild's keepNames wraps every one and costs ~100 KiB of the action's bundle): our own
 * error classes name themselves in a field (src/errors.ts), and our code never reads another
 * function's name. The browser driver's files keep them: puppeteer names its errors from
 * `this.constructor.name`, and those names reach our messages.
 */
function minifyFolder(dir) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const file = join(dir, name)
    const source = readFileSync(file, 'utf8')
    const { code } = transformSync(source, {
      format: 'esm',
      target: 'es2022',
      minify: true,
      keepNames: source.includes(BROWSER_DRIVER_MARKER),
      legalComments: 'none',
      charset: 'utf8'
    })
    writeFileSync(file, code)
  }
}

rmSync(dist, { recursive: true, force: true })
const staging = join(root, '.tmp', 'bundle')
rmSync(staging, { recursive: true, force: true })
nccBuild('src/index.ts', join(staging, 'action'))
nccBuild('src/cli.ts', join(staging, 'cli'))
minifyFolder(join(staging, 'action'))
minifyFolder(join(staging, 'cli'))

mkdirSync(dist, { recursive: true })
for (const name of readdirSync(join(staging, 'action'))) {
  renameSync(join(staging, 'action', name), join(dist, name))
}
renameSync(join(staging, 'cli'), join(dist, 'cli'))
rmSync(staging, { recursive: true, force: true })
writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n')
writeFileSync(join(dist, 'cli', 'package.json'), '{ "type": "module" }\n')
writeFileSync(join(dist, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js'\n", {
  mode: 0o755
})
// Last, so it describes exactly the sources these bundles came from (see source-fingerprint.mjs).
const { sourceFingerprint, FINGERPRINT_FILE } = await import('./source-fingerprint.mjs')
writeFileSync(join(root, FINGERPRINT_FILE), `${sourceFingerprint(root)}\n`)
