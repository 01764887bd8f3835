/**
 * An embargo lifts no later than the release is published: an embargo after the publish time means
 * either date is wrong. An embargo needs a time as well as a date, since newsrooms plan to the minute.
 */
import { readAnyDate } from '../../dates/anyDate';
import { describePressDate, formatPressDate, PRESS_DATE_FORMAT, PRESS_DATE_PATTERN_TEXT } from '../../dates/pressDate';
import type { ReadDate } from '../../dates/readDate';
import type { Rule, RuleFinding } from '../types';
import { fieldSchema, placeOn, roleText, valueRangeAt } from './fields';
import { findingAt } from '../finding';

const dayNumber = (date: ReadDate) => date.year * 10000 + date.month * 100 + date.day;
const minuteOfDay = (date: ReadDate) => (date.hour === undefined ? undefined : date.hour * 60 + (date.minute ?? 0));

function describe(date: ReadDate): string {
  if (date.hour === undefined) return describePressDate({ ...date, hour: 0, minute: 0 }).replace(/, 00:00$/, '');
  return describePressDate({ ...date, hour: date.hour, minute: date.minute ?? 0 });
}

/** Whether the embargo is later than publication; days alone when either has no time. */
function isLater(embargo: ReadDate, publish: ReadDate): boolean {
  if (dayNumber(embargo) !== dayNumber(publish)) return dayNumber(embargo) > dayNumber(publish);
  const a = minuteOfDay(embargo);
  const b = minuteOfDay(publish);
  return a !== undefined && b !== undefined && a > b;
}

export const embargoBeforePublication: Rule = {
  id: 'embargo-before-publication',
  severity: 'error',
  description: 'An embargo lifts no later than the publish time, and gives a time as well as a date.',
  defaults: {},
  scope: 'release',
  check(context) {
    const embargo = roleText(context, 'embargo');
    if (!embargo || embargo.value.trim().length > 200) return [];
    const embargoDate = readAnyDate(embargo.value);
    if (!embargoDate) return [];
    const findings: Omit<RuleFinding, 'startOffset' | 'endOffset'>[] = [];
    // A schema that checks the press-date form already says a date without a time is not in that form.
    if (embargoDate.hour === undefined && fieldSchema(context, embargo.path)?.format !== PRESS_DATE_FORMAT) {
      findings.push({ message: `${embargo.name} has a date but no time; write both, as ${PRESS_DATE_PATTERN_TEXT} (for example ${formatPressDate({ ...embargoDate, hour: 0, minute: 1 })}).` });
    }
    const publish = roleText(context, 'publishDate');
    const publishDate = publish && publish.value.trim().length <= 200 ? readAnyDate(publish.value) : undefined;
    // Only a publish date that stands in the document is compared, as when fields came with their places.
    if (publish && publishDate && isLater(embargoDate, publishDate) && valueRangeAt(context, publish.path)) {
      findings.push({
        message: `The embargo (${describe(embargoDate)}) is later than the publish time in ${publish.name} (${describe(publishDate)}); the release would go out before the embargo lifts. Correct one of the two.`,
      });
    }
    const at = findings.length > 0 ? placeOn(context, embargo.path) : undefined;
    return at ? findings.map((found) => findingAt(at, found.message)) : [];
  },
};
