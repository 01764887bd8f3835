/**
 * Turns a plain-text press release into a release with front matter for the active schema.
 *
 * Lossless: every line of the original is either kept in the body, as it was, or named in
 * `consumedLines` with the field it became. Fields it cannot find are never invented: required ones
 * get an empty placeholder the validator flags, and a note says so.
 */
import { findDateIn, type ReadDate } from '../dates/readDate';
import { formatPressDate, weekdayOf } from '../dates/pressDate';
import type { CompiledSchema } from '../schema/compile';
import type { JsonSchema } from '../schema/jsonSchema';
import { propertiesOf, requiredOf, schemaAt } from '../schema/navigate';
import { contactLabelOf, readContacts, type Contact, type ContactEntry } from './contacts';
import { isEmbargoLine, readDateLine, readEmbargoLine } from './dates';
import { classifyHeaderLine, continuesHeadline, RELEASE_MARKER, tidyTitle, titleFromMarkerLine } from './headline';
import { detectNotARelease } from './transcript';
import { yamlKey, yamlQuoted, yamlScalar } from './yamlOut';

export type ConvertField = 'title' | 'publish.date' | 'embargo' | 'contacts';

export interface ConsumedLine {
  /** Zero-based line number in the original text. */
  readonly line: number;
  readonly field: ConvertField;
  readonly text: string;
}

export interface ConvertedFields {
  title?: string;
  publish?: { date: string };
  embargo?: string;
  contacts?: Contact[];
}

export type ConvertResult =
  | {
      readonly kind: 'release';
      /** The whole release: front matter, a blank line, the body. */
      readonly text: string;
      readonly fields: ConvertedFields;
      /** What was assumed or not found, for the author to check. */
      readonly notes: readonly string[];
      readonly consumedLines: readonly ConsumedLine[];
      /** The body as written into `text`. */
      readonly body: string;
    }
  | { readonly kind: 'not-a-release'; readonly reason: string };

export interface ConvertOptions {
  /** The time written when a publication date has none; 09:00 unless given. */
  readonly assumedTime?: { readonly hour: number; readonly minute: number };
}

const HEADER_LINES = 12;
const FOOTER_LINES = 8;
const FOLLOWING_CONTACT_LINES = 12;

