// Real Chromium for the preview's browser tests: pages are served from a made-up https origin through
// Playwright routes (nothing reaches the network), built with the extension's own page and CSP builders.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { parseRelease } from '../../src/core';
import { renderPage, renderRelease, type PreviewFragments } from '../../src/core/render';
import { createNonce } from '../../src/vscode/preview/nonce';

export const ORIGIN = 'https://webview.pressroom.test';
const MEDIA = path.join(__dirname, '..', '..', 'media', 'preview');
export const CHROMIUM = process.env.PRESSROOM_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * The hooks of a suite of page tests: one Chromium for the suite, and the context each test opens (through
 * `open`) closed after it.
 */
export function chromiumForSuite(): { readonly browser: () => Browser; open(html: () => string, options?: { colorScheme?: 'light' | 'dark' }): Promise<BrowserContext>; keep(context: BrowserContext): BrowserContext } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  before(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  after(async () => {
    await context?.close();
    await browser?.close();
  });
  const keep = (opened: BrowserContext) => (context = opened);
  return {
    browser: () => browser!,
    keep,
    open: async (html, options) => keep(await newContext(browser!, html, options)),
  };
}

/** What a test page recorded: messages to the "extension", state saved, dialogs, script errors, CSP reports. */
export interface Recorder {
  readonly dialogs: string[];
  readonly errors: string[];
}

export interface PreviewPage {
  readonly page: Page;
  readonly recorder: Recorder;
}

/** Fragments of a release, with pictures in its folder served from the test origin; web pictures stay off the network. */
export function fragmentsOf(text: string): PreviewFragments {
  return renderRelease(parseRelease(text), { resolveResource: (segments) => `${ORIGIN}/release/${segments.map(encodeURIComponent).join('/')}`, remoteImages: false });
}

/** A full preview page exactly as the panel builds it, with `cspSource` set to the test origin. */
export function pageHtml(fragments: PreviewFragments, documentUri = 'file:///press/release.md'): string {
  return renderPage({
    cspSource: ORIGIN,
    nonce: createNonce(),
    scriptUri: `${ORIGIN}/media/preview/preview.js`,
    styleUri: `${ORIGIN}/media/preview/preview.css`,
    fragments,
    documentUri,
    version: 1,
    remoteImages: false,
  });
}

/** A 1x1 transparent PNG, for pictures the release's folder "holds". */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export async function newContext(browser: Browser, html: () => string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light' });
  // Nothing leaves the machine: the test origin is answered here, everything else is refused.
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
    if (url.pathname === '/index.html') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html() });
    const media = /^\/media\/preview\/(preview\.(?:js|css))$/.exec(url.pathname);
    if (media) {
      const contentType = media[1].endsWith('.js') ? 'text/javascript' : 'text/css';
      return route.fulfill({ status: 200, contentType, body: fs.readFileSync(path.join(MEDIA, media[1])) });
    }
    if (url.pathname.startsWith('/release/') && url.pathname.endsWith('.png')) return route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
    return route.fulfill({ status: 404, body: '' });
  });
  // Stands in for VS Code's webview API, recording what the script sends.
  await context.addInitScript({ path: path.join(__dirname, 'webviewStub.js') });
  return context;
}

export async function openPreview(context: BrowserContext): Promise<PreviewPage> {
  const page = await context.newPage();
  const recorder: Recorder = { dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    recorder.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => recorder.errors.push(error.message));
  await page.goto(`${ORIGIN}/index.html`);
  // The preview script announces itself: it is the one script the CSP lets run.
  await waitInPage(page, "window.__posted.some((message) => message.type === 'ready')");
  return { page, recorder };
}

/**
 * Runs an expression in the page. In-page code is written as strings: the project's type-check has no
 * DOM library, and the expressions are small.
 */
export async function inPage<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

export function posted(page: Page): Promise<unknown[]> {
  return inPage(page, 'window.__posted');
}

/**
 * Waits until an expression is true in the page, checking on every animation frame. (Playwright's
 * string predicates are compiled inside the page, which the preview's CSP rightly forbids.)
 */
export async function waitInPage(page: Page, expression: string, timeoutMs = 10_000): Promise<void> {
  const ok = await page.evaluate(`new Promise((resolve) => {
    const deadline = Date.now() + ${timeoutMs};
    const check = () => {
      if (${expression}) resolve(true);
      else if (Date.now() > deadline) resolve(false);
      else requestAnimationFrame(check);
    };
    check();
  })`);
  if (ok !== true) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${expression}`);
}

/** Sends a message as the extension would (VS Code delivers them as window message events). */
export async function sendToWebview(page: Page, message: unknown): Promise<void> {
  await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
}

/** Waits until the page has settled: loaded, and every picture loaded or failed. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await waitInPage(page, '[...document.images].every((image) => image.complete)');
}
