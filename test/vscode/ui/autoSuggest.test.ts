/**
 * Completion that opens by itself at a key position of the front matter (issue 13), in a real workbench:
 * Enter at the end of a front matter line opens the suggest widget with the fields allowed there.
 * It types in an untitled release, so the fixture files are never changed.
 * The screenshot goes to test-results/screenshots/completion-key-position.png.
 */
import { focusWorkbench, runCommand, runCommandAndPick, screenshot, TIMEOUT, useWorkbench } from './workbench';

describe('VS Code UI: completion opens by itself at a key position', function () {
  this.timeout(120_000);
  const workbench = useWorkbench('auto-suggest-');

  afterEach(async () => {
    const { page } = workbench;
    if (!page) return;
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Revert and Close Editor');
  });

  it('a new line in the front matter lists the fields', async () => {
    const { page } = workbench;
    await focusWorkbench(page);
    await page.keyboard.press('Control+N');
    await page.locator('.editor-group-container .tab.active', { hasText: 'Untitled' }).waitFor({ timeout: TIMEOUT });
    await runCommandAndPick(page, 'Change Language Mode', 'Markdown');
    await page.locator('.statusbar-item', { hasText: 'Markdown' }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.type('---\n$schema: press-release\ntitle: Library opens\n---\nBody.', { delay: 20 });
    await page.locator('.statusbar-item', { hasText: /\d+ problems?|Release valid/ }).first().waitFor({ timeout: TIMEOUT });

    const widget = page.locator('.editor-widget.suggest-widget');
    // Enter at the end of `title: Library opens`: the fields open by themselves.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await widget.waitFor({ state: 'visible', timeout: TIMEOUT });
    const rows = widget.locator('.monaco-list-row');
    await rows.filter({ hasText: 'area' }).first().waitFor({ timeout: TIMEOUT });
    await screenshot(workbench, 'completion-key-position');
  });
});
