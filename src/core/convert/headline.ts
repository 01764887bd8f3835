/**
 * Finds the headline among the first lines of a plain-text release, stepping over the boilerplate
 * above it: "MEDIA RELEASE", politicians' names and offices, web addresses, "Authorised by" lines.
 */
import { contactLabelOf, hasPhoneOrEmail } from './contacts';
import { findDateIn } from '../dates/readDate';
import { isEmbargoLine } from './dates';
import { isEndMark } from './endMarks';

export const RELEASE_MARKER = /\b(?:JOINT\s+)?(?:MEDIA|PRESS|NEWS)\s+(?:RELEASE|STATEMENT)\b/i;
/** "MEDIA RELEASE: The headline" */
const MARKER_WITH_TITLE = /^\W*(?:JOINT\s+)?(?:MEDIA|PRESS|NEWS)\s+(?:RELEASE|STATEMENT)\s*:\s*(\S.*)$/i;

const PERSON = /^\W*(?:the\s+)?(?:hon\.?|honourable|senator|professor|prof\.?|dr\.?|mr\.?|mrs\.?|ms\.?|sir|dame)\s/i;
const POST_NOMINALS = /\b(?:MP|MLA|MLC|OAM|AO|AC|CSC|QC|SC)\b/;
const OFFICE =
  /^\W*(?:(?:deputy|shadow|assistant|acting|federal|state|parliamentary|special)\s+)*(?:minister|prime minister|premier|leader|member for|senator for|treasurer|attorney|chief executive|manager of|secretary|chair of|president of|ceo\b|mayor|lord mayor|commissioner for)\b/i;
const OFFICE_WORDS = /\b(?:minister|shadow|senator|member for|leader of|deputy leader)\b/gi;
const URL_ONLY = /^\s*(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?\s*$/i;
const AUTHORISED = /^\W*authori[sz]ed by\b/i;
const NOISE = /^\s*(?:E\s*&\s*OE|\*.*\*|\[.*\]|click to view|photo|image|caption|picture)\b|^\s*\*.*\*\s*$/i;
const LETTER_SPACED = /^\s*(?:\S {1,2}){6,}/;
const HEADLINE_VERBS = /\b(?:as|to|appoint\w*|announce\w*|welcome\w*|calls?|says?|must|will|resign\w*|named)\b/i;
/** A Markdown heading's marks ("# Headline"). */
const HEADING_MARKS = /^\s*#{1,6}\s+(?=\S)/;
/** A name alone above an office ("CLARE O'NEIL", "Jane Roe"): two to four capitalised words. */
const NAME_ALONE = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*$/u;

export type HeaderLineKind = 'marker' | 'marker-title' | 'person' | 'url' | 'contact' | 'authorised' | 'noise' | 'candidate' | 'unlikely';

export function classifyHeaderLine(line: string): HeaderLineKind {
  const text = line.trim().replace(HEADING_MARKS, '');
  if (MARKER_WITH_TITLE.test(text)) return 'marker-title';
  if (RELEASE_MARKER.test(text) && text.length <= 100) return 'marker';
  // An embargo line the schema has no field for stays in the body; it is never the headline.
  if (LETTER_SPACED.test(text) || isEndMark(text) || isEmbargoLine(text)) return 'noise';
  if (URL_ONLY.test(text)) return 'url';
  if (hasPhoneOrEmail(text) || contactLabelOf(text) !== undefined) return 'contact';
  if (AUTHORISED.test(text)) return 'authorised';
  if (NOISE.test(text)) return 'noise';
  if (PERSON.test(text) || POST_NOMINALS.test(text) || OFFICE.test(text)) return 'person';
  // Two office words make an office line, unless the line says something about the office ("APPOINTMENT AS SHADOW MINISTER").
  if ((text.match(OFFICE_WORDS) ?? []).length >= 2 && !HEADLINE_VERBS.test(text)) return 'person';
  // "Wednesday 31 March 2021  *Grabs available*": a line that starts with a date is never the headline.
  if (findDateIn(text)?.start === 0) return 'noise';
  if (text.length > 200 || /[.,;:]$/.test(text) || /^[\p{Ll}]/u.test(text)) return 'unlikely';
  return 'candidate';
}

export function titleFromMarkerLine(line: string): string | undefined {
  return MARKER_WITH_TITLE.exec(line.trim())?.[1];
}

/** Headline text as a field value: the PDF's double spaces closed up, a Markdown heading's marks dropped. */
export function tidyTitle(text: string): string {
  return text.replace(HEADING_MARKS, '').replace(/\s+/g, ' ').trim();
}

/** Whether a line is a name on its own, to be read with the office line below it as the author's block. */
export function isNameAlone(line: string): boolean {
  const text = line.trim();
  return NAME_ALONE.test(text) && text.length <= 40;
}

function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Whether `next` continues a headline hard-wrapped onto a second line. */
export function continuesHeadline(title: string, next: string): boolean {
  const text = next.trim();
  if (/[.!?]$/.test(title.trim()) || tidyTitle(`${title} ${text}`).length > 200) return false;
  // A lowercase continuation, or a headline in capitals wrapped onto another line in capitals.
  if (/^[\p{Ll}]/u.test(text)) return classifyHeaderLine(text) !== 'url';
  return isCapitals(title) && isCapitals(text) && classifyHeaderLine(text) === 'candidate';
}
