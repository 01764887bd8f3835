import * as assert from 'node:assert/strict';
import { builtInSchema, compileSchema, parseRelease } from '../../../src/core';
import { hoverAt } from '../../../src/core/authoring';
import { schemaOf } from '../testSchemas';
import { cursor } from './helpers';

describe('authoring: hover names the schema that checks the release', () => {
  it('on the opening line of the front matter', () => {
    const { text, offset } = cursor('-|--\ntitle: A\n---\n');
    const result = hoverAt(parseRelease(text), builtInSchema(), offset);
    assert.equal(result?.markdown, 'Pressroom checks this release against **Press release**.');
    assert.deepEqual([result?.startOffset, result?.endOffset], [0, 3]);
  });

  it('on `$schema`, key or value, with the file the schema came from', () => {
    const loaded = compileSchema({ title: 'Council statement', type: 'object' }, '/newsroom/schemas/statement.schema.json');
    assert.ok(loaded.ok);
    const { text, offset } = cursor('---\n$schema: ./schemas/statement.sc|hema.json\n---\n');
    const result = hoverAt(parseRelease(text), loaded.schema, offset);
    assert.equal(result?.markdown, 'Pressroom checks this release against **Council statement** (`/newsroom/schemas/statement.schema.json`).');
    assert.deepEqual([result?.startOffset, result?.endOffset], [13, 44]);
    const onKey = hoverAt(parseRelease(text), schemaOf({ type: 'object' }), 6);
    assert.equal(onKey?.markdown, 'Pressroom checks this release against **test schema**.');
  });
});
