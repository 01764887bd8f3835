// validateRelease drops exact repeats (same code, place and message): a schema that states a rule twice,
// here through two allOf branches, must not give the author the same problem twice.
import * as assert from 'node:assert/strict';
import { parseRelease, validateRelease, type CompiledSchema } from '../../../src/core';
import { describe1, lines } from '../helpers';
import { schemaOf } from '../testSchemas';

function ajvKeywords(schema: CompiledSchema, text: string): string[] {
  return schema.check(parseRelease(text).data).map((error) => `${error.keyword} ${error.instancePath} ${error.schemaPath}`);
}

describe('de-duplication of exact repeats', () => {
  it('shows a required field that two allOf branches require once, on the opening line', () => {
    const schema = schemaOf({ type: 'object', allOf: [{ required: ['title'] }, { required: ['title'] }] });
    const text = lines('---', 'other: 1', '---');
    assert.deepEqual(ajvKeywords(schema, text), ['required  #/allOf/0/required', 'required  #/allOf/1/required']);
    assert.deepEqual(validateRelease(text, schema).map(describe1), ['0:0-0:3 error missing-field Missing required field "title"']);
  });

  it('shows an unknown field that two allOf branches refuse once, on its key', () => {
    const closed = { properties: { title: {} }, additionalProperties: false };
    const schema = schemaOf({ type: 'object', allOf: [closed, closed] });
    const text = lines('---', 'title: A', 'other: 1', '---');
    assert.deepEqual(ajvKeywords(schema, text), ['additionalProperties  #/allOf/0/additionalProperties', 'additionalProperties  #/allOf/1/additionalProperties']);
    assert.deepEqual(validateRelease(text, schema).map(describe1), [
      '2:0-2:5 error unknown-field Unknown field "other": the schema "test schema" has no such field',
    ]);
  });

  it('keeps problems that share a place but say different things', () => {
    const schema = schemaOf({ type: 'object', allOf: [{ required: ['title'] }, { required: ['area'] }] });
    assert.deepEqual(validateRelease(lines('---', 'other: 1', '---'), schema).map(describe1), [
      '0:0-0:3 error missing-field Missing required field "area"',
      '0:0-0:3 error missing-field Missing required field "title"',
    ]);
  });
});
