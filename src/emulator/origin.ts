// Origins the emulated edge fetches from: a local folder answered the way the S3 REST API
// answers GetObject, or a loopback HTTP(S) server. The emulator never leaves the machine.
import { createHash, randomBytes } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import { extname, resolve, sep } from 'node:path'
import type { EdgeOrigin } from './edge-config.js'

export interface OriginResponse {
  kind: 'response'
  status: number
  statusText: string
  /** Wire-cased header pairs in the order the origin sent them. */
  headers: [string, string][]
  body: Buffer
}

/** CloudFront could not get a response: 502 (cannot connect) or 504 (timed out). */
export interface OriginFailure {
  kind: 'failure'
  status: 502 | 504
  reason: string
}

export interface OriginRequest {
  method: string
  /** Path as the viewer sent it (percent-encoded), without the query string. */
  uri: string
  querystring: string
  /** Headers CloudFront forwards (Host, User-Agent, Via, X-Amz-Cf-Id, conditionals). */
  headers: [string, string][]
  viewerProtocol: 'http' | 'https'
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css',
  '.js': 'application/javascript',
  '.mjs': 'application/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf'
}

/** The Content-Type S3 would store for a key uploaded with its type guessed from the extension. */
export function contentTypeFor(key: string): string {
  return CONTENT_TYPES[extname(key).toLowerCase()] ?? 'binary/octet-stream'
}

function s3RequestHeaders(): [string, string][] {
  return [
    ['x-amz-id-2', randomBytes(48).toString('base64')],
    ['x-amz-request-id', randomBytes(8).toString('hex').toUpperCase()],
    ['Date', new Date().toUTCString()]
  ]
}

function s3Error(status: number, code: string, message: string, key: string): OriginResponse {
  const requestHeaders = s3RequestHeaders()
  const body = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><Key>${escapeXml(key)}</Key><RequestId>${requestHeaders[1]?.[1]}</RequestId><HostId>${requestHeaders[0]?.[1]}</HostId></Error>`
  )
  return {
    kind: 'response',
    status,
    statusText: status === 404 ? 'Not Found' : 'Forbidden',
    headers: [
      ...requestHeaders,
      ['Content-Type', 'application/xml'],
      ['Transfer-Encoding', 'chunked'],
      ['Server', 'AmazonS3']
    ],
    body
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * GetObject on a folder "bucket". Missing keys answer 404 NoSuchKey (as for a bucket whose
 * reader may list it; without s3:ListBucket S3 answers 403 AccessDenied instead). Like the
 * S3 REST endpoint (not the website endpoint), a key ending in `/` is not mapped to an index.
 */
export async function fetchFromFolder(
  folder: string,
  originPath: string,
  request: OriginRequest
): Promise<OriginResponse> {
  let key: string
  try {
    key = decodeURIComponent(`${originPath}${request.uri}`).replace(/^\/+/, '')
  } catch {
    return s3Error(400, 'InvalidURI', 'Couldn&#39;t parse the specified URI.', request.uri)
  }
  const root = resolve(folder)
  const file = resolve(root, key)
  if (key === '' || key.endsWith('/') || (file !== root && !file.startsWith(root + sep))) {
    return s3Error(404, 'NoSuchKey', 'The specified key does not exist.', key)
  }
  let body: Buffer
  let modified: Date
  try {
    const info = await stat(file)
    if (!info.isFile()) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.', key)
    body = await readFile(file)
    modified = info.mtime
  } catch {
    return s3Error(404, 'NoSuchKey', 'The specified key does not exist.', key)
  }
  const etag = `"${createHash('md5').update(body).digest('hex')}"`
  const headers: [string, string][] = [
    ...s3RequestHeaders(),
    ['Last-Modified', modified.toUTCString()],
    ['ETag', etag],
    ['x-amz-server-side-encryption', 'AES256'],
    ['Accept-Ranges', 'bytes'],
    ['Content-Type', contentTypeFor(key)],
    ['Server', 'AmazonS3'],
    ['Content-Length', String(body.byteLength)]
  ]
  const ifNoneMatch = request.headers.find(([name]) => name.toLowerCase() === 'if-none-match')?.[1]
  if (ifNoneMatch === etag) {
    return {
      kind: 'response',
      status: 304,
      statusText: 'Not Modified',
      headers: headers.filter(([n]) => n !== 'Content-Length'),
      body: Buffer.alloc(0)
    }
  }
  return {
    kind: 'response',
    status: 200,
    statusText: 'OK',
    headers,
    body: request.method === 'HEAD' ? Buffer.alloc(0) : body
  }
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/

/** A custom origin on this machine, over the protocol OriginProtocolPolicy picks. */
export function fetchFromUrlOrigin(
  origin: EdgeOrigin,
  request: OriginRequest
): Promise<OriginResponse | OriginFailure> {
  if (!LOOPBACK.test(origin.domainName)) {
    return Promise.resolve({
      kind: 'failure',
      status: 502,
      reason: `the emulator reaches only loopback origins, not ${origin.domainName}`
    })
  }
  const useHttps =
    origin.protocolPolicy === 'https-only' ||
    (origin.protocolPolicy === 'match-viewer' && request.viewerProtocol === 'https')
  const transport = useHttps ? https : http
  const path = `${origin.originPath}${request.uri}${request.querystring ? `?${request.querystring}` : ''}`
  return new Promise((done) => {
    const outgoing = transport.request(
      {
        host: origin.domainName.replace(/^\[|\]$/g, ''),
        port: useHttps ? origin.httpsPort : origin.httpPort,
        method: request.method,
        path,
        headers: [...request.headers, ...origin.customHeaders].flat(),
        timeout: origin.readTimeoutSeconds * 1000
      },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('error', (error) =>
          done({ kind: 'failure', status: 502, reason: error.message })
        )
        incoming.on('end', () => {
          const headers: [string, string][] = []
          for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
            headers.push([incoming.rawHeaders[i] as string, incoming.rawHeaders[i + 1] as string])
          }
          done({
            kind: 'response',
            status: incoming.statusCode ?? 502,
            statusText: incoming.statusMessage ?? '',
            headers,
            body: Buffer.concat(chunks)
          })
        })
      }
    )
    outgoing.on('timeout', () => {
      outgoing.destroy()
      done({
        kind: 'failure',
        status: 504,
        reason: `the origin did not answer within ${origin.readTimeoutSeconds} s`
      })
    })
    outgoing.on('error', (error) => done({ kind: 'failure', status: 502, reason: error.message }))
    outgoing.end()
  })
}
