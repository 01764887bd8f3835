/**
 * A date as an author may write it: the press form (`HH:mm DD/MM/YYYY`) first, else any style readDate
 * knows (the time may then be absent). The status of a release and the embargo rule read dates this way.
 */
import { parsePressDate } from './pressDate';
import { readDate, type ReadDate } from './readDate';

/** Longer text is not a date field's value, and is not read. */
const MAX_DATE_TEXT = 200;

export function readAnyDate(value: string): ReadDate | undefined {
  const text = value.trim();
  if (text === '' || text.length > MAX_DATE_TEXT) return undefined;
  const press = parsePressDate(text);
  if (press.ok) return press.parts;
  return readDate(text);
}
