// The preview page in real Chromium, built with the extension's own page and CSP builders.
import * as assert from 'node:assert/strict';
import { parseWebviewMessage } from '../../src/core/render';
import { HOSTILE_RELEASE, ORDINARY_RELEASE } from './fixtures';
import { fragmentsOf, inPage, chromiumForSuite, openPreview, ORIGIN, pageHtml, posted, sendToWebview, settled, waitInPage } from './harness';

const LONG_RELEASE = ORDINARY_RELEASE + Array.from({ length: 200 }, (_, index) => `\nParagraph ${index + 1}.\n`).join('');
const UNSAFE = '[onerror], [onload], [onclick], [onmouseover], [ontoggle], [onfocus]';

describe('preview in Chromium', function () {
  const chromium = chromiumForSuite();

  async function open(text: string) {
    const html = pageHtml(fragmentsOf(text));
    return openPreview(await chromium.open(() => html));
  }

  describe('hostile release', () => {
    it('runs none of its scripts and shows its markup as text', async () => {
      const { page, recorder } = await open(HOSTILE_RELEASE);
      await settled(page);
      await page.hover('.headline');
      await page.hover('.dates');

      assert.equal(await inPage(page, 'window.__pwned'), undefined);
      assert.deepEqual(recorder.dialogs, []);
      assert.deepEqual(recorder.errors, []);
      assert.equal(await page.locator('script').count(), 1, 'only the preview script is in the page');
      assert.equal(await page.locator(`iframe, svg, style, object, embed, details, ${UNSAFE}`).count(), 0);

      assert.equal(await page.textContent('.headline'), `<script>window.__pwned = 'title'</script><img src=x onerror="window.__pwned='title-img'">`);
      assert.equal(await page.textContent('.area'), `<svg onload="window.__pwned='area'"><script>alert('area')</script></svg>`);
      assert.equal(await page.textContent('.contact-name'), `<iframe src="javascript:alert('name')"></iframe>`);
      assert.equal(await page.textContent('.contact-role'), '<style>body{display:none}</style>');
      assert.equal(await page.textContent('.card-title'), `<script>window.__pwned='og-title'</script>`);
      assert.equal(await page.textContent('.card-description'), `<img src=x onerror="window.__pwned='og-description'">`);
      const body = (await page.textContent('#pressroom-body')) ?? '';
      assert.match(body, /<script>window.__pwned = 'body-script'<\/script>/);
      assert.match(body, /<svg xmlns="http:\/\/www.w3.org\/2000\/svg"><script>window.__pwned='svg'<\/script><\/svg>/);
      assert.match(body, /\[markdown js link\]\(javascript:window.__pwned='md-link'\)/);

      // No link or picture points anywhere but http(s), mailto or the release's folder.
      const urls = await inPage<string[]>(page, `[
        ...[...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        ...[...document.images].map((image) => image.getAttribute('src') ?? ''),
      ]`);
      for (const url of urls) assert.match(url, /^(https?:|mailto:|[^:]*$)/i, url);
      // og:image was not https: the card has no picture.
      assert.equal(await page.locator('.card-image img').count(), 0);
    });

    it('stops markup that got past the renderer with the CSP (defence in depth)', async () => {
      const { page, recorder } = await open(ORDINARY_RELEASE);
      // As if a renderer bug let raw HTML through: the update path must still not run it.
      await sendToWebview(page, {
        type: 'update',
        documentUri: 'file:///press/release.md',
        version: 2,
        fragments: {
          body: `<img id="bad" src="${ORIGIN}/nothing.png" onerror="window.__pwned='csp-img'"><script>window.__pwned='csp-script'</script><a id="js" href="javascript:window.__pwned='csp-link'">x</a>`,
        },
      });
      await page.waitForSelector('#bad');
      await settled(page);
      await waitInPage(page, "window.__violations.some((violation) => violation.startsWith('script-src'))");
      await page.click('#js');
      assert.equal(await inPage(page, 'window.__pwned'), undefined);
      assert.deepEqual(recorder.dialogs, []);
      assert.equal(page.url(), `${ORIGIN}/index.html`);
      // The click became a message, which the extension refuses.
      const last = (await posted(page)).at(-1);
      assert.deepEqual(last, { type: 'openLink', href: "javascript:window.__pwned='csp-link'" });
    });

    it('is harmless even without a CSP: the escaping alone holds', async () => {
      const fragments = fragmentsOf(HOSTILE_RELEASE);
      const context = chromium.keep(await chromium.browser().newContext());
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.setContent(`<!DOCTYPE html><html><body>${fragments.problems}${fragments.header}${fragments.body}${fragments.card}</body></html>`);
      await settled(page);
      await page.hover('.dates');
      assert.equal(await inPage(page, 'window.__pwned'), undefined);
      assert.deepEqual(dialogs, []);
      assert.equal(await page.locator(`script, iframe, svg, style, details, ${UNSAFE}`).count(), 0);
    });
  });

  describe('ordinary release', () => {
    it('shows the release, loads its pictures and hands links to the extension', async () => {
      const { page, recorder } = await open(ORDINARY_RELEASE);
      assert.equal(await page.textContent('.headline'), 'New cycle lanes open in Exampleton');
      assert.equal(await page.textContent('.publish time'), 'Tuesday 14 May 2024, 09:30');
      assert.equal(await page.textContent('.card-domain'), 'www.example.org');
      assert.deepEqual(await page.locator('.card-missing li').allTextContents(), ['No og:image: networks will show a plain link without a picture.']);
      await waitInPage(page, `document.querySelector('img[alt="Route map"]')?.naturalWidth === 1`);

      await page.click('text=the plan');
      await page.click('text=the notes');
      await page.click('.contact-email');
      assert.equal(page.url(), `${ORIGIN}/index.html`, 'the webview never navigates');
      const links = (await posted(page)).filter((message) => (message as { type?: string }).type === 'openLink');
      assert.deepEqual(links, [
        { type: 'openLink', href: 'https://www.example.org/plan' },
        { type: 'openLink', href: 'notes/plan.md' },
        { type: 'openLink', href: 'mailto:jane.doe@example.org' },
      ]);
      for (const message of links) assert.deepEqual(parseWebviewMessage(message), message);
      assert.deepEqual(recorder.errors, []);
      assert.deepEqual(await inPage(page, 'window.__violations'), []);
    });

    it('replaces only the fragments it is sent, keeps the scroll position and saves state', async () => {
      const { page } = await open(LONG_RELEASE);
      await page.setViewportSize({ width: 800, height: 400 });
      await page.evaluate('window.scrollTo(0, 1500)');
      await waitInPage(page, 'window.__state?.scrollY === 1500');
      const card = await page.innerHTML('#pressroom-card');
      await sendToWebview(page, {
        type: 'update',
        documentUri: 'file:///press/release.md',
        version: 2,
        fragments: { header: '<header class="release-header" data-line="0"><h1 class="headline">Changed</h1></header>' },
      });
      await waitInPage(page, `document.querySelector('.headline')?.textContent === 'Changed'`);
      assert.equal(await inPage(page, 'window.scrollY'), 1500);
      assert.equal(await page.innerHTML('#pressroom-card'), card);
      assert.deepEqual(await inPage(page, 'window.__state'), { documentUri: 'file:///press/release.md', scrollY: 1500 });
    });

    it('scrolls to the block of an editor line', async () => {
      const { page } = await open(LONG_RELEASE);
      await page.setViewportSize({ width: 800, height: 400 });
      const line = await inPage<number>(page, `Number(document.querySelectorAll('#pressroom-body p')[100].getAttribute('data-line'))`);
      await sendToWebview(page, { type: 'scrollToLine', line });
      await waitInPage(page, `Math.abs(document.querySelector('[data-line="${line}"]').getBoundingClientRect().top) < 2`);
      assert.match((await page.textContent(`[data-line="${line}"]`)) ?? '', /^Paragraph \d+\.$/);
    });

    it('turns a click on a problem into a reveal message', async () => {
      const { page } = await open(ORDINARY_RELEASE);
      await sendToWebview(page, {
        type: 'update',
        documentUri: 'file:///press/release.md',
        version: 2,
        fragments: {
          problems:
            '<section class="problems has-errors"><ul><li><button type="button" class="problem error" data-start-line="3" data-start-character="0" data-end-line="3" data-end-character="8"><span class="problem-message">Unknown field</span></button></li></ul></section>',
        },
      });
      await page.click('button.problem');
      const reveal = (await posted(page)).at(-1);
      assert.deepEqual(reveal, { type: 'revealRange', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 8 } } });
      assert.deepEqual(parseWebviewMessage(reveal), reveal);
    });
  });
});
