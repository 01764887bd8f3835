import * as assert from 'node:assert/strict';
import { cpuQueue, inParallel, inSlices } from '../../../src/vscode/background';
import { areasByUse } from '../../../src/vscode/releases/areasByUse';

describe('Background work in the extension host', () => {
  it('inParallel runs every item once, never more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await inParallel(
      Array.from({ length: 50 }, (_, index) => index),
      4,
      () => false,
      async (item) => {
        running++;
        most = Math.max(most, running);
        await Promise.resolve();
        await Promise.resolve();
        seen.push(item);
        running--;
      },
    );
    assert.deepEqual([...seen].sort((a, b) => a - b), Array.from({ length: 50 }, (_, index) => index));
    assert.equal(most, 4);
  });

  it('inParallel starts no item once told to stop, and handles no items', async () => {
    const started: number[] = [];
    await inParallel([1, 2, 3, 4, 5, 6], 2, () => started.length >= 3, async (item) => {
      started.push(item);
      await Promise.resolve();
    });
    assert.deepEqual(started, [1, 2, 3]);
    await inParallel([], 16, () => false, () => Promise.reject(new Error('never called')));
  });

  it('inSlices does the items in order, yields to timers between slices, and stops when told', async () => {
    const done: number[] = [];
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    // A slice of 0 ms yields before every item after the first: the timer runs before the second.
    const count = await inSlices([1, 2, 3, 4], () => done.length === 3, (item) => done.push(timerRan ? item * 10 : item), 0);
    assert.equal(count, 3);
    assert.deepEqual(done, [1, 20, 30]);
  });

  it('cpuQueue runs work in order, each with its own answer or error, and gives a timer its turn between slices', async () => {
    const order: string[] = [];
    // A slice of 0 ms runs one piece of work per turn: a timer set after the work was queued runs after the first.
    const inTurn = cpuQueue(0);
    const first = inTurn(() => {
      order.push('first');
      return 1;
    });
    const second = inTurn(() => {
      order.push('second');
      throw new Error('the second failed');
    });
    const third = inTurn(() => {
      order.push('third');
      return 'three';
    });
    setTimeout(() => order.push('timer'), 0);
    assert.deepEqual(order, [], 'nothing runs in the turn that queued it');
    assert.equal(await first, 1);
    await assert.rejects(second, /the second failed/);
    assert.equal(await third, 'three');
    assert.deepEqual(order, ['first', 'timer', 'second', 'third']);
  });

  it('cpuQueue runs everything queued in one turn while the slice has room', async () => {
    const inTurn = cpuQueue(60_000);
    let timerRan = false;
    const answers = Promise.all([1, 2, 3].map((value) => inTurn(() => (timerRan ? -value : value))));
    setTimeout(() => (timerRan = true), 0);
    assert.deepEqual(await answers, [1, 2, 3]);
  });

  /** A queue on a clock of the test's own: its timers are run by hand. */
  const handClock = () => {
    const clock = { time: 1_000, timers: [] as { run: () => void; ms: number }[] };
    return { clock, queueClock: { now: () => clock.time, later: (run: () => void, ms: number) => void clock.timers.push({ run, ms }) } };
  };

  it('cpuQueue holds its work back while held, a later hold extending it and a shorter one not shortening it', async () => {
    const { clock, queueClock } = handClock();
    const inTurn = cpuQueue(10, queueClock, 10_000); // slices so far apart while held that none runs
    const ran: string[] = [];
    await Promise.all([inTurn(() => ran.push('before')), Promise.resolve().then(() => clock.timers.shift()!.run())]);
    inTurn.holdFor(300);
    const answer = inTurn(() => {
      ran.push('work');
      return 42;
    });
    assert.deepEqual(clock.timers.map((timer) => timer.ms), [0], 'a turn is asked for at once');
    clock.time += 100;
    inTurn.holdFor(300); // until 1,400
    inTurn.holdFor(50); // until 1,150: no earlier than the hold before
    clock.timers.shift()!.run();
    assert.deepEqual(ran, ['before'], 'held: nothing runs');
    assert.deepEqual(clock.timers.map((timer) => timer.ms), [300], 'it looks again when the longest hold ends');
    clock.time += 300;
    clock.timers.shift()!.run();
    assert.deepEqual(ran, ['before', 'work']);
    assert.equal(await answer, 42);
    assert.deepEqual(clock.timers, [], 'an empty queue asks for no more turns');
  });

  it('cpuQueue, held, still runs a slice every so often, and at full speed again once the hold ends', async () => {
    const { clock, queueClock } = handClock();
    const inTurn = cpuQueue(10, queueClock, 100);
    const ranAt: number[] = [];
    // Each piece of work takes 10 ms of the clock: one piece per slice.
    const pieces = Array.from({ length: 5 }, () => inTurn(() => ranAt.push((clock.time += 10))));
    inTurn.holdFor(250); // until 1,250
    const delays: number[] = [];
    while (clock.timers.length > 0) {
      const timer = clock.timers.shift()!;
      delays.push(timer.ms);
      clock.time += timer.ms;
      timer.run();
    }
    await Promise.all(pieces);
    // The first slice runs at once (none ran before it), the next two each 100 ms after the one before ended; the
    // third gap is cut short when the hold ends at 1,250, and from then on the slices run back to back.
    assert.deepEqual(ranAt, [1_010, 1_120, 1_230, 1_260, 1_270]);
    assert.deepEqual(delays, [0, 0, 100, 0, 100, 0, 20, 0]);
  });

  it('areasByUse puts the most used areas first, then A to Z', () => {
    const facts = [['Westmere'], ['Northshire'], ['Eastvale'], ['Northshire'], [], ['Eastvale', 'Northshire']].map((areas) => ({ areas, contacts: [] }));
    assert.deepEqual(areasByUse(facts), ['Northshire', 'Eastvale', 'Westmere']);
    assert.deepEqual(areasByUse([]), []);
  });
});
