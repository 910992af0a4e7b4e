import { HEADERGUARD_VERSION } from '../version.js'
import { type CliContext, ExitCode, writeLine } from './context.js'
import { cliErrorMessage, flagHelp } from './flags.js'

type Command = (ctx: CliContext) => Promise<number>

// Each command loads its own module, so `headerguard validate` does not pay for the AWS SDK.
const commands: Record<
  string,
  { summary: string; flags?: () => string; load: () => Promise<Command> }
> = {
  validate: {
    summary: 'validate [--policy F]                  check a policy file',
    flags: () =>
      'flags:\n  -p, --policy FILE  the policy file (default .github/security-headers.yml)',
    load: async () => (await import('./validate.js')).validateCommand
  },
  build: {
    summary: 'build [--policy F] --out DIR           write DIR/edge.zip and DIR/manifest.json',
    flags: () =>
      [
        'flags:',
        '  -p, --policy FILE  the policy file (default .github/security-headers.yml)',
        '  -o, --out DIR      where edge.zip and manifest.json go'
      ].join('\n'),
    load: async () => (await import('./build.js')).buildCommand
  },
  check: {
    summary:
      'check [--policy F] [--url U]... [--json F]   fetch the site and compare with the policy',
    flags: () => flagHelp('check'),
    load: async () => (await import('./modes.js')).checkCommand
  },
  plan: {
    summary: 'plan [--policy F] ...                  what deploy would change (no AWS writes)',
    flags: () => flagHelp('plan'),
    load: async () => (await import('./modes.js')).planCommand
  },
  deploy: {
    summary: 'deploy [--policy F] ...                publish, associate, wait, invalidate, verify',
    flags: () => flagHelp('deploy'),
    load: async () => (await import('./modes.js')).deployCommand
  },
  emulator: {
    summary:
      'emulator [--port N] [--state F]        run the embedded CloudFront + Lambda@Edge emulator',
    flags: () =>
      [
        'flags:',
        '  --port N      the API port (default 4580; 0 for any free port)',
        '  --state FILE  start with the distributions, origins and functions described in FILE (JSON)'
      ].join('\n'),
    load: async () => (await import('./emulator.js')).emulatorCommand
  },
  'csp-preview': {
    summary:
      'csp-preview --policy F --url U... [--json F] [--browser PATH]   what the new CSP would block, in a real browser',
    flags: () =>
      [
        'flags:',
        '  --policy FILE    the policy whose new edge function rewrites the responses',
        '  --url URL        a page to load (repeat for more; default: verify.url of the policy)',
        '  --json FILE      write the report as JSON',
        '  --browser PATH   Chrome/Chromium (default: CHROME_PATH, Google Chrome, chromium on PATH)'
      ].join('\n'),
    load: async () => (await import('./csp-preview.js')).cspPreviewCommand
  },
  'csp-suggest': {
    summary:
      'csp-suggest --url U [--pages N] [--strict] [--browser PATH]   crawl the site and print the CSP it needs',
    flags: () =>
      [
        'flags:',
        '  --url URL        the page to start crawling from',
        '  --pages N        same-origin pages to load at most (default 10, up to 100)',
        "  --strict         the strict-CSP shape: 'strict-dynamic' and hashes, object-src and base-uri 'none'",
        '  --browser PATH   Chrome/Chromium (default: CHROME_PATH, Google Chrome, chromium on PATH)'
      ].join('\n'),
    load: async () => (await import('./csp-suggest.js')).cspSuggestCommand
  },
  demo: {
    summary: 'demo [--verbose|--quiet]               the whole pipeline on the embedded emulator',
    flags: () =>
      [
        'flags:',
        '  --verbose  every table and both action logs',
        '  --quiet    only the verdict of each step'
      ].join('\n'),
    load: async () => (await import('./demo.js')).demoCommand
  }
}

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  headerguard ${c.summary}`)
  return [
    'usage:',
    ...lines,
    '  headerguard --version                  print the version',
    '  headerguard COMMAND --help             the flags of COMMAND'
  ].join('\n')
}

export async function runCli(
  argv: string[],
  io: Partial<Omit<CliContext, 'args'>> = {}
): Promise<number> {
  const ctx: Omit<CliContext, 'args'> = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd()
  }
  const [name, ...args] = argv
  if (name === '--version' || name === '-V' || name === 'version') {
    writeLine(ctx.stdout, `headerguard ${HEADERGUARD_VERSION}`)
    return ExitCode.ok
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    writeLine(name === undefined ? ctx.stderr : ctx.stdout, usage())
    return name === undefined ? ExitCode.cannotRun : ExitCode.ok
  }
  const command = commands[name]
  if (!command) {
    writeLine(ctx.stderr, `headerguard: unknown command '${name}'\n${usage()}`)
    return ExitCode.cannotRun
  }
  if (args.includes('--help') || args.includes('-h')) {
    const flags = command.flags ? `\n${command.flags()}` : ''
    writeLine(ctx.stdout, `usage: headerguard ${command.summary}${flags}`)
    return ExitCode.ok
  }
  try {
    return await (
      await command.load()
    )({ ...ctx, args })
  } catch (error) {
    const message = cliErrorMessage(error)
    writeLine(ctx.stderr, `headerguard ${name}: ${message}`)
    if (ctx.env.HEADERGUARD_DEBUG && error instanceof Error && error.stack)
      writeLine(ctx.stderr, error.stack)
    return ExitCode.cannotRun
  }
}
