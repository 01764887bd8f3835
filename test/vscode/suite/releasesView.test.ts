import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BOARD_AREA, BOARD_GROUPS, BOARD_PUBLISHED_MONTHS, BOARD_RELEASES } from '../../fixtures/releasesBoard';
import { extension, fixtureUri, show } from './helpers';

/** The part of the extension's API these tests read: the Releases view's tree as VS Code is given it. */
interface TreeApi {
  readonly releases: { getChildren(node?: unknown): Promise<unknown[]>; getTreeItem(node: unknown): vscode.TreeItem };
}

interface ShownGroup {
  readonly label: string;
  readonly groups: string[];
  readonly items: vscode.TreeItem[];
}

async function tree(): Promise<ShownGroup[]> {
  const { releases } = (await extension().activate()) as unknown as TreeApi;
  const shown: ShownGroup[] = [];
  for (const node of await releases.getChildren()) {
    const item = releases.getTreeItem(node);
    const children = await releases.getChildren(node);
    const groups: string[] = [];
    const items: vscode.TreeItem[] = [];
    for (const child of children) {
      const childItem = releases.getTreeItem(child);
      if (childItem.contextValue === 'pressroomReleaseGroup') {
        groups.push(`${childItem.label} (${childItem.description})`);
        for (const grandchild of await releases.getChildren(child)) items.push(releases.getTreeItem(grandchild));
      } else items.push(childItem);
    }
    shown.push({ label: `${item.label} (${item.description})`, groups, items });
  }
  return shown;
}

/** Re-reads the tree until `check` holds (the view follows edits after the analysis' 300 ms pause). */
async function treeWhen(what: string, check: (shown: ShownGroup[]) => boolean, timeoutMs = 15_000): Promise<ShownGroup[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const shown = await tree();
    if (check(shown)) return shown;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(shown.map((group) => group.label))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function registerReleasesViewTests(): void {
  describe('Releases view', () => {
    before(async () => {
      await vscode.commands.executeCommand('pressroom.releases.groupBy', 'status');
      await vscode.commands.executeCommand('pressroom.releases.sortBy', 'date');
      await vscode.commands.executeCommand('pressroom.releases.filterByHeadline', '');
      await vscode.commands.executeCommand('pressroom.releases.filterByArea', BOARD_AREA);
    });

    after(async () => {
      await vscode.commands.executeCommand('pressroom.releases.clearFilters');
    });

    it('groups the fixture releases by status, with counts, labels and the order pressroom list prints', async () => {
      const shown = await treeWhen('the fixture releases', (groups) => groups.length === BOARD_GROUPS.length);
      assert.deepEqual(
        shown.map((group) => group.label),
        BOARD_GROUPS,
      );
      assert.deepEqual(shown.find((group) => group.label.startsWith('Published'))?.groups, BOARD_PUBLISHED_MONTHS);
      const items = shown.flatMap((group) => group.items);
      assert.deepEqual(
        items.map((item) => [item.label, String(item.description).split(' · ')[0], (item.resourceUri as vscode.Uri).toString()]),
        BOARD_RELEASES.map((release) => [release.headline, release.date, fixtureUri(release.file).toString()]),
      );
      const embargoed = items[1];
      assert.equal(embargoed.accessibilityInformation?.label, 'Harbour wall repairs to begin. Embargoed, Embargoed until Monday 1 June 2099, 09:00, area Wendshire, No problems.');
      assert.equal(embargoed.command?.command, 'vscode.open');
      // MarkdownString.appendText writes spaces as &nbsp; and escapes Markdown's characters: read it back as text.
      const tooltipText = (embargoed.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
      assert.match(tooltipText, /Work to repair the harbour wall begins in June, Wendshire Council said today\.[\s\S]*Contact: Robin Ashdown, Media Officer, 01632 960418, robin\.ashdown@wendshire\.gov\.uk/);
    });

    it('moves a release to Scheduled when its embargo is edited to a time already past', async () => {
      const file = BOARD_RELEASES[1].file;
      const editor = await show(file);
      const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('embargo:'));
      try {
        await editor.edit((edit) => edit.replace(new vscode.Range(line, 0, line, editor.document.lineAt(line).text.length), 'embargo: 09:00 01/06/2001'));
        const shown = await treeWhen('the release under Scheduled', (groups) => groups.some((group) => group.label === 'Scheduled (2)'));
        assert.deepEqual(
          shown.find((group) => group.label === 'Scheduled (2)')?.items.map((item) => [item.label, item.description]),
          [
            ['Summer reading challenge opens at every library', 'Tuesday 15 July 2098, 10:00 · Wendshire'],
            ['Harbour wall repairs to begin', 'Monday 1 June 2099, 09:00 · Wendshire'],
          ],
        );
      } finally {
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      await treeWhen('the release back under Embargoed', (groups) => groups.some((group) => group.label === 'Embargoed (1)'));
    });
  });
}
