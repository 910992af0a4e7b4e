// The `cloudfront` and `lambda` sections: where the function is deployed and how it runs.
import { normaliseDistributionIds } from '../aws-names.js'
import {
  calendarStage,
  DEFAULT_RUNTIME,
  isEdgeRuntime,
  runtimeCalendarLine
} from '../lambda-runtimes.js'
import { isRecord, type ResolveContext, stringList } from './resolve-context.js'
import type { BehaviorSelector, CloudFrontSettings, EdgeRuntime, LambdaSettings } from './types.js'

export function cloudfrontSettings(ctx: ResolveContext): CloudFrontSettings {
  const raw = isRecord(ctx.data.cloudfront) ? ctx.data.cloudfront : {}
  const distributions = normaliseDistributionIds(stringList(raw.distribution) ?? [])
  let behaviors: BehaviorSelector = { kind: 'default' }
  const b = raw.behaviors
  if (b === 'all') behaviors = { kind: 'all' }
  else if (Array.isArray(b) && b.every((p) => typeof p === 'string')) {
    const patterns = [...new Set(b as string[])]
    if (patterns.length === 1 && patterns[0] === '*') behaviors = { kind: 'default' }
    else if (patterns.includes('all')) {
      ctx.out.error(
        'cloudfront-behaviors',
        `'all' cannot be combined with path patterns: write behaviors: all`,
        ctx.pos(['cloudfront', 'behaviors'])
      )
    } else if (patterns.length > 0) behaviors = { kind: 'patterns', patterns }
  }
  const settings: CloudFrontSettings = {
    distributions,
    behaviors,
    replaceForeignAssociation: raw['replace-existing'] === true
  }
  if (isRecord(ctx.data.cloudfront)) settings.pos = ctx.pos(['cloudfront'], 'key')
  return settings
}

export function lambdaSettings(ctx: ResolveContext): LambdaSettings {
  const raw = isRecord(ctx.data.lambda) ? ctx.data.lambda : {}
  const runtime: EdgeRuntime = isEdgeRuntime(raw.runtime) ? raw.runtime : DEFAULT_RUNTIME
  const stage = calendarStage(runtime)
  if (stage !== 'supported') {
    // Judged as of the calendar's date, so a policy's verdict does not change with the day it
    // is read; the deploy's preflight judges by today and refuses what Lambda refuses.
    const refused =
      stage === 'update-blocked'
        ? 'Lambda refuses new functions and code updates on it'
        : stage === 'create-blocked'
          ? 'Lambda refuses new functions on it'
          : 'Lambda no longer patches it'
    ctx.out.warning(
      'lambda-runtime-deprecated',
      `${runtime} is deprecated (${refused}): ${runtimeCalendarLine(runtime)}; use ${DEFAULT_RUNTIME}, and headerguard changes an existing function's runtime before its code`,
      ctx.pos(['lambda', 'runtime'])
    )
  }
  const int = (v: unknown, min: number, max: number, fallback: number): number =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback
  const settings: LambdaSettings = {
    runtime,
    memory: int(raw.memory, 128, 10240, 128),
    timeout: int(raw.timeout, 1, 30, 5)
  }
  if (typeof raw.function === 'string') settings.functionName = raw.function
  if (typeof raw.role === 'string') settings.role = raw.role
  if (isRecord(ctx.data.lambda)) settings.pos = ctx.pos(['lambda'], 'key')
  return settings
}
