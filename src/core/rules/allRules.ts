/**
 * Every release rule Pressroom has, in the order the documentation lists them. A rule is added here
 * and nowhere else: the engine, the configuration's schema, the docs index and the CLI's SARIF rule
 * list all read this table.
 */
import type { Rule } from './types';
import { placeholders } from './frontMatter/placeholders';
import { webAddresses } from './frontMatter/webAddresses';
import { embargoBeforePublication } from './frontMatter/embargoBeforePublication';
import { headlineLength } from './frontMatter/headlineLength';
import { headlineCapitals } from './frontMatter/headlineCapitals';
import { socialTitleLength } from './frontMatter/socialTitleLength';
import { socialDescriptionLength } from './frontMatter/socialDescriptionLength';
import { socialUrlMatches } from './frontMatter/socialUrlMatches';
import { socialTitle } from './frontMatter/socialTitle';
import { socialImage } from './frontMatter/socialImage';
import { socialImageAlt } from './frontMatter/socialImageAlt';
import { mediaContact } from './body/mediaContact';
import { styleTerms } from './body/styleTerms';
import { ledeLength } from './body/ledeLength';
import { endMark } from './body/endMark';
import { notesAfterEndMark } from './body/notesAfterEndMark';
import { brokenLinks } from './body/brokenLinks';
import { imageAltText } from './body/imageAltText';
import { linkText } from './body/linkText';
import { headingOrder } from './body/headingOrder';
import { duplicateUrl } from './workspace/duplicateUrl';
import { duplicateHeadline } from './workspace/duplicateHeadline';

// Each rule file exports one rule; their options differ, so the table holds them as Rule<any>.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ALL_RULES: readonly Rule<any>[] = [
  // front matter rules (src/core/rules/frontMatter)
  placeholders,
  webAddresses,
  embargoBeforePublication,
  headlineLength,
  headlineCapitals,
  socialTitleLength,
  socialDescriptionLength,
  socialUrlMatches,
  socialTitle,
  socialImage,
  socialImageAlt,
  // body rules (src/core/rules/body)
  mediaContact,
  styleTerms,
  ledeLength,
  endMark,
  notesAfterEndMark,
  brokenLinks,
  imageAltText,
  linkText,
  headingOrder,
  // workspace rules (src/core/rules/workspace)
  duplicateUrl,
  duplicateHeadline,
];
