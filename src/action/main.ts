// The action: read the inputs, run the pipeline, report to GitHub. Exported run() is called by
// index.ts (and by tests); nothing runs at import time.
import * as core from './runner.js'
import { existsSync, readFileSync } from 'node:fs'
import { errorMessage } from '../errors.js'
import { describeEvent, type EventPayload } from '../event.js'
import type { Logger } from '../log.js'
import { runPipeline } from '../pipeline.js'
import { loadAwsStage } from '../aws/stage.js'
import { publishToGitHub } from './github-report.js'
import { text } from '../report/markdown.js'
import { stripUserinfo, urlSecrets } from '../report/redact.js'
import { readSettings } from '../settings.js'
import { signalExitCode, watchCancelSignals } from './signals.js'

/**
 * The pipeline's Logger on @actions/core: groups fold in the Actions log. No line shows a URL's
 * credentials (and the runner masks the secrets themselves, see run()).
 */
export function actionsLogger(): Logger {
  return {
    info: (message) => core.info(stripUserinfo(message)),
    debug: (message) => core.debug(stripUserinfo(message)),
    warning: (message) => core.warning(stripUserinfo(message)),
    group: (name, fn) => core.group(stripUserinfo(name), fn)
  }
}

/**
 * The triggering event as the runner hands it over: its name and the JSON payload file. Read
 * here rather than through @actions/github's context, so a run that writes no comment or issue
 * never loads the GitHub client (see report/github.ts).
 */
export function eventOf(env: NodeJS.ProcessEnv): { name: string; payload: EventPayload } {
  const path = env.GITHUB_EVENT_PATH
  let payload: EventPayload = {}
  if (path && existsSync(path)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
      if (typeof parsed === 'object' && parsed !== null) payload = parsed as EventPayload
    } catch (error) {
      throw new Error(`GITHUB_EVENT_PATH ${path} is not valid JSON (${errorMessage(error)})`)
    }
  } else if (path) {
    core.info(`GITHUB_EVENT_PATH ${path} does not exist`)
  }
  return { name: env.GITHUB_EVENT_NAME ?? '', payload }
}

/**
 * Runs the action. A workflow cancel (SIGINT/SIGTERM) stops the run's waits; the outputs and the
 * summary are still written, for what was done, and the step exits 128 + the signal's number.
 */
export async function run(): Promise<void> {
  const cancel = watchCancelSignals()
  try {
    const settings = readSettings((name) => core.getInput(name))
    if (settings.githubToken) core.setSecret(settings.githubToken)
    for (const url of settings.urls ?? [])
      for (const secret of urlSecrets(url)) core.setSecret(secret)
    const trigger = eventOf(process.env)
    const event = describeEvent(trigger.name, trigger.payload, process.env)
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const log = actionsLogger()
    const result = await runPipeline({
      settings,
      event,
      env: process.env,
      cwd,
      log,
      aws: loadAwsStage,
      secret: (value) => core.setSecret(value),
      signal: cancel.signal
    })
    const failure = await core.group('report', () =>
      publishToGitHub(result, settings, event, cwd, log)
    )
    if (failure) core.setFailed(failure)
  } catch (error) {
    // Invalid inputs and other errors before the report stage still leave a trace a workflow
    // can use: the status output and a summary line.
    if (error instanceof Error && error.stack) core.debug(error.stack)
    const message = stripUserinfo(errorMessage(error))
    core.setOutput('status', 'fail')
    core.appendSummary(`### headerguard · ❌ ${text(message, 2000)}\n`)
    core.setFailed(message)
  } finally {
    cancel.dispose()
    const received = cancel.received()
    if (received) process.exitCode = signalExitCode(received)
  }
}
