import * as assert from 'node:assert/strict';
import { locateFrontMatter } from '../../../src/core/frontMatter/locate';
import { lines } from '../helpers';

describe('locateFrontMatter: misplaced blocks, and look-alikes that are not', () => {
  it('reports a ```yaml fence after a blank line as misplaced, in the fence shape', () => {
    assert.deepEqual(locateFrontMatter(lines('', '```yaml', 'title: A', '```')), { kind: 'misplaced', openStart: 1, openEnd: 8, shape: 'fence' });
  });

  it('finds nothing when the line after a later delimiter is not a field', () => {
    assert.deepEqual(locateFrontMatter(lines('', '---', 'Some prose.', '---')), { kind: 'none' });
  });

  it('looks no further than five lines down', () => {
    assert.deepEqual(locateFrontMatter(lines('', '', '', '', '', '---', 'title: A', '---')), { kind: 'none' });
    assert.deepEqual(locateFrontMatter(lines('', '', '', '', '---', 'title: A', '---')), { kind: 'misplaced', openStart: 4, openEnd: 7, shape: 'dashes' });
  });
});
