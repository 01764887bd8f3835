// --fix and --fix-dry-run: the editor's fix-all through the CLI; untouched files keep their bytes and mtime.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeIo, type CliIo } from '../../../src/cli/io';
import { runCli } from '../../../src/cli/main';
import { lines } from '../helpers';
import { CONTACT_FIELDS, project, RULES_OFF_CONFIG, VALID } from './fixtures';

// Fixable without a decision: the date's style and the near-miss `tittle` (which is also the missing title); `area` needs the author.
const FIXABLE = lines('---', 'tittle: Library opening hours extended', 'url: https://www.example.gov.uk/news/a/', 'publish:', '  date: 2026-12-02 09:30', ...CONTACT_FIELDS, '---', 'Body', '');
const FIXED = lines('---', 'title: Library opening hours extended', 'url: https://www.example.gov.uk/news/a/', 'publish:', '  date: 09:30 02/12/2026', ...CONTACT_FIELDS, '---', 'Body', '');
const UNFIXABLE = lines('---', 'title: A', 'url: https://www.example.gov.uk/news/a/', 'publish:', '  date: 09:30 02/12/2026', ...CONTACT_FIELDS, '---', '');

const LEFT = 'news/b.md:1:1 error missing-field Missing required field "area"\n';

describe('pressroom validate --fix', () => {
  it('applies every fix that needs no decision, then reports what is left', () => {
    const io = project({ 'news/a.md': VALID, 'news/b.md': FIXABLE });
    assert.equal(runCli(['validate', '--fix', 'news'], io), 1);
    assert.equal(io.files.get('news/b.md'), FIXED);
    assert.equal(io.files.get('news/a.md'), VALID);
    assert.equal(io.out.join(''), LEFT);
    assert.deepEqual(io.err, ['Fixed 3 problems in 1 file.\n', '2 files checked, 1 with problems: 1 error, 0 warnings\n']);
  });

  it('says when nothing can be fixed, and when there was nothing to fix', () => {
    const stuck = project({ 'news/b.md': UNFIXABLE });
    assert.equal(runCli(['validate', '--fix', 'news'], stuck), 1);
    assert.equal(stuck.files.get('news/b.md'), UNFIXABLE);
    assert.deepEqual(stuck.err, ['Nothing could be fixed without a decision from you.\n', '1 file checked, 1 with problems: 1 error, 0 warnings\n']);
    const clean = project({ 'news/a.md': VALID });
    assert.equal(runCli(['validate', '--fix', 'news'], clean), 0);
    assert.deepEqual(clean.err, ['Nothing to fix.\n', '1 file checked, all valid\n']);
  });

  it('reports the problems left in the chosen format', () => {
    const io = project({ 'news/b.md': FIXABLE });
    assert.equal(runCli(['validate', '--fix', '--format', 'json', 'news'], io), 1);
    assert.deepEqual(
      JSON.parse(io.out.join('')).map((entry: { code: string }) => entry.code),
      ['missing-field'],
    );
  });

  it('exits 2 and leaves the report right when a file cannot be written', () => {
    const io = project({ 'news/b.md': FIXABLE });
    io.replaceFile = () => {
      throw new Error('EROFS: read-only file system');
    };
    assert.equal(runCli(['validate', '--fix', 'news'], io), 2);
    assert.equal(io.files.get('news/b.md'), FIXABLE);
    assert.equal(io.err[0], 'pressroom validate: cannot write the fixes to news/b.md: EROFS: read-only file system\n');
    assert.equal(io.out.join('').split('\n').length - 1, 4); // title, area, tittle and the date, as before
  });
});

describe('pressroom validate --fix-dry-run', () => {
  it('prints the changes as a unified diff, changes nothing, and says what would be left', () => {
    const io = project({ 'news/a.md': VALID, 'news/b.md': FIXABLE });
    assert.equal(runCli(['validate', '--fix-dry-run', 'news'], io), 1);
    assert.equal(io.files.get('news/b.md'), FIXABLE);
    assert.equal(
      io.out.join(''),
      [
        '--- a/news/b.md',
        '+++ b/news/b.md',
        '@@ -1,8 +1,8 @@',
        ' ---',
        '-tittle: Library opening hours extended',
        '+title: Library opening hours extended',
        ' url: https://www.example.gov.uk/news/a/',
        ' publish:',
        '-  date: 2026-12-02 09:30',
        '+  date: 09:30 02/12/2026',
        ' contacts:',
        '   - name: Jane Doe',
        '     email: jane.doe@example.gov.uk',
        '',
      ].join('\n'),
    );
    assert.deepEqual(io.err, ['Would fix 3 problems in 1 file.\n', '2 files checked, 1 with problems: 1 error, 0 warnings\n']);
  });

  it('writes the report of what would be left to --output', () => {
    const io = project({ 'news/b.md': FIXABLE });
    runCli(['validate', '--fix-dry-run', '-o', 'left.txt', 'news'], io);
    assert.equal(io.files.get('left.txt'), LEFT);
    assert.match(io.out.join(''), /^--- a\/news\/b\.md\n/);
  });
});

describe('pressroom validate --fix on the file system', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-fix-'));
    fs.writeFileSync(path.join(folder, '.pressroom.jsonc'), RULES_OFF_CONFIG);
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  const quiet: CliIo = { ...nodeIo, stdout: () => undefined, stderr: () => undefined };
  const write = (name: string, text: string) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, text);
    // An old modification time, so a rewrite would show even on a coarse clock.
    const old = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(file, old, old);
    return file;
  };

  it('never rewrites a valid file or one with no fix to apply: bytes and modification time stay', () => {
    const valid = write('valid.md', VALID);
    const stuck = write('stuck.md', UNFIXABLE);
    const before = [valid, stuck].map((file) => [fs.readFileSync(file), fs.statSync(file).mtimeMs] as const);
    assert.equal(runCli(['validate', '--fix', valid, stuck], quiet), 1);
    assert.deepEqual(
      [valid, stuck].map((file) => [fs.readFileSync(file), fs.statSync(file).mtimeMs] as const),
      before,
    );
  });

  it('keeps a byte order mark and CRLF line endings when it fixes', () => {
    const file = write('crlf.md', `\uFEFF${FIXABLE.replace(/\n/g, '\r\n')}`);
    assert.equal(runCli(['validate', '--fix', file], quiet), 1);
    assert.equal(fs.readFileSync(file, 'utf8'), `\uFEFF${FIXED.replace(/\n/g, '\r\n')}`);
  });
});
