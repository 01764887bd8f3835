/**
 * A headline in capitals is hard to read (word shapes are lost) and some screen readers spell
 * capitalised words out letter by letter. Acronyms inside a headline in mixed case (NHS, A&E) are fine.
 */
import type { Rule } from '../types';
import { placeOn, roleText } from './fields';
import { separatorsOption, splitSiteNameOf } from './siteName';
import { findingAt } from '../finding';

/** A headline is "in capitals" when at least this share of its letters are in words written all in capitals. */
const CAPITAL_SHARE = 0.6;
const MIN_CAPITAL_WORDS = 2;
const MIN_LETTERS = 8;

// eslint-disable-next-line no-control-regex -- anything beyond ASCII
const BEYOND_ASCII = /[^\x00-\x7f]/;

export function isInCapitals(text: string): boolean {
  if (!BEYOND_ASCII.test(text)) return asciiIsInCapitals(text);
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

/**
 * Two capitals in one word with no small letter between them: every word in capitals has them, and most
 * headlines none, which the expression says faster than the loop (most of all in a new thread's first releases).
 */
const TWO_CAPITALS = /[A-Z][A-Z0-9&'-]*[A-Z]/;

/** isInCapitals for ASCII text, without the list of words: words are runs of letters, digits, &, ' and -. */
function asciiIsInCapitals(text: string): boolean {
  if (!TWO_CAPITALS.test(text)) return false;
  let letters = 0;
  let capitalLetters = 0;
  let capitalWords = 0;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (code >= 0x41 && code <= 0x5a) upper++;
    else if (code >= 0x61 && code <= 0x7a) lower++;
    else if (!((code >= 0x30 && code <= 0x39) || code === 0x26 || code === 0x27 || code === 0x2d)) {
      // The end of a word.
      letters += upper + lower;
      if (upper + lower >= 2 && lower === 0) {
        capitalLetters += upper;
        capitalWords++;
      }
      upper = 0;
      lower = 0;
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
    const { headline: words } = splitSiteNameOf(headline.value, separatorsOption(undefined));
    const at = isInCapitals(words) ? placeOn(context, headline.path) : undefined;
    if (!at) return [];
    return [findingAt(at, `The headline (${headline.name}) is in capitals, which is hard to read and some screen readers spell out letter by letter; write it in sentence case.`)];
  },
};
