// A plain-data view of the emulator's state, for tests and GET /__emulator/state.
import { originResponseArns, readEdgeConfig } from './edge-config.js'
import type { EmulatorStore } from './store.js'
import type { EmulatorSnapshot } from './types.js'

export function snapshot(
  store: EmulatorStore,
  viewerDomain: (port: number) => string
): EmulatorSnapshot {
  const now = store.now()
  return {
    distributions: [...store.distributions.values()].map((dist) => {
      const status = store.distributionStatus(dist)
      return {
        id: dist.id,
        status,
        etag: dist.etag,
        domainName: viewerDomain(dist.viewerPort),
        viewerUrl: `http://${viewerDomain(dist.viewerPort)}`,
        originResponseArns: originResponseArns(readEdgeConfig(dist.config)),
        deployedOriginResponseArns: dist.served ? originResponseArns(dist.served.edge) : {},
        invalidations: dist.invalidations.map((inv) => ({
          id: inv.id,
          status: store.invalidationStatus(inv),
          paths: [...inv.paths]
        })),
        cachedObjects: dist.cache.size
      }
    }),
    functions: [...store.functions.values()].map((fn) => {
      store.settleFunction(fn)
      return {
        name: fn.name,
        arn: fn.arn,
        versions: [
          {
            version: '$LATEST',
            arn: fn.arn,
            codeSha256: fn.code.sha256,
            state: fn.activeAt <= now ? 'Active' : 'Pending',
            lastUpdateStatus: fn.lastUpdateStatus,
            environment: fn.settings.environment,
            role: fn.settings.role
          },
          ...fn.versions.map((v) => ({
            version: v.version,
            arn: `${fn.arn}:${v.version}`,
            codeSha256: v.code.sha256,
            state: v.activeAt <= now ? 'Active' : 'Pending',
            environment: v.settings.environment,
            role: v.settings.role
          }))
        ]
      }
    }),
    delays: { ...store.delays },
    faults: store.activeFaults()
  }
}
