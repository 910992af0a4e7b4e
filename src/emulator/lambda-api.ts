// Lambda API 2015-03-31 (REST-JSON): the function operations the action uses, with the
// State / LastUpdateStatus transitions, the CodeSha256 and RevisionId preconditions and
// PublishVersion's de-duplication as measured on AWS (docs/aws-facts.md §7).
import { randomUUID } from 'node:crypto'
import { ApiError, jsonErrorResponse } from './api-error.js'
import { lambdaAssociationsOf, itemsOf } from './edge-config.js'
import {
  configurationJson,
  environmentFrom,
  functionArn,
  invalidParameter,
  json,
  parseFunctionName,
  parseJsonBody,
  requireFunction,
  requireVersion,
  zipFrom,
  type Json
} from './lambda-json.js'
import type {
  CodeRecord,
  EmulatorStore,
  FunctionRecord,
  FunctionSettings,
  VersionRecord
} from './store.js'
import type { ApiRequest, ServiceAnswer, WireResponse } from './wire.js'
import { dispatchRoutes, type Route } from './routes.js'
import { PROVISIONED_API, RUNTIME_MANAGEMENT_API, SETTINGS_ROUTES } from './lambda-settings-api.js'
import { findPath } from './xml.js'

export { configurationJson, functionArn } from './lambda-json.js'
import { canCreateOn, canUpdateOn, DEFAULT_RUNTIME, runtimeStage } from '../lambda-runtimes.js'

const API = '/2015-03-31/functions'

export interface LambdaContext {
  store: EmulatorStore
  /** The control-plane endpoint, for GetFunction's Code.Location. */
  endpoint: () => string
}

/**
 * "The role defined for the function cannot be assumed by Lambda." when the trust lacks lambda,
 * and for a role made moments ago: IAM is eventually consistent and Lambda refuses a new role for
 * some seconds (IAM User Guide, "Changes that I make are not always immediately visible",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency).
 */
function checkRole(ctx: LambdaContext, role: unknown): string {
  if (typeof role !== 'string' || !/^arn:aws:iam::\d{12}:role\/.+$/.test(role)) {
    throw new ApiError(
      'ValidationException',
      400,
      `1 validation error detected: Value '${String(role)}' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+`
    )
  }
  if (
    !ctx.store.roleTrust(role).includes('lambda.amazonaws.com') ||
    ctx.store.roleNotYetUsable(role)
  ) {
    throw invalidParameter('The role defined for the function cannot be assumed by Lambda.')
  }
  return role
}

/**
 * Lambda's runtime deprecation policy by the emulator's clock ("Lambda runtimes", runtime
 * deprecation policy, https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html): past
 * the block-create date CreateFunction is refused, past the block-update date UpdateFunctionCode
 * and a configuration update that keeps the runtime are; changing the runtime is allowed.
 * Runtimes outside the calendar are not judged.
 */
function checkRuntime(ctx: LambdaContext, runtime: string, operation: 'create' | 'update'): void {
  const now = ctx.store.now()
  const stage = runtimeStage(runtime, now)
  if (stage === undefined) return
  const allowed = operation === 'create' ? canCreateOn(runtime, now) : canUpdateOn(runtime, now)
  if (!allowed)
    throw invalidParameter(
      `The runtime parameter of ${runtime} is no longer supported for creating or updating AWS Lambda functions. We recommend you use the new runtime (${DEFAULT_RUNTIME}) while creating or updating functions.`
    )
}

function inProgressConflict(fn: FunctionRecord, now: number): ApiError | undefined {
  if (fn.activeAt > now) {
    return new ApiError(
      'ResourceConflictException',
      409,
      `The operation cannot be performed at this time. The function is currently in the following state: Pending`
    )
  }
  if (fn.lastUpdateStatus === 'InProgress') {
    return new ApiError(
      'ResourceConflictException',
      409,
      `The operation cannot be performed at this time. An update is in progress for resource: ${functionArn(fn.name)}`
    )
  }
  return undefined
}

