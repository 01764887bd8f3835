/**
 * Completion in a real workbench (code-server + Chromium): typing `area: ` in a release opens the
 * suggest widget with the areas configured in the fixture workspace's settings (pressroom.areas).
 * The screenshot goes to test-results/screenshots/completion-areas.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FILES } from '../fixture';
import { closeBrowser, launchBrowser, openWorkbench } from './workbench';

const TIMEOUT = 30_000;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these checks through \`npm run test:vscode\`.`);
  return value;
}

describe('VS Code UI: front matter completion', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let page: Page;
  let screenshots: string;

  before(async () => {
    screenshots = required('PRESSROOM_SCREENSHOTS');
    fs.mkdirSync(screenshots, { recursive: true });
    browser = await launchBrowser();
    page = await openWorkbench(browser, required('PRESSROOM_VSCODE_URL'));
  });

  after(async () => {
    if (browser) await closeBrowser(browser);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await page.screenshot({ path: path.join(screenshots, 'FAILED-completion-areas.png') }).catch(() => undefined);
    }
  });

  it('typing `area: ` in a release lists the configured areas', async () => {
    // The broken release has no `area` yet: open it, and type the field on a new line after the title.
    const fileName = path.posix.basename(FILES.broken);
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('Control+P');
    const quickInput = page.locator('.quick-input-widget input');
    await quickInput.waitFor({ state: 'visible', timeout: TIMEOUT });
    await quickInput.fill(fileName);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    await page.locator('.editor-group-container .tab.active', { hasText: fileName }).waitFor({ timeout: TIMEOUT });

    const editor = page.locator('.editor-group-container .monaco-editor').first();
    await editor.locator('.view-lines').click();
    // Line 2 (the title): go to its end and open a new line.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('area: ', { delay: 50 });

    const widget = page.locator('.editor-widget.suggest-widget');
    await widget.waitFor({ state: 'visible', timeout: TIMEOUT });
    const rows = widget.locator('.monaco-list-row');
    await rows.filter({ hasText: 'Northshire' }).first().waitFor({ timeout: TIMEOUT });
    const labels = await rows.allInnerTexts();
    assert.ok(labels.some((text) => text.includes('Southshire')), `suggestions: ${labels.join(' | ')}`);
    await page.screenshot({ path: path.join(screenshots, 'completion-areas.png') });

    // Accept the first area and check the line.
    await page.keyboard.press('Enter');
    await page.locator('.view-line', { hasText: 'area: Northshire' }).first().waitFor({ timeout: TIMEOUT });
    // Leave the fixture as it was for the other checks: File: Revert File, then close it.
    await page.keyboard.press('F1');
    await quickInput.waitFor({ state: 'visible', timeout: TIMEOUT });
    await quickInput.fill('>File: Revert File');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Revert File' }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    await page.locator('.view-line', { hasText: 'area: Northshire' }).first().waitFor({ state: 'detached', timeout: TIMEOUT });
    await page.keyboard.press('Control+W');
  });
});