export function convertPlainText(text: string, schema: CompiledSchema | JsonSchema, options: ConvertOptions = {}): ConvertResult {
  const root: JsonSchema = 'check' in schema ? (schema as CompiledSchema).json : (schema as JsonSchema);
  const source = text.replace(/^\uFEFF/, '');
  const eol = /\r\n/.test(source) ? '\r\n' : '\n';
  const lines = source.split(/\r\n|\n|\r/);
  const nonBlank = lines.map((_line, index) => index).filter((index) => lines[index].trim() !== '');

  if (nonBlank.length === 0) return { kind: 'not-a-release', reason: 'the text is empty' };
  if (lines[nonBlank[0]].trim() === '---') return { kind: 'not-a-release', reason: 'the text already starts with front matter (---)' };
  const other = detectNotARelease(lines);
  if (other) return { kind: 'not-a-release', reason: other.reason };

  const notes: string[] = [];
  const consumed = new Map<number, ConvertField>();
  const fields: ConvertedFields = {};
  const lineRef = (index: number): string => `line ${index + 1}`;

  const rootProps = propertiesOf(root, root);
  const looseRoot = Object.keys(rootProps).length === 0 && root.additionalProperties !== false;
  const accepts = (path: readonly string[]): boolean => looseRoot || schemaAt(root, path) !== undefined;

  const header = nonBlank.slice(0, HEADER_LINES);
  const footer = nonBlank.slice(Math.max(HEADER_LINES, nonBlank.length - FOOTER_LINES));

  // Publication date: a line that is only a date (with boilerplate), near the top or at the end.
  let published: ReadDate | undefined;
  for (const index of [...header, ...footer]) {
    const date = readDateLine(lines[index]);
    if (!date) continue;
    published = date;
    if (accepts(['publish', 'date'])) {
      consumed.set(index, 'publish.date');
      const assumed = options.assumedTime ?? { hour: 9, minute: 0 };
      const hasTime = date.hour !== undefined && date.minute !== undefined;
      const parts = { year: date.year, month: date.month, day: date.day, hour: date.hour ?? assumed.hour, minute: date.minute ?? assumed.minute };
      fields.publish = { date: formatPressDate(parts) };
      if (!hasTime) notes.push(`publish.date: no time was written on ${lineRef(index)}; assumed ${formatPressDate(parts).slice(0, 5)}, check it`);
      if (date.weekday && date.weekday !== weekdayOf(parts)) {
        notes.push(`publish.date: ${lineRef(index)} says ${date.weekday}, but ${formatPressDate(parts).slice(6)} is a ${weekdayOf(parts)}; check the date`);
      }
    } else {
      notes.push(`the schema has no publish.date; the date on ${lineRef(index)} stays in the body`);
    }
    break;
  }

  // Embargo.
  for (const index of nonBlank) {
    if (consumed.has(index) || !isEmbargoLine(lines[index])) continue;
    const date = readEmbargoLine(lines[index], published?.year);
    if (!date) {
      notes.push(`embargo: ${lineRef(index)} looks like an embargo but names no date I could read; it stays in the body`);
      continue;
    }
    if (!accepts(['embargo'])) {
      notes.push(`the schema has no embargo field; the embargo on ${lineRef(index)} stays in the body`);
      break;
    }
    const parts = { year: date.year, month: date.month, day: date.day, hour: date.hour ?? 0, minute: date.minute ?? 0 };
    fields.embargo = formatPressDate(parts);
    consumed.set(index, 'embargo');
    if (date.hour === undefined) notes.push(`embargo: no time was written on ${lineRef(index)}; assumed 00:00, check it`);
    if (date.weekday && date.weekday !== weekdayOf(parts)) {
      notes.push(`embargo: ${lineRef(index)} says ${date.weekday}, but ${formatPressDate(parts).slice(6)} is a ${weekdayOf(parts)}; check the date`);
    }
    if (!findDateIn(lines[index].replace(/^\W*emb[a-z]*rgo(?:ed)?\b/i, ' ')) && published) {
      notes.push(`embargo: no year was written on ${lineRef(index)}; assumed ${date.year} from the publication date`);
    }
    break;
  }

  // Media contacts.
  const entries: ContactEntry[] = [];
  if (accepts(['contacts'])) {
    for (let n = 0; n < nonBlank.length; n++) {
      const index = nonBlank[n];
      if (consumed.has(index)) continue;
      const label = contactLabelOf(lines[index]);
      if (label === undefined) continue;
      const content = lines[index].slice(label.length);
      const reading = readContacts(content);
      if (reading.residue !== '' && reading.entries.length > 0) {
        notes.push(`contacts: ${lineRef(index)} looks like media contacts but also holds other text ("${reading.residue}"); it stays in the body`);
        continue;
      }
      if (reading.entries.length === 0 && reading.residue !== '') continue; // "Media: see website" and the like
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
      if (found.length === 0) continue;
      if (reading.entries.length === 0) taken.unshift(index); // the label line itself
      for (const line of taken) consumed.set(line, 'contacts');
      entries.push(...found);
      n = nonBlank.indexOf(taken[taken.length - 1]);
    }
  }
  const contacts = dedupeContacts(entries, notes);
  if (contacts.length > 0) fields.contacts = contacts;

  // Headline.
  if (accepts(['title'])) {
    const markerAt = header.reduce((last, index, position) => (RELEASE_MARKER.test(lines[index]) && lines[index].trim().length <= 100 && !titleFromMarkerLine(lines[index]) ? position : last), -1);
    const pick = (from: number): number | undefined => {
      for (let position = from; position < header.length; position++) {
        const index = header[position];
        if (consumed.has(index)) continue;
        const kind = classifyHeaderLine(lines[index]);
        if (kind === 'marker-title' || kind === 'candidate') return index;
        if (lines[index].trim().length > 200) return undefined;
      }
      return undefined;
    };
    const index = (markerAt >= 0 ? pick(markerAt + 1) : undefined) ?? pick(0);
    if (index !== undefined) {
      let title = titleFromMarkerLine(lines[index]) ?? lines[index];
      consumed.set(index, 'title');
      for (let next = index + 1; next < lines.length && lines[next].trim() !== '' && !consumed.has(next); next++) {
        if (!continuesHeadline(title, lines[next])) break;
        title = `${title} ${lines[next]}`;
        consumed.set(next, 'title');
      }
      fields.title = tidyTitle(title);
    }
  }

  const body = bodyWithout(lines, consumed, eol);
  const frontMatter = writeFrontMatter(root, rootProps, looseRoot, fields, notes, eol);
  const consumedLines = [...consumed.entries()].sort((a, b) => a[0] - b[0]).map(([line, field]) => ({ line, field, text: lines[line] }));
  const textOut = `---${eol}${frontMatter}---${eol}${body === '' ? '' : `${eol}${body}${eol}`}`;
  return { kind: 'release', text: textOut, fields, notes, consumedLines, body };
}

