// The fault API over HTTP: every kind of the one fault table is accepted with its README example,
// listed by GET, cleared by DELETE without a restart, and a fault lacking a required field is
// refused with a 400 that names the field (the state file refuses it the same way).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator } from '../../src/emulator/index.js'
import { FAULT_KINDS } from '../../src/emulator/faults.js'
import { DIST, ROLE, siteState, startWithClients, updateConfig, type Clients } from './helpers.js'

let c: Clients
beforeAll(async () => {
  c = await startWithClients({
    state: {
      ...siteState({ defaultBehavior: { viewerProtocolPolicy: 'allow-all' } }),
      functions: [{ name: 'site-headers', role: ROLE }]
    }
  })
})
afterAll(() => c.emulator.close())
beforeEach(async () => {
  await faults('DELETE')
})

async function faults(
  method: 'GET' | 'POST' | 'DELETE',
  body?: unknown
): Promise<{ status: number; json: { faults?: unknown[]; message?: string } }> {
  const response = await fetch(`${c.emulator.endpoint}/__emulator/faults`, {
    method,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
  return { status: response.status, json: (await response.json()) as never }
}

describe('POST /__emulator/faults', () => {
  it.each(FAULT_KINDS.map((k) => [k.kind, k.example] as const))(
    'accepts the README example of %s and lists it',
    async (kind, example) => {
      const posted = await faults('POST', example)
      expect(posted.status).toBe(200)
      const listed = await faults('GET')
      expect(listed.json.faults).toContainEqual(expect.objectContaining(example))
      expect(listed.json.faults?.every((f) => (f as { kind: string }).kind === kind)).toBe(true)
    }
  )

  const missing = FAULT_KINDS.flatMap((k) =>
    k.fields.filter((f) => f.required).map((f) => [k.kind, f.name, k.example] as const)
  )
  it.each(missing)('refuses %s without %s (400 naming the field)', async (kind, field, example) => {
    const incomplete: Record<string, unknown> = { ...example }
    delete incomplete[field]
    const answer = await faults('POST', incomplete)
    expect(answer.status).toBe(400)
    expect(answer.json.message).toContain(`(${kind}): missing required field '${field}'`)
    expect((await faults('GET')).json.faults).toEqual([])
  })

  it('refuses no kind, an unknown kind, an unknown field, a wrong type and non-JSON', async () => {
    const cases: [unknown, RegExp][] = [
      [{ count: 1 }, /missing required field 'kind' \(one of throttle, concurrent-write/],
      [{ kind: 'slow' }, /unknown kind "slow"/],
      [{ kind: 'throttle', count: 1, servce: 'lambda' }, /unknown field 'servce'/],
      [{ kind: 'throttle', count: 0 }, /field 'count' must be a whole number ≥ 1/],
      [{ kind: 'throttle', count: 1, service: 's3' }, /must be one of cloudfront, lambda, iam/],
      [{ kind: 'origin-down', distributionId: DIST, down: 'yes' }, /'down' must be a boolean/],
      [
        { kind: 'role-not-ready' },
        /\(role-not-ready\): missing required field 'count' or 'seconds'/
      ],
      ['{not json', /not JSON/]
    ]
    for (const [body, message] of cases) {
      const answer = await faults('POST', body)
      expect([answer.status, answer.json.message]).toEqual([400, expect.stringMatching(message)])
    }
  })

  it('refuses a fault naming a distribution that does not exist', async () => {
    const answer = await faults('POST', { kind: 'stuck-deployment', distributionId: 'ENOPE' })
    expect(answer.status).toBe(400)
    expect(answer.json.message).toMatch(/no distribution ENOPE/)
  })
})

describe('GET and DELETE /__emulator/faults', () => {
  it('lists every active fault and clears them all without a restart', async () => {
    for (const kind of FAULT_KINDS) await faults('POST', kind.example)
    expect((await faults('GET')).json.faults).toHaveLength(FAULT_KINDS.length)
    const cleared = await faults('DELETE')
    expect(cleared).toEqual({ status: 200, json: { faults: [] } })
    expect((await faults('GET')).json.faults).toEqual([])
    // Cleared means gone: the throttle no longer bites and the origin answers again.
    const distribution = await fetch(`${c.emulator.endpoint}/2020-05-31/distribution/${DIST}`)
    expect(distribution.status).toBe(200)
    expect((await fetch(`${c.emulator.viewers[DIST]}/`)).status).toBe(200)
  })

  it('clearing a stuck deployment lets it complete', async () => {
    await faults('POST', { kind: 'stuck-deployment', distributionId: DIST })
    await updateConfig(c, (config) => (config.Comment = 'held'))
    expect(c.emulator.state().distributions[0]?.status).toBe('InProgress')
    await faults('DELETE')
    expect(c.emulator.state().distributions[0]?.status).toBe('Deployed')
  })
})

it('a state file fault lacking a required field stops the start, naming the field', async () => {
  await expect(
    startEmulator({
      state: { ...siteState(), faults: [{ kind: 'origin-down', down: true } as never] }
    })
  ).rejects.toThrow(/faults\[0\] \(origin-down\): missing required field 'distributionId'/)
})
