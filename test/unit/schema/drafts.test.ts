// Every draft a schema names, boolean schemas, own properties, draft 7's ignored $ref siblings, local
// references and the note for a remote one, and which schema wins for a release.
import * as assert from 'node:assert/strict';
import builtInSchemaJson from '../../../schemas/press-release.schema.json';
import { builtInSchema, compileSchema, effectiveConfig, schemaPathFor, SchemaFiles, validateRelease } from '../../../src/core';
import { ajvFor } from '../../../src/core/schema/drafts';

const compiled = (json: unknown) => {
  const result = compileSchema(json, 'ours.json');
  if (!result.ok) throw new Error(result.problem);
  return result.schema;
};

describe('schemas of every draft', () => {
  it('chooses the draft by $schema, draft-07 when absent', () => {
    assert.equal(compiled({}).draft, 'draft-07');
    assert.equal(compiled({ $schema: 'http://json-schema.org/draft-04/schema#' }).draft, 'draft-04');
    assert.equal(compiled({ $schema: 'http://json-schema.org/draft-06/schema#' }).draft, 'draft-06');
    assert.equal(compiled({ $schema: 'https://json-schema.org/draft/2019-09/schema' }).draft, '2019-09');
    assert.equal(compiled({ $schema: 'https://json-schema.org/draft/2020-12/schema' }).draft, '2020-12');
  });

  it('says in words that draft 3 cannot be checked', () => {
    assert.deepEqual(compileSchema({ $schema: 'http://json-schema.org/draft-03/schema#' }, 'ours.json'), {
      ok: false,
      problem: 'ours.json says it is written in JSON Schema draft 3, which is older than Pressroom can check ("$schema"). Pressroom checks drafts 04, 06, 07, 2019-09 and 2020-12: change "$schema" to one of them, like "http://json-schema.org/draft-07/schema#"',
    });
  });

  it('accepts boolean schemas', () => {
    assert.equal(compiled(true).check({ title: 'x' }).length, 0);
    assert.equal(compiled(false).check({ title: 'x' }).length, 1);
  });

  it('counts only own properties for required (constructor is not present on {})', () => {
    assert.equal(compiled({ required: ['constructor'] }).check({}).length, 1);
  });

  it('ignores keywords beside $ref in draft 7 and applies them in 2020-12', () => {
    const schema = (draft: string) => ({ $schema: draft, definitions: { n: { type: 'number' } }, $defs: { n: { type: 'number' } }, properties: { v: { $ref: '#/definitions/n', maximum: 1 } } });
    assert.equal(compiled(schema('http://json-schema.org/draft-07/schema#')).check({ v: 5 }).length, 0);
    assert.equal(compiled(schema('https://json-schema.org/draft/2020-12/schema')).check({ v: 5 }).length, 1);
  });
});

describe('the shipped schema', () => {
  // It is compiled without checking it against its meta-schema (that costs more than the compile itself,
  // in every process and thread), so this test is what keeps it valid.
  it('passes its meta-schema', () => {
    const ajv = ajvFor('draft-07');
    assert.equal(ajv.validateSchema(builtInSchemaJson), true, JSON.stringify(ajv.errors));
  });

  it('still refuses what the schema forbids, and a schema from a file is still checked against its meta-schema', () => {
    assert.deepEqual(
      builtInSchema()
        .check({ title: 'Headline' })
        .map((error) => error.keyword),
      ['required', 'required', 'required'],
    );
    const broken = compileSchema({ type: 12 }, 'ours.json');
    assert.equal(broken.ok, false);
  });
});

