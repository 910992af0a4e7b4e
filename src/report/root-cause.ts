// One root cause before the findings: when a whole run's failures follow from one thing —
// CloudFront refusing the edge function's result, a distribution not yet Deployed, a TLS
// failure, a site that does not answer — the report opens with it and its fix, instead of
// fifteen MISSING findings per URL that all say the same.
import type { UrlResult } from '../verify/types.js'
import { resultFailed } from './findings.js'
import type { ReportInput } from './types.js'
import { plural } from './text.js'

export interface RootCause {
  kind: 'edge-rejected' | 'edge-error' | 'not-deployed' | 'tls' | 'unreachable' | 'origin-error'
  /** One line: what happened, where. */
  cause: string
  /** One line: what to do. */
  fix: string
  /** The URLs it explains (their findings are one click away). */
  urls: string[]
}

const TLS = /certificate|self[- ]signed|\bTLS\b|\bSSL\b|UNABLE_TO_VERIFY|ERR_TLS|EPROTO|handshake/i

function xCache(result: UrlResult): string {
  return result.cache?.xCache ?? ''
}

/** A 502/503 CloudFront gives when it cannot use the function's result (or the function failed). */
function edgeFailure(result: UrlResult): 'edge-rejected' | 'edge-error' | undefined {
  if (result.status !== 502 && result.status !== 503) return undefined
  const marker = `${result.edgeRejection ?? ''} ${xCache(result)}`
  if (result.edgeRejection !== undefined && result.status === 502) return 'edge-rejected'
  if (/LambdaValidationError/i.test(marker)) return 'edge-rejected'
  if (/LambdaExecutionError|LambdaLimitExceeded|Lambda/i.test(marker) || result.edgeRejection)
    return 'edge-error'
  return undefined
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** The one cause of every failing URL, when there is one; undefined when findings differ. */
export function rootCause(
  input: Pick<ReportInput, 'verify' | 'outcome' | 'mode'>
): RootCause | undefined {
  const v = input.verify
  if (!v) return undefined
  const failing = v.results.filter(resultFailed)
  if (failing.length === 0) return undefined
  const urls = failing.map((r) => r.url)

  const rejected = failing.filter((r) => edgeFailure(r) === 'edge-rejected')
  if (rejected.length === failing.length) {
    const reason = rejected.find((r) => r.edgeRejection)?.edgeRejection
    const after = input.mode === 'plan' ? 'would answer' : 'answers'
    return {
      kind: 'edge-rejected',
      cause: `CloudFront ${after} 502 (LambdaValidationError) on ${plural(rejected.length, 'URL')}: Lambda@Edge rejects the function's response${reason ? ` — ${reason}` : ''}`,
      fix: 'Lambda@Edge refuses a response whose headers pass 20,480 bytes or that sets a read-only or forbidden header: drop or shorten the headers named above (or those the origin already sends large), then run again',
      urls
    }
  }
  const errored = failing.filter((r) => edgeFailure(r) !== undefined)
  if (errored.length === failing.length) {
    const reason = errored.find((r) => r.edgeRejection)?.edgeRejection
    return {
      kind: 'edge-error',
      cause: `CloudFront answers ${errored[0]?.status} (${xCache(errored[0] as UrlResult) || 'the edge function failed'}) on ${plural(errored.length, 'URL')}${reason ? `: ${reason}` : ''}`,
      fix: 'the edge function threw or timed out: look at its CloudWatch logs in the region of the edge location (log group /aws/lambda/us-east-1.<function>), then run again',
      urls
    }
  }

  const inProgress = input.outcome?.distributions.filter((d) => d.status !== 'Deployed') ?? []
  if (inProgress.length > 0) {
    return {
      kind: 'not-deployed',
      cause: `distribution ${inProgress.map((d) => `${d.id} is ${d.status}`).join(', ')}: the edge may still serve the previous version`,
      fix: 'wait until the distribution is Deployed (raise wait-timeout) and run again; the findings below may be propagation',
      urls
    }
  }

  const unanswered = failing.filter((r) => r.status === null && r.error !== undefined)
  if (unanswered.length === failing.length) {
    const tls = unanswered.filter((r) => TLS.test(r.error ?? ''))
    const hosts = [...new Set(unanswered.map((r) => hostOf(r.url)))].join(', ')
    if (tls.length === unanswered.length) {
      return {
        kind: 'tls',
        cause: `TLS failure at ${hosts}: ${tls[0]?.error}`,
        fix: 'the certificate must be valid for the host and chain to a trusted root (an alternate domain name needs its certificate in ACM us-east-1); for a private CA, set NODE_EXTRA_CA_CERTS',
        urls
      }
    }
    return {
      kind: 'unreachable',
      cause: `${hosts} did not answer: ${unanswered[0]?.error}`,
      fix: 'check the URL (url input, verify.url) and that the site is reachable from the runner, then run again',
      urls
    }
  }

  const origin = failing.filter((r) => r.status !== null && r.status >= 500)
  if (origin.length === failing.length) {
    return {
      kind: 'origin-error',
      cause: `the site answers ${[...new Set(origin.map((r) => r.status))].join('/')} on ${plural(origin.length, 'URL')}: the headers of an error page say nothing about the policy`,
      fix: 'bring the origin back (or fix the path in verify.paths), then run again',
      urls
    }
  }
  return undefined
}
