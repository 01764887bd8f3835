/**
 * The installable CLI end to end: packs pressroom-cli (scripts/cli-package/pack.mjs, from dist/cli.js), installs
 * the tarball into a fresh project in a temporary folder (outside this repository, so nothing of its
 * node_modules can be found; offline, which a package without dependencies needs), runs `npx pressroom
 * validate` there on a fixture, and then runs the commands of each CI recipe in docs/ci/ the same way.
 * Run by `npm test` after the build: node -r esbuild-register test/cli-package/run.ts
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { ALL_RULES } from '../../src/core';

const ROOT = path.resolve(__dirname, '..', '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-cli-package-'));
const project = path.join(work, 'newsroom');
// npm's cache and configuration stay inside the temporary folder: nothing is read from or written to the user's.
const env = { ...process.env, npm_config_cache: path.join(work, 'npm-cache'), npm_config_userconfig: path.join(work, 'npmrc'), npm_config_update_notifier: 'false', NODE_PATH: '' };

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function sh(command: string, cwd = project): Run {
  const result = spawnSync('sh', ['-c', command], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BAD_TEXT = [
  'news/bad.md:1:1 error missing-field Missing required field "area"',
  'news/bad.md:1:1 error missing-field Missing required field "title"',
  'news/bad.md:2:1 warning unknown-field Unknown field "tittle"; did you mean "title"?',
  'news/bad.md:5:9 error invalid-date publish.date must be a time and date like 16:55 18/03/2020 (HH:mm DD/MM/YYYY), not "2026-06-02 09:30"',
  '',
].join('\n');

const checks: [string, () => void][] = [
  [
    'npx pressroom validate, installed from the tarball, checks the fixture',
    () => {
      const run = sh('npx --no pressroom validate news/');
      assert.equal(run.stdout, BAD_TEXT);
      assert.equal(run.stderr, '2 files checked, 1 with problems: 3 errors, 1 warning\n');
      assert.equal(run.status, 1);
      assert.equal(sh('npx --no pressroom validate news/good.md').status, 0);
      assert.equal(sh('npx --no -- pressroom --version').stdout, `${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
    },
  ],
  [
    'npx pressroom validate --concurrency 2 on 451 releases checks them on a worker thread too, which loads its bundle with the code cache, with the report of one thread; without it, two cores check them in one',
    () => {
      const many = path.join(project, 'news', 'bulk');
      fs.mkdirSync(many);
      const good = fs.readFileSync(path.join(project, 'news', 'good.md'));
      for (let index = 0; index < 450; index++) fs.writeFileSync(path.join(many, `r${String(index).padStart(3, '0')}.md`), good);
      fs.copyFileSync(path.join(project, 'news', 'bad.md'), path.join(many, 'r450.md'));
      const temp = path.join(work, 'tmp');
      /** The bundles a run loaded, as the code cache it wrote names them. */
      const bundlesLoaded = (options: string) => {
        fs.rmSync(temp, { recursive: true, force: true });
        fs.mkdirSync(temp);
        const run = sh(`TMPDIR=${JSON.stringify(temp)} npx --no pressroom validate ${options} news/bulk/`);
        assert.equal(run.stdout, BAD_TEXT.replaceAll('news/bad.md', 'news/bulk/r450.md'));
        assert.equal(run.stderr, '451 files checked, 1 with problems: 3 errors, 1 warning\n');
        assert.equal(run.status, 1);
        return fs.readdirSync(path.join(temp, `pressroom-cli-${process.getuid?.() ?? 'user'}`)).map((name) => name.split('-')[0]).sort();
      };
      try {
        assert.deepEqual(bundlesLoaded('--concurrency 2'), ['validate', 'worker']);
        // Without it, two cores check 451 files in one thread (a worker pays only from 30,000), more cores on workers.
        assert.deepEqual(bundlesLoaded(''), os.availableParallelism() > 2 ? ['validate', 'worker'] : ['validate']);
      } finally {
        fs.rmSync(many, { recursive: true, force: true });
        fs.rmSync(temp, { recursive: true, force: true });
      }
    },
  ],
  [
    'npx pressroom list and convert run too (each command is a bundle of its own in the package)',
    () => {
      const list = sh('npx --no pressroom list news/');
      assert.equal(list.status, 0, list.stderr);
      assert.match(list.stdout, /^needs-attention .* news\/bad\.md +-$/m);
      assert.match(list.stdout, / news\/good\.md +Library opening hours extended over the holidays$/m);
      fs.writeFileSync(path.join(project, 'notes.txt'), 'Library opening hours extended\n\n2 June 2026\n\nThe library will open until 8pm from Monday.\n');
      const convert = sh('npx --no pressroom convert notes.txt');
      assert.equal(convert.status, 0, convert.stderr);
      // Beside notes.txt, outside the release folders: `$schema` makes it a release where it is written.
      assert.match(convert.stdout, /^---\n\$schema: press-release\ntitle: Library opening hours extended\n[^]*\n {2}date: "09:00 02\/06\/2026" # TODO: no time was written; 09:00 assumed, check it\n[^]*---\n\nThe library will open until 8pm from Monday\.\n$/);
      fs.rmSync(path.join(project, 'notes.txt'));
    },
  ],
  [
    'docs/ci/github-actions.yml: annotations, then a SARIF report',
    () => {
      const workflow = parseYaml(fs.readFileSync(path.join(ROOT, 'docs/ci/github-actions.yml'), 'utf8'));
      const steps: { run?: string; uses?: string; with?: Record<string, string> }[] = workflow.jobs.releases.steps;
      const commands = steps.map((step) => step.run).filter((run): run is string => run?.includes('pressroom') ?? false);
      assert.equal(commands.length, 2);
      const annotations = sh(commands[0]);
      assert.equal(annotations.status, 1);
      assert.deepEqual(annotations.stdout.split('\n').map((line) => line.split('::')[1]), [
        'error file=news/bad.md,line=1,col=1,endLine=1,endColumn=4,title=Pressroom missing-field',
        'error file=news/bad.md,line=1,col=1,endLine=1,endColumn=4,title=Pressroom missing-field',
        'warning file=news/bad.md,line=2,col=1,endLine=2,endColumn=7,title=Pressroom unknown-field',
        'error file=news/bad.md,line=5,col=9,endLine=5,endColumn=25,title=Pressroom invalid-date',
        undefined,
      ]);
      sh('rm -f pressroom.sarif');
      assert.equal(sh(commands[1]).status, 1);
      const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
      const log = JSON.parse(fs.readFileSync(path.join(project, upload?.with?.sarif_file ?? ''), 'utf8'));
      assert.equal(log.version, '2.1.0');
      assert.deepEqual(
        log.runs[0].results.map((result: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [result.ruleId, result.locations[0].physicalLocation.artifactLocation.uri]),
        [
          ['missing-field', 'news/bad.md'],
          ['missing-field', 'news/bad.md'],
          ['unknown-field', 'news/bad.md'],
          ['invalid-date', 'news/bad.md'],
        ],
      );
    },
  ],
  [
    'docs/ci/gitlab-ci.yml: a JUnit report',
    () => {
      const job = parseYaml(fs.readFileSync(path.join(ROOT, 'docs/ci/gitlab-ci.yml'), 'utf8')).pressroom;
      const commands: string[] = job.script.filter((line: string) => line.includes('pressroom'));
      assert.equal(commands.length, 1);
      assert.equal(sh(commands[0]).status, 1);
      const xml = fs.readFileSync(path.join(project, job.artifacts.reports.junit), 'utf8');
      const suite = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).testsuites.testsuite;
      assert.deepEqual([suite.tests, suite.failures], ['2', '1']);
      assert.deepEqual(
        suite.testcase.map((testcase: { name: string; failure?: unknown }) => [testcase.name, testcase.failure !== undefined]),
        [
          ['news/bad.md', true],
          ['news/good.md', false],
        ],
      );
    },
  ],
  [
    'docs/ci/pre-commit: refuses a commit with a broken release, lets a good one and a README through',
    () => {
      fs.copyFileSync(path.join(ROOT, 'docs/ci/pre-commit'), path.join(project, 'pre-commit'));
      const git = (args: string) => sh(`git -c user.name=Test -c user.email=test@example.org ${args}`);
      assert.equal(git('init -q').status, 0);
      git('add README.md news/good.md .pressroom.jsonc');
      const good = sh('sh ./pre-commit');
      assert.deepEqual([good.status, good.stdout, good.stderr], [0, '', '1 file checked, all valid\n']);
      git('add news/bad.md');
      const bad = sh('sh ./pre-commit');
      assert.notEqual(bad.status, 0);
      assert.equal(bad.stdout, BAD_TEXT);
    },
  ],
];

let failed = 0;
try {
  const tarball = execFileSync('node', [path.join(ROOT, 'scripts/cli-package/pack.mjs'), work], { env, encoding: 'utf8' }).trim();
  fs.cpSync(path.join(ROOT, 'test/cli-package/fixture'), project, { recursive: true });
  // This checks the CLI, not the release rules: every rule is off (and the fixture is clean under their defaults too).
  fs.writeFileSync(path.join(project, '.pressroom.jsonc'), JSON.stringify({ rules: Object.fromEntries(ALL_RULES.map((rule) => [rule.id, 'off'])) }));
  fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "newsroom", "private": true }\n');
  const install = sh(`npm install --offline --no-audit --no-fund --save-dev ${JSON.stringify(tarball)}`);
  assert.equal(install.status, 0, install.stderr);
  assert.deepEqual(fs.readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.')), ['pressroom-cli']);
  for (const [title, check] of checks) {
    try {
      check();
      console.log(`  ✔ ${title}`);
    } catch (error) {
      failed++;
      console.log(`  ✘ ${title}\n${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(failed === 0 ? `cli package: ${checks.length} passing` : `cli package: ${failed} of ${checks.length} failing`);
process.exitCode = failed === 0 ? 0 : 1;
