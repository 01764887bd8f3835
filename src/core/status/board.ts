/**
 * The newsroom overview kept current one release at a time, for a view over thousands of releases: each
 * group keeps its releases sorted, so a changed release is taken out and put back by binary search (a
 * batch is sorted and merged), never re-sorting the rest. It records which groups changed, so a view
 * redraws only those. arrangeReleases is this board filled at once.
 */
import { monthName } from '../dates/pressDate';
import { NO_HEADLINE } from './overview';
import { RELEASE_STATUSES, STATUS_LABELS, statusAt, type ReleaseStatus } from './releaseStatus';
import { matchesFilter, nextStatusChange, NO_AREA, NO_MONTH, type Grouping, type PlacedRelease, type ReleaseFilter, type ReleaseGroup, type SortOrder } from './grouping';

export interface BoardChoices {
  readonly grouping: Grouping;
  readonly sort: SortOrder;
  readonly filter: ReleaseFilter;
}

/** What changed since the last look: every group (`all`), or these groups (ids, their parents included). */
export interface BoardChanges {
  readonly all: boolean;
  readonly groups: readonly string[];
}

/** Up to this many new releases of a group go in one by one; more are sorted and merged in one pass. */
const ONE_BY_ONE = 8;

const UPCOMING: ReadonlySet<ReleaseStatus> = new Set(['embargoed', 'scheduled']);

/** Where a group goes among its siblings: by rank, then by key. */
interface GroupSpec {
  readonly id: string;
  readonly label: string;
  readonly rank: number;
  readonly key: string;
  readonly soonestFirst: boolean;
}

interface KeptGroup extends GroupSpec {
  readonly parent: KeptGroup | undefined;
  /** Sorted by the board's order. */
  readonly members: PlacedRelease[];
  readonly children: Map<string, KeptGroup>;
  count: number;
}

/** A release's sort keys, worked out once. */
interface SortKeys {
  readonly time: number | undefined;
  readonly headline: string;
  readonly path: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortKeysOf(placed: PlacedRelease): SortKeys {
  const { release } = placed;
  return {
    time: placed.status === 'embargoed' ? release.embargo?.at : release.publish?.at,
    headline: (release.headline ?? NO_HEADLINE).toLowerCase(),
    path: release.path,
  };
}

function compareKeys(sort: SortOrder, soonestFirst: boolean, a: SortKeys, b: SortKeys): number {
  if (sort === 'date' && a.time !== b.time) {
    if (a.time === undefined) return 1; // no date: last
    if (b.time === undefined) return -1;
    return soonestFirst ? a.time - b.time : b.time - a.time;
  }
  return byText(a.headline, b.headline) || byText(a.path, b.path);
}

/** Months by number (year * 12 + month; 0: no date), for one place in the tree. */
type MonthSpecs = Map<number, GroupSpec>;

function monthSpec(placed: PlacedRelease, idPrefix: string, known: MonthSpecs): GroupSpec {
  const parts = placed.release.publish?.parts;
  const number = parts ? parts.year * 12 + parts.month : 0;
  let spec = known.get(number);
  if (spec) return spec;
  if (!parts) spec = { id: `${idPrefix}month:none`, label: NO_MONTH, rank: 1, key: '', soonestFirst: false };
  // Newest first: the rank orders months, later ones lower.
  else spec = { id: `${idPrefix}month:${parts.year}-${String(parts.month).padStart(2, '0')}`, label: `${monthName(parts.month)} ${parts.year}`, rank: -number, key: '', soonestFirst: false };
  known.set(number, spec);
  return spec;
}

const STATUS_SPECS = Object.fromEntries(
  RELEASE_STATUSES.map((status, rank): [ReleaseStatus, GroupSpec] => [status, { id: `status:${status}`, label: STATUS_LABELS[status], rank, key: '', soonestFirst: UPCOMING.has(status) }]),
) as Record<ReleaseStatus, GroupSpec>;
const NO_AREA_SPEC: GroupSpec = { id: 'area:none', label: NO_AREA, rank: 1, key: '', soonestFirst: false };

/** Works out each release's groups, outermost first, making each group's description once. */
class GroupSpecs {
  private readonly months: MonthSpecs = new Map();
  private readonly publishedMonths: MonthSpecs = new Map();
  private readonly areas = new Map<string, GroupSpec>();

