// The emulated edge: deployed configuration only, origin-response functions from their zips,
// Lambda@Edge validation, caching and invalidation, origin failures, HTTPS on the viewer port.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CreateInvalidationCommand } from '@aws-sdk/client-cloudfront'
import { UpdateFunctionCodeCommand, PublishVersionCommand } from '@aws-sdk/client-lambda'
import https from 'node:https'
import {
  DIST,
  addHeaderZip,
  associate,
  handlerZip,
  publish,
  siteState,
  startWithClients,
  type Clients,
  SLOW_MS
} from './helpers.js'

let c: Clients
let viewer: string
beforeAll(async () => {
  c = await startWithClients({
    state: siteState({
      defaultBehavior: { viewerProtocolPolicy: 'allow-all' },
      behaviors: [{ pathPattern: '/assets/*', viewerProtocolPolicy: 'redirect-to-https' }]
    })
  })
  viewer = c.emulator.viewers[DIST] as string
})
afterAll(() => c.emulator.close())

async function get(path: string) {
  const response = await fetch(`${viewer}${path}`, { redirect: 'manual' })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

async function invalidate(paths: string[]) {
  await c.cloudfront.send(
    new CreateInvalidationCommand({
      DistributionId: DIST,
      InvalidationBatch: {
        CallerReference: `inv-${Math.random()}`,
        Paths: { Quantity: paths.length, Items: paths }
      }
    })
  )
}

describe('the origin through the edge', () => {
  it('serves the S3-like origin with CloudFront headers; a missing key is S3 404 XML', async () => {
    const page = await get('/robots.txt')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/plain')
    expect(page.headers.get('server')).toBe('AmazonS3')
    expect(page.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/)
    expect(page.headers.get('x-amz-request-id')).toMatch(/^[0-9A-F]{16}$/)
    expect(page.headers.get('x-cache')).toBe('Miss from cloudfront')
    expect(page.headers.get('via')).toMatch(/^1\.1 [0-9a-f]{32}\.cloudfront\.net \(CloudFront\)$/)
    expect(page.headers.get('x-amz-cf-pop')).toBe('LOC50-P1')
    expect(page.headers.get('x-amz-cf-id')).toMatch(/==$/)
    const again = await get('/robots.txt')
    expect(again.headers.get('x-cache')).toBe('Hit from cloudfront')
    expect(again.headers.get('age')).toMatch(/^\d+$/)
    const missing = await get('/missing-page')
    expect(missing.status).toBe(404)
    expect(missing.body).toContain('<Code>NoSuchKey</Code>')
    expect(missing.headers.get('x-cache')).toBe('Error from cloudfront')
  })

  it('picks the cache behavior by path pattern: /assets/* redirects plain HTTP to HTTPS', async () => {
    const redirect = await get('/assets/app.css')
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe(
      `${viewer.replace('http:', 'https:')}/assets/app.css`
    )
    expect(redirect.headers.get('x-cache')).toBe('Redirect from cloudfront')
    expect((await get('/index.html')).status).toBe(200)
  })

  it('speaks HTTPS on the same port with a certificate that chains to caFile', async () => {
    const url = new URL(`${viewer.replace('http:', 'https:')}/assets/app.css`)
    const { status, type } = await new Promise<{ status?: number; type?: string }>((done, fail) => {
      https
        .get(url, { ca: c.emulator.caPem }, (res) => {
          res.resume()
          res.on('end', () => done({ status: res.statusCode, type: res.headers['content-type'] }))
        })
        .on('error', fail)
    })
    expect(status).toBe(200)
    expect(type).toBe('text/css')
    const untrusted = await new Promise<string>((done) => {
      https
        .get(url, (res) => done(`status ${res.statusCode}`))
        .on('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message))
    })
    expect(untrusted).toMatch(/CERT|SELF_SIGNED|UNABLE/)
  })
})

describe('origin-response functions', () => {
  it('headers appear only once the distribution is Deployed, and cached objects keep old headers until invalidated', async () => {
    await get('/index.html') // cached without the function
    const arn = await publish(c, 'headers-fn', addHeaderZip('X-Frame-Options', 'DENY'))
    c.emulator.setDelays({ deployMs: SLOW_MS })
    try {
      await associate(c, arn)
      await invalidate(['/about/*'])
      const during = await get('/about/index.html')
      expect(during.headers.get('x-frame-options')).toBeNull()
      c.advance(SLOW_MS)
    } finally {
      c.emulator.setDelays({ deployMs: 0 })
    }
    expect(c.emulator.state().distributions[0]?.deployedOriginResponseArns['*']).toBe(arn)
    const stale = await get('/index.html')
    expect(stale.headers.get('x-cache')).toBe('Hit from cloudfront')
    expect(stale.headers.get('x-frame-options')).toBeNull()
    await invalidate(['/*'])
    const fresh = await get('/index.html')
    expect(fresh.headers.get('x-cache')).toBe('Miss from cloudfront')
    expect(fresh.headers.get('x-frame-options')).toBe('DENY')
    expect((await get('/index.html')).headers.get('x-cache')).toBe('Hit from cloudfront')
    const notFound = await get('/nothing-here')
    expect(notFound.status).toBe(404)
    expect(notFound.headers.get('x-frame-options')).toBe('DENY')
  })

  it('a function that sets via or connection yields 502 LambdaValidationError', async () => {
    for (const [name, fn] of [
      ['via', 'fn-via'],
      ['connection', 'fn-connection']
    ] as const) {
      const arn = await publish(c, fn, addHeaderZip(name, 'x'))
      await associate(c, arn)
      await invalidate(['/*'])
      const response = await get('/index.html')
      expect(response.status).toBe(502)
      expect(response.headers.get('x-cache')).toBe('LambdaValidationError from cloudfront')
      expect(response.body).toContain('The Lambda function result failed validation')
      expect(response.body).toContain(name)
    }
  })

  it('a function that throws yields 503 LambdaExecutionError, and the emulator keeps serving', async () => {
    const arn = await publish(c, 'fn-throws', handlerZip('throw new Error("boom")'))
    await associate(c, arn)
    await invalidate(['/*'])
    const response = await get('/index.html')
    expect(response.status).toBe(503)
    expect(response.headers.get('x-cache')).toBe('LambdaExecutionError from cloudfront')
    const ok = await publish(c, 'fn-fine-again', addHeaderZip('x-ok', 'yes'))
    await associate(c, ok)
    await invalidate(['/*'])
    expect((await get('/index.html')).headers.get('x-ok')).toBe('yes')
  })

  it('a new version is served after re-association and invalidation', async () => {
    const v1 = await publish(c, 'fn-versions', addHeaderZip('x-version', 'one'))
    await associate(c, v1)
    await invalidate(['/*'])
    expect((await get('/index.html')).headers.get('x-version')).toBe('one')
    await c.lambda.send(
      new UpdateFunctionCodeCommand({
        FunctionName: 'fn-versions',
        ZipFile: addHeaderZip('x-version', 'two')
      })
    )
    const v2 = await c.lambda.send(new PublishVersionCommand({ FunctionName: 'fn-versions' }))
    await associate(c, v2.FunctionArn as string)
    await invalidate(['/index.html'])
    expect((await get('/index.html')).headers.get('x-version')).toBe('two')
  })
})

describe('origin failures', () => {
  it('origin-down gives 502 from CloudFront until the origin is back', async () => {
    c.emulator.injectFault({ kind: 'origin-down', distributionId: DIST, down: true })
    await invalidate(['/*'])
    const down = await get('/index.html')
    expect(down.status).toBe(502)
    expect(down.headers.get('x-cache')).toBe('Error from cloudfront')
    expect(down.headers.get('server')).toBe('CloudFront')
    expect(down.body).toContain('Generated by cloudfront (CloudFront)')
    c.emulator.injectFault({ kind: 'origin-down', distributionId: DIST, down: false })
    expect((await get('/index.html')).status).toBe(200)
  })
})
