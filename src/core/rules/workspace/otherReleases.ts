/** Shared by the workspace rules: the other releases that match a value, named relative to this one. */
import { parentOf } from '../../files/paths';
import type { ReleaseSummary, RuleContext } from '../types';

/** `../2025/other.md` from `/site/news/2026/this.md`: the other file as the author would find it. */
export function pathFrom(filePath: string | undefined, other: string): string {
  if (!filePath) return other;
  const from = parentOf(filePath).split('/').filter(Boolean);
  const to = other.split('/').filter(Boolean);
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  if (shared === 0 && filePath.startsWith('/') !== other.startsWith('/')) return other;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/');
}

/** The other releases (never this file) for which `same` holds, in path order. */
export function othersWhere(context: RuleContext<unknown>, same: (release: ReleaseSummary) => boolean): ReleaseSummary[] {
  return (context.workspace?.releases ?? []).filter((release) => release.path !== context.filePath && same(release)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** "news/a.md" or "news/a.md and 2 others". */
export function describeOthers(context: RuleContext<unknown>, others: readonly ReleaseSummary[]): string {
  const first = pathFrom(context.filePath, others[0].path);
  return others.length === 1 ? first : `${first} and ${others.length - 1} ${others.length === 2 ? 'other' : 'others'}`;
}
