/**
 * Finds the headline among the first lines of a plain-text release, stepping over the boilerplate
 * above it: "MEDIA RELEASE", politicians' names and offices, web addresses, "Authorised by" lines.
 */
import { contactLabelOf, hasPhoneOrEmail } from './contacts';
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

export type HeaderLineKind = 'marker' | 'marker-title' | 'person' | 'url' | 'contact' | 'authorised' | 'noise' | 'candidate' | 'unlikely';

export function classifyHeaderLine(line: string): HeaderLineKind {
  const text = line.trim();
  if (MARKER_WITH_TITLE.test(text)) return 'marker-title';
  if (RELEASE_MARKER.test(text) && text.length <= 100) return 'marker';
  // An embargo line the schema has no field for stays in the body; it is never the headline.
  if (LETTER_SPACED.test(text) || isEndMark(text) || isEmbargoLine(text)) return 'noise';
  if (URL_ONLY.test(text)) return 'url';
  if (hasPhoneOrEmail(text) || contactLabelOf(text) !== undefined) return 'contact';
  if (AUTHORISED.test(text)) return 'authorised';
  if (NOISE.test(text)) return 'noise';
  if (PERSON.test(text) || POST_NOMINALS.test(text) || OFFICE.test(text)) return 'person';
  if ((text.match(OFFICE_WORDS) ?? []).length >= 2) return 'person';
  if (text.length > 200 || /[.,;:]$/.test(text) || /^[\p{Ll}]/u.test(text)) return 'unlikely';
  return 'candidate';
}

export function titleFromMarkerLine(line: string): string | undefined {
  return MARKER_WITH_TITLE.exec(line.trim())?.[1];
}

/** Headline text as a field value: the PDF's double spaces closed up. */
export function tidyTitle(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether `next` continues a headline hard-wrapped onto a second line. */
export function continuesHeadline(title: string, next: string): boolean {
  const text = next.trim();
  return /^[\p{Ll}]/u.test(text) && !/[.!?]$/.test(title.trim()) && tidyTitle(`${title} ${text}`).length <= 200 && classifyHeaderLine(text) !== 'url';
}
