/** One message per JSON Schema keyword: exact range, code and words (see src/core/validate/). */
import * as assert from 'node:assert/strict';
import { compileSchema, validateRelease } from '../../../src/core';
import { describe1, lines } from '../helpers';

const DRAFT_2020 = 'https://json-schema.org/draft/2020-12/schema';

/** Diagnostics of `fields` (front matter lines) under `json`, loaded as the file schemas/newsroom.json. */
function check(json: Record<string, unknown>, ...fields: string[]): string[] {
  const loaded = compileSchema(json, 'schemas/newsroom.json');
  if (!loaded.ok) throw new Error(loaded.problem);
  return validateRelease(lines('---', ...fields, '---', ''), loaded.schema).map(describe1);
}
const field = (name: string, schema: unknown, $schema?: string) => ({ ...($schema ? { $schema } : {}), properties: { [name]: schema } });

describe('messages: choices (oneOf, anyOf, not, if/then/else)', () => {
  it('oneOf with no form fitting by type names every type allowed', () => {
    assert.deepEqual(check(field('pick', { oneOf: [{ type: 'string' }, { type: 'number' }] }), 'pick: [y]'), ['1:6-1:9 error wrong-type pick must be text or a number, not a list']);
  });

  it('oneOf with two forms fitting names both, by title or type', () => {
    assert.deepEqual(check(field('n', { oneOf: [{ title: 'Count', type: 'number' }, { type: 'integer' }] }), 'n: 3'), [
      '1:3-1:4 error schema-rule n fits more than one of the forms the schema "newsroom.json" allows here ("Count" and a whole number), and it must fit exactly one',
    ]);
  });

  it('oneOf of groups told apart by a constant shows the problems of the form meant', () => {
    const person = { type: 'object', required: ['kind', 'name'], properties: { kind: { const: 'person' }, name: { type: 'string' } } };
    const office = { type: 'object', required: ['kind', 'desk'], properties: { kind: { const: 'office' }, desk: { type: 'string' } } };
    assert.deepEqual(check(field('who', { oneOf: [person, office] }), 'who:', '  kind: office'), ['1:0-1:3 error missing-field Missing required field "who.desk"']);
  });

  it('oneOf of groups that all need a field names the forms with their required fields', () => {
    const forms = { oneOf: [{ required: ['phone'] }, { required: ['email'] }] };
    assert.deepEqual(check(field('contact', forms), 'contact: {name: Jo}'), ['1:0-1:7 error missing-field Missing required field "contact.phone"']);
  });

  it('anyOf of constants lists the values allowed', () => {
    assert.deepEqual(check(field('desk', { anyOf: [{ const: 'news' }, { enum: ['sport', 'weather'] }] }), 'desk: arts'), [
      '1:6-1:10 error not-allowed-value desk must be one of "news", "sport" or "weather", not "arts"',
    ]);
  });

  it('anyOf reached through $ref reports the referenced form\'s problem', () => {
    const schema = { definitions: { group: { type: 'object', required: ['name'] } }, properties: { p: { anyOf: [{ type: 'string' }, { $ref: '#/definitions/group' }] } } };
    assert.deepEqual(check(schema, 'p: {}'), ['1:0-1:1 error missing-field Missing required field "p.name"']);
  });

  it('not says what the value must not be', () => {
    assert.deepEqual(check(field('code', { not: { type: 'number' } }), 'code: 12'), ['1:6-1:8 error schema-rule code must not be a number']);
  });

  it('if/then reports the then rule itself', () => {
    assert.deepEqual(check(field('ref', { if: { type: 'string' }, then: { minLength: 3 } }), 'ref: ab'), ['1:5-1:7 error too-short ref must be at least 3 characters long']);
  });

  it('if with else: false says what the value must be', () => {
    assert.deepEqual(check(field('ref', { if: { type: 'string' }, else: false }), 'ref: 12'), ['1:5-1:7 error schema-rule ref must be text']);
  });
});

