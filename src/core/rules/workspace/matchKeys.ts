/**
 * What the workspace rules compare releases on, as keys: two releases can only match when they share a
 * key. The rules compare through these same functions, so an index of releases by key (ReleaseIndex)
 * finds every release a rule would match without comparing each release with every other (which, at
 * 100,000 releases, is ten billion comparisons). A workspace rule that compares on something new adds
 * its key to `matchKeysOf`.
 */
import type { ReleaseSummary } from '../types';

/** A web address as the same page: host in any case, without a trailing slash or a fragment. */
export function addressKey(value: string): string {
  const trimmed = value.trim().replace(/#.*$/, '').replace(/\/+$/, '');
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i.exec(trimmed);
  return scheme ? scheme[0].toLowerCase() + trimmed.slice(scheme[0].length) : trimmed;
}

/** A headline in any case and spacing. */
export function headlineKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The day of a publish date as written (`16:55 18/03/2020` → `18/03/2020`), so two times on one day match. */
export function dayOf(date: string): string {
  return date.trim().split(/\s+/).filter((part) => !/^\d{1,2}:\d{2}/.test(part)).join(' ');
}

/** Every key a workspace rule may match this release on (none for a release with nothing to compare). */
export function matchKeysOf(summary: ReleaseSummary): string[] {
  const keys: string[] = [];
  const address = summary.url === undefined ? '' : addressKey(summary.url);
  if (address !== '') keys.push(`url\n${address}`);
  const headline = summary.headline === undefined ? '' : headlineKey(summary.headline);
  if (headline !== '' && summary.publishDate !== undefined) keys.push(`headline\n${headline}\n${dayOf(summary.publishDate)}`);
  return keys;
}

/** The releases of a workspace by match key: `othersLike` gives the few a rule could match, in path order. */
export class ReleaseIndex {
  /** Each key's releases: the one release that has it (nearly every key), or all that share it. */
  private readonly byKey = new Map<string, ReleaseSummary | ReleaseSummary[]>();
  /** Each release's keys, worked out once: `othersLike` asks again for every release of a large run. */
  private readonly keysOf = new Map<ReleaseSummary, readonly string[]>();

  constructor(summaries: Iterable<ReleaseSummary> = []) {
    for (const summary of summaries) this.add(summary);
  }

  /**
   * One more release (the editor adds them in time slices, a large workspace's index being long work), with
   * its keys when they are known already (the CLI's checking threads work them out beside the check).
   */
  add(summary: ReleaseSummary, keys: readonly string[] = matchKeysOf(summary)): void {
    this.keysOf.set(summary, keys);
    for (const key of keys) {
      const group = this.byKey.get(key);
      if (group === undefined) this.byKey.set(key, summary);
      else if (Array.isArray(group)) group.push(summary);
      else this.byKey.set(key, [group, summary]);
    }
  }

  /** The other releases sharing a key with this one (never itself, each once). */
  othersLike(summary: ReleaseSummary): ReleaseSummary[] {
    let found: Set<ReleaseSummary> | undefined;
    for (const key of this.keysOf.get(summary) ?? matchKeysOf(summary)) {
      const group = this.byKey.get(key);
      if (group === undefined || group === summary) continue;
      for (const other of Array.isArray(group) ? group : [group]) if (other.path !== summary.path) (found ??= new Set()).add(other);
    }
    return found ? [...found].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) : [];
  }
}
