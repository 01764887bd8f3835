/**
 * The first pass of a large run, spread over worker threads and, with `checkHere`, this thread too:
 * files go out in small batches as each thread asks for more (so a slow file never holds up the others),
 * and the outcomes are put back in the input order, so the report is the same whatever the scheduling.
 * This thread starts on the first batches while the workers are still starting. When all are done, each
 * worker is asked to close and its thread ends as a program does (so its bundle's code cache is written).
 * A worker that fails (it should not: each file's problems are outcomes) ends the run with that error,
 * and every worker is stopped, rather than leaving it hanging.
 */
import { Worker } from 'node:worker_threads';
import type { FileOutcome, ProgressSink } from '../checkRun';
import type { InputFile } from '../expandInputs';
import { WORKER_ROLE, type BatchReply, type BatchRequest, type CloseRequest, type WorkerSetup } from './protocol';

export interface PoolOptions {
  /** The script each worker runs: the CLI's own entry point, which turns into the worker loop. */
  readonly script: string;
  readonly workers: number;
  readonly setup: Omit<WorkerSetup, 'role'>;
  /** Files per message (default 64): few enough to share the work evenly, enough to keep messages cheap. */
  readonly batchSize?: number;
  readonly progress?: ProgressSink;
  /** Node options for the workers (default: this thread's; tests give esbuild-register to run the TypeScript entry). */
  readonly execArgv?: readonly string[];
  /**
   * Checks a batch in this thread, between the workers' messages: this thread has the checker loaded
   * already, so on n cores n - 1 workers and this thread check, and none waits idle.
   */
  readonly checkHere?: (inputs: readonly InputFile[]) => FileOutcome[];
}

const CLOSE: CloseRequest = { close: true };

/** Batches in flight per worker: one being checked, one waiting, so a worker never idles between replies. */
const IN_FLIGHT = 2;

export function checkInParallel(inputs: readonly InputFile[], options: PoolOptions): Promise<FileOutcome[]> {
  const size = options.batchSize ?? 64;
  const outcomes: FileOutcome[] = new Array(inputs.length);
  const batches = Math.ceil(inputs.length / size);
  let nextBatch = 0;
  let repliedBatches = 0;
  let done = 0;
  const workers: Worker[] = [];
  /** Each worker's end, once it has ended (when asked to close, or otherwise). */
  const ended = new Map<Worker, Promise<void>>();
  const stopAll = () => Promise.all(workers.map((worker) => worker.terminate()));
  const closeAll = () =>
    Promise.all(
      workers.map((worker) => {
        worker.postMessage(CLOSE);
        return ended.get(worker);
      }),
    );

  return new Promise<FileOutcome[]>((resolve, reject) => {
    if (batches === 0) return resolve(outcomes);
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      void stopAll().finally(() => reject(error instanceof Error ? error : new Error(String(error))));
    };
    const inputsOf = (batch: number) => inputs.slice(batch * size, (batch + 1) * size);
    /** Puts a batch's outcomes in place; true when it was the last. */
    const record = (batch: number, checked: readonly FileOutcome[]): boolean => {
      checked.forEach((outcome, offset) => (outcomes[batch * size + offset] = outcome));
      done += checked.length;
      repliedBatches++;
      options.progress?.(done, inputs.length);
      if (repliedBatches < batches) return false;
      void closeAll().then(() => resolve(outcomes), fail);
      return true;
    };
    const send = (worker: Worker) => {
      if (nextBatch >= batches) return;
      const batch = nextBatch++;
      const request: BatchRequest = { batch, inputs: inputsOf(batch) };
      worker.postMessage(request);
    };
    const { checkHere } = options;
    // One batch at a time, then the event loop: the workers' replies are taken in between.
    const checkNextHere = () => {
      if (failed || !checkHere || nextBatch >= batches) return;
      const batch = nextBatch++;
      let checked: FileOutcome[];
      try {
        checked = checkHere(inputsOf(batch));
      } catch (error) {
        return fail(error);
      }
      if (!record(batch, checked)) setImmediate(checkNextHere);
    };
    // With this thread checking, a worker only for batches beyond its first; without it, at least one worker.
    const count = checkHere ? Math.min(options.workers, batches - 1) : Math.max(1, Math.min(options.workers, batches));
    for (let index = 0; index < count; index++) {
      const worker = new Worker(options.script, { workerData: { ...options.setup, role: WORKER_ROLE } satisfies WorkerSetup, execArgv: options.execArgv ? [...options.execArgv] : undefined });
      workers.push(worker);
      ended.set(worker, new Promise((end) => worker.once('exit', () => end())));
      worker.on('message', (reply: BatchReply) => {
        if (!record(reply.batch, reply.outcomes)) send(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (repliedBatches < batches) fail(new Error(`a checking thread stopped early (exit code ${code})`));
      });
      for (let slot = 0; slot < IN_FLIGHT; slot++) send(worker);
    }
    setImmediate(checkNextHere);
  });
}
