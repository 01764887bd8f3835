/**
 * The preview in a real workbench (code-server + Chromium, issue 13): after following the editor down a long
 * release, switching the editor to another release shows that one from its top. The two long releases are
 * written into this check's own copy of the workspace.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { focusWorkbench, openFile, previewFrame, runCommand, TIMEOUT, useWorkbench } from './workbench';

const FIRST = { file: 'news/2026-07-01-long-first.md', headline: 'Northshire parks survey results published' };
const SECOND = { file: 'news/2026-07-02-long-second.md', headline: 'Southshire bus timetable changes from July' };

const longRelease = (headline: string, slug: string) =>
  [
    '---',
    `title: ${headline}`,
    'area: Northshire',
    `url: https://www.example.gov.uk/news/${slug}/`,
    'publish:',
    '  date: 09:00 01/07/2026',
    '---',
    '',
    ...Array.from({ length: 150 }, (_, index) => `Paragraph ${index + 1} of the release, long enough to fill a line of the preview.\n`),
    'ENDS',
    '',
  ].join('\n');

describe('VS Code UI: the preview starts another release at its top', function () {
  this.timeout(180_000);
  const workbench = useWorkbench('preview-switch-', (workspace) => {
    fs.mkdirSync(path.join(workspace, 'news'), { recursive: true });
    fs.writeFileSync(path.join(workspace, FIRST.file), longRelease(FIRST.headline, 'parks-survey'));
    fs.writeFileSync(path.join(workspace, SECOND.file), longRelease(SECOND.headline, 'bus-timetable'));
  });

  it('shows the second release from its top after the preview followed the first one down', async () => {
    const { page } = workbench;
    await focusWorkbench(page);
    await openFile(page, FIRST.file);
    await runCommand(page, 'Pressroom: Open Preview to the Side');
    const first = await previewFrame(page, FIRST.headline);

    // The end of the first release in the editor: the preview scrolls with it. A click in the text puts the
    // keyboard there (a command can leave it in the palette or the preview), then the editor shows its last line.
    await runCommand(page, 'View: Focus First Editor Group');
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.locator('.editor-group-container .monaco-editor .view-line', { hasText: 'ENDS' }).first().waitFor({ timeout: TIMEOUT });
    // Checked on every animation frame inside the preview (its CSP forbids Playwright's compiled predicates).
    const followed = await first.evaluate(`new Promise((resolve) => {
      const deadline = Date.now() + ${TIMEOUT};
      const check = () => (window.scrollY > 0 ? resolve(true) : Date.now() > deadline ? resolve(false) : requestAnimationFrame(check));
      check();
    })`);
    assert.equal(followed, true, 'the preview followed the editor down');

    // Another release in the same editor group: the preview follows it, from its top.
    await openFile(page, SECOND.file);
    const second = await previewFrame(page, SECOND.headline);
    assert.equal(await second.evaluate('window.scrollY'), 0);
    assert.equal((await second.locator('.headline').textContent())?.trim(), SECOND.headline);
    await runCommand(page, 'View: Close All Editors');
  });
});
