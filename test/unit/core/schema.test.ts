import * as assert from 'node:assert/strict';
import { builtInSchema, compileSchema, loadSchemaText, schemaAt, validateRelease, type JsonSchema } from '../../../src/core';
import { lines } from '../helpers';

function* everyProperty(schema: JsonSchema, path: string): Generator<[string, JsonSchema]> {
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    yield [`${path}${name}`, child];
    yield* everyProperty(child, `${path}${name}.`);
    if (child.items && !Array.isArray(child.items)) yield* everyProperty(child.items as JsonSchema, `${path}${name}[].`);
  }
}

describe('the built-in schema', () => {
  it('gives every property a description and examples (they feed hover and completion)', () => {
    const missing = [...everyProperty(builtInSchema().json, '')]
      .filter(([, schema]) => !schema.description || !Array.isArray(schema.examples) || schema.examples.length === 0)
      .map(([path]) => path);
    assert.deepEqual(missing, []);
  });

  it('requires what a publisher needs', () => {
    assert.deepEqual(builtInSchema().json.required, ['title', 'area', 'url', 'publish']);
  });

  it('has examples that pass its own rules', () => {
    for (const [path, schema] of everyProperty(builtInSchema().json, '')) {
      if (schema.type !== 'string') continue;
      for (const example of schema.examples ?? []) {
        const probe = compileSchema(schema, path);
        assert.ok(probe.ok, path);
        if (probe.ok) assert.deepEqual(probe.schema.check(example), [], `${path}: ${String(example)}`);
      }
    }
  });

  it('is navigable by path, through list items', () => {
    assert.equal(schemaAt(builtInSchema().json, ['contacts', 0, 'phone'])?.type, 'string');
    assert.equal(schemaAt(builtInSchema().json, ['og', 'nothing']), undefined);
  });
});

describe('custom schemas', () => {
  it('validates against a workspace schema', () => {
    const loaded = loadSchemaText('{"type":"object","required":["headline"],"properties":{"headline":{"type":"string"}}}', 'schemas/custom.json');
    assert.ok(loaded.ok);
    if (!loaded.ok) return;
    const found = validateRelease(lines('---', 'title: A', '---'), loaded.schema).map((d) => d.message);
    assert.deepEqual(found, ['Missing required field "headline"']);
  });

  it('names the file, the line and column and the problem in words for invalid JSON, whatever the engine', () => {
    const cases: [string, string][] = [
      ['{"type": "object",', 'line 1, column 19: property name expected'],
      ['{\n  "type": "object"\n  "required": []\n}', 'line 3, column 3: comma expected'],
      ['{\r\n  "type": "object",\r\n}', 'line 3, column 1: property name expected'],
      ['// our schema\n{}', 'line 1, column 1: a comment, which JSON does not allow'],
      ['{"type": "object"}}', 'line 1, column 19: end of file expected'],
      ['', 'line 1, column 1: value expected'],
    ];
    for (const [text, problem] of cases) {
      assert.deepEqual(loadSchemaText(text, 'schemas/custom.json'), { ok: false, problem: `schemas/custom.json is not valid JSON: ${problem}` }, text);
    }
    // The data is JSON.parse's: a BOM is no part of it, and a "__proto__" key is a key.
    const loaded = loadSchemaText('\ufeff{"properties": {"__proto__": {"type": "string"}}}', 'schemas/custom.json');
    assert.ok(loaded.ok);
    assert.deepEqual(Object.keys((loaded.schema.json as { properties: object }).properties), ['__proto__']);
  });

  it('names the file and the problem for an invalid schema', () => {
    const loaded = loadSchemaText('{"type": "objekt"}', 'schemas/custom.json');
    assert.equal(loaded.ok, false);
    if (!loaded.ok) assert.match(loaded.problem, /^schemas\/custom\.json is not a valid JSON Schema: schema is invalid: data\/type must be equal to one of the allowed values/);
  });

  it('names a reference it cannot resolve, in the schema itself or in a file beside it, and how to put it right', () => {
    const inItself = loadSchemaText('{"properties": {"area": {"$ref": "#/definitions/area"}}}', 'schemas/custom.json');
    assert.deepEqual(inItself, { ok: false, problem: 'schemas/custom.json refers to #/definitions/area, which Pressroom could not find: check the file name and the path after "#"' });
    const beside = loadSchemaText('{"$id": "https://newsroom.example/custom.json", "properties": {"area": {"$ref": "areas.json#/area"}}}', 'schemas/custom.json');
    assert.deepEqual(beside, { ok: false, problem: 'schemas/custom.json refers to areas.json#/area, which Pressroom could not find: check the file name and the path after "#"' });
  });

  it('says what a "$schema" should be when it is not text', () => {
    assert.deepEqual(loadSchemaText('{"$schema": 7, "type": "object"}', 'schemas/custom.json'), {
      ok: false,
      problem: 'schemas/custom.json has a "$schema" that is not text; it should name a JSON Schema draft, like "http://json-schema.org/draft-07/schema#"',
    });
  });

  it('rejects a schema that is not an object', () => {
    assert.deepEqual(compileSchema([], 'x.json'), { ok: false, problem: 'x.json is not a JSON Schema: it must be a JSON object (or true or false)' });
  });

  it('accepts editor annotations such as markdownDescription', () => {
    assert.equal(compileSchema({ type: 'object', markdownDescription: '*x*' }, 'x.json').ok, true);
  });
});
