import * as assert from 'node:assert/strict';
import type { JsonSchema } from '../../../src/core/schema/jsonSchema';
import { schemaAt } from '../../../src/core/schema/navigate';
import { closestMatch } from '../../../src/core/text/similarity';

// A schema with the reference shapes the built-in one does not use.
const ROOT = {
  definitions: { text: { $ref: '#/definitions/plain' }, plain: { type: 'string' }, loop: { $ref: '#/definitions/loop' } },
  properties: {
    chained: { $ref: '#/definitions/text' },
    remote: { $ref: 'other.json#/definitions/plain' },
    circular: { $ref: '#/definitions/loop' },
    dangling: { $ref: '#/definitions/missing' },
    notAnObject: { $ref: '#/definitions/plain/type' },
    pair: { items: [{ type: 'string' }, { type: 'number' }] },
    labels: { additionalProperties: { type: 'boolean' } },
  },
} as JsonSchema;

describe('schemaAt: references, tuples and open maps', () => {
  it('follows a chain of local references', () => {
    assert.deepEqual(schemaAt(ROOT, ['chained']), { type: 'string' });
  });

  it('stops at a reference it cannot follow: remote, circular, dangling or to a non-schema', () => {
    assert.deepEqual(schemaAt(ROOT, ['remote']), { $ref: 'other.json#/definitions/plain' });
    assert.deepEqual(schemaAt(ROOT, ['circular']), { $ref: '#/definitions/loop' });
    assert.deepEqual(schemaAt(ROOT, ['dangling']), { $ref: '#/definitions/missing' });
    assert.deepEqual(schemaAt(ROOT, ['notAnObject']), { $ref: '#/definitions/plain/type' });
  });

  it('reads tuple items by position and the schema of any key of an open map', () => {
    assert.deepEqual(schemaAt(ROOT, ['pair', 1]), { type: 'number' });
    assert.equal(schemaAt(ROOT, ['pair', 2]), undefined);
    assert.deepEqual(schemaAt(ROOT, ['labels', 'anything']), { type: 'boolean' });
    assert.equal(schemaAt(ROOT, ['unknown', 'deeper']), undefined);
  });
});

describe('closestMatch', () => {
  it('never suggests the word itself, but does suggest it in another case', () => {
    assert.equal(closestMatch('title', ['title']), undefined);
    assert.equal(closestMatch('Title', ['title']), 'title');
  });
});
