/**
 * One release as the newsroom overview shows it (the Releases view, `pressroom list`): its headline, area,
 * dates in words, problems, social description and contacts, and what its status rests on. Everything but
 * the status is fixed by the file; the status is read from the facts at any moment (statusAt).
 */
import type { ReleaseAnalysis } from '../analysis';
import { contactOf, type Contact } from '../contacts';
import { describePressDate } from '../dates/pressDate';
import { plural } from '../text/plural';
import { valueOfRole, type FieldRole } from '../schema/fieldRoles';
import { countBySeverity, type SeverityTally } from '../validate/severityCounts';
import { statusFactsOf, type ReleaseDate, type ReleaseStatus, type StatusFacts } from './releaseStatus';

export interface ReleaseOverview extends StatusFacts {
  /** The release's path (absolute, forward slashes) or address. */
  readonly path: string;
  readonly headline: string | undefined;
  readonly area: string | undefined;
  readonly problems: SeverityTally;
  readonly socialDescription: string | undefined;
  readonly contacts: readonly Contact[];
}

export const NO_HEADLINE = 'No headline yet';
export const NO_PUBLISH_DATE = 'No publish date yet';

export function releaseOverviewOf(path: string, analysis: Pick<ReleaseAnalysis, 'parsed' | 'schema' | 'diagnostics'>, timeZone: string): ReleaseOverview {
  const { roles } = analysis.schema;
  const data = analysis.parsed.data;
  const text = (role: FieldRole) => {
    const value = valueOfRole(data, roles, role);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const contacts = valueOfRole(data, roles, 'contacts');
  return {
    ...statusFactsOf(analysis, timeZone),
    path,
    headline: text('headline'),
    area: text('area'),
    problems: countBySeverity(analysis.diagnostics),
    socialDescription: text('socialDescription'),
    contacts: Array.isArray(contacts) ? contacts.map(contactOf).filter((contact): contact is Contact => contact !== undefined) : [],
  };
}

/** "Wednesday 18 March 2020, 16:55" */
export function dateInWords(date: ReleaseDate | undefined): string | undefined {
  return date ? describePressDate(date.parts) : undefined;
}

/** The date that matters for a release's status, in words: when its embargo lifts, else when it is published. */
export function statusDateInWords(release: StatusFacts, status: ReleaseStatus): string {
  if (status === 'embargoed' && release.embargo) return `Embargoed until ${dateInWords(release.embargo)}`;
  return dateInWords(release.publish) ?? NO_PUBLISH_DATE;
}

/** "2 errors, 1 warning", "No problems" */
export function problemsInWords(problems: SeverityTally): string {
  const parts = [
    problems.errors > 0 ? plural(problems.errors, 'error') : '',
    problems.warnings > 0 ? plural(problems.warnings, 'warning') : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'No problems';
}
