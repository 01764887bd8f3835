/** Two releases with the same web address: one would overwrite the other when the site is published. */
import { valueOfRole, roleFieldName } from '../../schema/fieldRoles';
import { valueRangeAt } from '../frontMatter/fields';
import type { Rule } from '../types';
import { addressKey } from './matchKeys';
import { describeOthers, othersWhere } from './otherReleases';
import { finding } from '../finding';

/** Addresses that differ only in case of the host, a trailing slash or a fragment are the same page. */
export function sameAddress(a: string, b: string): boolean {
  return addressKey(a) !== '' && addressKey(a) === addressKey(b);
}

export const duplicateUrl: Rule = {
  id: 'duplicate-url',
  severity: 'error',
  description: 'No two releases have the same web address.',
  defaults: {},
  scope: 'workspace',
  check(context) {
    const url = valueOfRole(context.data, context.roles, 'url');
    const path = context.roles.url;
    if (typeof url !== 'string' || url.trim() === '' || !path) return [];
    const others = othersWhere(context, (other) => typeof other.url === 'string' && sameAddress(other.url, url));
    // Placed (which reads the YAML document) only when there is a finding.
    const range = others.length === 0 ? undefined : valueRangeAt(context, path);
    if (!range) return [];
    const message = `${roleFieldName(context.roles, 'url')} is the same as in ${describeOthers(context, others)}; give each release its own address, or one will replace the other on the website.`;
    return [finding(message, range.start, range.end, path)];
  },
};
