/**
 * The CLI's second pass for workspace rules: each release is checked again only with the releases that
 * share a match key with it (ReleaseIndex), instead of with every other release. Fuzzed trees full of
 * near-duplicates (addresses differing in case, slash and fragment; headlines in case and spacing; times
 * on one day) must give exactly the diagnostics of every release seeing every other.
 */
import * as assert from 'node:assert/strict';
import { checkSequentially, FileChecker, indexOf, settleWorkspace } from '../../../src/cli/checkRun';
import { expandInputs } from '../../../src/cli/expandInputs';
import { ALL_RULES, ReleaseIndex, type ReleaseSummary } from '../../../src/core';
import { matchKeysOf } from '../../../src/core/rules';
import { CONTACT_FIELDS } from './fixtures';
import { memoryIo } from './memoryIo';
import { seededRandom } from '../seededRandom';

const WORKSPACE_ON = JSON.stringify({ rules: Object.fromEntries(ALL_RULES.map((rule) => [rule.id, rule.scope === 'workspace' ? rule.severity : 'off'])) });

const URLS = ['https://www.example.gov.uk/news/a/', 'HTTPS://WWW.Example.gov.uk/news/a', 'https://www.example.gov.uk/news/a#top', 'https://www.example.gov.uk/news/A/', 'https://www.example.gov.uk/news/b', '" "', 'news/a/', '""'];
const HEADLINES = ['Library opens late', 'library  OPENS late', ' Library opens late ', 'Library opens later', '""'];
const DATES = ['09:30 02/12/2026', '16:55 02/12/2026', '09:30 03/12/2026', '""'];

function fuzzedTree(seed: number, count: number): Record<string, string> {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const files: Record<string, string> = { '.pressroom.jsonc': WORKSPACE_ON };
  for (let index = 0; index < count; index++) {
    const fields = [`title: ${pick(HEADLINES)}`, 'area: Northshire', `url: ${pick(URLS)}`, 'publish:', `  date: ${pick(DATES)}`];
    if (next() < 0.15) fields.splice(2, 1); // no url at all
    files[`news/${pick(['2025', '2026', 'old/2026'])}/r${index}.md`] = ['---', ...fields, ...CONTACT_FIELDS, '---', 'Body.', ''].join('\n');
  }
  return files;
}

describe('pressroom validate: workspace rules through the index of match keys', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`gives every release seeing every other release's diagnostics (fuzzed tree, seed ${seed})`, () => {
      const io = memoryIo(fuzzedTree(seed, 40));
      const { files } = expandInputs(io, ['news']);
      const checker = new FileChecker(io, {}, new Date('2026-12-01T12:00:00Z'));
      const first = checkSequentially(checker, files);
      const indexed = settleWorkspace(checker, files, first, indexOf(first));
      const summaries = first.flatMap((outcome) => (outcome.summary ? [outcome.summary] : []));
      const everyOther = files.map((input, at) => checker.check(input, summaries.filter((summary) => summary.path !== first[at].summary?.path)));
      assert.deepEqual(
        indexed.map((outcome) => [outcome.file, outcome.diagnostics]),
        everyOther.map((outcome) => [outcome.file, outcome.diagnostics]),
      );
      // The trees are built to match: the test means nothing if no rule found anything.
      assert.ok(indexed.some((outcome) => outcome.diagnostics?.some((diagnostic) => diagnostic.code === 'duplicate-url')));
      assert.ok(indexed.some((outcome) => outcome.diagnostics?.some((diagnostic) => diagnostic.code === 'duplicate-headline')));
    });
  }

  it('has a match key for every workspace rule (a new one must add its key to matchKeysOf)', () => {
    assert.deepEqual(ALL_RULES.filter((rule) => rule.scope === 'workspace').map((rule) => rule.id).sort(), ['duplicate-headline', 'duplicate-url']);
  });

  it('keys a release by its address and by its headline on its day', () => {
    const summary: ReleaseSummary = { path: '/p/news/a.md', headline: ' Library  OPENS late', url: 'HTTPS://WWW.Example.gov.uk/news/a/#top', publishDate: '09:30 02/12/2026' };
    assert.deepEqual(matchKeysOf(summary), ['url\nhttps://www.example.gov.uk/news/a', 'headline\nlibrary opens late\n02/12/2026']);
    assert.deepEqual(matchKeysOf({ path: '/p/news/b.md', headline: 'Library opens late' }), []);
  });

  it('finds the others sharing a key, each once, never the release itself, in path order', () => {
    const a: ReleaseSummary = { path: '/p/c.md', headline: 'Same', url: 'https://x.org/a', publishDate: '09:30 02/12/2026' };
    const b: ReleaseSummary = { path: '/p/b.md', headline: 'same', url: 'https://X.org/a/', publishDate: '10:00 02/12/2026' };
    const c: ReleaseSummary = { path: '/p/a.md', headline: 'Other', url: 'https://x.org/a#x' };
    const d: ReleaseSummary = { path: '/p/d.md', headline: 'Same', url: 'https://x.org/d', publishDate: '09:30 03/12/2026' };
    const index = new ReleaseIndex([a, b, c, d]);
    assert.deepEqual(index.othersLike(a).map((other) => other.path), ['/p/a.md', '/p/b.md']);
    assert.deepEqual(index.othersLike(d), []);
  });

  it('answers for a release it does not hold, never with a copy of the release itself, and takes keys worked out elsewhere', () => {
    const held: ReleaseSummary = { path: '/p/a.md', headline: 'Alone', url: 'https://x.org/a' };
    const index = new ReleaseIndex([held]);
    assert.deepEqual(index.othersLike(held), []);
    assert.deepEqual(index.othersLike({ path: '/p/new.md', url: 'https://x.org/a/' }), [held]);
    assert.deepEqual(index.othersLike({ ...held }), []);
    // Keys given with a release are the ones it is found by (the CLI's checking threads send them).
    const given: ReleaseSummary = { path: '/p/b.md', url: 'https://x.org/b' };
    index.add(given, ['url\nhttps://x.org/a']);
    assert.deepEqual(index.othersLike(held), [given]);
    assert.deepEqual(index.othersLike(given), [held]);
  });
});
