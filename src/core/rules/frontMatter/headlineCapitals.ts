/**
 * A headline in capitals is hard to read (word shapes are lost) and some screen readers spell
 * capitalised words out letter by letter. Acronyms inside a headline in mixed case (NHS, A&E) are fine.
 */
import type { Rule } from '../types';
import { roleText } from './fields';
import { separatorsOption, splitSiteNameOf } from './siteName';

/** A headline is "in capitals" when at least this share of its letters are in words written all in capitals. */
const CAPITAL_SHARE = 0.6;
const MIN_CAPITAL_WORDS = 2;
const MIN_LETTERS = 8;

function isInCapitals(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}&'’-]+/gu) ?? [];
  let letters = 0;
  let capitalLetters = 0;
  let capitalWords = 0;
  for (const word of words) {
    const cased = word.replace(/[^\p{Lu}\p{Ll}]/gu, '');
    letters += cased.length;
    if (cased.length >= 2 && cased === cased.toUpperCase()) {
      capitalLetters += cased.length;
      capitalWords++;
    }
  }
  return letters >= MIN_LETTERS && capitalWords >= MIN_CAPITAL_WORDS && capitalLetters / letters >= CAPITAL_SHARE;
}

export const headlineCapitals: Rule = {
  id: 'headline-capitals',
  severity: 'warning',
  description: 'The headline is not written in capitals.',
  defaults: {},
  scope: 'release',
  check(context) {
    const headline = roleText(context, 'headline');
    if (!headline || headline.value.length > 2000) return [];
    const { headline: words } = splitSiteNameOf(context, headline.value, separatorsOption(undefined));
    if (!isInCapitals(words)) return [];
    return [{ startOffset: headline.range.start, endOffset: headline.range.end, path: headline.path, message: `The headline (${headline.name}) is in capitals, which is hard to read and some screen readers spell out letter by letter; write it in sentence case.` }];
  },
};
