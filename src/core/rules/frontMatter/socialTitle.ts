/**
 * The social card's title (`og.title`) is there and is the headline, or close to it, without the
 * site-name suffix: the card shows the site's name on its own, and a reader who clicks the card
 * should recognise the page.
 */
import type { Rule } from '../types';
import { fieldState, missingFieldRange, fillsSocialCard, placeOn, roleText, setFieldFix, valueRangeAt } from './fields';
import { isWholePlaceholder } from './placeholderText';
import { DEFAULT_SEPARATORS, separatorsOption, splitSiteNameOf } from './siteName';
import { finding, findingAt } from '../finding';

export interface SocialTitleOptions {
  readonly siteNameSuffix: readonly string[];
}

/** Below this share of common words, two titles read as different stories. */
const MIN_SHARED_WORDS = 0.5;

/** A title's distinct words in lower case, in the order they first appear: letters and digits, as `[\p{L}\p{N}]+` reads them. */
export function distinctWords(text: string): readonly string[] {
  const lower = text.toLowerCase();
  // In ASCII, letters and digits are these: the narrower pattern is the faster one.
  const words = lower.match(BEYOND_ASCII.test(lower) ? WORD : ASCII_WORD) ?? [];
  // A title has a few words, for which a look along the list costs less than a Set; a long text gets the Set.
  if (words.length > FEW_WORDS) return [...new Set(words)];
  const distinct: string[] = [];
  for (const word of words) if (!distinct.includes(word)) distinct.push(word);
  return distinct;
}

const FEW_WORDS = 32;

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
// eslint-disable-next-line no-control-regex -- anything beyond ASCII
const BEYOND_ASCII = /[^\x00-\x7f]/;

/**
 * Whether `start` opens `text` and ends where a word of it does, so that every word of `start` is a
 * word of `text`; for ASCII only, where lower case and word edges are those of each character alone.
 */
export function startsWithWords(text: string, start: string): boolean {
  if (!text.startsWith(start) || BEYOND_ASCII.test(start)) return false;
  if (start.length === text.length) return true;
  return !isAsciiWordChar(text.charCodeAt(start.length)) || !isAsciiWordChar(start.charCodeAt(start.length - 1));
}

/** A letter or digit; a character beyond ASCII counts as one, so a word of it is never cut. */
function isAsciiWordChar(code: number): boolean {
  const lower = code | 0x20;
  return code >= 0x80 || (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

function sharedWords(first: readonly string[], second: readonly string[]): number {
  const smaller = Math.min(first.length, second.length);
  if (smaller === 0) return 1;
  const inSecond = second.length > FEW_WORDS ? new Set(second) : undefined;
  let shared = 0;
  for (const word of first) if (inSecond ? inSecond.has(word) : second.includes(word)) shared++;
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
    const value = roleText(context, 'socialTitle')?.value.trim();
    // The usual answers first, before anything a finding needs is made: an empty or template title (the
    // schema's and the placeholders rule's to report), the headline itself (the same text reads as the
    // same words), or the start of the headline cut at the end of a word (a shortened headline).
    if (value !== undefined && (value === '' || isWholePlaceholder(value) || value === split.headline || (!split.suffix && startsWithWords(split.headline, value)))) return [];
    const name = path.join('.');
    const setTitle = (inFixAll: boolean) => setFieldFix(context, path, split.headline, { title: `Set ${name} to "${clip(split.headline)}"`, inFixAll, isPreferred: inFixAll });
    // The headline must stand in the document; asked only once there is a finding.
    const headlinePlaced = () => valueRangeAt(context, headline.path) !== undefined;
    if (value === undefined) {
      // Present but not text (a number, a list) or left empty: the schema says so.
      const range = fieldState(context, path) === 'absent' && fillsSocialCard(context) ? missingFieldRange(context, path) : undefined;
      if (!range || !headlinePlaced()) return [];
      const fix = setTitle(true);
      return [finding(`${name} is missing; add the headline${split.suffix ? ' without the site name' : ''}, so social cards show it.`, range.start, range.end, path, fix ? [fix] : [])];
    }
    // Each text is split into words once.
    const words = distinctWords(value);
    const headlineWords = distinctWords(split.headline);
    if (sameWords(words, headlineWords)) return [];
    // Placed (which reads the document) only for a finding.
    const place = () => (headlinePlaced() ? placeOn(context, path) : undefined);
    if (split.suffix && sameWords(words, distinctWords(headline.value))) {
      // After a dash the "site name" may be a subtitle: say so, and leave the choice to the author.
      const at = place();
      if (!at) return [];
      const fix = setTitle(split.certain === true);
      const message = split.certain
        ? `${name} repeats the site name ("${split.suffix}"); social cards show the site's name on their own, so leave it out.`
        : `${name} ends with "${split.suffix}"; if that is the site's name, leave it out, as social cards show the site's name on their own.`;
      return [findingAt(at, message, fix ? [fix] : [])];
    }
    if (sharedWords(words, headlineWords) < MIN_SHARED_WORDS) {
      const at = place();
      if (!at) return [];
      const fix = setTitle(false);
      return [findingAt(at, `${name} has few words in common with the headline; someone who clicks the social card should recognise the page, so use the headline or words from it.`, fix ? [fix] : [])];
    }
    return [];
  },
};
