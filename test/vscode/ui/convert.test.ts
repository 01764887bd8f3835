/**
 * "Pressroom: Convert to Press Release" in a real workbench (code-server + Chromium): on a plain-text release
 * the command first shows the converted release as a diff, with Apply and Discard in the diff's title bar and in
 * a notification, and no modal dialog over the diff; only after the author applies does the new .md file beside
 * the .txt exist, with the front matter found in the text, and the .txt is left as it was.
 * The plain-text release (samples/ next to this file) is copied into the test's own workspace copy.
 * Screenshots: test-results/screenshots/convert-*.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { focusWorkbench, openFile, runCommand, screenshot, TIMEOUT, useWorkbench } from './workbench';

const PLAIN_TEXT = path.join(__dirname, 'samples', 'library-hours.txt');
const SOURCE = 'inbox/library-hours.txt';
const TARGET = 'inbox/library-hours.md';

describe('VS Code UI: Convert to Press Release', function () {
  this.timeout(120_000);
  const workbench = useWorkbench('convert-', (workspace) => {
    fs.mkdirSync(path.join(workspace, 'inbox'), { recursive: true });
    fs.copyFileSync(PLAIN_TEXT, path.join(workspace, SOURCE));
  });

  it('shows the converted release without a modal over the diff, and creates it beside the .txt only when the author applies', async () => {
    const { page, workspace } = workbench;
    const original = fs.readFileSync(path.join(workspace, SOURCE), 'utf8');
    await focusWorkbench(page);
    await openFile(page, SOURCE);
    await runCommand(page, 'Pressroom: Convert to Press Release');

    // The diff shows the converted text; a notification (not a modal dialog) and the title bar wait for the author.
    await page.locator('.editor-group-container .tab', { hasText: 'converted release' }).first().waitFor({ timeout: TIMEOUT });
    // (Short fragments: long lines wrap into several view lines.)
    await page.locator('.view-line', { hasText: 'title: Northshire libraries' }).first().waitFor({ timeout: TIMEOUT });
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Create inbox/library-hours.md from inbox/library-hours.txt?' });
    await toast.first().waitFor({ timeout: TIMEOUT });
    await toast.filter({ hasText: 'area: not found in the text' }).first().waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'no modal dialog sits over the diff');
    // The diff can be read to its end while the decision waits: scroll it with the keyboard.
    await page.locator('.editor-group-container .monaco-diff-editor .modified .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.locator('.view-line', { hasText: 'ENDS' }).first().waitFor({ timeout: TIMEOUT });
    assert.equal(fs.existsSync(path.join(workspace, TARGET)), false, 'nothing is written before the author applies');
    await screenshot(workbench, 'convert-preview');

    await page.locator('.editor-actions .action-item a[aria-label="Apply the Converted Release"]').first().click();
    await page.locator('.editor-group-container .tab.active', { hasText: 'library-hours.md' }).waitFor({ timeout: TIMEOUT });
    await page.locator('.view-line', { hasText: 'title: Northshire libraries' }).first().waitFor({ timeout: TIMEOUT });
    await page.locator('.view-line', { hasText: 'date: "09:00 01/05/2026"' }).first().waitFor({ timeout: TIMEOUT });
    await page.locator('.view-line', { hasText: 'name: Jane Doe' }).first().waitFor({ timeout: TIMEOUT });
    await screenshot(workbench, 'convert-result');

    // The new file is unsaved until the author saves it; the plain text stays exactly as it was.
    assert.equal(fs.readFileSync(path.join(workspace, SOURCE), 'utf8'), original);
  });
});
