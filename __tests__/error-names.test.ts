// The bundles are minified without keeping function names (scripts/bundle.mjs), so an error
// class that does not name itself in a field would show a mangled name in stack traces and
// logs. Every error class in src/ must write its own name out.
import { expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []
  )
}

const ERROR_CLASS = /^(?:export )?class (\w+) extends (\w*Error) \{([\s\S]*?)^\}/gm

const classes = sources('src').flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(ERROR_CLASS)].map((m) => ({
    file,
    name: m[1]!,
    body: m[3]!
  }))
)

it('finds the error classes of src/', () => {
  expect(classes.map((c) => c.name)).toEqual(
    expect.arrayContaining(['HeaderguardError', 'InputError', 'AwsError', 'ConnectionError'])
  )
})

it.each(classes.map((c) => [c.name, c.file, c.body] as const))(
  '%s (%s) names itself',
  (name, _file, body) => {
    // ApiError is named after the AWS error code it carries. A name read from the class itself
    // (new.target.name, this.constructor.name) is what minifying mangles.
    const ownName =
      body.includes(`override name = '${name}'`) ||
      (name === 'ApiError' && /this\.name = code\b/.test(body))
    expect(ownName).toBe(true)
    expect(body).not.toMatch(/new\.target|this\.constructor/)
  }
)
