// A cancel (SIGINT/SIGTERM) during verification: requests in flight end at once and the run
// throws the CancelledError; the site is never judged unreachable because of it.
import { expect, it } from '@jest/globals'
import { CancelledError } from '../../src/errors.js'
import { verifySite } from '../../src/verify/site.js'
import { startHangingSite } from '../helpers/site-server.js'
import { GOOD_HEADERS, makePolicy } from './fixtures.js'

it('ends requests in flight at the cancel and throws it, with the site still not answering', async () => {
  const controller = new AbortController()
  // The site takes the request and never answers; the cancel arrives meanwhile.
  const site = await startHangingSite(() => controller.abort(new CancelledError('SIGTERM')))
  const policy = makePolicy({ headers: GOOD_HEADERS })
  try {
    const outcome = await verifySite(policy, {
      urls: [site.url],
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
    await site.close()
  }
})

it('does not start a request once cancelled', async () => {
  const controller = new AbortController()
  controller.abort(new CancelledError('SIGINT'))
  const site = await startHangingSite(() => {})
  const policy = makePolicy({ headers: GOOD_HEADERS })
  try {
    await expect(
      verifySite(policy, { urls: [site.url], signal: controller.signal })
    ).rejects.toBeInstanceOf(CancelledError)
    expect(site.requests()).toBe(0)
  } finally {
    await site.close()
  }
})
