// Bundled by bundle.test.ts with ncc, the way dist/ is built: builds a package and runs it
// through the runner in both modes, printing one JSON line.
import { makeOriginResponseEvent } from '../../src/edge-runtime/cloudfront-event.js'
import { buildEdgePackage } from '../../src/compile/package.js'
import { openEdgeZip } from '../../src/edge-runtime/runner.js'
import { policy, SIX_HEADERS } from './policies.js'

void (async () => {
  const { zip, manifest } = buildEdgePackage(policy({ headers: SIX_HEADERS }))
  const out: Record<string, unknown> = { codeSha256: manifest.codeSha256 }
  for (const isolated of [false, true]) {
    const fn = await openEdgeZip(zip, { isolated, timeoutMs: 5000 })
    const result = await fn.invoke(makeOriginResponseEvent({ uri: '/', status: 404 }))
    await fn.close()
    out[isolated ? 'isolated' : 'inProcess'] =
      result.error ?? Object.keys(result.response?.headers ?? {}).sort()
  }
  process.stdout.write(JSON.stringify(out))
})()
