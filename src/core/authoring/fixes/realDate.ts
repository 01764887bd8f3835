/**
 * A date in a date-and-time form whose day does not exist (`16:55 31/02/2021`, `31/02/2021 16:55`): the
 * dates the author likely meant, written the press way. Each is a guess, so the author chooses.
 */
import { daysInMonth, formatPressDate, isRealDate, isRealTime, type DateTimeParts } from '../../dates/pressDate';
import type { BuiltInDiagnostic } from '../../diagnostics';
import type { FixContext } from './fixContext';
import { inSameStyle } from './quoting';
import { scalarAt } from './scalarAt';
import type { AuthoringFix } from './types';

const TIME_FIRST = /^(\d{1,2}):(\d{2}) (\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/;

/** The numbers as written, real or not. */
function partsWritten(value: string): DateTimeParts | undefined {
  const timeFirst = TIME_FIRST.exec(value.trim());
  if (timeFirst) {
    const [hour, minute, day, month, year] = timeFirst.slice(1).map(Number);
    return { year, month, day, hour, minute };
  }
  const dateFirst = DATE_FIRST.exec(value.trim());
  if (!dateFirst) return undefined;
  const [day, month, year, hour, minute] = dateFirst.slice(1).map(Number);
  return { year, month, day, hour, minute };
}

/**
 * The likely meanings of a date that does not exist: a day the month does not have gives the month's last
 * day, then the same day in the months beside it; a month over 12 gives day and month swapped (US order).
 */
export function likelyDates(parts: DateTimeParts): DateTimeParts[] {
  const { year, month, day, hour, minute } = parts;
  if (!isRealTime(hour, minute) || day < 1 || month < 1 || isRealDate(year, month, day)) return [];
  if (month > 12) return isRealDate(year, day, month) ? [{ ...parts, day: month, month: day }] : [];
  const found: DateTimeParts[] = [{ ...parts, day: daysInMonth(year, month) }];
  const before = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  const after = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  for (const near of [before, after]) if (isRealDate(near.year, near.month, day)) found.push({ ...parts, ...near });
  return found;
}

export function realDateFixes(ctx: FixContext, diagnostic: BuiltInDiagnostic): AuthoringFix[] {
  if (diagnostic.code !== 'invalid-date') return [];
  const scalar = scalarAt(ctx, diagnostic.path);
  if (!scalar || typeof scalar.node.value !== 'string') return [];
  const parts = partsWritten(scalar.node.value);
  if (!parts) return [];
  return likelyDates(parts).flatMap((meant): AuthoringFix[] => {
    const value = formatPressDate(meant);
    const newText = inSameStyle(scalar.node, value);
    if (newText === undefined) return [];
    return [{ id: 'real-date', title: `Change the date to "${value}"`, edits: [{ startOffset: scalar.startOffset, endOffset: scalar.endOffset, newText }], diagnostics: [diagnostic], isPreferred: false, inFixAll: false }];
  });
}
