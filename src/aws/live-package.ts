// The code of a published version, downloaded from GetFunction's presigned Code.Location, so the
// plan can say which headers the live version sends.
import { GetFunctionCommand } from '@aws-sdk/client-lambda'
import { AwsError } from '../errors.js'
import { parseLambdaArn } from './arn.js'
import { explainAwsError } from './aws-errors.js'
import type { AwsContext } from './context.js'

const DOWNLOAD_TIMEOUT_MS = 30_000

export async function downloadVersionZip(ctx: AwsContext, versionArn: string): Promise<Uint8Array> {
  const parsed = parseLambdaArn(versionArn)
  if (!parsed?.qualifier) throw new AwsError(`'${versionArn}' is not a versioned Lambda ARN`)
  let location: string | undefined
  try {
    const out = await ctx.clients.lambda.send(
      new GetFunctionCommand({ FunctionName: parsed.functionName, Qualifier: parsed.qualifier })
    )
    location = out.Code?.Location
  } catch (error) {
    throw explainAwsError(error, `Reading ${versionArn}`, { functionName: parsed.functionName })
  }
  if (!location) throw new AwsError(`GetFunction returned no code location for ${versionArn}`)
  const response = await fetch(location, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) })
  if (!response.ok)
    throw new AwsError(`Downloading the code of ${versionArn} failed: HTTP ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}
