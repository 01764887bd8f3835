/**
 * A media contact: who journalists call or email about a release. One type for the contacts a release
 * lists (preview, completion), the contacts file, and the contacts the converter reads from plain text.
 */
import { isRecord } from '../util/isRecord';

export interface Contact {
  readonly name: string;
  readonly role?: string;
  readonly phone?: string;
  readonly email?: string;
  /** Any other text fields, written after the four above when the schema knows them. */
  readonly [field: string]: string | undefined;
}

/** The order a contact's fields are written in; other text fields follow. */
export const CONTACT_FIELD_ORDER: readonly string[] = ['name', 'role', 'phone', 'email'];

/** A contact's text fields from plain data; numbers (unquoted phones) become text, empty values are dropped. */
export function contactFieldsOf(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const fields: Record<string, string> = {};
  for (const [key, raw] of Object.entries(value)) {
    if (typeof raw === 'string' && raw.trim() !== '') fields[key] = raw.trim();
    else if (typeof raw === 'number' && Number.isFinite(raw)) fields[key] = String(raw);
  }
  return fields;
}

/** A contact from plain data, or undefined when it has no name. */
export function contactOf(value: unknown): Contact | undefined {
  const fields = contactFieldsOf(value);
  return fields?.name ? (fields as Contact) : undefined;
}

/** A contact's fields with values, in the usual order, then any others in the order they were written. */
export function contactEntries(contact: Contact): [string, string][] {
  const names = [...CONTACT_FIELD_ORDER, ...Object.keys(contact).filter((name) => !CONTACT_FIELD_ORDER.includes(name))];
  return names.flatMap((name): [string, string][] => {
    const value = contact[name];
    return value === undefined ? [] : [[name, value]];
  });
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
