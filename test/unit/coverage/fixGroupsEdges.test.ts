/** Release files named by $schema, and quick fixes for a folded source, a group given by an alias and a file with no front matter. */
import * as assert from 'node:assert/strict';
import { builtInSchema, isRelease, namesASchema, parseRelease, releasePathMatcher, validateParsed } from '../../../src/core';
import { applyEdits, fixAllEdits, fixesFor } from '../../../src/core/authoring';
import { NOW } from '../authoring/helpers';
import { lines, VALID_FIELDS } from '../helpers';
import { schemaOf } from '../testSchemas';

function fixesOf(text: string, schema = builtInSchema()) {
  const release = parseRelease(text);
  const diagnostics = validateParsed(release, schema);
  return {
    codes: diagnostics.map((diagnostic) => diagnostic.code),
    fixes: fixesFor(release, schema, diagnostics, { now: NOW }).map((fix): [string, string] => [fix.title, applyEdits(text, fix.edits)]),
    fixAll: applyEdits(text, fixAllEdits(release, schema, diagnostics, { now: NOW })),
  };
}

describe('release files: $schema outside front matter', () => {
  it('does not count a $schema line in a file with no front matter', () => {
    assert.equal(namesASchema(lines('No front matter', '$schema: press-release')), false);
    assert.equal(isRelease('notes/a.md', '$schema: press-release', releasePathMatcher(['releases/**'])), false);
    assert.equal(namesASchema(lines('---', '$schema: press-release', '---', '')), true);
  });
});

describe('quick fixes: folded sources, alias groups, no front matter', () => {
  const others = VALID_FIELDS.filter((line) => !line.startsWith('title'));

  it('copies a headline written over several lines as one line of text', () => {
    for (const title of [['title: Council opens', '  new library'], ['title: >-', '  Council opens', '  new library']]) {
      const text = lines('---', ...others, ...title, 'og:', '  title:', '---', '');
      const copied = lines('---', ...others, ...title, 'og:', '  title: Council opens new library', '---', '');
      assert.deepEqual(fixesOf(text), { codes: ['wrong-type'], fixes: [['Copy title to og.title', copied]], fixAll: copied });
    }
  });

  it('offers no missing field for a group given by an alias: a line under it would not join it', () => {
    const schema = schemaOf({ type: 'object', properties: { base: { type: 'object' }, info: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } });
    const text = lines('---', 'base: &b', '  other: 1', 'info: *b', '---', '');
    assert.deepEqual(fixesOf(text, schema), { codes: ['missing-field'], fixes: [], fixAll: text });
  });

  it('leaves a copy that would insert where a rename starts for the next fix-all, which then makes it', () => {
    const schema = schemaOf({
      type: 'object',
      additionalProperties: false,
      properties: { title: { type: 'string' }, area: { type: 'string' }, og: { type: 'object', required: ['title'], properties: { title: { type: 'string' }, description: { type: 'string' } } } },
    });
    const text = lines('---', 'title: A', 'og:', '  description: x', 'are: Northshire', '---', '');
    const renamed = lines('---', 'title: A', 'og:', '  description: x', 'area: Northshire', '---', '');
    const both = lines('---', 'title: A', 'og:', '  description: x', '  title: A', 'area: Northshire', '---', '');
    const first = fixesOf(text, schema);
    assert.deepEqual(first.codes, ['missing-field', 'unknown-field']);
    assert.deepEqual(first.fixes.slice(0, 2), [
      ['Copy title to og.title', lines('---', 'title: A', 'og:', '  description: x', '  title: A', 'are: Northshire', '---', '')],
      ['Rename "are" to "area"', renamed],
    ]);
    assert.equal(first.fixAll, renamed);
    assert.equal(fixesOf(renamed, schema).fixAll, both);
  });

  it('offers no missing fields for front matter written as {}: a line under it would not join it', () => {
    const text = lines('---', '{}', '---', '');
    assert.deepEqual(fixesOf(text), { codes: ['missing-field', 'missing-field', 'missing-field', 'missing-field'], fixes: [], fixAll: text });
  });

  it('offers no rename for an unknown field with no near name, nor where the near name is taken', () => {
    const text = lines('---', ...VALID_FIELDS, 'zzqx: 1', 'titl: B', '---', '');
    assert.deepEqual(fixesOf(text), { codes: ['unknown-field', 'unknown-field'], fixes: [], fixAll: text });
  });

  it('fixes nothing in a file with no front matter', () => {
    const release = parseRelease('No front matter here.\n');
    const schema = builtInSchema();
    const diagnostics = validateParsed(release, schema);
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['no-front-matter']);
    assert.deepEqual(fixAllEdits(release, schema, diagnostics, { now: NOW }), []);
  });
});
