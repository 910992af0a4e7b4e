// The zip's handler under the Node.js versions Lambda runs (nodejs22.x, nodejs24.x), from
// runtimes/ (installed by `npm test`; see __tests__/helpers/runtimes.ts).
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { buildEdgePackage } from '../../src/compile/package.js'
import { openEdgeZip } from '../../src/edge-runtime/runner.js'
import { FIXTURE_NAMES, fixture } from '../compile/helpers.js'
import { RICH_POLICY } from '../compile/policies.js'
import { runtimeNode } from '../helpers/runtimes.js'

// Loads the extracted package the way Lambda does (import index.mjs, call `handler`) and
// prints each fixture's result as JSON.
const CHECK = `
import { readFileSync } from 'node:fs'
const { handler } = await import(new URL('./index.mjs', import.meta.url))
const out = []
for (const file of process.argv.slice(2)) out.push(await handler(JSON.parse(readFileSync(file, 'utf8'))))
process.stdout.write(JSON.stringify({ version: process.version, out }))
`

describe.each([22, 24] as const)('under node%s', (major) => {
  it('the zip handler gives the same responses as here', async () => {
    const node = runtimeNode(major)
    const zip = buildEdgePackage(RICH_POLICY).zip
    const dir = mkdtempSync(join(tmpdir(), `hg-node${major}-`))
    for (const [name, bytes] of Object.entries(unzipSync(zip)))
      writeFileSync(join(dir, name), bytes)
    writeFileSync(join(dir, 'check.mjs'), CHECK)
    const files = FIXTURE_NAMES.map((name) => {
      const file = join(dir, `${name}.event.json`)
      writeFileSync(file, JSON.stringify(fixture(name)))
      return file
    })
    const result = JSON.parse(
      execFileSync(node, [join(dir, 'check.mjs'), ...files], { encoding: 'utf8' })
    ) as {
      version: string
      out: unknown[]
    }
    if (node !== process.execPath) expect(result.version).toMatch(new RegExp(`^v${major}\\.`))
    const fn = await openEdgeZip(zip)
    const here = await Promise.all(
      FIXTURE_NAMES.map(async (name) => (await fn.invoke(fixture(name))).response)
    )
    expect(result.out).toEqual(here)
  })
})
