/**
 * The Releases view in a real VS Code workbench (code-server) in Chromium: filtered to the fixture folder's
 * area, it shows the status groups with their counts, and each row carries the full label a screen reader
 * reads, and hovering a release shows its tooltip (made only then, through resolveTreeItem). The screenshot (test-results/screenshots/releases-view.png) is the README's docs/images/releases-view.png.
 */
import * as assert from 'node:assert/strict';
import { BOARD_AREA, BOARD_GROUPS, BOARD_RELEASES } from '../../fixtures/releasesBoard';
import { FILES, STATUS_VALID } from '../fixture';
import { focusWorkbench, openFile, runCommand, runCommandAndPick, screenshot, TIMEOUT, useWorkbench } from './workbench';

describe('Releases view (code-server + Chromium)', function () {
  this.timeout(180_000);
  const workbench = useWorkbench('releases-');

  it('groups the releases by status, with counts and full accessible labels', async () => {
    const { page } = workbench;
    await focusWorkbench(page);
    await openFile(page, FILES.valid);
    // The extension is active once its status bar item speaks for the release.
    await page.locator('.statusbar-item', { hasText: STATUS_VALID.replace(/\$\([^)]*\)\s*/g, '') }).first().waitFor({ timeout: TIMEOUT });
    await runCommandAndPick(page, 'Pressroom: Show Releases of an Area…', BOARD_AREA);
    await runCommand(page, 'Explorer: Focus on Releases View');
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Releases' }) });
    const rows = view.locator('.monaco-list-row');
    await rows.filter({ hasText: BOARD_RELEASES[0].headline }).first().waitFor({ timeout: TIMEOUT });
    // A tree draws only the rows in sight: collapse the groups so every group's row is there to read.
    await view.locator('.pane-header').hover();
    await view.locator('.pane-header .action-label[aria-label^="Collapse All"]').click();
    for (const group of BOARD_GROUPS) {
      const [, label, count] = /^(.*) \((\d+)\)$/.exec(group)!;
      await rows.filter({ hasText: label }).filter({ hasText: count }).first().waitFor({ timeout: TIMEOUT });
    }
    // Open the Embargoed group: its release reads in full to a screen reader.
    await rows.filter({ hasText: 'Embargoed' }).first().click();
    const embargoed = rows.filter({ hasText: BOARD_RELEASES[1].headline }).first();
    await embargoed.waitFor({ timeout: TIMEOUT });
    assert.equal(await embargoed.getAttribute('aria-label'), 'Harbour wall repairs to begin. Embargoed, Embargoed until Monday 1 June 2099, 09:00, area Wendshire, No problems.');
    // Keyboard navigation as in any tree: focus the release, then move down to the next group.
    await embargoed.click();
    await page.keyboard.press('ArrowDown');
    await view.locator('.monaco-list-row.focused', { hasText: 'Scheduled' }).waitFor({ timeout: TIMEOUT });
    await screenshot(workbench, 'releases-view');
    // The tooltip is made when VS Code resolves the hovered item: the release's social description and contact.
    // The pointer is still on the row from the click: away, then back, so the workbench sees it arrive (again if
    // a redraw of the row took the hover away before it showed).
    const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'Work to repair the harbour wall begins in June' });
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      await page.mouse.move(0, 0);
      await embargoed.hover();
      const shown = await hover
        .first()
        .waitFor({ timeout: 5_000 })
        .then(() => true, () => false);
      if (shown) break;
      if (Date.now() > deadline) throw new Error("the release's tooltip never showed on hover");
    }
    // The tooltip's text is written with non-breaking spaces (MarkdownString.appendText).
    assert.equal(
      (await hover.first().innerText()).replace(/\u00a0/g, ' '),
      [
        'Harbour wall repairs to begin',
        'Embargoed: Embargoed until Monday 1 June 2099, 09:00',
        'Work to repair the harbour wall begins in June, Wendshire Council said today.',
        'Contact: Robin Ashdown, Media Officer, 01632 960418, robin.ashdown@wendshire.gov.uk',
        'No problems',
      ].join('\n\n'),
    );
  });
});