describe('schemas split over files', () => {
  const main = JSON.stringify({ properties: { contact: { $ref: './contact.json#/definitions/contact' }, logo: { $ref: 'https://example.org/logo.json' } } });
  const contact = JSON.stringify({ definitions: { contact: { type: 'object', required: ['name'] } } });

  it('reads the referenced file beside the schema, and notes the remote one without fetching it', () => {
    const files = new SchemaFiles('file:///p/schemas/main.json', main, 'schemas/main.json');
    const asked: string[] = [];
    for (let next = files.next(); next !== undefined; next = files.next()) {
      asked.push(next);
      files.provide(next, next === 'file:///p/schemas/contact.json' ? contact : undefined);
    }
    assert.deepEqual(asked, ['file:///p/schemas/contact.json']);
    const result = files.compile();
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.deepEqual(result.schema.notes, [
      'schemas/main.json refers to https://example.org/logo.json, which is on the network; Pressroom never fetches schemas, so what it describes is not checked. Save a copy beside the schema and refer to that file instead.',
    ]);
    const diagnostics = validateRelease('---\ncontact: {}\nlogo: 1\n---\n', result.schema);
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message]), [['missing-field', 'Missing required field "contact.name"']]);
  });

  it('names a referenced file that cannot be read', () => {
    const files = new SchemaFiles('file:///p/schemas/main.json', main, 'schemas/main.json');
    for (let next = files.next(); next !== undefined; next = files.next()) files.provide(next, undefined);
    assert.deepEqual(files.compile(), { ok: false, problem: 'schemas/main.json refers to ./contact.json#/definitions/contact, which cannot be read: check the file name' });
  });

  /** Reads every file the schema asks for from `texts`, by name; returns the names in the order asked. */
  function readAll(files: SchemaFiles, texts: Record<string, string>): string[] {
    const asked: string[] = [];
    for (let next = files.next(); next !== undefined; next = files.next()) {
      asked.push(next);
      files.provide(next, texts[next.replace('file:///p/schemas/', '')]);
    }
    return asked;
  }

  it('reads a file that two references name once, and follows references inside referenced files', () => {
    const twice = JSON.stringify({ properties: { a: { $ref: './parts.json#/definitions/a' }, b: { $ref: './parts.json#/definitions/b' } } });
    const parts = JSON.stringify({ definitions: { a: { $ref: './leaf.json' }, b: { type: 'string' } } });
    const files = new SchemaFiles('file:///p/schemas/main.json', twice, 'schemas/main.json');
    assert.deepEqual(readAll(files, { 'parts.json': parts, 'leaf.json': '{ "type": "number" }' }), ['file:///p/schemas/parts.json', 'file:///p/schemas/leaf.json']);
    const result = files.compile();
    assert.ok(result.ok);
    assert.deepEqual(validateRelease('---\na: x\nb: 1\n---\n', result.schema).map((diagnostic) => diagnostic.code), ['wrong-type', 'wrong-type']);
  });

  it('says which referenced file is not JSON, and where', () => {
    const files = new SchemaFiles('file:///p/schemas/main.json', main, 'schemas/main.json');
    readAll(files, { 'contact.json': '{ "definitions": ' });
    assert.deepEqual(files.compile(), {
      ok: false,
      problem: '"./contact.json#/definitions/contact" (a $ref in schemas/main.json) is not valid JSON: line 1, column 18: value expected',
    });
  });

  it('stops at too many referenced files, or too much text in them, with the limit in words', () => {
    const chain = (index: number) => JSON.stringify({ $ref: `./part${index + 1}.json` });
    const texts = Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`part${index}.json`, chain(index)]));
    const many = new SchemaFiles('file:///p/schemas/main.json', chain(-1), 'schemas/main.json', { maxFiles: 3 });
    assert.deepEqual(readAll(many, texts).length, 3);
    assert.deepEqual(many.compile(), { ok: false, problem: 'schemas/main.json refers to more than 3 other schema files; Pressroom reads at most that many' });
    const large = new SchemaFiles('file:///p/schemas/main.json', main, 'schemas/main.json', { maxChars: 2 * 1024 * 1024 });
    readAll(large, { 'contact.json': `{ "description": "${'x'.repeat(2 * 1024 * 1024)}" }` });
    assert.deepEqual(large.compile(), { ok: false, problem: 'The schema files schemas/main.json refers to are too large together (over 2 MB); Pressroom stops reading at that size' });
  });
});

describe('which schema checks a release', () => {
  const config = effectiveConfig({
    file: { path: '/p/.pressroom.jsonc', values: { schema: 'schemas/release.json', schemas: [{ files: ['statements/**/*.md'], schema: 'schemas/statement.json' }] } },
    defaultRoot: '/p',
  });

  it('takes the release\'s own $schema file, then the first matching entry, then schema', () => {
    assert.equal(schemaPathFor('/p/news/a.md', '---\n$schema: ../schemas/own.json\n---\n', config), '/p/schemas/own.json');
    assert.equal(schemaPathFor('/p/statements/a.md', '---\n$schema: press-release\n---\n', config), '/p/schemas/statement.json');
    assert.equal(schemaPathFor('/p/news/a.md', undefined, config), '/p/schemas/release.json');
    assert.equal(schemaPathFor('/p/news/a.md', '---\n$schema: ../schemas/own.json\n---\n', { ...config, frontMatterSchema: false }), '/p/schemas/release.json');
  });
});
