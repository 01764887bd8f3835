/**
 * What completion learns from elsewhere: the areas and media contacts used in other releases, the
 * contacts file, and the body's first paragraph (for a description).
 *
 * Two fields are known by their documented names: `area` (a top-level text field) and `contacts`
 * (a top-level list of people with `name`, `role`, `phone`, `email`). A custom schema that keeps those
 * names gets the same help; everything else comes from the schema itself.
 */
import { parseDocument } from 'yaml';
import { bodyOf, type ParsedRelease } from '../frontMatter/parse';
import { withoutBom } from '../text/bom';
import { isRecord } from '../util/isRecord';

export const AREA_FIELD = 'area';
export const CONTACTS_FIELD = 'contacts';
/** The order a contact's fields are written in; other text fields follow. */
export const CONTACT_FIELD_ORDER: readonly string[] = ['name', 'role', 'phone', 'email'];

export interface Contact {
  readonly name: string;
  readonly role?: string;
  readonly phone?: string;
  readonly email?: string;
  /** Any other text fields, written after the four above when the schema knows them. */
  readonly [field: string]: string | undefined;
}

export interface ReleaseFacts {
  readonly areas: readonly string[];
  readonly contacts: readonly Contact[];
}

/** A contact from plain data, or undefined when it has no name. Numbers (unquoted phones) become text. */
export function contactOf(value: unknown): Contact | undefined {
  if (!isRecord(value)) return undefined;
  const fields: Record<string, string> = {};
  for (const [key, raw] of Object.entries(value)) {
    if (typeof raw === 'string' && raw.trim() !== '') fields[key] = raw.trim();
    else if (typeof raw === 'number' && Number.isFinite(raw)) fields[key] = String(raw);
  }
  if (!fields.name) return undefined;
  return fields as Contact;
}

/** The area and contacts one release uses. */
export function factsOf(release: ParsedRelease): ReleaseFacts {
  const data = release.data;
  if (!data) return { areas: [], contacts: [] };
  const area = data[AREA_FIELD];
  const list = data[CONTACTS_FIELD];
  return {
    areas: typeof area === 'string' && area.trim() !== '' ? [area.trim()] : [],
    contacts: Array.isArray(list) ? list.map(contactOf).filter((contact): contact is Contact => contact !== undefined) : [],
  };
}

/** Merges lists of contacts, keeping the first of each name (case-insensitive). */
export function mergeContacts(...lists: readonly (readonly Contact[])[]): Contact[] {
  const seen = new Map<string, Contact>();
  for (const list of lists) {
    for (const contact of list) {
      const key = contact.name.toLowerCase();
      if (!seen.has(key)) seen.set(key, contact);
    }
  }
  return [...seen.values()];
}

/** Merges lists of text, keeping the first spelling of each (case-insensitive), in order. */
export function mergeText(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) for (const item of list) if (item.trim() !== '' && !seen.has(item.toLowerCase())) seen.set(item.toLowerCase(), item);
  return [...seen.values()];
}

export interface ContactsFileResult {
  readonly contacts: readonly Contact[];
  readonly problems: readonly string[];
}

/**
 * Reads a contacts file: a YAML list of people (or a mapping with such a list under `contacts:`),
 * each with `name` and optionally `role`, `phone` and `email`.
 */
export function parseContactsFile(text: string): ContactsFileResult {
  const document = parseDocument(withoutBom(text), { prettyErrors: false });
  if (document.errors.length > 0) return { contacts: [], problems: [`not valid YAML: ${document.errors[0].message.split('\n')[0]}`] };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { contacts: [], problems: [error instanceof Error ? error.message : String(error)] };
  }
  if (data === null || data === undefined) return { contacts: [], problems: [] };
  const list = Array.isArray(data) ? data : isRecord(data) ? data[CONTACTS_FIELD] : undefined;
  if (!Array.isArray(list)) return { contacts: [], problems: ['expected a list of contacts (each with a name, role, phone and email)'] };
  const contacts: Contact[] = [];
  const problems: string[] = [];
  list.forEach((entry, index) => {
    const contact = contactOf(entry);
    if (!contact) problems.push(`entry ${index + 1} has no name`);
    else {
      if (typeof (entry as Record<string, unknown>).phone === 'number') problems.push(`${contact.name}: write the phone number in quotes so a leading 0 is kept`);
      contacts.push(contact);
    }
  });
  return { contacts, problems };
}

/** The body's first paragraph of prose, as plain text (headings, images, lists and HTML skipped). */
export function firstParagraph(release: ParsedRelease): string | undefined {
  const body = bodyOf(release).replace(/\r\n/g, '\n');
  for (const paragraph of body.split(/\n[ \t]*\n/)) {
    const text = paragraph.trim();
    if (text === '' || /^(#|!\[|<|[-*+] |\d+\. |>|```|~~~|\||---|===)/.test(text)) continue;
    if (/^(ENDS|-ends-)$/i.test(text)) continue;
    const plain = text
      .replace(/\s*\n\s*/g, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__|\*|_|`)(.*?)\1/g, '$2')
      .trim();
    if (plain !== '') return plain;
  }
  return undefined;
}

/** Shortens text to at most `limit` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, limit: number | undefined): string {
  if (limit === undefined || text.length <= limit) return text;
  const cut = text.slice(0, Math.max(1, limit - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
