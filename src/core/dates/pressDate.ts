/**
 * The release date format of the built-in schema: `HH:mm DD/MM/YYYY`, e.g. `16:55 18/03/2020`.
 * Parsing says why a value is not a date, so messages and hovers can tell the author.
 */

import { twoDigits } from '../text/digits';

export interface DateTimeParts {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

export type PressDateResult =
  | { readonly ok: true; readonly parts: DateTimeParts }
  | { readonly ok: false; readonly reason: 'shape' | 'date' | 'time' };

export const PRESS_DATE_FORMAT = 'press-date';
export const PRESS_DATE_EXAMPLE = '16:55 18/03/2020';
export const PRESS_DATE_PATTERN_TEXT = 'HH:mm DD/MM/YYYY';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isRealTime(hour: number, minute: number): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

export function parsePressDate(value: string): PressDateResult {
  // Read by character codes: the schema checks the format on every release the CLI reads.
  if (!hasPressDateShape(value)) return { ok: false, reason: 'shape' };
  const hour = digitsAt(value, 0, 2);
  const minute = digitsAt(value, 3, 2);
  const day = digitsAt(value, 6, 2);
  const month = digitsAt(value, 9, 2);
  const year = digitsAt(value, 12, 4);
  if (!isRealTime(hour, minute)) return { ok: false, reason: 'time' };
  // Every month has its first 28 days: only a later day asks the calendar.
  if (!(month >= 1 && month <= 12 && day >= 1 && (day <= 28 || isRealDate(year, month, day)))) return { ok: false, reason: 'date' };
  return { ok: true, parts: { year, month, day, hour, minute } };
}

/** `^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$` without the pattern: digits where the example has digits, its other characters as they are. */
function hasPressDateShape(value: string): boolean {
  if (value.length !== PRESS_DATE_EXAMPLE.length) return false;
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at);
    const expected = PRESS_DATE_EXAMPLE.charCodeAt(at);
    if (expected >= DIGIT_0 && expected <= DIGIT_9 ? code < DIGIT_0 || code > DIGIT_9 : code !== expected) return false;
  }
  return true;
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** The number written by `count` ASCII digits from `at` (their shape already checked). */
function digitsAt(value: string, at: number, count: number): number {
  let number = 0;
  for (let index = at; index < at + count; index++) number = number * 10 + value.charCodeAt(index) - DIGIT_0;
  return number;
}

export function isPressDate(value: string): boolean {
  return parsePressDate(value).ok;
}

export function formatPressDate(parts: DateTimeParts): string {
  return `${twoDigits(parts.hour)}:${twoDigits(parts.minute)} ${twoDigits(parts.day)}/${twoDigits(parts.month)}/${parts.year}`;
}

/** Local wall-clock parts of a JavaScript date. */
export function partsOfDate(date: Date): DateTimeParts {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: date.getHours(), minute: date.getMinutes() };
}

export function weekdayOf(parts: Pick<DateTimeParts, 'year' | 'month' | 'day'>): string {
  return WEEKDAYS[new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()];
}

export function monthName(month: number): string {
  return MONTHS[month - 1];
}

/** "Wednesday 18 March 2020, 16:55" */
export function describePressDate(parts: DateTimeParts): string {
  return `${weekdayOf(parts)} ${parts.day} ${monthName(parts.month)} ${parts.year}, ${twoDigits(parts.hour)}:${twoDigits(parts.minute)}`;
}

/** The date part alone, e.g. "31/02/2020", for messages about impossible dates. */
export function datePartOf(value: string): string {
  return value.split(' ').pop() ?? value;
}
