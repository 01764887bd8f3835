/**
 * The social address (`og.url`) is the release's own address, so social networks count every share of
 * the release as one page and link to the right place.
 */
import type { Rule } from '../types';
import { fieldState, missingFieldRange, fillsSocialCard, placeOn, roleText, setFieldFix, valueRangeAt } from './fields';
import { finding, findingAt } from '../finding';

/** An address worth copying: a scheme, then a host with a dot. */
const REAL_ADDRESS = /^https?:\/\/[^/\s?#]+\.[^/\s?#]+/i;

export const socialUrlMatches: Rule = {
  id: 'social-url-matches',
  severity: 'warning',
  description: 'The social card address (og.url) is the same as the release address (url).',
  defaults: {},
  scope: 'release',
  check(context) {
    const url = roleText(context, 'url');
    const path = context.roles.socialUrl;
    if (!url || !path || !REAL_ADDRESS.test(url.value.trim())) return [];
    const state = fieldState(context, path);
    // Blocked by a group that is not a mapping, or left empty: the schema says so (and offers the copy).
    if (state === 'blocked' || state === 'empty') return [];
    // The usual case, the same address, before anything is made for a finding.
    const social = state === 'present' ? roleText(context, 'socialUrl') : undefined;
    if (state === 'present' && (!social || social.value.trim() === url.value.trim())) return [];
    // The address copied must stand in the document; asked only once there is a finding.
    const urlPlaced = () => valueRangeAt(context, url.path) !== undefined;
    // Made only for a finding: writing the address checks how YAML reads it back, which is not free.
    const fixes = () => {
      const copy = setFieldFix(context, path, url.value.trim(), { title: `Copy ${url.name} to ${path.join('.')}`, inFixAll: true, isPreferred: true });
      return copy ? [copy] : [];
    };
    const name = path.join('.');
    if (state === 'absent') {
      if (!fillsSocialCard(context)) return [];
      const range = missingFieldRange(context, path);
      if (!range || !urlPlaced()) return [];
      return [finding(`${name} is missing; add it with the same address as ${url.name}, so social networks link to the release and count its shares as one page.`, range.start, range.end, path, fixes())];
    }
    const at = placeOn(context, path);
    if (!at || !urlPlaced()) return [];
    return [findingAt(at, `${name} is not the same address as ${url.name}; social networks would link to a different page and count its shares apart. Make them the same.`, fixes())];
  },
};
