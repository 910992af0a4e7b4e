// What every resolution step shares: the checked source (data + positions) and the list the
// diagnostics go to. The steps (layers, header rules, conditions, paths, settings) are
// functions over this context, each in its own module.
import type { DiagnosticList } from '../diagnostics.js'
import type { ValueFinding } from '../headers/header-values.js'
import type { PathSegment, PolicySource } from './source.js'
import type { HeaderRule, SourcePos } from './types.js'

export type Data = Record<string, unknown>

export function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A string or a list of strings as a list; anything else (the schema reports it) undefined. */
export function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[]
  return undefined
}

/** Where a directive (and one of its sources) of a CSP is written; undefined when not written. */
export type CspLocator = (directive: string, source?: string) => SourcePos | undefined

export class ResolveContext {
  /** Each CSP rule read from the file, with where its directives are (for csp-advice.ts). */
  readonly cspLocators = new Map<HeaderRule, CspLocator>()
  /** The CSP Evaluator's checks that judge this policy (verify-settings.ts evaluatorJudges). */
  cspEvaluatorJudges: ReadonlySet<string> = new Set()

  constructor(
    readonly src: PolicySource,
    readonly out: DiagnosticList
  ) {}

  /** The policy's top-level mapping ({} when it is not one: the schema reports that). */
  get data(): Data {
    return isRecord(this.src.data) ? this.src.data : {}
  }

  pos(path: readonly PathSegment[], part: 'key' | 'value' = 'value'): SourcePos {
    return this.src.posOf(path, part)
  }

  /** Value findings as diagnostics, each at its offset inside the value when it has one. */
  report(findings: readonly ValueFinding[], path: PathSegment[]): void {
    for (const f of findings) {
      const pos = f.offset === undefined ? this.pos(path) : this.src.posInValue(path, f.offset)
      this.out.add(f.severity, f.rule, f.message, pos)
    }
  }
}
