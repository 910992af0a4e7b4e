// The flags of `headerguard check|plan|deploy` (and `--quiet`/`--verbose` of `demo`): which command takes which, a one-line help for
// each, and input errors said the CLI's way (`--fail-on` instead of "Input 'fail-on'").
import { closest } from '../suggest.js'
import { InvalidInputError, errorMessage } from '../errors.js'
import { INPUT, type InputName, type RunMode } from '../settings.js'
import type { Verbosity } from '../report/terminal.js'

export interface FlagSpec {
  /** The value's placeholder; none for a switch. */
  arg?: string
  help: string
  /** The commands that take it. */
  commands: readonly RunMode[]
  multiple?: boolean
  short?: string
}

const ALL: readonly RunMode[] = ['check', 'plan', 'deploy']
const AWS: readonly RunMode[] = ['plan', 'deploy']

/** Every flag, in the order --help lists them. Action inputs keep their names. */
export const FLAGS: Record<string, FlagSpec> = {
  policy: {
    arg: 'FILE',
    help: 'the policy file (default .github/security-headers.yml)',
    commands: ALL,
    short: 'p'
  },
  url: {
    arg: 'URL',
    help: 'a page, checked as given (https://x/a.html; verify paths and the 404 probe go under its origin), or a folder ending in / (https://x/app/; they go under it); repeat for more (default https://<distribution domain>/)',
    commands: ALL,
    multiple: true,
    short: 'u'
  },
  [INPUT.distributionId]: {
    arg: 'ID',
    help: 'CloudFront distribution id(s), comma-separated (overrides the policy)',
    commands: ALL
  },
  [INPUT.functionName]: {
    arg: 'NAME',
    help: 'the Lambda@Edge function (overrides lambda.function)',
    commands: AWS
  },
  [INPUT.roleArn]: { arg: 'ARN', help: 'IAM role to create the function with', commands: AWS },
  [INPUT.behaviors]: {
    arg: 'LIST',
    help: "'*' (default behavior), path patterns, or all",
    commands: AWS
  },
  [INPUT.waitTimeout]: {
    arg: 'MINUTES',
    help: 'how long to wait for Deployed (30; 90s, 30m, 1h too)',
    commands: ['deploy']
  },
  [INPUT.pollInterval]: {
    arg: 'SECONDS',
    help: 'seconds between status checks (10)',
    commands: ['deploy']
  },
  [INPUT.invalidate]: {
    arg: 'PATHS',
    help: 'true (/*), false, or paths to invalidate after a change',
    commands: ['deploy']
  },
  [INPUT.rollbackOnFailure]: {
    arg: 'BOOL',
    help: 're-associate the previous version when verification fails (true)',
    commands: ['deploy']
  },
  [INPUT.pruneVersions]: {
    arg: 'N',
    help: 'after a green run that changed nothing, keep N unused versions, delete older',
    commands: ['deploy']
  },
  [INPUT.cspPreview]: {
    arg: 'WHEN',
    help: 'preview the new CSP in a headless browser: auto (when the CSP changes and a browser is found), true, false',
    commands: ['plan']
  },
  [INPUT.browserPath]: {
    arg: 'PATH',
    help: 'the Chrome or Chromium for the CSP preview (default CHROME_PATH, then Google Chrome, then chromium)',
    commands: ['plan']
  },
  [INPUT.failOn]: {
    arg: 'LEVEL',
    help: 'exit 1 on error findings, on warning too, or never (error)',
    commands: ALL
  },
  [INPUT.sarifFile]: { arg: 'FILE', help: 'also write SARIF 2.1.0 there', commands: ALL },
  json: { arg: 'FILE', help: 'write the JSON report there', commands: ALL },
  timeout: { arg: 'MS', help: 'per-request timeout of the site checks (10000)', commands: ALL },
  concurrency: {
    arg: 'N',
    help: 'requests in flight at once per host (16; 64 in all)',
    commands: ALL
  },
  verbose: { help: 'every table and the progress of each step', commands: ALL },
  quiet: { help: 'only the verdict', commands: ALL }
}

/** `--verbose` and `--quiet` (the last one given wins when both are). */
export function verbosityOf(values: Record<string, unknown>, args: readonly string[]): Verbosity {
  if (values.verbose && values.quiet)
    return args.lastIndexOf('--quiet') > args.lastIndexOf('--verbose') ? 'quiet' : 'verbose'
  if (values.verbose) return 'verbose'
  return values.quiet ? 'quiet' : 'normal'
}

export function flagsOf(mode: RunMode): Record<string, FlagSpec> {
  return Object.fromEntries(
    Object.entries(FLAGS).filter(([, spec]) => spec.commands.includes(mode))
  )
}

/** parseArgs options for a command. */
export function parseOptions(mode: RunMode) {
  return Object.fromEntries(
    Object.entries(flagsOf(mode)).map(([name, spec]) => [
      name,
      {
        type: spec.arg ? ('string' as const) : ('boolean' as const),
        ...(spec.multiple ? { multiple: true } : {}),
        ...(spec.short ? { short: spec.short } : {})
      }
    ])
  )
}

/** `  --fail-on LEVEL        exit 1 on ...`, one line per flag the command takes. */
export function flagHelp(mode: RunMode): string {
  const rows = Object.entries(flagsOf(mode)).map(([name, spec]) => [
    `  ${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.arg ? ` ${spec.arg}` : ''}`,
    spec.help
  ])
  const width = Math.max(...rows.map(([flag]) => flag!.length)) + 2
  return ['flags:', ...rows.map(([flag, help]) => `${flag!.padEnd(width)}${help}`)].join('\n')
}

function orList(choices: readonly string[]): string {
  return choices.length <= 1
    ? (choices[0] ?? '')
    : `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`
}

/**
 * An input error as a CLI user should read it: "`--fail-on` must be error, warning or never
 * (did you mean warning?)". Other messages have their "Input 'x'" turned into `--x`.
 */
export function cliErrorMessage(error: unknown): string {
  if (error instanceof InvalidInputError) {
    const flag = `\`--${error.input}\``
    if (error.choices) {
      const guess = closest(error.value.trim(), error.choices)
      return `${flag} must be ${orList(error.choices)}${guess ? ` (did you mean ${guess}?)` : ''}, got '${error.value}'`
    }
    return `${flag}: '${error.value}' is not valid: ${error.rule}`
  }
  return errorMessage(error).replace(/\bInput '([a-z-]+)'/g, (_m, name: string) =>
    FLAGS[name as InputName] ? `\`--${name}\`` : `Input '${name}'`
  )
}
