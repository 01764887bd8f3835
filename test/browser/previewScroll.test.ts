// Where the preview starts when it shows another release (issue 13): at the top, whether the panel loads a new
// page for it or is sent an update naming it; only the same release keeps the reader's place.
import * as assert from 'node:assert/strict';
import { ORDINARY_RELEASE } from './fixtures';
import { fragmentsOf, inPage, chromiumForSuite, openPreview, pageHtml, sendToWebview, waitInPage } from './harness';

const LONG_RELEASE = ORDINARY_RELEASE + Array.from({ length: 200 }, (_, index) => `\nParagraph ${index + 1}.\n`).join('');
const FIRST = 'file:///press/first.md';
const SECOND = 'file:///press/second.md';

describe('preview in Chromium: scroll position when the release changes', function () {
  const chromium = chromiumForSuite();

  /** The page of `documentUri`, in a panel whose saved state (VS Code keeps it across pages) is `state`. */
  async function open(documentUri: string, state?: { documentUri: string; scrollY: number }) {
    const html = pageHtml(fragmentsOf(LONG_RELEASE), documentUri);
    const context = await chromium.open(() => html);
    // Runs after the webview stub, before the preview script.
    if (state) await context.addInitScript(`window.__state = ${JSON.stringify(state)};`);
    return openPreview(context);
  }

  it('starts a new page for another release at its top, although the panel saved a place in the last one', async () => {
    const { page } = await open(SECOND, { documentUri: FIRST, scrollY: 1500 });
    assert.equal(await inPage(page, 'window.scrollY'), 0);
    assert.deepEqual(await inPage(page, 'window.__state'), { documentUri: SECOND, scrollY: 0 });
  });

  it('goes back to the top when VS Code puts the new page where the last one was scrolled', async () => {
    const { page } = await open(SECOND, { documentUri: FIRST, scrollY: 1500 });
    // What VS Code's webview host does once the new page has loaded (it keeps the old frame's offset).
    await page.evaluate('window.scroll(0, 1500)');
    await waitInPage(page, 'window.scrollY === 0 && window.__state?.scrollY === 0');
    assert.deepEqual(await inPage(page, 'window.__state'), { documentUri: SECOND, scrollY: 0 });
    // Only that first scroll: the next one stays.
    await page.evaluate('window.scroll(0, 900)');
    await waitInPage(page, 'window.__state?.scrollY === 900');
    assert.equal(await inPage(page, 'window.scrollY'), 900);
  });

  it('leaves the reader\'s own scrolling and the editor\'s alone on a page for another release', async () => {
    const reader = await open(SECOND, { documentUri: FIRST, scrollY: 1500 });
    await reader.page.mouse.move(300, 300);
    await reader.page.mouse.wheel(0, 800);
    await waitInPage(reader.page, 'window.scrollY > 0 && window.__state?.scrollY === Math.round(window.scrollY)');
    await reader.page.context().close();
    const editor = await open(SECOND, { documentUri: FIRST, scrollY: 1500 });
    const line = await inPage<number>(editor.page, `Number(document.querySelectorAll('#pressroom-body p')[100].getAttribute('data-line'))`);
    await sendToWebview(editor.page, { type: 'scrollToLine', line });
    await waitInPage(editor.page, `Math.abs(document.querySelector('[data-line="${line}"]').getBoundingClientRect().top) < 2 && window.__state?.scrollY === Math.round(window.scrollY)`);
    assert.ok(((await inPage(editor.page, 'window.scrollY')) as number) > 0);
  });

  it('comes back to the saved place when the page of the same release loads again (a window reload)', async () => {
    const { page } = await open(FIRST, { documentUri: FIRST, scrollY: 1500 });
    await waitInPage(page, 'window.scrollY === 1500');
    assert.deepEqual(await inPage(page, 'window.__state'), { documentUri: FIRST, scrollY: 1500 });
  });

  it('goes to the top when an update names another release, and saves that place for it', async () => {
    const { page } = await open(FIRST);
    await page.evaluate('window.scrollTo(0, 1500)');
    await waitInPage(page, 'window.__state?.scrollY === 1500');
    await sendToWebview(page, {
      type: 'update',
      documentUri: SECOND,
      version: 1,
      fragments: { header: '<header class="release-header" data-line="0"><h1 class="headline">Second release</h1></header>' },
    });
    await waitInPage(page, `document.querySelector('.headline')?.textContent === 'Second release'`);
    assert.equal(await inPage(page, 'window.scrollY'), 0);
    assert.deepEqual(await inPage(page, 'window.__state'), { documentUri: SECOND, scrollY: 0 });
    assert.equal(await inPage(page, 'document.body.dataset.version'), '1');
  });

  it('keeps the place when an update names the same release', async () => {
    const { page } = await open(FIRST);
    await page.evaluate('window.scrollTo(0, 1500)');
    await waitInPage(page, 'window.__state?.scrollY === 1500');
    await sendToWebview(page, { type: 'update', documentUri: FIRST, version: 2, fragments: { header: '<header class="release-header" data-line="0"><h1 class="headline">Edited</h1></header>' } });
    await waitInPage(page, `document.querySelector('.headline')?.textContent === 'Edited'`);
    assert.equal(await inPage(page, 'window.scrollY'), 1500);
    assert.deepEqual(await inPage(page, 'window.__state'), { documentUri: FIRST, scrollY: 1500 });
  });
});
