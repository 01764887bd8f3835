/**
 * What the validate command and its worker threads say to each other. Light (types and one check), as
 * the installed CLI's small entry point imports it to tell a checking thread from a command line.
 */
import { parentPort, workerData } from 'node:worker_threads';
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

/** Whether this thread is one the pool started to check files (its workerData says so). */
export function isCheckWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerSetup> | undefined)?.role === WORKER_ROLE;
}

export interface BatchRequest {
  readonly batch: number;
  readonly inputs: readonly InputFile[];
}

/**
 * Sent when every batch is done: the worker closes its port and its thread ends as a program does, with
 * its exit handlers run (the code cache of its bundle is written in one), rather than being stopped.
 */
export interface CloseRequest {
  readonly close: true;
}

export type WorkerRequest = BatchRequest | CloseRequest;

export interface BatchReply {
  readonly batch: number;
  readonly outcomes: readonly FileOutcome[];
}
