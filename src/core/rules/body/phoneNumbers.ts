/**
 * Phone numbers through libphonenumber-js, Google's libphonenumber metadata in JavaScript. The `min`
 * build: pure JavaScript that runs in a browser, half the size of `max` (its metadata is 83 KB against
 * 157 KB), and the same answer as `max` on numbers written the way a region dials them; `max` is
 * stricter only about numbers dialled with an international prefix (`00…`) and can tell mobiles from
 * landlines, which these rules do not need.
 */
import { isFictionalNumber } from './fictionalNumbers';
import { findPhoneNumbersInText, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type PhoneReading =
  /** Not written like a phone number at all (left to the schema's pattern). */
  | { readonly kind: 'not-a-number' }
  /** Not in use; `withPlus` is the number abroad it would be with a plus before it (`1 727…` for `+1 727…`). */
  | { readonly kind: 'invalid'; readonly withPlus?: NumberAbroad }
  /** A real number; `better` is how to write it when it is written some other way. */
  /**
   * A real number; `better` is how to write it when it is written some other way. `added` is what
   * `better` puts before the digits written (a trunk `0`): the author may have meant a number abroad.
   */
  | { readonly kind: 'valid'; readonly better?: string; readonly added?: string };

/** A valid number in international form, and the region it belongs to. */
export interface NumberAbroad {
  readonly international: string;
  readonly region: CountryCode;
}

export const DEFAULT_REGION = 'GB';

export function regionOf(option: unknown): CountryCode {
  if (typeof option !== 'string') return DEFAULT_REGION;
  // A project names one region: asking the library once is enough.
  let region = regions.get(option);
  if (!region) {
    region = isSupportedCountry(option.toUpperCase()) ? (option.toUpperCase() as CountryCode) : DEFAULT_REGION;
    if (regions.size > 300) regions.clear();
    regions.set(option, region);
  }
  return region;
}

const regions = new Map<string, CountryCode>();

/** Region names said with "the" ("in the United Kingdom", but "in Australia"). */
const WITH_THE = /^(?:United|Netherlands|Philippines|Czech|Dominican|Bahamas|Gambia|Maldives|Marshall|Solomon|Comoros|Seychelles|Central African|Vatican)/;

/** The region's name in words, as it follows "in" (`the United Kingdom`), or its code when the runtime has no names. */
export function regionName(region: CountryCode): string {
  let said = regionNames.get(region);
  if (said === undefined) {
    said = nameOfRegion(region);
    // Bounded by the regions there are (about 250).
    regionNames.set(region, said);
  }
  return said;
}

/** Names already said: building Intl.DisplayNames costs more than the rest of a message. */
const regionNames = new Map<CountryCode, string>();

function nameOfRegion(region: CountryCode): string {
  let name: string = region;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'region' }).of(region) ?? region;
  } catch {
    // Older runtimes without Intl.DisplayNames: the code is still understood.
  }
  return WITH_THE.test(name) ? `the ${name}` : name;
}

/**
 * Readings already made, by region and number: a newsroom gives the same few office numbers in
 * thousands of releases, and libphonenumber's parse is most of a release's checking time (bounded for each region; a project dials from one).
 */
const readings = new Map<CountryCode, Map<string, PhoneReading>>();
const MAX_READINGS = 1000;

/** A region's bounded cache, by the text itself: a key made of region and text would be a new string to hash on every look-up. */
function cacheOf<T>(caches: Map<CountryCode, Map<string, T>>, region: CountryCode): Map<string, T> {
  let cache = caches.get(region);
  if (!cache) {
    cache = new Map();
    caches.set(region, cache);
  }
  return cache;
}

function remember<T>(cache: Map<string, T>, key: string, value: T, max: number): T {
  if (cache.size >= max) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

export function readPhone(written: string, region: CountryCode): PhoneReading {
  const cache = cacheOf(readings, region);
  return cache.get(written) ?? remember(cache, written, readPhoneAfresh(written, region), MAX_READINGS);
}

function readPhoneAfresh(written: string, region: CountryCode): PhoneReading {
  const text = written.trim();
  if (!/\d/.test(text)) return { kind: 'not-a-number' };
  const number = parsePhoneNumberFromString(text, region);
  if (!number) return { kind: 'not-a-number' };
  if (!number.isValid() && !isFictionalNumber(number.number)) return { kind: 'invalid', withPlus: withPlusOf(text) };
  const national = number.formatNational();
  // Punctuation is a matter of house style ("02 6277 4053", "(02) 6277 4053"); the grouping of the digits is not.
  const groups = (value: string): string => value.split(/\D+/).filter(Boolean).join(' ');
  const digits = groups(text);
  if (digits === groups(national)) return { kind: 'valid' };
  // Formatted only when the national form is not how it is written: most numbers are written nationally.
  const international = number.formatInternational();
  if (digits === groups(international)) return { kind: 'valid' };
  const better = number.country === region ? national : international;
  return { kind: 'valid', better, added: addedDigits(text, better) };
}

/**
 * The digits `better` puts before those written, when it has more of them: `305 547-0535` read in the
 * United Kingdom becomes 0305 547 0535. A `(0)` written after a country code is the same number, not a
 * digit more or less.
 */
function addedDigits(written: string, better: string): string | undefined {
  const digits = written.replace(/\(0\)/, '').replace(/\D+/g, '');
  const betterDigits = better.replace(/\D+/g, '');
  if (betterDigits.length <= digits.length || !betterDigits.endsWith(digits)) return undefined;
  return betterDigits.slice(0, betterDigits.length - digits.length);
}

/** A country code written without its plus (`1 727 277 3862`, `44 1632 960123`): the digits read with one. */
function withPlusOf(text: string): NumberAbroad | undefined {
  if (!/^\(?[1-9]/.test(text)) return undefined;
  const number = parsePhoneNumberFromString(`+${text.replace(/\D+/g, '')}`);
  // A number of no region (+800, +882) is more likely a national number missing its 0 (`800 1234 5678`).
  if (!number?.country || (!number.isValid() && !isFictionalNumber(number.number))) return undefined;
  return { international: number.formatInternational(), region: number.country };
}

export interface PhoneSpan {
  readonly start: number;
  readonly end: number;
}

/** Lines already searched, by region and text: an office's contact line is the same in release after release (bounded for each region). */
const searched = new Map<CountryCode, Map<string, readonly PhoneSpan[]>>();
const MAX_SEARCHED = 1000;
/** Longer lines are searched afresh: they are seldom repeated, and would make the cache large. */
const MAX_CACHED_LINE = 500;

/** Where phone numbers are written in a line of text, valid or not. */
export function phonesInText(text: string, region: CountryCode): readonly PhoneSpan[] {
  if (text.length > MAX_CACHED_LINE) return searchPhones(text, region);
  const cache = cacheOf(searched, region);
  return cache.get(text) ?? remember(cache, text, searchPhones(text, region), MAX_SEARCHED);
}

const ANY_DIGIT = /[0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/;

function searchPhones(text: string, region: CountryCode): readonly PhoneSpan[] {
  // No digit (the library also reads full-width, Arabic-Indic and Persian ones), no number: its search is costly.
  if (!ANY_DIGIT.test(text)) return [];
  // `leniency` is a documented option the type definitions leave out; POSSIBLE also finds numbers not in use.
  const options = { defaultCountry: region, leniency: 'POSSIBLE' } as Parameters<typeof findPhoneNumbersInText>[1];
  return findPhoneNumbersInText(text, options).map((found) => ({ start: found.startsAt, end: found.endsAt }));
}
