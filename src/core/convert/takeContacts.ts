/** Media contacts: a labelled line ("Media contact: ..."), perhaps with one contact a line after it. */
import type { Contact } from '../contacts';
import { contactLabelOf, readContacts, type ContactEntry } from './contacts';
import { accepts, fieldName, lineRef, type Conversion } from './conversion';

/** How far below a "Media contacts:" label its contacts may go on, one a line. */
const FOLLOWING_CONTACT_LINES = 12;

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
  if (consumed.has(index)) return undefined;
  const label = contactLabelOf(lines[index]);
  if (label === undefined) return undefined;
  const reading = readContacts(lines[index].slice(label.length));
  if (reading.residue !== '' && reading.entries.length > 0) {
    notes.push(`${fieldName(conversion, 'contacts')}: ${lineRef(index)} looks like media contacts but also holds other text ("${reading.residue}"); it stays in the body`);
    return undefined;
  }
  if (reading.entries.length === 0 && reading.residue !== '') return undefined; // "Media: see website" and the like
  const taken: number[] = reading.entries.length > 0 ? [index] : [];
  const found = [...reading.entries];
  // Contacts continue on the following lines ("Media contacts:" then one per line).
  for (let m = n + 1; m < nonBlank.length && m <= n + FOLLOWING_CONTACT_LINES; m++) {
    const next = nonBlank[m];
    if (consumed.has(next) || contactLabelOf(lines[next]) !== undefined) break;
    const more = readContacts(lines[next]);
    if (more.entries.length === 0 || more.residue !== '') break;
    taken.push(next);
    found.push(...more.entries);
  }
  if (found.length === 0) return undefined;
  if (reading.entries.length === 0) taken.unshift(index); // the label line itself
  for (const line of taken) consumed.set(line, fieldName(conversion, 'contacts'));
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
      notes.push(`${field}[${position}]: ${contact.name || 'this contact'} also has ${extra}, which the schema has no place for`);
    }
  }
  return result;
}
