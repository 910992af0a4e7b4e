// The one table of fault kinds: each kind's fields (required or not, and their type), what it
// does and an example. POST /__emulator/faults, the state file's `faults:` list and the README's
// fault table (scripts/readme-tables.ts) all read it, so a kind cannot be accepted by one and
// unknown to another. To add a kind: a row here, its variant of `Fault` in types.ts, and its
// case in FaultState (fault-state.ts): inject, active and clear.
import { INVALIDATION_REFUSALS, type EmulatedService, type Fault } from './types.js'

export type FaultFieldType = 'string' | 'count' | 'boolean' | readonly string[]

export interface FaultField {
  name: string
  type: FaultFieldType
  required: boolean
}

export interface FaultKind {
  kind: Fault['kind']
  /** One sentence for the README: what AWS then does. */
  effect: string
  fields: readonly FaultField[]
  /** A complete, valid fault of this kind (the README's curl example). */
  example: Fault
  /** A rule over several fields, beyond each field's own: the problem, or undefined. */
  rule?: (fault: Record<string, unknown>) => string | undefined
}

const SERVICES: readonly EmulatedService[] = ['cloudfront', 'lambda', 'iam']

const req = (name: string, type: FaultFieldType): FaultField => ({ name, type, required: true })
const opt = (name: string, type: FaultFieldType): FaultField => ({ name, type, required: false })

export const FAULT_KINDS: readonly FaultKind[] = [
  {
    kind: 'throttle',
    effect:
      'The next `count` calls (of `service`, or of one `operation`) fail with the service’s throttling error.',
    fields: [req('count', 'count'), opt('service', SERVICES), opt('operation', 'string')],
    example: { kind: 'throttle', service: 'cloudfront', count: 3 }
  },
  {
    kind: 'concurrent-write',
    effect:
      'Another writer updates the distribution before each of our next `count` UpdateDistribution calls → `PreconditionFailed` (it changes the ETag, and the Comment when `comment` is given).',
    fields: [req('distributionId', 'string'), req('count', 'count'), opt('comment', 'string')],
    example: { kind: 'concurrent-write', distributionId: 'EDFDVBD6EXAMPLE', count: 1 }
  },
  {
    kind: 'stuck-deployment',
    effect:
      'The deployment in progress, or else the next one, never reaches `Deployed`; the change after it (a rollback) deploys normally.',
    fields: [req('distributionId', 'string')],
    example: { kind: 'stuck-deployment', distributionId: 'EDFDVBD6EXAMPLE' }
  },
  {
    kind: 'fail-function-update',
    effect:
      'The function’s next UpdateFunctionCode ends with `LastUpdateStatus: Failed` (and `reason`), the old code kept.',
    fields: [req('functionName', 'string'), opt('reason', 'string')],
    example: { kind: 'fail-function-update', functionName: 'site-headers' }
  },
  {
    kind: 'origin-down',
    effect:
      'The distribution’s origins refuse connections (`down: true`: the viewer answers 502) or work again (`down: false`).',
    fields: [req('distributionId', 'string'), req('down', 'boolean')],
    example: { kind: 'origin-down', distributionId: 'EDFDVBD6EXAMPLE', down: true }
  },
  {
    kind: 'role-not-ready',
    effect:
      'CreateFunction and UpdateFunctionConfiguration with the role (`roleArn`, else any) fail with `InvalidParameterValueException` "The role defined for the function cannot be assumed by Lambda.", as for a role IAM has not propagated yet: the next `count` calls, or for `seconds` (give at least one). A role seeded with `usableInMs` behaves so on its own.',
    fields: [opt('roleArn', 'string'), opt('count', 'count'), opt('seconds', 'count')],
    example: { kind: 'role-not-ready', count: 3 },
    rule: (f) =>
      f.count === undefined && f.seconds === undefined
        ? "missing required field 'count' or 'seconds' (give at least one)"
        : undefined
  },
  {
    kind: 'refuse-invalidations',
    effect:
      'CreateInvalidation on the distribution fails with `error` (default `AccessDenied`, 403; `TooManyInvalidationsInProgress`, 400), the next `count` times or until cleared. Apart from this fault the emulator refuses with `TooManyInvalidationsInProgress` what CloudFront refuses: more than 15 wildcard paths or 3,000 file paths in progress.',
    fields: [
      req('distributionId', 'string'),
      opt('error', INVALIDATION_REFUSALS),
      opt('count', 'count')
    ],
    example: {
      kind: 'refuse-invalidations',
      distributionId: 'EDFDVBD6EXAMPLE',
      error: 'TooManyInvalidationsInProgress'
    }
  }
]

