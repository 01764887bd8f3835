/**
 * The CLI as run from a shell: `validate` on a large tree spreads the work over worker threads (the
 * CLI's own script, started again as a worker) and shows progress on a terminal; every other command,
 * and `validate` on a few files, runs as in the tests (runCli). A hidden `--report-peak-memory` prints
 * the process's peak resident memory on standard error at the end, for the benchmark.
 */
import { availableParallelism } from 'node:os';
import { checkInParallel } from './parallel/pool';
import { EXIT_USAGE, nodeIo, type CliIo } from './io';
import { progressOn } from './progress';
import { runValidateAsync } from './validateCommand';

/** Below this many files, starting threads (each loads the CLI and compiles the schema) costs more than it saves. */
export const PARALLEL_MIN_FILES = 400;

const PEAK_MEMORY_FLAG = '--report-peak-memory';

/** `runCli` is passed in by the entry point (main.ts), which this module must not import back. */
export async function runRealCli(argv: readonly string[], script: string, runCli: (args: readonly string[], io: CliIo) => number): Promise<number> {
  const reportMemory = argv.includes(PEAK_MEMORY_FLAG);
  const args = argv.filter((arg) => arg !== PEAK_MEMORY_FLAG);
  let code: number;
  if (args[0] === 'validate') {
    const progress = progressOn({ isTTY: process.stderr.isTTY === true, env: process.env, write: (text) => process.stderr.write(text), now: Date.now });
    const workers = Math.max(1, availableParallelism());
    try {
      code = await runValidateAsync(args.slice(1), nodeIo, {
        parallel: workers > 1 ? { minFiles: PARALLEL_MIN_FILES, pool: { script, workers } } : undefined,
        progress,
        checkInParallel,
      });
    } catch (error) {
      process.stderr.write(`pressroom: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      code = EXIT_USAGE;
    }
  } else {
    code = runCli(args, nodeIo);
  }
  // resourceUsage's maxRSS is in kilobytes: the peak of the whole process, worker threads included.
  if (reportMemory) process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
  return code;
}
