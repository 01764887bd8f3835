import * as assert from 'node:assert/strict';
import { findDateIn, findDatesIn, readDate } from '../../../src/core/dates/readDate';
import { readAnyDate } from '../../../src/core/dates/anyDate';

describe('readDate', () => {
  const cases: [string, object][] = [
    ['2020-03-18', { year: 2020, month: 3, day: 18 }],
    ['2020-03-18T16:55', { year: 2020, month: 3, day: 18, hour: 16, minute: 55 }],
    ['2020-03-18 16:55:00+01:00', { year: 2020, month: 3, day: 18, hour: 16, minute: 55 }],
    ['2020-03-18T16:55:00.000Z', { year: 2020, month: 3, day: 18, hour: 16, minute: 55 }],
    ['18 March 2020 16:55', { year: 2020, month: 3, day: 18, hour: 16, minute: 55 }],
    ['18 March 2020', { year: 2020, month: 3, day: 18 }],
    ['18 MARCH 2020', { year: 2020, month: 3, day: 18 }],
    ['18/03/2020', { year: 2020, month: 3, day: 18 }],
    ['1/4/2020', { year: 2020, month: 4, day: 1 }],
    ['18.03.2020', { year: 2020, month: 3, day: 18 }],
    ['16:55 18/03/2020', { year: 2020, month: 3, day: 18, hour: 16, minute: 55 }],
    ['Posted on Tuesday 19th May 2020', { year: 2020, month: 5, day: 19, weekday: 'Tuesday' }],
    ['17 October 2020', { year: 2020, month: 10, day: 17 }],
    ['Thursday, 2 April 2020', { year: 2020, month: 4, day: 2, weekday: 'Thursday' }],
    ['Tuesday 23rd November 2020', { year: 2020, month: 11, day: 23, weekday: 'Tuesday' }],
    ['June 28, 2019', { year: 2019, month: 6, day: 28 }],
    ['Jun 28 2019', { year: 2019, month: 6, day: 28 }],
    ['Sept. 3, 2020', { year: 2020, month: 9, day: 3 }],
    ['Wed 1st of April 2020', { year: 2020, month: 4, day: 1, weekday: 'Wednesday' }],
    ['18 March 2020 4.55pm', { year: 2020, month: 3, day: 18, hour: 16, minute: 55 }],
    ['18 March 2020, 4:55 pm', { year: 2020, month: 3, day: 18, hour: 16, minute: 55 }],
    ['18 March 2020 at 12am', { year: 2020, month: 3, day: 18, hour: 0, minute: 0 }],
    ['18 March 2020 at 12.30 p.m.', { year: 2020, month: 3, day: 18, hour: 12, minute: 30 }],
    ['6am Thursday 19 March 2020', { year: 2020, month: 3, day: 19, hour: 6, minute: 0, weekday: 'Thursday' }],
    ['00:01 Thursday 19 March 2020', { year: 2020, month: 3, day: 19, hour: 0, minute: 1, weekday: 'Thursday' }],
    ['Date: 17 October 2020.', { year: 2020, month: 10, day: 17 }],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      assert.deepEqual(readDate(text), expected);
    });
  }

  const rejected = ['31/02/2020', '30 February 2020', '2020-02-30', '2020-13-01', 'February 29, 2019', '18 March', 'yesterday', '18 March 2020 was a day', '', '12/2020'];
  for (const text of rejected) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      assert.equal(readDate(text), undefined);
    });
  }

  it('accepts 29 February in a leap year', () => {
    assert.deepEqual(readDate('29/02/2020'), { year: 2020, month: 2, day: 29 });
  });

  it('does not read an impossible time as a time', () => {
    assert.deepEqual(readDate('18/03/2020 25:10'), undefined);
    assert.deepEqual(findDateIn('18/03/2020 25:10')?.date, { year: 2020, month: 3, day: 18 });
    assert.equal(readDate('2020-03-18T24:30'), undefined);
  });

  it('reads a day and month without year only with a default year', () => {
    assert.equal(readDate('Thursday 19 March'), undefined);
    assert.deepEqual(readDate('6am Thursday 19 March', { defaultYear: 2020 }), { year: 2020, month: 3, day: 19, hour: 6, minute: 0, weekday: 'Thursday' });
    assert.deepEqual(readDate('March 19', { defaultYear: 2021 }), { year: 2021, month: 3, day: 19 });
  });
});

describe('findDateIn', () => {
  it('finds a date inside a line with its offsets', () => {
    const line = 'Posted on Tuesday 19th May 2020 by the press office';
    const found = findDateIn(line);
    assert.ok(found);
    assert.deepEqual(found.date, { year: 2020, month: 5, day: 19, weekday: 'Tuesday' });
    assert.equal(found.start, 10);
    assert.equal(found.end, 31);
    assert.equal(found.text, 'Tuesday 19th May 2020');
    assert.equal(line.slice(found.start, found.end), found.text);
  });

  it('includes a time written before the date', () => {
    const found = findDateIn('EMBARGOED UNTIL 00:01 Thursday 19 March 2020');
    assert.ok(found);
    assert.equal(found.text, '00:01 Thursday 19 March 2020');
    assert.equal(found.start, 16);
    assert.deepEqual(found.date, { year: 2020, month: 3, day: 19, hour: 0, minute: 1, weekday: 'Thursday' });
  });

  it('includes a time written after the date', () => {
    const found = findDateIn('Issued: 18 March 2020 at 4.55pm (local time)');
    assert.ok(found);
    assert.equal(found.text, '18 March 2020 at 4.55pm');
    assert.deepEqual(found.date, { year: 2020, month: 3, day: 18, hour: 16, minute: 55 });
  });

  it('finds an ISO date in running text', () => {
    const found = findDateIn('Updated 2020-03-18T16:55 after review');
    assert.deepEqual(found && [found.text, found.date], ['2020-03-18T16:55', { year: 2020, month: 3, day: 18, hour: 16, minute: 55 }]);
  });

  it('does not read dates out of longer numbers or words', () => {
    assert.equal(findDateIn('Ref 118/03/20201'), undefined);
    assert.equal(findDateIn('Call 01632 960123'), undefined);
    assert.equal(findDateIn('Maybe 4 Marchers 2020'), undefined);
  });

  it('returns undefined when there is no date', () => {
    assert.equal(findDateIn('MEDIA RELEASE'), undefined);
  });

  it('lists every date in a line', () => {
    const found = findDatesIn('From 1 April 2020 until 30/06/2020');
    assert.deepEqual(
      found.map((f) => f.text),
      ['1 April 2020', '30/06/2020'],
    );
  });
});

describe('readAnyDate: a date as an author may write it', () => {
  it('reads the press form first, then any style readDate knows, and nothing from empty or very long text', () => {
    assert.deepEqual(readAnyDate(' 16:55 18/03/2020 '), { year: 2020, month: 3, day: 18, hour: 16, minute: 55 });
    assert.equal(readAnyDate('18 March 2020')?.hour, undefined);
    assert.deepEqual([readAnyDate('18 March 2020')?.year, readAnyDate('18 March 2020')?.month, readAnyDate('18 March 2020')?.day], [2020, 3, 18]);
    assert.equal(readAnyDate('   '), undefined);
    assert.equal(readAnyDate(`18 March 2020 ${'x'.repeat(200)}`), undefined);
  });
});
