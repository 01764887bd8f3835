/**
 * The Releases tree: the workspace's releases grouped (status, area or month), sorted and filtered as the
 * core's board keeps them, with their status at this moment. It shows what the index has read so far (the
 * view's message says how far it has got) and follows each change by moving that one release; changes are
 * gathered into a few refreshes a second, each redrawing only the groups that changed. A timer moves
 * releases at the exact moment the next embargo lifts or scheduled time passes; nothing polls.
 */
import * as vscode from 'vscode';
import {
  formatCount,
  NO_HEADLINE,
  placeAt,
  plural,
  problemsInWords,
  ReleaseBoard,
  STATUS_LABELS,
  statusDateInWords,
  type Grouping,
  type PlacedRelease,
  type ReleaseFilter,
  type ReleaseGroup,
  type ReleaseOverview,
  type ReleaseStatus,
  type SortOrder,
} from '../../core';
import type { IndexProgress } from './releaseIndex';

export type ReleaseNode = GroupNode | { readonly kind: 'release'; readonly placed: PlacedRelease };

/** One node per group id, kept across refreshes so VS Code can be told to redraw just that group. */
interface GroupNode {
  readonly kind: 'group';
  group: ReleaseGroup;
  collapsed: boolean;
}

export interface ViewChoices {
  readonly grouping: Grouping;
  readonly sort: SortOrder;
  readonly filter: ReleaseFilter;
}

/** What the tree reads of the workspace index (an interface, so a test can drive the tree step by step). */
export interface ReleaseSource {
  overviewsNow(): readonly ReleaseOverview[];
  overviewOf(key: string): ReleaseOverview | undefined;
  readonly progress: IndexProgress;
  readonly onDidChangeRelease: vscode.Event<string | undefined>;
  readonly onDidProgress: vscode.Event<void>;
}

/** setTimeout's longest wait; a later change is waited for in steps. */
const MAX_TIMER_MS = 2_147_483_647;
/** Changes are gathered for this long at most: a few refreshes a second, never one per file. */
export const REFRESH_EVERY_MS = 250;
/** Releases put on the board per turn of the event loop, so a full rebuild (a new grouping, 10,000 releases) never blocks the host for long. */
const RELEASES_PER_TURN = 1_000;

const STATUS_ICONS: Readonly<Record<ReleaseStatus, [string, string | undefined]>> = {
  'needs-attention': ['error', 'problemsErrorIcon.foreground'],
  embargoed: ['lock', 'charts.orange'],
  scheduled: ['clock', 'charts.blue'],
  published: ['pass', 'charts.green'],
  draft: ['edit', undefined],
};

