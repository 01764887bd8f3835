/**
 * Media contact lines in the styles press offices use:
 *   "Media Enquiries: Jane Doe - 01632 960123"
 *   "Media contact: Jane Doe 0491 570 156; John Roe 0491 570 157"
 *   "MEDIA | Jane Doe | 0491 570 156"
 *   "For further information contact: Jane Doe, Press Officer, 01632 960123, jane.doe@example.org"
 *   "Media contacts:" followed by one contact per line ("Minister Doe: Jane Doe | 0491 570 156 | ...").
 */
import type { Contact } from '../contacts';
import { EMAIL, PHONE, tidy, tidyPhone, type ContactEntry, type ContactLineReading } from './contactParts';
import { readKeyedContact } from './keyedContact';

export type { ContactEntry, ContactLineReading } from './contactParts';
export { tidyPhone } from './contactParts';

const LABEL_WORDS =
  /^\W*(?:(?:for\s+)?(?:further|more)\s+(?:information|details|media\s+information)(?:\s*,?\s+(?:please\s+)?contact)?|for\s+media\s+(?:requests?|enquir(?:y|ies)|inquir(?:y|ies)|contacts?|queries)(?:\s*,?\s*(?:please\s+)?(?:call|contact))?|(?:media|press)(?:\s+(?:contacts?|enquir(?:y|ies)|inquir(?:y|ies)|queries|liaison|office))?(?:\s+(?:details|information))?|contacts?(?:\s+(?:details|information))?|enquiries|inquiries)/i;
/** After the label words: a separator, two spaces, the end, or (after a label of two words or more) a capital letter. */
const LABEL_END = /^\s*(?:[:|–—-]+\s*|\s{2,}|$)/;
const GLUED_LABEL_END = /^\s?(?=[A-Z])/;

const JOINERS = /^(?:(?:or|and|on|via|tel|telephone|ph|phone|mob|mobile|m|t|e|email|e-mail)\b\.?\s*:?\s*)+/i;
/** Words left over at the end of a name before its number: "please contact Jo Citizen, Press Officer, at". */
/** What kind of number stands before the next one ("555-0100 Office, jo@..."): the same contact's. */
const PHONE_KIND = /^(?:office|cell|mobile|fax|direct|work|home)\b\W*/i;
const JOINER_WORD = /^(?:at|on|or|via|and|by|for|ph|[tme])$|^[TME]$/;
/** Countries, states and provinces, which look like names in an address block ("Colorado Springs" / "CO 80920"). */
const PLACE_NAMES = new Set(
  'united states|united kingdom|usa|uk|canada|australia|new zealand|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|ontario|quebec|british columbia|alberta|manitoba|nova scotia|new south wales|victoria|queensland|tasmania'.split('|'),
);

/** A part of an address: a country or state, or a town followed by its state ("CO 80920", "California"). */
function isPlace(part: string, next: string | undefined): boolean {
  return isPlaceName(part) || (next !== undefined && (/^[A-Z]{2}(?:\s+\d{4,5})?\b/.test(next) || isPlaceName(next)));
}

/** One of PLACE_NAMES, whatever its case (a set, not a pattern: a long alternation is slow to compile). */
function isPlaceName(text: string): boolean {
  return PLACE_NAMES.has(text.toLowerCase()) && !NON_ASCII.test(text);
}

const NON_ASCII = /[^\0-\x7f]/;
const TRAILING_JOINERS = /(?:[\s,;:]+(?:at|on|or|via|and|by|(?:tele)?phone|tel|ph|mob(?:ile)?|e-?mail|call|[tmep]))+[\s,;:]*$/i;
/** Text with no place in a contact that may stand beside one: web addresses, a page's "[email protected]". */
const NO_FIELD_WORDS = /\b(?:W|Web|Website)\s*:|\b(?:Email Us Here|Visit Our (?:Website|Blog))\b|\[email(?:\u00a0|\s)protected\]|(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|org|net|gov|edu|io|ai|co)(?:\.\w{2})?(?:\/\S*)?\b/gi;
/** Words of an organisation, not a person; "office's" is found as "office". */
const ORG_WORDS = new Set(
  'minister|ministers|office|media|press|prime|premier|senator|deputy|department|police|council|authority|communications|team|unit|desk|national|electoral|leader|australia|government|inc|ltd|llc|pbc|corp|corporation|company|group|association|society|foundation|homes|law|digital|marketing|magazine|network|agency|labs|technologies|services|solutions|partners|shop|shops'.split('|'),
);

/** The label at the start of a contact line ("Media enquiries:", "Media Contacts Jane Roe..."), or undefined. */
export function contactLabelOf(line: string): string | undefined {
  const words = LABEL_WORDS.exec(line);
  if (!words) return undefined;
  const rest = line.slice(words[0].length);
  // "please contact the press office at ...": after "contact" the words are the contact's.
  const end = LABEL_END.exec(rest) ?? (/\s\S/.test(words[0].trim()) ? GLUED_LABEL_END.exec(rest) : null) ?? (/\scontact$/i.test(words[0]) ? /^\s+(?=\S)/.exec(rest) : null);
  if (!end) return undefined;
  const label = words[0] + end[0];
  // "Media" alone needs a separator ("MEDIA |", "Media:"), not just the end of the line.
  if (/^\W*media\W*$/i.test(label) && !/[:|]/.test(label)) return undefined;
  return label;
}

