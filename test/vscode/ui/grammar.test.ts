/**
 * The release grammar (syntaxes/pressroom-release.tmLanguage.json, injected into Markdown) in a real
 * workbench (code-server + Chromium), on releases in the ```yaml fence shape. The cursor is put on a token and
 * "Developer: Inspect Editor Tokens and Scopes" shows the TextMate scopes VS Code gave it; the check reads them
 * from the widget, so it fails if the grammar is not loaded, whatever the colours look like.
 *
 * Two releases are copied into the test's own workspace copy (never into the repository) before the workbench
 * opens: the seed sample, chief-constable-message-2020-03-18.md from the shared samples folder beside the
 * project (../shared/samples/), when it is there; and an invented release (samples/ next to this file) with
 * the contact line, end mark and "Posted on" line the seed sample lacks. Without the seed sample the invented
 * release stands in for it. Screenshots: test-results/screenshots/grammar-*.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { focusWorkbench, goTo, openFile, runCommand, screenshot, TIMEOUT, useWorkbench } from './workbench';

const REPOSITORY = path.resolve(__dirname, '..', '..', '..');
const SEED_SAMPLE = path.resolve(REPOSITORY, '..', 'shared', 'samples', 'chief-constable-message-2020-03-18.md');
const FENCE_SAMPLE = path.join(__dirname, 'samples', '2026-05-01-fence-sample.md');
const INSPECT = 'Developer: Inspect Editor Tokens and Scopes';

/** The 1-based line and column of `text` in a file: the first line that starts with `linePrefix`, `offset` characters into `text`. */
function positionOf(file: string, linePrefix: string, text: string, offset = 1): { line: number; column: number } {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(linePrefix));
  assert.ok(index >= 0, `${path.basename(file)} has no line starting with ${JSON.stringify(linePrefix)}`);
  const column = lines[index].indexOf(text);
  assert.ok(column >= 0, `line ${index + 1} of ${path.basename(file)} does not contain ${JSON.stringify(text)}`);
  return { line: index + 1, column: column + 1 + offset };
}

/**
 * Puts the cursor at line:column of the active editor, opens the token inspector and waits until it lists
 * `scope`; returns the scopes (innermost first) and the token's text. The inspector is closed again (Escape).
 */
async function inspect(page: Page, at: { line: number; column: number }, scope: string, shot?: () => Promise<unknown>): Promise<{ scopes: string[]; token: string }> {
  await goTo(page, at.line, at.column);
  await runCommand(page, INSPECT);
  const widget = page.locator('.token-inspect-widget');
  const scopesCell = widget.locator('.tiw-metadata-scopes').first();
  await scopesCell.filter({ hasText: scope }).waitFor({ timeout: TIMEOUT });
  const scopes = (await scopesCell.innerText()).split('\n').map((line) => line.trim()).filter(Boolean);
  // The heading holds the token's text (spaces shown as \u00b7) followed by a span with its length.
  const shown = await widget.locator('.tiw-token').first().evaluate((heading) => heading.firstChild?.textContent ?? '');
  const token = shown.replace(/\u00b7/g, ' ');
  if (shot) await shot();
  await page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden', timeout: TIMEOUT });
  return { scopes, token };
}

