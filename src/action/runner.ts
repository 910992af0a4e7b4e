// The runner's side of the action: inputs, workflow commands (log groups, annotations, masks),
// step outputs and the job summary — the part of @actions/core the action uses, written the
// same way. @actions/core itself loads its OIDC client, and with it an HTTP stack of ~900 KB,
// at import: every run would pay for it at start.
// Formats: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
import { appendFileSync } from 'node:fs'

const EOL = process.platform === 'win32' ? '\r\n' : '\n'

/** Where an annotation points, as @actions/core names it. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** An input the way @actions/core's getInput reads it: INPUT_<NAME>, spaces as _, trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::name key=value,...::message`, escaped as the runner un-escapes it. */
export function workflowCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  message: string
): string {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  return `::${name}${pairs.length ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`
}

function issue(
  name: string,
  properties: Record<string, string | number | undefined>,
  text: string
) {
  process.stdout.write(`${workflowCommand(name, properties, text)}${EOL}`)
}

/** The annotation properties under the names the runner reads (line, col, not startLine...). */
function annotation(properties: AnnotationProperties = {}) {
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn
  }
}

export const info = (message: string): void => void process.stdout.write(`${message}${EOL}`)
export const debug = (message: string): void => issue('debug', {}, message)
export const notice = (message: string, properties?: AnnotationProperties): void =>
  issue('notice', annotation(properties), message)
export const warning = (message: string, properties?: AnnotationProperties): void =>
  issue('warning', annotation(properties), message)
export const error = (message: string, properties?: AnnotationProperties): void =>
  issue('error', annotation(properties), message)
/** Masks `value` in the rest of the job's log. */
export const setSecret = (value: string): void => issue('add-mask', {}, value)

/** Marks the step failed (exit code 1) with an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** Folds everything `fn` logs into one group of the Actions log. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', {}, name)
  try {
    return await fn()
  } finally {
    issue('endgroup', {}, '')
  }
}

/**
 * A delimiter for a GITHUB_OUTPUT block that occurs nowhere in the value, so no line of the
 * value can end the block early. @actions/core draws a random UUID and refuses a value that
 * holds it; choosing one the value does not hold is as safe, and needs no node:crypto at start.
 */
export function outputDelimiter(name: string, value: string): string {
  let n = 0
  while (name.includes(`ghadelimiter_${n}`) || value.includes(`ghadelimiter_${n}`)) n++
  return `ghadelimiter_${n}`
}

/**
 * A step output, in the GITHUB_OUTPUT file as a `name<<DELIMITER` block; without the file, the
 * deprecated set-output command.
 */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT
  if (!file) {
    process.stdout.write(EOL)
    issue('set-output', { name }, value)
    return
  }
  const delimiter = outputDelimiter(name, value)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`)
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY); no file, no summary. */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown)
}
