// A viewer endpoint: one loopback port that speaks plain HTTP and HTTPS. The first byte of a
// connection decides: 0x16 (a TLS handshake record) goes to the HTTPS server, anything else
// to the HTTP one, so `http://` and `https://` URLs for the same host:port both work.
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import type { EdgeResponse } from './edge-pages.js'
import type { ViewerRequest } from './edge.js'
import { EMULATOR_CA_PEM, EMULATOR_LEAF_CERT_PEM, EMULATOR_LEAF_KEY_PEM } from './tls-material.js'

export type ViewerHandler = (request: ViewerRequest) => Promise<EdgeResponse>

export interface ViewerServer {
  port: number
  close(): Promise<void>
}

const TLS_HANDSHAKE = 0x16

function rawPairs(raw: string[]): [string, string][] {
  const pairs: [string, string][] = []
  for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i] as string, raw[i + 1] as string])
  return pairs
}

function requestListener(
  protocol: 'http' | 'https',
  handle: ViewerHandler,
  onError: (e: unknown) => void
) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    req.resume()
    const viewer: ViewerRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: rawPairs(req.rawHeaders),
      protocol,
      host: req.headers.host ?? '',
      clientIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '')
    }
    handle(viewer)
      .then((response) => {
        res.writeHead(response.status, response.statusText, response.headers.flat())
        res.end(response.body)
      })
      .catch((error: unknown) => {
        onError(error)
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
        res.end('emulator error\n')
      })
  }
}

export async function startViewer(
  host: string,
  handle: ViewerHandler,
  onError: (error: unknown) => void = () => undefined
): Promise<ViewerServer> {
  const plain = http.createServer(requestListener('http', handle, onError))
  const secure = https.createServer(
    { key: EMULATOR_LEAF_KEY_PEM, cert: `${EMULATOR_LEAF_CERT_PEM}\n${EMULATOR_CA_PEM}` },
    requestListener('https', handle, onError)
  )
  for (const server of [plain, secure]) server.keepAliveTimeout = 5000
  const sockets = new Set<net.Socket>()
  const front = net.createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    socket.once('data', (first: Buffer) => {
      socket.pause()
      socket.unshift(first)
      const target = first[0] === TLS_HANDSHAKE ? secure : plain
      target.emit('connection', socket)
      process.nextTick(() => socket.resume())
    })
  })
  await new Promise<void>((ready, fail) => {
    front.once('error', fail)
    front.listen(0, host, () => ready())
  })
  const port = (front.address() as net.AddressInfo).port
  return {
    port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy()
        plain.closeAllConnections()
        secure.closeAllConnections()
        front.close(() => done())
      })
  }
}
