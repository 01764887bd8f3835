/** Contacts written as keys and values: "Name: Jo Citizen", "Email: jo@...", glued ("...comCompany: Acme") or not. */
import type { Contact } from '../contacts';
import { EMAIL, PHONE, tidy, tidyPhone, type ContactLineReading } from './contactParts';

/** "Name: Jo Citizen", "Contact Email:", "Company:" keys of a contact written as keys and values (glued or not). */
const FIELD_KEY =
  /(?:(?:Contact\s*)?(Name|Person|E-?mail(?:\s+Address)?|Phone(?:\s+Number)?|Tel|Telephone|Mobile|Cell|Company(?:\s*Name)?|Organi[sz]ation|Website|Web|City\/Country)|(?<![\p{L}'’,]\s)(Office|Direct|Title|Position|City|Country|Address))\s*:\s*/gu;
/** The field a key's value goes into. */
function keyKind(key: string): 'name' | 'email' | 'phone' | 'role' | 'other' {
  const word = key.toLowerCase();
  if (/^(?:name|person)$/.test(word)) return 'name';
  if (/^e-?mail/.test(word)) return 'email';
  if (/^(?:phone|tel|telephone|mobile|cell|office|direct)/.test(word)) return 'phone';
  if (/^(?:company|organi[sz]ation|title|position)/.test(word)) return 'role';
  return 'other';
}

/**
 * "Name: Jo Citizen | Email: jo@... | Company: Acme | Website: ...", "Office: 555-0100 Cell: 555-0101": one
 * contact, read by its keys. A second number goes with the contact's extra numbers.
 */
export function readKeyedContact(text: string): ContactLineReading | undefined {
  const keys = [...text.matchAll(FIELD_KEY)];
  if (keys.length < 2) return undefined;
  const names: string[] = [];
  const roles: string[] = [];
  const phones: string[] = [];
  const emails: string[] = [];
  let keepLine = false;
  keys.forEach((key, n) => {
    const value = tidy(text.slice(key.index + key[0].length, keys[n + 1]?.index ?? text.length));
    if (value === '') return;
    const kind = keyKind(key[1] ?? key[2]);
    const anchor = kind === 'phone' ? new RegExp(PHONE.source).exec(value) : kind === 'email' ? new RegExp(EMAIL.source).exec(value) : null;
    if (kind === 'name') names.push(value);
    else if (kind === 'role') roles.push(value);
    else if (anchor) (kind === 'phone' ? phones : emails).push(kind === 'phone' ? tidyPhone(anchor[0]) : anchor[0]);
    // Words beside a number, and keys with no field (website, city), keep the line in the body.
    if (kind === 'other' || (anchor && tidy(value.replace(anchor[0], ' ')) !== '') || ((kind === 'phone' || kind === 'email') && !anchor)) keepLine = true;
  });
  if (phones.length === 0 && emails.length === 0) return undefined;
  // Text before the first key: the name ("Jo Citizen Email: ..."), or a company when a name is keyed.
  const before = text.slice(0, keys[0].index).split('|').map(tidy).filter(Boolean);
  if (names.length === 0 && before.length > 0) names.push(before.shift() as string);
  roles.unshift(...before);
  const contact: Contact = {
    name: names[0] ?? '',
    ...(roles.length > 0 && { role: roles.join(', ') }),
    ...(phones.length > 0 && { phone: phones[0] }),
    ...(emails.length > 0 && { email: emails[0] }),
  };
  const entry = { contact, extraPhones: phones.slice(1), extraEmails: emails.slice(1) };
  return { entries: [entry], residue: '', residueAt: text.length, ...((keepLine || names.length > 1) && { keepLine: true }) };
}
