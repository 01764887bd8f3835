/**
 * What completion learns from elsewhere: the areas and media contacts used in other releases, and the
 * body's first paragraph (for a description). Which fields hold the area and the contacts comes from
 * the schema's field roles.
 */
import type { Contact } from '../contacts';
import { bodyOf, type ParsedRelease } from '../frontMatter/parse';
import { valueOfRole, type FieldRoles } from '../schema/fieldRoles';
import { contactsAsWritten } from './writtenContacts';

export interface ReleaseFacts {
  readonly areas: readonly string[];
  readonly contacts: readonly Contact[];
}

/** The area and contacts one release uses, read from the fields the roles name; contacts keep their values as written. */
export function factsOf(release: ParsedRelease, roles: FieldRoles): ReleaseFacts {
  const data = release.data;
  if (!data) return { areas: [], contacts: [] };
  const area = valueOfRole(data, roles, 'area');
  return {
    areas: typeof area === 'string' && area.trim() !== '' ? [area.trim()] : [],
    contacts: contactsAsWritten(release, roles),
  };
}

/** Merges lists of text, keeping the first spelling of each (case-insensitive), in order. */
export function mergeText(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) for (const item of list) if (item.trim() !== '' && !seen.has(item.toLowerCase())) seen.set(item.toLowerCase(), item);
  return [...seen.values()];
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
