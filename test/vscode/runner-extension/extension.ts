/**
 * A test-only extension, installed next to Pressroom by `npm run test:vscode` (never packaged with it).
 * code-server cannot take --extensionTestsPath, so this extension starts the extension-host suite itself
 * when VS Code has started, and writes the results as JSON to $PRESSROOM_TEST_RESULTS for the harness.
 */
import * as fs from 'node:fs';
import type * as vscode from 'vscode';
import { runSuite, type SuiteResults } from '../suite/index';

function write(file: string, results: SuiteResults | { readonly crashed: string }): void {
  // Written then renamed, so the harness never reads half a file.
  fs.writeFileSync(`${file}.partial`, JSON.stringify(results, null, 2));
  fs.renameSync(`${file}.partial`, file);
}

export function activate(_context: vscode.ExtensionContext): void {
  const file = process.env.PRESSROOM_TEST_RESULTS;
  if (!file) {
    console.warn('pressroom-vscode-tests: PRESSROOM_TEST_RESULTS is not set; not running the suite.');
    return;
  }
  if (fs.existsSync(file)) return; // a second window of the same run: the suite has run already
  process.setSourceMapsEnabled(true); // failures then point at the .ts test files (the bundle has inline maps)
  fs.writeFileSync(`${file}.started`, new Date().toISOString());
  runSuite().then(
    (results) => write(file, results),
    (error: unknown) => write(file, { crashed: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}

export function deactivate(): void {}
