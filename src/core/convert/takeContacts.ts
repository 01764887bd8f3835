/** Media contacts: a labelled line ("Media contact: ..."), perhaps with one contact a line after it. */
import type { Contact } from '../contacts';
import { findDateIn } from '../dates/readDate';
import { contactLabelOf, hasPhoneOrEmail, looksLikePerson, readContacts, unglued, type ContactEntry, type ContactLineReading } from './contacts';
import { accepts, askToCheck, fieldName, lineRef, type Conversion } from './conversion';

/** How far below a "Media contacts:" label its contacts may go on, one a line. */
const FOLLOWING_CONTACT_LINES = 12;
/** A contact written one part a line (name, role, phone, email) under its label: at most this many lines, each short. */
const BLOCK_LINES = 6;
const LONGEST_BLOCK_LINE = 160;
/** No contact line is longer: a longer line is body text, and is not searched for phone numbers. */
const LONGEST_CONTACT_LINE = 1000;
/** Words glued after a contact by PDF extraction that are the next line's, not the contact's. */
/** "Office: 555-0100", "Cell: 555-0101": a phone line of a spokesperson's block. */
const KEYED_PHONE_LINE = /^\s*(?:Office|Cell|Phone|Mobile|Tel|Direct|Desk)\s*:\s*[+(\d][\d\s().+-]*$/i;
const BLOCK_ROLE_LINES = 2;
/** Lines with text at the end of a release where an unlabelled contact line may stand. */
const NEAR_THE_END = 8;
/** How far down a page an unlabelled spokesperson's block is looked for (in lines with text). */
const TOP_OF_PAGE = 40;

/**
 * A spokesperson's block with no label at the top of a page: a name, a role or two, then "Office:" and
 * "Cell:" lines ("Jo Citizen" / "Public Affairs Counsel" / "Office: 555-0100").
 */
function takeUnlabelledBlock(conversion: Conversion, header: readonly number[], position: number, entries: ContactEntry[]): number[] | undefined {
  const { lines, consumed } = conversion;
  const first = header[position];
  if (consumed.has(first) || lines[first].length > 60 || !looksLikePerson(lines[first].trim())) return undefined;
  const block = [first];
  let m = position + 1;
  while (m < header.length && block.length <= BLOCK_ROLE_LINES && !KEYED_PHONE_LINE.test(lines[header[m]]) && lines[header[m]].trim().length <= 60 && !consumed.has(header[m])) block.push(header[m++]);
  const phones: number[] = [];
  while (m < header.length && KEYED_PHONE_LINE.test(lines[header[m]]) && !consumed.has(header[m])) phones.push(header[m++]);
  if (phones.length === 0) return undefined;
  const reading = readContacts([...block, ...phones].map((line) => lines[line].trim()).join(' | '));
  if (reading.entries.length !== 1 || reading.residue !== '') return undefined;
  return keep(conversion, [...block, ...phones], reading.entries, entries, reading.keepLine === true);
}

/** A line that is a phone number or an email and nothing else. */
function isBareAnchor(line: string): boolean {
  const reading = readContacts(unglued(line));
  return reading.entries.length === 1 && reading.residue === '' && reading.entries[0].contact.name === '' && reading.entries[0].contact.role === undefined;
}

/** "Minister Doe's office:  Jane Roe, 0491 570 156": a footer line that names its office instead of a label. */
const OFFICE_PREFIX = /^\W*(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}office\s*:/iu;
/** What every OFFICE_PREFIX line holds: a cheap test first, as Unicode-aware patterns are slow to compile. */
const OFFICE_HINT = /office\s*:/i;
/** "Jo Citizen | Senior Media Adviser | ...": a footer line that names a press officer's role instead of a label. */
const MEDIA_ROLE = /^[^|:]{0,40}\|\s*(?:senior\s+)?(?:media|press|communications)\s+(?:adviser|advisor|officer|manager|director)\b/i;
/** A contact label's word somewhere in a line: only then is a date before it looked for. */
const CONTACT_WORD = /contact|enquir|inquir/i;
const GLUED_CONTACT = /^\s*Contact(?=\p{Lu}\p{Ll})/u;
const LABEL_AT_END = /(?:media\s+)?contact(?:\s+(?:information|details))?\s*:\s*$/i;

/** A footer line with a phone number, an email and nothing like a sentence: a contact card with no label. */
function isContactCard(line: string): boolean {
  if (!line.includes('@') || !/\d{3}/.test(line)) return false;
  const reading = readContacts(unglued(line));
  const contact = reading.entries.length === 1 ? reading.entries[0].contact : undefined;
  // A sentence that gives a number ("Call us on ... or email ...") is not a card.
  const sentence = /[.!?]\s+\p{Lu}|[.!?]\s*$/u.test(line.trim()) || /(?:^|\s)\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+/u.test(contact?.name ?? '');
  return line.trim().length <= LONGEST_BLOCK_LINE && !sentence && contact?.phone !== undefined && contact.email !== undefined;
}

/** What may be left of a line that goes on on the next one: "... (312) 555-0142, or via email:". */
const JOINER_ONLY = /^(?:(?:or|and|via|at|on|e-?mail|phone|call|tel)\b\s*:?\s*)+$/i;
/** A company or a name glued after a label ("Contact DetailsAcme Widgets", "Contact: Jo Citizen"), not a sentence. */
const NAME_OR_ORGANISATION = /^[\p{Lu}\d“"][^!?;]{0,99}$/u;
/** A line of a contact written as keys and values ("Phone: ..."), which may come after a blank line. */
const KEYED_LINE = /^\s*(?:Contact\s+)?(?:Name|E-?mail|Phone|Tel|Telephone|Mobile|Cell|Company|Website)\s*:/i;
const NEXT_LINE_WORDS = /^\W*(?:authori[sz]ed\b|the\s+hon\b|senator\b|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}MP\b)/iu;
/** A word every NEXT_LINE_WORDS match holds (with the long s that case folding reads as an s). */
const NEXT_LINE_HINT = /authori|hon|[sſ]enator|mp/i;

export function takeContacts(conversion: Conversion): void {
  const entries: ContactEntry[] = [];
  if (accepts(conversion, 'contacts')) {
    const { nonBlank } = conversion;
    for (let n = 0; n < nonBlank.length; n++) {
      const taken = takeContactBlock(conversion, n, entries);
      // Carry on after the block's last line.
      if (taken) n = nonBlank.indexOf(taken[taken.length - 1]);
    }
    const top = nonBlank.slice(0, TOP_OF_PAGE);
    for (let position = 0; position < top.length; position++) {
      const taken = takeUnlabelledBlock(conversion, top, position, entries);
      if (taken) position = top.indexOf(taken[taken.length - 1]);
    }
  }
  const contacts = dedupeContacts(entries, conversion, fieldName(conversion, 'contacts'));
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
  const labelled = labelOf(lines[index], isNearTheEnd(conversion, n));
  if (labelled === undefined) return undefined;
  const { lead, label } = labelled;
  let text = unglued(lines[index].slice(lead.length + label.length));
  let reading = readContacts(text);
  const taken: number[] = [index];
  // "... (312) 555-0142, or" and the email on the next line: one contact over two lines.
  for (let m = n + 1; m < nonBlank.length && m <= n + 3 && JOINER_ONLY.test(reading.residue) && reading.entries.length > 0; m++) {
    if (consumed.has(nonBlank[m]) || lines[nonBlank[m]].length > LONGEST_BLOCK_LINE) break;
    text = `${text} ${unglued(lines[nonBlank[m]])}`;
    reading = readContacts(text);
    taken.push(nonBlank[m]);
  }
  const rest = reading.entries.length > 0 && reading.residue !== '' ? remnantOf(text, reading) : undefined;
  // A date before the label ("August 29, 2018 Contact: ...") stays in the body in the line's place.
  const remnant = [lead.trim(), rest ?? ''].filter(Boolean).join(' ') || undefined;
  if (reading.residue !== '' && reading.entries.length > 0 && rest === undefined) {
    notes.push(`${fieldName(conversion, 'contacts')}: ${lineRef(index)} looks like media contacts but also holds other text ("${reading.residue}"); it stays in the body`);
    return undefined;
  }
  if (reading.entries.length === 0) return takeOnePartALine(conversion, n, reading.residue, entries, lead.trim()) ?? takeListBelow(conversion, n, reading.residue, entries);
  let keepLine = reading.keepLine === true;
  const found = [...reading.entries];
  // Contacts continue on the following lines ("Media contacts:" then one per line).
  for (let m = n + 1; m < nonBlank.length && m <= n + FOLLOWING_CONTACT_LINES; m++) {
    const next = nonBlank[m];
    if (consumed.has(next) || lines[next].length > LONGEST_CONTACT_LINE || contactLabelOf(lines[next]) !== undefined) break;
    if (taken.includes(next)) continue;
    const more = readContacts(unglued(lines[next]));
    if (more.entries.length === 0 || more.residue !== '') break;
    taken.push(next);
    found.push(...more.entries);
    keepLine ||= more.keepLine === true;
  }
  if (remnant !== undefined) conversion.remnants.set(index, remnant);
  return keep(conversion, taken, found, entries, keepLine);
}

/** Whether the `n`th line with text is among the last lines (and not the first few, in a short text). */
function isNearTheEnd({ nonBlank }: Conversion, n: number): boolean {
  return n >= nonBlank.length - NEAR_THE_END && n >= NEAR_THE_END / 2;
}

/** The contact label of a line, after a date that may stand before it; a footer line may name an office instead. */
function labelOf(line: string, inFooter: boolean): { lead: string; label: string } | undefined {
  const label = contactLabelOf(line);
  if (label !== undefined) return { lead: '', label };
  const date = CONTACT_WORD.test(line) ? findDateIn(line.slice(0, 60)) : undefined;
  if (date?.start === 0 || (date && line.slice(0, date.start).trim() === '')) {
    const after = line.slice(date.end);
    const rest = after.replace(/^[\s,.;:–—-]+/, '');
    const dated = contactLabelOf(rest);
    if (dated !== undefined) return { lead: line.slice(0, date.end + after.length - rest.length), label: dated };
  }
  if (inFooter && ((OFFICE_HINT.test(line) && OFFICE_PREFIX.test(line)) || MEDIA_ROLE.test(line) || isContactCard(line))) return { lead: '', label: '' };
  // "ContactJo Citizen Acme Ltd": a web page glued the label to the name.
  const glued = line.includes('Contact') ? GLUED_CONTACT.exec(line) : null;
  if (glued && line.length <= LONGEST_BLOCK_LINE) return { lead: '', label: glued[0] };
  // "[](https://example.com) Contact Information:" at the end of a line of links.
  const atEnd = LABEL_AT_END.exec(line);
  if (atEnd && line.slice(0, atEnd.index).replace(/\[[^\]]*\]\([^)]*\)/g, '').trim() === '') return { lead: line.slice(0, atEnd.index), label: atEnd[0] };
  return undefined;
}

