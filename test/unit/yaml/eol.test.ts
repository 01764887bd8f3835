import * as assert from 'node:assert/strict';
import { eolOf } from '../../../src/core/text/eol';

describe('eolOf, the one line-ending rule', () => {
  it('is \\n without line breaks, and the only ending a text uses', () => {
    assert.equal(eolOf(''), '\n');
    assert.equal(eolOf('one line'), '\n');
    assert.equal(eolOf('a\nb\n'), '\n');
    assert.equal(eolOf('a\r\nb\r\n'), '\r\n');
    assert.equal(eolOf('\r\n'), '\r\n');
  });

  it('follows most of the line breaks when they are mixed, \\n on a tie', () => {
    assert.equal(eolOf('a\nb\r\nc\r\n'), '\r\n');
    assert.equal(eolOf('a\r\nb\nc\n'), '\n');
    assert.equal(eolOf('a\r\nb\n'), '\n');
  });

  it('does not count a lone \\r as a CRLF', () => {
    assert.equal(eolOf('a\rb\r\n'), '\r\n');
    assert.equal(eolOf('a\rb\rc\n'), '\n');
  });
});