describe('messages: values', () => {
  it('const and enum of any values, shown as YAML-ish text', () => {
    const schema = { properties: { one: { const: { a: 1 } }, kind: { enum: [{ a: 1 }, [1, 2], null] } } };
    assert.deepEqual(check(schema, 'one: 2', 'kind: {b: [x]}'), [
      '1:5-1:6 error not-allowed-value one must be {a: 1}, not 2',
      '2:6-2:14 error not-allowed-value kind must be one of {a: 1}, [1, 2] or empty, not {b: [x]}',
    ]);
  });

  it('integer: a whole number, with the value when it is a fraction', () => {
    assert.deepEqual(check(field('count', { type: 'integer' }), 'count: 2.5'), ['1:7-1:10 error wrong-type count must be a whole number, not 2.5']);
  });

  it('several types', () => {
    assert.deepEqual(check(field('note', { type: ['string', 'null'] }), 'note: 3'), ['1:6-1:7 error wrong-type note must be text or empty, not a number']);
  });

  it('multipleOf, minimum, maximum and the exclusive limits', () => {
    const schema = { properties: { a: { multipleOf: 5 }, b: { minimum: 1 }, c: { maximum: 9 }, d: { exclusiveMinimum: 0 }, e: { exclusiveMaximum: 10 } } };
    assert.deepEqual(check(schema, 'a: 7', 'b: 0', 'c: 10', 'd: 0', 'e: 10'), [
      '1:3-1:4 error schema-rule a must be a multiple of 5, not 7',
      '2:3-2:4 error schema-rule b must be at least 1, not 0',
      '3:3-3:5 error schema-rule c must be at most 9, not 10',
      '4:3-4:4 error schema-rule d must be more than 0, not 0',
      '5:3-5:5 error schema-rule e must be less than 10, not 10',
    ]);
  });

  it('draft-04\'s boolean exclusiveMaximum reads as "less than"', () => {
    const schema = { $schema: 'http://json-schema.org/draft-04/schema#', properties: { e: { maximum: 10, exclusiveMaximum: true } } };
    assert.deepEqual(check(schema, 'e: 10'), ['1:3-1:5 error schema-rule e must be less than 10, not 10']);
  });

  it('minLength and maxLength', () => {
    assert.deepEqual(check({ properties: { a: { minLength: 3 }, b: { maxLength: 2 } } }, 'a: ab', 'b: abc'), [
      '1:3-1:5 error too-short a must be at least 3 characters long',
      '2:3-2:6 error too-long b is too long: 3 characters, the limit is 2',
    ]);
  });

  it('formats in words, ending in the value as a whole sentence', () => {
    const schema = { properties: { ip: { format: 'ipv4' }, id: { format: 'uuid' }, when: { format: 'date' }, span: { format: 'duration' } } };
    assert.deepEqual(check(schema, 'ip: nope', 'id: x', 'when: soon', 'span: long'), [
      '1:4-1:8 error invalid-format ip must be an IPv4 address like 192.0.2.10, not "nope"',
      '2:4-2:5 error invalid-format id must be an identifier like 123e4567-e89b-12d3-a456-426614174000 (a UUID), not "x"',
      '3:6-3:10 error invalid-format when must be a date like 2020-03-18 (YYYY-MM-DD), not "soon"',
      '4:6-4:10 error invalid-format span must be a duration like P3D (three days) or PT2H30M (two and a half hours), not "long"',
    ]);
  });

  it('a pattern without words of its own', () => {
    assert.deepEqual(check(field('code', { pattern: '^[A-Z]+$' }), 'code: ab'), ['1:6-1:8 error pattern-mismatch code must match the pattern ^[A-Z]+$, and "ab" does not']);
  });
});

describe('messages: groups of fields', () => {
  it('dependentRequired names the missing field and the one that needs it, on the group', () => {
    const schema = { $schema: DRAFT_2020, dependentRequired: { embargo: ['publish'] } };
    assert.deepEqual(check(schema, 'embargo: yes'), ['0:0-0:3 error missing-field Missing field "publish", which is required when "embargo" is present: add it, or remove "embargo"']);
  });

  it('dependencies (draft 7) lists only the field that is missing', () => {
    const schema = { dependencies: { a: ['b', 'c'] } };
    assert.deepEqual(check(schema, 'a: 1', 'c: 1'), ['0:0-0:3 error missing-field Missing field "b", which is required when "a" is present: add it, or remove "a"']);
  });

  it('dependentSchemas reports its own rule, and a field it requires says why', () => {
    const schema = { $schema: DRAFT_2020, dependentSchemas: { embargo: { required: ['until'], properties: { note: { type: 'string' } } } } };
    assert.deepEqual(check(schema, 'embargo: yes', 'note: 3'), [
      '0:0-0:3 error missing-field Missing field "until", which is required when "embargo" is present',
      '2:6-2:7 error wrong-type note must be text, not a number',
    ]);
  });

  it('propertyNames names the key at fault, on the key', () => {
    assert.deepEqual(check({ propertyNames: { pattern: '^[a-z]+$' } }, 'ok: 1', 'Bad: 2'), ['2:0-2:3 error pattern-mismatch The field name "Bad" is not allowed: names here must match the pattern ^[a-z]+$']);
  });

  it('patternProperties checks matching fields; an unknown field says what names are allowed', () => {
    const schema = { patternProperties: { '^x-': { type: 'string' } }, additionalProperties: false };
    assert.deepEqual(check(schema, 'x-desk: 1', 'desk: a'), [
      '1:8-1:9 error wrong-type x-desk must be text, not a number',
      '2:0-2:4 error unknown-field Unknown field "desk": the schema "newsroom.json" has no such field (other fields here need a name matching ^x-)',
    ]);
  });

  it('unevaluatedProperties is an unknown field with a near miss, an error under a newsroom\'s own schema', () => {
    const schema = { $schema: DRAFT_2020, allOf: [{ properties: { title: true } }], unevaluatedProperties: false };
    assert.deepEqual(check(schema, 'title: A', 'titl: B'), ['2:0-2:4 error unknown-field Unknown field "titl"; did you mean "title"?']);
  });

  it('the schema\'s title names it when a message names the schema', () => {
    assert.deepEqual(check({ title: 'Newsroom page', additionalProperties: false, properties: { a: true } }, 'layout: post'), [
      '1:0-1:6 error unknown-field Unknown field "layout": the schema "Newsroom page" has no such field',
    ]);
  });

  it('minProperties and maxProperties', () => {
    assert.deepEqual(check({ properties: { g: { minProperties: 2 }, h: { maxProperties: 1 } } }, 'g: {a: 1}', 'h: {a: 1, b: 2}'), [
      '1:3-1:9 error schema-rule "g" must have at least 2 fields; it has 1',
      '2:3-2:15 error schema-rule "h" must have at most 1 field; it has 2',
    ]);
  });

  it('a false schema: the field is not allowed, on its key', () => {
    assert.deepEqual(check({ properties: { legacy: false } }, 'legacy: 1'), ['1:0-1:6 error schema-rule The field "legacy" is not allowed here: the schema "newsroom.json" rules it out, so remove it']);
  });
});

