import * as assert from 'node:assert/strict';
import { describePressDate, formatPressDate, parsePressDate } from '../../../src/core';

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

  it('formats and describes in words', () => {
    const parts = { year: 2020, month: 3, day: 8, hour: 6, minute: 5 };
    assert.equal(formatPressDate(parts), '06:05 08/03/2020');
    assert.equal(describePressDate({ ...parts, day: 18, hour: 16, minute: 55 }), 'Wednesday 18 March 2020, 16:55');
  });
});
