import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { AJV_OPTIONS } from '../../src/policy/schema-options.js'
import { POLICY_SCHEMA } from '../../src/policy/schema.js'
import { validate as generated } from '../../src/policy/schema-validator.generated.js'

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null }

function errorsOf(validator: Validator, data: unknown): string[] {
  validator(data)
  return ((validator.errors ?? []) as { instancePath: string; keyword: string }[])
    .map((e) => `${e.instancePath} ${e.keyword}`)
    .sort()
}

describe('the build-time schema validator', () => {
  it('is up to date with src/policy/schema.ts', () => {
    expect(() =>
      execFileSync(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', 'scripts/generate-schema-validator.ts', '--check'],
        {
          stdio: 'pipe'
        }
      )
    ).not.toThrow()
  })

  it('reports exactly what a live ajv compile reports, on every fixture policy', () => {
    const live = new Ajv2020(AJV_OPTIONS).compile(POLICY_SCHEMA) as Validator
    const dirs = ['__tests__/fixtures/policies/bad', '__tests__/fixtures/policies/good', 'examples']
    const files = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .map((f) => join(dir, f))
    )
    expect(files.length).toBeGreaterThan(60)
    let compared = 0
    for (const file of files) {
      let data: unknown
      try {
        data = parse(readFileSync(file, 'utf8'))
      } catch {
        continue // syntax errors never reach the schema
      }
      expect({ file, errors: errorsOf(generated as Validator, data) }).toEqual({
        file,
        errors: errorsOf(live, data)
      })
      compared++
    }
    expect(compared).toBeGreaterThan(50)
  })
})
