// How the CLI finds and uses the project configuration (.pressroom.jsonc), in memory.
import * as assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main';
import { lines } from '../helpers';
import { VALID, validRelease } from './fixtures';
import { memoryIo } from './memoryIo';

// The rules run with their defaults: the releases name a media contact, so only what a test is about shows.
const HEADLINE_ONLY = lines('---', 'headline: Pier reopens', '---', '', 'The pier reopens on Monday.', '', 'Media enquiries: Jane Doe, 01632 960123', '');
const HEADLINE_SCHEMA = '{"type":"object","required":["headline"],"properties":{"headline":{"type":"string"}}}';
const DESK_SCHEMA = '{"type":"object","required":["desk"]}';

describe('pressroom validate with a project configuration', () => {
  it('matches the configuration\'s globs from its own folder and uses the schema it names', () => {
    const io = memoryIo({
      'site/.pressroom.jsonc': lines('// the desk', '{ "files": ["posts/*.md"], "schema": "story.json" }'),
      'site/story.json': HEADLINE_SCHEMA,
      'site/posts/a.md': HEADLINE_ONLY,
      'site/news/b.md': VALID,
      'site/posts/deeper/c.md': VALID,
    });
    assert.equal(runCli(['validate', '.'], io), 0);
    assert.deepEqual(io.out, ['']);
    assert.deepEqual(io.err, ['1 file checked, all valid\n']);
  });

  it('finds the nearest configuration walking up from each file: nested configurations, nearest wins', () => {
    const io = memoryIo({
      'repo/.pressroom.jsonc': '{ "files": ["**/*.md"], "schema": "desk.json" }',
      'repo/desk.json': DESK_SCHEMA,
      'repo/team/.pressroom.jsonc': '{ "files": ["docs/*.md"] }',
      'repo/team/docs/a.md': HEADLINE_ONLY,
      'repo/team/other.md': VALID,
      'repo/notes/b.md': HEADLINE_ONLY,
    });
    assert.equal(runCli(['validate', 'repo'], io), 1);
    assert.equal(
      io.out.join(''),
      lines(
        'repo/notes/b.md:1:1 error missing-field Missing required field "desk"',
        // team/ has its own configuration: it names no schema, so the built-in one, and not the parent's.
        'repo/team/docs/a.md:1:1 error missing-field Missing required field "area"',
        'repo/team/docs/a.md:1:1 error missing-field Missing required field "publish"',
        'repo/team/docs/a.md:1:1 error missing-field Missing required field "title"',
        'repo/team/docs/a.md:1:1 error missing-field Missing required field "url"',
        'repo/team/docs/a.md:2:1 warning unknown-field Unknown field "headline": the schema "Press release" has no such field',
        '',
      ),
    );
    assert.deepEqual(io.err, ['2 files checked, 2 with problems: 5 errors, 1 warning\n']);
  });

  it('reads each configuration file once, however many files it covers', () => {
    const io = memoryIo({
      'p/.pressroom.jsonc': '{}',
      'p/news/a.md': validRelease('Pier reopens after repairs', 'pier'),
      'p/news/b.md': validRelease('Library opens on Sundays', 'library'),
      'p/news/deep/c.md': validRelease('Market hall gets a new roof', 'market'),
    });
    const reads: string[] = [];
    const readFile = io.readFile;
    io.readFile = (name) => {
      reads.push(name);
      return readFile(name);
    };
    assert.equal(runCli(['validate', 'p'], io), 0);
    assert.deepEqual(reads.filter((name) => name.endsWith('.pressroom.jsonc')), ['/project/p/.pressroom.jsonc']);
  });

  it('takes the defaults from a configuration that sets nothing', () => {
    const io = memoryIo({ 'p/.pressroom.jsonc': lines('// nothing decided yet', '{}'), 'p/news/a.md': VALID, 'p/docs/b.md': HEADLINE_ONLY, 'p/press/big.md': VALID });
    const readUpTo = io.readUpTo;
    io.readUpTo = (name, maxBytes) => (name.endsWith('big.md') ? { bytes: 10 * 1024 * 1024 + 1 } : readUpTo(name, maxBytes));
    assert.equal(runCli(['validate', 'p'], io), 0);
    assert.deepEqual(io.out, ['p/press/big.md:1:1 information too-large This file is too large to check (more than 10 MB; Pressroom checks releases up to 10 MB)\n']);
    assert.deepEqual(io.err, ['2 files checked, all valid\n']);
  });

  it('reports a file over the configured limit, with the limit in words, and never reads it', () => {
    const io = memoryIo({ '.pressroom.jsonc': '{ "maxFileSize": "1 KB" }', 'news/long.md': `${VALID}\n${'x'.repeat(1600)}`, 'news/short.md': VALID });
    const readFile = io.readFile;
    io.readFile = (name) => {
      assert.ok(!name.endsWith('long.md'), 'the too-large file was read');
      return readFile(name);
    };
    assert.equal(runCli(['validate', 'news'], io), 0);
    assert.deepEqual(io.out, ['news/long.md:1:1 information too-large This file is too large to check (1.8 KB; Pressroom checks releases up to 1 KB)\n']);
    assert.deepEqual(io.err, ['2 files checked, all valid\n']);
  });

  it('checks a Markdown file outside the globs when its front matter names a $schema', () => {
    const io = memoryIo({ '.pressroom.jsonc': '{ "files": ["stories/*.md"] }', 'drafts/a.md': lines('---', '$schema: anything', 'title: A', '---'), 'drafts/b.md': HEADLINE_ONLY });
    assert.equal(runCli(['validate', 'drafts'], io), 1);
    assert.match(io.out.join(''), /^drafts\/a\.md:1:1 error missing-field Missing required field "area"$/m);
    assert.ok(!io.out.join('').includes('drafts/b.md'));
  });

  it('lets --schema win over the schema the configuration names', () => {
    const io = memoryIo({ '.pressroom.jsonc': '{ "schema": "desk.json" }', 'desk.json': DESK_SCHEMA, 'headline.json': HEADLINE_SCHEMA, 'news/a.md': HEADLINE_ONLY });
    assert.equal(runCli(['validate', '--schema', 'headline.json', 'news'], io), 0);
    assert.deepEqual(io.err, ['1 file checked, all valid\n']);
    assert.equal(runCli(['validate', 'news'], io), 1);
    assert.deepEqual(io.out.slice(-1), ['news/a.md:1:1 error missing-field Missing required field "desk"\n']);
  });

  it('says in --help where the configuration comes from and that --schema wins', () => {
    const io = memoryIo({});
    assert.equal(runCli(['validate', '--help'], io), 0);
    assert.match(io.out.join(''), /The project configuration is the nearest \.pressroom\.jsonc above each file/);
    assert.match(io.out.join(''), /--schema <file> {6}check against this JSON Schema, instead of the built-in one or the one the\n {23}project configuration names \(the command line wins\)/);
  });
});

