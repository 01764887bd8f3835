/**
 * Release rules in a real workbench (code-server + Chromium): the `release` snippet inserted and left untouched
 * in a new file of the news folder shows the placeholder errors in the Problems panel, and the preview's banner
 * lists them. Screenshot: test-results/screenshots/rules-untouched-snippet.png (the README's).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { focusWorkbench, insertReleaseSnippet, openFile, previewFrame, runCommand, screenshot, TIMEOUT, useWorkbench } from './workbench';

const FILE = 'news/untouched-snippet.md';

/** What the rules say about the snippet's three placeholders: [line, column] (1-based, as the panel shows) and words. */
const PLACEHOLDERS: readonly (readonly [number, number, string])[] = [
  [2, 8, 'title still holds the template text "Headline"; write the release\'s headline.'],
  [3, 7, 'area still holds the template text "Area"; write the area the release belongs to.'],
  [4, 6, 'url is only "https://", the start of a web address; write the full address the release is published at.'],
];

describe('VS Code UI: release rules on an untouched snippet', function () {
  this.timeout(180_000);
  const workbench = useWorkbench('rules-', (workspace) => {
    fs.mkdirSync(path.join(workspace, 'news'), { recursive: true });
    fs.writeFileSync(path.join(workspace, FILE), '');
  });

  it('shows the placeholder errors in the Problems panel and the preview banner', async () => {
    const { page } = workbench;
    await focusWorkbench(page);
    await openFile(page, FILE);
    await insertReleaseSnippet(page);
    // Leave the snippet's placeholders as they are.
    await page.locator('.view-line', { hasText: 'title: Headline' }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-tl-contents');
    for (const [line, column, message] of PLACEHOLDERS) {
      await rows.filter({ hasText: message }).filter({ hasText: `[Ln ${line}, Col ${column}]` }).first().waitFor({ timeout: TIMEOUT });
    }
    await rows.filter({ hasText: 'placeholders' }).first().waitFor({ timeout: TIMEOUT });

    await runCommand(page, 'Pressroom: Open Preview to the Side');
    const frame = await previewFrame(page, 'Headline');
    for (const [, , message] of PLACEHOLDERS) {
      await frame.locator('.problems .problem-message', { hasText: message }).first().waitFor({ timeout: TIMEOUT });
    }
    await screenshot(workbench, 'rules-untouched-snippet');
  });
});
