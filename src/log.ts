// The one logging surface the pipeline writes to: @actions/core in the action, the terminal
// in the CLI. Modules receive a Logger; they never import @actions/core themselves.

export interface Logger {
  info(message: string): void
  debug(message: string): void
  warning(message: string): void
  /** A foldable section in the Actions log; a heading in a terminal. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/** A Logger for the terminal: info on stdout, warnings on stderr, debug only when asked. */
export function terminalLogger(
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  debug = Boolean(process.env.HEADERGUARD_DEBUG)
): Logger {
  return {
    info: (message) => void out.write(`${message}\n`),
    debug: (message) => {
      if (debug) err.write(`debug: ${message}\n`)
    },
    warning: (message) => void err.write(`warning: ${message}\n`),
    group: async (name, fn) => {
      out.write(`\n== ${name}\n`)
      return fn()
    }
  }
}

/** A Logger that records everything, for tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (m) => void lines.push(`info: ${m}`),
    debug: (m) => void lines.push(`debug: ${m}`),
    warning: (m) => void lines.push(`warning: ${m}`),
    group: async (name, fn) => {
      lines.push(`group: ${name}`)
      return fn()
    }
  }
}
