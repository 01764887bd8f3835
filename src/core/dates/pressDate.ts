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

const SHAPE = /^(\d{2}):(\d{2}) (\d{2})\/(\d{2})\/(\d{4})$/;
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
  const match = SHAPE.exec(value);
  if (!match) return { ok: false, reason: 'shape' };
  const [hour, minute, day, month, year] = match.slice(1).map(Number);
  if (!isRealTime(hour, minute)) return { ok: false, reason: 'time' };
  if (!isRealDate(year, month, day)) return { ok: false, reason: 'date' };
  return { ok: true, parts: { year, month, day, hour, minute } };
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
