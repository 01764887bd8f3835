/**
 * The newsroom overview's arrangement: releases filtered (area, text in the headline), grouped (by status,
 * area or month) and sorted, at one moment. The Releases view and `pressroom list` both use it, so they
 * agree on every group, count and order.
 */
import { monthName } from '../dates/pressDate';
import { NO_HEADLINE, type ReleaseOverview } from './overview';
import { RELEASE_STATUSES, STATUS_LABELS, statusAt, type ReleaseStatus, type StatusAt } from './releaseStatus';

export const GROUPINGS = ['status', 'area', 'month'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const SORT_ORDERS = ['date', 'headline'] as const;
/** `date`: upcoming releases soonest first, the rest newest first; `headline`: A to Z. */
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface ReleaseFilter {
  /** Only releases of this area (case-insensitive). */
  readonly area?: string;
  /** Only releases whose headline contains this text (case-insensitive). */
  readonly headline?: string;
}

/** A release with its status at the moment the overview was arranged. */
export interface PlacedRelease extends StatusAt {
  readonly release: ReleaseOverview;
}

export interface ReleaseGroup {
  /** Stable across updates (`status:embargoed`, `month:2020-03`, `area:northshire`), for keeping a tree's state. */
  readonly id: string;
  readonly label: string;
  /** Every release in the group, its subgroups' included. */
  readonly count: number;
  readonly releases: readonly PlacedRelease[];
  /** Published releases by month, under the Published group. */
  readonly groups: readonly ReleaseGroup[];
}

export const NO_AREA = 'No area';
export const NO_MONTH = 'No publish date';

export function placeAt(releases: Iterable<ReleaseOverview>, now: number): PlacedRelease[] {
  return [...releases].map((release) => ({ release, ...statusAt(release, now) }));
}

export function matchesFilter(release: ReleaseOverview, filter: ReleaseFilter): boolean {
  const area = filter.area?.trim().toLowerCase();
  if (area && release.area?.toLowerCase() !== area) return false;
  const text = filter.headline?.trim().toLowerCase();
  return !text || (release.headline ?? '').toLowerCase().includes(text);
}

/** The earliest moment a status changes by the clock alone, if any does. */
export function nextStatusChange(placed: readonly PlacedRelease[]): number | undefined {
  let next: number | undefined;
  for (const { changesAt } of placed) if (changesAt !== undefined && (next === undefined || changesAt < next)) next = changesAt;
  return next;
}

const UPCOMING: ReadonlySet<ReleaseStatus> = new Set(['embargoed', 'scheduled']);

/** The moment a release is sorted by: its embargo while embargoed, else its publish time. */
function sortTime(placed: PlacedRelease): number | undefined {
  return placed.status === 'embargoed' ? placed.release.embargo?.at : placed.release.publish?.at;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const headlineOf = (placed: PlacedRelease) => (placed.release.headline ?? NO_HEADLINE).toLowerCase();

function compare(sort: SortOrder, soonestFirst: boolean): (a: PlacedRelease, b: PlacedRelease) => number {
  const byHeadline = (a: PlacedRelease, b: PlacedRelease) => byText(headlineOf(a), headlineOf(b)) || byText(a.release.path, b.release.path);
  if (sort === 'headline') return byHeadline;
  return (a, b) => {
    const [x, y] = [sortTime(a), sortTime(b)];
    if (x !== y) {
      if (x === undefined) return 1; // no date: last
      if (y === undefined) return -1;
      return soonestFirst ? x - y : y - x;
    }
    return byHeadline(a, b);
  };
}

function group(id: string, label: string, releases: PlacedRelease[], sort: SortOrder, soonestFirst: boolean, groups: ReleaseGroup[] = []): ReleaseGroup {
  return { id, label, count: releases.length + groups.reduce((sum, inner) => sum + inner.count, 0), releases: releases.sort(compare(sort, soonestFirst)), groups };
}

function monthKey(placed: PlacedRelease): string | undefined {
  const parts = placed.release.publish?.parts;
  return parts ? `${parts.year}-${String(parts.month).padStart(2, '0')}` : undefined;
}

function monthLabel(key: string): string {
  const [year, month] = key.split('-').map(Number);
  return `${monthName(month)} ${year}`;
}

/** Releases by month of publication, newest first; those without a date last. */
function byMonth(placed: readonly PlacedRelease[], sort: SortOrder, idPrefix: string): ReleaseGroup[] {
  const months = new Map<string, PlacedRelease[]>();
  const undated: PlacedRelease[] = [];
  for (const item of placed) {
    const key = monthKey(item);
    if (key === undefined) undated.push(item);
    else months.set(key, [...(months.get(key) ?? []), item]);
  }
  const groups = [...months.keys()].sort().reverse().map((key) => group(`${idPrefix}month:${key}`, monthLabel(key), months.get(key)!, sort, false));
  if (undated.length > 0) groups.push(group(`${idPrefix}month:none`, NO_MONTH, undated, sort, false));
  return groups;
}

function byStatus(placed: readonly PlacedRelease[], sort: SortOrder): ReleaseGroup[] {
  return RELEASE_STATUSES.flatMap((status) => {
    const members = placed.filter((item) => item.status === status);
    if (members.length === 0) return [];
    const id = `status:${status}`;
    if (status === 'published') return [group(id, STATUS_LABELS[status], [], sort, false, byMonth(members, sort, `${id}/`))];
    return [group(id, STATUS_LABELS[status], members, sort, UPCOMING.has(status))];
  });
}

function byArea(placed: readonly PlacedRelease[], sort: SortOrder): ReleaseGroup[] {
  const areas = new Map<string, { label: string; members: PlacedRelease[] }>();
  const none: PlacedRelease[] = [];
  for (const item of placed) {
    const area = item.release.area;
    if (area === undefined) {
      none.push(item);
      continue;
    }
    const key = area.toLowerCase();
    const entry = areas.get(key) ?? { label: area, members: [] };
    entry.members.push(item);
    areas.set(key, entry);
  }
  const groups = [...areas.entries()].sort(([a], [b]) => byText(a, b)).map(([key, { label, members }]) => group(`area:${key}`, label, members, sort, false));
  if (none.length > 0) groups.push(group('area:none', NO_AREA, none, sort, false));
  return groups;
}

/** Groups of releases (empty groups left out), in the order the overview shows them. */
export function arrangeReleases(placed: readonly PlacedRelease[], grouping: Grouping, sort: SortOrder): ReleaseGroup[] {
  if (grouping === 'area') return byArea(placed, sort);
  if (grouping === 'month') return byMonth(placed, sort, '');
  return byStatus(placed, sort);
}

/** Every release of the groups in the order shown, subgroups included. */
export function releasesInOrder(groups: readonly ReleaseGroup[]): PlacedRelease[] {
  return groups.flatMap((inner) => [...inner.releases, ...releasesInOrder(inner.groups)]);
}
