import * as assert from 'node:assert/strict';
import { formatCount, plural } from '../../../src/core';

describe('counts in messages', () => {
  it('groups thousands with commas, as en-GB does, at every size', () => {
    const counts = [0, 7, 999, 1000, 12_345, 100_000, 1_234_567, 9_007_199_254_740_991, -1, -4321];
    assert.deepEqual(counts.map(formatCount), ['0', '7', '999', '1,000', '12,345', '100,000', '1,234,567', '9,007,199,254,740,991', '-1', '-4,321']);
    assert.deepEqual(
      counts.map(formatCount),
      counts.map((count) => count.toLocaleString('en-GB')),
    );
  });

  it('writes a count that is not a whole number as it is', () => {
    assert.deepEqual([1.5, Number.NaN, Number.POSITIVE_INFINITY].map(formatCount), ['1.5', 'NaN', 'Infinity']);
  });

  it('puts the word in the plural for every count but one', () => {
    assert.deepEqual([plural(0, 'file'), plural(1, 'file'), plural(2_000, 'file')], ['0 files', '1 file', '2,000 files']);
  });
});
