/**
 * The installed `pressroom` (dist/cli.js): reads the command and loads only that command's bundle
 * (dist/cli/<command>.js), so `--version` compiles nothing and `convert` not the checker's worker code;
 * the bundle is loaded with V8's code cache (loadBundle.ts).
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { nodeIo } from '../io';
import { runRealCli } from '../realCli';
import { dispatch, type CommandName } from './dispatch';
import { loadBundle } from './loadBundle';

interface CommandBundle {
  run(args: string[]): number | Promise<number>;
}

function commandBundle(command: CommandName): CommandBundle {
  const file = path.join(__dirname, 'cli', `${command}.js`);
  if (!existsSync(file)) throw new Error(`${file} is missing from this installation; install pressroom-cli again`);
  return loadBundle(file) as CommandBundle;
}

void runRealCli(process.argv.slice(2), (args) => dispatch(args, nodeIo, (command, rest) => commandBundle(command).run(rest))).then(
  (code) => (process.exitCode = code),
);