/** PDF and web text glue a contact's parts together ("Jane Roe(610) 555-0142jroe@..."): spaces put back. */
const ROLE_WORDS = 'Chief|Executive|Officer|President|Director|Manager|Founder|Head|Senior|Media|Communications|Public|Press|Marketing|Editor|Spokesperson|Partner';
const GLUED_ROLE = new RegExp(`(\\p{Ll}{2})(?=(?:${ROLE_WORDS})\\b)`, 'gu');
/** What a text must hold for GLUED_ROLE to find anything: tested first, as Unicode-aware patterns are slow to compile. */
const ROLE_WORD = new RegExp(ROLE_WORDS);

export function unglued(text: string): string {
  // "Jo CitizenChief Executive": a name glued to the role after it (a brand such as "ExampleWire" is left alone).
  const words = ROLE_WORD.test(text) ? text.replace(/[^\s@]+(?=\s|$)/g, (word) => (word.includes('@') ? word : word.replace(GLUED_ROLE, '$1 '))) : text;
  return (words.includes('www.') ? words.replace(/(\p{Ll})(?=www\.)/gu, '$1 ') : words)
    .replace(/([a-z])(?=\d{3}[.-]\d{3}[.-]\d{4}\b)/g, '$1 ')
    .replace(/\b(Office|Mobile|Cell|Fax)(?=[A-Z][\w.+-]*@)/g, '$1 ')
    // "Chief Executive Officerir@example.com": a role glued to a lowercase address.
    .replace(/(Officer|Executive|Director|Manager|President|Founder)(?=[a-z][\w.+-]*@)/g, '$1 ')
    .replace(/(\d)(?=[A-Za-z]{2})/g, '$1 ')
    .replace(/([A-Za-z])(?=[(+]\d)/g, '$1 ')
    .replace(/([a-z])(?=(?:Contact|Email|E-mail|Phone|Tel|Mobile|Company|City|Website)\b)/g, '$1 ');
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|senator|minister|the|hon|prof|professor|sir|dame)\b/i;

export function looksLikePerson(text: string): boolean {
  const words = text.split(' ');
  if (HONORIFIC.test(text)) return false;
  return words.length >= 2 && words.length <= 4 && words.every(isNameWord) && !hasOrganisationWord(text);
}

/** A capitalised word of a name; the Unicode-aware pattern (slow to compile) only for words beyond ASCII. */
function isNameWord(word: string): boolean {
  return /^[A-Z][A-Za-z'’.-]*$/.test(word) || (/[^\0-\x7f’]/.test(word) && /^[A-Z][\p{L}'’.-]*$/u.test(word));
}

/** Whether a whole word (a run of \w, as \b sees words) of the text is one of ORG_WORDS, whatever its case. */
function hasOrganisationWord(text: string): boolean {
  return (text.match(/\w+/g) ?? []).some((word) => ORG_WORDS.has(word.toLowerCase()));
}

interface Draft {
  nameText: string;
  roles: string[];
  phones: string[];
  emails: string[];
}

function takeParentheses(text: string, roles: string[]): string {
  return text.replace(/\(([^()]*)\)/g, (_match, inner: string) => {
    if (tidy(inner)) roles.push(tidy(inner));
    return ' ';
  });
}

/**
 * Two spaces or more between runs of two words or more are a PDF's columns ("Jo Citizen    Office of the
 * Minister"): each becomes a part of its own. A single word on either side is a wrapped line's break.
 */
function pdfColumns(text: string): string {
  const columns = text.split(/\s{2,}/);
  const merged: string[] = [];
  for (const column of columns) {
    const last = merged[merged.length - 1];
    if (last !== undefined && (!/\s/.test(last.trim()) || !/\s/.test(column.trim()))) merged[merged.length - 1] = `${last} ${column}`;
    else merged.push(column);
  }
  return merged.join(' | ');
}