  constructor(private readonly grouping: Grouping) {}

  of(placed: PlacedRelease): readonly GroupSpec[] {
    if (this.grouping === 'month') return [monthSpec(placed, '', this.months)];
    if (this.grouping === 'area') return [this.area(placed.release.area)];
    const spec = STATUS_SPECS[placed.status];
    return placed.status === 'published' ? [spec, monthSpec(placed, `${spec.id}/`, this.publishedMonths)] : [spec];
  }

  private area(area: string | undefined): GroupSpec {
    if (area === undefined) return NO_AREA_SPEC;
    let spec = this.areas.get(area);
    if (!spec) {
      const key = area.toLowerCase();
      this.areas.set(area, (spec = { id: `area:${key}`, label: area, rank: 0, key, soonestFirst: false }));
    }
    return spec;
  }
}

const siblingOrder = (a: GroupSpec, b: GroupSpec) => a.rank - b.rank || byText(a.key, b.key);

export class ReleaseBoard {
  private choices: BoardChoices;
  /** Every release given, by path, placed at its latest moment (those the filter hides included). */
  private readonly placedByPath = new Map<string, PlacedRelease>();
  /** The group each shown release is in. */
  private readonly leafOf = new Map<string, KeptGroup>();
  /** The sort keys of each shown release, by path. */
  private readonly keys = new Map<string, SortKeys>();
  private specs: GroupSpecs;
  private readonly top = new Map<string, KeptGroup>();
  private readonly byId = new Map<string, KeptGroup>();
  private changedAll = true;
  private readonly changedGroups = new Set<string>();
  /** Groups left empty by the current change: forgotten at its end unless a release came back. */
  private readonly emptied = new Set<KeptGroup>();

  constructor(choices: BoardChoices) {
    this.choices = choices;
    this.specs = new GroupSpecs(choices.grouping);
  }

  get current(): BoardChoices {
    return this.choices;
  }

  get size(): number {
    return this.placedByPath.size;
  }

  /** Every release, placed (the filter does not hide any here). */
  placed(): IterableIterator<PlacedRelease> {
    return this.placedByPath.values();
  }

  /** New grouping, sort or filter: every release is arranged again. */
  choose(choices: BoardChoices): void {
    this.choices = choices;
    this.specs = new GroupSpecs(choices.grouping);
    this.top.clear();
    this.byId.clear();
    this.leafOf.clear();
    this.keys.clear();
    this.changedAll = true;
    this.insert([...this.placedByPath.values()]);
  }

  /** Puts releases in (replacing those of the same path) and takes out the paths removed. */
  update(placed: Iterable<PlacedRelease>, removed: Iterable<string> = []): void {
    for (const path of removed) {
      this.takeOut(path);
      this.placedByPath.delete(path);
    }
    const incoming = new Map<string, PlacedRelease>(); // the last of a path given twice wins
    for (const item of placed) {
      this.takeOut(item.release.path);
      this.placedByPath.set(item.release.path, item);
      incoming.set(item.release.path, item);
    }
    this.insert([...incoming.values()]);
    this.forgetEmptied();
  }

  /** Moves the releases whose status has changed by `now` (an embargo lifted, a publish time passed). */
  advance(now: number): void {
    const moved: PlacedRelease[] = [];
    for (const item of this.placedByPath.values()) {
      if (item.changesAt !== undefined && item.changesAt <= now) moved.push({ release: item.release, ...statusAt(item.release, now) });
    }
    this.update(moved);
  }

  /** The earliest moment a status changes by the clock alone, if any does. */
  nextChange(): number | undefined {
    return nextStatusChange(this.placedByPath.values());
  }

  /** The groups shown, in order (empty groups left out). */
  groups(): ReleaseGroup[] {
    return [...this.top.values()].sort(siblingOrder).map(shownGroup);
  }

  group(id: string): ReleaseGroup | undefined {
    const kept = this.byId.get(id);
    return kept ? shownGroup(kept) : undefined;
  }

  /** What changed since the last call. */
  takeChanges(): BoardChanges {
    const changes = { all: this.changedAll, groups: this.changedAll ? [] : [...this.changedGroups] };
    this.changedAll = false;
    this.changedGroups.clear();
    return changes;
  }

