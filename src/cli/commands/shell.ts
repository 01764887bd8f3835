/**
 * The installed `pressroom` (dist/cli.js): reads the command and loads only that command's bundle
 * (dist/cli/<command>.js), so `--version` compiles nothing and `convert` not the checker's worker code;
 * the bundle is loaded with V8's code cache (loadBundle.ts). Each checking thread of `validate` starts here
 * too, and loads the worker bundle the same way.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { nodeIo } from '../io';
import { isCheckWorker } from '../parallel/protocol';
import { runRealCli } from '../realCli';
import { dispatch, type CommandName } from './dispatch';
import { loadBundle } from './loadBundle';

interface CommandBundle {
  run(args: string[]): number | Promise<number>;
}

/** dist/cli/<name>.js, loaded; `worker` starts its loop as it loads. */
function bundle(name: CommandName | 'worker'): unknown {
  const file = path.join(__dirname, 'cli', `${name}.js`);
  if (!existsSync(file)) throw new Error(`${file} is missing from this installation; install pressroom-cli again`);
  return loadBundle(file);
}

if (isCheckWorker()) bundle('worker');
else {
  void runRealCli(process.argv.slice(2), (args) => dispatch(args, nodeIo, (command, rest) => (bundle(command) as CommandBundle).run(rest))).then(
    (code) => (process.exitCode = code),
  );
}
