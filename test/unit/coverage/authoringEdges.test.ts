/** Authoring helpers on the edges: merging lists of areas, and a release name when every numbered one is taken. */
import * as assert from 'node:assert/strict';
import { mergeText, newReleaseFileName } from '../../../src/core/authoring';
import { NOW } from '../authoring/helpers';

describe('mergeText', () => {
  it('keeps the first spelling of each text, case-insensitively, in order, and drops blank ones', () => {
    assert.deepEqual(mergeText(['Northshire', ' ', 'southshire'], ['NORTHSHIRE', 'Southshire', 'Eastshire'], []), ['Northshire', 'southshire', 'Eastshire']);
  });
});

describe('newReleaseFileName when every numbered name is taken', () => {
  it('asks for the plain name and -2 to -999, then falls back to the timestamp', () => {
    const asked: string[] = [];
    const name = newReleaseFileName('Library opens', NOW, (candidate) => {
      asked.push(candidate);
      return true;
    });
    assert.equal(name, `2026-11-24-library-opens-${NOW.getTime()}.md`);
    assert.equal(asked.length, 999);
    assert.deepEqual([asked[0], asked[1], asked[998]], ['2026-11-24-library-opens.md', '2026-11-24-library-opens-2.md', '2026-11-24-library-opens-999.md']);
  });
});
