/** The YAML helpers on the edges: block indicators at the end of the input or before CRLF, quoted tokens that do not parse. */
import * as assert from 'node:assert/strict';
import { findExcessiveNesting, unquoteScalar } from '../../../src/core/yaml';

describe('findExcessiveNesting: a block indicator with nothing after it', () => {
  it('counts a dash at the end of the input and one before \\r\\n', () => {
    assert.equal(findExcessiveNesting('- - -', 2), 4);
    assert.equal(findExcessiveNesting('- - -\r\n', 2), 4);
    assert.equal(findExcessiveNesting('- - -x', 2), undefined);
  });
});

describe('unquoteScalar: quoted tokens YAML does not read', () => {
  it('drops the quotes of an unterminated token, and of a closed one with a bad escape', () => {
    assert.deepEqual([unquoteScalar('"abc'), unquoteScalar('"a\\q"'), unquoteScalar("'it''s"), unquoteScalar('"')], ['abc', 'a\\q', "it's", '']);
  });
});
