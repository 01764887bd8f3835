/** The publication date and the embargo, each taken from its own line and written as a press date. */
import { formatPressDate, weekdayOf, type DateTimeParts } from '../dates/pressDate';
import type { ReadDate } from '../dates/readDate';
import { accepts, fieldName, lineRef, type Conversion } from './conversion';
import { embargoNamesYear, isEmbargoLine, readDateLine, readEmbargoLine } from './dates';
import type { ConvertOptions } from './types';

/**
 * A line that is only a date (with boilerplate), near the top or at the end. Returns the date read,
 * even when the schema has no place for it: it still gives the embargo its year.
 */
export function takePublicationDate(conversion: Conversion, options: ConvertOptions): ReadDate | undefined {
  const { lines, header, footer, consumed, notes } = conversion;
  for (const index of [...header, ...footer]) {
    const date = readDateLine(lines[index]);
    if (!date) continue;
    const field = fieldName(conversion, 'publishDate');
    if (accepts(conversion, 'publishDate')) {
      consumed.set(index, field);
      const assumed = options.assumedTime ?? { hour: 9, minute: 0 };
      const hasTime = date.hour !== undefined && date.minute !== undefined;
      const parts = { year: date.year, month: date.month, day: date.day, hour: date.hour ?? assumed.hour, minute: date.minute ?? assumed.minute };
      conversion.found.publishDate = formatPressDate(parts);
      if (!hasTime) notes.push(`${field}: no time was written on ${lineRef(index)}; assumed ${formatPressDate(parts).slice(0, 5)}, check it`);
      checkWeekday(conversion, field, index, date, parts);
    } else {
      notes.push(`the schema has no ${field}; the date on ${lineRef(index)} stays in the body`);
    }
    return date;
  }
  return undefined;
}

/** The first embargo line with a readable date; one without a year takes the publication date's. */
export function takeEmbargo(conversion: Conversion, published: ReadDate | undefined): void {
  const { lines, nonBlank, consumed, notes } = conversion;
  const field = fieldName(conversion, 'embargo');
  for (const index of nonBlank) {
    if (consumed.has(index) || !isEmbargoLine(lines[index])) continue;
    const date = readEmbargoLine(lines[index], published?.year);
    if (!date) {
      notes.push(`${field}: ${lineRef(index)} looks like an embargo but names no date I could read; it stays in the body`);
      continue;
    }
    if (!accepts(conversion, 'embargo')) {
      notes.push(`the schema has no ${field} field; the embargo on ${lineRef(index)} stays in the body`);
      return;
    }
    // An embargo with no time lifts at the start of the day.
    const parts = { year: date.year, month: date.month, day: date.day, hour: date.hour ?? 0, minute: date.minute ?? 0 };
    conversion.found.embargo = formatPressDate(parts);
    consumed.set(index, field);
    if (date.hour === undefined) notes.push(`${field}: no time was written on ${lineRef(index)}; assumed 00:00, check it`);
    checkWeekday(conversion, field, index, date, parts);
    if (!embargoNamesYear(lines[index]) && published) {
      notes.push(`${field}: no year was written on ${lineRef(index)}; assumed ${date.year} from the publication date`);
    }
    return;
  }
}

/** A weekday that disagrees with the date is a typo in one of them; the author must say which. */
function checkWeekday(conversion: Conversion, field: string, index: number, date: ReadDate, parts: DateTimeParts): void {
  if (date.weekday && date.weekday !== weekdayOf(parts)) {
    conversion.notes.push(`${field}: ${lineRef(index)} says ${date.weekday}, but ${formatPressDate(parts).slice(6)} is a ${weekdayOf(parts)}; check the date`);
  }
}
