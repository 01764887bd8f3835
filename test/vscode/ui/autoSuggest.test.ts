/**
 * Completion that opens by itself at a key position of the front matter (issue 13), in a real workbench:
 * Enter at the end of a front matter line opens the suggest widget with the fields allowed there.
 * It types in an untitled release, so the fixture files are never changed.
 * The screenshot goes to test-results/screenshots/completion-key-position.png.
 */
import { discardUntitled, screenshot, TIMEOUT, typeUntitledRelease, useWorkbench } from './workbench';

describe('VS Code UI: completion opens by itself at a key position', function () {
  this.timeout(120_000);
  const workbench = useWorkbench('auto-suggest-');

  afterEach(() => discardUntitled(workbench));

  it('a new line in the front matter lists the fields', async () => {
    const { page } = workbench;
    await typeUntitledRelease(page, '---\n$schema: press-release\ntitle: Library opens\n---\nBody.');

    const widget = page.locator('.editor-widget.suggest-widget');
    // Enter at the end of `title: Library opens`: the fields open by themselves.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await widget.waitFor({ state: 'visible', timeout: TIMEOUT });
    const rows = widget.locator('.monaco-list-row');
    await rows.filter({ hasText: 'area' }).first().waitFor({ timeout: TIMEOUT });
    await screenshot(workbench, 'completion-key-position');
  });
});
