// From checked data to the ResolvedPolicy: presets merged, names lowercased, CSP canonical,
// per-path sets merged with the top level, and every semantic rule that the schema cannot
// express. It reads only the parts whose types are right; the schema reports the rest.
// Each concern is its own module; this one only puts them in order.
import type { DiagnosticList } from '../diagnostics.js'
import { cloudfrontSettings, lambdaSettings } from './deploy-settings.js'
import { checkSize, overlay, presetLayer, readLayer, toHeaderSet } from './layers.js'
import { resolvePaths } from './paths.js'
import { type CspLocator, ResolveContext } from './resolve-context.js'
import type { PolicySource } from './source.js'
import type { HeaderRule, PresetName, ResolvedPolicy } from './types.js'
import { evaluatorJudges, verifySettings } from './verify-settings.js'

export type ResolvedParts = Pick<
  ResolvedPolicy,
  'extends' | 'cloudfront' | 'lambda' | 'defaults' | 'paths' | 'verify'
>

export class Resolver {
  private readonly ctx: ResolveContext

  constructor(src: PolicySource, out: DiagnosticList) {
    this.ctx = new ResolveContext(src, out)
  }

  /** Where each CSP rule read from the file writes its directives (after resolve()). */
  get cspLocators(): ReadonlyMap<HeaderRule, CspLocator> {
    return this.ctx.cspLocators
  }

  resolve(): ResolvedParts {
    const ctx = this.ctx
    // Read before the headers: their CSP checks depend on what the evaluator judges.
    ctx.cspEvaluatorJudges = evaluatorJudges(ctx)
    const preset = presetName(ctx.data.extends)
    const top = readLayer(ctx, [])
    const defaults = overlay(ctx, presetLayer(ctx, preset), top, [])
    checkSize(ctx, defaults, 'the top-level headers', undefined)
    return {
      extends: preset,
      cloudfront: cloudfrontSettings(ctx),
      lambda: lambdaSettings(ctx),
      defaults: toHeaderSet(defaults),
      paths: resolvePaths(ctx, defaults),
      verify: verifySettings(ctx)
    }
  }
}

function presetName(value: unknown): PresetName {
  return value === 'owasp' || value === 'strict' ? value : 'none'
}
