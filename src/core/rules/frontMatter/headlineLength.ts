/**
 * The headline is short enough for search results to show whole: Google shows about the first 50 to
 * 60 characters of a page title (about 600 pixels). A site-name suffix (`… | Northshire Police`) is
 * not counted: it is the site's, and search results often show the site name on its own line anyway.
 */
import type { Rule } from '../types';
import { LENGTH_OPTIONS_PROPERTIES, lengthFindings, type LengthCheck, type LengthOptions } from './lengthLimits';
import { DEFAULT_SEPARATORS, separatorsOption, splitSiteNameOf } from './siteName';

export interface HeadlineLengthOptions extends LengthOptions {
  /** What separates the headline from a site name after it. */
  readonly siteNameSuffix: readonly string[];
}

const DEFAULTS: HeadlineLengthOptions = { min: 10, max: 60, siteNameSuffix: DEFAULT_SEPARATORS };

const CHECK: LengthCheck<HeadlineLengthOptions> = {
  role: 'headline',
  subject: (name) => `The headline (${name})`,
  measured: (value, options) => splitSiteNameOf(value, separatorsOption(options.siteNameSuffix)).headline,
  tooLong: (max) => `search results show only about the first ${max}, so keep it to ${max} or fewer with the news first.`,
  tooShort: (min) => `give it at least ${min}, so it says what happened.`,
};

export const headlineLength: Rule<HeadlineLengthOptions> = {
  id: 'headline-length',
  severity: 'warning',
  description: 'The headline (without a site-name suffix) is 10 to 60 characters, so search results show it whole.',
  defaults: DEFAULTS,
  optionsSchema: {
    type: 'object',
    properties: {
      ...LENGTH_OPTIONS_PROPERTIES,
      siteNameSuffix: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Separators before a site name at the end of the headline, e.g. " | ".' },
    },
    additionalProperties: false,
  },
  scope: 'release',
  check(context) {
    return lengthFindings(context, CHECK, DEFAULTS);
  },
};
