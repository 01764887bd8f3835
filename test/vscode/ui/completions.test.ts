/**
 * Completion in a real workbench (code-server + Chromium): typing `area: ` in a release opens the
 * suggest widget with the areas configured in the fixture workspace's settings (pressroom.areas).
 * It types in an untitled release (a `$schema` front matter), so the fixture files are never changed.
 * The screenshot goes to test-results/screenshots/completion-areas.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
    if (!page) return;
    if (this.currentTest?.state === 'failed') {
      await page.screenshot({ path: path.join(screenshots, 'FAILED-completion-areas.png') }).catch(() => undefined);
    }
    // Close the untitled file without saving it.
    await page.keyboard.press('Escape');
    await runCommand('View: Revert and Close Editor');
  });

  /** Runs a command from the palette by its title. */
  async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('F1');
    const quickInput = page.locator('.quick-input-widget input');
    await quickInput.waitFor({ state: 'visible', timeout: TIMEOUT });
    await quickInput.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
  }

  it('typing `area: ` in a release lists the configured areas', async () => {
    // An untitled Markdown file whose front matter names a schema is a release; the fixture files stay untouched.
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('Control+N');
    await page.locator('.editor-group-container .tab.active', { hasText: 'Untitled' }).waitFor({ timeout: TIMEOUT });
    await runCommand('Change Language Mode');
    const quickInput = page.locator('.quick-input-widget input');
    await quickInput.fill('Markdown');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Markdown' }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: 'Markdown' }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.type('---\n$schema: press-release\ntitle: Library opens\n---\n', { delay: 20 });
    // Back to the line before the closing ---, then a new line for the area.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('area: ', { delay: 50 });

    const widget = page.locator('.editor-widget.suggest-widget');
    // The space after the colon is a trigger character; if the list has not opened by itself, ask for it.
    const opened = await widget.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
    if (!opened) {
      console.warn('    (the suggest widget did not open on its own after `area: `; opening it with Ctrl+Space)');
      await page.keyboard.press('Control+Space');
      await widget.waitFor({ state: 'visible', timeout: TIMEOUT });
    }
    const rows = widget.locator('.monaco-list-row');
    await rows.filter({ hasText: 'Northshire' }).first().waitFor({ timeout: TIMEOUT });
    const labels = await rows.allInnerTexts();
    assert.ok(labels.some((text) => text.includes('Southshire')), `suggestions: ${labels.join(' | ')}`);
    await page.screenshot({ path: path.join(screenshots, 'completion-areas.png') });

    // Accept the first area and check the line.
    await page.keyboard.press('Enter');
    await page.locator('.view-line', { hasText: 'area: Northshire' }).first().waitFor({ timeout: TIMEOUT });
  });
});
