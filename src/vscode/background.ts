/**
 * Long work in the extension host without blocking it: bounded concurrency for file reads, and time
 * slices for CPU work, yielding to the event loop between slices and held back while someone types or
 * waits for a completion. Only setTimeout, so it runs in the web worker host too.
 */

/** Reads in flight at once: in the web-worker host each is a round trip to the window (code-server: about 3 ms). */
export const CONCURRENT_READS = 32;

/**
 * The longest stretch of CPU work before yielding to the event loop. Well under the host's 50 ms budget:
 * on a busy machine a slice's wall time stretches to two or three times its CPU time.
 */
export const SLICE_MS = 10;

/** While the queue is held, the least time between the end of one slice and the start of the next. */
export const HELD_TURN_GAP_MS = 100;

/** Runs `work` on every item, at most `limit` at once, stopping early once `stop` says so. */
export async function inParallel<T>(items: readonly T[], limit: number, stop: () => boolean, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop()) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Lets timers, messages and other events run before the work goes on. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** CPU work queued to run in turns of the event loop, which the person at the keyboard can hold back. */
export interface CpuQueue {
  <T>(work: () => T): Promise<T>;
  /**
   * Holds the queued work back for `ms` from now (a later hold extends it) to one slice per HELD_TURN_GAP_MS,
   * so a long stretch of holds slows the work but never stops it.
   */
  holdFor(ms: number): void;
}

/** The queue's time and timer (a test gives its own). */
export interface QueueClock {
  readonly now: () => number;
  readonly later: (run: () => void, ms: number) => void;
}

const HOST_CLOCK: QueueClock = { now: Date.now, later: (run, ms) => void setTimeout(run, ms) };

/**
 * Runs CPU work in turns of the event loop, queued work in order, at most about `sliceMs` of it per turn,
 * the host getting a turn between. Each piece of work runs inside the queue's turn, so however many reads
 * in flight resume at once, no turn runs past the slice by more than one piece.
 */
export function cpuQueue(sliceMs = SLICE_MS, clock: QueueClock = HOST_CLOCK, heldTurnGapMs = HELD_TURN_GAP_MS): CpuQueue {
  const { now, later } = clock;
  const queue: (() => void)[] = [];
  let scheduled = false;
  let heldUntil = 0;
  let lastTurnEnd = -Infinity;
  const drain = () => {
    const time = now();
    // Held, the work still gets a slice now and then, so that a press officer typing without a pause never stops it.
    const wait = Math.min(heldUntil - time, lastTurnEnd + heldTurnGapMs - time);
    if (wait > 0) return later(drain, wait);
    do queue.shift()!();
    while (queue.length > 0 && now() - time < sliceMs);
    lastTurnEnd = now();
    if (queue.length > 0) later(drain, 0);
    else scheduled = false;
  };
  const run = <T>(work: () => T) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        try {
          resolve(work());
        } catch (error) {
          reject(error);
        }
      });
      if (!scheduled) {
        scheduled = true;
        later(drain, 0);
      }
    });
  return Object.assign(run, {
    holdFor(ms: number) {
      heldUntil = Math.max(heldUntil, now() + ms);
    },
  });
}

/** The host's one queue for the workspace index's and Validate All's checks of files. */
export const inCpuTurn = cpuQueue();

/**
 * How long an edit or a request from the editor holds the background back: long enough for a completion's
 * reply to reach the window and come back on a busy 2-core machine, short enough that the index goes on as
 * soon as the typing pauses.
 */
export const INTERACTIVE_HOLD_MS = 300;

/**
 * Someone is typing, or waiting for a completion or a hover: the host and the machine's cores serve that
 * before the background. Not for code actions: VS Code asks for those by itself whenever diagnostics
 * change, as Validate All makes them, so Validate All would hold itself back.
 */
export function holdBackgroundForUser(): void {
  inCpuTurn.holdFor(INTERACTIVE_HOLD_MS);
}

/**
 * Runs `work` on each item in order, yielding whenever a slice has taken `sliceMs`, and stopping early
 * once `stop` says so (checked before each item). Returns how many items were done.
 */
export async function inSlices<T>(items: Iterable<T>, stop: () => boolean, work: (item: T) => void, sliceMs = SLICE_MS): Promise<number> {
  let sliceStart = Date.now();
  let done = 0;
  for (const item of items) {
    if (stop()) break;
    work(item);
    done++;
    if (Date.now() - sliceStart >= sliceMs) {
      await yieldToHost();
      sliceStart = Date.now();
    }
  }
  return done;
}
