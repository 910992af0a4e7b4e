// The AWS stage's public surface.
export { createAwsClients, EDGE_REGION, type AwsClientOptions, type AwsClients } from './clients.js'
export { deploy, planDeployment, rollback, outcomeOfFailure, type DeployOptions } from './deploy.js'
export { pruneVersions, type PruneResult } from './prune.js'
export type * from './types.js'