export class ReleasesTree implements vscode.TreeDataProvider<ReleaseNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ReleaseNode | ReleaseNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly rearranged = new vscode.EventEmitter<readonly PlacedRelease[]>();
  /** Every release placed, after each refresh (the decorations follow it). */
  readonly onDidArrange = this.rearranged.event;
  private readonly messageChanged = new vscode.EventEmitter<string | undefined>();
  /** The view's message changed (how far the index has read; gone once it is complete). */
  readonly onDidChangeMessage = this.messageChanged.event;
  private board: ReleaseBoard;
  private readonly groupNodes = new Map<string, GroupNode>();
  private readonly releaseNodes = new WeakMap<PlacedRelease, ReleaseNode>();
  /** Each release's item for its status, made once (a refresh places releases again, but most look the same). */
  private readonly items = new WeakMap<ReleaseOverview, { readonly status: ReleaseStatus; readonly item: vscode.TreeItem }>();
  /** A full rebuild in progress (new choices, or the index started again): shown once complete. */
  private building: { readonly board: ReleaseBoard; readonly queue: Set<string> } | undefined;
  private choices: ViewChoices;
  /** Releases changed since the last refresh (uri strings); `everything` when any may have. */
  private readonly pending = new Set<string>();
  private everything = true;
  private shownMessage: string | undefined;
  private lastRefresh = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private clockTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly index: ReleaseSource,
    choices: ViewChoices,
    private readonly now: () => number = Date.now,
  ) {
    this.choices = choices;
    this.board = new ReleaseBoard(choices);
    this.disposables = [
      this.changed,
      this.rearranged,
      this.messageChanged,
      index.onDidChangeRelease((key) => {
        if (key === undefined) this.everything = true;
        else this.pending.add(key);
        this.requestRefresh();
      }),
      index.onDidProgress(() => this.requestRefresh()),
    ];
    this.requestRefresh();
  }

  get current(): ViewChoices {
    return this.choices;
  }

  /** "Reading releases: 2,300 of 10,000 files…" while the index is read; undefined once it is complete. */
  get message(): string | undefined {
    return this.shownMessage;
  }

  choose(choices: Partial<ViewChoices>): void {
    this.choices = { ...this.choices, ...choices };
    this.everything = true;
    this.refresh();
  }

  getChildren(node?: ReleaseNode): ReleaseNode[] {
    if (!node) return this.board.groups().map((group) => this.groupNode(group, false));
    if (node.kind === 'release') return [];
    const group = this.board.group(node.group.id);
    if (!group) return [];
    node.group = group;
    // Months after the newest start collapsed: opening the view never fetches every release.
    return [...group.groups.map((inner, index) => this.groupNode(inner, index > 0)), ...group.releases.map((placed) => this.releaseNode(placed))];
  }

  getTreeItem(node: ReleaseNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem(node.group, node.collapsed);
    const { release, status } = node.placed;
    const made = this.items.get(release);
    if (made?.status === status) return made.item;
    const item = releaseItem(node.placed);
    this.items.set(release, { status, item });
    return item;
  }

  /**
   * A release's tooltip, made when VS Code is about to show it (on hover): the host reads a Markdown
   * tooltip through a Markdown parser when it passes an item to the window, which for a group of
   * thousands of releases blocked the host for about 100 ms each time the view fetched them.
   */
  resolveTreeItem(item: vscode.TreeItem, node: ReleaseNode): vscode.TreeItem {
    if (node.kind === 'release') item.tooltip ??= tooltipOf(node.placed);
    return item;
  }

  private groupNode(group: ReleaseGroup, collapsed: boolean): GroupNode {
    let node = this.groupNodes.get(group.id);
    if (!node) this.groupNodes.set(group.id, (node = { kind: 'group', group, collapsed }));
    node.group = group;
    node.collapsed = collapsed;
    return node;
  }

  private releaseNode(placed: PlacedRelease): ReleaseNode {
    let node = this.releaseNodes.get(placed);
    if (!node) this.releaseNodes.set(placed, (node = { kind: 'release', placed }));
    return node;
  }

  /** At most one refresh per REFRESH_EVERY_MS; the first of a quiet spell at once. */
  private requestRefresh(): void {
    if (this.refreshTimer) return;
    const wait = Math.max(0, this.lastRefresh + REFRESH_EVERY_MS - Date.now());
    this.refreshTimer = setTimeout(() => this.refresh(), wait);
  }

  /** Moves the changed releases on the board and tells VS Code which groups to redraw. */
  private refresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.lastRefresh = Date.now();
    const now = this.now();
    if (this.everything) {
      this.everything = false;
      this.pending.clear();
      this.building = { board: new ReleaseBoard(this.choices), queue: new Set(this.index.overviewsNow().map((release) => release.path)) };
    }
    if (this.building) {
      // The view keeps showing the last board until the new one is complete, a turn of the event loop at a time.
      const { board, queue } = this.building;
      this.moveOnto(board, queue, now);
      if (queue.size > 0) {
        this.refreshTimer = setTimeout(() => this.refresh(), 0);
        return;
      }
      this.building = undefined;
      this.board = board;
      this.groupNodes.clear();
    }
    this.moveOnto(this.board, this.pending, now);
    if (this.pending.size > 0) this.refreshTimer = setTimeout(() => this.refresh(), 0); // the rest on the next turn
    this.board.advance(now);
    const changes = this.board.takeChanges();
    if (changes.all) this.changed.fire(undefined);
    else {
      const nodes = changes.groups.flatMap((id) => this.groupNodes.get(id) ?? []);
      if (nodes.length > 0) this.changed.fire(nodes);
    }
    if (changes.all || changes.groups.length > 0) this.rearranged.fire([...this.board.placed()]);
    this.scheduleClock(this.board.nextChange());
    this.updateMessage();
  }

  /** Takes up to RELEASES_PER_TURN releases off `queue` and puts them on the board as the index has them now. */
  private moveOnto(board: ReleaseBoard, queue: Set<string>, now: number): void {
    const changed: ReleaseOverview[] = [];
    const removed: string[] = [];
    for (const key of queue) {
      if (changed.length + removed.length === RELEASES_PER_TURN) break;
      queue.delete(key);
      const overview = this.index.overviewOf(key);
      if (overview) changed.push(overview);
      else removed.push(key);
    }
    board.update(placeAt(changed, now), removed);
  }

  private updateMessage(): void {
    const { read, total, complete } = this.index.progress;
    const message = complete ? undefined : total === undefined ? 'Reading releases…' : `Reading releases: ${formatCount(read)} of ${formatCount(total)} files…`;
    if (message === this.shownMessage) return;
    this.shownMessage = message;
    this.messageChanged.fire(message);
  }

  private scheduleClock(at: number | undefined): void {
    clearTimeout(this.clockTimer);
    this.clockTimer = undefined;
    if (at === undefined) return;
    const wait = Math.min(Math.max(0, at - this.now()), MAX_TIMER_MS);
    this.clockTimer = setTimeout(() => this.refresh(), wait);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    clearTimeout(this.clockTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function groupItem(group: ReleaseGroup, collapsed: boolean): vscode.TreeItem {
  const item = new vscode.TreeItem(group.label, collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
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
