/** Two releases with the same headline on the same day: usually one release saved twice. */
import { roleFieldName, valueOfRole } from '../../schema/fieldRoles';
import { valueRangeAt } from '../frontMatter/fields';
import type { Rule } from '../types';
import { dayOf, headlineKey } from './matchKeys';
import { describeOthers, othersWhere } from './otherReleases';
import { finding } from '../finding';

function sameText(a: string, b: string): boolean {
  return headlineKey(a) !== '' && headlineKey(a) === headlineKey(b);
}

export const duplicateHeadline: Rule = {
  id: 'duplicate-headline',
  severity: 'warning',
  description: 'No two releases have the same headline and publish date.',
  defaults: {},
  scope: 'workspace',
  check(context) {
    const { roles } = context;
    const headline = valueOfRole(context.data, roles, 'headline');
    const date = valueOfRole(context.data, roles, 'publishDate');
    const path = roles.headline;
    if (typeof headline !== 'string' || typeof date !== 'string' || !path) return [];
    const others = othersWhere(context, (other) => typeof other.headline === 'string' && typeof other.publishDate === 'string' && sameText(other.headline, headline) && dayOf(other.publishDate) === dayOf(date));
    // Placed (which reads the YAML document) only when there is a finding.
    const range = others.length === 0 ? undefined : valueRangeAt(context, path);
    if (!range) return [];
    const message = `${roleFieldName(roles, 'headline')} and ${roleFieldName(roles, 'publishDate')} are the same as in ${describeOthers(context, others)}; if this is a second copy, delete one, and if it is a new release, give it its own headline.`;
    return [finding(message, range.start, range.end, path)];
  },
};
