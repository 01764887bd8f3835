/**
 * The CLI as run from a shell, around whichever command runs: never a rejected promise (an internal
 * error is exit status 2), and a hidden `--report-peak-memory` that prints the process's peak resident
 * memory on standard error at the end, for the benchmark. Kept light: the installed CLI loads it first.
 */
import { EXIT_USAGE } from './io';

const PEAK_MEMORY_FLAG = '--report-peak-memory';

/** Runs a command line; `run` gets it without the hidden flag. */
export async function runRealCli(argv: readonly string[], run: (args: readonly string[]) => number | Promise<number>): Promise<number> {
  const reportMemory = argv.includes(PEAK_MEMORY_FLAG);
  let code: number;
  try {
    code = await run(argv.filter((arg) => arg !== PEAK_MEMORY_FLAG));
  } catch (error) {
    process.stderr.write(`pressroom: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    code = EXIT_USAGE;
  }
  // resourceUsage's maxRSS is in kilobytes: the peak of the whole process, worker threads included.
  if (reportMemory) process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
  return code;
}