function finish(draft: Draft): ContactEntry {
  const roles = [...draft.roles];
  let text = pdfColumns(takeParentheses(draft.nameText, roles).trim());
  text = text.replace(JOINERS, '').replace(TRAILING_JOINERS, '');
  if (/^the\s/i.test(text)) text = text.replace(/^the\s+(?=\p{L})/iu, '');
  // "Minister Doe's office: Jane Doe" - the name follows the colon.
  const colonParts = text.split(':').map(tidy).filter(Boolean);
  let parts: string[];
  if (colonParts.length > 1) {
    const last = colonParts[colonParts.length - 1];
    parts = [last, ...colonParts.slice(0, -1)];
  } else {
    parts = colonParts;
  }
  parts = parts.flatMap((part) => part.split(/\s*[,|]\s*|\s+[–—-]\s+/)).map((part) => tidy(part.replace(TRAILING_JOINERS, ''))).filter((part) => part !== '' && !JOINER_WORD.test(part));
  // Web addresses have no field (the line stays in the body: readFreeContacts says so).
  parts = parts.map((part) => tidy(part.replace(NO_FIELD_WORDS, ' ').replace(TRAILING_JOINERS, ''))).filter((part) => part !== '' && !JOINER_WORD.test(part));
  // "Jo Citizen Acme Widgets Ltd": a name glued to a company, with no comma between them.
  const firstTwo = parts[0]?.split(' ');
  const isPerson = (part: string, index: number): boolean => looksLikePerson(part) && !isPlace(part, parts[index + 1]);
  if (!parts.some(isPerson) && firstTwo !== undefined && firstTwo.length >= 4 && looksLikePerson(firstTwo.slice(0, 2).join(' '))) {
    parts = [firstTwo.slice(0, 2).join(' '), firstTwo.slice(2).join(' '), ...parts.slice(1)];
  }
  const personIndex = parts.findIndex(isPerson);
  const nameIndex = personIndex >= 0 ? personIndex : 0;
  const name = parts[nameIndex] ?? '';
  const allRoles = [...parts.filter((_part, index) => index !== nameIndex), ...roles];
  const contact: Contact = {
    name,
    ...(allRoles.length > 0 && { role: allRoles.join(', ') }),
    ...(draft.phones.length > 0 && { phone: draft.phones[0] }),
    ...(draft.emails.length > 0 && { email: draft.emails[0] }),
  };
  return { contact, extraPhones: draft.phones.slice(1), extraEmails: draft.emails.slice(1) };
}

/** Reads the contacts written in `text` (a line without its label). */
export function readContacts(text: string): ContactLineReading {
  return readKeyedContact(text) ?? readFreeContacts(text);
}

function readFreeContacts(text: string): ContactLineReading {
  const anchors: { start: number; end: number; kind: 'phone' | 'email'; value: string }[] = [];
  for (const match of text.matchAll(EMAIL)) anchors.push({ start: match.index, end: match.index + match[0].length, kind: 'email', value: match[0] });
  for (const match of text.matchAll(PHONE)) {
    const start = match.index;
    if (anchors.some((a) => a.kind === 'email' && start < a.end && start + match[0].length > a.start)) continue;
    anchors.push({ start, end: start + match[0].length, kind: 'phone', value: tidyPhone(match[0]) });
  }
  anchors.sort((a, b) => a.start - b.start);
  if (anchors.length === 0) return { entries: [], residue: tidy(text), residueAt: 0 };

  const drafts: Draft[] = [];
  let current: Draft = { nameText: text.slice(0, anchors[0].start), roles: [], phones: [], emails: [] };
  drafts.push(current);
  anchors.forEach((anchor, index) => {
    if (index > 0) {
      let between = text.slice(anchors[index - 1].end, anchor.start);
      // A parenthesis right after a number belongs to that contact: "0491 570 156 (Minister Doe)".
      between = between.replace(/^[\s,;|/–—-]*\(([^()]*)\)/, (_m, inner: string) => {
        if (tidy(inner)) current.roles.push(tidy(inner));
        return ' ';
      });
      const rest = tidy(between).replace(JOINERS, '').replace(PHONE_KIND, '');
      if (tidy(rest) !== '') {
        current = { nameText: between, roles: [], phones: [], emails: [] };
        drafts.push(current);
      }
    }
    (anchor.kind === 'phone' ? current.phones : current.emails).push(anchor.value);
  });
  const afterAt = anchors[anchors.length - 1].end;
  let after = text.slice(afterAt);
  const skipped = /^[\s,;|/–—-]*\([^()]*\)/.exec(after)?.[0].length ?? 0;
  after = after.replace(/^[\s,;|/–—-]*\(([^()]*)\)/, (_m, inner: string) => {
    if (tidy(inner)) current.roles.push(tidy(inner));
    return ' ';
  });
  const residue = tidy(after).replace(/^[.\s]+$/, '');
  // A web address or a hidden address after the contact has no field: the contact is read, the line kept.
  if (residue !== '' && tidy(residue.replace(NO_FIELD_WORDS, ' ')) === '') return { entries: drafts.map(finish), residue: '', residueAt: text.length, keepLine: true };
  // A web address among the names is dropped from the contact, so the line must stay in the body.
  const beforeLast = text.slice(0, anchors[anchors.length - 1].start).replace(EMAIL, ' ');
  const keepLine = new RegExp(NO_FIELD_WORDS.source, 'i').test(beforeLast);
  return { entries: drafts.map(finish), residue, residueAt: afterAt + skipped, ...(keepLine && { keepLine }) };
}

/** True when the line holds a phone number or an email address. */
export function hasPhoneOrEmail(line: string): boolean {
  return new RegExp(PHONE.source).test(line) || new RegExp(EMAIL.source).test(line);
}
