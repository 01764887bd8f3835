/** The release has a picture for its social card; without one, networks show a plain link that few people click. */
import type { Rule } from '../types';
import { fieldState, missingFieldRange, fillsSocialCard } from './fields';
import { finding } from '../finding';

export const socialImage: Rule = {
  id: 'social-image',
  severity: 'warning',
  description: 'The release has a social card picture (og.image).',
  defaults: {},
  scope: 'release',
  check(context) {
    const path = context.roles.socialImage;
    if (!path || fieldState(context, path) !== 'absent' || !fillsSocialCard(context)) return [];
    const range = missingFieldRange(context, path);
    if (!range) return [];
    return [finding(`${path.join('.')} is missing; social networks will show a plain link without a picture. Add the address of a picture of at least 1200 by 630 pixels.`, range.start, range.end, path)];
  },
};
