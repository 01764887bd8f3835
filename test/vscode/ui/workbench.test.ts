/**
 * UI checks in a real VS Code workbench (code-server) in a real browser (Chromium through playwright-core).
 * scripts/vscode/test.mjs starts code-server on a copy of the fixture workspace with the packaged VSIX
 * installed, and passes its address in PRESSROOM_VSCODE_URL.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BROKEN_DIAGNOSTICS, FILES, WORKSPACE_MESSAGE } from '../fixture';
import { closeBrowser, launchBrowser, openWorkbench } from './workbench';

const TIMEOUT = 30_000;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these checks through \`npm run test:vscode\`.`);
  return value;
}

describe('VS Code UI (code-server + Chromium)', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let page: Page;
  let screenshots: string;

  before(async () => {
    const url = required('PRESSROOM_VSCODE_URL');
    screenshots = required('PRESSROOM_SCREENSHOTS');
    fs.mkdirSync(screenshots, { recursive: true });
    browser = await launchBrowser();
    page = await openWorkbench(browser, url);
  });

  after(async () => {
    if (browser) await closeBrowser(browser);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const name = (this.currentTest.title ?? 'failure').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await page.screenshot({ path: path.join(screenshots, `FAILED-${name}.png`) }).catch(() => undefined);
    }
  });

  it('shows the broken release\'s problems in the Problems panel', async () => {
    const fileName = path.posix.basename(FILES.broken);
    // Quick Open (Ctrl+P), then the file's name.
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('Control+P');
    const quickInput = page.locator('.quick-input-widget input');
    await quickInput.waitFor({ state: 'visible', timeout: TIMEOUT });
    await quickInput.fill(fileName);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    await page.locator('.editor-group-container .tab.active', { hasText: fileName }).waitFor({ timeout: TIMEOUT });

    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-tl-contents');
    for (const expected of BROKEN_DIAGNOSTICS) {
      const position = `[Ln ${expected.range[0] + 1}, Col ${expected.range[1] + 1}]`;
      await rows.filter({ hasText: expected.message }).filter({ hasText: position }).first().waitFor({ timeout: TIMEOUT });
    }
    const texts = await rows.allInnerTexts();
    const problemRows = texts.filter((text) => /\[Ln \d+, Col \d+\]/.test(text));
    assert.equal(problemRows.length, BROKEN_DIAGNOSTICS.length, `Problems panel rows:\n${texts.join('\n')}`);
    for (const row of problemRows) assert.match(row, /pressroom/, row);
    assert.ok(!texts.some((text) => text.includes(path.posix.basename(FILES.notARelease))), 'the meeting notes must have no problems');
    await page.screenshot({ path: path.join(screenshots, 'problems-panel.png') });
  });

  it('runs "Pressroom: Validate All Releases in Workspace" from the command palette and shows the counts', async () => {
    await page.keyboard.press('F1');
    const quickInput = page.locator('.quick-input-widget input');
    await quickInput.waitFor({ state: 'visible', timeout: TIMEOUT });
    await quickInput.fill('>Pressroom: Validate All Releases in Workspace');
    await page
      .locator('.quick-input-list .monaco-list-row', { hasText: 'Pressroom: Validate All Releases in Workspace' })
      .first()
      .waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: WORKSPACE_MESSAGE });
    await toast.first().waitFor({ state: 'visible', timeout: TIMEOUT });
    await page.screenshot({ path: path.join(screenshots, 'validate-workspace-notification.png') });
  });
});