/** "Media Contact:" alone, then a line or more of whole contacts ("Office - Jo Citizen 0491 570 156 | ..."). */
function takeListBelow(conversion: Conversion, n: number, residue: string, entries: ContactEntry[]): number[] | undefined {
  const { lines, nonBlank, consumed } = conversion;
  if (residue !== '') return undefined;
  const taken: number[] = [];
  const found: ContactEntry[] = [];
  let keepLine = false;
  for (let m = n + 1; m < nonBlank.length && m <= n + FOLLOWING_CONTACT_LINES; m++) {
    const next = nonBlank[m];
    if (consumed.has(next) || lines[next].length > LONGEST_CONTACT_LINE || contactLabelOf(lines[next]) !== undefined) break;
    const more = readContacts(unglued(lines[next]));
    if (more.entries.length === 0 || more.residue !== '') break;
    taken.push(next);
    found.push(...more.entries);
    keepLine ||= more.keepLine === true;
  }
  return taken.length === 0 ? undefined : keep(conversion, [nonBlank[n], ...taken], found, entries, keepLine);
}

/**
 * The words after a contact that PDF extraction glued on from the next line ("... 0491 570 156  The Hon
 * Jane Doe MP, Sydney"): after two spaces or an "Authorised by". They stay in the body in the line's place.
 */
