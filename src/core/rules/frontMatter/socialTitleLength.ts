/**
 * The social card's title is short enough to show whole: X (Twitter) cuts card titles at 70
 * characters, and Facebook and LinkedIn show about the first 60 to 70 on a card.
 */
import type { Rule } from '../types';
import { LENGTH_OPTIONS_PROPERTIES, lengthFindings, type LengthCheck, type LengthOptions } from './lengthLimits';

const DEFAULTS: LengthOptions = { min: 10, max: 70 };

const CHECK: LengthCheck = {
  role: 'socialTitle',
  subject: (name) => name,
  tooLong: (max) => `social networks cut card titles after about ${max}, so keep it to ${max} or fewer.`,
  tooShort: (min) => `give it at least ${min}, so the card says what the release is about.`,
};

export const socialTitleLength: Rule<LengthOptions> = {
  id: 'social-title-length',
  severity: 'warning',
  description: 'The social card title is 10 to 70 characters, so social networks show it whole.',
  defaults: DEFAULTS,
  optionsSchema: { type: 'object', properties: LENGTH_OPTIONS_PROPERTIES, additionalProperties: false },
  scope: 'release',
  check(context) {
    return lengthFindings(context, CHECK, DEFAULTS);
  },
};
