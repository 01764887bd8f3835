/** Publication dates and embargo lines of plain-text releases, read with the core's readDate. */
import { findDateIn, readDate, type ReadDate } from '../dates/readDate';

/** "MEDIA RELEASE", "JOINT MEDIA RELEASE", "For immediate release", "Posted on", "Publish time" ... */
const DATE_LINE_WORDS =
  /\b(?:joint\s+)?(?:media|press|news)\s+(?:release|statement)\b|\bfor\s+immediate\s+release\b|\b(?:posted|published|issued|released|updated|dated?)(?:\s+on)?\b|\bpublish(?:ed)?\s+time\b|\btime\b/gi;

/** A line that holds a date (and perhaps a time) and nothing else but release boilerplate. */
export function readDateLine(line: string): ReadDate | undefined {
  if (line.trim().length > 120) return undefined;
  const stripped = line.replace(DATE_LINE_WORDS, ' ').replace(/[|:](?!\d)/g, ' ');
  return readDate(stripped);
}

const EMBARGO = /^\W*emb[a-z]*rgo(?:ed)?\b/i;

export function isEmbargoLine(line: string): boolean {
  return EMBARGO.test(line) && line.trim().length <= 160;
}

/** The date an embargo line names ("EMBARGOED UNTIL 00:01 Thursday 19 March 2020"). */
export function readEmbargoLine(line: string, defaultYear: number | undefined): ReadDate | undefined {
  const rest = line.replace(EMBARGO, ' ');
  return findDateIn(rest, defaultYear === undefined ? {} : { defaultYear })?.date;
}

/**
 * Whether the embargo line writes a year itself. Read without a default year: one that names no year
 * reads as no date at all.
 */
export function embargoNamesYear(line: string): boolean {
  return findDateIn(line.replace(EMBARGO, ' ')) !== undefined;
}
