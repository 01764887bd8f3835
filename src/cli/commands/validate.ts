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

/**
 * On two cores, below this many files one worker beside this thread costs more than it saves: each thread's V8
 * optimises its own copy of the code, its compiler threads on the two cores both checking threads are using,
 * so two threads checked 10,000 releases in 0.82-0.90 s where this thread alone took 0.70-0.82 s (at 30,000
 * they were even; at 40,000 the worker saved 8%, at 100,000 20%).
 */
export const TWO_CORES_MIN_FILES = 30_000;

/** How many files a run needs before worker threads check beside this one, on `cores` cores. */
export function parallelMinFiles(cores: number): number {
  return cores <= 2 ? TWO_CORES_MIN_FILES : PARALLEL_MIN_FILES;
}

/**
 * Whether, on `cores` cores, the worker threads start before the walk when a folder is named, to load while
 * this thread lists the files. On two cores a worker loading beside this thread slowed every run too small
 * for it (10,000 files: 0.84-0.92 s against 0.77-0.86 s), and those are most runs, so there it starts after
 * the walk, once the run is known to be large; this thread checks meanwhile.
 */
export function startsBeforeWalk(cores: number): boolean {
  return cores > 2;
}

/** `workerScript` is the file each checking thread runs. */
export function runShellValidate(args: readonly string[], workerScript: string): Promise<number> {
  const progress = progressOn({ isTTY: process.stderr.isTTY === true, env: process.env, write: (text) => process.stderr.write(text), now: Date.now });
  // This thread checks too, so one worker fewer than cores (none on one core, unless --concurrency asks).
  const cores = availableParallelism();
  return runValidateAsync(args, nodeIo, {
    parallel: { minFiles: parallelMinFiles(cores), startBeforeWalk: startsBeforeWalk(cores), pool: { script: workerScript, workers: cores - 1 } },
    progress,
    startThreads: startCheckingThreads,
  });
}

export const run = (args: string[]): Promise<number> => runShellValidate(args, path.join(__dirname, '..', 'cli.js'));
