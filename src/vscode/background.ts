/**
 * Long work in the extension host without blocking it: bounded concurrency for file reads, and time
 * slices for CPU work, yielding to the event loop between slices. Only setTimeout, so it runs in the
 * web worker host too.
 */

/** Reads in flight at once: each is a round trip to the file system provider (code-server: about 3 ms). */
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

let turnStart = Date.now();
let laterTurn: Promise<void> | undefined;

/**
 * Waits, when this turn of the event loop has already had SLICE_MS of Pressroom's background work, for
 * a later turn. Concurrent reads resume together when their replies arrive in one message; each waits
 * here before its CPU work, so no turn runs much past the slice, whichever task the work belongs to.
 */
export async function cpuTurn(): Promise<void> {
  while (Date.now() - turnStart >= SLICE_MS) {
    laterTurn ??= yieldToHost().then(() => {
      turnStart = Date.now();
      laterTurn = undefined;
    });
    await laterTurn;
  }
}

/**
 * Runs `work` on each item in order, yielding whenever a slice has taken `sliceMs`, and stopping early
 * once `stop` says so (checked before each item). Returns how many items were done.
 */
export async function inSlices<T>(items: readonly T[], stop: () => boolean, work: (item: T) => void, sliceMs = SLICE_MS): Promise<number> {
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