function remnantOf(text: string, reading: ContactLineReading): string | undefined {
  const raw = text.slice(reading.residueAt);
  const words = raw.trim();
  // A date after the contact ("... 0491 570 156 October 20, 2020") is the release's, not the contact's.
  const date = findDateIn(words);
  const onlyDate = date?.start === 0 && /^[\s.,]*$/.test(words.slice(date.end));
  return /^[\s,;.]*\s{2}/.test(raw) || (NEXT_LINE_HINT.test(words) && NEXT_LINE_WORDS.test(words)) || onlyDate ? words : undefined;
}

/** "For media inquiries, please contact:" and then a name, a role, a phone and an email, a line each. */
function takeOnePartALine(conversion: Conversion, n: number, residue: string, entries: ContactEntry[], lead: string): number[] | undefined {
  const { lines, nonBlank, consumed } = conversion;
  // "Media: see website" is not a contact; a company or a name after the label ("Contact DetailsAcme Widgets") is.
  if (residue !== '' && !NAME_OR_ORGANISATION.test(residue)) return undefined;
  const block: number[] = [];
  let lastAnchored = -1;
  for (let m = n + 1; m < nonBlank.length && m <= n + BLOCK_LINES; m++) {
    const next = nonBlank[m];
    const line = lines[next];
    // A blank line ends the block, unless the block is written one part a paragraph ("Phone: ...", a bare email).
    if (next !== nonBlank[m - 1] + 1 && lastAnchored >= 0 && !KEYED_LINE.test(line) && !isBareAnchor(line)) break;
    if (consumed.has(next) || line.trim().length > LONGEST_BLOCK_LINE || contactLabelOf(line) !== undefined) break;
    block.push(next);
    if (readContacts(unglued(line)).entries.length > 0) lastAnchored = block.length - 1;
  }
  if (lastAnchored < 0) return undefined;
  const parts = block.slice(0, lastAnchored + 1);
  const partTexts = parts.map((line) => unglued(lines[line]));
  // A company glued to the label with the person's name on the next line: the company is the role.
  const residueIsRole = residue !== '' && partTexts.length > 1 && looksLikePerson(partTexts[0].trim()) && !hasPhoneOrEmail(partTexts[0]);
  const texts = residueIsRole ? [`${partTexts[0]} (${residue})`, ...partTexts.slice(1)] : [residue, ...partTexts];
  const reading = readContacts(texts.filter(Boolean).join(' | '));
  if (reading.entries.length === 0 || reading.residue !== '') return undefined;
  if (lead !== '') conversion.remnants.set(nonBlank[n], lead);
  return keep(conversion, [nonBlank[n], ...parts], reading.entries, entries, reading.keepLine === true);
}

