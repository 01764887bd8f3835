// `npm run bench:vscode`: Pressroom at scale in a real VS Code (code-server, Node extension host). Generates
// 10,000 seed-sized releases (a tenth broken; test/bench/releases.ts), times `node dist/cli.js validate` on them,
// then opens them in code-server with a benchmark-only extension (test/vscode/bench-extension) that measures, in
// the host: the first completion after `area: ` (typed: the bench inserts the space, then asks for the completion)
// while the index is built, the Releases view (opened while the
// index is built, and its first render and a full redraw once complete),
// Validate All Releases in Workspace, and the longest event-loop block during each. Prints figures; asserts
// nothing about time. `-- <count>` changes the number of releases; `-- --profile` also writes CPU profiles of the
// host (the first scan; one extra Validate All) beside the figures, for scripts/vscode/profileSummary.mjs.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { register } from 'esbuild-register/dist/node.js';
import { cleanupAll, installVsix, onCleanup, prepareProfile, registerUnpackedExtension, root, startCodeServer, waitForFile } from './harness.mjs';
import { packageExtension } from './package.mjs';
import { setup } from './setup.mjs';

register({ target: 'node20' });
const require = createRequire(import.meta.url);
/** @type {typeof import('../../test/bench/releases')} */
const { generateTree } = require('../../test/bench/releases.ts');
/** @type {typeof import('../../test/vscode/hostBundle')} */
const hostBundle = require('../../test/vscode/hostBundle.ts');
/** @type {typeof import('../../test/vscode/ui/workbench')} */
const workbench = require('../../test/vscode/ui/workbench.ts');

