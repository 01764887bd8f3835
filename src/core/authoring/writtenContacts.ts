/**
 * A release's media contacts as their author wrote them. YAML reads `phone: 01632960123` as the number
 * 1632960123; the plain data cannot give the leading zero back, so contacts are read from the parsed
 * nodes and keep the source text of a value YAML turned into something else. A value whose source is
 * not one line of plain text (an alias, a tag, a folded scalar) cannot be recovered and is left out.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Contact } from '../contacts';
import type { ParsedRelease } from '../frontMatter/parse';
import { valueOfRole, type FieldRoles } from '../schema/fieldRoles';

export interface WrittenValue {
  /** The text as the author reads it: the string, or the source of a value YAML read as another type. */
  readonly text: string;
  /** YAML reads the value as something other than this text (a number): it belongs in quotes. */
  readonly changed: boolean;
}

/** Each item of the contacts list that is a mapping: its scalar fields as written. */
export function writtenContacts(release: ParsedRelease, roles: FieldRoles): Record<string, WrittenValue>[] {
  const path = roles.contacts;
  if (path && release.readQuickly) {
    const fromData = writtenFromData(valueOfRole(release.data, roles, 'contacts'));
    if (fromData) return fromData;
  }
  const document = release.document;
  if (!path || !document || !release.block || document.errors.length > 0) return [];
  const list: unknown = document.getIn(path, true);
  if (!isSeq(list)) return [];
  const base = release.block.contentStart;
  return list.items.filter(isMap).map((item) => {
    const fields: Record<string, WrittenValue> = {};
    for (const pair of item.items) {
      if (!isScalar(pair.key)) continue;
      const value = writtenValue(pair.value as Node | null, release.text, base);
      if (value) fields[String(pair.key.value)] = value;
    }
    return fields;
  });
}

/**
 * The same from the plain data, when it mirrors the nodes (no aliases) and holds only text: a release read
 * quickly then never needs its range-keeping parse. Undefined when a value is a number or a truth value,
 * whose source text only the nodes keep.
 */
function writtenFromData(list: unknown): Record<string, WrittenValue>[] | undefined {
  if (!Array.isArray(list)) return [];
  const contacts: Record<string, WrittenValue>[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
    const fields: Record<string, WrittenValue> = {};
    for (const [name, value] of Object.entries(item as Record<string, unknown>)) {
      if (typeof value === 'number' || typeof value === 'boolean') return undefined;
      if (typeof value === 'string' && value.trim() !== '') fields[name] = { text: value.trim(), changed: false };
    }
    contacts.push(fields);
  }
  return contacts;
}

function writtenValue(node: Node | null, text: string, base: number): WrittenValue | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value.trim() === '' ? undefined : { text: node.value.trim(), changed: false };
  if (node.value === null || node.tag !== undefined || node.type !== 'PLAIN' || !node.range) return undefined;
  const source = text.slice(base + node.range[0], base + node.range[1]);
  return /[\r\n]/.test(source) || source.trim() === '' ? undefined : { text: source.trim(), changed: true };
}

/** The contacts a release lists, each field's text as written (a phone keeps its leading zero); those without a name are left out. */
export function contactsAsWritten(release: ParsedRelease, roles: FieldRoles): Contact[] {
  return writtenContacts(release, roles).flatMap((fields): Contact[] => {
    const texts = Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, value.text]));
    return texts.name ? [texts as Contact] : [];
  });
}
