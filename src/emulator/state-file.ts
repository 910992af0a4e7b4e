// The seed state: read from a YAML/JSON file or given as an object, checked for shape, and
// the default world (one distribution in front of examples/site/) when none is given.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { InputError } from '../errors.js'
import { checkFault } from './faults.js'
import { ACCOUNT_ID } from './store.js'
import type { EmulatorStateInput } from './types.js'

export const DEFAULT_DISTRIBUTION_ID = 'EDFDVBD6EXAMPLE'
export const DEFAULT_ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/headerguard-edge`

/**
 * Without --state: the example site behind one distribution, Deployed, no associations. Its
 * behaviors allow plain HTTP (CloudFront's own default), so the viewer URL the emulator prints
 * serves pages to any client; the demo asks for redirect-to-https, as a hardened site would.
 */
export function defaultState(
  viewerProtocolPolicy: 'allow-all' | 'redirect-to-https' = 'allow-all'
): EmulatorStateInput {
  return {
    distributions: [
      {
        id: DEFAULT_DISTRIBUTION_ID,
        comment: 'headerguard example site',
        origins: [{ id: 'example-site', folder: 'examples/site' }],
        defaultBehavior: { viewerProtocolPolicy },
        behaviors: [
          {
            pathPattern: '/assets/*',
            viewerProtocolPolicy,
            defaultTtl: 604800
          }
        ]
      }
    ],
    roles: [{ arn: DEFAULT_ROLE_ARN, trust: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'] }]
  }
}

function fail(source: string, message: string): never {
  throw new InputError(`${source}: ${message}`)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Shape checks that catch typos early; the detailed rules are the API's. */
export function checkStateInput(value: unknown, source: string): EmulatorStateInput {
  if (value === null || value === undefined) return {}
  if (!isRecord(value))
    fail(source, 'the state must be a mapping with distributions, functions, roles, delays, faults')
  const known = new Set(['distributions', 'functions', 'roles', 'delays', 'faults'])
  for (const key of Object.keys(value)) {
    if (!known.has(key))
      fail(source, `unknown top-level key '${key}' (expected one of ${[...known].join(', ')})`)
  }
  for (const key of ['distributions', 'functions', 'roles', 'faults']) {
    if (value[key] !== undefined && !Array.isArray(value[key]))
      fail(source, `'${key}' must be a list`)
  }
  const state = value as EmulatorStateInput
  state.distributions?.forEach((d, i) => {
    if (!isRecord(d) || typeof d.id !== 'string') fail(source, `distributions[${i}] needs an id`)
    if (!Array.isArray(d.origins) || d.origins.length === 0)
      fail(source, `distributions[${i}] (${d.id}) needs at least one origin`)
    const unmodeled: unknown = d.unmodeledXml
    if (
      unmodeled !== undefined &&
      (!isRecord(unmodeled) || Object.values(unmodeled).some((v) => typeof v !== 'string'))
    )
      fail(source, `distributions[${i}].unmodeledXml must map element paths to XML text`)
    d.origins.forEach((o, j) => {
      if (!isRecord(o) || typeof o.id !== 'string')
        fail(source, `distributions[${i}].origins[${j}] needs an id`)
      if ((o.folder === undefined) === (o.url === undefined)) {
        fail(
          source,
          `distributions[${i}].origins[${j}] (${o.id}) needs exactly one of folder or url`
        )
      }
    })
  })
  state.functions?.forEach((f, i) => {
    if (!isRecord(f) || typeof f.name !== 'string') fail(source, `functions[${i}] needs a name`)
  })
  state.roles?.forEach((r, i) => {
    if (!isRecord(r) || typeof r.arn !== 'string') fail(source, `roles[${i}] needs an arn`)
  })
  state.faults?.forEach((f, i) => {
    try {
      checkFault(f, `faults[${i}]`)
    } catch (error) {
      fail(source, (error as Error).message)
    }
  })
  if (state.delays !== undefined && !isRecord(state.delays))
    fail(source, `'delays' must be a mapping`)
  return state
}

/** Reads a state file (YAML or JSON; JSON is YAML). */
export function loadStateFile(path: string, cwd: string): EmulatorStateInput {
  const full = resolve(cwd, path)
  let text: string
  try {
    text = readFileSync(full, 'utf8')
  } catch (error) {
    throw new InputError(`cannot read the emulator state file ${full}: ${(error as Error).message}`)
  }
  let value: unknown
  try {
    value = parseYaml(text)
  } catch (error) {
    throw new InputError(`${full}: not valid YAML or JSON: ${(error as Error).message}`)
  }
  return checkStateInput(value, full)
}
