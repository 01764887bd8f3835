/** Timing helpers for the benchmarks: medians and 95th percentiles over repeated runs, after a warm-up. */

export interface Timing {
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly runs: number;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

export function time(task: () => void, runs: number, warmUp = Math.ceil(runs / 10)): Timing {
  for (let index = 0; index < warmUp; index++) task();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = process.hrtime.bigint();
    task();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), runs };
}

/**
 * Several tasks timed in turn, a block of runs each, so a machine whose load changes during the
 * measurement slows them alike and their ratio holds; blocks rather than single runs, so the garbage
 * one task leaves is mostly collected in its own runs.
 */
export function timeInterleaved(tasks: readonly (() => void)[], runs: number, block: number, warmUp = Math.ceil(runs / 10)): Timing[] {
  for (let index = 0; index < warmUp; index++) for (const task of tasks) task();
  const samples = tasks.map((): number[] => []);
  for (let done = 0; done < runs; done += block) {
    tasks.forEach((task, which) => {
      for (let index = done; index < Math.min(runs, done + block); index++) {
        const start = process.hrtime.bigint();
        task();
        samples[which].push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    });
  }
  return samples.map((list) => {
    list.sort((a, b) => a - b);
    return { medianMs: percentile(list, 0.5), p95Ms: percentile(list, 0.95), runs };
  });
}

export const ms = (value: number) => `${value.toFixed(3)} ms`;

export function row(label: string, timing: Timing, floor?: Timing): string {
  const ratio = floor ? `  ${(timing.medianMs / floor.medianMs).toFixed(2)}x floor (${ms(floor.medianMs)})` : '';
  return `${label.padEnd(60)} median ${ms(timing.medianMs).padStart(12)}  p95 ${ms(timing.p95Ms).padStart(12)}${ratio}`;
}