function dedupeContacts(entries: readonly ContactEntry[], notes: string[]): Contact[] {
  const seen = new Set<string>();
  const result: Contact[] = [];
  for (const entry of entries) {
    const { contact } = entry;
    const key = [contact.name, contact.phone ?? '', contact.email ?? ''].join('\u0000').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const position = result.length;
    result.push(contact);
    if (contact.name === '') notes.push(`contacts[${position}]: no name was written beside ${contact.phone ?? contact.email ?? 'this contact'}; fill it in`);
    for (const extra of [...entry.extraPhones, ...entry.extraEmails]) {
      notes.push(`contacts[${position}]: ${contact.name || 'this contact'} also has ${extra}, which the schema has no place for`);
    }
  }
  return result;
}

/** The lines not consumed, as written: no leading or trailing blank lines, no doubled blank lines where a line was taken out. */
function bodyWithout(lines: readonly string[], consumed: ReadonlyMap<number, ConvertField>, eol: string): string {
  const kept: string[] = [];
  let removedSinceKept = false;
  lines.forEach((line, index) => {
    if (consumed.has(index)) {
      removedSinceKept = true;
      return;
    }
    const blank = line.trim() === '';
    if (blank && (kept.length === 0 || (removedSinceKept && kept[kept.length - 1].trim() === ''))) return;
    kept.push(line);
    if (!blank) removedSinceKept = false;
  });
  while (kept.length > 0 && kept[kept.length - 1].trim() === '') kept.pop();
  return kept.join(eol);
}

const TODO = '# TODO: not found in the text';

function placeholderFor(schema: JsonSchema | undefined): string {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  if (type === 'array') return '[]';
  if (type === 'object') return '{}';
  return '""';
}

function writeFrontMatter(
  root: JsonSchema,
  rootProps: Record<string, JsonSchema>,
  looseRoot: boolean,
  fields: ConvertedFields,
  notes: string[],
  eol: string,
): string {
  const required = new Set(requiredOf(root, root));
  const out: string[] = [];
  const names = looseRoot ? ['title', 'publish', 'embargo', 'contacts'] : Object.keys(rootProps);
  for (const name of names) {
    const key = yamlKey(name);
    if (name === 'title' && fields.title !== undefined) {
      out.push(`${key}: ${yamlScalar(fields.title)}`);
    } else if (name === 'publish' && fields.publish) {
      out.push(`${key}:`, `  date: ${yamlQuoted(fields.publish.date)}`);
    } else if (name === 'embargo' && fields.embargo !== undefined) {
      out.push(`${key}: ${yamlQuoted(fields.embargo)}`);
    } else if (name === 'contacts' && fields.contacts) {
      out.push(`${key}:`);
      for (const contact of fields.contacts) {
        const entries = Object.entries(contact).filter(([, value]) => value !== undefined) as [string, string][];
        entries.forEach(([field, value], position) => {
          const written = field === 'phone' ? yamlQuoted(value) : yamlScalar(value);
          out.push(`${position === 0 ? '  - ' : '    '}${field}: ${written}`);
        });
      }
    } else if (required.has(name)) {
      const schema = schemaAt(root, [name]);
      if (name === 'publish' && schemaAt(root, ['publish', 'date'])) {
        out.push(`${key}:`, `  date: "" ${TODO}`);
        notes.push('publish.date: no publication date found; left empty');
      } else {
        out.push(`${key}: ${placeholderFor(schema)} ${TODO}`);
        notes.push(`${name}: not found in the text; left empty`);
      }
    }
  }
  return out.map((line) => `${line}${eol}`).join('');
}
