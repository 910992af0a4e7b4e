// "What would the edge do" for a response already fetched from the live site: plan mode runs
// every live response through the new package's handler (from the zip, via the one runner) and
// applies Lambda@Edge's own validation, so a pull request is judged on what the site will serve
// after the deploy — including the 502 CloudFront would give — not on what it serves today.
import { makeOriginResponseEvent } from './cloudfront-event.js'
import { validateOriginResponseResult } from './edge-validation.js'
import { openEdgeZip } from './runner.js'

/** A response as plain data: lowercase header names, every instance's value. */
export interface PlainResponse {
  status: number
  headers: Record<string, string[]>
}

export interface PreviewedResponse extends PlainResponse {
  /** Why CloudFront would not serve the function's result (it answers 502/503 instead). */
  rejected?: string
}

export interface EdgePreview {
  apply(uri: string, response: PlainResponse): Promise<PreviewedResponse>
  close(): Promise<void>
}

/** CloudFront's own answer when the function's result is unusable, as the emulator serves it. */
function cloudFrontError(status: 502 | 503, xCache: string, reason: string): PreviewedResponse {
  return {
    status,
    headers: { 'content-type': ['text/html'], 'x-cache': [`${xCache} from cloudfront`] },
    rejected: reason
  }
}

export async function openEdgePreview(zip: Uint8Array): Promise<EdgePreview> {
  const edge = await openEdgeZip(zip, { isolated: true })
  return {
    async apply(uri, response) {
      const pairs = Object.entries(response.headers).flatMap(([name, values]) =>
        values.map((value): [string, string] => [name, value])
      )
      const event = makeOriginResponseEvent({ uri, status: response.status, headers: pairs })
      const before = event.Records[0]?.cf.response
      const run = await edge.invoke(event)
      if (!run.response || !before) {
        return cloudFrontError(
          503,
          'LambdaExecutionError',
          run.error ?? 'the function returned nothing'
        )
      }
      const problems = validateOriginResponseResult(before, run.response)
      if (problems.length > 0)
        return cloudFrontError(502, 'LambdaValidationError', problems.join('; '))
      // Names come from the site: a null prototype keeps `constructor`/`__proto__` as data.
      const headers = Object.create(null) as Record<string, string[]>
      for (const [name, entries] of Object.entries(run.response.headers ?? {})) {
        headers[name] = entries.map((entry) => entry.value)
      }
      return { status: Number(run.response.status), headers }
    },
    close: () => edge.close()
  }
}
