// docs/iam-policy.json must allow every AWS call src/aws makes, and nothing it does not make
// (except what AWS checks implicitly), so the README's least-privilege policy stays true.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'

const root = join(import.meta.dirname, '..', '..')
const policy = JSON.parse(readFileSync(join(root, 'docs', 'iam-policy.json'), 'utf8')) as {
  Statement: { Action: string | string[]; Resource: string | string[] }[]
}

/** Not called by us: AWS checks them on our behalf (association, CreateFunction, first association). */
const IMPLICIT = [
  'lambda:EnableReplication*',
  'lambda:DisableReplication*',
  'iam:CreateServiceLinkedRole',
  'iam:PassRole'
]

/** `service:Action` for each `new XCommand(` in src/aws, the service taken from the file's SDK import. */
function actionsSent(): Set<string> {
  const dir = join(root, 'src', 'aws')
  const sent = new Set<string>()
  // Recursive: a command sent from a subfolder of src/aws must be in the policy too.
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'))
  expect(files).toEqual(expect.arrayContaining(['lambda.ts', 'cloudfront.ts']))
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8')
    const serviceOf = new Map<string, string>()
    for (const [, names, service] of source.matchAll(
      /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@aws-sdk\/client-(\w+)'/g
    )) {
      for (const name of (names ?? '').split(',')) serviceOf.set(name.trim(), service ?? '')
    }
    for (const [, command] of source.matchAll(/new (\w+)Command\(/g)) {
      const service = serviceOf.get(`${command}Command`)
      expect(`${file}: ${command}Command from ${service}`).toMatch(/from (lambda|cloudfront|iam)$/)
      sent.add(`${service}:${command}`)
    }
  }
  return sent
}

const listed = policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]))

describe('docs/iam-policy.json', () => {
  it('allows every command src/aws sends', () => {
    const sent = actionsSent()
    expect(sent.size).toBeGreaterThanOrEqual(15)
    expect([...sent].filter((a) => !listed.includes(a))).toEqual([])
  })

  it('lists nothing the code does not send, except what AWS checks implicitly', () => {
    const sent = actionsSent()
    expect(listed.filter((a) => !sent.has(a) && !IMPLICIT.includes(a))).toEqual([])
    for (const implicit of IMPLICIT) expect(listed).toContain(implicit)
  })

  it('scopes resources with the documented placeholders, wildcards only where AWS requires them', () => {
    const resources = policy.Statement.flatMap((s) =>
      Array.isArray(s.Resource) ? s.Resource : [s.Resource]
    )
    const wildcard = policy.Statement.filter((s) => s.Resource === '*').flatMap((s) => s.Action)
    expect(wildcard.sort()).toEqual(['cloudfront:ListDistributions', 'iam:CreateServiceLinkedRole'])
    for (const r of resources.filter((r) => r !== '*')) expect(r).toMatch(/ACCOUNT_ID/)
    expect(resources.join(' ')).toMatch(/FUNCTION_NAME/)
    expect(resources.join(' ')).toMatch(/DISTRIBUTION_ID/)
    expect(resources.join(' ')).toMatch(/ROLE_NAME/)
    expect(
      resources
        .filter((r) => r.startsWith('arn:aws:lambda:'))
        .every((r) => r.includes(':us-east-1:'))
    ).toBe(true)
  })
})
