/**
 * Completion in a real workbench (code-server + Chromium): typing `area: ` in a release opens the
 * suggest widget with the areas configured in the fixture workspace's settings (pressroom.areas).
 * It types in an untitled release (a `$schema` front matter), so the fixture files are never changed.
 * The screenshot goes to test-results/screenshots/completion-areas.png.
 */
import * as assert from 'node:assert/strict';
import { focusWorkbench, runCommand, runCommandAndPick, screenshot, TIMEOUT, useWorkbench } from './workbench';

describe('VS Code UI: front matter completion', function () {
  this.timeout(120_000);
  const workbench = useWorkbench('completion-');

  afterEach(async () => {
    const { page } = workbench;
    if (!page) return;
    // Close the untitled file without saving it.
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Revert and Close Editor');
  });

  it('typing `area: ` in a release lists the configured areas', async () => {
    const { page } = workbench;
    // An untitled Markdown file whose front matter names a schema is a release; the fixture files stay untouched.
    await focusWorkbench(page);
    await page.keyboard.press('Control+N');
    await page.locator('.editor-group-container .tab.active', { hasText: 'Untitled' }).waitFor({ timeout: TIMEOUT });
    // Languages come from extensions (Markdown from a built-in one): until the workbench has registered them the
    // picker has no Markdown row, so it is opened again.
    await runCommandAndPick(page, 'Change Language Mode', 'Markdown');
    await page.locator('.statusbar-item', { hasText: 'Markdown' }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.type('---\n$schema: press-release\ntitle: Library opens\n---\n', { delay: 20 });
    // Pressroom's status bar item shows once the extension is active and has checked this file as a release:
    // only then are its completion provider and trigger characters registered.
    await page.locator('.statusbar-item', { hasText: /\d+ problems?|Release valid/ }).first().waitFor({ timeout: TIMEOUT });
    // Back to the line before the closing ---, then a new line for the area.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('area: ', { delay: 50 });

    const widget = page.locator('.editor-widget.suggest-widget');
    // The colon and the space after it are trigger characters: the list opens by itself, as the author types.
    await widget.waitFor({ state: 'visible', timeout: TIMEOUT });
    const rows = widget.locator('.monaco-list-row');
    await rows.filter({ hasText: 'Northshire' }).first().waitFor({ timeout: TIMEOUT });
    const labels = await rows.allInnerTexts();
    assert.ok(labels.some((text) => text.includes('Southshire')), `suggestions: ${labels.join(' | ')}`);
    await screenshot(workbench, 'completion-areas');

    // Accept the first area and check the line.
    await page.keyboard.press('Enter');
    await page.locator('.view-line', { hasText: 'area: Northshire' }).first().waitFor({ timeout: TIMEOUT });
  });
});
