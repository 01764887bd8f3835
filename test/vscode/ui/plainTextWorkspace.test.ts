/**
 * A workspace whose releases are all still plain text, in a real workbench: Validate All says there are no
 * releases and how many plain-text files there are, and its action offers those files by name and folder;
 * the one picked is shown converted, as Convert to Press Release shows it, and nothing is written until the
 * author applies it (here the author discards it). The Releases view's welcome offers the same list, whose
 * first entry converts them all once the author confirms (as does Convert to Press Release on several files
 * chosen in the explorer), naming the transcript it leaves alone, and Validate
 * All then checks the new releases (outside the release folders, each says `$schema`). The
 * workspace copy is emptied and given two copies of the plain-text sample (samples/ next to this file) and a
 * transcript (plainTextFiles.ts). Screenshots: test-results/screenshots/plain-text-*.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { askToConvertAll, expectConvertedAll, NOT_CONVERTED, plainTexts, preparePlainTextWorkspace } from './plainTextFiles';
import { focusWorkbench, runCommand, screenshot, TIMEOUT, useWorkbench } from './workbench';

const SUMMARY =
  'Pressroom: there are no releases in this workspace, so none were checked; it has 3 plain-text files (.txt), and Convert to Press Release makes a Markdown release of one.';

describe('VS Code UI: a workspace of plain-text releases', function () {
  this.timeout(120_000);
  const workbench = useWorkbench('plain-text-', preparePlainTextWorkspace);

  it('Validate All names the plain-text files, and its action converts the one picked', async () => {
    const { page, workspace } = workbench;
    await focusWorkbench(page);
    await runCommand(page, 'Pressroom: Validate All Releases in Workspace');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: SUMMARY });
    await toast.first().waitFor({ timeout: TIMEOUT });
    await screenshot(workbench, 'plain-text-summary');
    await toast.locator('.monaco-button', { hasText: 'Convert a Plain-Text Release…' }).first().click();

    // All of them first, then each file by name with its folder, in path order.
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.nth(3).waitFor({ timeout: TIMEOUT });
    assert.deepEqual(await rows.locator('.label-name').allInnerTexts(), ['All 3 plain-text files', 'library-hours.txt', 'library-hours.txt', 'radio-interview.txt']);
    assert.deepEqual(await rows.locator('.label-description').allInnerTexts(), ['each made a Markdown release beside it, once you confirm', 'archive/2025', 'inbox', 'inbox']);
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
    assert.deepEqual(fs.readdirSync(path.join(workspace, 'inbox')).sort(), ['library-hours.txt', 'radio-interview.txt']);
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

  it('several .txt files chosen in the explorer are converted together, after the same confirmation', async () => {
    const { page, workspace } = workbench;
    await runCommand(page, 'View: Show Explorer');
    await runCommand(page, 'Collapse Folders in Explorer');
    const rows = page.locator('.explorer-folders-view .monaco-list-row');
    await rows.filter({ hasText: 'inbox' }).first().click();
    await rows.filter({ hasText: 'library-hours.txt' }).first().click();
    await rows.filter({ hasText: 'radio-interview.txt' }).first().click({ modifiers: ['Control'] });
    await rows.filter({ hasText: 'radio-interview.txt' }).first().click({ button: 'right' });
    // (Chosen with the keyboard: a click on the item did not reach it in this workbench.)
    await page.locator('.context-view .monaco-menu .action-label', { hasText: 'Convert to Press Release' }).first().hover();
    await page.keyboard.press('Enter');

    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: TIMEOUT });
    assert.equal(await dialog.locator('.dialog-message-text').innerText(), 'Create 1 Markdown release beside its .txt file?');
    assert.match(await dialog.locator('.dialog-message-detail').innerText(), NOT_CONVERTED);
    await dialog.locator('.monaco-button', { hasText: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached', timeout: TIMEOUT });
    assert.deepEqual(fs.readdirSync(path.join(workspace, 'inbox')).sort(), ['library-hours.txt', 'radio-interview.txt'], 'a cancelled conversion writes nothing');
  });

  it('converts them all once the author confirms, leaving each .txt as it was and naming the transcript it did not convert', async () => {
    const { page, workspace } = workbench;
    const originals = plainTexts(workspace);
    const dialog = await askToConvertAll(page, workspace);
    await screenshot(workbench, 'plain-text-convert-all');
    await dialog.locator('.monaco-button', { hasText: 'Create Them' }).click();
    await expectConvertedAll(page, workspace, originals);

    // They are releases now: Validate All checks them, and finds the fields the text did not give.
    // (Read in the notification centre: right after the conversion's notifications, VS Code sometimes files the
    // summary there without showing it as a toast.)
    await runCommand(page, 'Pressroom: Validate All Releases in Workspace');
    await runCommand(page, 'Notifications: Show Notifications');
    const centre = page.locator('.notifications-center');
    await centre.locator('.notification-list-item', { hasText: /Pressroom: \d+ releases? checked|Pressroom: there are no releases/ }).first().waitFor({ timeout: TIMEOUT });
    const messages = await centre.locator('.notification-list-item-message').allInnerTexts();
    assert.ok(messages.some((message) => /^Pressroom: 2 releases checked, 2 with problems \(\d+ errors?, \d+ warnings?\)\.$/.test(message)), messages.join('\n'));
  });
});
