/**
 * Converting every plain-text release at once in the web-worker extension host (as on vscode.dev), where
 * the files are listed, read and created through VS Code alone: the same list, the same confirmation naming
 * the transcript it leaves alone, and then the .md files beside the .txt ones, which stay as they were
 * (plainTextFiles.ts makes the workspace). Screenshot: test-results/screenshots/browser-convert-all.png.
 */
import { askToConvertAll, expectConvertedAll, plainTexts, preparePlainTextWorkspace } from '../plainTextFiles';
import { focusWorkbench, screenshot, useWorkbench } from '../workbench';

describe('Converting plain-text releases in the web-worker host (code-server + Chromium)', function () {
  this.timeout(120_000);
  const workbench = useWorkbench('browser-convert-', preparePlainTextWorkspace);

  it('creates a Markdown release beside each plain-text one once the author confirms, and leaves the transcript', async () => {
    const { page, workspace } = workbench;
    await focusWorkbench(page);
    const originals = plainTexts(workspace);
    const dialog = await askToConvertAll(page, workspace);
    await screenshot(workbench, 'browser-convert-all');
    await dialog.locator('.monaco-button', { hasText: 'Create Them' }).click();
    await expectConvertedAll(page, workspace, originals);
  });
});
