import * as assert from 'node:assert/strict';
import { findDateIn, findDatesIn } from '../../../src/core/dates/readDate';

describe('findDateIn: times written in words or impossible', () => {
  it('reads "noon" after the date and "midnight" before it', () => {
    assert.deepEqual(findDateIn('18 March 2020 at noon'), { date: { year: 2020, month: 3, day: 18, hour: 12, minute: 0 }, start: 0, end: 21, text: '18 March 2020 at noon' });
    assert.deepEqual(findDateIn('midnight, 18 March 2020'), { date: { year: 2020, month: 3, day: 18, hour: 0, minute: 0 }, start: 0, end: 23, text: 'midnight, 18 March 2020' });
  });

  it('keeps the date but drops a 12-hour time that cannot be', () => {
    const dateAlone = { date: { year: 2020, month: 3, day: 18 }, start: 0, end: 13, text: '18 March 2020' };
    assert.deepEqual(findDateIn('18 March 2020 at 13pm'), dateAlone);
    assert.deepEqual(findDateIn('18 March 2020 at 0am'), dateAlone);
    assert.deepEqual(findDateIn('18 March 2020 at 4.75pm'), dateAlone);
  });
});

describe('findDatesIn: overlapping readings', () => {
  it('keeps the longer of two readings that start at the same place', () => {
    // With a default year, "18 March" alone is also a date; the reading with its own year wins.
    assert.deepEqual(findDatesIn('18 March 2020 and 2 April', { defaultYear: 2021 }), [
      { date: { year: 2020, month: 3, day: 18 }, start: 0, end: 13, text: '18 March 2020' },
      { date: { year: 2021, month: 4, day: 2 }, start: 18, end: 25, text: '2 April' },
    ]);
  });
});
