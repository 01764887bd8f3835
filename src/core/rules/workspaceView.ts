/** What workspace rules know of the other releases: a summary of each, and which files exist. */
import type { ParsedRelease } from '../frontMatter/parse';
import { valueOfRole, type FieldRole, type FieldRoles } from '../schema/fieldRoles';
import type { ReleaseSummary, WorkspaceView } from './types';

/** A release's headline, url and publish date as written (text values only), for the index of releases. */
export function releaseSummaryOf(path: string, release: ParsedRelease, roles: FieldRoles): ReleaseSummary {
  const text = (role: FieldRole) => {
    const value = valueOfRole(release.data, roles, role);
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  return { path, headline: text('headline'), url: text('url'), publishDate: text('publishDate') };
}

/**
 * The view one release's rules get: every summary but its own, and `fileExists` as the caller knows it
 * (undefined when it does not know). The summaries are asked for when a rule first reads them, so a
 * caller that must gather them (a first pass, an index scan) does so only when some rule needs them.
 */
export function workspaceViewFor(self: string | undefined, releases: () => readonly ReleaseSummary[], fileExists: (path: string) => boolean | undefined): WorkspaceView {
  let others: readonly ReleaseSummary[] | undefined;
  return {
    get releases() {
      others ??= releases().filter((release) => release.path !== self);
      return others;
    },
    fileExists,
  };
}

/**
 * `fileExists` from a listing of files: true for a listed path; false for one under a listed root when the
 * listing is complete; otherwise unknown (undefined), so a rule says nothing about it.
 */
export function fileExistsFrom(paths: ReadonlySet<string>, complete: boolean, roots: readonly string[]): (path: string) => boolean | undefined {
  const prefixes = roots.map((root) => `${root.replace(/\/+$/, '')}/`);
  return (path) => {
    if (paths.has(path)) return true;
    return complete && prefixes.some((prefix) => path.startsWith(prefix)) ? false : undefined;
  };
}
