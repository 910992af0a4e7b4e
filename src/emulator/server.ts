// The control-plane server: one loopback HTTP endpoint for CloudFront (/2020-05-31/...),
// Lambda (/2015-03-31/functions...), IAM (POST / with a query-protocol form) and the
// emulator's own admin routes (/__emulator/...). Requests are not authenticated: any
// SigV4-signed (or unsigned) request is accepted.
import http from 'node:http'
import type net from 'node:net'
import { handleCloudFront, isCloudFrontRequest, type CloudFrontContext } from './cloudfront-api.js'
import { handleIam, isIamRequest } from './iam-api.js'
import { handleLambda, isLambdaRequest, type LambdaContext } from './lambda-api.js'
import { snapshot } from './snapshot.js'
import type { EmulatedService } from './types.js'
import type { ApiRequest, ServiceAnswer, WireResponse } from './wire.js'

export interface ControlServer {
  port: number
  close(): Promise<void>
}

export interface ControlContext extends CloudFrontContext, LambdaContext {
  caPem: string
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => done(Buffer.concat(chunks)))
    req.on('error', fail)
  })
}

function jsonResponse(status: number, value: unknown): WireResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: value === undefined ? '' : JSON.stringify(value, null, 2)
  }
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
}

/** GET/DELETE /__emulator/calls, GET /__emulator/state, GET/POST/DELETE /__emulator/faults, POST /delays, code downloads. */
function handleAdmin(ctx: ControlContext, request: ApiRequest): WireResponse {
  const { store } = ctx
  const route = `${request.method} ${request.path}`
  if (route === 'GET /__emulator/state') return jsonResponse(200, snapshot(store, ctx.viewerDomain))
  if (route === 'GET /__emulator/calls') return jsonResponse(200, store.calls())
  if (route === 'DELETE /__emulator/calls') {
    store.resetCalls()
    return jsonResponse(204, undefined)
  }
  if (route === 'GET /__emulator/ca.pem')
    return { status: 200, headers: { 'content-type': 'application/x-pem-file' }, body: ctx.caPem }
  if (route === 'GET /__emulator/faults') return jsonResponse(200, { faults: store.activeFaults() })
  if (route === 'DELETE /__emulator/faults') {
    store.clearFaults()
    return jsonResponse(200, { faults: store.activeFaults() })
  }
  if (route === 'POST /__emulator/faults') {
    const body = parseJson(request.body)
    if (body === undefined)
      return jsonResponse(400, {
        message: 'the fault must be a JSON object (the body is not JSON)'
      })
    try {
      store.injectFault(body as never)
    } catch (error) {
      // A malformed fault, or one naming a distribution or function that does not exist.
      return jsonResponse(400, { message: (error as Error).message })
    }
    return jsonResponse(200, { faults: store.activeFaults() })
  }
  if (route === 'POST /__emulator/delays') {
    const delays = parseJson(request.body)
    if (!delays || typeof delays !== 'object')
      return jsonResponse(400, { message: 'expected a JSON object of delays in ms' })
    store.setDelays(delays as Record<string, number>)
    return jsonResponse(200, store.delays)
  }
  const code = /^\/__emulator\/code\/([^/]+)\/([^/]+)\.zip$/.exec(request.path)
  if (request.method === 'GET' && code) {
    const fn = store.functions.get(decodeURIComponent(code[1] as string))
    const qualifier = decodeURIComponent(code[2] as string)
    const zip =
      qualifier === '$LATEST' ? fn?.code : fn?.versions.find((v) => v.version === qualifier)?.code
    if (!zip) return jsonResponse(404, { message: 'no such function code' })
    return { status: 200, headers: { 'content-type': 'application/zip' }, body: zip.zip }
  }
  return jsonResponse(404, { message: `no emulator route ${route}` })
}

async function dispatch(ctx: ControlContext, request: ApiRequest): Promise<WireResponse> {
  if (request.path.startsWith('/__emulator/')) return handleAdmin(ctx, request)
  let service: EmulatedService
  let answer: ServiceAnswer
  if (isCloudFrontRequest(request)) {
    service = 'cloudfront'
    answer = await handleCloudFront(ctx, request)
  } else if (isLambdaRequest(request)) {
    service = 'lambda'
    answer = await handleLambda(ctx, request)
  } else if (isIamRequest(request)) {
    service = 'iam'
    answer = handleIam(ctx.store, request)
  } else {
    return jsonResponse(404, {
      message: `the emulator serves CloudFront, Lambda and IAM only, not ${request.method} ${request.path}`
    })
  }
  ctx.store.record({
    service,
    operation: answer.operation,
    mutating: answer.mutating,
    status: answer.response.status,
    at: new Date(ctx.store.now()).toISOString()
  })
  return answer.response
}

export async function startControlServer(
  ctx: ControlContext,
  host: string,
  port: number
): Promise<ControlServer> {
  const server = http.createServer((req, res) => {
    readBody(req)
      .then(async (body) => {
        const url = new URL(req.url ?? '/', 'http://emulator')
        const headers: Record<string, string | undefined> = {}
        for (const [name, value] of Object.entries(req.headers)) {
          headers[name] = Array.isArray(value) ? value.join(', ') : value
        }
        const response = await dispatch(ctx, {
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers,
          body
        })
        const payload =
          typeof response.body === 'string' ? Buffer.from(response.body) : response.body
        res.writeHead(response.status, {
          ...response.headers,
          'content-length': String(payload.byteLength)
        })
        res.end(payload)
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error)
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: `emulator error: ${message}` }))
      })
  })
  await new Promise<void>((ready, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => ready())
  })
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}
