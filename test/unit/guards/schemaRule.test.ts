// Rules the registry has no code of their own for reach the author as schema-rule errors, in words, on the value.
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
      { code: 'schema-rule', severity: 'error', message: 'count must be a multiple of 5, not 7', range: { start: { line: 1, character: 7 }, end: { line: 1, character: 8 } }, path: ['count'] },
    );
  });

  it('reports minProperties of the whole front matter on its fields', () => {
    const schema = schemaOf({ type: 'object', minProperties: 2 });
    assert.deepEqual(validateRelease(lines('---', 'a: 1', '---'), schema).map(describe1), [
      '1:0-1:4 error schema-rule The front matter must have at least 2 fields; it has 1',
    ]);
  });

  it('reports uniqueItems of a nested list on the list', () => {
    const schema = schemaOf({ type: 'object', properties: { og: { type: 'object', properties: { tags: { uniqueItems: true } } } } });
    assert.deepEqual(validateRelease(lines('---', 'og:', '  tags: [news, news]', '---'), schema).map(describe1), [
      '2:8-2:20 error schema-rule og.tags must not list the same entry twice: entries 1 and 2 are the same ("news")',
    ]);
  });
});
