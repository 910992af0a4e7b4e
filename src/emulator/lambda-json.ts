// Lambda's JSON shapes as the API reference gives them: FunctionConfiguration (State and
// LastUpdateStatus included), request bodies, the FunctionName path parameter and errors.
import { randomUUID } from 'node:crypto'
import { ApiError } from './api-error.js'
import type { LambdaContext } from './lambda-api.js'
import {
  ACCOUNT_ID,
  REGION,
  codeRecord,
  type CodeRecord,
  type EmulatorStore,
  type FunctionRecord,
  type FunctionSettings,
  type VersionRecord
} from './store.js'
import type { ApiRequest, WireResponse } from './wire.js'

export type Json = Record<string, unknown>

export function functionArn(name: string, qualifier?: string): string {
  return `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${name}${qualifier ? `:${qualifier}` : ''}`
}

/** Lambda's timestamp format: `2024-01-31T12:00:00.000+0000`. */
export function lambdaTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000')
}

export function json(status: number, body: unknown): WireResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID() },
    body: body === undefined ? '' : JSON.stringify(body)
  }
}

export function notFound(name: string, qualifier?: string): ApiError {
  return new ApiError(
    'ResourceNotFoundException',
    404,
    `Function not found: ${functionArn(name, qualifier)}`
  )
}

export function invalidParameter(message: string): ApiError {
  return new ApiError('InvalidParameterValueException', 400, message)
}

/** Name and qualifier from a FunctionName path parameter (name, partial or full ARN, `name:qualifier`). */
export function parseFunctionName(
  raw: string,
  qualifierParam: string | null
): { name: string; qualifier?: string } {
  const full = /^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:([^:]+)(?::([^:]+))?$/.exec(raw)
  const partial = /^\d{12}:function:([^:]+)(?::([^:]+))?$/.exec(raw)
  const plain = /^([^:]+)(?::([^:]+))?$/.exec(raw)
  const match = full ?? partial ?? plain
  const name = match?.[1] ?? raw
  const qualifier = qualifierParam ?? match?.[2] ?? undefined
  return { name, qualifier }
}

export function requireFunction(
  ctx: LambdaContext,
  name: string,
  qualifier?: string
): FunctionRecord {
  const fn = ctx.store.functions.get(name)
  if (!fn) throw notFound(name, qualifier)
  ctx.store.settleFunction(fn)
  return fn
}

export function requireVersion(
  fn: FunctionRecord,
  qualifier: string | undefined
): VersionRecord | undefined {
  if (qualifier === undefined || qualifier === '$LATEST') return undefined
  const version = fn.versions.find((v) => v.version === qualifier)
  if (!version) throw notFound(fn.name, qualifier)
  return version
}

function settingsJson(fn: FunctionRecord, settings: FunctionSettings): Json {
  return {
    Runtime: settings.runtime,
    Role: settings.role,
    Handler: settings.handler,
    Timeout: settings.timeout,
    MemorySize: settings.memorySize,
    ...(settings.environment ? { Environment: { Variables: { ...settings.environment } } } : {}),
    ...(settings.kmsKeyArn ? { KMSKeyArn: settings.kmsKeyArn } : {}),
    TracingConfig: { Mode: 'PassThrough' },
    PackageType: 'Zip',
    Architectures: [...settings.architectures],
    EphemeralStorage: { Size: 512 },
    SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    RuntimeVersionConfig: {
      RuntimeVersionArn: `arn:aws:lambda:${REGION}::runtime:${settings.runtime}`
    },
    LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${fn.name}` }
  }
}

function stateJson(activeAt: number, now: number): Json {
  return activeAt <= now
    ? { State: 'Active' }
    : {
        State: 'Pending',
        StateReason: 'The function is being created.',
        StateReasonCode: 'Creating'
      }
}

/** FunctionConfiguration of $LATEST or of a numbered version. */
export function configurationJson(
  store: EmulatorStore,
  fn: FunctionRecord,
  version?: VersionRecord
): Json {
  const now = store.now()
  if (version) {
    return {
      FunctionName: fn.name,
      FunctionArn: functionArn(fn.name, version.version),
      CodeSize: version.code.size,
      CodeSha256: version.code.sha256,
      Description: version.description,
      LastModified: lambdaTime(version.lastModified),
      Version: version.version,
      RevisionId: version.revisionId,
      ...settingsJson(fn, version.settings),
      ...stateJson(version.activeAt, now),
      LastUpdateStatus: 'Successful'
    }
  }
  return {
    FunctionName: fn.name,
    FunctionArn: functionArn(fn.name),
    CodeSize: fn.code.size,
    CodeSha256: fn.code.sha256,
    Description: fn.settings.description,
    LastModified: lambdaTime(fn.lastModified),
    Version: '$LATEST',
    RevisionId: fn.revisionId,
    ...settingsJson(fn, fn.settings),
    // "Lambda function states": an idle function is Inactive; updating it does not invoke it.
    ...(fn.inactive && fn.activeAt <= now
      ? {
          State: 'Inactive',
          StateReason: 'The function is inactive.',
          StateReasonCode: 'Idle'
        }
      : stateJson(fn.activeAt, now)),
    LastUpdateStatus: fn.lastUpdateStatus,
    ...(fn.lastUpdateReason ? { LastUpdateStatusReason: fn.lastUpdateReason } : {}),
    ...(fn.lastUpdateReasonCode ? { LastUpdateStatusReasonCode: fn.lastUpdateReasonCode } : {})
  }
}

export function parseJsonBody(request: ApiRequest): Json {
  const text = request.body.toString('utf8')
  if (text.trim() === '') return {}
  try {
    const value: unknown = JSON.parse(text)
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Json
  } catch {
    // fall through
  }
  throw new ApiError(
    'InvalidRequestContentException',
    400,
    'Could not parse request body into json.'
  )
}

export function zipFrom(body: Json): CodeRecord {
  const base64 = body.ZipFile
  if (typeof base64 !== 'string' || base64 === '') {
    throw invalidParameter(
      'The emulator accepts function code only as ZipFile (S3 and image code are not modelled).'
    )
  }
  const zip = Buffer.from(base64, 'base64')
  const magic = zip.subarray(0, 4).toString('binary')
  if (magic !== 'PK\u0003\u0004' && magic !== 'PK\u0005\u0006') {
    throw invalidParameter(
      'Could not unzip uploaded file. Please check your file, then try to upload again.'
    )
  }
  return codeRecord(new Uint8Array(zip))
}

export function environmentFrom(value: unknown): Record<string, string> | undefined {
  const variables = (value as { Variables?: unknown } | undefined)?.Variables
  if (!variables || typeof variables !== 'object') return undefined
  const entries = Object.entries(variables as Record<string, unknown>).map(([k, v]) => [
    k,
    String(v)
  ])
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}
