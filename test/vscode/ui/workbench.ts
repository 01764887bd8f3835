/**
 * The browser side of the harness: Debian's Chromium driven by playwright-core (Playwright's own browsers
 * cannot be downloaded on these machines), opening code-server's workbench. Used by the Playwright UI
 * checks and by scripts/vscode/test.mjs, which connects a browser so code-server starts an extension host.
 * The UI checks also share the steps below: the hooks that open the workbench, running a command, opening a
 * file, moving the cursor and taking screenshots.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

/** How long a UI check waits for one piece of the workbench to appear. */
export const TIMEOUT = 30_000;

export const CHROMIUM = process.env.PRESSROOM_CHROMIUM ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) or set PRESSROOM_CHROMIUM.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // The harness stops the browser itself, in its own signal handlers.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Opens the workbench at `url` and waits until it is drawn. */
export async function openWorkbench(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  return page;
}

/** Closes the browser, giving up after a while rather than hanging the run. */
export async function closeBrowser(browser: Browser): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    browser.close().catch(() => undefined),
    new Promise((resolve) => {
      timer = setTimeout(resolve, 10_000);
    }),
  ]);
  clearTimeout(timer);
}

/** An environment variable set by `npm run test:vscode`. */
export function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these checks through \`npm run test:vscode\`.`);
  return value;
}

/** What a UI test file works with; `page` is set once the `before` hook has opened the workbench. */
export interface Workbench {
  page: Page;
  /** test-results/screenshots/ */
  screenshots: string;
  /** The copy of the fixture workspace that code-server has open (never the committed files). */
  workspace: string;
}

/**
 * Registers a test file's hooks (call it inside `describe`): before, a browser on the workbench at
 * PRESSROOM_VSCODE_URL (`prepare` runs first, e.g. to add files to the workspace copy); after each failing test,
 * a `FAILED-<prefix><test title>.png` screenshot; after all, the browser is closed.
 */
export function useWorkbench(prefix: string, prepare?: (workspace: string) => void | Promise<void>): Workbench {
  let browser: Browser | undefined;
  const workbench = {} as Workbench;

  before(async () => {
    const url = required('PRESSROOM_VSCODE_URL');
    workbench.screenshots = required('PRESSROOM_SCREENSHOTS');
    workbench.workspace = required('PRESSROOM_WORKSPACE');
    fs.mkdirSync(workbench.screenshots, { recursive: true });
    if (prepare) await prepare(workbench.workspace);
    browser = await launchBrowser();
    workbench.page = await openWorkbench(browser, url);
  });

  after(async () => {
    if (browser) await closeBrowser(browser);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && workbench.page) {
      const name = (this.currentTest.title ?? 'failure').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await workbench.page.screenshot({ path: path.join(workbench.screenshots, `FAILED-${prefix}${name}.png`) }).catch(() => undefined);
    }
  });

  return workbench;
}

/** Saves a screenshot of the whole workbench as `<screenshots>/<name>.png`; returns its path. */
export async function screenshot(workbench: Workbench, name: string): Promise<string> {
  const file = path.join(workbench.screenshots, `${name}.png`);
  await workbench.page.screenshot({ path: file });
  return file;
}

/** Gives the workbench the keyboard (a click in the editor area). */
export async function focusWorkbench(page: Page): Promise<void> {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
}

/**
 * Opens a quick input with `open`, types `value` and presses Enter on the first row showing `rowText`. A quick
 * input lists what the workbench knows when it opens, so while the workbench is still registering extensions
 * (their commands, their languages) it is opened again until the row is there.
 */
async function pickWithRetry(page: Page, open: () => Promise<void>, value: string, rowText: string, attempts: number): Promise<void> {
  const quickInput = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first();
  for (let attempt = 1; ; attempt++) {
    await open();
    await quickInput.waitFor({ state: 'visible', timeout: TIMEOUT });
    await quickInput.fill(value);
    try {
      await row.waitFor({ timeout: TIMEOUT / attempts });
      break;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('Enter');
}

/** Runs a command from the palette (F1) by its title. */
export async function runCommand(page: Page, title: string, attempts = 3): Promise<void> {
  await pickWithRetry(page, () => page.keyboard.press('F1'), `>${title}`, title, attempts);
}

/** Runs a command that asks for a choice (e.g. "Change Language Mode") and picks `item`. */
export async function runCommandAndPick(page: Page, title: string, item: string, attempts = 3): Promise<void> {
  await pickWithRetry(page, () => runCommand(page, title), item, item, attempts);
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits until its tab is the active one. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const fileName = path.posix.basename(relativePath);
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ state: 'visible', timeout: TIMEOUT });
  await quickInput.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.editor-group-container .tab.active', { hasText: fileName }).waitFor({ timeout: TIMEOUT });
}

