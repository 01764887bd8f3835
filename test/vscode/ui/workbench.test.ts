/**
 * UI checks in a real VS Code workbench (code-server) in a real browser (Chromium through playwright-core).
 * scripts/vscode/test.mjs starts code-server on a copy of the fixture workspace with the packaged VSIX
 * installed, and passes its address in PRESSROOM_VSCODE_URL (and the workspace copy in PRESSROOM_WORKSPACE);
 * the steps shared by the UI checks are in ./workbench.ts.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { BROKEN_DIAGNOSTICS, FILES, WORKSPACE_MESSAGE } from '../fixture';
import { expectProblemRows, focusWorkbench, openFile, runCommand, screenshot, TIMEOUT, useWorkbench } from './workbench';

describe('VS Code UI (code-server + Chromium)', function () {
  this.timeout(120_000);
  const workbench = useWorkbench('');

  it('shows the broken release\'s problems in the Problems panel', async () => {
    const { page } = workbench;
    await focusWorkbench(page);
    await openFile(page, FILES.broken);

    const texts = await expectProblemRows(page, BROKEN_DIAGNOSTICS);
    assert.ok(!texts.some((text) => text.includes(path.posix.basename(FILES.notARelease))), 'the meeting notes must have no problems');
    await screenshot(workbench, 'problems-panel');
  });

  it('runs "Pressroom: Validate All Releases in Workspace" from the command palette and shows the counts', async () => {
    const { page } = workbench;
    await runCommand(page, 'Pressroom: Validate All Releases in Workspace');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: WORKSPACE_MESSAGE });
    await toast.first().waitFor({ state: 'visible', timeout: TIMEOUT });
    await screenshot(workbench, 'validate-workspace-notification');
  });
});
