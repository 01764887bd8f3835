/**
 * The Releases tree: the workspace's releases grouped (status, area or month), sorted and filtered as the
 * core arranges them, with their status at this moment. A timer re-groups at the exact moment the next
 * embargo lifts or scheduled time passes; nothing polls.
 */
import * as vscode from 'vscode';
import {
  arrangeReleases,
  matchesFilter,
  nextStatusChange,
  NO_HEADLINE,
  placeAt,
  plural,
  problemsInWords,
  STATUS_LABELS,
  statusDateInWords,
  type Grouping,
  type PlacedRelease,
  type ReleaseFilter,
  type ReleaseGroup,
  type ReleaseStatus,
  type SortOrder,
} from '../../core';
import type { WorkspaceReleases } from './releaseIndex';

export type ReleaseNode = { readonly kind: 'group'; readonly group: ReleaseGroup } | { readonly kind: 'release'; readonly placed: PlacedRelease };

export interface ViewChoices {
  readonly grouping: Grouping;
  readonly sort: SortOrder;
  readonly filter: ReleaseFilter;
}

/** setTimeout's longest wait; a later change is waited for in steps. */
const MAX_TIMER_MS = 2_147_483_647;

const STATUS_ICONS: Readonly<Record<ReleaseStatus, [string, string | undefined]>> = {
  'needs-attention': ['error', 'problemsErrorIcon.foreground'],
  embargoed: ['lock', 'charts.orange'],
  scheduled: ['clock', 'charts.blue'],
  published: ['pass', 'charts.green'],
  draft: ['edit', undefined],
};

export class ReleasesTree implements vscode.TreeDataProvider<ReleaseNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ReleaseNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly rearranged = new vscode.EventEmitter<readonly PlacedRelease[]>();
  /** The releases placed at the latest arrangement (the decorations follow it). */
  readonly onDidArrange = this.rearranged.event;
  private groups: ReleaseGroup[] | undefined;
  private placed: PlacedRelease[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly index: WorkspaceReleases,
    private choices: ViewChoices,
    private readonly now: () => number = Date.now,
  ) {
    this.disposables = [this.changed, this.rearranged, index.onDidChange(() => this.invalidate())];
  }

  get current(): ViewChoices {
    return this.choices;
  }

  choose(choices: Partial<ViewChoices>): void {
    this.choices = { ...this.choices, ...choices };
    this.invalidate();
  }

  /** The groups shown now (arranging them when the releases or the time changed). */
  async arrangement(): Promise<ReleaseGroup[]> {
    if (!this.groups) {
      const releases = await this.index.releases();
      this.placed = placeAt(releases, this.now());
      this.rearranged.fire(this.placed);
      this.schedule(nextStatusChange(this.placed));
      const shown = this.placed.filter((item) => matchesFilter(item.release, this.choices.filter));
      this.groups = arrangeReleases(shown, this.choices.grouping, this.choices.sort);
    }
    return this.groups;
  }

  async getChildren(node?: ReleaseNode): Promise<ReleaseNode[]> {
    if (!node) return (await this.arrangement()).map((group) => ({ kind: 'group', group }));
    if (node.kind === 'release') return [];
    return [...node.group.groups.map((group): ReleaseNode => ({ kind: 'group', group })), ...node.group.releases.map((placed): ReleaseNode => ({ kind: 'release', placed }))];
  }

  getTreeItem(node: ReleaseNode): vscode.TreeItem {
    return node.kind === 'group' ? groupItem(node.group) : releaseItem(node.placed);
  }

  private invalidate(): void {
    this.groups = undefined;
    this.changed.fire(undefined);
    // Arrange now, so the timer and decorations follow even while the view is hidden.
    void this.arrangement();
  }

  private schedule(at: number | undefined): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (at === undefined) return;
    const wait = Math.min(Math.max(0, at - this.now()), MAX_TIMER_MS);
    this.timer = setTimeout(() => this.invalidate(), wait);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function groupItem(group: ReleaseGroup): vscode.TreeItem {
  const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = group.id;
  item.description = String(group.count);
  item.contextValue = 'pressroomReleaseGroup';
  item.accessibilityInformation = { label: `${group.label}, ${plural(group.count, 'release')}`, role: 'treeitem' };
  return item;
}

/** Everything the item shows, in one sentence for a screen reader. */
export function releaseLabelFor(placed: PlacedRelease): string {
  const { release, status } = placed;
  const area = release.area ? `area ${release.area}` : 'no area';
  return `${release.headline ?? NO_HEADLINE}. ${STATUS_LABELS[status].replace(/s$/, '')}, ${statusDateInWords(release, status)}, ${area}, ${problemsInWords(release.problems)}.`;
}

function releaseItem(placed: PlacedRelease): vscode.TreeItem {
  const { release, status } = placed;
  const uri = vscode.Uri.parse(release.path);
  const item = new vscode.TreeItem(release.headline ?? NO_HEADLINE, vscode.TreeItemCollapsibleState.None);
  item.id = `release:${release.path}`;
  item.resourceUri = uri;
  const problems = release.problems.errors + release.problems.warnings;
  item.description = [statusDateInWords(release, status), release.area, problems > 0 ? plural(problems, 'problem') : undefined].filter(Boolean).join(' · ');
  const [icon, colour] = STATUS_ICONS[status];
  item.iconPath = new vscode.ThemeIcon(icon, colour ? new vscode.ThemeColor(colour) : undefined);
  item.contextValue = 'pressroomRelease';
  item.command = { command: 'vscode.open', title: 'Open Release', arguments: [uri] };
  item.tooltip = tooltipOf(placed);
  item.accessibilityInformation = { label: releaseLabelFor(placed), role: 'treeitem' };
  return item;
}

function tooltipOf({ release, status }: PlacedRelease): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, false);
  tooltip.appendMarkdown('**').appendText(release.headline ?? NO_HEADLINE).appendMarkdown('**\n\n');
  tooltip.appendText(`${STATUS_LABELS[status].replace(/s$/, '')}: ${statusDateInWords(release, status)}`).appendMarkdown('\n\n');
  if (release.socialDescription) tooltip.appendText(release.socialDescription).appendMarkdown('\n\n');
  for (const contact of release.contacts) {
    tooltip.appendText(['Contact: ' + contact.name, contact.role, contact.phone, contact.email].filter(Boolean).join(', ')).appendMarkdown('\n\n');
  }
  tooltip.appendText(problemsInWords(release.problems));
  return tooltip;
}
