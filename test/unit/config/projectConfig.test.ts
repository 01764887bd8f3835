import * as assert from 'node:assert/strict';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_RELEASE_GLOBS, effectiveConfig, readProjectConfig, type ConfigReadResult } from '../../../src/core';

/** A failed read as [message, the text the problem covers]. */
function problemOf(text: string): [string, string] {
  const result: ConfigReadResult = readProjectConfig(text);
  assert.ok(!result.ok, 'expected a problem');
  const plain = text.replace(/^\uFEFF/, '');
  return [result.problem.message, plain.slice(result.problem.startOffset, result.problem.endOffset)];
}

describe('readProjectConfig', () => {
  it('reads JSON with comments and trailing commas, trimming paths and reading sizes', () => {
    const text = ['// the desk', '{', '  "$schema": "./pressroom-config.schema.json",', '  "files": ["stories/**/*.md",], /* ours */', '  "schema": " s.json ",', '  "areas": [" City "],', '  "contactsFile": "c.yml",', '  "maxFileSize": "1.5 KB",', '}'].join('\n');
    assert.deepEqual(readProjectConfig(text), { ok: true, values: { files: ['stories/**/*.md'], schema: 's.json', areas: ['City'], contactsFile: 'c.yml', maxFileBytes: 1536 } });
  });

  it('reads sizes in bytes, KB and MB, and plain numbers', () => {
    const bytes = (size: unknown) => {
      const result = readProjectConfig(JSON.stringify({ maxFileSize: size }));
      return result.ok ? result.values.maxFileBytes : result.problem.message;
    };
    assert.deepEqual([bytes(2048), bytes('10 MB'), bytes('512kb'), bytes(' 100 B ')], [2048, 10 * 1024 * 1024, 512 * 1024, 100]);
  });

  it('gives nothing set for an empty file or one with only comments', () => {
    assert.deepEqual(readProjectConfig(''), { ok: true, values: {} });
    assert.deepEqual(readProjectConfig('// not decided yet\n'), { ok: true, values: {} });
    assert.deepEqual(readProjectConfig('\uFEFF{}'), { ok: true, values: {} });
  });

  it('places a syntax error where it is', () => {
    assert.deepEqual(problemOf('{ "files": ["a"] "schema": "s.json" }'), ['.pressroom.jsonc is not valid JSON: comma expected', '"schema"']);
    assert.deepEqual(problemOf('{'), ['.pressroom.jsonc is not valid JSON: close brace expected', '']);
    assert.deepEqual(problemOf("{ 'files': [] }"), ['.pressroom.jsonc is not valid JSON: a word JSON does not know (text takes "double quotes")', "'files'"]);
  });

  it('asks for one object', () => {
    assert.deepEqual(problemOf('["news/*.md"]'), ['.pressroom.jsonc must hold one JSON object, like { "files": ["news/**/*.md"] }', '["news/*.md"]']);
  });

  it('puts an unknown setting on its key, with a did-you-mean or the list of settings', () => {
    assert.deepEqual(problemOf('{ "fils": ["a"] }'), ['.pressroom.jsonc has an unknown setting "fils"; did you mean "files"?', '"fils"']);
    assert.deepEqual(problemOf('\uFEFF{ "zzzzzz": 1 }'), ['.pressroom.jsonc has an unknown setting "zzzzzz"; it may hold files, schema, schemas, areas, contactsFile, maxFileSize, rules, timeZone', '"zzzzzz"']);
  });

  it('puts a wrong value on the value, saying what it should be', () => {
    assert.deepEqual(problemOf('{ "files": "news/*.md" }'), ['"files" in .pressroom.jsonc must be a list of globs, like ["news/**/*.md"]', '"news/*.md"']);
    assert.deepEqual(problemOf('{ "files": [] }'), ['"files" in .pressroom.jsonc must be a list of globs, like ["news/**/*.md"]: it is empty', '[]']);
    assert.deepEqual(problemOf('{ "schema": "" }'), ['"schema" in .pressroom.jsonc must be the path of a JSON Schema file, like "schemas/release.schema.json": it holds an empty text', '""']);
    assert.deepEqual(problemOf('{ "areas": ["A", 1] }'), ['"areas[1]" in .pressroom.jsonc must be a list of area names, like ["Northshire"]', '1']);
    assert.deepEqual(problemOf('{ "maxFileSize": "10 GB" }'), ['"maxFileSize" in .pressroom.jsonc must be a number of bytes or a size like "10 MB"', '"10 GB"']);
  });
});

describe('effectiveConfig', () => {
  it('gives the defaults, rooted at the default root, with nothing set', () => {
    assert.deepEqual(effectiveConfig({ defaultRoot: '/work' }), {
      root: '/work',
      configFile: undefined,
      files: DEFAULT_RELEASE_GLOBS,
      schema: undefined,
      schemas: [],
      frontMatterSchema: true,
      areas: [],
      contactsFile: undefined,
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
      rules: {},
    });
    assert.equal(DEFAULT_MAX_FILE_BYTES, 10 * 1024 * 1024);
  });

  it('takes the file over the fallback over the defaults, each path joined to the root that set it', () => {
    const config = effectiveConfig({
      file: { path: '/repo/site/.pressroom.jsonc', values: { files: ['posts/*.md'], schema: '../schemas/story.json' } },
      fallback: { root: '/repo', values: { files: ['news/*.md'], schema: 'other.json', contactsFile: 'desk/contacts.yml', areas: ['City'] } },
      defaultRoot: '/cwd',
    });
    assert.deepEqual(config, {
      root: '/repo/site',
      configFile: '/repo/site/.pressroom.jsonc',
      files: ['posts/*.md'],
      schema: '/repo/schemas/story.json',
      schemas: [],
      frontMatterSchema: true,
      areas: ['City'],
      contactsFile: '/repo/desk/contacts.yml',
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
      rules: {},
    });
  });

  it('matches the fallback\'s globs from the fallback\'s root, and ignores its empty paths', () => {
    const config = effectiveConfig({
      file: { path: '/repo/.pressroom.jsonc', values: { maxFileBytes: 2048 } },
      fallback: { root: '/workspace', values: { files: ['news/*.md'], schema: '  ', contactsFile: '' } },
      defaultRoot: '/cwd',
    });
    assert.deepEqual([config.root, config.files, config.schema, config.contactsFile, config.maxFileBytes], ['/workspace', ['news/*.md'], undefined, undefined, 2048]);
  });

  it('roots the defaults at the configuration file\'s folder when the file sets no globs', () => {
    const config = effectiveConfig({ file: { path: '/repo/.pressroom.jsonc', values: {} }, defaultRoot: '/cwd' });
    assert.deepEqual([config.root, config.files], ['/repo', DEFAULT_RELEASE_GLOBS]);
  });
});