  private compare(group: KeptGroup): (a: PlacedRelease, b: PlacedRelease) => number {
    const { sort } = this.choices;
    return (a, b) => compareKeys(sort, group.soonestFirst, this.keysOf(a), this.keysOf(b));
  }

  private keysOf(placed: PlacedRelease): SortKeys {
    return this.keys.get(placed.release.path)!;
  }

  private takeOut(path: string): void {
    const group = this.leafOf.get(path);
    const placed = this.placedByPath.get(path);
    if (!group || !placed) return;
    this.leafOf.delete(path);
    const index = binarySearch(group.members, placed, this.compare(group));
    if (index >= 0) group.members.splice(index, 1);
    this.keys.delete(path);
    for (let at: KeptGroup | undefined = group; at; at = at.parent) {
      at.count--;
      this.changedGroups.add(at.id);
      if (at.count === 0) this.emptied.add(at);
    }
  }

  private forgetEmptied(): void {
    for (const group of this.emptied) {
      if (group.count > 0) continue;
      (group.parent?.children ?? this.top).delete(group.id);
      this.byId.delete(group.id);
      if (!group.parent) this.changedAll = true; // the top level's list of groups changed
    }
    this.emptied.clear();
  }

  private insert(items: readonly PlacedRelease[]): void {
    const arriving = new Map<KeptGroup, PlacedRelease[]>();
    for (const item of items) {
      if (!matchesFilter(item.release, this.choices.filter)) continue;
      const leaf = this.leafFor(item);
      this.leafOf.set(item.release.path, leaf);
      this.keys.set(item.release.path, sortKeysOf(item));
      for (let at: KeptGroup | undefined = leaf; at; at = at.parent) {
        at.count++;
        this.changedGroups.add(at.id);
      }
      const list = arriving.get(leaf);
      if (list) list.push(item);
      else arriving.set(leaf, [item]);
    }
    for (const [group, list] of arriving) {
      const compare = this.compare(group);
      if (list.length <= ONE_BY_ONE) for (const item of list) group.members.splice(insertionPoint(group.members, item, compare), 0, item);
      else mergeInto(group.members, list.sort(compare), compare);
    }
  }

  private leafFor(item: PlacedRelease): KeptGroup {
    let parent: KeptGroup | undefined;
    for (const spec of this.specs.of(item)) {
      const siblings = parent?.children ?? this.top;
      let group = siblings.get(spec.id);
      if (!group) {
        group = { ...spec, parent, members: [], children: new Map(), count: 0 };
        siblings.set(spec.id, group);
        this.byId.set(spec.id, group);
        if (!parent) this.changedAll = true;
      }
      parent = group;
    }
    return parent!;
  }
}

/** Groups of releases (empty groups left out), in the order the overview shows them. */
export function arrangeReleases(placed: readonly PlacedRelease[], grouping: Grouping, sort: SortOrder): ReleaseGroup[] {
  const board = new ReleaseBoard({ grouping, sort, filter: {} });
  board.update(placed);
  return board.groups();
}

function shownGroup(group: KeptGroup): ReleaseGroup {
  return { id: group.id, label: group.label, count: group.count, releases: group.members, groups: [...group.children.values()].sort(siblingOrder).map(shownGroup) };
}

/** Where `item` goes in the sorted `list` (after any equal to it). */
function insertionPoint<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle], item) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of `item` in the sorted `list`, or -1. */
function binarySearch<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compare(list[middle], item);
    if (order === 0) return list[middle] === item ? middle : list.indexOf(item);
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return list.indexOf(item); // not where its keys say (cannot happen while the keys are fixed): look it up
}

/** Merges the sorted `extra` into the sorted `list`, in place. */
function mergeInto<T>(list: T[], extra: readonly T[], compare: (a: T, b: T) => number): void {
  const existing = list.splice(0, list.length);
  let i = 0;
  let j = 0;
  while (i < existing.length && j < extra.length) list.push(compare(existing[i], extra[j]) <= 0 ? existing[i++] : extra[j++]);
  while (i < existing.length) list.push(existing[i++]);
  while (j < extra.length) list.push(extra[j++]);
}