function checkRevision(fn: FunctionRecord, revisionId: unknown): void {
  if (revisionId !== undefined && revisionId !== fn.revisionId) {
    throw new ApiError(
      'PreconditionFailedException',
      412,
      'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id'
    )
  }
}

function createFunction(ctx: LambdaContext, request: ApiRequest): WireResponse {
  const body = parseJsonBody(request)
  const name = body.FunctionName
  if (typeof name !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(name)) {
    throw new ApiError(
      'ValidationException',
      400,
      `1 validation error detected: Value '${String(name)}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+`
    )
  }
  if (ctx.store.functions.has(name)) {
    throw new ApiError('ResourceConflictException', 409, `Function already exist: ${name}`)
  }
  if (typeof body.Runtime !== 'string' || typeof body.Handler !== 'string') {
    throw invalidParameter(
      'Runtime and Handler are mandatory parameters for functions created with deployment packages.'
    )
  }
  checkRuntime(ctx, body.Runtime, 'create')
  const role = checkRole(ctx, body.Role)
  const code = zipFrom((body.Code ?? {}) as Json)
  const fn = addFunction(ctx.store, name, code, {
    runtime: body.Runtime,
    role,
    handler: body.Handler,
    description: typeof body.Description === 'string' ? body.Description : '',
    timeout: typeof body.Timeout === 'number' ? body.Timeout : 3,
    memorySize: typeof body.MemorySize === 'number' ? body.MemorySize : 128,
    environment: environmentFrom(body.Environment),
    ...(typeof body.KMSKeyArn === 'string' && body.KMSKeyArn ? { kmsKeyArn: body.KMSKeyArn } : {}),
    architectures: Array.isArray(body.Architectures) ? body.Architectures.map(String) : ['x86_64']
  })
  if (body.Publish === true) ctx.store.publishVersion(fn, '')
  return json(201, configurationJson(ctx.store, fn))
}

/** Registers a function (created by the API or seeded). */
export function addFunction(
  store: EmulatorStore,
  name: string,
  code: CodeRecord,
  settings: FunctionSettings,
  active = false
): FunctionRecord {
  const fn: FunctionRecord = {
    name,
    arn: functionArn(name),
    code,
    settings,
    revisionId: randomUUID(),
    lastModified: store.now(),
    activeAt: active ? store.now() : store.now() + store.delays.functionCreateMs,
    lastUpdateStatus: 'Successful',
    versions: [],
    changedSincePublish: true
  }
  store.functions.set(name, fn)
  return fn
}

function getFunction(ctx: LambdaContext, raw: string, request: ApiRequest): WireResponse {
  const { name, qualifier } = parseFunctionName(raw, request.query.get('Qualifier'))
  const fn = requireFunction(ctx, name, qualifier)
  const version = requireVersion(fn, qualifier)
  return json(200, {
    Configuration: configurationJson(ctx.store, fn, version),
    Code: {
      RepositoryType: 'S3',
      Location: `${ctx.endpoint()}/__emulator/code/${encodeURIComponent(fn.name)}/${version?.version ?? '$LATEST'}.zip`
    },
    Tags: {}
  })
}

function getFunctionConfiguration(
  ctx: LambdaContext,
  raw: string,
  request: ApiRequest
): WireResponse {
  const { name, qualifier } = parseFunctionName(raw, request.query.get('Qualifier'))
  const fn = requireFunction(ctx, name, qualifier)
  return json(200, configurationJson(ctx.store, fn, requireVersion(fn, qualifier)))
}

function updateFunctionCode(ctx: LambdaContext, raw: string, request: ApiRequest): WireResponse {
  const { name } = parseFunctionName(raw, null)
  const fn = requireFunction(ctx, name)
  const body = parseJsonBody(request)
  const code = zipFrom(body)
  const conflict = inProgressConflict(fn, ctx.store.now())
  if (conflict) throw conflict
  checkRevision(fn, body.RevisionId)
  checkRuntime(ctx, fn.settings.runtime, 'update')
  if (body.DryRun === true) return json(200, configurationJson(ctx.store, fn))
  ctx.store.beginFunctionUpdate(fn, { code })
  const answer = configurationJson(ctx.store, fn)
  if (body.Publish === true) {
    const version = ctx.store.publishVersion(fn, '')
    return json(200, configurationJson(ctx.store, fn, version))
  }
  return json(200, answer)
}

