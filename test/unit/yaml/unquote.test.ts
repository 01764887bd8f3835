import * as assert from 'node:assert/strict';
import { unquoteScalar, yamlKey } from '../../../src/core/yaml';

describe('unquoteScalar', () => {
  it('reads quoted tokens with YAML escapes, plain tokens as written', () => {
    assert.equal(unquoteScalar('title'), 'title');
    assert.equal(unquoteScalar('"og title"'), 'og title');
    assert.equal(unquoteScalar('"\\x41\\u00e9\\t"'), 'A\u00e9\t');
    assert.equal(unquoteScalar("'it''s'"), "it's");
  });

  it('loses the quotes of a token still being typed', () => {
    assert.equal(unquoteScalar('"half'), 'half');
    assert.equal(unquoteScalar("'half"), 'half');
    assert.equal(unquoteScalar('"'), '');
  });

  it('reads back every key the key writer quotes', () => {
    for (const key of ['a: b', '2020', 'yes', '#x', '', 'tab\there', 'line\nbreak', 'say "hi"']) assert.equal(unquoteScalar(yamlKey(key)), key);
  });
});
