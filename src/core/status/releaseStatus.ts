/**
 * Where a release stands, against a clock: what a press office asks each morning. The first that holds:
 * - needs attention: it has errors (other than what a draft has: placeholders, no publish date yet);
 * - draft: no publish date yet, or template text left in (the `placeholders` rule's diagnostics);
 * - embargoed: its embargo has not lifted;
 * - scheduled: its publish time is still to come;
 * - published.
 * Dates are wall-clock times in the project's time zone.
 */
import type { ReleaseAnalysis } from '../analysis';
import { readAnyDate } from '../dates/anyDate';
import type { DateTimeParts } from '../dates/pressDate';
import { isRuleDiagnostic, type ReleaseDiagnostic } from '../diagnostics';
import { valueOfRole, type FieldRoles } from '../schema/fieldRoles';
import { instantIn } from './timeZone';

export const RELEASE_STATUSES = ['needs-attention', 'embargoed', 'scheduled', 'published', 'draft'] as const;

export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

/** The status names people read, in the order the view shows them. */
export const STATUS_LABELS: Readonly<Record<ReleaseStatus, string>> = {
  'needs-attention': 'Needs attention',
  embargoed: 'Embargoed',
  scheduled: 'Scheduled',
  published: 'Published',
  draft: 'Drafts',
};

/** The code of the release rule that finds template text; a release with any is a draft. */
export const PLACEHOLDERS_RULE = 'placeholders';

/** A date a release gives, as written and as a moment in time. */
export interface ReleaseDate {
  readonly written: string;
  readonly parts: DateTimeParts;
  /** Milliseconds since 1970 (UTC). */
  readonly at: number;
}

/** What the status depends on besides the clock. */
export interface StatusFacts {
  readonly publish: ReleaseDate | undefined;
  readonly embargo: ReleaseDate | undefined;
  /** Errors a draft does not explain. */
  readonly needsAttention: boolean;
  /** Template text left in, or no publish date yet. */
  readonly isDraft: boolean;
}

export interface StatusAt {
  readonly status: ReleaseStatus;
  /** When the status next changes by the clock alone (an embargo lifting, a publish time passing), in ms. */
  readonly changesAt: number | undefined;
}

/** A date in any style an author writes (midnight when no time is written). */
function dateParts(value: string): DateTimeParts | undefined {
  const read = readAnyDate(value);
  return read ? { year: read.year, month: read.month, day: read.day, hour: read.hour ?? 0, minute: read.minute ?? 0 } : undefined;
}

/** The release's date for a role, when it holds one that can be read. */
export function releaseDateOf(data: unknown, roles: FieldRoles, role: 'publishDate' | 'embargo', timeZone: string): ReleaseDate | undefined {
  const value = valueOfRole(data, roles, role);
  if (typeof value !== 'string') return undefined;
  const parts = dateParts(value);
  return parts ? { written: value.trim(), parts, at: instantIn(parts, timeZone) } : undefined;
}

function pathStartsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

/** An error a draft is expected to have: template text, or the publish date (or the group holding it) not written yet. */
function isDraftError(diagnostic: ReleaseDiagnostic, roles: FieldRoles): boolean {
  if (diagnostic.code === PLACEHOLDERS_RULE) return true;
  if (isRuleDiagnostic(diagnostic) || diagnostic.code !== 'missing-field') return false;
  const publishPath = roles.publishDate;
  return publishPath !== undefined && pathStartsWith(publishPath, [...diagnostic.data.parentPath, diagnostic.data.field]);
}

/** What a release's analysis says about its status, its dates read in the given time zone. */
export function statusFactsOf(analysis: Pick<ReleaseAnalysis, 'parsed' | 'schema' | 'diagnostics'>, timeZone: string): StatusFacts {
  const { roles } = analysis.schema;
  const data = analysis.parsed.data;
  const publish = releaseDateOf(data, roles, 'publishDate', timeZone);
  const errors = analysis.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  return {
    publish,
    embargo: releaseDateOf(data, roles, 'embargo', timeZone),
    needsAttention: errors.some((diagnostic) => !isDraftError(diagnostic, roles)),
    isDraft: !publish || errors.length > 0 || analysis.diagnostics.some((diagnostic) => diagnostic.code === PLACEHOLDERS_RULE),
  };
}

/** The status at a moment (ms since 1970). */
export function statusAt(facts: StatusFacts, now: number): StatusAt {
  if (facts.needsAttention) return { status: 'needs-attention', changesAt: undefined };
  if (facts.isDraft || !facts.publish) return { status: 'draft', changesAt: undefined };
  if (facts.embargo && facts.embargo.at > now) return { status: 'embargoed', changesAt: facts.embargo.at };
  if (facts.publish.at > now) return { status: 'scheduled', changesAt: facts.publish.at };
  return { status: 'published', changesAt: undefined };
}
