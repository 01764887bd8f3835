import * as assert from 'node:assert/strict';
import { locateFrontMatter } from '../../../src/core';
import { lines } from '../helpers';

describe('locateFrontMatter', () => {
  it('finds a --- block and where the body starts', () => {
    const text = lines('---', 'title: A', '---', 'Body');
    assert.deepEqual(locateFrontMatter(text), {
      kind: 'found',
      block: { shape: 'dashes', openStart: 0, openEnd: 3, contentStart: 4, contentEnd: 13, closeStart: 13, closeEnd: 16, bodyStart: 17 },
    });
  });

  it('finds a leading ```yaml fence, and ```yml and ~~~yaml too', () => {
    for (const [open, close] of [['```yaml', '```'], ['```yml', '```'], ['~~~yaml', '~~~'], ['````yaml', '````']]) {
      const result = locateFrontMatter(lines(open, 'title: A', close, 'Body'));
      assert.equal(result.kind, 'found', open);
      if (result.kind === 'found') assert.equal(result.block.shape, 'fence');
    }
  });

  it('does not close a ```` fence on a shorter ``` line', () => {
    const result = locateFrontMatter(lines('````yaml', 'title: A', '```', 'x: 1', '````'));
    assert.equal(result.kind, 'found');
    if (result.kind === 'found') assert.equal(result.block.closeStart, 27);
  });

  it('accepts ... as the closing line of a --- block', () => {
    assert.equal(locateFrontMatter(lines('---', 'a: 1', '...')).kind, 'found');
  });

  it('keeps CRLF line breaks out of the delimiters and inside the offsets', () => {
    const result = locateFrontMatter('---\r\ntitle: A\r\n---\r\nBody');
    assert.equal(result.kind, 'found');
    if (result.kind !== 'found') return;
    assert.deepEqual([result.block.openEnd, result.block.contentStart, result.block.closeStart, result.block.closeEnd, result.block.bodyStart], [3, 5, 15, 18, 20]);
  });

  it('skips a byte order mark without shifting offsets', () => {
    const result = locateFrontMatter('\uFEFF---\ntitle: A\n---\n');
    assert.equal(result.kind, 'found');
    if (result.kind === 'found') assert.deepEqual([result.block.openStart, result.block.contentStart], [1, 5]);
  });

  it('reports a block that never closes', () => {
    const result = locateFrontMatter(lines('---', 'title: A', 'Body text'));
    assert.equal(result.kind, 'unterminated');
    if (result.kind === 'unterminated') assert.equal(result.block.contentEnd, 22);
  });

  it('reports front matter after blank lines or a stray comment as misplaced', () => {
    assert.deepEqual(locateFrontMatter(lines('', '', '---', 'title: A', '---')), { kind: 'misplaced', openStart: 2, openEnd: 5, shape: 'dashes' });
    assert.deepEqual(locateFrontMatter(lines('<!--', '---', 'title: A', '---')), { kind: 'misplaced', openStart: 5, openEnd: 8, shape: 'dashes' });
  });

  it('does not mistake a setext heading or a horizontal rule for front matter', () => {
    assert.deepEqual(locateFrontMatter(lines('Heading', '---', 'Some prose follows here.')), { kind: 'none' });
    assert.deepEqual(locateFrontMatter(lines('Text', '', '---', '', 'More text')), { kind: 'none' });
  });

  it('finds nothing in an empty file or a one-byte file', () => {
    assert.deepEqual(locateFrontMatter(''), { kind: 'none' });
    assert.deepEqual(locateFrontMatter('\n'), { kind: 'none' });
  });

  it('ignores a ```yaml block later in the body', () => {
    assert.deepEqual(locateFrontMatter(lines('Intro', '', '```yaml', 'a: 1', '```')), { kind: 'none' });
  });
});
