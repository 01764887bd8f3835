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

  it('cpuQueue holds its work back while held, a later hold extending it and a shorter one not shortening it', async () => {
    let time = 1_000;
    const timers: { run: () => void; ms: number }[] = [];
    const inTurn = cpuQueue(10, { now: () => time, later: (run, ms) => void timers.push({ run, ms }) });
    const ran: string[] = [];
    inTurn.holdFor(300);
    const answer = inTurn(() => {
      ran.push('work');
      return 42;
    });
    assert.deepEqual(timers.map((timer) => timer.ms), [0], 'the first turn is asked for at once');
    time += 100;
    inTurn.holdFor(300); // until 1,400
    inTurn.holdFor(50); // until 1,150: no earlier than the hold before
    timers.shift()!.run();
    assert.deepEqual(ran, [], 'held: nothing runs');
    assert.deepEqual(timers.map((timer) => timer.ms), [300], 'it looks again when the longest hold ends');
    time += 300;
    timers.shift()!.run();
    assert.deepEqual(ran, ['work']);
    assert.equal(await answer, 42);
    assert.deepEqual(timers, [], 'an empty queue asks for no more turns');
  });

  it('areasByUse puts the most used areas first, then A to Z', () => {
    const facts = [['Westmere'], ['Northshire'], ['Eastvale'], ['Northshire'], [], ['Eastvale', 'Northshire']].map((areas) => ({ areas, contacts: [] }));
    assert.deepEqual(areasByUse(facts), ['Northshire', 'Eastvale', 'Westmere']);
    assert.deepEqual(areasByUse([]), []);
  });
});
