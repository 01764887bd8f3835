/** Two releases with the same web address: one would overwrite the other when the site is published. */
import { valueOfRole, roleFieldName } from '../../schema/fieldRoles';
import { valueRange } from '../../yaml';
import type { Rule } from '../types';
import { addressKey } from './matchKeys';
import { describeOthers, othersWhere } from './otherReleases';

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
    const { release } = context;
    if (typeof url !== 'string' || url.trim() === '' || !path || !release.document || !release.block) return [];
    const others = othersWhere(context, (other) => typeof other.url === 'string' && sameAddress(other.url, url));
    const range = valueRange(release.document, path, release.block.contentStart, release.text);
    if (others.length === 0 || !range) return [];
    return [
      {
        message: `${roleFieldName(context.roles, 'url')} is the same as in ${describeOthers(context, others)}; give each release its own address, or one will replace the other on the website.`,
        startOffset: range.start,
        endOffset: range.end,
        path,
      },
    ];
  },
};
