// setFieldFix writes a value into a field in the three shapes a release can hold it: a value in its own
// quoting, an empty `key:`, and no key at all. The rules reach the first and the last; the empty key is
// the schema's to report, but a fix that met one must fill it, never add a second key.
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../../src/core/authoring';
import { setFieldFix } from '../../../../src/core/rules/frontMatter/fields';
import type { RuleFix } from '../../../../src/core/rules/types';
import { lines } from '../../helpers';
import { contextFor } from '../ruleHarness';
import { socialUrlMatches } from '../../../../src/core/rules/frontMatter/socialUrlMatches';

const URL = 'https://www.example.gov.uk/news/a/';

function applied(text: string, fix: RuleFix | undefined): string {
  assert.ok(fix, 'a fix');
  return applyEdits(text, fix.edits);
}

function written(frontMatter: readonly string[]): string {
  const text = lines('---', ...frontMatter, '---', 'Body');
  const fix = setFieldFix(contextFor(socialUrlMatches, text), ['og', 'url'], URL, { title: 'Copy url to og.url', inFixAll: true });
  return applied(text, fix);
}

describe('setFieldFix', () => {
  it('replaces a value in its own quoting', () => {
    assert.equal(written(['og:', "  url: 'https://old.example.org/'"]), lines('---', 'og:', `  url: '${URL}'`, '---', 'Body'));
    assert.equal(written(['og:', '  url: ~']), lines('---', 'og:', `  url: ${URL}`, '---', 'Body'));
  });

  it('fills an empty key after its colon, with no second key', () => {
    assert.equal(written(['og:', '  url:', '  type: article']), lines('---', 'og:', `  url: ${URL}`, '  type: article', '---', 'Body'));
    assert.equal(written(['og:', '  url:   ', '  type: article']), lines('---', 'og:', `  url: ${URL}   `, '  type: article', '---', 'Body'));
  });

  it('adds the key to its group when it is absent', () => {
    assert.equal(written(['og:', '  type: article']), lines('---', 'og:', '  type: article', `  url: ${URL}`, '---', 'Body'));
  });
});
