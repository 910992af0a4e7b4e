// `headerguard emulator [--port N] [--state F]`: runs the embedded CloudFront + Lambda@Edge
// emulator until SIGINT/SIGTERM. Its first stdout line is one JSON object with the endpoint,
// the viewer URL of each distribution and the CA file the viewers' certificate chains to.
import { parseArgs } from 'node:util'
import { InputError, errorMessage } from '../errors.js'
import { startEmulator } from '../emulator/index.js'
import { type CliContext, ExitCode, writeLine } from './context.js'

/** The control-plane port when --port is not given (0 asks for a free one). */
export const DEFAULT_EMULATOR_PORT = 4580

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_EMULATOR_PORT
  const port = Number(text)
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new InputError(`--port must be a port number 0-65535 (0 = any free port), got '${text}'`)
  }
  return port
}

function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((done) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      done(signal)
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
  })
}

export async function emulatorCommand(ctx: CliContext): Promise<number> {
  let values: { port?: string; state?: string }
  try {
    values = parseArgs({
      args: ctx.args,
      options: { port: { type: 'string' }, state: { type: 'string' } },
      strict: true
    }).values
  } catch (error) {
    throw new InputError(
      `${errorMessage(error)}; usage: headerguard emulator [--port N] [--state FILE]`
    )
  }
  const emulator = await startEmulator({
    port: parsePort(values.port),
    state: values.state,
    cwd: ctx.cwd
  })
  const signal = waitForSignal()
  writeLine(
    ctx.stdout,
    JSON.stringify({
      endpoint: emulator.endpoint,
      distributions: emulator.viewers,
      caFile: emulator.caFile
    })
  )
  writeLine(
    ctx.stderr,
    `headerguard emulator: listening on ${emulator.endpoint}; set AWS_ENDPOINT_URL_CLOUDFRONT, AWS_ENDPOINT_URL_LAMBDA and AWS_ENDPOINT_URL_IAM to it and NODE_EXTRA_CA_CERTS=${emulator.caFile}; stop with Ctrl-C`
  )
  const received = await signal
  await emulator.close()
  writeLine(ctx.stderr, `headerguard emulator: stopped (${received})`)
  return ExitCode.ok
}
