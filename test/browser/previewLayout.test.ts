// Issue 13's preview layout in real Chromium: on a panel wide enough the social card is beside the release, in view
// without scrolling past the body (and stays in view as the reader scrolls); a picture that cannot load becomes a
// placeholder that says why.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { ORDINARY_RELEASE } from './fixtures';
import { fragmentsOf, inPage, chromiumForSuite, openPreview, ORIGIN, pageHtml, settled, waitInPage } from './harness';

const LONG_RELEASE = ORDINARY_RELEASE + Array.from({ length: 200 }, (_, index) => `\nParagraph ${index + 1}.\n`).join('');

interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

const box = (page: Page, selector: string) =>
  inPage<Box>(page, `(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; })()`);

describe('preview in Chromium: the social card and pictures that cannot load', function () {
  const chromium = chromiumForSuite();

  async function open(text: string) {
    const html = pageHtml(fragmentsOf(text));
    return openPreview(await chromium.open(() => html));
  }

  it('shows the social card beside a long release on a wide panel, in view at the top and after scrolling', async () => {
    const { page } = await open(LONG_RELEASE);
    await page.setViewportSize({ width: 1000, height: 600 });
    const release = await box(page, '.release');
    const card = await box(page, '.social-card');
    assert.ok(release.bottom > 600 * 5, `the body runs well below the first screen (${release.bottom})`);
    assert.ok(card.left >= release.right, `the card is beside the release (card ${card.left}, release ${release.right})`);
    assert.ok(card.top >= 0 && card.bottom <= 600, `the card is in view without scrolling (${card.top}-${card.bottom})`);
    await page.evaluate('window.scrollTo(0, 2000)');
    const scrolled = await box(page, '.social-card');
    assert.ok(scrolled.top >= 0 && scrolled.bottom <= 600, `the card stays in view (${scrolled.top}-${scrolled.bottom})`);
  });

  it('puts the card under the release on a narrow panel, where there is no room beside it', async () => {
    const { page } = await open(ORDINARY_RELEASE);
    await page.setViewportSize({ width: 500, height: 600 });
    const release = await box(page, '.release');
    const card = await box(page, '.social-card');
    assert.ok(card.top >= release.bottom, `the card is below the release (card ${card.top}, release ${release.bottom})`);
  });

  it('replaces a picture that cannot load with a placeholder that says why, under the picture\'s name', async () => {
    const { page, recorder } = await open(ORDINARY_RELEASE.replace('images/map.png', 'images/missing-map.jpg'));
    await settled(page);
    // The error event follows the picture's failed load.
    await waitInPage(page, `document.querySelectorAll('#pressroom-body img').length === 0`);
    const address = `${ORIGIN}/release/images/missing-map.jpg`;
    const why = `Picture not loaded: it could not be fetched (offline, or the address is wrong): ${address}`;
    assert.deepEqual(await inPage(page, `[...document.querySelectorAll('#pressroom-body .picture-failed')].map((element) => [element.tagName, element.getAttribute('role'), element.textContent, element.getAttribute('aria-label')])`), [
      ['SPAN', 'img', why, `Route map. ${why}`],
    ]);
    assert.equal(await inPage(page, `document.querySelectorAll('#pressroom-body img').length`), 0);
    assert.deepEqual(recorder.errors, []);
  });
});
