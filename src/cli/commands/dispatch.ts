/**
 * The `pressroom` command line's first word: help, the version and unknown commands are answered here;
 * a command is handed to `run`, which the tests give every command at once and the installed CLI loads
 * one bundle for (commands/shell.ts), so `convert` never loads what only `validate` needs.
 */
import type { CliIo } from '../io';
import { EXIT_OK, EXIT_USAGE } from '../io';
import { CLI_VERSION } from '../version';

export const COMMANDS = ['validate', 'list', 'convert'] as const;
export type CommandName = (typeof COMMANDS)[number];

export const USAGE = `Usage: pressroom <command> [options]

Commands:
  validate <files, folders or globs>   check releases' front matter against the schema
  convert <files> [--write]            turn plain-text releases into releases with front matter
  list [files, folders or globs]       list releases by status (embargoed, scheduled...) with dates, area and headline
  help                                 show this help

Run "pressroom <command> --help" for a command's options.
`;

function isCommand(word: string | undefined): word is CommandName {
  return (COMMANDS as readonly (string | undefined)[]).includes(word);
}

export function dispatch<Result>(args: readonly string[], io: Pick<CliIo, 'stdout' | 'stderr'>, run: (command: CommandName, rest: string[]) => Result): Result | number {
  const [command, ...rest] = args;
  try {
    if (isCommand(command)) return run(command, rest);
    switch (command) {
      case '--version':
      case '-v':
        io.stdout(`${CLI_VERSION}\n`);
        return EXIT_OK;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      default:
        io.stderr(`pressroom: unknown command "${command}"\n\n${USAGE}`);
        return EXIT_USAGE;
    }
  } catch (error) {
    // Every known bad input is reported as a diagnostic; this is the last guard against a stack trace.
    io.stderr(`pressroom: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}
