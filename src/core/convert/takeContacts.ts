/** Media contacts: a labelled line ("Media contact: ..."), perhaps with one contact a line after it. */
import type { Contact } from '../contacts';
import { contactLabelOf, readContacts, unglued, type ContactEntry, type ContactLineReading } from './contacts';
import { accepts, fieldName, lineRef, type Conversion } from './conversion';

/** How far below a "Media contacts:" label its contacts may go on, one a line. */
const FOLLOWING_CONTACT_LINES = 12;
/** A contact written one part a line (name, role, phone, email) under its label: at most this many lines, each short. */
const BLOCK_LINES = 6;
const LONGEST_BLOCK_LINE = 100;
/** No contact line is longer: a longer line is body text, and is not searched for phone numbers. */
const LONGEST_CONTACT_LINE = 1000;
/** Words glued after a contact by PDF extraction that are the next line's, not the contact's. */
const NEXT_LINE_WORDS = /^\W*(?:authori[sz]ed\b|the\s+hon\b|senator\b|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}MP\b)/iu;

export function takeContacts(conversion: Conversion): void {
  const entries: ContactEntry[] = [];
  if (accepts(conversion, 'contacts')) {
    const { nonBlank } = conversion;
    for (let n = 0; n < nonBlank.length; n++) {
      const taken = takeContactBlock(conversion, n, entries);
      // Carry on after the block's last line.
      if (taken) n = nonBlank.indexOf(taken[taken.length - 1]);
    }
  }
  const contacts = dedupeContacts(entries, conversion.notes, fieldName(conversion, 'contacts'));
  if (contacts.length > 0) conversion.found.contacts = contacts;
}

/**
 * The contacts labelled on the `n`th line with text, and on the lines that follow it: adds them to
 * `entries` and returns the lines taken, or undefined when the line holds no contacts to take.
 */
function takeContactBlock(conversion: Conversion, n: number, entries: ContactEntry[]): number[] | undefined {
  const { lines, nonBlank, consumed, notes } = conversion;
  const index = nonBlank[n];
  if (consumed.has(index) || lines[index].length > LONGEST_CONTACT_LINE) return undefined;
  const label = contactLabelOf(lines[index]);
  if (label === undefined) return undefined;
  const text = unglued(lines[index].slice(label.length));
  const reading = readContacts(text);
  const remnant = reading.entries.length > 0 && reading.residue !== '' ? remnantOf(text, reading) : undefined;
  if (reading.residue !== '' && reading.entries.length > 0 && remnant === undefined) {
    notes.push(`${fieldName(conversion, 'contacts')}: ${lineRef(index)} looks like media contacts but also holds other text ("${reading.residue}"); it stays in the body`);
    return undefined;
  }
  if (reading.entries.length === 0) return takeOnePartALine(conversion, n, reading.residue, entries);
  const taken: number[] = [index];
  const found = [...reading.entries];
  // Contacts continue on the following lines ("Media contacts:" then one per line).
  for (let m = n + 1; m < nonBlank.length && m <= n + FOLLOWING_CONTACT_LINES; m++) {
    const next = nonBlank[m];
    if (consumed.has(next) || lines[next].length > LONGEST_CONTACT_LINE || contactLabelOf(lines[next]) !== undefined) break;
    const more = readContacts(unglued(lines[next]));
    if (more.entries.length === 0 || more.residue !== '') break;
    taken.push(next);
    found.push(...more.entries);
  }
  if (remnant !== undefined) conversion.remnants.set(index, remnant);
  return keep(conversion, taken, found, entries);
}

/**
 * The words after a contact that PDF extraction glued on from the next line ("... 0491 570 156  The Hon
 * Jane Doe MP, Sydney"): after two spaces or an "Authorised by". They stay in the body in the line's place.
 */
function remnantOf(text: string, reading: ContactLineReading): string | undefined {
  const raw = text.slice(reading.residueAt);
  const words = raw.trim();
  return /^[\s,;.]*\s{2}/.test(raw) || NEXT_LINE_WORDS.test(words) ? words : undefined;
}

/** "For media inquiries, please contact:" and then a name, a role, a phone and an email, a line each. */
function takeOnePartALine(conversion: Conversion, n: number, residue: string, entries: ContactEntry[]): number[] | undefined {
  const { lines, nonBlank, consumed } = conversion;
  // "Media: see website" is not a contact; a company name glued to the label ("Contact DetailsAcme") is.
  if (residue !== '' && /\s/.test(residue)) return undefined;
  const block: number[] = [];
  let lastAnchored = -1;
  for (let m = n + 1; m < nonBlank.length && m <= n + BLOCK_LINES; m++) {
    const next = nonBlank[m];
    if (next !== nonBlank[m - 1] + 1 && lastAnchored >= 0) break; // a blank line ends the block
    const line = lines[next];
    if (consumed.has(next) || line.trim().length > LONGEST_BLOCK_LINE || contactLabelOf(line) !== undefined) break;
    block.push(next);
    if (readContacts(unglued(line)).entries.length > 0) lastAnchored = block.length - 1;
  }
  if (lastAnchored < 0) return undefined;
  const parts = block.slice(0, lastAnchored + 1);
  const reading = readContacts([residue, ...parts.map((line) => unglued(lines[line]))].filter(Boolean).join(' | '));
  if (reading.entries.length === 0 || reading.residue !== '') return undefined;
  return keep(conversion, [nonBlank[n], ...parts], reading.entries, entries);
}

/**
 * Takes the lines for the contacts found on them. A second phone number or email has no field, so a
 * line holding one stays in the body as well: no number is ever dropped.
 */
function keep(conversion: Conversion, taken: number[], found: readonly ContactEntry[], entries: ContactEntry[]): number[] {
  const field = fieldName(conversion, 'contacts');
  const extras = found.flatMap((entry) => [...entry.extraPhones, ...entry.extraEmails]);
  // The note on each extra number is written with the contact's position (dedupeContacts).
  if (extras.length > 0) {
    for (const line of taken) conversion.remnants.delete(line);
  } else {
    for (const line of taken) conversion.consumed.set(line, field);
  }
  entries.push(...found);
  return taken;
}

/** Each person once (the same name, phone and email), with notes on what the schema cannot hold. */
function dedupeContacts(entries: readonly ContactEntry[], notes: string[], field: string): Contact[] {
  const seen = new Set<string>();
  const result: Contact[] = [];
  for (const entry of entries) {
    const { contact } = entry;
    const key = [contact.name, contact.phone ?? '', contact.email ?? ''].join('\u0000').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const position = result.length;
    result.push(contact);
    if (contact.name === '') notes.push(`${field}[${position}]: no name was written beside ${contact.phone ?? contact.email ?? 'this contact'}; fill it in`);
    for (const extra of [...entry.extraPhones, ...entry.extraEmails]) {
      notes.push(`${field}[${position}]: ${contact.name || 'this contact'} also has ${extra}, which the schema has no place for; it stays in the body`);
    }
  }
  return result;
}
