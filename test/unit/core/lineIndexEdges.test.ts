import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core';
import { seededRandom } from '../seededRandom';

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

describe('LineIndex: line starts found only as far as asked', () => {
  /** The answers of an index that knows every line start from the first question. */
  function naive(text: string) {
    const starts = [0];
    for (let at = 0; at < text.length; at++) if (text[at] === '\n') starts.push(at + 1);
    const lineOf = (offset: number) => starts.filter((start) => start <= offset).length - 1;
    return {
      starts,
      position: (offset: number) => {
        const clamped = Math.max(0, Math.min(offset, text.length));
        return { line: lineOf(clamped), character: clamped - starts[lineOf(clamped)] };
      },
    };
  }

  it('answers every question as an index that knew every line, whatever order they come in', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = seededRandom(seed);
      const pieces = ['a', 'bc', '\n', '\r\n', '\n\n', ' '];
      const text = Array.from({ length: Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const expected = naive(text);
      const index = new LineIndex(text);
      for (let question = 0; question < 12; question++) {
        const offset = Math.floor(next() * (text.length + 3)) - 1;
        const line = Math.floor(next() * (expected.starts.length + 2));
        switch (Math.floor(next() * 5)) {
          case 0:
            assert.deepEqual(index.positionAt(offset), expected.position(offset), `seed ${seed}: positionAt(${offset}) of ${JSON.stringify(text)}`);
            break;
          case 1:
            assert.equal(index.lineStart(line), expected.starts[Math.min(line, expected.starts.length - 1)], `seed ${seed}: lineStart(${line})`);
            break;
          case 2:
            assert.equal(index.offsetAt({ line, character: 0 }), line >= expected.starts.length ? text.length : expected.starts[line], `seed ${seed}: offsetAt(${line}, 0)`);
            break;
          case 3: {
            const end = offset + Math.floor(next() * 8);
            assert.deepEqual(index.rangeOf(offset, end), { start: expected.position(offset), end: expected.position(end) }, `seed ${seed}: rangeOf(${offset}, ${end})`);
            break;
          }
          default:
            assert.equal(index.lineCount, expected.starts.length, `seed ${seed}: lineCount`);
        }
      }
    }
  });
});
