/** Publication dates and embargo lines of plain-text releases, read with the core's readDate. */
import { findDateIn, readDate, type FoundDate, type ReadDate } from '../dates/readDate';

/** "MEDIA RELEASE", "JOINT MEDIA RELEASE", "For immediate release", "Posted on", "Publish time" ... */
const DATE_LINE_WORDS =
  /\b(?:joint\s+)?(?:media|press|news)\s+(?:release|statement)\b|\bfor\s+immediate\s+release\b|\b(?:posted|published|issued|released|updated|dated?)(?:\s+on)?\b|\bpublish(?:ed)?\s+time\b|\btime\b/gi;

/** A line that holds a date (and perhaps a time) and nothing else but release boilerplate. */
export function readDateLine(line: string): ReadDate | undefined {
  if (line.trim().length > 120) return undefined;
  const stripped = line.replace(DATE_LINE_WORDS, ' ').replace(/[|:](?!\d)/g, ' ').replace(/^[\s–—-]+|[\s–—-]+$/g, '');
  return readDate(stripped);
}

/**
 * What may stand before a dateline's date: release words, a place ("LONDON, UK,", "Forest Hill, MD -"),
 * a wire's name ("(Newsworthy.ai)", "/ PR Karma /"), a name in capitals: capitalised words, never a sentence.
 */
const DATELINE_PREFIX_WORD = /^(?:[\p{Lu}\d][\p{L}\p{N}.'’&-]*[,:]?|\([^()]{1,40}\)|[/|,:–—(-]+)$/u;
const AFTER_DATELINE_DATE = /^(?:\s*$|\s*(?:\p{L}+\s+){0,2}(?:[–—/|(]|-{1,2}(?!\d))|\s{2,}\S|\s+\p{Lu}{2,}|\s+\p{Lu}\p{L}*:)/u;

/**
 * The date of a dateline: a line that starts with a place or release words and then the date, then
 * perhaps the story ("LONDON, UK, 15 October 2024 – Acme today...", "MEDIA RELEASE JO CITIZEN 23 MAR 2020
 * HEALTH"). The date is read; the line, which holds more than the date, stays in the body.
 */
export function findDateline(line: string): FoundDate | undefined {
  // A dateline's date comes early: only the start of a long line is searched.
  const found = findDateIn(line.slice(0, 160));
  if (!found || found.start > 90) return undefined;
  const prefix = line.slice(0, found.start).replace(/\b(?:date|dated)\s*:/gi, ' ').trim();
  if (prefix !== '' && !prefix.split(/\s+/).every((word) => DATELINE_PREFIX_WORD.test(word))) return undefined;
  if (!AFTER_DATELINE_DATE.test(line.slice(found.end))) return undefined;
  return found;
}

const EMBARGO = /^\W*emb[a-z]*rgo(?:ed)?\b/i;

export function isEmbargoLine(line: string): boolean {
  return EMBARGO.test(line) && line.trim().length <= 160;
}

/** The date an embargo line names ("EMBARGOED UNTIL 00:01 Thursday 19 March 2020"). */
export function readEmbargoLine(line: string, defaultYear: number | undefined): FoundDate | undefined {
  const rest = line.replace(EMBARGO, ' ');
  return findDateIn(rest, defaultYear === undefined ? {} : { defaultYear });
}

/**
 * Whether the embargo line writes a year itself. Read without a default year: one that names no year
 * reads as no date at all.
 */
export function embargoNamesYear(line: string): boolean {
  return findDateIn(line.replace(EMBARGO, ' ')) !== undefined;
}
