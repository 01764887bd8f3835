/**
 * Media contact lines in the styles press offices use:
 *   "Media Enquiries: Jane Doe - 01632 960123"
 *   "Media contact: Jane Doe 0491 570 156; John Roe 0491 570 157"
 *   "MEDIA | Jane Doe | 0491 570 156"
 *   "For further information contact: Jane Doe, Press Officer, 01632 960123, jane.doe@example.org"
 *   "Media contacts:" followed by one contact per line ("Minister Doe: Jane Doe | 0491 570 156 | ...").
 */
import type { Contact } from '../contacts';

export interface ContactEntry {
  readonly contact: Contact;
  /** Every further phone number written for the same person (the schema keeps one). */
  readonly extraPhones: readonly string[];
  readonly extraEmails: readonly string[];
}

export interface ContactLineReading {
  readonly entries: readonly ContactEntry[];
  /** Text of the line that was neither a label nor part of a contact. */
  readonly residue: string;
  /** Where the residue starts in the text read, as written (with its spaces). */
  readonly residueAt: number;
}

const LABEL_WORDS =
  /^\W*(?:(?:for\s+)?(?:further|more)\s+(?:information|details|media\s+information)(?:\s+(?:please\s+)?contact)?|for\s+media\s+(?:requests?|enquir(?:y|ies)|inquir(?:y|ies)|contacts?|queries)(?:\s*,?\s*(?:please\s+)?(?:call|contact))?|(?:media|press)(?:\s+(?:contacts?|enquir(?:y|ies)|inquir(?:y|ies)|queries|liaison|office))?(?:\s+(?:details|information))?|contacts?(?:\s+(?:details|information))?|enquiries|inquiries)/i;
/** After the label words: a separator, two spaces, the end, or (after a label of two words or more) a capital letter. */
const LABEL_END = /^\s*(?:[:|–—-]+\s*|\s{2,}|$)/;
const GLUED_LABEL_END = /^\s?(?=[A-Z])/;

const PHONE = /(?<![\w+@.])(?:\+\d{1,3}[ -]?(?:\(0\)\s?)?)?(?:\(\d{2,5}\)[ -]?)?\d(?:(?: {1,2}|[-.])?\d){6,13}(?![\w@])/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const SEPARATORS = /^[\s|,;:/–—-]+|[\s|,;:/–—-]+$/g;
const JOINERS = /^(?:(?:or|and|on|tel|telephone|ph|phone|mob|mobile|m|t|e|email|e-mail)\b\.?\s*:?\s*)+/i;
const ORG_WORDS = /\b(?:minister|ministers|office|office's|media|press|prime|premier|senator|deputy|department|police|council|authority|communications|team|unit|desk|national|electoral|leader|australia|government)\b/i;

/** The label at the start of a contact line ("Media enquiries:", "Media Contacts Jane Roe..."), or undefined. */
export function contactLabelOf(line: string): string | undefined {
  const words = LABEL_WORDS.exec(line);
  if (!words) return undefined;
  const rest = line.slice(words[0].length);
  const end = LABEL_END.exec(rest) ?? (/\s\S/.test(words[0].trim()) ? GLUED_LABEL_END.exec(rest) : null);
  if (!end) return undefined;
  const label = words[0] + end[0];
  // "Media" alone needs a separator ("MEDIA |", "Media:"), not just the end of the line.
  if (/^\W*media\W*$/i.test(label) && !/[:|]/.test(label)) return undefined;
  return label;
}

/** PDF and web text glue a contact's parts together ("Jane Roe(610) 555-0142jroe@..."): spaces put back. */
export function unglued(text: string): string {
  return text
    .replace(/(\d)(?=[A-Za-z]{2})/g, '$1 ')
    .replace(/([A-Za-z])(?=[(+]\d)/g, '$1 ')
    .replace(/([a-z])(?=(?:Contact|Email|E-mail|Phone|Tel|Mobile|Company|City|Website)\b)/g, '$1 ');
}

export function tidyPhone(phone: string): string {
  return phone.replace(/\s+/g, ' ').replace(/^\((\d{2,5})\)\s?/, '$1 ').trim();
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SEPARATORS, '').trim();
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|senator|minister|the|hon|prof|professor|sir|dame)\b/i;

function looksLikePerson(text: string): boolean {
  const words = text.split(' ');
  if (HONORIFIC.test(text)) return false;
  return words.length >= 2 && words.length <= 4 && words.every((word) => /^[A-Z][\p{L}'’.-]*$/u.test(word)) && !ORG_WORDS.test(text);
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

function finish(draft: Draft): ContactEntry {
  const roles = [...draft.roles];
  let text = takeParentheses(draft.nameText, roles).trim();
  text = text.replace(JOINERS, '');
  // "Minister Doe's office: Jane Doe" - the name follows the colon.
  const colonParts = text.split(':').map(tidy).filter(Boolean);
  let parts: string[];
  if (colonParts.length > 1) {
    const last = colonParts[colonParts.length - 1];
    parts = [last, ...colonParts.slice(0, -1)];
  } else {
    parts = colonParts;
  }
  parts = parts.flatMap((part) => part.split(/\s*[,|]\s*|\s+[–—-]\s+/)).map(tidy).filter(Boolean);
  const personIndex = parts.findIndex(looksLikePerson);
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
      const rest = tidy(between).replace(JOINERS, '');
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
  return { entries: drafts.map(finish), residue: tidy(after).replace(/^[.\s]+$/, ''), residueAt: afterAt + skipped };
}

/** True when the line holds a phone number or an email address. */
export function hasPhoneOrEmail(line: string): boolean {
  return new RegExp(PHONE.source).test(line) || new RegExp(EMAIL.source).test(line);
}
