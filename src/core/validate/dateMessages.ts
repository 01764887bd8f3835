/**
 * The message for a value that is not a press date (HH:mm DD/MM/YYYY): one sentence that says the form
 * wanted and, when the date is in the wrong order or does not exist, says that too.
 */
import { daysInMonth, isRealDate, isRealTime, monthName, parsePressDate, PRESS_DATE_EXAMPLE, PRESS_DATE_PATTERN_TEXT } from '../dates/pressDate';
import { quoteValue } from './describeValue';

const DATE_FIRST = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/;
const TIME_FIRST = /^(\d{2}):(\d{2}) (\d{2})\/(\d{2})\/(\d{4})$/;

export function pressDateMessage(label: string, value: unknown): string {
  const head = `${label} must be a time and date like ${PRESS_DATE_EXAMPLE} (${PRESS_DATE_PATTERN_TEXT})`;
  if (typeof value !== 'string') return head;
  if (parsePressDate(value).ok) return head;
  const timeFirst = TIME_FIRST.exec(value);
  if (timeFirst) {
    const [hour, minute, day, month, year] = timeFirst.slice(1).map(Number);
    if (!isRealTime(hour, minute)) return `${head}; ${timeFirst[1]}:${timeFirst[2]} is not a real time`;
    return `${head}; ${value.split(' ')[1]} is not a real date: ${whyNotADate(day, month, year)}`;
  }
  const dateFirst = DATE_FIRST.exec(value);
  if (dateFirst) {
    const [day, month, year, hour, minute] = dateFirst.slice(1).map(Number);
    const reordered = `${dateFirst[4]}:${dateFirst[5]} ${dateFirst[1]}/${dateFirst[2]}/${dateFirst[3]}`;
    const problems = [`${quoteValue(value)} has the date before the time`];
    if (!isRealDate(year, month, day)) problems.push(`${dateFirst[1]}/${dateFirst[2]}/${dateFirst[3]} is not a real date: ${whyNotADate(day, month, year)}`);
    if (!isRealTime(hour, minute)) problems.push(`${dateFirst[4]}:${dateFirst[5]} is not a real time`);
    const fix = problems.length === 1 ? `: write ${reordered}` : '';
    return `${head}, the time first; ${problems.join(', and ')}${fix}`;
  }
  return `${head}, not ${quoteValue(value)}`;
}

/** "31 February does not exist (February 2021 has 28 days)", "there is no month 13". */
export function whyNotADate(day: number, month: number, year: number): string {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day < 1) return `there is no day ${day}`;
  const name = monthName(month);
  if (month === 2 && day === 29) return `29 February ${year} does not exist, as ${year} is not a leap year`;
  const length = month === 2 ? `February ${year}` : name;
  return `${day} ${name} does not exist (${length} has ${daysInMonth(year, month)} days)`;
}
