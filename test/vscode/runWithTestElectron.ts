/**
 * Runs the extension-host suite (test/vscode/suite) in desktop VS Code through @vscode/test-electron,
 * on machines that can download VS Code (this harness's own machines cannot: they use code-server instead,
 * see scripts/vscode/test.mjs). Usage:
 *
 *   npm run build && node -r esbuild-register test/vscode/runWithTestElectron.ts
 *
 * On a Linux machine without a display, run it under `xvfb-run -a`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleForExtensionHost } from './hostBundle';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const suite = path.join(root, 'out', 'vscode-suite', 'index.js');
  await bundleForExtensionHost(path.join(root, 'test', 'vscode', 'suite', 'index.ts'), suite);
  // A copy of the fixture workspace, so the committed files are never touched.
  const workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-suite-')), 'workspace');
  fs.cpSync(path.join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: suite,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
