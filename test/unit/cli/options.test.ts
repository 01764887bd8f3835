// Exit status, --quiet, --max-warnings and --output.
import * as assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main';
import { lines } from '../helpers';
import { CONTACT_FIELDS, project, VALID, WARNED } from './fixtures';

const BROKEN = lines('---', 'title: A', 'url: https://www.example.org/a', 'publish:', '  date: 16:55 31/02/2020', 'tittle: B', ...CONTACT_FIELDS, '---');

const WARNINGS_TEXT = [
  'news/w.md:7:1 warning unknown-field Unknown field "tittle"; did you mean "title"?',
  'news/w.md:8:1 warning unknown-field Unknown field "are"; did you mean "area"?',
  '',
].join('\n');

describe('pressroom validate: exit status and options', () => {
  it('exits 0 on warnings alone, and reports them', () => {
    const io = project({ 'news/w.md': WARNED });
    assert.equal(runCli(['validate', 'news'], io), 0);
    assert.equal(io.out.join(''), WARNINGS_TEXT);
    assert.deepEqual(io.err, ['1 file checked, 1 with problems: 0 errors, 2 warnings\n']);
  });

  it('exits 1 on more warnings than --max-warnings allows, and says so', () => {
    const io = project({ 'news/w.md': WARNED });
    assert.equal(runCli(['validate', '--max-warnings', '1', 'news'], io), 1);
    assert.equal(io.out.join(''), WARNINGS_TEXT);
    assert.deepEqual(io.err, ['1 file checked, 1 with problems: 0 errors, 2 warnings\n', 'Pressroom found 2 warnings, more than the 1 that --max-warnings allows.\n']);
  });

  it('exits 0 at exactly --max-warnings, and --max-warnings 0 fails on one warning', () => {
    assert.equal(runCli(['validate', '--max-warnings=2', 'news'], project({ 'news/w.md': WARNED })), 0);
    assert.equal(runCli(['validate', '--max-warnings', '0', 'news'], project({ 'news/w.md': WARNED })), 1);
    assert.equal(runCli(['validate', '--max-warnings', '0', 'news'], project({ 'news/a.md': VALID })), 0);
  });

  it('--quiet reports errors only; its warnings still count for --max-warnings', () => {
    const io = project({ 'news/b.md': BROKEN, 'news/w.md': WARNED });
    assert.equal(runCli(['validate', '--quiet', 'news'], io), 1);
    assert.equal(
      io.out.join(''),
      [
        'news/b.md:1:1 error missing-field Missing required field "area"',
        'news/b.md:5:9 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY); 31/02/2020 is not a real date: 31 February does not exist (February 2020 has 29 days)',
        '',
      ].join('\n'),
    );
    assert.deepEqual(io.err, ['2 files checked, 1 with errors: 2 errors\n']);

    const warned = project({ 'news/w.md': WARNED });
    assert.equal(runCli(['validate', '-q', 'news'], warned), 0);
    assert.deepEqual([warned.out.join(''), ...warned.err], ['', '1 file checked, no errors\n']);
    assert.equal(runCli(['validate', '-q', '--max-warnings', '1', 'news'], project({ 'news/w.md': WARNED })), 1);
  });

  it('--output writes the report to a file, replacing it, while the summary goes to the terminal', () => {
    const io = project({ 'news/w.md': WARNED, 'reports/old.json': 'old report' });
    assert.equal(runCli(['validate', '--format', 'json', '--output', 'reports/old.json', 'news'], io), 0);
    assert.deepEqual(io.out, []);
    assert.deepEqual(io.err, ['1 file checked, 1 with problems: 0 errors, 2 warnings\n']);
    assert.deepEqual(
      JSON.parse(io.files.get('reports/old.json') ?? '').map((entry: { line: number; code: string }) => [entry.line, entry.code]),
      [
        [7, 'unknown-field'],
        [8, 'unknown-field'],
      ],
    );
    const text = project({ 'news/w.md': WARNED });
    runCli(['validate', '-o', 'out.txt', 'news'], text);
    assert.equal(text.files.get('out.txt'), WARNINGS_TEXT);
  });

  it('exits 2 when the report cannot be written, after checking', () => {
    const io = project({ 'news/a.md': VALID });
    io.replaceFile = () => {
      throw new Error('EACCES: permission denied');
    };
    assert.equal(runCli(['validate', '--output', 'out.sarif', 'news'], io), 2);
    assert.deepEqual(io.err, ['pressroom validate: cannot write the report to out.sarif: EACCES: permission denied\n', '1 file checked, all valid\n']);
  });

  it('--only-releases checks named files only when the configuration calls them releases', () => {
    const io = project({ 'README.md': '# Our newsroom\n', 'news/w.md': WARNED });
    assert.equal(runCli(['validate', '--only-releases', 'README.md', 'news/w.md'], io), 0);
    assert.equal(io.out.join(''), WARNINGS_TEXT);
    assert.equal(runCli(['validate', 'README.md'], project({ 'README.md': '# Our newsroom\n' })), 1);
  });

  it('groups the summary counts in thousands, as the progress line and the editor do', () => {
    const files: Record<string, string> = { 'news/valid.md': VALID };
    for (let index = 0; index < 1000; index++) files[`news/w${index}.md`] = WARNED;
    const io = project(files);
    assert.equal(runCli(['validate', '--format', 'json', '--output', 'report.json', 'news'], io), 0);
    assert.deepEqual(io.err, ['1,001 files checked, 1,000 with problems: 0 errors, 2,000 warnings\n']);
  });

  it('says why nothing was checked, rather than "all valid", when no file given or found is a release', () => {
    const NONE = '0 files checked: none of the 2 files is a release under the project configuration (--help says which files are); name a file to check it anyway\n';
    for (const quiet of [[], ['--quiet']]) {
      const notes = project({ 'docs/a.md': VALID, 'docs/b.md': VALID });
      assert.equal(runCli(['validate', ...quiet, 'docs'], notes), 0);
      assert.deepEqual(notes.err, [NONE]);
    }
    const one = project({ 'docs/a.md': VALID });
    assert.equal(runCli(['validate', '--only-releases', 'docs/a.md'], one), 0);
    assert.deepEqual(one.err, ['0 files checked: the one file is not a release under the project configuration (--help says which files are)\n']);
    const empty = project({ 'docs/empty/.keep': '' });
    assert.equal(runCli(['validate', 'docs/empty'], empty), 0);
    assert.deepEqual(empty.err, ['0 files checked: no files found\n']);
  });

  it('says a folder holds no Markdown, not that it is empty, when its files are plain text or other kinds', () => {
    const plain = project({ 'news/a.txt': 'A release', 'news/b.TXT': 'Another', 'news/photo.jpg': '', 'news/.keep': '' });
    assert.equal(runCli(['validate', 'news'], plain), 0);
    assert.deepEqual(plain.err, [
      '0 files checked: no Markdown files found, only 3 other files (.txt, .jpg); releases are Markdown files; "pressroom convert --write <files>" turns plain-text releases into Markdown ones\n',
    ]);
    const kinds = project({ 'news/a.json': '{}', 'news/b.html': '', 'news/c.html': '', 'news/d.csv': '', 'news/README': '' });
    assert.equal(runCli(['validate', 'news'], kinds), 0);
    assert.deepEqual(kinds.err, ['0 files checked: no Markdown files found, only 5 other files (.html, no extension, .csv, …); releases are Markdown files\n']);
    const one = project({ 'news/notes': '' });
    assert.equal(runCli(['validate', 'news'], one), 0);
    assert.deepEqual(one.err, ['0 files checked: no Markdown files found, only 1 other file (no extension); releases are Markdown files\n']);
    // A website's robots.txt and a licence are text files, but not releases to convert.
    const site = project({ 'static/robots.txt': 'User-agent: *', 'static/LICENSE.txt': 'MIT', 'static/logo.png': '' });
    assert.equal(runCli(['validate', 'static'], site), 0);
    assert.deepEqual(site.err, ['0 files checked: no Markdown files found, only 3 other files (.txt, .png); releases are Markdown files\n']);
  });

  it('exits 2 with one message for a bad option value', () => {
    const cases: [string[], RegExp][] = [
      [['--format', 'xml', 'a.md'], /^pressroom validate: --format must be one of text, json, sarif, github, junit, not xml\n/],
      [['--max-warnings', 'some', 'a.md'], /^pressroom validate: --max-warnings takes a whole number of warnings \(0 or more\), not some\n/],
      [['--max-warnings', '-1', 'a.md'], /^pressroom validate: --max-warnings takes a whole number of warnings \(0 or more\), not -1\n/],
      [['--fix', '--fix-dry-run', 'a.md'], /^pressroom validate: choose --fix \(change the files\) or --fix-dry-run \(show the changes\), not both\n/],
      [['--output'], /^pressroom validate: unknown option --output\n/],
      ...['0', 'many', '-2', '1000', '2.5'].map((value): [string[], RegExp] => [
        ['--concurrency', value, 'a.md'],
        new RegExp(`^pressroom validate: --concurrency takes a number of threads \\(1 to 999\\), auto or off, not ${value.replace('.', '\\.')}\n`),
      ]),
    ];
    for (const [args, message] of cases) {
      const io = project({ 'a.md': VALID });
      assert.equal(runCli(['validate', ...args], io), 2, args.join(' '));
      assert.equal(io.err.length, 1, args.join(' '));
      assert.match(io.err[0], message);
    }
  });

  it('documents formats, options and the exit status in --help', () => {
    const io = project({});
    assert.equal(runCli(['validate', '--help'], io), 0);
    const help = io.out.join('');
    for (const text of ['sarif: SARIF 2.1.0', 'github: GitHub Actions annotations', 'junit: JUnit XML', '-o, --output <file>', '-q, --quiet', '--max-warnings <n>', '--fix ', '--fix-dry-run', '--concurrency <n>']) assert.ok(help.includes(text), text);
    assert.match(help, /Exit status:\n {2}0 {2}no release has errors \(warnings alone pass, unless --max-warnings is exceeded\)\n {2}1 {2}a release has errors, or there are more warnings than --max-warnings allows\n {2}2 {2}usage or configuration error/);
  });
});
