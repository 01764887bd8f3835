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
/** After the date: the end, a dash or slash (perhaps after a zone such as "America/Toronto"), a column, capitals, or ", The story". */
const AFTER_DATELINE_DATE = /^(?:\s*$|\s*(?:[\p{L}/_]+\s+){0,2}(?:[–—/|(]|-{1,2}(?!\d))|\s{2,}\S|\s+\p{Lu}{2,}|\s+\p{Lu}\p{L}*:)/u;
/** "Los Angeles, California, July 4, 2025, As ...": after a place with a comma in it, a comma may end the dateline. */
const AFTER_PLACE_DATE = /^,\s+\p{Lu}\p{Ll}/u;
/** A Markdown link in a dateline ("[Example Newswire](https://...)") reads as its words. */
const MARKDOWN_LINK = /\[([^\]]{1,60})\]\([^)\s]{1,200}\)/g;

/**
 * The date of a dateline: a line that starts with a place or release words and then the date, then
 * perhaps the story ("LONDON, UK, 15 October 2024 – Acme today...", "MEDIA RELEASE JO CITIZEN 23 MAR 2020
 * HEALTH"). The date is read; the line, which holds more than the date, stays in the body.
 */
export function findDateline(line: string): FoundDate | undefined {
  // A dateline's date comes early: only the start of a long line is searched.
  const found = findDateIn(line.slice(0, 160));
  if (!found || found.start > 90) return undefined;
  const prefix = line.slice(0, found.start).replace(/\b(?:date|dated)\s*:/gi, ' ').replace(MARKDOWN_LINK, '$1').trim();
  if (prefix !== '' && !prefix.split(/\s+|,(?=\S)/).every((word) => DATELINE_PREFIX_WORD.test(word))) return undefined;
  const after = line.slice(found.end);
  if (!AFTER_DATELINE_DATE.test(after) && !(prefix.includes(',') && AFTER_PLACE_DATE.test(after))) return undefined;
  return found;
}

/**
 * A date written over two lines ("March 28," then "2020"): the two read together as a date line, and
 * neither alone.
 */
export function readSplitDateLine(line: string, next: string): ReadDate | undefined {
  if (line.trim().length > 40 || next.trim().length > 40 || readDateLine(line) || readDateLine(next)) return undefined;
  return readDateLine(`${line.trim()} ${next.trim()}`);
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
