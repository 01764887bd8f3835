// `npm run test:vscode`: Pressroom in a real VS Code (code-server 4.100.3 = VS Code 1.100.3) in a real browser
// (Debian's Chromium driven by playwright-core). Stages:
//   1. setup          install code-server into .vscode-test/code-server (skipped when present)
//   2. package        production build + `vsce package` (no warnings allowed)
//   3. vsix contents  the VSIX holds only what runs
//   4. host           the mocha suite in test/vscode/suite, run inside VS Code's Node extension host by a
//                     test-only extension installed next to the VSIX; its results come back as JSON
//   5. worker         the same suite in the web-worker extension host (as on vscode.dev and github.dev), the same
//                     VSIX moved there by the profile's `remote.extensionKind`; then, on the same server, Playwright
//                     checks of the Problems panel and the preview there (screenshots browser-*.png)
//   6. ui             Playwright checks of the workbench: Problems panel, command palette, notification,
//                     completion, preview, the release grammar's scopes
// Every process started is stopped by its PID (or process group) at the end, on failure and on Ctrl+C.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { register } from 'esbuild-register/dist/node.js';
import { checkVsix } from './checkVsix.mjs';
import { cleanupAll, copyFolder, installVsix, onCleanup, outsideLookups, prepareProfile, registerUnpackedExtension, root, seconds, startCodeServer, waitForFile } from './harness.mjs';
import { formatBytes, packageExtension } from './package.mjs';
import { setup } from './setup.mjs';

register({ target: 'node20' }); // lets require() load the TypeScript test files and helpers
const require = createRequire(import.meta.url);
/** @type {typeof import('../../test/vscode/ui/workbench')} */
const workbench = require('../../test/vscode/ui/workbench.ts');
/** @type {typeof import('../../test/vscode/hostBundle')} */
const hostBundle = require('../../test/vscode/hostBundle.ts');

