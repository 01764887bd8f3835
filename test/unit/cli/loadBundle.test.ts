/**
 * The installed CLI's bundle loader (src/cli/commands/loadBundle.ts): a bundle loads as `require` would,
 * its V8 code cache is kept in a private folder under the temp folder and used again, and a missing,
 * shared or corrupt cache only means compiling as usual. The cache is written at exit, so each run that
 * needs one is a child process with its own TMPDIR.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadBundle, MAX_CACHE_FILES } from '../../../src/cli/commands/loadBundle';

const LOADER = path.join(__dirname, '..', '..', '..', 'src', 'cli', 'commands', 'loadBundle.ts');
const BUNDLE = "exports.where = () => ({ file: __filename, dir: __dirname, base: require('node:path').basename(__filename) });\n";

describe('loadBundle', () => {
  let work: string;
  let bundle: string;
  let tmp: string;
  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-load-bundle-'));
    bundle = path.join(work, 'cli', 'convert.js');
    fs.mkdirSync(path.dirname(bundle));
    fs.writeFileSync(bundle, BUNDLE);
    tmp = path.join(work, 'tmp');
    fs.mkdirSync(tmp);
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  const cacheFolder = () => path.join(tmp, `pressroom-cli-${process.getuid?.() ?? 'user'}`);
  const cacheFiles = () => (fs.existsSync(cacheFolder()) ? fs.readdirSync(cacheFolder()).sort() : []);

  /** Loads the bundle in a fresh Node with TMPDIR set, and returns what its export answers. */
  function loadInChild(temp = tmp): unknown {
    const script = `process.stdout.write(JSON.stringify(require(${JSON.stringify(LOADER)}).loadBundle(${JSON.stringify(bundle)}).where()))`;
    const run = spawnSync(process.execPath, ['-r', require.resolve('esbuild-register'), '-e', script], {
      env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp },
      encoding: 'utf8',
    });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    return JSON.parse(run.stdout);
  }

  const expected = () => ({ file: bundle, dir: path.dirname(bundle), base: 'convert.js' });

  it('loads a bundle as require would when the temp folder is unusable (TMPDIR names a file)', () => {
    const notAFolder = path.join(work, 'plain-file');
    fs.writeFileSync(notAFolder, '');
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = notAFolder;
    try {
      assert.deepEqual((loadBundle(bundle) as { where(): unknown }).where(), expected());
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('keeps the code cache in a private folder and uses it on the next run', () => {
    assert.deepEqual(loadInChild(), expected());
    const [file, ...others] = cacheFiles();
    assert.deepEqual(others, []);
    assert.match(file, /^convert-[0-9a-f]{8}-[0-9a-f]{32}\.v8$/);
    if (process.platform !== 'win32') {
      assert.equal(fs.statSync(cacheFolder()).mode & 0o777, 0o700);
      assert.equal(fs.statSync(path.join(cacheFolder(), file)).mode & 0o777, 0o600);
    }
    const written = fs.readFileSync(path.join(cacheFolder(), file));
    assert.ok(written.length > 0);
    assert.deepEqual(loadInChild(), expected());
    // Accepted, so not written again.
    assert.deepEqual(cacheFiles(), [file]);
    assert.deepEqual(fs.readFileSync(path.join(cacheFolder(), file)), written);
  });

  it('replaces a corrupt cache file instead of failing', () => {
    loadInChild();
    const [file] = cacheFiles();
    const garbage = Buffer.from('not V8 code cache data');
    fs.writeFileSync(path.join(cacheFolder(), file), garbage);
    assert.deepEqual(loadInChild(), expected());
    assert.deepEqual(cacheFiles(), [file]);
    assert.notDeepEqual(fs.readFileSync(path.join(cacheFolder(), file)), garbage);
  });

  it('keys the cache by the bundle content: a changed bundle gets its own file, which replaces the old one', () => {
    loadInChild();
    const [before] = cacheFiles();
    fs.appendFileSync(bundle, 'exports.more = 1;\n');
    // Another bundle, and the same bundle installed elsewhere, keep theirs.
    const others = ['list-0123abcd-0123456789abcdef0123456789abcdef.v8', before.replace(/^convert-[0-9a-f]{8}/, 'convert-0123abcd')];
    for (const other of others) fs.writeFileSync(path.join(cacheFolder(), other), 'another bundle');
    loadInChild();
    const after = cacheFiles().filter((name) => !others.includes(name));
    assert.equal(after.length, 1);
    assert.notEqual(after[0], before);
    assert.equal(after[0].slice(0, 'convert-01234567-'.length), before.slice(0, 'convert-01234567-'.length));
    for (const other of others) assert.equal(fs.readFileSync(path.join(cacheFolder(), other), 'utf8'), 'another bundle');
  });

  it('keeps the folder to MAX_CACHE_FILES: writing a cache removes the least recently written of other copies', () => {
    fs.mkdirSync(cacheFolder(), { mode: 0o700 });
    const others = Array.from({ length: 20 }, (_, index) => `list-${String(index).padStart(8, '0')}-${'0'.repeat(32)}.v8`);
    others.forEach((name, index) => {
      const file = path.join(cacheFolder(), name);
      fs.writeFileSync(file, 'another copy');
      fs.utimesSync(file, 1_000_000 + index, 1_000_000 + index); // the first written first
    });
    loadInChild();
    const mine = cacheFiles().filter((name) => name.startsWith('convert-'));
    assert.equal(mine.length, 1);
    assert.deepEqual(cacheFiles(), [...mine, ...others.slice(20 - (MAX_CACHE_FILES - 1))].sort());
  });

  it('runs without a cache when the temp folder does not exist', () => {
    const missing = path.join(work, 'missing');
    assert.deepEqual(loadInChild(missing), expected());
    assert.equal(fs.existsSync(missing), false);
  });

  it('never uses a cache folder that others can write to', function () {
    if (process.platform === 'win32') this.skip();
    fs.mkdirSync(cacheFolder());
    fs.chmodSync(cacheFolder(), 0o777);
    assert.deepEqual(loadInChild(), expected());
    assert.deepEqual(cacheFiles(), []);
  });
});
