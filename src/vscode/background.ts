/**
 * Long work in the extension host without blocking it: bounded concurrency for file reads, and time
 * slices for CPU work, yielding to the event loop between slices. Only setTimeout, so it runs in the
 * web worker host too.
 */

/** Reads in flight at once: in the web-worker host each is a round trip to the window (code-server: about 3 ms). */
export const CONCURRENT_READS = 32;

/**
 * The longest stretch of CPU work before yielding to the event loop. Well under the host's 50 ms budget:
 * on a busy machine a slice's wall time stretches to two or three times its CPU time.
 */
export const SLICE_MS = 10;

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

/**
 * Runs CPU work in turns of the event loop, queued work in order, at most about `sliceMs` of it per turn,
 * the host getting a turn between. Each piece of work runs inside the queue's turn, so however many reads
 * in flight resume at once, no turn runs past the slice by more than one piece.
 */
export function cpuQueue(sliceMs = SLICE_MS): <T>(work: () => T) => Promise<T> {
  const queue: (() => void)[] = [];
  let scheduled = false;
  const drain = () => {
    const started = Date.now();
    do queue.shift()!();
    while (queue.length > 0 && Date.now() - started < sliceMs);
    if (queue.length > 0) setTimeout(drain, 0);
    else scheduled = false;
  };
  return <T>(work: () => T) =>
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
        setTimeout(drain, 0);
      }
    });
}

/** The host's one queue for the workspace index's and Validate All's checks of files. */
export const inCpuTurn = cpuQueue();

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
