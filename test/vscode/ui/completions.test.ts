/**
 * Completion in a real workbench (code-server + Chromium): typing `area: ` in a release opens the
 * suggest widget with the areas configured in the fixture workspace's settings (pressroom.areas).
 * It types in an untitled release (a `$schema` front matter), so the fixture files are never changed.
 * The screenshot goes to test-results/screenshots/completion-areas.png.
 */
import * as assert from 'node:assert/strict';
import { discardUntitled, screenshot, TIMEOUT, typeUntitledRelease, useWorkbench } from './workbench';

describe('VS Code UI: front matter completion', function () {
  this.timeout(120_000);
  const workbench = useWorkbench('completion-');

  afterEach(() => discardUntitled(workbench));

  it('typing `area: ` in a release lists the configured areas', async () => {
    const { page } = workbench;
    await typeUntitledRelease(page, '---\n$schema: press-release\ntitle: Library opens\n---\n');
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
