// Waiting on Lambda: $LATEST until its update has settled, a new version until it is Active.
import { GetFunctionConfigurationCommand, type FunctionConfiguration } from '@aws-sdk/client-lambda'
import { AwsError } from '../errors.js'
import { isThrottling } from './aws-errors.js'
import type { AwsContext } from './context.js'
import { pollUntil, seconds, type PollResult } from './timing.js'
import type { DeploySettings } from './types.js'

/** Lambda polls faster than CloudFront: function updates take seconds, not minutes. */
const LAMBDA_MAX_POLL_MS = 1000

function lambdaPolling(settings: DeploySettings) {
  return {
    intervalMs: Math.min(settings.pollIntervalMs, LAMBDA_MAX_POLL_MS),
    timeoutMs: settings.waitTimeoutMs,
    transient: isThrottling
  }
}

/**
 * $LATEST can be updated and published: Active, or Inactive. Lambda marks a function that has
 * not been invoked for a while Inactive, and a Lambda@Edge function's $LATEST in us-east-1 is
 * never invoked, so Inactive is its normal state between deploys; updates are allowed in it
 * (docs/aws-facts.md §7; "Lambda function states",
 * https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html).
 */
const isReady = (config: FunctionConfiguration) =>
  config.State === 'Active' || config.State === 'Inactive'

/**
 * Waits until $LATEST is Active (or Inactive) and no update is in progress. After our own update, a Failed
 * update fails the run clearly. Before it (`previousUpdate: 'settled'`), a Failed status is an
 * earlier run's abandoned update — Lambda kept the previous code — and must not block this run
 * from trying again.
 */
export async function waitFunctionUpdated(
  ctx: AwsContext,
  settings: DeploySettings,
  previousUpdate: 'ours' | 'settled' = 'ours'
): Promise<FunctionConfiguration> {
  const name = settings.functionName
  const check = async (): Promise<PollResult<FunctionConfiguration>> => {
    const config = await ctx.clients.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: name })
    )
    if (config.State === 'Failed') {
      throw new AwsError(
        `Function ${name} failed: ${config.StateReason ?? 'no reason given'} (${config.StateReasonCode ?? 'no code'}). Nothing was associated; fix the cause, delete the function if Lambda cannot recover it, and run again.`
      )
    }
    if (config.LastUpdateStatus === 'Failed' && previousUpdate === 'settled' && isReady(config)) {
      ctx.log.info(
        `The last update of ${name} had failed (${config.LastUpdateStatusReason ?? 'no reason given'}); Lambda kept the previous code, trying again`
      )
      return { done: true, value: config }
    }
    if (config.LastUpdateStatus === 'Failed') {
      throw new AwsError(
        `Updating function ${name} failed: ${config.LastUpdateStatusReason ?? 'no reason given'} (${config.LastUpdateStatusReasonCode ?? 'no code'}). The previous code stays in place and nothing was associated; fix the cause and run again.`
      )
    }
    if (isReady(config) && (config.LastUpdateStatus ?? 'Successful') === 'Successful') {
      return { done: true, value: config }
    }
    return { done: false, status: `${config.State ?? '?'}/${config.LastUpdateStatus ?? '?'}` }
  }
  const { value } = await pollUntil(
    check,
    {
      ...lambdaPolling(settings),
      progress: (status, elapsed) =>
        ctx.log.debug(`function ${name}: ${status} after ${seconds(elapsed)}`),
      timeoutMessage: (status, elapsed) =>
        `Function ${name} was still ${status} after ${seconds(elapsed)}. Raise wait-timeout or check the function in the Lambda console (us-east-1).`
    },
    ctx.clock
  )
  return value
}

export async function waitVersionActive(
  ctx: AwsContext,
  settings: DeploySettings,
  version: string
): Promise<void> {
  const name = settings.functionName
  await pollUntil(
    async (): Promise<PollResult<true>> => {
      const config = await ctx.clients.lambda.send(
        new GetFunctionConfigurationCommand({ FunctionName: name, Qualifier: version })
      )
      if (config.State === 'Failed') {
        throw new AwsError(
          `Version ${version} of ${name} failed: ${config.StateReason ?? 'no reason given'}. Nothing was associated; run again.`
        )
      }
      return config.State === 'Active'
        ? { done: true, value: true }
        : { done: false, status: config.State ?? '?' }
    },
    {
      ...lambdaPolling(settings),
      progress: (status, elapsed) =>
        ctx.log.debug(`version ${version}: ${status} after ${seconds(elapsed)}`),
      timeoutMessage: (status, elapsed) =>
        `Version ${version} of ${name} was still ${status} after ${seconds(elapsed)}. Raise wait-timeout and run again.`
    },
    ctx.clock
  )
}
