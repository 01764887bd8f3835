/**
 * The worker threads of `pressroom validate`: the same report, lines and exit status as the run in one
 * thread, whatever order the batches come back in (one file a batch, two workers), with configuration
 * problems and unreadable files among the files.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parallelMinFiles, PARALLEL_MIN_FILES, startsBeforeWalk, TWO_CORES_MIN_FILES } from '../../../src/cli/commands/validate';
import { nodeIo, type CliIo } from '../../../src/cli/io';
import { checkInParallel, startCheckingThreads } from '../../../src/cli/parallel/pool';
import { runValidate, runValidateAsync } from '../../../src/cli/validateCommand';
import { BROKEN, RULES_OFF_CONFIG, VALID, WARNED } from './fixtures';

const MAIN = path.join(__dirname, '..', '..', '..', 'src', 'cli', 'main.ts');

function capturing(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { ...nodeIo, out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text) };
}

/** A tree with valid, broken and warned releases, two with the same url, a broken configuration below, a file that is not UTF-8. */
function writeTree(folder: string): void {
  const write = (file: string, text: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  };
  const rules = JSON.parse(RULES_OFF_CONFIG) as { rules: Record<string, string> };
  write('.pressroom.jsonc', JSON.stringify({ rules: { ...rules.rules, 'duplicate-url': 'error' } }));
  // Each its own address, but for 05 and 17, whose addresses differ only in the host's case and a trailing slash.
  const own = (index: number) => (index === 17 ? 'https://WWW.EXAMPLE.GOV.UK/news/5' : `https://www.example.gov.uk/news/${index}/`);
  for (let index = 0; index < 24; index++) {
    const text = [VALID, BROKEN, WARNED][index % 3].replace(/^url: .*$/m, `url: ${own(index)}`);
    write(`news/${String(index).padStart(2, '0')}.md`, text);
  }
  write('news/sub/.pressroom.jsonc', '{ "files": 3 }');
  write('news/sub/x.md', BROKEN);
  write('news/sub/y.md', VALID);
  write('news/latin1.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]));
}

/** startCheckingThreads, noting each start (with its worker count), check (with its file count) and stop. */
function spying(): { events: string[]; startThreads: typeof startCheckingThreads } {
  const events: string[] = [];
  const startThreads: typeof startCheckingThreads = (start) => {
    events.push(`start ${start.workers}`);
    const threads = startCheckingThreads(start);
    return {
      check: (inputs, options) => (events.push(`check ${inputs.length}`), threads.check(inputs, options)),
      stop: () => (events.push('stop'), threads.stop()),
    };
  };
  return { events, startThreads };
}

describe('pressroom validate on worker threads', function () {
  this.timeout(60_000);
  let folder: string;
  let before: string;
  beforeEach(() => {
    before = process.cwd();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-parallel-'));
    writeTree(folder);
    process.chdir(folder); // workers share the process's working folder
  });
  afterEach(() => {
    process.chdir(before);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  for (const format of ['text', 'sarif']) {
    it(`gives the one-thread run's ${format} report, lines and exit status`, async () => {
      const alone = capturing();
      const aloneCode = runValidate(['--format', format, '--output', 'alone.out', 'news'], alone);
      const spread = capturing();
      const spreadCode = await runValidateAsync(['--format', format, '--output', 'spread.out', 'news'], spread, {
        parallel: { minFiles: 0, startBeforeWalk: true, pool: { script: MAIN, workers: 2, execArgv: ['-r', require.resolve('esbuild-register')], batchSize: 1 } },
        startThreads: startCheckingThreads,
      });
      assert.equal(spreadCode, aloneCode);
      assert.equal(aloneCode, 2);
      assert.deepEqual(spread.err, alone.err);
      assert.equal(fs.readFileSync('spread.out', 'utf8'), fs.readFileSync('alone.out', 'utf8'));
      assert.deepEqual(alone.err, [
        `pressroom validate: cannot read ${path.join('news', 'latin1.md')}: it is not UTF-8 text (the first byte that is not is on line 2); save it as UTF-8\n`,
        `${path.join('news', 'sub', '.pressroom.jsonc')}:1:12: "files" in .pressroom.jsonc must be a list of globs, like ["news/**/*.md"]. Pressroom checks releases without it until it is fixed\n`,
        '24 files checked, 16 with problems: 18 errors, 24 warnings\n',
      ]);
      if (format === 'text') {
        const duplicates = fs.readFileSync('alone.out', 'utf8').split('\n').filter((line) => line.includes(' duplicate-url '));
        assert.deepEqual(duplicates, [
          'news/05.md:4:6 error duplicate-url url is the same as in 17.md; give each release its own address, or one will replace the other on the website.',
          'news/17.md:4:6 error duplicate-url url is the same as in 05.md; give each release its own address, or one will replace the other on the website.',
        ]);
      }
    });
  }

  it('checks batches in this thread too, between the workers\' replies: each file once, in input order', async () => {
    const inputs = Array.from({ length: 24 }, (_, index) => ({ file: `news/${String(index).padStart(2, '0')}.md`, explicit: false }));
    const here: string[] = [];
    const checkHere = (batch: readonly { file: string }[]) => batch.map(({ file }) => (here.push(file), { file, lines: [] }));
    const outcomes = await checkInParallel(inputs, {
      script: MAIN,
      workers: 2,
      execArgv: ['-r', require.resolve('esbuild-register')],
      batchSize: 1,
      setup: { now: Date.now() },
      checkHere,
    });
    assert.deepEqual(
      outcomes.map((outcome) => outcome.file),
      inputs.map((input) => input.file),
    );
    // Each worker is sent four batches as it starts, so this thread checks at most the other 16, and at least one.
    assert.ok(here.length >= 1 && here.length <= 16, `checked here: ${here.length}`);
    const byWorkers = outcomes.filter((outcome) => !here.includes(outcome.file));
    assert.ok(byWorkers.length >= 4 && byWorkers.every((outcome) => outcome.diagnostics !== undefined));
  });

  it('starts the threads before the walk when a folder is named, stops them unused when the run is small, and starts what --concurrency asks', async () => {
    const pool = { script: MAIN, workers: 1, execArgv: ['-r', require.resolve('esbuild-register')] };
    const alone = capturing();
    const aloneCode = runValidate(['news'], alone);
    const cases = [
      { args: ['news'], minFiles: 1000, events: ['start 1', 'stop'] },
      // Not before the walk (two cores): started only once the run is known to be large enough.
      { args: ['news'], minFiles: 1000, late: true, events: [] },
      { args: ['news'], minFiles: 27, late: true, events: ['start 1', 'check 27'] },
      { args: ['--concurrency', '2', 'news'], minFiles: 1000, late: true, events: ['start 1', 'check 27'] },
      { args: ['news'], minFiles: 0, events: ['start 1', 'check 27'] },
      { args: ['news/00.md', 'news/01.md'], minFiles: 0, events: ['start 1', 'check 2'] },
      { args: ['news/00.md', 'news/01.md'], minFiles: 1000, events: [] },
      { args: ['news', 'missing-folder'], minFiles: 0, events: ['start 1', 'stop'] },
      // --concurrency: a number of threads in all, whatever the run's size; off, 1 and --fix are this thread alone.
      { args: ['--concurrency', '3', 'news'], minFiles: 1000, events: ['start 2', 'check 27'] },
      { args: ['--concurrency', '2', 'news/00.md', 'news/01.md'], minFiles: 1000, events: ['start 1', 'check 2'] },
      { args: ['--concurrency', '2', 'news'], minFiles: 1000, workers: 0, events: ['start 1', 'check 27'] },
      { args: ['news'], minFiles: 0, workers: 0, events: [] },
      { args: ['--concurrency', 'off', 'news'], minFiles: 0, events: [] },
      { args: ['--concurrency', '1', 'news'], minFiles: 0, events: [] },
      { args: ['--concurrency', 'auto', 'news'], minFiles: 0, events: ['start 1', 'check 27'] },
      { args: ['--fix-dry-run', '--concurrency', '2', 'news'], minFiles: 0, events: [] },
    ];
    for (const { args, minFiles, workers, late, events } of cases) {
      const threads = spying();
      const io = capturing();
      const parallel = { minFiles, startBeforeWalk: late !== true, pool: { ...pool, workers: workers ?? pool.workers } };
      const code = await runValidateAsync(args, io, { parallel, startThreads: threads.startThreads });
      assert.deepEqual(threads.events, events, args.join(' '));
      if (args.at(-1) === 'news' && !args.includes('--fix-dry-run')) {
        assert.equal(code, aloneCode);
        assert.deepEqual(io.out, alone.out);
        assert.deepEqual(io.err, alone.err);
      }
      if (args.includes('missing-folder')) assert.deepEqual([code, io.err.at(-1)?.split('\n')[0]], [2, 'pressroom validate: no such file, folder or matching files: missing-folder']);
    }
  });

  it('checks one run per set of threads, and stops threads that were never given one', async () => {
    const threads = startCheckingThreads({ script: MAIN, workers: 2, execArgv: ['-r', require.resolve('esbuild-register')], setup: { now: Date.now() } });
    const inputs = [{ file: 'news/00.md', explicit: false }];
    assert.deepEqual((await threads.check(inputs)).map((outcome) => outcome.file), ['news/00.md']);
    await assert.rejects(threads.check(inputs), /^Error: these checking threads have checked a run already$/);
    const unused = startCheckingThreads({ script: MAIN, workers: 2, execArgv: ['-r', require.resolve('esbuild-register')], setup: { now: Date.now() } });
    await unused.stop();
    await assert.rejects(unused.check(inputs), /checked a run already/);
  });

  it('ends the run with the error, not a hang, when a worker fails to start or stops early', async () => {
    fs.writeFileSync('throws.js', "throw new Error('the worker could not load');\n");
    fs.writeFileSync('exits.js', 'process.exit(3);\n');
    const inputs = [{ file: 'news/00.md', explicit: false }];
    const setup = { now: Date.now() };
    await assert.rejects(checkInParallel(inputs, { script: path.resolve('throws.js'), workers: 2, setup }), /^Error: the worker could not load$/);
    await assert.rejects(checkInParallel(inputs, { script: path.resolve('exits.js'), workers: 2, setup }), /^Error: a checking thread stopped early \(exit code 3\)$/);
  });
});

describe('when validate checks on worker threads', () => {
  it('needs 30,000 files on two cores, where one worker costs more than it saves below that, and 400 on more', () => {
    assert.deepEqual([1, 2, 3, 8].map(parallelMinFiles), [TWO_CORES_MIN_FILES, TWO_CORES_MIN_FILES, PARALLEL_MIN_FILES, PARALLEL_MIN_FILES]);
    assert.deepEqual([TWO_CORES_MIN_FILES, PARALLEL_MIN_FILES], [30_000, 400]);
  });

  it('starts them before the walk on more than two cores only', () => {
    assert.deepEqual([1, 2, 3, 8].map(startsBeforeWalk), [false, false, true, true]);
  });
});
