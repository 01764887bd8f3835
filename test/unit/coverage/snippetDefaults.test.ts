/** snippetDefaults: what a snippet inserts when every placeholder keeps its default, on the whole syntax. */
import * as assert from 'node:assert/strict';
import { snippetDefaults } from '../../../src/core/authoring';

describe('snippetDefaults on escapes, tab stops, choices and nested placeholders', () => {
  it('unescapes \\$, \\} and \\\\, and keeps a backslash before anything else', () => {
    assert.equal(snippetDefaults('cost: \\$5 \\} \\\\ \\a'), 'cost: $5 } \\ \\a');
  });

  it('drops bare tab stops ($1, $0, ${1})', () => {
    assert.equal(snippetDefaults('a$1b$0c'), 'abc');
    assert.equal(snippetDefaults('${1}z'), 'z');
  });

  it('takes the first of a choice, unescaping its commas', () => {
    assert.equal(snippetDefaults('${1|north,south|}'), 'north');
    assert.equal(snippetDefaults('${2|a\\,b,c|}'), 'a,b');
  });

  it('takes the defaults of nested placeholders, choices and escaped braces inside a placeholder', () => {
    assert.equal(snippetDefaults('${1:${2:x}y}'), 'xy');
    assert.equal(snippetDefaults('${1:a\\}b}'), 'a}b');
    assert.equal(snippetDefaults('${1:x ${2|p,q|} $3}'), 'x p ');
  });

  it('keeps a $ that starts no tab stop', () => {
    assert.equal(snippetDefaults('$ and $x'), '$ and $x');
  });
});
