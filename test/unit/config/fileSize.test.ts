import * as assert from 'node:assert/strict';
import { sizeInWords, tooLargeFile } from '../../../src/core';

describe('the size limit note', () => {
  it('writes sizes as people do', () => {
    assert.deepEqual([0, 1, 900, 1024, 1536, 3624, 2 * 1024 * 1024, 11 * 1024 * 1024 + 100].map(sizeInWords), ['0 bytes', '1 byte', '900 bytes', '1 KB', '1.5 KB', '3.5 KB', '2 MB', '11 MB']);
  });

  it('is one information note at the start of the file, with the size and the limit in words', () => {
    assert.deepEqual(tooLargeFile(3624, 2048), {
      code: 'too-large',
      severity: 'information',
      message: 'This file is too large to check (3.5 KB; Pressroom checks releases up to 2 KB)',
      path: [],
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      startOffset: 0,
      endOffset: 0,
    });
  });

  it('does not call a file just over the limit the same size as the limit', () => {
    assert.equal(tooLargeFile(10 * 1024 * 1024 + 1, 10 * 1024 * 1024).message, 'This file is too large to check (more than 10 MB; Pressroom checks releases up to 10 MB)');
  });
});
