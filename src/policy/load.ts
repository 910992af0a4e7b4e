// The policy loader: file -> text -> syntax tree -> schema check -> resolved policy, with every
// problem found along the way as a positioned diagnostic. It never throws on bad input.
import { createHash } from 'node:crypto'
import { DiagnosticList, sortDiagnostics } from '../diagnostics.js'
import { errorMessage } from '../errors.js'
import { cspAdvice } from './csp-advice.js'
import type { CspLocator } from './resolve-context.js'
import { type ResolvedParts, Resolver } from './resolve.js'
import { checkSchema } from './schema-check.js'
import { parseSource } from './source.js'
import type {
  Diagnostic,
  HeaderRule,
  HeaderSet,
  LoadResult,
  PathRule,
  ResolvedPolicy
} from './types.js'
import { MAX_POLICY_BYTES, readPolicyFile, tooLarge } from './read.js'

export { DEFAULT_POLICY_PATHS, MAX_POLICY_BYTES, findPolicyFile } from './read.js'

/** Reads and checks a policy file; a missing or unreadable file is a diagnostic, not a throw. */
export async function loadPolicy(file: string): Promise<LoadResult> {
  const read = await readPolicyFile(file)
  return 'text' in read ? checkPolicyText(read.text, file) : read
}

/** Checks policy text (YAML, or JSON for a .json file) and resolves it. Pure; never throws. */
export function loadPolicyText(text: string, file: string): LoadResult {
  return checkText(text, file).result
}

/**
 * loadPolicyText, then Google's CSP Evaluator on every CSP the policy sets (csp-advice.ts):
 * what `validate` and every mode report. `cspAdvice: false` leaves it out (the quick scan's
 * built-in policy, which the user never wrote). Never throws.
 */
export async function checkPolicyText(
  text: string,
  file: string,
  options: { cspAdvice?: boolean } = {}
): Promise<LoadResult> {
  const checked = checkText(text, file)
  const settings = checked.parts?.verify.cspEvaluator
  if (options.cspAdvice === false || !checked.parts || settings?.enabled === false) {
    return checked.result
  }
  let advice: Diagnostic[]
  try {
    const { defaults, paths } = checked.parts
    advice = await cspAdvice([defaults, ...paths], checked.locators, {
      ignore: new Set(settings?.ignore ?? [])
    })
  } catch (error) {
    // A bug of the evaluator's or ours: the policy's own checks still stand.
    advice = [
      {
        severity: 'warning',
        rule: 'csp-evaluator',
        message: `Google's CSP Evaluator could not judge this policy's CSP (${errorMessage(error)}); please report it with the policy file`,
        pos: { file, line: 1, col: 1 }
      }
    ]
  }
  if (advice.length === 0) return checked.result
  const diagnostics = sortDiagnostics([...checked.result.diagnostics, ...advice])
  return { ...checked.result, diagnostics }
}

interface Checked {
  result: LoadResult
  /** What the resolver made of the file, errors or not; absent when it never ran. */
  parts?: ResolvedParts
  locators: ReadonlyMap<HeaderRule, CspLocator>
}

function checkText(text: string, file: string): Checked {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_POLICY_BYTES) return { result: tooLarge(file, bytes), locators: new Map() }
  try {
    return loadUnsafe(text.replace(/^\uFEFF/, ''), file)
  } catch (error) {
    // A bug of ours, not the user's: still a diagnostic, so validate never prints a stack trace.
    const message = errorMessage(error)
    const diagnostic: Diagnostic = {
      severity: 'error',
      rule: 'internal-error',
      message: `headerguard could not check this policy (${message}); please report it with the policy file`,
      pos: { file, line: 1, col: 1 }
    }
    return { result: { diagnostics: [diagnostic] }, locators: new Map() }
  }
}

function loadUnsafe(text: string, file: string): Checked {
  const parsed = parseSource(text, file)
  const out = new DiagnosticList()
  for (const d of parsed.diagnostics) out.add(d.severity, d.rule, d.message, d.pos)
  const source = parsed.source
  const none = new Map<HeaderRule, CspLocator>()
  if (!source) return { result: { diagnostics: sortDiagnostics(out.items) }, locators: none }
  if (source.data === null || source.data === undefined) {
    out.error('schema-required', "the policy file is empty: start with 'version: 1'", {
      file,
      line: 1,
      col: 1
    })
    return { result: { diagnostics: sortDiagnostics(out.items) }, locators: none }
  }
  checkSchema(source, out)
  const resolver = new Resolver(source, out)
  const parts = resolver.resolve()
  const locators = resolver.cspLocators
  const diagnostics = sortDiagnostics(out.items)
  if (diagnostics.some((d) => d.severity === 'error')) {
    return { result: { diagnostics }, parts, locators }
  }
  const policy: ResolvedPolicy = {
    version: 1,
    file,
    extends: parts.extends,
    cloudfront: parts.cloudfront,
    lambda: parts.lambda,
    defaults: parts.defaults,
    paths: parts.paths,
    verify: parts.verify,
    hash: policyHash(parts.defaults, parts.paths)
  }
  return { result: { policy, diagnostics }, parts, locators }
}

/** sha256 hex of the canonical JSON of what the edge does: keys sorted, positions left out. */
export function policyHash(defaults: HeaderSet, paths: readonly PathRule[]): string {
  return createHash('sha256').update(canonicalJson({ defaults, paths })).digest('hex')
}

/** JSON with object keys sorted and every `pos` dropped: equal policies give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === 'pos') return undefined
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
          a < b ? -1 : a > b ? 1 : 0
        )
      )
    }
    return v
  })
}
