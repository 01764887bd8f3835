// Issue 13: New Press Release proposes a publish time a press office would choose, and the workspace's most used area.
import * as assert from 'node:assert/strict';
import { builtInSchema, formatPressDate } from '../../../src/core';
import { newReleaseText, proposedPublishTime } from '../../../src/core/authoring';

const at = (year: number, month: number, day: number, hour: number, minute: number) => new Date(year, month - 1, day, hour, minute);
const proposed = (now: Date) => formatPressDate(proposedPublishTime(now));

describe('New Press Release: the proposed publish time and area', () => {
  it('is the next whole hour during the working day', () => {
    assert.equal(proposed(at(2026, 11, 24, 14, 5)), '15:00 24/11/2026'); // Tuesday
    assert.equal(proposed(at(2026, 11, 24, 9, 0)), '10:00 24/11/2026');
    assert.equal(proposed(at(2026, 11, 24, 16, 59)), '17:00 24/11/2026');
  });

  it('is 09:00 on a working day before the day starts, else 09:00 on the next working day', () => {
    assert.equal(proposed(at(2026, 11, 24, 6, 30)), '09:00 24/11/2026');
    assert.equal(proposed(at(2026, 11, 24, 17, 0)), '09:00 25/11/2026');
    assert.equal(proposed(at(2026, 11, 24, 23, 59)), '09:00 25/11/2026');
    assert.equal(proposed(at(2026, 11, 27, 17, 30)), '09:00 30/11/2026'); // Friday evening → Monday
    assert.equal(proposed(at(2026, 11, 28, 8, 0)), '09:00 30/11/2026'); // Saturday morning → Monday
    assert.equal(proposed(at(2026, 12, 31, 18, 0)), '09:00 01/01/2027'); // across the year (a Friday)
  });

  it('fills the area from the first valid of the areas given (configured, then most used), skipping placeholders and markup', () => {
    const text = (areas: readonly string[]) => newReleaseText(builtInSchema(), { title: 'Library', areas, now: at(2026, 11, 24, 14, 5) }).text;
    assert.match(text(['Area', '<img src=x onerror=alert(1)>', 'Southshire', 'Northshire']), /\narea: Southshire\n/);
    assert.match(text([]), /\narea:\n/);
  });
});
