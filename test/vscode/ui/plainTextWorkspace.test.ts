/**
 * A workspace whose releases are all still plain text, in a real workbench: Validate All says there are no
 * releases and how many plain-text files there are, and its action offers those files by name and folder;
 * the one picked is shown converted, as Convert to Press Release shows it, and nothing is written until the
 * author applies it (here the author discards it). The Releases view's welcome offers the same list. The workspace copy is emptied and given two copies of the
 * plain-text sample (samples/ next to this file). Screenshots: test-results/screenshots/plain-text-*.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { focusWorkbench, runCommand, screenshot, TIMEOUT, useWorkbench } from './workbench';

const PLAIN_TEXT = path.join(__dirname, 'samples', 'library-hours.txt');
const FILES = ['inbox/library-hours.txt', 'archive/2025/library-hours.txt'];
const SUMMARY =
  'Pressroom: there are no releases in this workspace, so none were checked; it has 2 plain-text files (.txt), and Convert to Press Release makes a Markdown release of one.';

describe('VS Code UI: a workspace of plain-text releases', function () {
  this.timeout(120_000);
  const workbench = useWorkbench('plain-text-', (workspace) => {
    for (const entry of fs.readdirSync(workspace)) fs.rmSync(path.join(workspace, entry), { recursive: true });
    for (const file of FILES) {
      fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
      fs.copyFileSync(PLAIN_TEXT, path.join(workspace, file));
    }
  });

  it('Validate All names the plain-text files, and its action converts the one picked', async () => {
    const { page, workspace } = workbench;
    await focusWorkbench(page);
    await runCommand(page, 'Pressroom: Validate All Releases in Workspace');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: SUMMARY });
    await toast.first().waitFor({ timeout: TIMEOUT });
    await screenshot(workbench, 'plain-text-summary');
    await toast.locator('.monaco-button', { hasText: 'Convert a Plain-Text Release…' }).first().click();

    // Both files, by name with their folder, in path order.
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.nth(1).waitFor({ timeout: TIMEOUT });
    assert.deepEqual(await rows.locator('.label-description').allInnerTexts(), ['archive/2025', 'inbox']);
    assert.deepEqual(await rows.locator('.label-name').allInnerTexts(), ['library-hours.txt', 'library-hours.txt']);
    await page.locator('.quick-input-widget input').fill('inbox');
    await rows.filter({ hasText: 'inbox' }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');

    const question = page.locator('.notifications-toasts .notification-toast', { hasText: 'Create inbox/library-hours.md from inbox/library-hours.txt?' });
    await question.first().waitFor({ timeout: TIMEOUT });
    await page.locator('.view-line', { hasText: 'title: Northshire libraries' }).first().waitFor({ timeout: TIMEOUT });
    await screenshot(workbench, 'plain-text-converted');
    await question.locator('.monaco-button', { hasText: 'Discard' }).first().click();
    await page.locator('.editor-group-container .tab', { hasText: 'converted release' }).waitFor({ state: 'detached', timeout: TIMEOUT });
    assert.equal(fs.existsSync(path.join(workspace, 'inbox', 'library-hours.md')), false, 'a discarded conversion writes nothing');
    assert.deepEqual(fs.readdirSync(path.join(workspace, 'inbox')), ['library-hours.txt']);
  });

  it('the Releases view\'s welcome offers the same list, through "Convert a Plain-Text Release…"', async () => {
    const { page } = workbench;
    await runCommand(page, 'Explorer: Focus on Releases View');
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Releases' }) });
    await view.locator('.welcome-view-content', { hasText: 'Releases kept as plain text (.txt) become Markdown releases when converted.' }).waitFor({ timeout: TIMEOUT });
    await screenshot(workbench, 'plain-text-releases-view');
    await view.locator('.welcome-view-content .monaco-button', { hasText: 'Convert a Plain-Text Release…' }).click();
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.nth(1).waitFor({ timeout: TIMEOUT });
    await page.locator('.quick-input-widget input').fill('archive');
    await rows.filter({ hasText: 'archive/2025' }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    const question = page.locator('.notifications-toasts .notification-toast', { hasText: 'Create archive/2025/library-hours.md from archive/2025/library-hours.txt?' });
    await question.first().waitFor({ timeout: TIMEOUT });
    await question.locator('.monaco-button', { hasText: 'Discard' }).first().click();
    await page.locator('.editor-group-container .tab', { hasText: 'converted release' }).waitFor({ state: 'detached', timeout: TIMEOUT });
  });
});