/** A fault the emulator refuses (HTTP 400 from the admin API, a start error from a state file). */
export class FaultError extends Error {
  override name = 'FaultError'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function typeProblem(type: FaultFieldType, value: unknown): string | undefined {
  if (Array.isArray(type))
    return typeof value === 'string' && type.includes(value)
      ? undefined
      : `one of ${type.join(', ')}`
  if (type === 'count')
    return Number.isInteger(value) && (value as number) >= 1 ? undefined : 'a whole number ≥ 1'
  return typeof value === type ? undefined : `a ${type}`
}

const fieldList = (fields: readonly FaultField[]) =>
  fields.length === 0 ? 'none' : fields.map((f) => f.name).join(', ')

/**
 * Checks a fault against the table: known kind, every required field present, each field of
 * its type, no unknown field (a typo would otherwise be a fault that silently does nothing).
 * `where` prefixes the message (e.g. `faults[2]`).
 */
export function checkFault(value: unknown, where = 'fault'): Fault {
  const known = FAULT_KINDS.map((k) => k.kind).join(', ')
  if (!isRecord(value))
    throw new FaultError(
      `${where}: expected a JSON object such as ${JSON.stringify(FAULT_KINDS[0]?.example)}`
    )
  if (value.kind === undefined)
    throw new FaultError(`${where}: missing required field 'kind' (one of ${known})`)
  const spec = FAULT_KINDS.find((k) => k.kind === value.kind)
  if (!spec)
    throw new FaultError(`${where}: unknown kind ${JSON.stringify(value.kind)} (one of ${known})`)
  const label = `${where} (${spec.kind})`
  for (const field of spec.fields) {
    if (field.required && value[field.name] === undefined) {
      const required = spec.fields.filter((f) => f.required)
      throw new FaultError(
        `${label}: missing required field '${field.name}' (required: ${fieldList(required)}); e.g. ${JSON.stringify(spec.example)}`
      )
    }
  }
  for (const [name, fieldValue] of Object.entries(value)) {
    if (name === 'kind') continue
    const field = spec.fields.find((f) => f.name === name)
    if (!field)
      throw new FaultError(
        `${label}: unknown field '${name}' (fields of ${spec.kind}: ${fieldList(spec.fields)})`
      )
    const problem = typeProblem(field.type, fieldValue)
    if (problem) throw new FaultError(`${label}: field '${name}' must be ${problem}`)
  }
  const broken = spec.rule?.(value)
  if (broken) throw new FaultError(`${label}: ${broken}; e.g. ${JSON.stringify(spec.example)}`)
  return { ...value } as Fault
}

function fieldCell(fields: readonly FaultField[]): string {
  if (fields.length === 0) return '—'
  return fields
    .map((f) => {
      const type = Array.isArray(f.type)
        ? f.type.join(' \\| ')
        : f.type === 'count'
          ? 'number ≥ 1'
          : f.type
      return `\`${f.name}\` (${type})`
    })
    .join(', ')
}

/** The README's fault table and one copyable curl line per kind (regenerated, tested equal). */
export function renderFaultDocs(port = 4580): string {
  const rows = FAULT_KINDS.map(
    (k) =>
      `| \`${k.kind}\` | ${fieldCell(k.fields.filter((f) => f.required))} | ${fieldCell(k.fields.filter((f) => !f.required))} | ${k.effect} |`
  )
  const curls = FAULT_KINDS.map(
    (k) =>
      `curl -sS -X POST http://127.0.0.1:${port}/__emulator/faults -d '${JSON.stringify(k.example)}'`
  )
  return [
    '| kind | required fields | optional fields | effect |',
    '|---|---|---|---|',
    ...rows,
    '',
    '```sh',
    ...curls,
    `curl -sS http://127.0.0.1:${port}/__emulator/faults             # list the active faults`,
    `curl -sS -X DELETE http://127.0.0.1:${port}/__emulator/faults   # clear them all`,
    '```'
  ].join('\n')
}
