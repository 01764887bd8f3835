/**
 * A test-only extension, installed next to Pressroom by `npm run test:vscode` (never packaged with it).
 * code-server cannot take --extensionTestsPath, so this extension starts the extension-host suite itself
 * when VS Code has started, and writes the results as JSON to the file the `pressroomTests.resultsFile` user
 * setting names, through `vscode.workspace.fs`: the same code then works in the Node host (file:// URIs) and in
 * the web-worker host, which has no file system of its own (its URIs are vscode-remote://, served by code-server).
 */
import * as vscode from 'vscode';
import { runSuite, type SuiteResults } from '../suite/index';

/** The results file on the machine that serves the workspace, as a URI of the workspace's own scheme. */
function resultsUri(): vscode.Uri | undefined {
  const file = vscode.workspace.getConfiguration('pressroomTests').get<string>('resultsFile');
  const folder = vscode.workspace.workspaceFolders?.[0];
  return file && folder ? folder.uri.with({ path: file, query: '', fragment: '' }) : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function sibling(uri: vscode.Uri, suffix: string): vscode.Uri {
  return uri.with({ path: `${uri.path}${suffix}` });
}

async function write(uri: vscode.Uri, results: SuiteResults | { readonly crashed: string }): Promise<void> {
  // Written then renamed, so the harness never reads half a file.
  const partial = sibling(uri, '.partial');
  await vscode.workspace.fs.writeFile(partial, new TextEncoder().encode(JSON.stringify(results, null, 2)));
  await vscode.workspace.fs.rename(partial, uri, { overwrite: true });
}

async function start(uri: vscode.Uri): Promise<void> {
  const started = sibling(uri, '.started');
  // A second window of the same run (the UI checks open one): the suite has started already.
  if ((await exists(uri)) || (await exists(started))) return;
  await vscode.workspace.fs.writeFile(started, new TextEncoder().encode(new Date().toISOString()));
  // Node only: failures then point at the .ts test files (the bundle has inline maps).
  if (typeof process !== 'undefined') process.setSourceMapsEnabled(true);
  let results: SuiteResults | { readonly crashed: string };
  // The test under way, for the harness to name if the suite never ends.
  const current = sibling(uri, '.current');
  let progress = Promise.resolve();
  const onTestStart = (title: string) => {
    progress = progress.then(() => vscode.workspace.fs.writeFile(current, new TextEncoder().encode(title))).catch(() => undefined);
  };
  try {
    results = await runSuite({ onTestStart });
  } catch (error) {
    results = { crashed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  await write(uri, results);
}

export function activate(_context: vscode.ExtensionContext): void {
  const uri = resultsUri();
  if (!uri) {
    console.warn('pressroom-vscode-tests: the pressroomTests.resultsFile setting is not set; not running the suite.');
    return;
  }
  start(uri).catch((error: unknown) => console.error('pressroom-vscode-tests: could not run the suite:', error));
}

export function deactivate(): void {}
