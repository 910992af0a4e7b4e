// deploy, plan and rollback as the pipeline calls them: with its package comparison injected,
// so the outcomes carry the header diff.
import type { AwsClients } from '../../src/aws/clients.js'
import { deploy as deployStage, type DeployOptions } from '../../src/aws/deploy.js'
import { planDeployment as planStage } from '../../src/aws/plan.js'
import { rollback as rollbackStage } from '../../src/aws/rollback.js'
import type { DeployOutcome, DeploySettings } from '../../src/aws/types.js'
import { comparePackages } from '../../src/compile/header-diff.js'
import type { EdgePackage } from '../../src/compile/types.js'
import type { Logger } from '../../src/log.js'

export { failureCause, outcomeOfFailure } from '../../src/errors.js'

export const deploy = (
  clients: AwsClients,
  pkg: EdgePackage,
  settings: DeploySettings,
  log: Logger,
  options: DeployOptions = {}
): Promise<DeployOutcome> =>
  deployStage(clients, pkg, settings, log, { comparePackages, ...options })

export const planDeployment = (
  clients: AwsClients,
  pkg: EdgePackage,
  settings: DeploySettings,
  log: Logger,
  options: DeployOptions = {}
): Promise<DeployOutcome> => planStage(clients, pkg, settings, log, { comparePackages, ...options })

export const rollback = (
  clients: AwsClients,
  outcome: DeployOutcome,
  settings: DeploySettings,
  log: Logger,
  reason: string,
  options: DeployOptions = {}
): Promise<DeployOutcome> =>
  rollbackStage(clients, outcome, settings, log, reason, { comparePackages, ...options })
