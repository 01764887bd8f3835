/** The publication date and the embargo, each taken from its own line and written as a press date. */
import { formatPressDate, weekdayOf, type DateTimeParts } from '../dates/pressDate';
import { findDateIn, isAmbiguousNumericDate, timeZoneIn, type FoundDate, type ReadDate } from '../dates/readDate';
import { accepts, fieldName, lineRef, noteToCheck, type Conversion } from './conversion';
import { embargoNamesYear, findDateline, isEmbargoLine, readDateLine, readEmbargoLine, readSplitDateLine } from './dates';
import type { ConvertOptions } from './types';

/**
 * The first date of the header, from the top: a line that is only a date (with boilerplate), a date written
 * over two lines, or a dateline; then the same at the end. Returns the date read, even when the schema has
 * no place for it: it still gives the embargo its year.
 */
export function takePublicationDate(conversion: Conversion, options: ConvertOptions): ReadDate | undefined {
  const { header, footer } = conversion;
  for (const [position, index] of [...header.entries(), ...footer.entries()]) {
    const inHeader = position < header.length && header[position] === index;
    const next = inHeader ? header[position + 1] : undefined;
    const taken = takeDateLine(conversion, options, index) ?? (next === undefined ? undefined : takeSplitDate(conversion, options, index, next)) ?? takeDateline(conversion, options, index, inHeader);
    if (taken !== undefined) return taken === 'ambiguous' ? undefined : taken;
  }
  return undefined;
}

type Taken = ReadDate | 'ambiguous' | undefined;

/** A line that is only a date, and release words. */
function takeDateLine(conversion: Conversion, options: ConvertOptions, index: number): Taken {
  const { lines, consumed, notes } = conversion;
  const field = fieldName(conversion, 'publishDate');
  const date = consumed.has(index) ? undefined : readDateLine(lines[index]);
  if (!date) return undefined;
  const found = findDateIn(lines[index]);
  if (found && isAmbiguousNumericDate(found)) return reportAmbiguous(conversion, field, index, found);
  if (accepts(conversion, 'publishDate')) {
    consumed.set(index, field);
    writePublicationDate(conversion, options, index, date);
  } else {
    notes.push(`the schema has no ${field}; the date on ${lineRef(index)} stays in the body`);
  }
  return date;
}

/** "March 28," on one line and "2020" on the next (PDF text). */
function takeSplitDate(conversion: Conversion, options: ConvertOptions, index: number, next: number): Taken {
  const { lines, consumed, notes } = conversion;
  const field = fieldName(conversion, 'publishDate');
  const date = consumed.has(index) || consumed.has(next) ? undefined : readSplitDateLine(lines[index], lines[next]);
  if (!date) return undefined;
  if (accepts(conversion, 'publishDate')) {
    consumed.set(index, field);
    consumed.set(next, field);
    writePublicationDate(conversion, options, index, date);
    notes.push(`${field}: the date is written over ${lineRef(index)} and ${lineRef(next)}; check it`);
  }
  return date;
}

/**
 * A dateline ("LONDON, UK, 15 October 2024 – ...") gives the date; its line stays in the body. At the
 * foot, only a line that starts with its date ("19 March 2020   MEDIA CONTACT: ...").
 */
function takeDateline(conversion: Conversion, options: ConvertOptions, index: number, inHeader: boolean): Taken {
  const { lines, consumed, notes } = conversion;
  const field = fieldName(conversion, 'publishDate');
  const found = consumed.has(index) || isEmbargoLine(lines[index]) ? undefined : findDateline(lines[index]);
  if (!found || (!inHeader && found.start !== 0)) return undefined;
  if (isAmbiguousNumericDate(found)) return reportAmbiguous(conversion, field, index, found);
  if (accepts(conversion, 'publishDate')) {
    writePublicationDate(conversion, options, index, found.date);
    notes.push(`${field}: read from the dateline on ${lineRef(index)} ("${found.text}"), which stays in the body`);
  }
  return found.date;
}

function writePublicationDate(conversion: Conversion, options: ConvertOptions, index: number, date: ReadDate): void {
  const field = fieldName(conversion, 'publishDate');
  const assumed = options.assumedTime ?? { hour: 9, minute: 0 };
  const hasTime = date.hour !== undefined && date.minute !== undefined;
  const parts = { year: date.year, month: date.month, day: date.day, hour: date.hour ?? assumed.hour, minute: date.minute ?? assumed.minute };
  conversion.found.publishDate = formatPressDate(parts);
  const time = formatPressDate(parts).slice(0, 5);
  if (!hasTime) noteToCheck(conversion, field, `no time was written on ${lineRef(index)}; assumed ${time}, check it`, `no time was written; ${time} assumed, check it`);
  checkWeekday(conversion, field, index, date, parts);
}

/** 04/05/2020 is 4 May or April 5: the author says which; nothing is guessed. */
function reportAmbiguous(conversion: Conversion, field: string, index: number, found: FoundDate): 'ambiguous' {
  conversion.notes.push(
    `${field}: ${lineRef(index)} writes the date as ${found.text}, which could be day/month or month/day; it stays in the body, so write the date in yourself`,
  );
  return 'ambiguous';
}

/** The first embargo line with a readable date; one without a year takes the publication date's. */
export function takeEmbargo(conversion: Conversion, published: ReadDate | undefined): void {
  const { lines, nonBlank, consumed, notes } = conversion;
  const field = fieldName(conversion, 'embargo');
  for (const index of nonBlank) {
    if (consumed.has(index) || !isEmbargoLine(lines[index])) continue;
    const found = readEmbargoLine(lines[index], published?.year);
    if (!found) {
      notes.push(`${field}: ${lineRef(index)} looks like an embargo but names no date I could read; it stays in the body`);
      continue;
    }
    if (isAmbiguousNumericDate(found)) {
      reportAmbiguous(conversion, field, index, found);
      return;
    }
    if (!accepts(conversion, 'embargo')) {
      notes.push(`the schema has no ${field} field; the embargo on ${lineRef(index)} stays in the body`);
      return;
    }
    const date = found.date;
    // An embargo with no time lifts at the start of the day.
    const parts = { year: date.year, month: date.month, day: date.day, hour: date.hour ?? 0, minute: date.minute ?? 0 };
    conversion.found.embargo = formatPressDate(parts);
    consumed.set(index, field);
    if (date.hour === undefined) noteToCheck(conversion, field, `no time was written on ${lineRef(index)}; assumed 00:00, check it`, 'no time was written; 00:00 assumed, check it');
    const zone = timeZoneIn(found);
    if (zone !== undefined) {
      // The field's form has no place for a zone: the original words go beside it, and the author is told.
      conversion.comments.set(field, `as written: ${lines[index].trim()}`);
      notes.push(
        `${field}: ${lineRef(index)} gives the time in ${zone}, which ${formatPressDate(parts).slice(0, 5)} cannot say; the original words are kept in a comment beside the field, check the time`,
      );
    }
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
    const mismatch = `${date.weekday}, but ${formatPressDate(parts).slice(6)} is a ${weekdayOf(parts)}; check the date`;
    noteToCheck(conversion, field, `${lineRef(index)} says ${mismatch}`, `the text says ${mismatch}`);
  }
}
