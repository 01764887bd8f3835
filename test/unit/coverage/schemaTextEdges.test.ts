/** What completion writes for project schemas the built-in one does not exercise (schemaText's edges). */
import * as assert from 'node:assert/strict';
import { complete, find, INPUTS } from '../authoring/helpers';
import { schemaOf } from '../testSchemas';

const schema = schemaOf({
  type: 'object',
  properties: {
    either: { type: ['string', 'null'] },
    group: { properties: { name: { type: 'string' } }, required: ['name', 'code'] },
    merged: { allOf: [{ properties: { ref: { type: 'string' } }, required: ['ref'] }] },
    list: { items: { type: 'string' } },
    pick: { enum: ['north', 'south'] },
    fixed: { const: 'v1' },
    tuple: { type: 'array', items: [{ type: 'boolean' }] },
    bare: { type: 'array' },
    tick: { type: 'string', examples: ['a `b` c'] },
  },
});

describe('completion: snippets and documentation from untyped and unusual schemas', () => {
  const { proposals } = complete('---\n|\n---\n', INPUTS, schema);
  const insert = (label: string) => find(proposals, label).insertText;

  it('reads a list of types as a plain value', () => {
    assert.equal(insert('either'), 'either: $0');
  });

  it('reads untyped `properties` and `allOf` as objects, with a placeholder for a required child the schema does not describe', () => {
    assert.equal(insert('group'), 'group:\n  name: ${1}\n  code: ${2}');
    assert.equal(insert('merged'), 'merged:\n  ref: ${1}');
  });

  it('reads untyped `items` as a list, takes a tuple\'s first item, and gives a list without `items` a plain first item', () => {
    assert.equal(insert('list'), 'list:\n  - ${1}');
    assert.equal(insert('tuple'), 'tuple:\n  - ${1|true,false|}');
    assert.equal(insert('bare'), 'bare:\n  - ${1}');
  });

  it('offers an untyped enum as a choice and writes a `const` as it is', () => {
    assert.equal(insert('pick'), 'pick: ${1|north,south|}');
    assert.equal(find(proposals, 'pick').documentation, 'Optional. One of: `north`, `south`.');
    assert.equal(insert('fixed'), 'fixed: v1');
  });

  it('shows an example holding a backtick in a double-backtick code span', () => {
    assert.equal(find(proposals, 'tick').documentation, 'Optional.\n\nExample: `` a `b` c ``');
  });
});