describe('pressroom validate with an invalid project configuration', () => {
  /** Runs the CLI on `news/` below a configuration with `config` as its text. */
  function withConfig(config: string) {
    const io = memoryIo({ 'p/.pressroom.jsonc': config, 'p/news/a.md': VALID, 'p/news/b.md': HEADLINE_ONLY, 'p/stories/c.md': HEADLINE_ONLY });
    const status = runCli(['validate', 'p'], io);
    return { status, out: io.out.join(''), err: io.err };
  }
  const CHECKED_WITH_DEFAULTS = lines(
    'p/news/b.md:1:1 error missing-field Missing required field "area"',
    'p/news/b.md:1:1 error missing-field Missing required field "publish"',
    'p/news/b.md:1:1 error missing-field Missing required field "title"',
    'p/news/b.md:1:1 error missing-field Missing required field "url"',
    'p/news/b.md:2:1 warning unknown-field Unknown field "headline": the schema "Press release" has no such field',
    '',
  );
  const SUMMARY = '2 files checked, 1 with problems: 4 errors, 1 warning\n';

  it('a syntax error: one line at its place, exit 2, and the files still checked with the defaults', () => {
    const result = withConfig(lines('{', '  "files": ["stories/*.md"]', '  "schema": "s.json"', '}'));
    assert.equal(result.status, 2);
    assert.deepEqual(result.err, ['p/.pressroom.jsonc:3:3: .pressroom.jsonc is not valid JSON: comma expected. Pressroom checks releases without it until it is fixed\n', SUMMARY]);
    assert.equal(result.out, CHECKED_WITH_DEFAULTS);
  });

  it('an unknown setting: its key, with a did-you-mean', () => {
    const result = withConfig(lines('{', '  // which files', '  "fils": ["stories/*.md"]', '}'));
    assert.equal(result.status, 2);
    assert.deepEqual(result.err, ['p/.pressroom.jsonc:3:3: .pressroom.jsonc has an unknown setting "fils"; did you mean "files"? Pressroom checks releases without it until it is fixed\n', SUMMARY]);
    assert.equal(result.out, CHECKED_WITH_DEFAULTS);
  });

  it('a value of the wrong type: on the value, in words', () => {
    const result = withConfig('{ "files": "stories/*.md" }');
    assert.equal(result.status, 2);
    assert.deepEqual(result.err, ['p/.pressroom.jsonc:1:12: "files" in .pressroom.jsonc must be a list of globs, like ["news/**/*.md"]. Pressroom checks releases without it until it is fixed\n', SUMMARY]);
    assert.equal(result.out, CHECKED_WITH_DEFAULTS);
  });

  it('exit 2 even when every release is valid; and a BOM does not move the column', () => {
    const io = memoryIo({ '.pressroom.jsonc': '\uFEFF{"x": 1}', 'news/a.md': VALID });
    assert.equal(runCli(['validate', 'news'], io), 2);
    assert.deepEqual(io.err, ['.pressroom.jsonc:1:2: .pressroom.jsonc has an unknown setting "x"; it may hold files, schema, schemas, areas, contactsFile, maxFileSize, rules, timeZone. Pressroom checks releases without it until it is fixed\n', '1 file checked, all valid\n']);
  });

  it('a schema file the configuration names but that is missing: exit 2 naming it, checked with the built-in schema', () => {
    const io = memoryIo({ 'p/.pressroom.jsonc': '{ "schema": "schemas/gone.json" }', 'p/news/a.md': VALID, 'p/news/b.md': validRelease('Library opens on Sundays', 'library') });
    assert.equal(runCli(['validate', 'p'], io), 2);
    assert.deepEqual(io.err, ['p/.pressroom.jsonc: cannot read the schema file p/schemas/gone.json (Pressroom checks with the built-in schema)\n', '2 files checked, all valid\n']);
    assert.deepEqual(io.out, ['']);
  });

  it('a broken schema file the configuration names: exit 2 with the schema\'s problem, once', () => {
    const io = memoryIo({ '.pressroom.jsonc': '{ "schema": "s.json" }', 's.json': '{"type": "objekt"}', 'news/a.md': VALID, 'news/b.md': VALID });
    assert.equal(runCli(['validate', 'news'], io), 2);
    assert.equal(io.err.length, 2);
    assert.match(io.err[0], /^\.pressroom\.jsonc: s\.json is not a valid JSON Schema: .* \(Pressroom checks with the built-in schema\)\n$/);
  });
});

