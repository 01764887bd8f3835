/** The wording of every schema rule the messages handle, on a custom schema, with exact places. */
import * as assert from 'node:assert/strict';
import { validateRelease } from '../../../src/core';
import { describe1, lines } from '../helpers';
import { schemaOf } from '../testSchemas';

const frontMatter = (...fields: string[]) => lines('---', ...fields, '---', '');

const group = { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string' }, flag: { type: 'boolean' } } };
const schema = schemaOf({
  type: 'object',
  properties: {
    title: { type: 'string' },
    flag: { type: 'boolean' },
    group: { type: 'object' },
    tags: { type: 'array', minItems: 2, maxItems: 3 },
    some: { type: 'array', minItems: 1 },
    one: { const: 'yes' },
    code: { type: 'string', pattern: '^[A-Z]+$', minLength: 3 },
    ref: { type: 'string', pattern: '^R-\\d+$', patternDescription: 'a reference like R-12' },
    name: { type: 'string', minLength: 3, maxLength: 5 },
    blank: { type: 'string', minLength: 1 },
    ip: { type: 'string', format: 'ipv4' },
    kind: { enum: [1, 2] },
    choice: { anyOf: [{ type: 'string' }, { type: 'number' }] },
    pick: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    cond: { if: { type: 'string' }, then: { minLength: 2 } },
    base: group,
    other: group,
  },
});

const check = (text: string) => validateRelease(text, schema).map(describe1);

describe('schema messages: types, lengths, lists and constants in words', () => {
  it('names the expected and the actual type in words', () => {
    assert.deepEqual(check(frontMatter('flag: 3', 'group: 3', 'tags: x', 'title: [a, b]')), [
      '1:6-1:7 error wrong-type flag must be true or false, not a number',
      '2:7-2:8 error wrong-type group must be a group of fields, not a number',
      '3:6-3:7 error wrong-type tags must be a list, not text',
      '4:7-4:13 error wrong-type title must be text, not a list',
    ]);
  });

  it('says "not empty" for a limit of one and gives the number otherwise', () => {
    assert.deepEqual(check(frontMatter('blank: ""', 'some: []', 'name: ab', 'tags: [a]')), [
      '1:7-1:9 error too-short blank must not be empty',
      '2:6-2:8 error too-short some must not be an empty list',
      '3:6-3:8 error too-short name must be at least 3 characters long',
      '4:6-4:9 error too-short tags must list at least 2 entries',
    ]);
  });

  it('gives the length of a text over its limit and the most a list may hold', () => {
    assert.deepEqual(check(frontMatter('name: abcdefg', 'tags: [a, b, c, d]')), [
      '1:6-1:13 error too-long name is too long: 7 characters, the limit is 5',
      '2:6-2:18 error too-long tags lists too many entries (at most 3)',
    ]);
  });

  it('quotes a constant, an enum miss (as YAML-ish text when not text) and a format in words', () => {
    assert.deepEqual(check(frontMatter('one: no', 'kind: {a: 1}', 'ip: nope')), [
      '1:5-1:7 error not-allowed-value one must be "yes", not "no"',
      '2:6-2:12 error not-allowed-value kind must be 1 or 2, not {a: 1}',
      '3:4-3:8 error invalid-format ip must be an IPv4 address like 192.0.2.10, not "nope"',
    ]);
  });

  it('describes a pattern by its patternDescription, shortening a long value, and shows one problem per value', () => {
    const long = 'y'.repeat(70);
    assert.deepEqual(check(frontMatter('code: ab', `ref: ${long}`)), [
      // minLength is broken too; the pattern is the more telling of the two.
      '1:6-1:8 error pattern-mismatch code must match the pattern ^[A-Z]+$, and "ab" does not',
      `2:5-2:75 error pattern-mismatch ref must be a reference like R-12, not "${'y'.repeat(59)}…"`,
    ]);
  });

  it('reports anyOf and oneOf as the types they allow, and the problem of the then rule of if, not their summaries', () => {
    assert.deepEqual(check(frontMatter('choice: [x]', 'pick: [y]', 'cond: a')), [
      '1:8-1:11 error wrong-type choice must be text or a number, not a list',
      '2:6-2:9 error wrong-type pick must be text or a number, not a list',
      '3:6-3:7 error too-short cond must be at least 2 characters long',
    ]);
  });
});

describe('schema messages: values reached through an alias', () => {
  it('shows problems inside an aliased group on the opening line, and those of the anchor in place', () => {
    assert.deepEqual(check(frontMatter('base: &b {name: x, flag: 1, extra: 2}', 'other: *b')), [
      '0:0-0:3 error wrong-type other.flag must be true or false, not a number',
      '0:0-0:3 error unknown-field Unknown field "extra": "other" has no such field',
      '1:25-1:26 error wrong-type base.flag must be true or false, not a number',
      '1:28-1:33 error unknown-field Unknown field "extra": "base" has no such field',
    ]);
  });

  it('shows a field missing from an aliased group on the key that holds the alias', () => {
    assert.deepEqual(check(frontMatter('base: &b {flag: true}', 'other: *b')), [
      '1:0-1:4 error missing-field Missing required field "base.name"',
      '2:0-2:5 error missing-field Missing required field "other.name"',
    ]);
  });
});

describe('structure problems: the cases beside the usual ones', () => {
  it('puts "no front matter" after a BOM, and names no fields when the schema requires none', () => {
    assert.deepEqual(check('\uFEFFplain text\n'), [
      '0:1-0:11 error no-front-matter This release has no front matter: start the file with a --- block (Pressroom: Convert to Press Release can build one from plain text)',
    ]);
  });

  it('gives a YAML error without friendly words in the parser\'s own', () => {
    assert.deepEqual(check(frontMatter('a: [1, 2')), [
      '1:0-1:8 error yaml-syntax The front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });
});
