// The SDK clients' logger: the SDK's warnings reach stderr; its per-command lines (inputs,
// outputs, failed commands) never do. Given explicitly, since the SDK tells its default logger
// by class name and the minified bundle does not keep class names.
import { afterEach, expect, it, jest } from '@jest/globals'
import { createAwsClients } from '../../src/aws/clients.js'

afterEach(() => {
  jest.restoreAllMocks()
})

it('passes SDK warnings to stderr and keeps per-command logging silent', async () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
  const error = jest.spyOn(console, 'error').mockImplementation(() => {})
  const info = jest.spyOn(console, 'info').mockImplementation(() => {})
  const log = jest.spyOn(console, 'log').mockImplementation(() => {})
  const clients = createAwsClients()
  for (const client of [clients.cloudfront, clients.lambda, clients.iam]) {
    const logger = client.config.logger
    expect(logger.constructor.name).not.toBe('NoOpLogger')
    logger.warn('socket usage at capacity')
    logger.info({ input: { secret: 's' } })
    logger.debug('debug')
    logger.error({ commandName: 'GetFunctionCommand' })
  }
  expect(warn).toHaveBeenCalledTimes(3)
  expect(warn).toHaveBeenCalledWith('socket usage at capacity')
  expect(info).not.toHaveBeenCalled()
  expect(log).not.toHaveBeenCalled()
  expect(error).not.toHaveBeenCalled()
})
