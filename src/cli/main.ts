import type { Lang } from '../schema/localized.js';
import { ValidationError } from '../schema/validation-error.js';
import { parseCommandLine } from './args.js';
import { COMMANDS } from './commands/index.js';
import { CommandContext } from './context.js';
import { EXIT, UsageError } from './errors.js';
import { problems, usage } from './messages.js';
import { forTerminal } from './terminal.js';
import { packageVersion } from './version.js';

/** The exit code for an error, and its message on stderr: never a stack trace. */
function fail(error: unknown, lang: Lang, err: (text: string) => void): number {
  if (error instanceof ValidationError) {
    err(error.message);
    return EXIT.invalidData;
  }
  if (error instanceof UsageError) {
    err(error.message);
    return EXIT.usage;
  }
  err(problems[lang].internal(error instanceof Error ? error.message : String(error)));
  return EXIT.internal;
}

/**
 * Runs the command line: `argv` without node and the script, `out` and `err` for what goes to
 * stdout and stderr. Resolves to the exit code. Everything printed is made safe for a
 * terminal first (see `forTerminal`); files written with --out are written as they are.
 */
export async function run(argv: readonly string[], out: (text: string) => void = console.log, err: (text: string) => void = console.error): Promise<number> {
  const print = (text: string) => out(forTerminal(text));
  const printError = (text: string) => err(forTerminal(text));
  let lang: Lang = 'id';
  try {
    const line = parseCommandLine(argv);
    lang = line.lang;
    if (line.values.version) {
      print(packageVersion());
      return EXIT.ok;
    }
    const [command, ...args] = line.positionals;
    if (line.values.help || !command) {
      print(usage[lang]);
      return command || line.values.help ? EXIT.ok : EXIT.usage;
    }
    const handler = COMMANDS.get(command);
    if (!handler) throw new UsageError(`${problems[lang].unknownCommand(command)}\n\n${usage[lang]}`);
    return await handler(new CommandContext(command, args, line.values, lang, print, printError));
  } catch (error) {
    return fail(error, lang, printError);
  }
}

// Only when run as the command, not when a test imports `run`.
if (process.argv[1] && /smart-city-maturity$|cli\.js$|main\.ts$/.test(process.argv[1])) {
  const argv = process.argv.slice(2);
  // The workspace server's commands load the server (and its optional packages) only when asked.
  if (['serve', 'user', 'token'].includes(argv[0] ?? '')) void import('../server/cli.js').then(async (server) => (process.exitCode = await server.runServerCommand(argv)));
  else process.exitCode = await run(argv);
}
