// The date patterns are kept cheap to compile: they run on an ASCII shadow of the line, and take any word
// where a weekday or a month stands, checked in code. Letters, numbers, spaces and dashes beyond ASCII, and
// words that are no weekday or month, must count as they did when the patterns spelt them out.
import * as assert from 'node:assert/strict';
import { findDateIn, timeZoneIn } from '../../../src/core/dates/readDate';

describe('readDate: word boundaries beyond ASCII', () => {
  it('reads no date glued to a letter or a number of any script, astral ones included', () => {
    for (const line of ['é19 March 2020', '19 March 2020é', '\u{1d400}19 March 2020', '19 March 2020\u{1d400}', '\u0663 March 2020', '3 March 2020\u00b2', 'x3 March 2020']) {
      assert.equal(findDateIn(line), undefined, line);
    }
  });

  it('leaves out a time glued to a letter beyond ASCII, and still reads the date', () => {
    assert.deepEqual(findDateIn('2020-03-18 16:55é'), { date: { year: 2020, month: 3, day: 18 }, start: 0, end: 10, text: '2020-03-18' });
    assert.deepEqual(findDateIn('4 p.m.é 19 March 2020'), { date: { year: 2020, month: 3, day: 19 }, start: 8, end: 21, text: '19 March 2020' });
  });

  it('reads a zone only when no letter beyond ASCII follows it', () => {
    const found = findDateIn('19 March 2020 at 4 a.m. ÉT')!;
    assert.deepEqual(found, { date: { year: 2020, month: 3, day: 19, hour: 4, minute: 0 }, start: 0, end: 23, text: '19 March 2020 at 4 a.m.' });
    assert.equal(timeZoneIn(found), undefined);
  });

  it('keeps offsets and text as written across no-break spaces and dashes', () => {
    assert.deepEqual(findDateIn('12:30\u00a019/03/2020'), { date: { year: 2020, month: 3, day: 19, hour: 12, minute: 30 }, start: 0, end: 16, text: '12:30\u00a019/03/2020' });
    const found = findDateIn('Embargo: 4 p.m. ET – Thursday 19 March 2020')!;
    assert.deepEqual(found, {
      date: { year: 2020, month: 3, day: 19, hour: 16, minute: 0, weekday: 'Thursday' },
      start: 9,
      end: 43,
      text: '4 p.m. ET – Thursday 19 March 2020',
    });
    assert.equal(timeZoneIn(found), 'ET');
  });
});

describe('readDate: the words where a weekday or a month stands', () => {
  it('starts a date after a word that is no weekday, and reads one that is', () => {
    assert.deepEqual(findDateIn('Today 19 March 2020'), { date: { year: 2020, month: 3, day: 19 }, start: 6, end: 19, text: '19 March 2020' });
    assert.deepEqual(findDateIn('Blah March 5, 2020'), { date: { year: 2020, month: 3, day: 5 }, start: 5, end: 18, text: 'March 5, 2020' });
    assert.deepEqual(findDateIn('Monday the 5 March 2020'), { date: { year: 2020, month: 3, day: 5, weekday: 'Monday' }, start: 0, end: 23, text: 'Monday the 5 March 2020' });
    assert.deepEqual(findDateIn('Tues. 5 May 2020'), { date: { year: 2020, month: 5, day: 5, weekday: 'Tuesday' }, start: 0, end: 16, text: 'Tues. 5 May 2020' });
  });

  it('reads no month from a longer word or one spelt with letters beyond ASCII', () => {
    for (const line of ['Marching 5 2020', '5 Marching 2020', '5 Märch 2020', 'Mondays 5 Mayday 2020']) assert.equal(findDateIn(line), undefined, line);
    assert.deepEqual(findDateIn('Sundays 5 May 2020'), { date: { year: 2020, month: 5, day: 5 }, start: 8, end: 18, text: '5 May 2020' });
  });
});
