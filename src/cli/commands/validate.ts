/**
 * `pressroom validate` from a shell, and the bundle that runs it (dist/cli/validate.js): a large tree is
 * spread over worker threads, and progress shows on a terminal. Each thread starts at the installed CLI's
 * entry point (dist/cli.js), which loads worker.js with its code cache, as it loads this bundle.
 */
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { nodeIo } from '../io';
import { startCheckingThreads } from '../parallel/pool';
import { progressOn } from '../progress';
import { runValidateAsync } from '../validateCommand';

/** Below this many files, starting threads (each loads the CLI and compiles the schema) costs more than it saves. */
export const PARALLEL_MIN_FILES = 400;

/** `workerScript` is the file each checking thread runs. */
export function runShellValidate(args: readonly string[], workerScript: string): Promise<number> {
  const progress = progressOn({ isTTY: process.stderr.isTTY === true, env: process.env, write: (text) => process.stderr.write(text), now: Date.now });
  // This thread checks too, so one worker fewer than cores.
  const workers = availableParallelism() - 1;
  return runValidateAsync(args, nodeIo, {
    parallel: workers > 0 ? { minFiles: PARALLEL_MIN_FILES, pool: { script: workerScript, workers } } : undefined,
    progress,
    startThreads: startCheckingThreads,
  });
}

export const run = (args: string[]): Promise<number> => runShellValidate(args, path.join(__dirname, '..', 'cli.js'));
