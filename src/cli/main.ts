/** The `pressroom` command line: the extension's engine, for CI and scripts. */
import { dispatch, type CommandName } from './commands/dispatch';
import { runConvert } from './convertCommand';
import { runList } from './listCommand';
import { nodeIo, type CliIo } from './io';
import { runShellValidate } from './commands/validate';
import { runRealCli } from './realCli';
import { runValidate } from './validateCommand';
import { isCheckWorker } from './parallel/protocol';
import { runCheckWorker } from './parallel/worker';

const COMMAND_RUNS: Record<CommandName, (args: string[], io: CliIo) => number> = {
  validate: runValidate,
  list: runList,
  convert: runConvert,
};

/** Every command at once, synchronously (validate on one thread): what the tests run. */
export function runCli(args: readonly string[], io: CliIo): number {
  return dispatch(args, io, (command, rest) => COMMAND_RUNS[command](rest, io));
}

// Run from the sources (node -r esbuild-register src/cli/main.ts): the installed CLI starts at commands/shell.ts.
if (require.main === module) {
  if (isCheckWorker()) runCheckWorker();
  else {
    const run = (args: readonly string[]) => (args[0] === 'validate' ? runShellValidate(args.slice(1), __filename) : runCli(args, nodeIo));
    void runRealCli(process.argv.slice(2), run).then((code) => (process.exitCode = code));
  }
}
