// Structural validation with ajv against POLICY_SCHEMA, with ajv's errors rewritten as
// messages a person can act on and placed at the offending key or value.
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import type { DiagnosticList } from '../diagnostics.js'
import { validate as generatedValidator } from './schema-validator.generated.js'
import type { PathSegment, PolicySource } from './source.js'
import { lostIndentHint } from './indent.js'
import { didYouMean } from '../suggest.js'

// Compiled from POLICY_SCHEMA at build time (scripts/generate-schema-validator.ts): the
// schema is ours, the user's data is only ever compared.
const validator = generatedValidator as unknown as ValidateFunction

export function checkSchema(source: PolicySource, out: DiagnosticList): void {
  if (validator(source.data)) return
  for (const error of validator.errors ?? []) report(error, source, out)
}

/** `/headers/a~1b/0` -> ['headers', 'a/b', 0] */
export function decodePointer(pointer: string): PathSegment[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part))
}

/** `headers.x-frame-options.when` or `paths[2].match`, for messages. */
export function displayPath(path: readonly PathSegment[]): string {
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
    .join('')
}

/** A short, safe description of a value for a message: never `[object Object]`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty (null)'
  if (typeof value === 'string') return `the string "${truncate(value)}"`
  if (typeof value === 'number') return `the number ${value}`
  if (typeof value === 'boolean') return `${value}`
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return typeof value
}

function truncate(text: string): string {
  const safe = JSON.stringify(text).slice(1, -1)
  return safe.length > 60 ? `${safe.slice(0, 57)}...` : safe
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
  array: 'a list',
  object: 'a mapping'
}

function typeList(types: unknown): string {
  const list = (Array.isArray(types) ? types : [types]).map(
    (t) => TYPE_NAMES[String(t)] ?? String(t)
  )
  return list.length <= 1
    ? (list[0] ?? 'valid')
    : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`
}

function report(error: ErrorObject, source: PolicySource, out: DiagnosticList): void {
  const path = decodePointer(error.instancePath)
  const where = path.length === 0 ? 'the policy' : `'${displayPath(path)}'`
  const params = error.params as Record<string, unknown>
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>
  const value = error.data
  const valuePos = source.posOf(path)
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty)
      const pos =
        path.length === 0 ? { file: source.file, line: 1, col: 1 } : source.posOf(path, 'key')
      const hint = missing === 'version' ? ": add 'version: 1'" : ''
      out.error('schema-required', `${where} is missing the required key '${missing}'${hint}`, pos)
      return
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const known = Object.keys((parent.properties as Record<string, unknown> | undefined) ?? {})
      const context = path.length === 0 ? 'at the top level' : `in ${where}`
      const allowed = known.length > 0 && known.length <= 8 ? ` (allowed: ${known.join(', ')})` : ''
      const suggestion =
        key === 'directives' && known.includes('value')
          ? ": 'directives' is only for content-security-policy; give this header a 'value'"
          : didYouMean(key, known)
      const pos = source.posOf([...path, key], 'key')
      const lost = suggestion ? undefined : lostIndentHint(source.text, pos.line)
      out.error(
        'schema-unknown-key',
        `unknown key '${key}' ${context}${lost ? `; ${lost}` : suggestion || allowed}`,
        pos
      )
      return
    }
    case 'type':
      out.error(
        'schema-type',
        `${where} must be ${typeList(params.type)}, not ${describeValue(value)}`,
        valuePos
      )
      return
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => String(v))
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : ''
      out.error(
        'schema-enum',
        `${where} must be one of ${allowed.join(', ')}, not ${describeValue(value)}${hint}`,
        valuePos
      )
      return
    }
    case 'const':
      out.error(
        'schema-enum',
        `${where} must be ${JSON.stringify(params.allowedValue)}, not ${describeValue(value)}`,
        valuePos
      )
      return
    case 'pattern': {
      const expected =
        typeof parent.title === 'string' ? parent.title : `text matching ${String(params.pattern)}`
      out.error(
        'schema-pattern',
        `${where} must be ${expected}, not ${describeValue(value)}`,
        valuePos
      )
      return
    }
    case 'minimum':
    case 'maximum': {
      const bound = error.keyword === 'minimum' ? 'at least' : 'at most'
      out.error(
        'schema-range',
        `${where} must be ${bound} ${String(params.limit)}, not ${describeValue(value)}`,
        valuePos
      )
      return
    }
    case 'minLength':
      out.error('schema-empty', `${where} must not be empty`, valuePos)
      return
    case 'minItems':
    case 'minProperties':
      out.error('schema-empty', `${where} must not be empty`, valuePos)
      return
    default:
      out.error('schema', `${where} ${error.message ?? 'is not valid'}`, valuePos)
  }
}
