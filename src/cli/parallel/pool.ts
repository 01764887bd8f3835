/**
 * The first pass of a large run, spread over worker threads and, with `checkHere`, this thread too:
 * files go out in small batches as each thread asks for more (so a slow file never holds up the others),
 * and the outcomes are put back in the input order, so the report is the same whatever the scheduling.
 * The threads can be started before the files are known (startCheckingThreads), so that they load while
 * this thread walks the folders; a run that turns out small stops them unused. This thread starts on the
 * first batches while the workers are still starting. When all are done, each worker is asked to close and
 * its thread ends as a program does (so its bundle's code cache is written). A worker that fails (it should
 * not: each file's problems are outcomes) ends the run with that error, and every worker is stopped,
 * rather than leaving it hanging.
 */
import { Worker } from 'node:worker_threads';
import type { FileOutcome, ProgressSink } from '../checkRun';
import type { InputFile } from '../expandInputs';
import { WORKER_ROLE, type BatchReply, type BatchRequest, type CloseRequest, type WorkerSetup } from './protocol';

/** What the threads are started with. */
export interface ThreadsStart {
  /** The script each worker runs: the CLI's own entry point, which turns into the worker loop. */
  readonly script: string;
  readonly workers: number;
  readonly setup: Omit<WorkerSetup, 'role'>;
  /** Node options for the workers (default: this thread's; tests give esbuild-register to run the TypeScript entry). */
  readonly execArgv?: readonly string[];
}

/** How one run's files are shared out. */
export interface CheckOptions {
  /** Files per message (default 64): few enough to share the work evenly, enough to keep messages cheap. */
  readonly batchSize?: number;
  readonly progress?: ProgressSink;
  /**
   * Checks a batch in this thread, between the workers' messages: this thread has the checker loaded
   * already, so on n cores n - 1 workers and this thread check, and none waits idle.
   */
  readonly checkHere?: (inputs: readonly InputFile[]) => FileOutcome[];
}

export type PoolOptions = ThreadsStart & CheckOptions;

/** Worker threads started and waiting for files. */
export interface CheckingThreads {
  /** Checks the files (once per set of threads); the outcomes come in the input order. */
  check(inputs: readonly InputFile[], options?: CheckOptions): Promise<FileOutcome[]>;
  /** Stops the threads without checking anything (a run too small for them). */
  stop(): Promise<void>;
}

const CLOSE: CloseRequest = { close: true };

/**
 * Batches in flight per worker: one being checked and three waiting, so a worker never idles between replies,
 * nor while this thread is busy with a batch of its own or collecting garbage (two left a worker idle about 5%
 * of a 100,000-file run).
 */
const IN_FLIGHT = 4;

/** Starts the workers now; they load their bundle and wait for `check`. */
export function startCheckingThreads(start: ThreadsStart): CheckingThreads {
  const workers = Array.from({ length: Math.max(0, start.workers) }, () => new StartedWorker(start));
  let used = false;
  return {
    check(inputs, options = {}) {
      if (used) return Promise.reject(new Error('these checking threads have checked a run already'));
      used = true;
      return checkOn(workers, inputs, options);
    },
    async stop() {
      used = true;
      await Promise.all(workers.map((worker) => worker.thread.terminate()));
    },
  };
}

/** Starts the threads and checks the files on them: what a run that knows its files from the start does. */
export function checkInParallel(inputs: readonly InputFile[], options: PoolOptions): Promise<FileOutcome[]> {
  const workers = options.checkHere ? options.workers : Math.max(1, options.workers);
  return startCheckingThreads({ ...options, workers }).check(inputs, options);
}

/** One worker thread, with an error it met before the run was given to it (its exit is in `ended`). */
class StartedWorker {
  readonly thread: Worker;
  readonly ended: Promise<number>;
  /** An error before `checkOn` listened. */
  early: unknown;

  constructor(start: ThreadsStart) {
    this.thread = new Worker(start.script, { workerData: { ...start.setup, role: WORKER_ROLE } satisfies WorkerSetup, execArgv: start.execArgv ? [...start.execArgv] : undefined });
    this.ended = new Promise((end) => this.thread.once('exit', end));
    this.thread.once('error', (error) => (this.early ??= error));
  }
}

function checkOn(started: readonly StartedWorker[], inputs: readonly InputFile[], options: CheckOptions): Promise<FileOutcome[]> {
  const size = options.batchSize ?? 64;
  const outcomes: FileOutcome[] = new Array(inputs.length);
  const batches = Math.ceil(inputs.length / size);
  let nextBatch = 0;
  let repliedBatches = 0;
  let done = 0;
  const { checkHere } = options;
  // With this thread checking, a worker only for batches beyond its first; the others are stopped unused.
  const wanted = checkHere ? Math.min(started.length, Math.max(0, batches - 1)) : started.length;
  const workers = started.slice(0, wanted);
  const unused = started.slice(wanted);
  const stopAll = () => Promise.all(started.map((worker) => worker.thread.terminate()));
  const closeAll = () =>
    Promise.all([
      ...workers.map((worker) => {
        worker.thread.postMessage(CLOSE);
        return worker.ended;
      }),
      ...unused.map((worker) => worker.thread.terminate()),
    ]);

  return new Promise<FileOutcome[]>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      void stopAll().finally(() => reject(error instanceof Error ? error : new Error(String(error))));
    };
    if (batches === 0) return void closeAll().then(() => resolve(outcomes), fail);
    if (workers.length === 0 && !checkHere) return fail(new Error('no thread to check the files on'));
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
    for (const worker of workers) {
      if (worker.early !== undefined) return fail(worker.early);
      const { thread } = worker;
      thread.on('message', (reply: BatchReply) => {
        if (!record(reply.batch, reply.outcomes)) send(thread);
      });
      thread.on('error', fail);
      void worker.ended.then((code) => {
        if (repliedBatches < batches) fail(new Error(`a checking thread stopped early (exit code ${code})`));
      });
      for (let slot = 0; slot < IN_FLIGHT; slot++) send(thread);
    }
    setImmediate(checkNextHere);
  });
}