describe('pressroom convert with a project configuration', () => {
  const PLAIN = 'Pier reopens\n17 October 2020\nThe pier reopens today.\n';
  const STORY_SCHEMA = JSON.stringify({
    type: 'object',
    required: ['headline', 'published'],
    properties: {
      headline: { type: 'string', 'x-pressroom-role': 'headline' },
      published: { type: 'string', format: 'press-date', 'x-pressroom-role': 'publishDate' },
    },
  });

  it('fills the fields of the schema the nearest configuration names', () => {
    const io = memoryIo({ 'desk/.pressroom.jsonc': '{ "schema": "story.json" }', 'desk/story.json': STORY_SCHEMA, 'desk/inbox/pier.txt': PLAIN });
    assert.equal(runCli(['convert', 'desk/inbox/pier.txt'], io), 0);
    assert.equal(io.out.join(''), lines('---', 'headline: Pier reopens', 'published: "09:00 17/10/2020" # TODO: no time was written; 09:00 assumed, check it', '---', '', 'The pier reopens today.', ''));
  });

  it('fills the fields of the schema a `schemas` entry gives the place the release is written', () => {
    const config = '{ "schemas": [{ "files": ["statements/**/*.md"], "schema": "story.json" }] }';
    const io = memoryIo({ 'desk/.pressroom.jsonc': config, 'desk/story.json': STORY_SCHEMA, 'desk/statements/pier.txt': PLAIN, 'desk/inbox/pier.txt': PLAIN });
    assert.equal(runCli(['convert', 'desk/statements/pier.txt'], io), 0);
    // (That schema has no `$schema` field, so none is written.)
    assert.equal(io.out.join(''), lines('---', 'headline: Pier reopens', 'published: "09:00 17/10/2020" # TODO: no time was written; 09:00 assumed, check it', '---', '', 'The pier reopens today.', ''));
    const elsewhere = memoryIo({ 'desk/.pressroom.jsonc': config, 'desk/story.json': STORY_SCHEMA, 'desk/inbox/pier.txt': PLAIN });
    assert.equal(runCli(['convert', 'desk/inbox/pier.txt'], elsewhere), 0);
    assert.match(elsewhere.out.join(''), /^---\n\$schema: press-release\ntitle: Pier reopens\n/);
  });

  it('exits 2 for an invalid configuration and converts with the defaults', () => {
    const io = memoryIo({ '.pressroom.jsonc': '{ "schema": 1 }', 'pier.txt': PLAIN });
    assert.equal(runCli(['convert', 'pier.txt'], io), 2);
    assert.equal(io.err[0], '.pressroom.jsonc:1:13: "schema" in .pressroom.jsonc must be the path of a JSON Schema file, like "schemas/release.schema.json". Pressroom checks releases without it until it is fixed\n');
    assert.match(io.out.join(''), /^---\n\$schema: press-release\ntitle: Pier reopens\n/);
  });
});
