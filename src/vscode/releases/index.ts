/**
 * The Releases view and its commands: the workspace release index, the tree, the Explorer badges, and
 * the view's choices (grouping, sort, filters) kept per workspace.
 */
import * as vscode from 'vscode';
import { GROUPINGS, SORT_ORDERS, type Grouping, type SortOrder } from '../../core';
import { onDidChangeSettings, readSettings } from '../settings';
import { ReleaseDecorations } from './decorations';
import type { WorkspaceReleases } from './releaseIndex';
import { ReleasesTree, type ReleaseNode, type ViewChoices } from './releasesTree';

export { ReleasesTree, releaseLabelFor, type ReleaseNode, type ReleaseSource, type ViewChoices } from './releasesTree';
export { WorkspaceReleases, type IndexDependencies, type IndexProgress } from './releaseIndex';

export const RELEASES_VIEW = 'pressroom.releases';
const CHOICES_KEY = 'pressroom.releases.choices';
const DEFAULT_CHOICES: ViewChoices = { grouping: 'status', sort: 'date', filter: {} };

const GROUPING_LABELS: Record<Grouping, string> = { status: 'By status', area: 'By area', month: 'By month' };
const SORT_LABELS: Record<SortOrder, string> = { date: 'By date (upcoming soonest first, the rest newest first)', headline: 'By headline (A to Z)' };

function storedChoices(state: vscode.Memento): ViewChoices {
  const stored = state.get<Partial<ViewChoices>>(CHOICES_KEY) ?? {};
  return {
    grouping: GROUPINGS.includes(stored.grouping as Grouping) ? (stored.grouping as Grouping) : DEFAULT_CHOICES.grouping,
    sort: SORT_ORDERS.includes(stored.sort as SortOrder) ? (stored.sort as SortOrder) : DEFAULT_CHOICES.sort,
    filter: typeof stored.filter === 'object' && stored.filter !== null ? stored.filter : {},
  };
}

/** The release a command was run on: a tree item's, or the given address. */
function uriOf(target: unknown): vscode.Uri | undefined {
  if (target instanceof vscode.Uri) return target;
  const node = target as ReleaseNode | undefined;
  return node?.kind === 'release' ? vscode.Uri.parse(node.placed.release.path) : undefined;
}

export interface ReleasesView {
  readonly tree: ReleasesTree;
  readonly disposable: vscode.Disposable;
}

/** The view over the workspace index (which the composition root owns and disposes). */
export function registerReleasesView(context: vscode.ExtensionContext, index: WorkspaceReleases): ReleasesView {
  const tree = new ReleasesTree(index, storedChoices(context.workspaceState));
  const decorations = new ReleaseDecorations(readSettings().decorationsEnabled);
  const view = vscode.window.createTreeView(RELEASES_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  // How far the index has read, while it reads, then the filters in force.
  const showMessage = () => {
    const { area, headline } = tree.current.filter;
    const filters = area || headline ? `Showing ${[area ? `area ${area}` : '', headline ? `headlines with "${headline}"` : ''].filter(Boolean).join(' and ')}` : undefined;
    view.message = [tree.message, filters].filter(Boolean).join(' ') || undefined;
  };
  const choose = async (choices: Partial<ViewChoices>) => {
    tree.choose(choices);
    await context.workspaceState.update(CHOICES_KEY, tree.current);
    showMessage();
  };
  showMessage();
  const disposable = vscode.Disposable.from(
    tree,
    decorations,
    view,
    tree.onDidArrange((placed) => decorations.update(placed)),
    tree.onDidChangeMessage(showMessage),
    vscode.window.registerFileDecorationProvider(decorations),
    onDidChangeSettings((change) => {
      if (change.names.has('decorationsEnabled')) decorations.setEnabled(readSettings().decorationsEnabled);
    }),
    vscode.commands.registerCommand('pressroom.releases.groupBy', async (grouping?: unknown) => {
      const chosen = GROUPINGS.includes(grouping as Grouping)
        ? (grouping as Grouping)
        : (await vscode.window.showQuickPick(GROUPINGS.map((value) => ({ label: GROUPING_LABELS[value], value })), { title: 'Group releases' }))?.value;
      if (chosen) await choose({ grouping: chosen });
    }),
    vscode.commands.registerCommand('pressroom.releases.sortBy', async (sort?: unknown) => {
      const chosen = SORT_ORDERS.includes(sort as SortOrder)
        ? (sort as SortOrder)
        : (await vscode.window.showQuickPick(SORT_ORDERS.map((value) => ({ label: SORT_LABELS[value], value })), { title: 'Sort releases' }))?.value;
      if (chosen) await choose({ sort: chosen });
    }),
    vscode.commands.registerCommand('pressroom.releases.filterByArea', async (area?: unknown) => {
      let chosen = typeof area === 'string' ? area : undefined;
      if (chosen === undefined) {
        const areas = [...new Set((await index.releases()).flatMap((release) => (release.area ? [release.area] : [])))].sort();
        const picked = await vscode.window.showQuickPick([{ label: 'All areas', value: '' }, ...areas.map((value) => ({ label: value, value }))], { title: 'Show the releases of one area' });
        chosen = picked?.value;
      }
      if (chosen !== undefined) await choose({ filter: { ...tree.current.filter, area: chosen || undefined } });
    }),
    vscode.commands.registerCommand('pressroom.releases.filterByHeadline', async (text?: unknown) => {
      const chosen =
        typeof text === 'string'
          ? text
          : await vscode.window.showInputBox({ title: 'Show releases whose headline contains', value: tree.current.filter.headline ?? '', prompt: 'Leave empty to show every headline.' });
      if (chosen !== undefined) await choose({ filter: { ...tree.current.filter, headline: chosen.trim() || undefined } });
    }),
    vscode.commands.registerCommand('pressroom.releases.clearFilters', () => choose({ filter: {} })),
    vscode.commands.registerCommand('pressroom.releases.openPreview', (target) => vscode.commands.executeCommand('pressroom.openPreview', uriOf(target))),
    vscode.commands.registerCommand('pressroom.releases.validate', (target) => vscode.commands.executeCommand('pressroom.validateCurrentRelease', uriOf(target))),
  );
  return { tree, disposable };
}
