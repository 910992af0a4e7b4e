// Optional clean-up of old versions, never in the same run as a deploy's association change:
// only versions no distribution uses are candidates, the newest `keep` of them stay, and
// "replicated function" refusals (replicas live on for hours after the last association is
// removed, docs/aws-facts.md §8) are reported as "try later", not as failures.
import { ListDistributionsCommand, type DistributionSummary } from '@aws-sdk/client-cloudfront'
import { DeleteFunctionCommand, type FunctionConfiguration } from '@aws-sdk/client-lambda'
import { errorMessage, InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { isOurFunctionArn, parseLambdaArn } from './arn.js'
import { explainAwsError } from './aws-errors.js'
import type { AwsClients } from './clients.js'
import { awsContext, type AwsContext } from './context.js'
import { listPublishedVersions } from './lambda-plan.js'

export interface PruneResult {
  deleted: string[]
  /** Still replicated at the edge: Lambda refused; a later prune will get them. */
  deferred: string[]
  /** Associated somewhere, or among the newest `keep` unassociated ones. */
  kept: string[]
}

/** Every version of the function that any distribution's behaviors reference. */
function versionsInUse(summaries: DistributionSummary[], functionName: string): Set<string> {
  const used = new Set<string>()
  for (const d of summaries) {
    const behaviors = [d.DefaultCacheBehavior, ...(d.CacheBehaviors?.Items ?? [])]
    for (const b of behaviors) {
      for (const a of b?.LambdaFunctionAssociations?.Items ?? []) {
        const arn = a.LambdaFunctionARN ?? ''
        const version = parseLambdaArn(arn)?.qualifier
        if (isOurFunctionArn(arn, functionName) && version) used.add(version)
      }
    }
  }
  return used
}

async function listAllDistributions(ctx: AwsContext): Promise<DistributionSummary[]> {
  const all: DistributionSummary[] = []
  let marker: string | undefined
  do {
    const out = await ctx.clients.cloudfront
      .send(new ListDistributionsCommand({ Marker: marker, MaxItems: 100 }))
      .catch((error: unknown) => {
        throw explainAwsError(error, 'Listing distributions')
      })
    all.push(...(out.DistributionList?.Items ?? []))
    marker = out.DistributionList?.IsTruncated ? out.DistributionList.NextMarker : undefined
  } while (marker)
  return all
}

/** Which versions to delete: unused ones beyond the newest `keep`. Pure. */
export function pruneCandidates(
  versions: FunctionConfiguration[],
  inUse: Set<string>,
  keep: number
): { remove: string[]; kept: string[] } {
  const numbers = versions.map((v) => v.Version ?? '').filter((v) => /^\d+$/.test(v))
  const unused = numbers.filter((v) => !inUse.has(v)).sort((a, b) => Number(b) - Number(a))
  const remove = unused.slice(keep)
  return { remove, kept: numbers.filter((v) => !remove.includes(v)) }
}

const isReplicated = (error: unknown) => /replicated function/i.test(errorMessage(error))

export async function pruneVersions(
  clients: AwsClients,
  functionName: string,
  keep: number,
  log: Logger
): Promise<PruneResult> {
  if (!Number.isInteger(keep) || keep < 0) {
    throw new InputError(`prune: keep must be a whole number of versions, 0 or more (got ${keep})`)
  }
  const ctx = awsContext(clients, log)
  const [versions, distributions] = await Promise.all([
    listPublishedVersions(ctx, functionName),
    listAllDistributions(ctx)
  ])
  const { remove, kept } = pruneCandidates(
    versions,
    versionsInUse(distributions, functionName),
    keep
  )
  const result: PruneResult = { deleted: [], deferred: [], kept }
  for (const version of remove) {
    try {
      await clients.lambda.send(
        new DeleteFunctionCommand({ FunctionName: functionName, Qualifier: version })
      )
      result.deleted.push(version)
    } catch (error) {
      if (!isReplicated(error))
        throw explainAwsError(error, `Deleting version ${version} of ${functionName}`, {
          functionName
        })
      result.deferred.push(version)
    }
  }
  if (result.deferred.length > 0) {
    log.info(
      `Versions ${result.deferred.join(', ')} of ${functionName} are still replicated at the edge (that lasts hours after the last association is removed); prune again later`
    )
  }
  log.info(
    `Pruned ${functionName}: deleted ${result.deleted.length}, deferred ${result.deferred.length}, kept ${result.kept.length}`
  )
  return result
}
