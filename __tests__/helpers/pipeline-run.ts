// runPipeline in process, as the action runs it, on a repository holding one policy file.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeEvent } from '../../src/event.js'
import { memoryLogger } from '../../src/log.js'
import { type AwsStage, runPipeline } from '../../src/pipeline.js'
import { type InputName, readSettings } from '../../src/settings.js'

/** A fresh checkout with `policy` at the default path. */
export function policyRepo(policy: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'headerguard-repo-'))
  mkdirSync(join(dir, '.github'))
  writeFileSync(join(dir, '.github', 'security-headers.yml'), policy)
  return dir
}

/** An AWS stage that must never be loaded: the run fails if the pipeline asks for it. */
export const noAws = async (): Promise<AwsStage> => {
  throw new Error('the pipeline loaded the AWS stage although it must not')
}

export interface PipelineRun {
  inputs: Partial<Record<InputName, string>>
  eventName: string
  cwd: string
  env?: NodeJS.ProcessEnv
  aws?: () => Promise<AwsStage>
}

/** The pipeline's result, with the log and every value it asked the runner to mask. */
export function runInProcess({ inputs, eventName, cwd, env = {}, aws = noAws }: PipelineRun) {
  const secrets: string[] = []
  const log = memoryLogger()
  const result = runPipeline({
    settings: readSettings((name) => inputs[name] ?? ''),
    event: describeEvent(eventName, {}, { GITHUB_REPOSITORY: 'acme/site' }),
    env,
    cwd,
    log,
    aws,
    secret: (s) => secrets.push(s)
  })
  return { result, secrets, log }
}
