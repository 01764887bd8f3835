import * as assert from 'node:assert/strict';
import { describePressDate, formatPressDate, isRealDate, isRealTime, parsePressDate } from '../../../src/core';
import { seededRandom } from '../seededRandom';

/** The reading by pattern that the character-code reading replaced, to hold it to the same answers. */
function parseByPattern(value: string): ReturnType<typeof parsePressDate> {
  const match = /^(\d{2}):(\d{2}) (\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!match) return { ok: false, reason: 'shape' };
  const [hour, minute, day, month, year] = match.slice(1).map(Number);
  if (!isRealTime(hour, minute)) return { ok: false, reason: 'time' };
  if (!isRealDate(year, month, day)) return { ok: false, reason: 'date' };
  return { ok: true, parts: { year, month, day, hour, minute } };
}

describe('press dates (HH:mm DD/MM/YYYY)', () => {
  it('parses the sample date', () => {
    assert.deepEqual(parsePressDate('16:55 18/03/2020'), { ok: true, parts: { year: 2020, month: 3, day: 18, hour: 16, minute: 55 } });
  });

  it('says why a value is not a date', () => {
    assert.deepEqual(parsePressDate('16:55 31/02/2020'), { ok: false, reason: 'date' });
    assert.deepEqual(parsePressDate('16:55 29/02/2021'), { ok: false, reason: 'date' });
    assert.deepEqual(parsePressDate('24:00 18/03/2020'), { ok: false, reason: 'time' });
    assert.deepEqual(parsePressDate('2020-03-18'), { ok: false, reason: 'shape' });
    assert.deepEqual(parsePressDate('6:55 18/03/2020'), { ok: false, reason: 'shape' });
  });

  it('accepts 29 February in a leap year', () => {
    assert.equal(parsePressDate('00:00 29/02/2024').ok, true);
  });

  it('reads every value as the pattern does: 200,000 near-dates, every day of four years, odd years and characters', () => {
    const random = seededRandom(20261201);
    const pick = (chars: string) => chars[Math.floor(random() * chars.length)];
    const values: string[] = ['', '16:55 18/03/2020\n', ' 16:55 18/03/2020', '16:55 18/03/20201', '16:55\t18/03/2020', '１6:55 18/03/2020', '16:55 29/02/0000', '16:55 29/02/1900', '16:55 29/02/2000', '00:00 00/01/2020', '23:59 31/12/9999'];
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let month = 0; month <= 13; month++) for (let day = 0; day <= 32; day++) values.push(`09:30 ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`);
    }
    for (let index = 0; index < 200_000; index++) {
      const chars = [...'16:55 18/03/2020'];
      // One to three characters changed: to a digit, a separator, a letter, or left out.
      for (let change = 1 + Math.floor(random() * 3); change > 0; change--) {
        const at = Math.floor(random() * chars.length);
        chars[at] = random() < 0.8 ? pick('0123456789') : random() < 0.5 ? pick(':/ .-') : random() < 0.5 ? pick('aZ٣') : '';
      }
      values.push(chars.join(''));
    }
    for (const value of values) assert.deepEqual(parsePressDate(value), parseByPattern(value), JSON.stringify(value));
  });

  it('formats and describes in words', () => {
    const parts = { year: 2020, month: 3, day: 8, hour: 6, minute: 5 };
    assert.equal(formatPressDate(parts), '06:05 08/03/2020');
    assert.equal(describePressDate({ ...parts, day: 18, hour: 16, minute: 55 }), 'Wednesday 18 March 2020, 16:55');
  });
});
