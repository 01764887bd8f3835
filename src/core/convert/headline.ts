/**
 * Finds the headline among the first lines of a plain-text release, stepping over the boilerplate
 * above it: "MEDIA RELEASE", politicians' names and offices, web addresses, "Authorised by" lines.
 */
import { contactLabelOf, hasPhoneOrEmail } from './contacts';
import { findDateIn } from '../dates/readDate';
import { isEmbargoLine, readDateLine } from './dates';
import { isEndMark } from './endMarks';

export const RELEASE_MARKER = /\b(?:JOINT\s+)?(?:MEDIA|PRESS|NEWS)\s+(?:RELEASE|STATEMENT)\b/i;
/** "MEDIA RELEASE: The headline", "FOR IMMEDIATE RELEASE: The headline", "MEDIA RELEASE  THE HEADLINE" (PDF columns). */
const MARKER_WITH_TITLE = /^\W*(?:(?:JOINT\s+)?(?:MEDIA|PRESS|NEWS)\s+(?:RELEASE|STATEMENT)|FOR\s+IMMEDIATE\s+RELEASE)\s*:\s*(\S.*)$/i;
const MARKER_THEN_COLUMN = /^\W*(?:JOINT\s+)?(?:MEDIA|PRESS|NEWS)\s+(?:RELEASE|STATEMENT)\s{2,}(\S.*)$/i;
/** Markers with no title: "STATEMENT", "MEDIA ADVISORY". */
const BARE_MARKER = /^\W*(?:(?:JOINT\s+)?STATEMENT|MEDIA\s+(?:ADVISORY|ALERT))\W*$/i;
/** "FOR IMMEDIATE RELEASE" alone: wires write it above or below the headline, so it marks nothing. */
const IMMEDIATE_RELEASE = /^\W*FOR\s+IMMEDIATE\s+RELEASE\W*$/i;
/** A security classification stamped above the text ("UNOFFICIAL", "OFFICIAL: Sensitive"). */
const CLASSIFICATION = /^\W*(?:UN)?(?:OFFICIAL|CLASSIFIED)(?:\s*:\s*sensitive)?\W*$|^\W*(?:PROTECTED|SENSITIVE|FOR OFFICIAL USE ONLY)\W*$/i;
/** Web page furniture above a release ("Skip to main content", "You are here:"). */
const PAGE_FURNITURE = /^\s*(?:skip to (?:main )?content|scroll to top|you are here:?|follow us|search for|home)\s*$/i;
/** Text decoded with the wrong encoding and nothing else ("Ã¢ÂÂ"): no words. */
const MOJIBAKE_ONLY = /^[\s\u0080-\u00ff\u2000-\u20ff\ufffd]*$/;
/** How a line that starts with a date starts: a digit, a month or a weekday. */
const MAY_START_WITH_DATE = /^\W*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;
/** A piece of a date a PDF broke onto its own line ("7", "July", "2020,"). */
const DATE_PIECE = /^\W*(?:\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\W*$/i;

const PERSON = /^\W*(?:the\s+)?(?:hon\.?|honourable|senator|professor|prof\.?|dr\.?|mr\.?|mrs\.?|ms\.?|sir|dame)\s/i;
const POST_NOMINALS = /\b(?:MP|MLA|MLC|OAM|AO|AC|CSC|QC|SC)\b/;
const OFFICE =
  /^\W*(?:(?:deputy|shadow|assistant|acting|federal|state|parliamentary|special)\s+)*(?:minister|prime minister|premier|leader|member for|senator for|treasurer|attorney|chief executive|manager of|secretary|chair of|president of|ceo\b|mayor|lord mayor|commissioner for)\b/i;
const OFFICE_WORDS = /\b(?:minister|shadow|senator|member for|leader of|deputy leader)\b/gi;
const URL_ONLY = /^\s*(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?\s*$/i;
const AUTHORISED = /^\W*authori[sz]ed by\b/i;
const NOISE = /^\s*(?:E\s*&\s*OE|\*.*\*|\[.*\]|click to view|photo|image|caption|picture)\b|^\s*\*.*\*\s*$/i;
export const LETTER_SPACED = /^\s*(?:\S {1,2}){6,}/;
const HEADLINE_VERBS = /\b(?:as|to|appoint\w*|announce\w*|welcome\w*|calls?|says?|must|will|resign\w*|named)\b/i;
/** A Markdown heading's marks ("# Headline"). */
const HEADING_MARKS = /^\s*#{1,6}\s+(?=\S)/;
/** A name alone above an office ("CLARE O'NEIL", "Jane Roe"): two to four capitalised words. */
const NAME_ALONE = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*$/u;

/** Longer lines are never a header's: a headline, a name, a marker or a date line is far shorter. */
const LONGEST_READ = 400;

export type HeaderLineKind = 'marker' | 'marker-title' | 'person' | 'url' | 'contact' | 'authorised' | 'noise' | 'candidate' | 'unlikely';

/** Lines already classified in this conversion: each header line is asked about several times. */
const classified = new Map<string, HeaderLineKind>();
const MOST_REMEMBERED = 2000;

/** Starts a conversion: what was learnt about another text's lines is forgotten. */
export function forgetClassifiedLines(): void {
  classified.clear();
}

export function classifyHeaderLine(line: string): HeaderLineKind {
  const known = classified.get(line);
  if (known !== undefined) return known;
  const kind = classify(line);
  if (classified.size >= MOST_REMEMBERED) classified.clear();
  classified.set(line, kind);
  return kind;
}

function classify(line: string): HeaderLineKind {
  // Body text: not read further (no pattern runs over a very long line).
  if (line.length > LONGEST_READ) return 'unlikely';
  const text = line.trim().replace(HEADING_MARKS, '');
  if (titleFromMarkerLine(text) !== undefined) return 'marker-title';
  if ((RELEASE_MARKER.test(text) && text.length <= 100) || BARE_MARKER.test(text)) return 'marker';
  if (CLASSIFICATION.test(text) || PAGE_FURNITURE.test(text) || MOJIBAKE_ONLY.test(text) || IMMEDIATE_RELEASE.test(text) || DATE_PIECE.test(text)) return 'noise';
  // An embargo line the schema has no field for stays in the body; it is never the headline.
  if (LETTER_SPACED.test(text) || isEndMark(text) || isEmbargoLine(text)) return 'noise';
  if (URL_ONLY.test(text)) return 'url';
  if (hasPhoneOrEmail(text) || contactLabelOf(text) !== undefined) return 'contact';
  if (AUTHORISED.test(text)) return 'authorised';
  if (NOISE.test(text)) return 'noise';
  if (isAuthorLine(text)) return 'person';
  // "Wednesday 31 March 2021  *Grabs available*": a line that starts with a date is never the headline; nor "Last updated: <date>".
  if ((MAY_START_WITH_DATE.test(text) && findDateIn(text)?.start === 0) || (/\d{4}/.test(text) && readDateLine(text.replace(/^\W*last\s+/i, '')) !== undefined)) return 'noise';
  if (text.length > 200 || /[.,;:]$/.test(text) || /^[\p{Ll}]/u.test(text)) return 'unlikely';
  return 'candidate';
}

/** A name or an office of the author's block ("The Hon Jane Example MP", "SHADOW MINISTER FOR HEALTH"). */
export function isAuthorLine(line: string): boolean {
  const text = line.trim();
  if (PERSON.test(text) || POST_NOMINALS.test(text) || OFFICE.test(text)) return true;
  // Two office words make an office line, unless the line says something about the office ("APPOINTMENT AS SHADOW MINISTER").
  return (text.match(OFFICE_WORDS) ?? []).length >= 2 && !HEADLINE_VERBS.test(text);
}

export function titleFromMarkerLine(line: string): string | undefined {
  const text = line.trim();
  const titled = MARKER_WITH_TITLE.exec(text)?.[1];
  if (titled !== undefined) return titled;
  // In a column after the marker, a title of four words or more that is not a date, a name or an office.
  const column = MARKER_THEN_COLUMN.exec(text)?.[1];
  if (column === undefined || column.trim().split(/\s+/).length < 4 || findDateIn(column) !== undefined || MARKER_THEN_COLUMN.test(column)) return undefined;
  return classifyHeaderLine(column) === 'candidate' ? column : undefined;
}

/** Headline text as a field value: the PDF's double spaces closed up, a Markdown heading's marks dropped. */
/**
 * A headline a PDF glued to the text beside it, in a column two spaces or more apart ("Growers want grants
 * not more debt    KENNEDY MP, Jo Citizen, has..."): the first column of three words or more that can be
 * a headline, when the next column starts with a capital. Returns where it starts and ends in the line.
 */
export function headlineColumnOf(line: string): { start: number; end: number } | undefined {
  const columns = [...line.matchAll(/\S+(?:\s\S+)*/g)];
  for (let n = 0; n + 1 < columns.length; n++) {
    const text = columns[n][0];
    const kind = classifyHeaderLine(text);
    if (kind === 'marker' || kind === 'noise' || findDateIn(text)?.start === 0) continue;
    // A headline's length: a longer column is a sentence a PDF spaced out.
    const words = text.split(' ').length;
    const fits = kind === 'candidate' && words >= 3 && words <= 14 && text.length <= 100 && !ENDS_UNFINISHED.test(text);
    if (!fits || !/^[\p{Lu}"“‘]/u.test(columns[n + 1][0])) return undefined;
    return { start: columns[n].index, end: columns[n].index + text.length };
  }
  return undefined;
}

export function isMarkdownHeading(line: string): boolean {
  return HEADING_MARKS.test(line);
}

export function tidyTitle(text: string): string {
  return text.replace(HEADING_MARKS, '').replace(/\s+/g, ' ').trim();
}

/** Whether a line is a name on its own, to be read with the office line below it as the author's block. */
export function isNameAlone(line: string): boolean {
  const text = line.trim();
  return NAME_ALONE.test(text) && text.length <= 40;
}

/** Most words of four letters or more start with a capital (there are at least two). */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 2 && words.filter((word) => /^\p{Lu}/u.test(word)).length >= 0.9 * words.length;
}

function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A headline cut after one of these words goes on on the next line ("... SENTENCED TO 15 YEARS FOR THE"). */
const ENDS_UNFINISHED = /\b(?:the|a|an|of|for|to|and|or|in|on|with|at|by|from|as|into|over|after|under|against)\s*$/i;

/**
 * Whether `next` continues a headline hard-wrapped onto a second line. Across a blank line (PDF text
 * doubles its line breaks) only a short continuation in the headline's own style counts.
 */
export function continuesHeadline(title: string, next: string, afterBlank = false): boolean {
  const text = next.trim();
  if (/[.!?]$/.test(title.trim()) || tidyTitle(`${title} ${text}`).length > 200) return false;
  const kind = classifyHeaderLine(text);
  // A dateline in capitals under the headline ("SAN FRANCISCO — MARCH 17, 2026") is not part of it.
  if ((afterBlank && text.length > 60) || findDateIn(text) !== undefined) return false;
  // A lowercase continuation, a headline in capitals wrapped onto another line in capitals, or one cut after "the".
  if (/^[\p{Ll}]/u.test(text)) return kind !== 'url' && (!afterBlank || kind === 'unlikely' || kind === 'candidate');
  if (isCapitals(title) && isCapitals(text) && kind === 'candidate') return true;
  // A long headline in Title Case wrapped onto a line in Title Case ("... John Citizen Issues" / "Statement on ...").
  if (!afterBlank && title.trim().length >= 40 && isTitleCase(title) && isTitleCase(text) && !/[,(–—]/.test(text) && kind === 'candidate') return true;
  return ENDS_UNFINISHED.test(title) && kind === 'candidate' && !isNameAlone(text);
}
