/**
 * The suite that runs inside VS Code's extension host. Two launchers use it:
 * - `npm run test:vscode` (code-server + Chromium): a test-only extension calls runSuite() on start-up
 *   and writes the results as JSON for the harness (test/vscode/runner-extension), once in the Node host and
 *   once in the web-worker host (so the suite uses no Node API: files go through vscode.workspace.fs);
 * - @vscode/test-electron on machines that can download desktop VS Code: `extensionTestsPath` points at the
 *   bundled form of this file, whose run() it calls (test/vscode/runWithTestElectron.ts).
 * The test files register their tests when called, so the whole suite can be bundled into one file.
 */
import Mocha from 'mocha';
import { registerAuthoringTests } from './authoring.test';
import { registerAuthoringValueTests } from './authoringValues.test';
import { registerCommandTests } from './commands.test';
import { registerDiagnosticsTests } from './diagnostics.test';
import { registerHostTests } from './host.test';
import { registerLifecycleTests } from './lifecycle.test';
import { registerPreviewTests } from './preview.test';
import { registerProjectTests } from './project.test';
import { registerReleasesViewTests } from './releasesView.test';
import { registerSchemasProjectTests } from './schemasProject.test';
import { registerStatusBarTests } from './statusBar.test';
import { registerWorkspaceIndexTests } from './workspaceIndex.test';

export interface TestOutcome {
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs?: number;
  readonly error?: string;
}

export interface SuiteResults {
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
  readonly durationMs: number;
  readonly tests: TestOutcome[];
}

/** `onTestStart` hears each test's title as it starts, so a launcher can say which test a hang is in. */
export function runSuite(options: { reporter?: string; onTestStart?: (title: string) => void } = {}): Promise<SuiteResults> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: options.reporter ?? 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'pressroom-vscode-suite', mocha);
  registerHostTests();
  // First of the feature tests: it checks what opening each file shows before Validate All (in the command tests) has run.
  registerProjectTests();
  registerSchemasProjectTests();
  registerDiagnosticsTests();
  registerLifecycleTests();
  registerStatusBarTests();
  registerCommandTests();
  registerAuthoringTests();
  registerAuthoringValueTests();
  registerPreviewTests();
  registerReleasesViewTests();
  registerWorkspaceIndexTests();

  const started = Date.now();
  const tests: TestOutcome[] = [];
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      const count = (state: TestOutcome['state']) => tests.filter((test) => test.state === state).length;
      resolve({ passed: count('passed'), failed: count('failed'), pending: count('pending'), durationMs: Date.now() - started, tests });
    });
    runner.on('test', (test) => options.onTestStart?.(test.fullTitle()));
    runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('pending', (test) => tests.push({ title: test.fullTitle(), state: 'pending' }));
    runner.on('fail', (test, error: Error) =>
      tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: error.stack ?? String(error) }),
    );
  });
}

/** The entry point @vscode/test-electron calls: rejects when any test fails. */
export async function run(): Promise<void> {
  const results = await runSuite();
  if (results.failed > 0) throw new Error(`${results.failed} of ${results.tests.length} tests failed in the extension host.`);
}
