// What a CLI command receives: its own arguments and the process's streams, so tests can run
// commands in-process and capture what they print.
export interface CliContext {
  /** Arguments after the command name. */
  args: string[]
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  env: NodeJS.ProcessEnv
  cwd: string
}

/** Exit codes shared by every command (the CLI contract, docs/ARCHITECTURE.md). */
export const ExitCode = {
  ok: 0,
  /** validate/build: policy errors; check/plan/deploy: violations found. */
  failed: 1,
  /** check/plan/deploy: could not run (network, policy error, AWS error). */
  cannotRun: 2
} as const

export function writeLine(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`)
}
