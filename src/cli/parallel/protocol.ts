/** What the validate command and its worker threads say to each other. */
import type { InputFile } from '../expandInputs';
import type { FileOutcome } from '../checkRun';

/** Marks a worker started by the pool, so the CLI's entry point runs the worker loop instead. */
export const WORKER_ROLE = 'pressroom-check-worker';

export interface WorkerSetup {
  readonly role: typeof WORKER_ROLE;
  /** --schema, loaded again by each worker (the main thread has already checked it loads). */
  readonly schemaFile?: string;
  /** The run's time, as milliseconds, so every thread's date rules agree. */
  readonly now: number;
}

export interface BatchRequest {
  readonly batch: number;
  readonly inputs: readonly InputFile[];
}

export interface BatchReply {
  readonly batch: number;
  readonly outcomes: readonly FileOutcome[];
}