/**
 * Takes the lines for the contacts found on them. A second phone number or email has no field, so a
 * line holding one stays in the body as well: no number is ever dropped.
 */
function keep(conversion: Conversion, taken: number[], found: readonly ContactEntry[], entries: ContactEntry[], keepLine = false): number[] {
  const field = fieldName(conversion, 'contacts');
  const extras = found.flatMap((entry) => [...entry.extraPhones, ...entry.extraEmails]);
  // The note on each extra number is written with the contact's position (dedupeContacts).
  if (extras.length > 0 || keepLine) {
    if (keepLine) conversion.notes.push(`${field}: ${lineRef(taken[0])} also holds words the contact fields have no place for (a web address, a place); the lines stay in the body`);
    for (const line of taken) conversion.remnants.delete(line);
  } else {
    for (const line of taken) conversion.consumed.set(line, field);
  }
  entries.push(...found);
  return taken;
}

/** Each person once (the same name, phone and email), with notes on what the schema cannot hold. */
function dedupeContacts(entries: readonly ContactEntry[], conversion: Conversion, field: string): Contact[] {
  const { notes } = conversion;
  const seen = new Set<string>();
  const result: Contact[] = [];
  for (const entry of entries) {
    const { contact } = entry;
    const key = [contact.name, contact.phone ?? '', contact.email ?? ''].join('\u0000').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const position = result.length;
    result.push(contact);
    if (contact.name === '') {
      const beside = `no name was written beside ${contact.phone ?? contact.email ?? 'this contact'}`;
      notes.push(`${field}[${position}]: ${beside}; fill it in`);
      askToCheck(conversion, `${field}[${position}].name`, beside);
    }
    for (const extra of [...entry.extraPhones, ...entry.extraEmails]) {
      notes.push(`${field}[${position}]: ${contact.name || 'this contact'} also has ${extra}, which the schema has no place for; it stays in the body`);
    }
  }
  return result;
}
