/**
 * The newsroom overview's terms: releases placed at a moment, filtered (area, text in the headline), and the
 * groups they are shown in (board.ts arranges them). The Releases view and `pressroom list` both use them,
 * so they agree on every group, count and order.
 */
import type { ReleaseOverview } from './overview';
import { statusAt, type StatusAt } from './releaseStatus';

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
export function nextStatusChange(placed: Iterable<PlacedRelease>): number | undefined {
  let next: number | undefined;
  for (const { changesAt } of placed) if (changesAt !== undefined && (next === undefined || changesAt < next)) next = changesAt;
  return next;
}

/** Every release of the groups in the order shown, subgroups included. */
export function releasesInOrder(groups: readonly ReleaseGroup[]): PlacedRelease[] {
  return groups.flatMap((inner) => [...inner.releases, ...releasesInOrder(inner.groups)]);
}
