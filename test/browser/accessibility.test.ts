/**
 * The preview passes axe-core's WCAG 2.1 A and AA rules in real Chromium, in VS Code's light, dark and
 * high-contrast themes, on an ordinary release with a picture that cannot load (the social card's image
 * placeholder), on a broken release (the problems banner, invalid dates, an unquoted phone) and on the
 * seed sample (the real release beside the repository, with its own problems in the banner).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { ORDINARY_RELEASE } from './fixtures';
import { fragmentsOf, inPage, launch, newContext, openPreview, pageHtml } from './harness';
import { applyThemeScript, THEMES, type ThemeName } from './themes';
import { builtInSchema, parseRelease, validateParsed } from '../../src/core';
import { renderProblems } from '../../src/core/render';
import { sharedDataState, standInTest } from '../unit/sharedData';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const BROKEN_RELEASE = `---
title: Harbour bridge closes for repairs
area: Northshire
url: http://www.example.org/news/bridge/
publish:
  date: 31/02/2026 16:55
embargo: next week
og:
  image: https://www.example.org/bridge.jpg
  locale: english
contacts:
  - name: Jane Doe
    phone: 01632960123
---

The bridge closes on Monday. ![The bridge](images/bridge.png)
`;

/** A release's fragments, with its problems in the banner. */
function fragmentsWithProblems(text: string) {
  const parsed = parseRelease(text);
  return { ...fragmentsOf(text), problems: renderProblems(validateParsed(parsed, builtInSchema())) };
}

const shared = sharedDataState();
const SEED_SAMPLE = path.join(shared.root, 'samples', 'chief-constable-message-2020-03-18.md');

interface AxeViolation {
  readonly id: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary: string }[];
}

describe('preview accessibility (axe-core, WCAG 2.1 AA)', function () {
  this.timeout(90_000);
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser.close();
  });

  const releases: [string, () => string][] = [
    ['the ordinary release', () => pageHtml(fragmentsOf(ORDINARY_RELEASE))],
    ['a broken release', () => pageHtml(fragmentsWithProblems(BROKEN_RELEASE))],
  ];
  if (shared.kind === 'present') releases.push(['the seed sample', () => pageHtml(fragmentsWithProblems(fs.readFileSync(SEED_SAMPLE, 'utf8')))]);
  else {
    const standIn = standInTest(shared);
    if (standIn.run) it(standIn.title, standIn.run);
    else it(standIn.title);
  }
  for (const [what, html] of releases) {
    for (const theme of Object.keys(THEMES) as ThemeName[]) {
      it(`${what} in the ${theme} theme has no violations`, async () => {
        const context = await newContext(browser, html, { colorScheme: THEMES[theme].colorScheme });
        try {
          const { page, recorder } = await openPreview(context);
          await inPage(page, applyThemeScript(theme));
          // axe is evaluated, not loaded as a script: the page's CSP admits only the preview's own.
          await page.evaluate(AXE);
          const violations = await inPage<AxeViolation[]>(
            page,
            `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`,
          );
          assert.deepEqual(violations, []);
          assert.deepEqual(recorder.errors, []);
        } finally {
          await context.close();
        }
      });
    }
  }
});
