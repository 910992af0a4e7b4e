// The Lambda settings Lambda@Edge refuses, readable the way the Lambda API reference gives
// them: GetRuntimeManagementConfig (2021-07-20; "If the runtime update mode is Manual, this
// includes the ARN of the runtime version ... If ... Auto or Function update, ... null is returned
// for the ARN", https://docs.aws.amazon.com/lambda/latest/api/API_GetRuntimeManagementConfig.html)
// and Get/ListProvisionedConcurrencyConfig(s) (2019-09-30,
// https://docs.aws.amazon.com/lambda/latest/api/API_ListProvisionedConcurrencyConfigs.html).
import { ApiError } from './api-error.js'
import {
  functionArn,
  json,
  lambdaTime,
  parseFunctionName,
  requireFunction,
  requireVersion
} from './lambda-json.js'
import type { LambdaContext } from './lambda-api.js'
import type { Route } from './routes.js'
import { REGION, type FunctionRecord } from './store.js'
import type { ApiRequest, WireResponse } from './wire.js'

export const RUNTIME_MANAGEMENT_API = '/2021-07-20/functions'
export const PROVISIONED_API = '/2019-09-30/functions'

function runtimeManagement(ctx: LambdaContext, raw: string, request: ApiRequest): WireResponse {
  const { name, qualifier } = parseFunctionName(raw, request.query.get('Qualifier'))
  const fn = requireFunction(ctx, name, qualifier)
  const version = qualifier && qualifier !== '$LATEST' ? requireVersion(fn, qualifier) : undefined
  const mode = fn.updateRuntimeOn ?? 'Auto'
  const runtime = (version?.settings ?? fn.settings).runtime
  return json(200, {
    UpdateRuntimeOn: mode,
    RuntimeVersionArn: mode === 'Manual' ? `arn:aws:lambda:${REGION}::runtime:${runtime}` : null,
    FunctionArn: functionArn(fn.name, version?.version ?? '$LATEST')
  })
}

function item(
  fn: FunctionRecord,
  c: NonNullable<FunctionRecord['provisionedConcurrency']>[number]
) {
  return {
    FunctionArn: functionArn(fn.name, c.qualifier),
    RequestedProvisionedConcurrentExecutions: c.executions,
    AvailableProvisionedConcurrentExecutions: c.executions,
    AllocatedProvisionedConcurrentExecutions: c.executions,
    Status: 'READY',
    LastModified: lambdaTime(c.lastModified)
  }
}

/** `?List=ALL` lists every configuration (paged); `?Qualifier=Q` gets one. */
function provisioned(ctx: LambdaContext, raw: string, request: ApiRequest): WireResponse {
  const { name } = parseFunctionName(raw, null)
  const fn = requireFunction(ctx, name)
  const configs = fn.provisionedConcurrency ?? []
  if (request.query.get('List') === 'ALL') {
    const start = Number(request.query.get('Marker') ?? 0) || 0
    const max = Math.max(1, Math.min(50, Number(request.query.get('MaxItems') ?? 50) || 50))
    const page = configs.slice(start, start + max)
    return json(200, {
      ProvisionedConcurrencyConfigs: page.map((c) => item(fn, c)),
      ...(start + max < configs.length ? { NextMarker: String(start + max) } : {})
    })
  }
  const qualifier = request.query.get('Qualifier') ?? ''
  const found = configs.find((c) => c.qualifier === qualifier)
  if (!found) {
    throw new ApiError(
      'ProvisionedConcurrencyConfigNotFoundException',
      404,
      `No Provisioned Concurrency Config found for this function`
    )
  }
  const { FunctionArn: _arn, ...rest } = item(fn, found)
  return json(200, rest)
}

const byName = (
  prefix: string,
  suffix: string,
  operation: string,
  run: (ctx: LambdaContext, name: string, request: ApiRequest) => WireResponse,
  when?: (request: ApiRequest) => boolean
): Route<LambdaContext> => ({
  method: 'GET',
  pattern: new RegExp(`^${prefix}/([^/]+)${suffix}$`),
  operation,
  mutating: false,
  when,
  run: (c, [name], r) => run(c, name ?? '', r)
})
const listAll = (r: ApiRequest) => r.query.get('List') === 'ALL'

const PC = '/provisioned-concurrency'

/** Matched against the whole path (these operations live under other API versions). */
export const SETTINGS_ROUTES: Route<LambdaContext>[] = [
  byName(
    RUNTIME_MANAGEMENT_API,
    '/runtime-management-config',
    'GetRuntimeManagementConfig',
    runtimeManagement
  ),
  byName(PROVISIONED_API, PC, 'ListProvisionedConcurrencyConfigs', provisioned, listAll),
  byName(PROVISIONED_API, PC, 'GetProvisionedConcurrencyConfig', provisioned, (r) => !listAll(r))
]