describe('VS Code UI: release grammar on ```yaml fence releases', function () {
  this.timeout(180_000);
  const hasSeed = fs.existsSync(SEED_SAMPLE);
  const seed = hasSeed ? SEED_SAMPLE : FENCE_SAMPLE;
  const workbench = useWorkbench('grammar-', (workspace) => {
    for (const file of new Set([seed, FENCE_SAMPLE])) fs.copyFileSync(file, path.join(workspace, 'news', path.basename(file)));
  });

  before(() => {
    if (!hasSeed) console.warn(`    (the seed sample ${path.relative(REPOSITORY, SEED_SAMPLE)} is missing: the invented fence release stands in for it)`);
  });

  it(`the seed sample (${path.basename(seed)}) gets the release grammar's front matter scopes`, async () => {
    const { page } = workbench;
    await focusWorkbench(page);
    await openFile(page, `news/${path.basename(seed)}`);
    await page.locator('.statusbar-item', { hasText: 'Markdown' }).first().waitFor({ timeout: TIMEOUT });

    // The ```yaml line: the fence opens the release's front matter, not a Markdown code block.
    const fence = await inspect(page, positionOf(seed, '```yaml', '```'), 'punctuation.definition.tag.begin.frontmatter.pressroom', () =>
      screenshot(workbench, 'grammar-token-fence'),
    );
    assert.equal(fence.token, '```');
    assert.equal(fence.scopes[0], 'punctuation.definition.tag.begin.frontmatter.pressroom', fence.scopes.join(' < '));
    assert.ok(fence.scopes.includes('meta.frontmatter.pressroom'), fence.scopes.join(' < '));
    assert.ok(fence.scopes.includes('text.html.markdown'), fence.scopes.join(' < '));
    assert.ok(!fence.scopes.some((scope) => scope.startsWith('markup.fenced_code')), fence.scopes.join(' < '));

    const language = await inspect(page, positionOf(seed, '```yaml', 'yaml'), 'fenced_code.block.language.pressroom');
    assert.equal(language.token, 'yaml');

    // A front matter key is YAML, embedded in the release's front matter.
    const key = await inspect(page, positionOf(seed, 'area:', 'area'), 'meta.embedded.block.frontmatter.pressroom', () =>
      screenshot(workbench, 'grammar-seed-front-matter'),
    );
    assert.equal(key.token, 'area');
    assert.ok(key.scopes.includes('meta.frontmatter.pressroom'), key.scopes.join(' < '));
    assert.ok(key.scopes.some((scope) => scope.endsWith('.yaml')), `no YAML scope: ${key.scopes.join(' < ')}`);
    // The whole sample in the grammar's colours, with no widget over it.
    await screenshot(workbench, 'grammar-seed-sample');
  });

  it('an invented fence release gets the contact, end mark and "Posted on" scopes', async () => {
    const { page } = workbench;
    await focusWorkbench(page);
    await openFile(page, `news/${path.basename(FENCE_SAMPLE)}`);
    await page.locator('.statusbar-item', { hasText: 'Markdown' }).first().waitFor({ timeout: TIMEOUT });

    const fence = await inspect(page, positionOf(FENCE_SAMPLE, '```yaml', '```'), 'punctuation.definition.tag.begin.frontmatter.pressroom');
    assert.ok(fence.scopes.includes('meta.frontmatter.pressroom'), fence.scopes.join(' < '));

    const label = await inspect(page, positionOf(FENCE_SAMPLE, 'Media Enquiries:', 'Media'), 'keyword.other.media-contact.pressroom');
    assert.equal(label.token, 'Media Enquiries');
    assert.ok(label.scopes.includes('meta.media-contact.pressroom'), label.scopes.join(' < '));

    const name = await inspect(page, positionOf(FENCE_SAMPLE, 'Media Enquiries:', 'Jane Doe'), 'entity.name.type.contact.pressroom', () =>
      screenshot(workbench, 'grammar-token-contact-name'),
    );
    assert.equal(name.token, 'Jane Doe');
    assert.ok(name.scopes.includes('meta.media-contact.pressroom'), name.scopes.join(' < '));

    const phone = await inspect(page, positionOf(FENCE_SAMPLE, 'Media Enquiries:', '01632'), 'constant.numeric.phone.pressroom');
    assert.equal(phone.token, '01632 960123');

    const end = await inspect(page, positionOf(FENCE_SAMPLE, 'ENDS', 'ENDS'), 'keyword.control.end-mark.pressroom', () =>
      screenshot(workbench, 'grammar-token-end-mark'),
    );
    assert.equal(end.token, 'ENDS');
    assert.equal(end.scopes[0], 'keyword.control.end-mark.pressroom', end.scopes.join(' < '));
    assert.ok(end.scopes.includes('meta.end-mark.pressroom'), end.scopes.join(' < '));
    assert.ok(end.scopes.includes('text.html.markdown'), end.scopes.join(' < '));

    const posted = await inspect(page, positionOf(FENCE_SAMPLE, 'Posted on', 'Friday'), 'constant.numeric.date.pressroom', () =>
      screenshot(workbench, 'grammar-token-posted-on'),
    );
    assert.equal(posted.token, 'Friday 1st May 2026');
    assert.ok(posted.scopes.includes('meta.posted-on.pressroom'), posted.scopes.join(' < '));
    await screenshot(workbench, 'grammar-fence-sample');
  });
});
