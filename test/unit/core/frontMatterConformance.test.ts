import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import matter from 'gray-matter';
import * as jsYaml from 'js-yaml';
import { parseRelease } from '../../../src/core';
import { describeWithSharedData, filesBelow } from '../sharedData';

// gray-matter is what most static-site tooling uses to read front matter. Pressroom must agree with it on
// the data of every --- file, or releases would validate differently from how they publish.

const REPOSITORY = path.resolve(__dirname, '..', '..', '..');
const TEXT_FILE = /\.(md|markdown|txt)$/;

function startsWithDashes(text: string): boolean {
  return text.replace(/^\uFEFF/, '').startsWith('---');
}

/** Files below `folder` whose text opens with `---` (extension-less corpus files count when `anyName`). */
function dashFiles(folder: string, anyName = false): string[] {
  return filesBelow(folder).filter((file) => (anyName || TEXT_FILE.test(file)) && startsWithDashes(fs.readFileSync(file, 'utf8')));
}

/** The repository's own fixtures: every fixtures/ folder under test/, the examples and the in-editor workspace. */
function repositoryFixtures(): string[] {
  const fixtureFolders = (folder: string): string[] =>
    fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      if (!entry.isDirectory() || entry.name === 'node_modules') return [];
      const full = path.join(folder, entry.name);
      return entry.name === 'fixtures' ? [full] : fixtureFolders(full);
    });
  const roots = [...fixtureFolders(path.join(REPOSITORY, 'test')), path.join(REPOSITORY, 'examples'), path.join(REPOSITORY, 'test', 'vscode', 'workspace')];
  return [...new Set(roots.flatMap((root) => dashFiles(root)))];
}

/**
 * gray-matter reads YAML 1.1, where `date: 2020-03-18 16:55:00` is a timestamp; Pressroom reads YAML 1.2,
 * where it stays the text written (a press date is text, HH:mm DD/MM/YYYY). That is the one difference
 * allowed: where gray-matter has a Date, Pressroom must have text that gray-matter's own YAML reader turns
 * into that very instant. Anything else is left as gray-matter read it, so a real difference fails.
 */
function alignTimestamps(theirs: unknown, ours: unknown): unknown {
  if (theirs instanceof Date) {
    const same = typeof ours === 'string' && jsYaml.load(ours) instanceof Date && (jsYaml.load(ours) as Date).getTime() === theirs.getTime();
    return same ? ours : theirs;
  }
  if (Array.isArray(theirs)) return theirs.map((item, index) => alignTimestamps(item, Array.isArray(ours) ? ours[index] : undefined));
  if (typeof theirs === 'object' && theirs !== null) {
    const mine = typeof ours === 'object' && ours !== null ? (ours as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(theirs).map(([key, value]) => [key, alignTimestamps(value, mine[key])]));
  }
  return theirs;
}

/** gray-matter's reading, or the error it throws on YAML it cannot read. */
function grayMatter(text: string): matter.GrayMatterFile<string> | Error {
  try {
    return matter(text);
  } catch (error) {
    return error as Error;
  }
}

function assertSameAsGrayMatter(file: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const ours = parseRelease(text);
  const theirs = grayMatter(text);
  assert.equal(ours.located.kind, 'found');
  if (theirs instanceof Error) {
    // YAML neither can read: Pressroom must refuse it too (a syntax error, no data), not read something else.
    assert.equal(ours.data, undefined, `gray-matter refuses it (${theirs.message.split('\n')[0]}) but Pressroom read data`);
    assert.ok((ours.document?.errors.length ?? 0) > 0, 'Pressroom reports a YAML error');
    return;
  }
  assert.deepEqual(ours.data, alignTimestamps(theirs.data, ours.data));
  assert.equal(text.slice(ours.bodyStart).trim(), theirs.content.trim());
}

describe('agreement with gray-matter on --- front matter', () => {
  const fixtures = repositoryFixtures();

  it('finds the repository fixtures', () => {
    const names = fixtures.map((file) => path.relative(REPOSITORY, file).split(path.sep).join('/'));
    for (const expected of ['test/unit/fixtures/valid-dashes.md', 'test/grammar/fixtures/release-dashes.md', 'examples/news/2026-03-20-festival-line-up.md', 'test/vscode/workspace/drafts/summer-fair.release.md']) {
      assert.ok(names.includes(expected), `${expected} is among ${names.join(', ')}`);
    }
  });

  for (const file of fixtures) {
    it(path.relative(REPOSITORY, file), () => assertSameAsGrayMatter(file));
  }

  it('allows only the YAML 1.1 timestamp difference, and only for the same instant', () => {
    const text = ['---', 'title: A', 'date: 2020-03-18 16:55:00+01:00', 'when: [2020-03-18]', '---', 'Body'].join('\n');
    const ours = parseRelease(text).data;
    assert.deepEqual(ours, { title: 'A', date: '2020-03-18 16:55:00+01:00', when: ['2020-03-18'] });
    assert.deepEqual(alignTimestamps(matter(text).data, ours), ours);
    const elsewhere = new Date('2020-03-18T16:55:00Z');
    assert.deepEqual(alignTimestamps({ date: elsewhere }, ours), { date: elsewhere });
    assert.deepEqual(alignTimestamps({ date: elsewhere }, { date: 'not a date' }), { date: elsewhere });
  });
});

describeWithSharedData('agreement with gray-matter on the shared corpus and samples', (shared) => {
  const files = [...dashFiles(path.join(shared, 'corpus'), true), ...dashFiles(path.join(shared, 'samples'))];

  it('finds --- files in the corpus', () => {
    assert.ok(files.length > 40, `${files.length} files`);
  });

  for (const file of files) {
    it(path.relative(shared, file), () => assertSameAsGrayMatter(file));
  }
});
