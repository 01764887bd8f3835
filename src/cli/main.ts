/** The `pressroom` command line: the extension's engine, for CI and scripts. */
import { runConvert } from './convertCommand';
import { runList } from './listCommand';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { runRealCli } from './realCli';
import { runValidate } from './validateCommand';
import { isCheckWorker, runCheckWorker } from './parallel/worker';
import { CLI_VERSION } from './version';

const USAGE = `Usage: pressroom <command> [options]

Commands:
  validate <files, folders or globs>   check releases' front matter against the schema
  convert <files> [--write]            turn plain-text releases into releases with front matter
  list [files, folders or globs]       list releases by status (embargoed, scheduled...) with dates, area and headline
  help                                 show this help

Run "pressroom <command> --help" for a command's options.
`;

export function runCli(args: readonly string[], io: CliIo): number {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'validate':
        return runValidate(rest, io);
      case 'list':
        return runList(rest, io);
      case 'convert':
        return runConvert([...rest], io);
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

if (require.main === module) {
  if (isCheckWorker()) runCheckWorker();
  else void runRealCli(process.argv.slice(2), __filename, runCli).then((code) => (process.exitCode = code));
}
