/**
 * The social card's description is long enough to say something and short enough to show whole:
 * Google cuts snippets at about 155 to 160 characters, and social cards show about the same or less.
 */
import type { Rule } from '../types';
import { LENGTH_OPTIONS_PROPERTIES, lengthFindings, type LengthCheck, type LengthOptions } from './lengthLimits';

const DEFAULTS: LengthOptions = { min: 50, max: 160 };

const CHECK: LengthCheck = {
  role: 'socialDescription',
  subject: (name) => name,
  tooLong: (max) => `search results and social cards cut descriptions after about ${max}, so keep it to ${max} or fewer.`,
  tooShort: (min) => `give it at least ${min}: a sentence that says what the release is about and why it matters.`,
};

export const socialDescriptionLength: Rule<LengthOptions> = {
  id: 'social-description-length',
  severity: 'warning',
  description: 'The social card description is 50 to 160 characters, so search results and cards show it whole.',
  defaults: DEFAULTS,
  optionsSchema: { type: 'object', properties: LENGTH_OPTIONS_PROPERTIES, additionalProperties: false },
  scope: 'release',
  check(context) {
    return lengthFindings(context, CHECK, DEFAULTS);
  },
};