describe('messages: lists', () => {
  it('uniqueItems says which entries are the same, counted from 1', () => {
    assert.deepEqual(check(field('tags', { uniqueItems: true }), 'tags: [news, sport, news]'), ['1:6-1:25 error schema-rule tags must not list the same entry twice: entries 1 and 3 are the same ("news")']);
  });

  it('contains, minContains and maxContains', () => {
    const schema = { $schema: DRAFT_2020, properties: { a: { contains: { type: 'string' } }, b: { contains: { const: 1 }, minContains: 2 }, c: { contains: { const: 1 }, maxContains: 1 } } };
    assert.deepEqual(check(schema, 'a: [1, 2]', 'b: [1, 2]', 'c: [1, 1]'), [
      '1:3-1:9 error schema-rule a must list at least one entry that is text, and it has none',
      '2:3-2:9 error schema-rule b must list at least 2 entries that are 1; it has 1',
      '3:3-3:9 error schema-rule c may list at most 1 entry that is 1; it has 2',
    ]);
  });

  it('prefixItems with items: false, additionalItems and unevaluatedItems: entries past the last allowed', () => {
    const schema = { $schema: DRAFT_2020, properties: { a: { prefixItems: [{ type: 'string' }], items: false }, b: { prefixItems: [true], unevaluatedItems: false } } };
    assert.deepEqual(check(schema, 'a: [x, y, z]', 'b: [1, 2]'), [
      '1:3-1:12 error too-long a may list at most 1 entry; it lists 3, so remove the last 2',
      '2:3-2:9 error too-long b may list at most 1 entry; it lists 2, so remove the last one',
    ]);
    assert.deepEqual(check(field('c', { items: [{ type: 'string' }], additionalItems: false }), 'c: [x, 2]'), ['1:3-1:9 error too-long c may list at most 1 entry; it lists 2, so remove the last one']);
  });

  it('items checks each entry on the entry', () => {
    assert.deepEqual(check(field('tags', { items: { type: 'string' } }), 'tags: [news, 3]'), ['1:13-1:14 error wrong-type tags[1] must be text, not a number']);
  });
});

describe('messages: a schema\'s own words (errorMessage) and rules without words', () => {
  it('shows errorMessage as text, by keyword, by required field and by property', () => {
    const schema = {
      required: ['desk'],
      errorMessage: { required: { desk: 'Every story needs a desk' }, properties: { slug: 'The slug is the last part of the web address' } },
      properties: { slug: { pattern: '^[a-z-]+$' }, count: { type: 'integer', errorMessage: { type: 'Give it in figures' } }, code: { minLength: 2, errorMessage: 'code is two letters' } },
    };
    assert.deepEqual(check(schema, 'slug: A B', 'count: x', 'code: a'), [
      '0:0-0:3 error missing-field Every story needs a desk',
      '1:6-1:9 error pattern-mismatch The slug is the last part of the web address',
      '2:7-2:8 error wrong-type count: Give it in figures',
      '3:6-3:7 error too-short code is two letters',
    ]);
  });

  it('gives a keyword it has no words for a whole sentence naming the field and the keyword', () => {
    const loaded = compileSchema({ properties: { a: { type: 'string' } } }, 'schemas/newsroom.json');
    assert.ok(loaded.ok);
    const schema = { ...loaded.schema, check: () => [{ keyword: 'x-house-style', instancePath: '/a', schemaPath: '#/properties/a/x-house-style', params: {}, data: 'b' }] };
    assert.deepEqual(validateRelease(lines('---', 'a: b', '---'), schema).map(describe1), ['1:3-1:4 error schema-rule a breaks the "x-house-style" rule of the schema "newsroom.json"']);
  });
});
