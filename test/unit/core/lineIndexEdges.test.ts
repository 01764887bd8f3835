import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core';

describe('LineIndex: positions back to offsets', () => {
  const index = new LineIndex('ab\r\ncd\nlast');

  it('turns a position into its offset, keeping it inside its line', () => {
    assert.equal(index.offsetAt({ line: 1, character: 1 }), 5);
    assert.equal(index.offsetAt({ line: 0, character: 9 }), 2, 'not past the \\r\\n');
    assert.equal(index.offsetAt({ line: 2, character: 4 }), 11);
  });

  it('puts a line past the end at the end of the text', () => {
    assert.equal(index.offsetAt({ line: 7, character: 0 }), 11);
  });

  it('gives each line its text without the line break', () => {
    assert.deepEqual([index.lineText(0), index.lineText(1), index.lineText(2)], ['ab', 'cd', 'last']);
  });
});
