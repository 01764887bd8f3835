import * as assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main';
import { lines } from '../helpers';
import { CONTACT_FIELDS, VALID } from './fixtures';
import { memoryIo } from './memoryIo';

// The rules run with their defaults here (no project configuration): VALID is clean under them too,
// and BROKEN's one-letter headline is the rules' one finding in it.
const BROKEN = lines('---', 'title: A', 'url: https://www.example.gov.uk/a', 'publish:', '  date: 16:55 31/02/2020', 'tittle: B', ...CONTACT_FIELDS, '---');

describe('pressroom validate', () => {
  it('exits 0 and says all is valid', () => {
    const io = memoryIo({ 'news/a.md': VALID });
    assert.equal(runCli(['validate', 'news'], io), 0);
    assert.deepEqual(io.out, ['']);
    assert.deepEqual(io.err, ['1 file checked, all valid\n']);
  });

  it('prints file:line:column severity code message, 1-based, and exits 1', () => {
    const io = memoryIo({ 'news/a.md': VALID, 'news/b.md': BROKEN });
    assert.equal(runCli(['validate', 'news'], io), 1);
    assert.equal(
      io.out.join(''),
      [
        'news/b.md:1:1 error missing-field Missing required field "area"',
        'news/b.md:2:8 warning headline-length The headline (title) is 1 character long; give it at least 10, so it says what happened.',
        'news/b.md:5:9 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY); 31/02/2020 is not a real date: 31 February does not exist (February 2020 has 29 days)',
        'news/b.md:6:1 warning unknown-field Unknown field "tittle"; did you mean "title"?',
        '',
      ].join('\n'),
    );
    assert.deepEqual(io.err, ['2 files checked, 1 with problems: 2 errors, 2 warnings\n']);
  });

  it('prints JSON with start and end positions', () => {
    const io = memoryIo({ 'b.md': BROKEN });
    assert.equal(runCli(['validate', '--format', 'json', 'b.md'], io), 1);
    const entries = JSON.parse(io.out.join(''));
    assert.deepEqual(entries[1], {
      file: 'b.md',
      line: 2,
      column: 8,
      endLine: 2,
      endColumn: 9,
      severity: 'warning',
      code: 'headline-length',
      message: 'The headline (title) is 1 character long; give it at least 10, so it says what happened.',
    });
    assert.deepEqual(entries[2], {
      file: 'b.md',
      line: 5,
      column: 9,
      endLine: 5,
      endColumn: 25,
      severity: 'error',
      code: 'invalid-date',
      message: 'publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY); 31/02/2020 is not a real date: 31 February does not exist (February 2020 has 29 days)',
    });
    assert.deepEqual(io.err, []);
  });

  it('checks a named file whatever its name; in folders, only the Markdown files the globs call releases', () => {
    const io = memoryIo({ 'in/release.txt': 'Plain text release', 'in/notes.md': BROKEN, 'in/news/a.md': VALID });
    assert.equal(runCli(['validate', 'in'], io), 0);
    assert.deepEqual(io.err, ['1 file checked, all valid\n']);
    assert.equal(runCli(['validate', 'in/release.txt'], io), 1);
    assert.match(io.out.join(''), /^in\/release\.txt:1:1 error no-front-matter /m);
  });

  it('expands globs', () => {
    const io = memoryIo({ 'news/2026/a.md': VALID, 'news/2026/b.md': BROKEN, 'docs/c.md': BROKEN });
    assert.equal(runCli(['validate', 'news/**/*.md'], io), 1);
    assert.deepEqual(io.err, ['2 files checked, 1 with problems: 2 errors, 2 warnings\n']);
  });

  it('strips a byte order mark as the editor does', () => {
    const io = memoryIo({ 'a.md': `\uFEFF${lines('---', 'title: A', '---')}` });
    runCli(['validate', 'a.md'], io);
    assert.match(io.out.join(''), /^a\.md:1:1 error missing-field Missing required field "area"$/m);
  });

  it('uses --schema instead of the built-in schema', () => {
    const io = memoryIo({ 'a.md': lines('---', 'headline: A', '---'), 's.json': '{"type":"object","required":["headline"]}' });
    assert.equal(runCli(['validate', '--schema', 's.json', 'a.md'], io), 0);
  });

  it('exits 2 with one clear message for a broken schema', () => {
    const io = memoryIo({ 'a.md': VALID, 's.json': '{"type": "objekt"}' });
    assert.equal(runCli(['validate', '--schema=s.json', 'a.md'], io), 2);
    assert.equal(io.err.length, 1);
    assert.match(io.err[0], /^pressroom validate: s\.json is not a valid JSON Schema: /);
  });

  it('exits 2 for usage errors', () => {
    const cases: string[][] = [['validate'], ['validate', '--format', 'xml', 'a.md'], ['validate', '--bogus', 'a.md'], ['validate', 'missing.md'], ['frobnicate']];
    for (const args of cases) {
      const io = memoryIo({ 'a.md': VALID });
      assert.equal(runCli(args, io), 2, args.join(' '));
      assert.equal(io.err.length, 1, args.join(' '));
    }
  });

  it('reports a file over the size limit instead of reading it', () => {
    const io = memoryIo({ 'big.md': 'x' });
    io.readUpTo = () => ({ bytes: 11 * 1024 * 1024 });
    assert.equal(runCli(['validate', 'big.md'], io), 0);
    assert.equal(io.out.join(''), 'big.md:1:1 information too-large This file is too large to check (11 MB; Pressroom checks releases up to 10 MB)\n');
  });
});