function updateFunctionConfiguration(
  ctx: LambdaContext,
  raw: string,
  request: ApiRequest
): WireResponse {
  const { name } = parseFunctionName(raw, null)
  const fn = requireFunction(ctx, name)
  const body = parseJsonBody(request)
  const conflict = inProgressConflict(fn, ctx.store.now())
  if (conflict) throw conflict
  checkRevision(fn, body.RevisionId)
  const settings: FunctionSettings = { ...fn.settings }
  if (body.Role !== undefined) settings.role = checkRole(ctx, body.Role)
  if (typeof body.Runtime === 'string') settings.runtime = body.Runtime
  if (typeof body.Handler === 'string') settings.handler = body.Handler
  if (typeof body.Description === 'string') settings.description = body.Description
  if (typeof body.Timeout === 'number') settings.timeout = body.Timeout
  if (typeof body.MemorySize === 'number') settings.memorySize = body.MemorySize
  if (body.Environment !== undefined) settings.environment = environmentFrom(body.Environment)
  // "KMSKeyArn": an empty string returns the function to Lambda's own key.
  if (typeof body.KMSKeyArn === 'string') settings.kmsKeyArn = body.KMSKeyArn || undefined
  checkRuntime(ctx, settings.runtime, 'update')
  ctx.store.beginFunctionUpdate(fn, { settings })
  return json(200, configurationJson(ctx.store, fn))
}

function publishVersion(ctx: LambdaContext, raw: string, request: ApiRequest): WireResponse {
  const { name } = parseFunctionName(raw, null)
  const fn = requireFunction(ctx, name)
  const body = parseJsonBody(request)
  const conflict = inProgressConflict(fn, ctx.store.now())
  if (conflict) throw conflict
  if (typeof body.CodeSha256 === 'string' && body.CodeSha256 !== fn.code.sha256) {
    throw invalidParameter(
      `CodeSHA256 (${body.CodeSha256}) is different from current CodeSHA256 in $LATEST (${fn.code.sha256}). Please try again with the CodeSHA256 in $LATEST.`
    )
  }
  checkRevision(fn, body.RevisionId)
  const last = fn.versions[fn.versions.length - 1]
  // Measured on AWS: no update since the last publish returns that version again.
  const version =
    !fn.changedSincePublish && last
      ? last
      : ctx.store.publishVersion(fn, typeof body.Description === 'string' ? body.Description : '')
  return json(201, configurationJson(ctx.store, fn, version))
}

function listVersions(ctx: LambdaContext, raw: string, request: ApiRequest): WireResponse {
  const { name } = parseFunctionName(raw, null)
  const fn = requireFunction(ctx, name)
  const all = [
    configurationJson(ctx.store, fn),
    ...fn.versions.map((v) => configurationJson(ctx.store, fn, v))
  ]
  const start = Number(request.query.get('Marker') ?? 0) || 0
  const maxItems = Math.max(1, Math.min(10000, Number(request.query.get('MaxItems') ?? 50) || 50))
  const page = all.slice(start, start + maxItems)
  const next = start + maxItems < all.length ? String(start + maxItems) : undefined
  return json(200, { Versions: page, ...(next ? { NextMarker: next } : {}) })
}

/** Versioned ARNs any distribution still uses (in the API's config or at the edge). */
function associatedArns(store: EmulatorStore): Set<string> {
  const arns = new Set<string>()
  for (const dist of store.distributions.values()) {
    for (const config of [dist.config, dist.served?.config]) {
      const behaviors = [
        findPath(config, 'DefaultCacheBehavior'),
        ...itemsOf(findPath(config, 'CacheBehaviors'))
      ]
      for (const behavior of behaviors)
        for (const a of lambdaAssociationsOf(behavior)) arns.add(a.arn)
    }
  }
  return arns
}

