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

const MONTH = `(${MONTH_WORDS.flat().join('|')})\\.?`;
const WEEKDAY = `(?:(${WEEKDAY_WORDS.flat().join('|')})\\.?,?\\s+(?:the\\s+)?)?`;
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const ISO_TIME = '(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?';

// A date starts and ends at a word boundary that is not part of a number.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

type DateShape = 'iso' | 'dmy' | 'mdy' | 'numeric' | 'dm' | 'md';

interface Shape {
  readonly shape: DateShape;
  readonly pattern: RegExp;
  readonly needsDefaultYear?: boolean;
}

const SHAPES: readonly Shape[] = [
  { shape: 'iso', pattern: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${ISO_TIME}${E}`, 'giu') },
  { shape: 'dmy', pattern: new RegExp(`${B}${WEEKDAY}(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}${E}`, 'giu') },
  { shape: 'mdy', pattern: new RegExp(`${B}${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL}(?:,\\s*|\\s+)${YEAR}${E}`, 'giu') },
  { shape: 'numeric', pattern: new RegExp(`${B}${WEEKDAY}(\\d{1,2})([/.-])(\\d{1,2})\\3${YEAR}${E}`, 'giu') },
  { shape: 'dm', pattern: new RegExp(`${B}${WEEKDAY}(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+${MONTH}${E}`, 'giu'), needsDefaultYear: true },
  { shape: 'md', pattern: new RegExp(`${B}${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL}${E}`, 'giu'), needsDefaultYear: true },
];

// A time: "16:55", "4.55pm", "4:55 pm", "6am", "6 a.m.", "noon", "midday".
const TIME = '(?:(\\d{1,2})(?:[:.](\\d{2}))?(?::\\d{2})?\\s*(am|pm|a\\.m\\.?|p\\.m\\.?)|(\\d{1,2})[:.](\\d{2})(?::\\d{2})?(?:\\s*(?:hrs|h))?|(noon|midday|midnight))';
// A time zone written after a time: "ET", "AEDT", "(GMT)", "Eastern Time". Read, never applied.
const ZONE_WORDS = 'A[CEW][SD]?T|[ECMP][SD]?T|GMT|BST|UTC|CES?T|NZ[SD]T|(?:Eastern|Central|Mountain|Pacific)\\s+(?:standard\\s+|daylight\\s+)?time';
const ZONE = `(?:\\s*\\(?(?:${ZONE_WORDS})\\)?(?![\\p{L}\\p{N}]))`;
const TIME_AFTER = new RegExp(`^(?:\\s*(?:,|at|@|-|–|—)?\\s*)${TIME}${ZONE}?(?![\\p{L}\\p{N}])`, 'iu');
const TIME_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}:.])${TIME}${ZONE}?(?:\\s*(?:,|on|-|–|—)?\\s*)$`, 'iu');
const ZONE_IN = new RegExp(`(?:\\d|[ap]\\.?m\\.?|noon|midday|midnight)${ZONE}`, 'iu');
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

function candidatesIn(line: string, options: FindDateOptions): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { shape, pattern, needsDefaultYear } of SHAPES) {
    if (needsDefaultYear && options.defaultYear === undefined) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      const parts = datePartsOf(shape, m, options.defaultYear);
      if (!parts) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      let withTime: DateOnly = parts;
      if (parts.hour === undefined) {
        const after = TIME_AFTER.exec(line.slice(end));
        const before = after ? undefined : TIME_BEFORE.exec(line.slice(0, start));
        const time = after ? timeOf(after, 1) : before ? timeOf(before, 1) : undefined;
        if (time) {
          withTime = { ...parts, ...time };
          if (after) end += after[0].length;
          else if (before) start = before.index;
        }
      }
      found.push({ date: withoutUndefined(withTime), start, end, text: line.slice(start, end) });
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
  const match = ZONE_IN.exec(found.text);
  return match ? match[0].replace(/^[\d\s]*(?:[ap]\.?m\.?|noon|midday|midnight)?/i, '').replace(/^[\s(]+|[\s)]+$/g, '') : undefined;
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
