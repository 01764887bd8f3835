import * as assert from 'node:assert/strict';
import { builtInSchema, parseRelease } from '../../../src/core';
import { describeDateValue, hoverAt } from '../../../src/core/authoring';
import { crlf, cursor, fence } from './helpers';

function hover(marked: string) {
  const { text, offset } = cursor(marked);
  return hoverAt(parseRelease(text), builtInSchema(), offset);
}

describe('authoring: hover', () => {
  it('a key: its path, description, whether required, format and examples', () => {
    const result = hover('---\npublish:\n  da|te: 16:55 18/03/2020\n---\n');
    assert.equal(
      result?.markdown,
      '**publish.date**\n\nThe publication time and date, in the form HH:mm DD/MM/YYYY (24-hour clock, UK date order).\n\nRequired. Format: `HH:mm DD/MM/YYYY`.\n\nExample: `16:55 18/03/2020`',
    );
    assert.deepEqual([result?.startOffset, result?.endOffset], [15, 19]);
    assert.match(hover('---\nog:\n  ty|pe: article\n---\n')?.markdown ?? '', /Optional\. One of: `website`, `article`\./);
    assert.match(hover(crlf(fence('---\ncontacts:\n  - pho|ne: "01632 960123"\n---\n')))?.markdown ?? '', /^\*\*contacts\[0\]\.phone\*\*/);
  });

  it('a press date in words', () => {
    const result = hover('---\npublish:\n  date: 16:55 18/0|3/2020\n---\n');
    assert.equal(result?.markdown, '**Wednesday 18 March 2020, 16:55**');
    assert.deepEqual([result?.startOffset, result?.endOffset], [21, 37]);
    assert.equal(hover('---\nembargo: "00:01 1|9/03/2020"\n---\n')?.markdown, '**Thursday 19 March 2020, 00:01**');
  });

  it('why a value is not a press date', () => {
    assert.equal(describeDateValue('16:55 31/02/2020'), 'Not a date: 31/02/2020 is not a real date.');
    assert.equal(describeDateValue('25:00 18/03/2020'), 'Not a date: 25:00 is not a real time.');
    assert.equal(describeDateValue('2020-03-18T16:55'), 'Not a date in the form `HH:mm DD/MM/YYYY`. It reads as Wednesday 18 March 2020, 16:55: write it as `16:55 18/03/2020` (the quick fix does this).');
    assert.equal(describeDateValue('18 March 2020'), 'Not a date in the form `HH:mm DD/MM/YYYY`. It reads as a date without a time: add the time, as in `09:00 18/03/2020`.');
    assert.equal(describeDateValue('soon'), 'Not a date in the form `HH:mm DD/MM/YYYY`.');
  });

  it('nothing for other values, unknown keys or the body', () => {
    assert.equal(hover('---\ntitle: Libr|ary\n---\n'), undefined);
    assert.equal(hover('---\ntittl|e: Library\n---\n'), undefined);
    assert.equal(hover('---\ntitle: Library\n---\nBo|dy\n'), undefined);
  });
});
