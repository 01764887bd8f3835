/**
 * Reads a date, and a time when one is written next to it, in the styles people actually type in
 * releases: ISO 8601, "18 March 2020 16:55", "Thursday, 2 April 2020", "Tuesday 23rd November 2020",
 * "June 28, 2019", "February 25,2010", "18/03/2020" (UK order), "16:55 18/03/2020", "4.55pm", "4 a.m. ET"
 * and so on.
 *
 * Only real dates are read (31/02/2020 is not). Times are wall-clock times as written: an ISO offset
 * such as +01:00, or a zone such as ET or AEDT, is accepted but not applied (timeZoneIn says which).
 */
import { isRealDate, isRealTime } from './pressDate';

export interface ReadDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  /** Present only when a time was written. */
  readonly hour?: number;
  readonly minute?: number;
  /** The weekday as written ("Tuesday"), normalised to its full English name, when there was one. */
  readonly weekday?: string;
}

export interface FoundDate {
  readonly date: ReadDate;
  /** Offsets of the date (and its time, when read) inside the searched line: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface FindDateOptions {
  /**
   * When given, a day and month without a year ("6am Thursday 19 March") are read in this year.
   * Without it a year is always required.
   */
  readonly defaultYear?: number;
}

const MONTH_WORDS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const WEEKDAY_WORDS: readonly (readonly string[])[] = [
  ['sunday', 'sun'],
  ['monday', 'mon'],
  ['tuesday', 'tues', 'tue'],
  ['wednesday', 'wed'],
  ['thursday', 'thurs', 'thur', 'thu'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// Any word of three to nine letters where a month or a weekday may stand, checked in code (monthNumber,
// weekdayName): groups of every spelling would cost each pattern more to compile than the whole of the rest.
const MONTH = '([a-z]{3,9})\\.?';
const WEEKDAY = '(?:([a-z]{3,9})\\.?,?\\s+(?:the\\s+)?)?';
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const ISO_TIME = '(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?';

// A date starts and ends at a word boundary that is not part of a number. The patterns run on the line's
// ASCII shadow (asciiShadow), where an ASCII class says what \p{L}\p{N} would: Unicode-aware patterns cost
// V8 several milliseconds each to compile, which a one-file CLI run pays in full.
const B = '(?<![A-Za-z0-9])';
const E = '(?![A-Za-z0-9])';

type DateShape = 'iso' | 'dmy' | 'mdy' | 'numeric' | 'dm' | 'md';

interface Shape {
  readonly shape: DateShape;
  readonly pattern: RegExp;
  /** Something every match contains: a line without it is not searched (nor the pattern compiled). */
  readonly hint: RegExp;
  readonly needsDefaultYear?: boolean;
}

const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

const SHAPES: readonly Shape[] = [
  { shape: 'iso', hint: /\d{4}-\d\d-\d\d/, pattern: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${ISO_TIME}${E}`, 'gi') },
  { shape: 'dmy', hint: MONTH_HINT, pattern: new RegExp(`${B}${WEEKDAY}(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}${E}`, 'gi') },
  { shape: 'mdy', hint: MONTH_HINT, pattern: new RegExp(`${B}${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL}(?:,\\s*|\\s+)${YEAR}${E}`, 'gi') },
  { shape: 'numeric', hint: /\d[/.-]\d{1,2}[/.-]\d{4}/, pattern: new RegExp(`${B}${WEEKDAY}(\\d{1,2})([/.-])(\\d{1,2})\\3${YEAR}${E}`, 'gi') },
  { shape: 'dm', hint: MONTH_HINT, pattern: new RegExp(`${B}${WEEKDAY}(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+${MONTH}${E}`, 'gi'), needsDefaultYear: true },
  { shape: 'md', hint: MONTH_HINT, pattern: new RegExp(`${B}${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL}${E}`, 'gi'), needsDefaultYear: true },
];

// A time: "16:55", "4.55pm", "4:55 pm", "6am", "6 a.m.", "noon", "midday".
const TIME = '(?:(\\d{1,2})(?:[:.](\\d{2}))?(?::\\d{2})?\\s*(am|pm|a\\.m\\.?|p\\.m\\.?)|(\\d{1,2})[:.](\\d{2})(?::\\d{2})?(?:\\s*(?:hrs|h))?|(noon|midday|midnight))';
// A time zone written after a time: "ET", "AEDT", "(GMT)", "Eastern Time". Read, never applied.
const ZONE_WORDS = 'A[CEW][SD]?T|[ECMP][SD]?T|GMT|BST|UTC|CES?T|NZ[SD]T|(?:Eastern|Central|Mountain|Pacific)\\s+(?:standard\\s+|daylight\\s+)?time';
const ZONE = `(?:\\s*\\(?(?:${ZONE_WORDS})\\)?${E})`;
const TIME_AFTER = new RegExp(`^(?:\\s*(?:,|at|@|-|–|—)?\\s*)${TIME}${ZONE}?${E}`, 'i');
const TIME_BEFORE = new RegExp(`(?<![A-Za-z0-9:.])${TIME}${ZONE}?(?:\\s*(?:,|on|-|–|—)?\\s*)$`, 'i');
const ZONE_IN = new RegExp(`(?:\\d|[ap]\\.?m\\.?|noon|midday|midnight)${ZONE}`, 'i');
const NUMERIC_DAY_MONTH = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}(?!\d)/;

const PREFIX = /^(?:(?:posted|published|updated|issued|released|dated|date)(?:\s+on)?\s*:?\s*)/i;

function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return MONTH_WORDS.findIndex((words) => words.includes(lower)) + 1;
}

function weekdayName(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  const index = WEEKDAY_WORDS.findIndex((words) => words.includes(lower));
  return index < 0 ? undefined : WEEKDAY_NAMES[index];
}

/** The group holding the month's word, for the shapes that write it in words. */
const MONTH_GROUP: Readonly<Partial<Record<DateShape, number>>> = { dmy: 3, mdy: 2, dm: 3, md: 2 };

/** Whether the words a match holds where a weekday (group 1) and a month stand are a weekday and a month. */
function namesRealWords(shape: DateShape, m: RegExpExecArray): boolean {
  if (shape === 'iso') return true;
  if (m[1] !== undefined && weekdayName(m[1]) === undefined) return false;
  const monthGroup = MONTH_GROUP[shape];
  return monthGroup === undefined || monthNumber(m[monthGroup]) > 0;
}

interface DateOnly {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly weekday?: string;
}

function datePartsOf(shape: DateShape, m: RegExpExecArray, defaultYear: number | undefined): DateOnly | undefined {
  let year: number;
  let month: number;
  let day: number;
  let weekday: string | undefined;
  let hour: number | undefined;
  let minute: number | undefined;
  switch (shape) {
    case 'iso':
      [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (m[4] !== undefined) [hour, minute] = [Number(m[4]), Number(m[5])];
      break;
    case 'dmy':
      weekday = weekdayName(m[1]);
      [day, month, year] = [Number(m[2]), monthNumber(m[3]), Number(m[4])];
      break;
    case 'mdy':
      weekday = weekdayName(m[1]);
      [month, day, year] = [monthNumber(m[2]), Number(m[3]), Number(m[4])];
      break;
    case 'numeric':
      weekday = weekdayName(m[1]);
      [day, month, year] = [Number(m[2]), Number(m[4]), Number(m[5])];
      break;
    case 'dm':
      if (defaultYear === undefined) return undefined;
      weekday = weekdayName(m[1]);
      [day, month, year] = [Number(m[2]), monthNumber(m[3]), defaultYear];
      break;
    case 'md':
      if (defaultYear === undefined) return undefined;
      weekday = weekdayName(m[1]);
      [month, day, year] = [monthNumber(m[2]), Number(m[3]), defaultYear];
      break;
  }
  if (!isRealDate(year, month, day)) return undefined;
  if (hour !== undefined && minute !== undefined && !isRealTime(hour, minute)) return undefined;
  return { year, month, day, hour, minute, weekday };
}

/** Reads the groups of TIME starting at `first`; undefined when the time is impossible. */
function timeOf(m: RegExpExecArray, first: number): { hour: number; minute: number } | undefined {
  const [h12, m12, meridiem, h24, m24, word] = m.slice(first, first + 6);
  if (word !== undefined) {
    return word.toLowerCase() === 'midnight' ? { hour: 0, minute: 0 } : { hour: 12, minute: 0 };
  }
  if (meridiem !== undefined) {
    const hour = Number(h12);
    const minute = m12 === undefined ? 0 : Number(m12);
    if (hour < 1 || hour > 12 || minute > 59) return undefined;
    const pm = meridiem.toLowerCase().startsWith('p');
    return { hour: (hour % 12) + (pm ? 12 : 0), minute };
  }
  const hour = Number(h24);
  const minute = Number(m24);
  return isRealTime(hour, minute) ? { hour, minute } : undefined;
}

function withoutUndefined(parts: DateOnly): ReadDate {
  const result: { -readonly [K in keyof ReadDate]: ReadDate[K] } = { year: parts.year, month: parts.month, day: parts.day };
  if (parts.hour !== undefined && parts.minute !== undefined) {
    result.hour = parts.hour;
    result.minute = parts.minute;
  }
  if (parts.weekday !== undefined) result.weekday = parts.weekday;
  return result;
}

const NON_ASCII = /[^\0-\x7f]/;
const NON_ASCII_RUN = /[^\0-\x7f]+/g;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * The text, of the same length, with each letter or number beyond ASCII written as `x` (one per UTF-16
 * unit): no pattern, month or weekday is spelt with an `x`, so the ASCII patterns find what Unicode-aware
 * ones would find in the text itself, at the same offsets and word boundaries.
 */
function asciiShadow(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.replace(NON_ASCII_RUN, (run) => {
    let shadow = '';
    for (const character of run) shadow += LETTER_OR_NUMBER.test(character) ? 'x'.repeat(character.length) : character;
    return shadow;
  });
}

const DIGIT = /\d/;
const TIME_HINT = /\d|noon|midday|midnight/i;

/** A time pattern's match in the text; it is compiled only once some text could hold a time. */
function timeIn(pattern: RegExp, text: string): RegExpExecArray | null {
  return TIME_HINT.test(text) ? pattern.exec(text) : null;
}

function candidatesIn(text: string, options: FindDateOptions): FoundDate[] {
  const found: FoundDate[] = [];
  // Every shape has a digit; most lines of a release have none.
  if (!DIGIT.test(text)) return found;
  const line = asciiShadow(text);
  for (const { shape, pattern, hint, needsDefaultYear } of SHAPES) {
    if ((needsDefaultYear && options.defaultYear === undefined) || !hint.test(line)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      if (!namesRealWords(shape, m)) {
        // A word that is no weekday or no month: no date starts here (the other readings start with a digit).
        pattern.lastIndex = m.index + 1;
        continue;
      }
      const parts = datePartsOf(shape, m, options.defaultYear);
      if (!parts) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      let withTime: DateOnly = parts;
      if (parts.hour === undefined) {
        const after = timeIn(TIME_AFTER, line.slice(end));
        const before = after ? undefined : timeIn(TIME_BEFORE, line.slice(0, start));
        const time = after ? timeOf(after, 1) : before ? timeOf(before, 1) : undefined;
        if (time) {
          withTime = { ...parts, ...time };
          if (after) end += after[0].length;
          else if (before) start = before.index;
        }
      }
      found.push({ date: withoutUndefined(withTime), start, end, text: text.slice(start, end) });
    }
  }
  return found;
}

/**
 * The first date written somewhere in the line (with its time when one is written right before or
 * after it), or undefined. When two readings start at the same place the longer one wins.
 */
export function findDateIn(line: string, options: FindDateOptions = {}): FoundDate | undefined {
  const found = candidatesIn(line, options);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found[0];
}

/** Every date in the line, left to right, without overlaps. */
export function findDatesIn(line: string, options: FindDateOptions = {}): FoundDate[] {
  const found = candidatesIn(line, options).sort((a, b) => a.start - b.start || b.end - a.end);
  const result: FoundDate[] = [];
  for (const date of found) {
    const last = result[result.length - 1];
    if (!last || date.start >= last.end) result.push(date);
  }
  return result;
}

/**
 * Reads text that is a date and nothing else (allowing a leading "Posted on", "Date:" and the like and
 * trailing punctuation), e.g. "Posted on Tuesday 19th May 2020" or "16:55 18/03/2020".
 */
export function readDate(text: string, options: FindDateOptions = {}): ReadDate | undefined {
  const trimmed = text.trim();
  const prefix = PREFIX.exec(trimmed);
  const rest = prefix ? trimmed.slice(prefix[0].length) : trimmed;
  const found = findDateIn(rest, options);
  if (!found || found.start !== 0) return undefined;
  if (!/^[\s.,;]*$/.test(rest.slice(found.end))) return undefined;
  return found.date;
}

/** The time zone written beside the time of a found date ("ET", "AEDT"), which the date does not apply. */
export function timeZoneIn(found: FoundDate): string | undefined {
  const match = ZONE_IN.exec(asciiShadow(found.text));
  return match ? found.text.slice(match.index, match.index + match[0].length).replace(/^[\d\s]*(?:[ap]\.?m\.?|noon|midday|midnight)?/i, '').replace(/^[\s(]+|[\s)]+$/g, '') : undefined;
}

/**
 * Whether a found date is numeric with a day and month that could be either way round (04/05/2020:
 * 4 May in the UK, April 5 in the US). Such a date is read in UK order, but a converter must ask.
 */
export function isAmbiguousNumericDate(found: FoundDate): boolean {
  const match = NUMERIC_DAY_MONTH.exec(found.text);
  if (!match) return false;
  const [first, second] = [Number(match[1]), Number(match[2])];
  return first <= 12 && second <= 12 && first !== second;
}
