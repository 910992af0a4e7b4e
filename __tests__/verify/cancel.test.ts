// A cancel (SIGINT/SIGTERM) during verification: requests in flight end at once and the run
// throws the CancelledError; the site is never judged unreachable because of it.
import { expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { CancelledError } from '../../src/errors.js'
import { verifySite } from '../../src/verify/site.js'
import { GOOD_HEADERS, makePolicy } from './fixtures.js'

it('ends requests in flight at the cancel and throws it, with the site still not answering', async () => {
  const controller = new AbortController()
  const hung: http.ServerResponse[] = []
  // The site takes the request and never answers; the cancel arrives meanwhile.
  const server = http.createServer((_req, res) => {
    hung.push(res)
    controller.abort(new CancelledError('SIGTERM'))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  const policy = makePolicy({ headers: GOOD_HEADERS })
  try {
    const outcome = await verifySite(policy, {
      urls: [`http://127.0.0.1:${port}/`],
      // Far past the test's own limit: only the cancel can end these requests in time.
      timeoutMs: 600_000,
      signal: controller.signal
    }).then(
      () => 'resolved',
      (error: unknown) => error
    )
    expect(outcome).toBeInstanceOf(CancelledError)
    expect((outcome as CancelledError).signalName).toBe('SIGTERM')
  } finally {
    for (const res of hung) res.destroy()
    await new Promise((done) => server.close(done))
  }
})

it('does not start a request once cancelled', async () => {
  const controller = new AbortController()
  controller.abort(new CancelledError('SIGINT'))
  let requests = 0
  const server = http.createServer((_req, res) => {
    requests++
    res.end()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  const policy = makePolicy({ headers: GOOD_HEADERS })
  try {
    await expect(
      verifySite(policy, { urls: [`http://127.0.0.1:${port}/`], signal: controller.signal })
    ).rejects.toBeInstanceOf(CancelledError)
    expect(requests).toBe(0)
  } finally {
    await new Promise((done) => server.close(done))
  }
})
