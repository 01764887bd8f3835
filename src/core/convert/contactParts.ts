/** The pieces contact readers share: what a reading gives, and the phone and email patterns. */
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
  /** Words the fields cannot hold (a web address, a city) were read past: the line must stay in the body too. */
  readonly keepLine?: boolean;
}

export const PHONE = /(?<![\w+@.])(?:\+\d{1,3}[ -]?(?:\(0\)\s?)?)?(?:\(\d{2,5}\)[ -]?)?\d(?:(?: {1,2}|[-.])?\d){6,13}(?![\w@])/g;
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const SEPARATORS = /^[\s|,;:/–—-]+|[\s|,;:/–—-]+$/g;

export function tidyPhone(phone: string): string {
  return phone.replace(/\s+/g, ' ').replace(/^\((\d{2,5})\)\s?/, '$1 ').trim();
}

export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SEPARATORS, '').trim();
}
