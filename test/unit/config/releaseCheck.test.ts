import * as assert from 'node:assert/strict';
import { decideCheck, effectiveConfig, matchesReleaseGlobs, RELEASE_SCHEMA_KEY, schemaKeyForNewRelease, utf8Length } from '../../../src/core';

const config = effectiveConfig({ file: { path: '/repo/.pressroom.jsonc', values: { files: ['stories/**/*.md'], schema: 'story.json', maxFileBytes: 2048 } }, defaultRoot: '/cwd' });
const NAMES_A_SCHEMA = '---\n$schema: story\nheadline: A\n---\n';

describe('decideCheck', () => {
  it('checks a file under the globs against the configured schema', () => {
    assert.deepEqual(decideCheck({ path: '/repo/stories/2026/a.md', bytes: 100 }, config), { kind: 'check', schema: '/repo/story.json' });
    assert.deepEqual(decideCheck({ path: '/repo/stories/A.MD', bytes: 100 }, config), { kind: 'check', schema: '/repo/story.json' });
  });

  it('skips what is not Markdown, and Markdown outside the globs that names no schema', () => {
    assert.deepEqual(decideCheck({ path: '/repo/stories/a.txt', bytes: 100 }, config), { kind: 'skip', reason: 'not-markdown' });
    assert.deepEqual(decideCheck({ path: '/repo/notes/a.md', bytes: 100, text: '---\nheadline: A\n---\n' }, config), { kind: 'skip', reason: 'not-a-release' });
    assert.deepEqual(decideCheck({ path: '/elsewhere/stories/a.md', bytes: 100 }, config), { kind: 'skip', reason: 'not-a-release' });
  });

  it('checks Markdown outside the globs when its front matter names a $schema, unless it is too large to read', () => {
    assert.deepEqual(decideCheck({ path: '/repo/drafts/a.md', bytes: 100, text: NAMES_A_SCHEMA }, config), { kind: 'check', schema: '/repo/story.json' });
    assert.deepEqual(decideCheck({ path: '/repo/drafts/a.md', bytes: 100 }, config), { kind: 'skip', reason: 'not-a-release' });
    assert.deepEqual(decideCheck({ path: '/repo/drafts/a.md', bytes: 4096, text: NAMES_A_SCHEMA }, config), { kind: 'skip', reason: 'not-a-release' });
  });

  it('gives a release over the limit a too-large decision', () => {
    assert.deepEqual(decideCheck({ path: '/repo/stories/a.md', bytes: 2049 }, config), { kind: 'too-large', bytes: 2049, limit: 2048 });
    assert.deepEqual(decideCheck({ path: '/repo/stories/a.md', bytes: 2048 }, config), { kind: 'check', schema: '/repo/story.json' });
  });

  it('checks an explicit file whatever its name or place, still minding the limit', () => {
    assert.deepEqual(decideCheck({ path: '/elsewhere/notes.txt', bytes: 10, explicit: true }, config), { kind: 'check', schema: '/repo/story.json' });
    assert.deepEqual(decideCheck({ path: '/elsewhere/notes.txt', bytes: 5000, explicit: true }, config), { kind: 'too-large', bytes: 5000, limit: 2048 });
  });

  it('matches globs relative to the configuration\'s root', () => {
    assert.equal(matchesReleaseGlobs('/repo/stories/a.md', config), true);
    assert.equal(matchesReleaseGlobs('/repo/other/stories/a.md', config), false);
    assert.equal(matchesReleaseGlobs('/cwd/stories/a.md', config), false);
  });

  it('counts UTF-8 bytes of a text', () => {
    assert.deepEqual(['abc', 'é', '€', '😀', '\uD800'].map(utf8Length), [3, 2, 3, 4, 3]);
  });
});

describe('schemaKeyForNewRelease', () => {
  const allowsSchemaKey = { type: 'object', properties: { $schema: { type: 'string' }, headline: { type: 'string' } } };
  const noSchemaKey = { type: 'object', properties: { headline: { type: 'string' } }, additionalProperties: false };

  it('gives press-release to a new release outside the globs, so it is checked where it is kept', () => {
    assert.equal(schemaKeyForNewRelease('/repo/inbox/a.md', config, allowsSchemaKey), RELEASE_SCHEMA_KEY);
    assert.equal(RELEASE_SCHEMA_KEY, 'press-release');
    // Outside the configuration's folder too: its globs do not reach there.
    assert.equal(schemaKeyForNewRelease('/elsewhere/stories/a.md', config, allowsSchemaKey), 'press-release');
  });

  it('gives nothing where the globs cover the file, or where the schema has no $schema field to allow one', () => {
    assert.equal(schemaKeyForNewRelease('/repo/stories/2026/a.md', config, allowsSchemaKey), undefined);
    assert.equal(schemaKeyForNewRelease('/repo/inbox/a.md', config, noSchemaKey), undefined);
  });

  it('makes the file a release by the same decision the checks take', () => {
    const text = `---\n$schema: ${schemaKeyForNewRelease('/repo/inbox/a.md', config, allowsSchemaKey)}\nheadline: A\n---\n`;
    assert.equal(decideCheck({ path: '/repo/inbox/a.md', bytes: text.length, text }, config).kind, 'check');
  });
});
