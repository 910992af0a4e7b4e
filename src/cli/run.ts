import { errorMessage } from '../errors.js'
import { CLI_INPUTS } from '../settings.js'
import { type CliContext, ExitCode, writeLine } from './context.js'

type Command = (ctx: CliContext) => Promise<number>

// Each command loads its own module, so `headerguard validate` does not pay for the AWS SDK.
/** check, plan and deploy take the action's inputs as flags. */
function inputFlags(): string {
  return [
    'flags (the action inputs; see README "Inputs"; --url may repeat):',
    ...CLI_INPUTS.map((name) => `  --${name} VALUE`),
    '  --timeout MS, --concurrency N   per-request timeout and parallel requests of the site checks',
    '  --json FILE'
  ].join('\n')
}

const commands: Record<
  string,
  { summary: string; flags?: () => string; load: () => Promise<Command> }
> = {
  validate: {
    summary: 'validate [--policy F]                  check a policy file',
    load: async () => (await import('./validate.js')).validateCommand
  },
  build: {
    summary: 'build [--policy F] --out DIR           write DIR/edge.zip and DIR/manifest.json',
    load: async () => (await import('./build.js')).buildCommand
  },
  check: {
    summary:
      'check [--policy F] [--url U]... [--json F]   fetch the site and compare with the policy',
    flags: inputFlags,
    load: async () => (await import('./modes.js')).checkCommand
  },
  plan: {
    summary: 'plan [--policy F] ...                  what deploy would change (no AWS writes)',
    flags: inputFlags,
    load: async () => (await import('./modes.js')).planCommand
  },
  deploy: {
    summary: 'deploy [--policy F] ...                publish, associate, wait, invalidate, verify',
    flags: inputFlags,
    load: async () => (await import('./modes.js')).deployCommand
  },
  emulator: {
    summary:
      'emulator [--port N] [--state F]        run the embedded CloudFront + Lambda@Edge emulator',
    load: async () => (await import('./emulator.js')).emulatorCommand
  },
  demo: {
    summary: 'demo                                   the whole pipeline on the embedded emulator',
    load: async () => (await import('./demo.js')).demoCommand
  }
}

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  headerguard ${c.summary}`)
  return ['usage:', ...lines].join('\n')
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
    const message = errorMessage(error)
    writeLine(ctx.stderr, `headerguard ${name}: ${message}`)
    if (ctx.env.HEADERGUARD_DEBUG && error instanceof Error && error.stack)
      writeLine(ctx.stderr, error.stack)
    return ExitCode.cannotRun
  }
}
