// The unified diff of --fix-dry-run, built from the edits: hunks, context, insertions, the last line.
import * as assert from 'node:assert/strict';
import { unifiedDiff } from '../../../src/cli/unifiedDiff';

const TEXT = Array.from({ length: 20 }, (_, index) => `line ${index + 1}\n`).join('');
const at = (line: number) => TEXT.indexOf(`line ${line}\n`);

describe('unifiedDiff', () => {
  it('is empty when the edits change nothing', () => {
    assert.equal(unifiedDiff('a.md', TEXT, []), '');
    assert.equal(unifiedDiff('a.md', TEXT, [{ startOffset: at(3), endOffset: at(3) + 6, newText: 'line 3' }]), '');
  });

  it('gives changes far apart their own hunks, with three lines of context', () => {
    const edits = [
      { startOffset: at(2), endOffset: at(2) + 6, newText: 'LINE 2' },
      { startOffset: at(18), endOffset: at(18) + 7, newText: 'LINE 18' },
    ];
    assert.equal(
      unifiedDiff('news/a.md', TEXT, edits),
      [
        '--- a/news/a.md',
        '+++ b/news/a.md',
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+LINE 2',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -15,6 +15,6 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        '+LINE 18',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
  });

  it('joins changes up to six lines apart into one hunk, and counts inserted lines', () => {
    const edits = [
      { startOffset: at(5), endOffset: at(5), newText: 'new a\nnew b\n' },
      { startOffset: at(11), endOffset: at(12), newText: '' },
    ];
    assert.equal(
      unifiedDiff('a.md', TEXT, edits),
      ['--- a/a.md', '+++ b/a.md', '@@ -2,13 +2,14 @@', ' line 2', ' line 3', ' line 4', '+new a', '+new b', ...[5, 6, 7, 8, 9, 10].map((n) => ` line ${n}`), '-line 11', ' line 12', ' line 13', ' line 14', ''].join('\n'),
    );
  });

  it('marks a last line without a newline, and keeps CRLF', () => {
    assert.equal(
      unifiedDiff('a.md', 'one\r\ntwo', [{ startOffset: 5, endOffset: 8, newText: 'TWO' }]),
      ['--- a/a.md', '+++ b/a.md', '@@ -1,2 +1,2 @@', ' one\r', '-two', '\\ No newline at end of file', '+TWO', '\\ No newline at end of file', ''].join('\n'),
    );
  });
});
