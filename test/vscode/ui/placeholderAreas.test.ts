/**
 * The `release` snippet's area placeholder in a real workbench (code-server + Chromium, issue 13): inserted from
 * its prefix in a new file of the news folder, Tab moves from `Headline` to `Area`, and the suggest widget opens by
 * itself with the workspace's areas (the fixture's pressroom.areas first); picking one replaces the placeholder
 * and the snippet goes on to the next one. Screenshot: test-results/screenshots/completion-placeholder-areas.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { focusWorkbench, insertReleaseSnippet, openFile, screenshot, TIMEOUT, useWorkbench } from './workbench';

const FILE = 'news/placeholder-areas.md';

describe('VS Code UI: the release snippet\'s area placeholder lists the areas', function () {
  this.timeout(180_000);
  const workbench = useWorkbench('placeholder-areas-', (workspace) => {
    fs.mkdirSync(path.join(workspace, 'news'), { recursive: true });
    fs.writeFileSync(path.join(workspace, FILE), '');
  });

  it('opens the suggestions with the areas when Tab selects the Area placeholder', async () => {
    const { page } = workbench;
    await focusWorkbench(page);
    await openFile(page, FILE);
    await insertReleaseSnippet(page);
    const widget = page.locator('.editor-widget.suggest-widget');
    await page.locator('.view-line', { hasText: 'area: Area' }).first().waitFor({ timeout: TIMEOUT });
    await widget.waitFor({ state: 'hidden', timeout: TIMEOUT });

    // Tab from `Headline` to `Area`: the list opens by itself although quick suggestions are off for Markdown.
    await page.keyboard.press('Tab');
    await widget.waitFor({ state: 'visible', timeout: TIMEOUT });
    const rows = widget.locator('.monaco-list-row');
    await rows.filter({ hasText: 'Northshire' }).first().waitFor({ timeout: TIMEOUT });
    const labels = (await rows.allInnerTexts()).map((text) => text.split('\n')[0].trim());
    assert.deepEqual(labels.slice(0, 2), ['Northshire', 'Southshire'], `suggestions: ${labels.join(' | ')}`);
    assert.ok(!labels.includes('Area'), `the placeholder itself is not proposed: ${labels.join(' | ')}`);
    await screenshot(workbench, 'completion-placeholder-areas');

    // Picking the first area replaces the whole placeholder.
    await page.keyboard.press('Enter');
    await page.locator('.view-line', { hasText: 'area: Northshire' }).first().waitFor({ timeout: TIMEOUT });
  });
});
