// The CSP preview's data: what the browser reported, and the report csp-preview writes
// (`--json`), which the action's comment and summary render.

/** One securitypolicyviolation event as the page's listener sends it. */
export interface RawViolation {
  /** The event's effectiveDirective: `script-src-elem`, `style-src-attr`, `script-src` (eval). */
  directive: string
  /** `inline`, `eval`, `wasm-eval`, `trusted-types-policy`, `trusted-types-sink`, or a URL. */
  blocked: string
  source?: string
  line?: number
  column?: number
  /** The text of the policy that was violated, as the browser received it. */
  policy: string
  disposition?: string
  sample?: string
  /** For an inline violation: the exact text the browser would hash. */
  text?: string
  /** The URL of the frame the violation happened in. */
  frame?: string
}

export interface CspViolation {
  directive: string
  blocked: string
  source?: string
  line?: number
  count: number
  /** One line that allows it: `add 'sha256-…' to script-src`. */
  suggestion: string
  /** True when the new policy enforces the violated CSP: the page would lose this resource. */
  enforced: boolean
  /** For an inline script or style: the `'sha256-…'` source that allows exactly it. */
  hash?: string
}

export interface CspPagePreview {
  url: string
  status?: number
  violations: CspViolation[]
  /** The browser's own complaints about the policy (unknown directive, ignored source...). */
  policyWarnings: string[]
  /** What could not be seen on this page (timeouts, a response that could not be rewritten). */
  problems: string[]
  /** The page could not be loaded. */
  error?: string
}

export interface CspPreviewReport {
  browser: string
  pages: CspPagePreview[]
}
