import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReleaseOverview } from '../../../src/core';
import { ReleasesTree, type ReleaseNode, type ReleaseSource } from '../../../src/vscode/releases/releasesTree';
import { BOARD_AREA, BOARD_GROUPS, BOARD_PUBLISHED_MONTHS, BOARD_RELEASES } from '../../fixtures/releasesBoard';
import { extension, fixtureUri, show } from './helpers';

/** The part of the extension's API these tests read: the Releases view's tree as VS Code is given it. */
interface TreeApi {
  readonly releases: {
    getChildren(node?: unknown): Promise<unknown[]>;
    getTreeItem(node: unknown): vscode.TreeItem;
    resolveTreeItem(item: vscode.TreeItem, node: unknown): vscode.TreeItem;
    readonly message: string | undefined;
    readonly onDidChangeMessage: vscode.Event<string | undefined>;
  };
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
        // As VS Code does on hover: the tooltip is filled in then.
        for (const grandchild of await releases.getChildren(child)) items.push(releases.resolveTreeItem(releases.getTreeItem(grandchild), grandchild));
      } else items.push(releases.resolveTreeItem(childItem, child));
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

/** An index the test reads step by step: releases and progress change only when the test says. */
class SteppedIndex implements ReleaseSource {
  private readonly releases = new Map<string, ReleaseOverview>();
  private readonly releaseChanged = new vscode.EventEmitter<string | undefined>();
  private readonly progressed = new vscode.EventEmitter<void>();
  readonly onDidChangeRelease = this.releaseChanged.event;
  readonly onDidProgress = this.progressed.event;
  progress = { read: 0, total: undefined as number | undefined, complete: false };

  overviewsNow(): ReleaseOverview[] {
    return [...this.releases.values()];
  }

  overviewOf(key: string): ReleaseOverview | undefined {
    return this.releases.get(key);
  }

  read(total: number, ...releases: ReleaseOverview[]): void {
    for (const release of releases) {
      this.releases.set(release.path, release);
      this.releaseChanged.fire(release.path);
    }
    this.progress = { read: this.progress.read + releases.length, total, complete: this.progress.read + releases.length === total };
    this.progressed.fire();
  }

  dispose(): void {
    this.releaseChanged.dispose();
    this.progressed.dispose();
  }
}

/** 1 June 2050, 09:00 UTC: the stepped tree's clock. */
const STEPPED_NOW = Date.UTC(2050, 5, 1, 9);

function steppedRelease(name: string, headline: string, publishedDaysAgo: number | undefined): ReleaseOverview {
  const at = STEPPED_NOW - (publishedDaysAgo ?? 0) * 86_400_000;
  const date = new Date(at);
  const parts = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: 9, minute: 0 };
  return {
    path: `file:///stepped/${name}.md`,
    headline,
    area: 'Wendshire',
    problems: { errors: 0, warnings: 0, information: 0 },
    socialDescription: undefined,
    contacts: [],
    publish: publishedDaysAgo === undefined ? undefined : { written: 'written', parts, at },
    embargo: undefined,
    needsAttention: false,
    isDraft: publishedDaysAgo === undefined,
  };
}

function nextEvent<T>(event: vscode.Event<T>): Promise<T> {
  return new Promise((resolve) => {
    const listening = event((value) => {
      listening.dispose();
      resolve(value);
    });
  });
}

/** A tree over a stepped index on the stepped clock, disposed after `test`. */
async function withSteppedTree(test: (index: SteppedIndex, tree: ReleasesTree) => Promise<void>): Promise<void> {
  const index = new SteppedIndex();
  const tree = new ReleasesTree(index, { grouping: 'status', sort: 'date', filter: {} }, () => STEPPED_NOW);
  try {
    await test(index, tree);
  } finally {
    tree.dispose();
    index.dispose();
  }
}

function labelsOf(tree: ReleasesTree, nodes: readonly ReleaseNode[]): string[] {
  return nodes.map((node) => {
    const item = tree.getTreeItem(node);
    return item.description && node.kind === 'group' ? `${item.label} (${item.description})` : String(item.label);
  });
}

export function registerReleasesViewTests(): void {
  describe('Releases view while the index is read', () => {
    it("gives a release's tooltip only when VS Code resolves the item (on hover), not with every item", () =>
      withSteppedTree(async (index, tree) => {
        const drawn = nextEvent(tree.onDidChangeTreeData);
        index.read(1, steppedRelease('bus-station', 'New bus station opens', 40));
        await drawn;
        // Published releases are grouped by month: the release is under its month.
        let [release] = tree.getChildren();
        while (release.kind === 'group') [release] = tree.getChildren(release);
        const item = tree.getTreeItem(release);
        assert.equal(item.tooltip, undefined);
        const tooltip = tree.resolveTreeItem(item, release).tooltip as vscode.MarkdownString;
        // MarkdownString.appendText writes spaces as &nbsp; and escapes Markdown's characters: read it back as text.
        assert.equal(tooltip.value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1'), '**New bus station opens**\n\nPublished: Friday 22 April 2050, 09:00\n\nNo problems');
      }));

    it('shows the releases read so far with how far the index has got, then the whole tree and no message', () =>
      withSteppedTree(async (index, tree) => {
        const reading = nextEvent(tree.onDidChangeMessage);
        index.read(3, steppedRelease('bus-station', 'New bus station opens', 40));
        assert.equal(await reading, 'Reading releases: 1 of 3 files…');
        assert.deepEqual(labelsOf(tree, tree.getChildren()), ['Published (1)']);

        const done = nextEvent(tree.onDidChangeMessage);
        index.read(3, steppedRelease('flood-defences', 'Flood defences completed', 100), steppedRelease('market-hall', 'Market hall craft fair', undefined));
        assert.equal(await done, undefined);
        assert.equal(tree.message, undefined);
        const [published, drafts] = tree.getChildren();
        assert.deepEqual(labelsOf(tree, [published, drafts]), ['Published (2)', 'Drafts (1)']);
        const months = tree.getChildren(published);
        assert.deepEqual(labelsOf(tree, months), ['April 2050 (1)', 'February 2050 (1)']);
        assert.deepEqual(labelsOf(tree, tree.getChildren(months[0])), ['New bus station opens']);
        assert.deepEqual(labelsOf(tree, tree.getChildren(drafts)), ['Market hall craft fair']);

        // A change inside a group redraws that group (and its parent), not the whole tree.
        const redrawn = nextEvent(tree.onDidChangeTreeData);
        index.read(3, steppedRelease('bus-station', 'New bus station opens in Wendford', 40));
        const nodes = await redrawn;
        assert.ok(Array.isArray(nodes), `expected the changed groups, got ${String(nodes)}`);
        assert.deepEqual(labelsOf(tree, nodes), ['April 2050 (1)', 'Published (2)']);
        assert.deepEqual(labelsOf(tree, tree.getChildren(months[0])), ['New bus station opens in Wendford']);
      }));

    it('has no message on the extension\'s view once the workspace index is complete', async () => {
      const { releases } = (await extension().activate()) as unknown as TreeApi;
      if (releases.message !== undefined) assert.equal(await nextEvent(releases.onDidChangeMessage), undefined);
      assert.equal(releases.message, undefined);
    });
  });


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
