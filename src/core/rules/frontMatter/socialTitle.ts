/**
 * The social card's title (`og.title`) is there and is the headline, or close to it, without the
 * site-name suffix: the card shows the site's name on its own, and a reader who clicks the card
 * should recognise the page.
 */
import type { Rule } from '../types';
import { fieldState, missingFieldRange, fillsSocialCard, placeOn, roleText, setFieldFix, valueRangeAt } from './fields';
import { isWholePlaceholder } from './placeholderText';
import { DEFAULT_SEPARATORS, separatorsOption, splitSiteNameOf } from './siteName';

export interface SocialTitleOptions {
  readonly siteNameSuffix: readonly string[];
}

/** Below this share of common words, two titles read as different stories. */
const MIN_SHARED_WORDS = 0.5;

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const normalised = (text: string) => [...wordsOf(text)].join(' ');

function sharedWords(a: string, b: string): number {
  const first = wordsOf(a);
  const second = wordsOf(b);
  const smaller = Math.min(first.size, second.size);
  if (smaller === 0) return 1;
  let shared = 0;
  for (const word of first) if (second.has(word)) shared++;
  return shared / smaller;
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

export const socialTitle: Rule<SocialTitleOptions> = {
  id: 'social-title',
  severity: 'warning',
  description: 'The social card title (og.title) is there, and is the headline without its site-name suffix, or close to it.',
  defaults: { siteNameSuffix: DEFAULT_SEPARATORS },
  optionsSchema: {
    type: 'object',
    properties: { siteNameSuffix: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Separators before a site name at the end of the headline, e.g. " | ".' } },
    additionalProperties: false,
  },
  scope: 'release',
  check(context) {
    const headline = roleText(context, 'headline');
    const path = context.roles.socialTitle;
    if (!headline || !path || headline.value.trim() === '' || isWholePlaceholder(headline.value)) return [];
    const split = splitSiteNameOf(headline.value, separatorsOption(context.options.siteNameSuffix));
    const name = path.join('.');
    const setTitle = (inFixAll: boolean) => setFieldFix(context, path, split.headline, { title: `Set ${name} to "${clip(split.headline)}"`, inFixAll, isPreferred: inFixAll });
    // The headline must stand in the document; asked only once there is a finding.
    const headlinePlaced = () => valueRangeAt(context, headline.path) !== undefined;
    const social = roleText(context, 'socialTitle');
    if (!social) {
      // Present but not text (a number, a list) or left empty: the schema says so.
      const range = fieldState(context, path) === 'absent' && fillsSocialCard(context) ? missingFieldRange(context, path) : undefined;
      if (!range || !headlinePlaced()) return [];
      const fix = setTitle(true);
      return [{ startOffset: range.start, endOffset: range.end, path, message: `${name} is missing; add the headline${split.suffix ? ' without the site name' : ''}, so social cards show it.`, fixes: fix ? [fix] : [] }];
    }
    const value = social.value.trim();
    if (value === '' || isWholePlaceholder(value)) return [];
    // The same text reads as the same words (the usual case), without splitting either into words.
    if (value === split.headline) return [];
    const words = normalised(value);
    if (words === normalised(split.headline)) return [];
    // Placed (which reads the document) only for a finding.
    const place = () => (headlinePlaced() ? placeOn(context, path) : undefined);
    if (split.suffix && words === normalised(headline.value)) {
      // After a dash the "site name" may be a subtitle: say so, and leave the choice to the author.
      const at = place();
      if (!at) return [];
      const fix = setTitle(split.certain === true);
      const message = split.certain
        ? `${name} repeats the site name ("${split.suffix}"); social cards show the site's name on their own, so leave it out.`
        : `${name} ends with "${split.suffix}"; if that is the site's name, leave it out, as social cards show the site's name on their own.`;
      return [{ ...at, message, fixes: fix ? [fix] : [] }];
    }
    if (sharedWords(value, split.headline) < MIN_SHARED_WORDS) {
      const at = place();
      if (!at) return [];
      const fix = setTitle(false);
      return [{ ...at, message: `${name} has few words in common with the headline; someone who clicks the social card should recognise the page, so use the headline or words from it.`, fixes: fix ? [fix] : [] }];
    }
    return [];
  },
};
