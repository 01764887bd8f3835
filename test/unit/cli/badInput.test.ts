/**
 * Bad input to `pressroom validate`: each gets one clear line on standard error, the other files are
 * still checked and reported, and the exit status is 2 (not everything could be checked). Permission
 * cases use a file system double, because these tests may run as root, whom no permission stops.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { nodeIo, type CliIo } from '../../../src/cli/io';
import { BROKEN, project, RULES_OFF_CONFIG, VALID } from './fixtures';

/** An error as Node's file system throws it. */
function fsError(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${file}'`), { code, syscall, path: file });
}

/** Node's own file system, with the output captured and the working folder chosen. */
function realIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const inCwd = (file: string) => path.resolve(cwd, file);
  return {
    ...nodeIo,
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: (file) => nodeIo.readFile(inCwd(file)),
    exists: (file) => nodeIo.exists(inCwd(file)),
    isDirectory: (file) => nodeIo.isDirectory(inCwd(file)),
    readUpTo: (file, maxBytes) => nodeIo.readUpTo(inCwd(file), maxBytes),
    listDirectory: (file) => nodeIo.listDirectory(inCwd(file)),
    realPath: (file) => nodeIo.realPath!(inCwd(file)),
    cwd: () => cwd,
  };
}

describe('pressroom validate with bad input', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-bad-input-'));
    fs.writeFileSync(path.join(folder, '.pressroom.jsonc'), RULES_OFF_CONFIG);
    fs.mkdirSync(path.join(folder, 'news'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('a file it may not read: one line, and the other files are still checked', () => {
    const io = project({ 'news/a.md': BROKEN, 'news/b.md': VALID });
    const readUpTo = io.readUpTo;
    io.readUpTo = (file, maxBytes) => (file === 'news/b.md' ? (() => { throw fsError('EACCES', 'open', file); })() : readUpTo(file, maxBytes));
    assert.equal(runCli(['validate', 'news'], io), 2);
    assert.equal(io.err[0], 'pressroom validate: cannot read news/b.md: permission denied; ask for read access or leave it out\n');
    assert.match(io.out.join(''), /^news\/a\.md:1:1 error missing-field /);
    assert.equal(io.err.at(-1), '1 file checked, 1 with problems: 2 errors, 1 warning\n');
  });

  it('a folder it may not list: one line naming it, and the rest of the tree is still checked', () => {
    const io = project({ 'news/a.md': BROKEN, 'news/locked/b.md': VALID });
    const listDirectory = io.listDirectory;
    io.listDirectory = (name) => (name === 'news/locked' ? (() => { throw fsError('EACCES', 'scandir', name); })() : listDirectory(name));
    assert.equal(runCli(['validate', 'news'], io), 2);
    assert.equal(io.err[0], 'pressroom validate: cannot read the folder news/locked: permission denied; ask for read access or leave it out\n');
    assert.equal(io.err.at(-1), '1 file checked, 1 with problems: 2 errors, 1 warning\n');
  });

  it('a folder without permission on the real file system (skipped as root, whom permissions do not stop)', function () {
    if (process.getuid?.() === 0) this.skip();
    fs.writeFileSync(path.join(folder, 'news', 'a.md'), VALID);
    fs.mkdirSync(path.join(folder, 'news', 'locked'));
    fs.chmodSync(path.join(folder, 'news', 'locked'), 0o000);
    try {
      const io = realIo(folder);
      assert.equal(runCli(['validate', 'news'], io), 2);
      assert.deepEqual(io.err, [`pressroom validate: cannot read the folder ${path.join('news', 'locked')}: permission denied; ask for read access or leave it out\n`, '1 file checked, all valid\n']);
    } finally {
      fs.chmodSync(path.join(folder, 'news', 'locked'), 0o700);
    }
  });

  it('a file deleted after the folder was listed: one line saying so', () => {
    const io = project({ 'news/a.md': VALID, 'news/gone.md': VALID });
    const readUpTo = io.readUpTo;
    io.readUpTo = (file, maxBytes) => (file === 'news/gone.md' ? (() => { throw fsError('ENOENT', 'open', file); })() : readUpTo(file, maxBytes));
    assert.equal(runCli(['validate', 'news'], io), 2);
    assert.deepEqual(io.err, ['pressroom validate: cannot read news/gone.md: there is no such file (or it was deleted or moved while Pressroom was running)\n', '1 file checked, all valid\n']);
  });

  it('a link back to a folder being walked, and a link to itself: each skipped with one line, each file checked once', () => {
    fs.writeFileSync(path.join(folder, 'news', 'a.md'), BROKEN);
    fs.symlinkSync('..', path.join(folder, 'news', 'up'));
    fs.symlinkSync('self.md', path.join(folder, 'news', 'self.md'));
    const io = realIo(folder);
    assert.equal(runCli(['validate', 'news'], io), 2);
    assert.deepEqual(io.err, [
      `pressroom validate: skipped ${path.join('news', 'self.md')}: it is a symbolic link that leads back to itself\n`,
      `pressroom validate: skipped ${path.join('news', 'up', 'news')}: it is a link back to a folder already being checked\n`,
      '1 file checked, 1 with problems: 2 errors, 1 warning\n',
    ]);
    assert.equal(io.out.join('').split('\n').filter((line) => line.startsWith('news/a.md:')).length, 3);
  });

  it('asks whether an entry is a folder only for a link: the listing says so for the others', () => {
    fs.writeFileSync(path.join(folder, 'news', 'a.md'), VALID);
    fs.mkdirSync(path.join(folder, 'news', '2026'));
    fs.writeFileSync(path.join(folder, 'news', '2026', 'b.md'), VALID);
    fs.symlinkSync('2026', path.join(folder, 'news', 'linked'));
    const io = realIo(folder);
    const asked: string[] = [];
    const isDirectory = io.isDirectory;
    io.isDirectory = (file) => (asked.push(file), isDirectory(file));
    assert.equal(runCli(['validate', 'news'], io), 0);
    // The configuration lookup asks too, about .pressroom.jsonc: only the walk's questions count here.
    assert.deepEqual(asked.filter((file) => file.startsWith('news')), ['news', path.join('news', 'linked')]);
    assert.equal(io.err.at(-1), '3 files checked, all valid\n');
  });

  it('bytes that are not UTF-8: one line with the line they are on, and the file is not checked', () => {
    fs.writeFileSync(path.join(folder, 'news', 'a.md'), VALID);
    fs.writeFileSync(path.join(folder, 'news', 'latin1.md'), Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]));
    const io = realIo(folder);
    assert.equal(runCli(['validate', 'news'], io), 2);
    assert.deepEqual(io.err, [`pressroom validate: cannot read ${path.join('news', 'latin1.md')}: it is not UTF-8 text (the first byte that is not is on line 2); save it as UTF-8\n`, '1 file checked, all valid\n']);
  });

  it('a pipe named like a release, and a device named on the command line: refused, not read (reading would never end)', () => {
    fs.writeFileSync(path.join(folder, 'news', 'a.md'), VALID);
    execFileSync('mkfifo', [path.join(folder, 'news', 'pipe.md')]);
    const io = realIo(folder);
    assert.equal(runCli(['validate', 'news', '/dev/zero'], io), 2);
    assert.deepEqual(io.err, [
      'pressroom validate: cannot read /dev/zero: it is not a file but a pipe or a device; leave it out\n',
      `pressroom validate: cannot read ${path.join('news', 'pipe.md')}: it is not a file but a pipe or a device; leave it out\n`,
      '1 file checked, all valid\n',
    ]);
  });

  it('keeps a byte order mark in what it reads (it is not a UTF-8 problem)', () => {
    fs.writeFileSync(path.join(folder, 'news', 'bom.md'), `\uFEFF${VALID}`);
    assert.equal(nodeIo.readFile(path.join(folder, 'news', 'bom.md')), `\uFEFF${VALID}`);
  });

  it('reads a file up to a size: its bytes and text within it, only its size beyond it', () => {
    const file = path.join(folder, 'news', 'café.md');
    fs.writeFileSync(file, 'café\n');
    assert.deepEqual(nodeIo.readUpTo(file, 6), { bytes: 6, text: 'café\n' });
    assert.deepEqual(nodeIo.readUpTo(file, 5), { bytes: 6 });
  });

  it('paths with spaces and Unicode: reported as they are named', () => {
    const spaced = path.join(folder, 'news', 'Café opening', 'día uno – 2026.md');
    fs.mkdirSync(path.dirname(spaced));
    fs.writeFileSync(spaced, BROKEN);
    const io = realIo(folder);
    assert.equal(runCli(['validate', 'news'], io), 1);
    assert.equal(io.out.join('').split('\n')[0], 'news/Café opening/día uno – 2026.md:1:1 error missing-field Missing required field "area"');
    assert.deepEqual(io.err, ['1 file checked, 1 with problems: 2 errors, 1 warning\n']);
  });

  it('100,000 files named on the command line: each considered once, in one run', () => {
    // A plain map of names, not memoryIo: its path arithmetic would be most of this test's time.
    const names = Array.from({ length: 100_000 }, (_, index) => `notes/n${index}.md`);
    const notes = new Set(names);
    const NOTE = 'A note, not a release.\n';
    const err: string[] = [];
    const io: CliIo = {
      ...nodeIo,
      stdout: () => undefined,
      stderr: (text) => void err.push(text),
      exists: (name) => notes.has(name),
      isDirectory: () => false,
      readFile: (name) => (notes.has(name) ? NOTE : (() => { throw fsError('ENOENT', 'open', name); })()),
      readUpTo: (name) => (notes.has(name) ? { bytes: NOTE.length, text: NOTE } : (() => { throw fsError('ENOENT', 'open', name); })()),
      cwd: () => '/project',
    };
    assert.equal(runCli(['validate', '--only-releases', ...names], io), 0);
    assert.deepEqual(err, ['0 files checked: none of the 100,000 files is a release under the project configuration (--help says which files are)\n']);
  });

  it('100,000 names that name nothing: one line with the first ten and a count of the rest', () => {
    const names = Array.from({ length: 100_000 }, (_, index) => `missing/n${index}.md`);
    const io = project({ 'news/a.md': VALID });
    assert.equal(runCli(['validate', ...names], io), 2);
    assert.deepEqual(io.err, [`pressroom validate: no such file, folder or matching files: ${names.slice(0, 10).join(', ')} and 99,990 more\n`]);
  });
});