/** Moves the active editor's cursor with Go to Line (Ctrl+G); line and column count from 1, as the dialog does. */
export async function goTo(page: Page, line: number, column = 1): Promise<void> {
  await page.keyboard.press('Control+G');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ state: 'visible', timeout: TIMEOUT });
  await page.keyboard.type(`${line}:${column}`);
  // Enter only acts once the dialog has read the position and offers to go there.
  const target = page.locator('.quick-input-list .monaco-list-row', { hasText: `Go to line ${line} and character ${column}` });
  await target.first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await quickInput.waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** The preview's content frame (the webview iframe's inner frame that holds our page), once its headline shows `headline` when given. */
export async function previewFrame(page: Page, headline?: string): Promise<Frame> {
  const options = headline === undefined ? {} : { hasText: headline };
  // Wait through the nested webview frames until the headline is drawn...
  await page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('.headline', options).waitFor({ timeout: TIMEOUT });
  // ...then take that frame from page.frames().
  for (const frame of page.frames()) {
    if ((await frame.locator('#pressroom-header .headline', options).count().catch(() => 0)) > 0) return frame;
  }
  throw new Error(`no frame holds the preview${headline === undefined ? '' : ` of "${headline}"`} (frames: ${page.frames().map((frame) => frame.url()).join(', ')})`);
}

/**
 * Types `text` into a new untitled Markdown file and waits until Pressroom has checked it as a release (an
 * untitled file whose front matter names a `$schema` is one), so the fixture files stay untouched.
 */
export async function typeUntitledRelease(page: Page, text: string): Promise<void> {
  await focusWorkbench(page);
  await page.keyboard.press('Control+N');
  await page.locator('.editor-group-container .tab.active', { hasText: 'Untitled' }).waitFor({ timeout: TIMEOUT });
  // Languages come from extensions (Markdown from a built-in one): until the workbench has registered them the
  // picker has no Markdown row, so it is opened again.
  await runCommandAndPick(page, 'Change Language Mode', 'Markdown');
  await page.locator('.statusbar-item', { hasText: 'Markdown' }).first().waitFor({ timeout: TIMEOUT });
  // Line by line, each inserted as text: Pressroom opens completion by itself at a key position, and a key
  // typed into the open list (Enter, or a commit character such as `:`) would accept a suggestion instead.
  // Escape closes any list before each line break.
  for (const [index, line] of text.split('\n').entries()) {
    if (index > 0) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
    }
    if (line) await page.keyboard.insertText(line);
  }
  // Pressroom's status bar item shows once the extension is active and has checked this file as a release:
  // only then are its completion provider and trigger characters registered.
  await page.locator('.statusbar-item', { hasText: /\d+ problems?|Release valid/ }).first().waitFor({ timeout: TIMEOUT });
}

/** Inserts the release snippet as an author does in the open editor: its prefix, the suggestion list (Ctrl+Space), Enter. */
export async function insertReleaseSnippet(page: Page): Promise<void> {
  await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
  await page.keyboard.type('release', { delay: 30 });
  await page.keyboard.press('Control+Space');
  const widget = page.locator('.editor-widget.suggest-widget');
  await widget.locator('.monaco-list-row.focused', { hasText: 'release' }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

/** Closes the active untitled file without saving it (after closing any open widget). */
export async function discardUntitled(workbench: Workbench): Promise<void> {
  const { page } = workbench;
  if (!page) return;
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Revert and Close Editor');
}

/**
 * Opens the Problems panel and waits for a row per expected diagnostic (its message at its 1-based place), then
 * checks there are no others and each names Pressroom. Returns every row's text.
 */
export async function expectProblemRows(page: Page, expected: readonly { readonly message: string; readonly range: readonly number[] }[]): Promise<string[]> {
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-tl-contents');
  for (const diagnostic of expected) {
    const position = `[Ln ${diagnostic.range[0] + 1}, Col ${diagnostic.range[1] + 1}]`;
    await rows.filter({ hasText: diagnostic.message }).filter({ hasText: position }).first().waitFor({ timeout: TIMEOUT });
  }
  const texts = await rows.allInnerTexts();
  const problemRows = texts.filter((text) => /\[Ln \d+, Col \d+\]/.test(text));
  assert.equal(problemRows.length, expected.length, `Problems panel rows:\n${texts.join('\n')}`);
  for (const row of problemRows) assert.match(row, /pressroom/, row);
  return texts;
}
