// An ajv keyword the message mapper has no words for still reaches the author: code schema-rule, an error,
// ajv's own wording after the field's name, on the value.
import * as assert from 'node:assert/strict';
import { validateRelease } from '../../../src/core';
import { describe1, lines } from '../helpers';
import { schemaOf } from '../testSchemas';

describe('the schema-rule fallback', () => {
  it('reports multipleOf on the value', () => {
    const schema = schemaOf({ type: 'object', properties: { count: { type: 'number', multipleOf: 5 } } });
    const [diagnostic, ...rest] = validateRelease(lines('---', 'count: 7', '---'), schema);
    assert.deepEqual(rest, []);
    assert.deepEqual(
      { code: diagnostic.code, severity: diagnostic.severity, message: diagnostic.message, range: diagnostic.range, path: diagnostic.path },
      { code: 'schema-rule', severity: 'error', message: 'count must be multiple of 5', range: { start: { line: 1, character: 7 }, end: { line: 1, character: 8 } }, path: ['count'] },
    );
  });

  it('reports minProperties of the whole front matter on its fields', () => {
    const schema = schemaOf({ type: 'object', minProperties: 2 });
    assert.deepEqual(validateRelease(lines('---', 'a: 1', '---'), schema).map(describe1), [
      '1:0-1:4 error schema-rule The front matter must NOT have fewer than 2 properties',
    ]);
  });

  it('reports uniqueItems of a nested list on the list', () => {
    const schema = schemaOf({ type: 'object', properties: { og: { type: 'object', properties: { tags: { uniqueItems: true } } } } });
    assert.deepEqual(validateRelease(lines('---', 'og:', '  tags: [news, news]', '---'), schema).map(describe1), [
      '2:8-2:20 error schema-rule og.tags must NOT have duplicate items (items ## 0 and 1 are identical)',
    ]);
  });
});
