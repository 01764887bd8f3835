import * as assert from 'node:assert/strict';
import { builtInSchema, parseRelease } from '../../../src/core';
import { completionsAt, hoverAt } from '../../../src/core/authoring';
import { cursor, INPUTS } from './helpers';

function hover(marked: string) {
  const { text, offset } = cursor(marked);
  return hoverAt(parseRelease(text), builtInSchema(), offset);
}

function completionLabels(marked: string): string[] {
  const { text, offset } = cursor(marked);
  return completionsAt(parseRelease(text), builtInSchema(), offset, INPUTS).map((proposal) => proposal.label);
}

describe('hover: places that are neither a key nor a value', () => {
  it('steps over a key that is an alias to reach the key under the cursor', () => {
    const result = hover('---\nname: &k area\n*k : Northshire\nti|tle: A\n---\n');
    assert.match(result?.markdown ?? '', /^\*\*title\*\*\n\nThe headline/);
    assert.deepEqual([result?.startOffset, result?.endOffset], [34, 39]);
  });

  it('shows nothing on a comment between fields or between list items', () => {
    assert.equal(hover('---\ntitle: A\n# a no|te\narea: B\n---\n'), undefined);
    assert.equal(hover('---\ncontacts:\n  - name: A\n  # c|omment\n  - name: B\n---\n'), undefined);
  });

  it('shows nothing on an alias or an empty press date', () => {
    assert.equal(hover('---\npublish:\n  date: &d 16:55 18/03/2020\nembargo: *|d\n---\n'), undefined);
    assert.equal(hover('---\nembargo:| \n---\n'), undefined);
  });
});

describe('completion: where it gives up', () => {
  it('proposes nothing in front matter of more than 5000 lines', () => {
    const fields = (count: number) => Array.from({ length: count }, (_, index) => `k${index}: 1\n`).join('');
    assert.deepEqual(completionLabels(`---\n${fields(5001)}|\n---\n`), []);
    assert.deepEqual(completionLabels(`---\n${fields(4990)}|\n---\n`), ['title', 'area', 'url', 'publish', '$schema', 'embargo', 'og', 'contacts']);
  });

  it('proposes no key while a quoted or flow key is being typed', () => {
    assert.deepEqual(completionLabels('---\n"ti|\n---\n'), []);
    assert.deepEqual(completionLabels('---\n{ti|\n---\n'), []);
  });
});