function deleteFunction(ctx: LambdaContext, raw: string, request: ApiRequest): WireResponse {
  const { name, qualifier } = parseFunctionName(raw, request.query.get('Qualifier'))
  const fn = requireFunction(ctx, name, qualifier)
  if (qualifier === '$LATEST') {
    throw invalidParameter('$LATEST version cannot be deleted without deleting the function.')
  }
  const targets = qualifier ? [requireVersion(fn, qualifier) as VersionRecord] : fn.versions
  const associated = associatedArns(ctx.store)
  // Replicas outlive the association by hours on AWS; here a version counts as replicated
  // exactly while a distribution (its API config or its deployed config) references it.
  const replicated = targets.find((v) => associated.has(functionArn(fn.name, v.version)))
  if (replicated) {
    throw invalidParameter(
      `Lambda was unable to delete ${functionArn(fn.name, replicated.version)} because it is a replicated function. Please see our documentation for Deleting Lambda@Edge Functions and Replicas.`
    )
  }
  if (qualifier) fn.versions = fn.versions.filter((v) => v.version !== qualifier)
  else ctx.store.functions.delete(fn.name)
  return { status: 204, headers: { 'x-amzn-requestid': randomUUID() }, body: '' }
}

type ByName = (ctx: LambdaContext, name: string, request: ApiRequest) => WireResponse

/** A route on `/{FunctionName}...`: its handler takes the (decoded) function name. */
function byName(
  method: string,
  suffix: string,
  operation: string,
  mutating: boolean,
  run: ByName
): Route<LambdaContext> {
  return {
    method,
    pattern: new RegExp(`^/([^/]+)${suffix}$`),
    operation,
    mutating,
    run: (c, [name], r) => run(c, name ?? '', r)
  }
}

const ROUTES: Route<LambdaContext>[] = [
  {
    method: 'POST',
    pattern: /^$/,
    operation: 'CreateFunction',
    mutating: true,
    run: (c, _, r) => createFunction(c, r)
  },
  byName('GET', '', 'GetFunction', false, getFunction),
  byName('DELETE', '', 'DeleteFunction', true, deleteFunction),
  byName('GET', '/configuration', 'GetFunctionConfiguration', false, getFunctionConfiguration),
  byName('PUT', '/configuration', 'UpdateFunctionConfiguration', true, updateFunctionConfiguration),
  byName('PUT', '/code', 'UpdateFunctionCode', true, updateFunctionCode),
  byName('POST', '/versions', 'PublishVersion', true, publishVersion),
  byName('GET', '/versions', 'ListVersionsByFunction', false, listVersions)
]

const SETTINGS_PREFIXES = [RUNTIME_MANAGEMENT_API, PROVISIONED_API]
const isSettingsRequest = (request: ApiRequest) =>
  SETTINGS_PREFIXES.some((prefix) => request.path.startsWith(`${prefix}/`))

export function isLambdaRequest(request: ApiRequest): boolean {
  return request.path === API || request.path.startsWith(`${API}/`) || isSettingsRequest(request)
}

export function handleLambda(ctx: LambdaContext, request: ApiRequest): Promise<ServiceAnswer> {
  const settings = isSettingsRequest(request)
  const path = settings
    ? request.path.replace(/\/$/, '')
    : request.path.slice(API.length).replace(/\/$/, '')
  return dispatchRoutes(ctx, settings ? SETTINGS_ROUTES : ROUTES, path, request, {
    throttled: (operation) => ctx.store.faults.takeThrottle('lambda', operation),
    throttleError: () =>
      new ApiError('TooManyRequestsException', 429, 'Rate exceeded', {
        Reason: 'CallerRateLimitExceeded'
      }),
    unknownCode: 'InvalidRequestContentException',
    errorResponse: (error) => jsonErrorResponse(error)
  })
}