// Each run has its own folder (profiles, workspace copies, server logs), so runs started at the same time
// in the same checkout cannot delete each other's files. It is removed when everything passed.
const runs = path.join(root, '.vscode-test', 'runs', `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
const fixture = path.join(root, 'test', 'vscode', 'workspace');
const screenshots = path.join(root, 'test-results', 'screenshots');

// `npm run test:vscode -- host`, `-- worker` or `-- ui` runs only that in-editor stage (setup, package and
// contents always run).
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const wanted = (stageName) => only.length === 0 || only.includes(stageName);

const outcomes = []; // { stage, name, ok, detail }
const timings = []; // [stage, ms]
let sizes;

function record(stage, name, ok, detail) {
  outcomes.push({ stage, name, ok, detail });
  console.log(`  ${ok ? '\u2714' : '\u2718'} ${name}${!ok && detail ? `\n${indent(String(detail), 6)}` : ''}`);
}

function indent(text, spaces) {
  return text
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');
}

/** Runs one stage; an exception fails it (and is recorded as a failed check). Returns false on failure. */
async function stage(name, body) {
  console.log(`\n\u25b6 ${name}`);
  const started = Date.now();
  const failedBefore = outcomes.filter((outcome) => !outcome.ok).length;
  try {
    await body(name);
  } catch (error) {
    record(name, `${name} could not run`, false, error instanceof Error ? (error.stack ?? error.message) : error);
  } finally {
    timings.push([name, Date.now() - started]);
    console.log(`  (${name}: ${seconds(Date.now() - started)})`);
  }
  return outcomes.filter((outcome) => !outcome.ok).length === failedBefore;
}

const runnerSource = path.join(root, 'test', 'vscode', 'runner-extension');
const runnerManifest = JSON.parse(fs.readFileSync(path.join(runnerSource, 'package.json'), 'utf8'));
const RUNNER_ID = `${runnerManifest.publisher}.${runnerManifest.name}`;
const { EXTENSION_ID } = require('../../test/vscode/fixture.ts');

/**
 * Bundles the test-only runner extension (for the Node host and for the web-worker host) into an unpacked
 * `<publisher>.<name>-<version>` folder.
 */
async function installRunnerExtension(extensionsDir) {
  const source = runnerSource;
  const manifest = runnerManifest;
  const dir = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  fs.mkdirSync(dir, { recursive: true });
  await hostBundle.bundleForExtensionHost(path.join(source, 'extension.ts'), path.join(dir, 'extension.js'), 'node');
  await hostBundle.bundleForExtensionHost(path.join(source, 'extension.ts'), path.join(dir, 'extension.browser.js'), 'worker');
  fs.copyFileSync(path.join(source, 'package.json'), path.join(dir, 'package.json'));
  registerUnpackedExtension(extensionsDir, `${manifest.publisher}.${manifest.name}`, manifest.version, dir);
}

/** Starts a browser on the workbench so code-server starts an extension host; returns its cleanup. */
async function connectBrowser(url) {
  const browser = await workbench.launchBrowser();
  const close = onCleanup(() => workbench.closeBrowser(browser));
  await workbench.openWorkbench(browser, url);
  return close;
}

function checkServerLog(stageName, server, label = '') {
  const lookups = outsideLookups(server.logFile);
  record(stageName, `code-server made no look-ups outside this machine${label}`, lookups.length === 0, lookups.slice(0, 5).join('\n'));
}

function prepareScreenshots() {
  fs.mkdirSync(screenshots, { recursive: true });
  for (const old of fs.readdirSync(screenshots).filter((file) => file.startsWith('FAILED-'))) fs.rmSync(path.join(screenshots, old));
}

/** Runs one Playwright UI test file against `server`, whose window is opened on `workspace`. */
async function runUiFile(stageName, file, server, workspace, label = '') {
  process.env.PRESSROOM_VSCODE_URL = `${server.url}?folder=${encodeURIComponent(workspace).replace(/%2F/g, '/')}`;
  process.env.PRESSROOM_SCREENSHOTS = screenshots;
  process.env.PRESSROOM_WORKSPACE = workspace;
  const mocha = new Mocha({ timeout: 120_000, reporter: 'dot' });
  mocha.addFile(file);
  await mocha.loadFilesAsync();
  await new Promise((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (test) => record(stageName, `${label}${test.fullTitle()} (${test.duration} ms)`, true));
    runner.on('fail', (test, error) => record(stageName, `${label}${test.fullTitle()}`, false, error.stack ?? error.message));
  });
  mocha.dispose();
}

/**
 * The extension-host suite in one host. The runner extension reads where to write its results, and which host
 * to expect, from the profile's settings (the worker host has no environment variables or file system of its
 * own: it writes through vscode.workspace.fs, which code-server serves). `remote.extensionKind` moves Pressroom
 * and the runner into the web-worker host; the VSIX is the same.
 * In the worker, the same server then serves the worker's UI checks (test/vscode/ui/worker/) in a second window,
 * on a fresh workspace copy, so the suite's edits and open editors do not leak into them.
 */
async function runSuiteStage(stageName, vsix, host) {
  const profileDir = path.join(runs, host === 'node' ? 'extension-host' : 'worker-host');
  const resultsFile = path.join(profileDir, 'results', 'results.json');
  const settings = { 'pressroomTests.resultsFile': resultsFile, 'pressroomTests.host': host };
  if (host === 'worker') settings['remote.extensionKind'] = { [EXTENSION_ID]: ['ui'], [RUNNER_ID]: ['ui'] };
  const profile = prepareProfile(profileDir, settings);
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  installVsix(profile, vsix);
  await installRunnerExtension(profile.extensionsDir);
  const workspace = copyFolder(fixture, path.join(profile.dir, 'workspace'));
  const server = await startCodeServer({ profile, folder: workspace });
  const label = host === 'worker' ? '[worker] ' : '';
  try {
    const closeBrowser = await connectBrowser(server.folderUrl);
    try {
      await waitForFile(resultsFile, Number(process.env.PRESSROOM_SUITE_TIMEOUT ?? 180_000), `the suite in the ${host} host to write its results`, server.exited).catch(
        (error) => {
          const current = `${resultsFile}.current`;
          const where = fs.existsSync(current) ? ` (the test under way: ${fs.readFileSync(current, 'utf8')})` : ' (no test had started)';
          throw new Error(`${error.message}${where}`);
        },
      );
    } finally {
      await closeBrowser();
    }
    recordSuiteResults(stageName, resultsFile, label);
    if (host === 'worker') {
      prepareScreenshots();
      const dir = path.join(root, 'test', 'vscode', 'ui', 'worker');
      for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.test.ts')).sort()) {
        const uiWorkspace = copyFolder(fixture, path.join(profile.dir, `workspace-${path.basename(file, '.test.ts')}`));
        await runUiFile(stageName, path.join(dir, file), server, uiWorkspace, label);
      }
    }
  } finally {
    await server.stop();
  }
  checkServerLog(stageName, server);
}

function recordSuiteResults(stageName, resultsFile, label) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  if (results.crashed) throw new Error(`the suite crashed in the extension host:\n${results.crashed}`);
  if (results.tests.length === 0) throw new Error('the suite ran no tests');
  for (const test of results.tests) {
    if (test.state === 'pending') console.log(`  - ${label}${test.title} (pending)`);
    else record(stageName, `${label}${test.title}${test.durationMs ? ` (${test.durationMs} ms)` : ''}`, test.state === 'passed', test.error);
  }
}

async function main() {
  const started = Date.now();
  fs.rmSync(runs, { recursive: true, force: true });
  let vsix;

  const ready =
    (await stage('setup', () => setup())) &&
    (await stage('package', (name) => {
      const packaged = packageExtension();
      vsix = packaged.vsix;
      sizes = packaged;
      record(name, `packaged ${path.basename(vsix)} without warnings`, true);
    })) &&
    (await stage('vsix contents', (name) => {
      const { entries, checks } = checkVsix(vsix);
      console.log(indent(entries.map((entry) => `${entry.name} (${formatBytes(entry.size)})`).join('\n'), 4));
      for (const check of checks) record(name, check.name, check.ok, check.detail);
    }));

  if (ready && wanted('host')) {
    await stage('extension host suite', (name) => runSuiteStage(name, vsix, 'node'));
  }
  if (ready && wanted('worker')) {
    await stage('web worker host', (name) => runSuiteStage(name, vsix, 'worker'));
  }
  if (ready && wanted('ui')) {
    await stage('ui', async (name) => {
      prepareScreenshots();
      const dir = path.join(root, 'test', 'vscode', 'ui');
      const files = fs.readdirSync(dir).filter((file) => file.endsWith('.test.ts')).sort();
      // Each file gets its own server, profile and workspace copy: the workbench restores a folder's editors
      // and unsaved text in the next window, so files sharing one would see each other's edits.
      for (const file of files) {
        const profile = prepareProfile(path.join(runs, `ui-${path.basename(file, '.test.ts')}`));
        installVsix(profile, vsix);
        const workspace = copyFolder(fixture, path.join(profile.dir, 'workspace'));
        const server = await startCodeServer({ profile, folder: workspace });
        try {
          await runUiFile(name, path.join(dir, file), server, workspace);
        } finally {
          await server.stop();
        }
        checkServerLog(name, server, ` (${file})`);
      }
      if (fs.existsSync(screenshots)) console.log(`  screenshots: ${path.relative(root, screenshots)}/ (${fs.readdirSync(screenshots).join(', ')})`);
    });
  }

  const passed = outcomes.filter((outcome) => outcome.ok).length;
  const failed = outcomes.length - passed;
  console.log('\nTimings:');
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(22)} ${seconds(ms)}`);
  console.log(`  ${'total'.padEnd(22)} ${seconds(Date.now() - started)}`);
  if (sizes) {
    console.log(
      `Sizes: VSIX ${formatBytes(sizes.vsixBytes)}, dist/extension.js ${formatBytes(sizes.bundleBytes)}, ` +
        `dist/extension.browser.js ${formatBytes(sizes.browserBundleBytes)} (minified)`,
    );
  }
  if (failed > 0) {
    console.log('\nFailed:');
    for (const outcome of outcomes.filter((item) => !item.ok)) console.log(`  [${outcome.stage}] ${outcome.name}`);
  }
  if (failed === 0) fs.rmSync(runs, { recursive: true, force: true });
  else console.log(`\nLogs and profiles of this run: ${path.relative(root, runs)}/`);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 && outcomes.length > 0;
}

main()
  .finally(() => cleanupAll())
  .then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
