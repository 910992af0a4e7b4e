// What verify observes and concludes: plain data, JSON-serialisable, consumed by report/.
import type { ObservatoryGrade } from './grade.js'

/** The verdicts of the report contract (docs/ARCHITECTURE.md). `pass` is the only good one; the last two are transient failures. */
export type Verdict = 'pass' | 'missing' | 'mismatch' | 'forbidden' | 'stale-cache' | 'propagating'

/** error: a violation; warning: fails only with fail-on: warning; info: reported, never fails. */
export type FindingSeverity = 'error' | 'warning' | 'info'

/** Where a finding comes from: a header the policy sets, a header it removes, a verify rule, the HTTP->HTTPS redirect, a security header the site sends twice, an HSTS preload submission rule, Google's CSP Evaluator on a served CSP. */
export type FindingKind =
  'header' | 'remove' | 'rule' | 'redirect' | 'duplicate' | 'preload' | 'csp-evaluator'

export interface Finding {
  /** Lowercase header name (`location` for the HTTP->HTTPS redirect check). */
  header: string
  verdict: Verdict
  /** What the policy asks for, in words or as the exact value; null when nothing can be stated. */
  expected: string | null
  /** What the site sent (multiple instances joined with `, `); null when absent. */
  actual: string | null
  message: string
  /** The policy line the finding concerns (for annotations and SARIF); null when unknown. */
  policyLine: number | null
  policyColumn?: number
  severity: FindingSeverity
  kind: FindingKind
  /** The check behind a finding that names one: `csp-evaluator/SCRIPT_UNSAFE_INLINE`. */
  check?: string
  /**
   * Plan only: what the live site serves today for this check (before the merge), judged
   * against the same policy; the finding itself is what the site will serve after the merge.
   */
  now?: { actual: string | null; verdict: Verdict }
}

/** The CloudFront cache facts of one response. */
export interface CacheFacts {
  /** `X-Cache`, e.g. `Hit from cloudfront`. */
  xCache?: string
  /** `Age` in seconds. */
  age?: number
  via?: string
  /** `X-Amz-Cf-Pop`, the edge location that answered. */
  pop?: string
  /** X-Cache says the response came from CloudFront's cache (Hit or RefreshHit). */
  hit: boolean
}

/** One HTTP response as verify saw it. */
export interface ObservedResponse {
  url: string
  status: number
  statusText: string
  /** Lowercase name -> every instance's value, in the order received. */
  headers: Record<string, string[]>
  cache: CacheFacts
  /** When the response headers arrived (ms since epoch): `Age` is relative to it. */
  receivedAt: number
  /** Milliseconds from sending the request to the response headers. */
  elapsedMs: number
}

/** Why a URL appears in the report. */
export type TargetKind = 'page' | 'not-found' | 'http-redirect' | 'cache-bust' | 'redirect-hop'

/** One fetched URL and what was judged on it. */
export interface UrlResult {
  url: string
  /** HTTP status; null when the request failed (see `error`). */
  status: number | null
  findings: Finding[]
  kind: TargetKind
  /** The URL the user asked for, when this result is a redirect hop or variant of it. */
  requestedUrl: string
  /** `Location` of a 3xx answer, resolved against `url`. */
  redirectTo?: string
  cache?: CacheFacts
  elapsedMs?: number
  /** A network error, timeout or redirect loop that kept verify from judging this URL. */
  error?: string
  /** Plan only: the live status today, before the new edge function. */
  nowStatus?: number
  /** Plan only: why CloudFront would refuse the new function's result here (it answers 502/503). */
  edgeRejection?: string
}

export interface UncheckedUrl {
  /** The URL that failed: the one asked for, or the redirect hop where the chain broke. */
  url: string
  requestedUrl: string
  kind: TargetKind
  error: string
}

export interface VerifyReport {
  status: 'pass' | 'fail'
  /** The MDN HTTP Observatory grade of the weakest base URL; null when no base URL answered with 2xx. */
  grade: string | null
  results: UrlResult[]
  /** The Observatory score behind `grade`. */
  score: number | null
  /** Per base URL: the Observatory grade and its test-by-test breakdown. */
  observatory: ObservatoryGrade[]
  /** Counts over every finding. */
  totals: { pass: number; failed: number; errors: number; warnings: number }
  /** Every result had a network error: verify could not run. */
  unreachable: boolean
  /**
   * The URLs that could not be checked (no answer, TLS failure, timeout, redirect loop), each
   * with why: a run with any cannot say whether the site drifted there (the CLI exits 2).
   */
  unchecked: UncheckedUrl[]
  startedAt: string
  durationMs: number
}

/** How verify fetches: Node's `fetch` signature, so tests and callers can inject one. */
export type FetchLike = typeof fetch

export interface VerifyOptions {
  /**
   * URLs to verify. One whose path ends in `/` is a folder (paths and the 404 probe go under
   * it); any other is a page, fetched as given, with paths and the probe under its origin.
   * The caller picks the default when empty.
   */
  urls: string[]
  /** Paths to fetch under every folder (or page's origin); default `policy.verify.paths`; without any, a folder URL itself. */
  paths?: string[]
  /** Requests in flight to one host at once; default 16, at most 64 (64 in total over all hosts). */
  concurrency?: number
  /** Per-request timeout; default 10000 ms. */
  timeoutMs?: number
  /** Retries after a connection error or timeout (never after an HTTP answer); default 2. */
  retries?: number
  /** When our deploy finished: enables stale-cache and propagating classification. */
  deployedAt?: Date
  /** Also fetch a `?headerguard=<id>` variant of every page to tell stale cache from a real violation. */
  cacheBust?: boolean
  /** How long after `deployedAt` a failure that a cache-busting request does not show counts as propagation; default 15 min. */
  propagationWindowMs?: number
  /**
   * Replaces each fetched response (every redirect hop; not CloudFront's own http->https
   * redirect) before it is judged and graded. Plan mode passes the new edge function here, so
   * the verdicts say what the site would serve after the deploy.
   */
  preview?: (
    uri: string,
    response: { status: number; headers: Record<string, string[]> },
    /** The full URL of the hop, so a caller can keep the live response beside the preview. */
    url: string
  ) => Promise<{ status: number; headers: Record<string, string[]> }>
  /** Injected fetch (tests, proxies). Default: Node's http/https, which keeps repeated header instances apart. */
  fetch?: FetchLike
  /** Fixed id for the 404 path and cache-busting query (tests); default random. */
  runId?: string
  /** Clock (tests). */
  now?: () => number
  /** Aborted on a cancel: requests in flight end at once and the run throws the CancelledError. */
  signal?: AbortSignal
}