const profiling = process.argv.includes('--profile');
const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10_000);
const runs = path.join(root, '.vscode-test', 'runs', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
const PROBE = 'news/completion-probe.md';
const PROBE_TEXT = '---\ntitle: Completion probe\narea:\nurl: https://www.example.gov.uk/news/probe/\npublish:\n  date: 09:30 01/12/2026\n---\n\nThe council said today.\n';

/** The benchmark extension, bundled into an unpacked folder and listed in extensions.json like an installed one. */
async function installBenchExtension(extensionsDir) {
  const source = path.join(root, 'test', 'vscode', 'bench-extension');
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8'));
  const dir = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  fs.mkdirSync(dir, { recursive: true });
  await hostBundle.bundleForExtensionHost(path.join(source, 'extension.ts'), path.join(dir, 'extension.js'), 'node');
  fs.copyFileSync(path.join(source, 'package.json'), path.join(dir, 'package.json'));
  registerUnpackedExtension(extensionsDir, `${manifest.publisher}.${manifest.name}`, manifest.version, dir);
}

function timeCli(folder) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'validate', '.'], { cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Date.now() - started;
  return { ms, status: result.status, summary: (result.stderr || result.stdout).trim().split('\n').at(-1) };
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  setup();
  const { vsix } = packageExtension();
  const tree = generateTree(count);
  onCleanup(() => fs.rmSync(tree.folder, { recursive: true, force: true }));
  fs.writeFileSync(path.join(tree.folder, PROBE), PROBE_TEXT);
  console.log(`\n${count.toLocaleString('en-GB')} generated releases in a temporary folder`);

  const clis = [timeCli(tree.folder), timeCli(tree.folder)];
  for (const cli of clis) console.log(`CLI: pressroom validate: ${seconds(cli.ms)} (exit ${cli.status}; ${cli.summary})`);

  const profileDir = path.join(runs, 'extension-host');
  const resultsFile = path.join(profileDir, 'results', 'bench.json');
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  const profile = prepareProfile(profileDir, { 'pressroomBench.resultsFile': resultsFile, 'pressroomBench.probe': PROBE, 'pressroomBench.profile': profiling, 'pressroom.preview.remoteImages': false });
  installVsix(profile, vsix);
  await installBenchExtension(profile.extensionsDir);
  const server = await startCodeServer({ profile, folder: tree.folder });
  try {
    const browser = await workbench.launchBrowser();
    const closeBrowser = onCleanup(() => workbench.closeBrowser(browser));
    await workbench.openWorkbench(browser, server.folderUrl);
    try {
      await waitForFile(resultsFile, 600_000, 'the benchmark extension to write its figures', server.exited);
    } finally {
      await closeBrowser();
    }
  } finally {
    await server.stop();
  }
  const figures = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  if (figures.crashed) throw new Error(`the benchmark crashed in the extension host:\n${figures.crashed}`);
  const cli = Math.min(...clis.map((run) => run.ms));
  console.log('\nIn VS Code (code-server, Node extension host):');
  console.log(
    `  the opened release's outline and folding (VS Code's Markdown support reads it, once): ${figures.firstCompletion.openedEditorSettledMs} ms\n` +
      `  first completion after "area: ": ${figures.firstCompletion.ms} ms (${figures.firstCompletion.areasFromReleases} areas from releases; ${figures.firstCompletion.msAfterActivation} ms after activation); ` +
      `the same request outside a release just before: ${figures.firstCompletion.outsideAReleaseMs} ms; the next, once indexed: ${figures.secondCompletionMs} ms`,
  );
  console.log(`  longest event-loop block from activation to the view's opening (activation, opening the release, the completions): ${figures.longestBlockBeforeTheViewMs} ms`);
  const block = (each) => `${each.atMs}: ${each.ms} (${each.cpuMs} on the CPU${each.gcMs ? `, ${each.gcMs} in garbage collection: ${each.gcKinds.join(', ')}` : ''})`;
  console.log(
    `  blocks over 50 ms (when, in ms from the probe's start just before activation: how long, the host's CPU time meanwhile on all its threads, garbage-collection pauses): ${figures.blocksOver50Ms.map(block).join(', ') || 'none'}`,
  );
  const filling = figures.completionWithViewFilling;
  console.log(`  completion with the Releases view open${filling.stillIndexing ? ' while it fills' : ' (the index was complete by then)'}: ${filling.ms} ms`);
  const view = figures.releasesView;
  const render = (seen) => (seen === 'not seen' ? 'not seen' : `${seen.ms} ms (${seen.groups} groups, ${seen.items} items in the first${seen.message ? `; message "${seen.message}"` : ''})`);
  console.log(`  Releases view opened while indexing: first render with items ${render(view.openedDuringIndexing)} after it was opened`);
  console.log(
    `  Releases view complete: ${seconds(view.completeMsAfterActivation)} after activation, ${view.redrawsWhileFilling} redraws; ` +
      `longest event-loop block while it filled (the index building, a completion beside): ${view.longestBlockWhileFillingMs} ms`,
  );
  const once = view.firstRenderOnceComplete;
  console.log(`  Releases view first render once complete: ${once.ms} ms in the host (${once.groups.join(', ')}; ${once.items} items in the first), longest block ${once.longestBlockMs} ms`);
  console.log(`  Releases view full redraw in VS Code (sort changed): ${render(view.fullRedrawInVsCode)}, longest block ${view.fullRedrawLongestBlockMs} ms; ${view.releases} releases listed`);
  for (const [index, run] of figures.validateAll.entries()) {
    const summary = run.summary ?? {};
    console.log(
      `  Validate All (run ${index + 1}): ${seconds(run.ms)}, ${(run.ms / cli).toFixed(2)}x the CLI's ${seconds(cli)}; longest event-loop block ${run.longestBlockMs} ms; ` +
        `${summary.files} releases, ${summary.filesWithProblems} with problems (${summary.errors} errors, ${summary.warnings} warnings)`,
    );
    const [fromUs, toUs] = run.windowUs;
    const during = figures.blocksOver50Ms.filter((each) => each.endUs >= fromUs && each.endUs <= toUs);
    if (during.length > 0) console.log(`    its blocks over 50 ms: ${during.map(block).join(', ')}`);
  }
  console.log(`\nfigures: ${path.relative(root, resultsFile)}`);
  if (profiling) console.log(`profiles: ${path.relative(root, path.dirname(resultsFile))}/*.cpuprofile (node scripts/vscode/profileSummary.mjs <file>)`);
}

main()
  .then(
    () => cleanupAll(),
    async (error) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      await cleanupAll();
      process.exitCode = 1;
    },
  );
