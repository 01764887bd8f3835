/** Configuration and file reading on the edges: a `$schema` of the wrong type, contacts files, globs, skipped files, field roles. */
import * as assert from 'node:assert/strict';
import { analyseRelease, builtInSchema, fieldRolesOf, readProjectConfig, releasePathMatcher, type JsonSchema } from '../../../src/core';
import { parseContactsFile } from '../../../src/core/authoring';

describe('project configuration: a `$schema` that is not text', () => {
  it('points at a "$schema" that is not text', () => {
    assert.deepEqual(readProjectConfig('{ "$schema": 1 }'), {
      ok: false,
      problem: { message: '"$schema" in .pressroom.jsonc must be the address of this file\'s JSON Schema, as text', startOffset: 13, endOffset: 14 },
    });
  });
});

describe('contacts file: each shape', () => {
  it('reads a bare list and a map holding the list, and refuses a scalar', () => {
    assert.deepEqual(parseContactsFile('- name: Sam Taylor\n'), { contacts: [{ name: 'Sam Taylor' }], problems: [] });
    assert.deepEqual(parseContactsFile('contacts:\n  - name: Sam Taylor\n'), { contacts: [{ name: 'Sam Taylor' }], problems: [] });
    assert.deepEqual(parseContactsFile('just some text'), { contacts: [], problems: ['expected a list of contacts (each with a name, role, phone and email)'] });
  });
});

describe('release globs: one picomatch refuses', () => {
  it('skips a glob over picomatch\'s length limit and keeps the others', () => {
    const matches = releasePathMatcher(['*'.repeat(70_000), 'news/**/*.md']);
    assert.deepEqual([matches('news/a.md'), matches('other/a.md')], [true, false]);
  });
});

describe('analyseRelease: a file that is not a release', () => {
  it('parses it but reports nothing', () => {
    const analysis = analyseRelease('---\ntitle: 5\n---\n', { kind: 'skip', reason: 'not-a-release' }, builtInSchema());
    assert.equal(analysis.isRelease, false);
    assert.deepEqual(analysis.diagnostics, []);
    assert.deepEqual(analysis.parsed.data, { title: 5 });
  });
});

describe('field roles: depth, boolean schemas and annotations on a built-in path', () => {
  it('looks for annotations three levels deep only', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        a: { type: 'object', properties: { b: { type: 'object', properties: { c: { type: 'object', properties: { d: { type: 'string', 'x-pressroom-role': 'area' } } }, e: { 'x-pressroom-role': 'headline' } } } } },
      },
    } as JsonSchema;
    assert.deepEqual(fieldRolesOf(schema), { headline: ['a', 'b', 'e'] });
  });

  it('skips a boolean property schema, and gives no role the built-in path another role was annotated on', () => {
    const schema = {
      type: 'object',
      properties: { flag: true, title: { type: 'string' }, headline: { type: 'string', 'x-pressroom-role': 'headline' }, area: { type: 'string', 'x-pressroom-role': 'url' } },
    } as unknown as JsonSchema;
    assert.deepEqual(fieldRolesOf(schema), { headline: ['headline'], url: ['area'] });
  });
});
