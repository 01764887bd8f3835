/**
 * The contacts file (`pressroom.contactsFile`): a YAML list of people, or a mapping with that list under
 * `contacts:`, each with `name` and optionally `role`, `phone` and `email`.
 */
import { withoutBom } from '../text/bom';
import { isRecord } from '../util/isRecord';
import { readYaml, scalarSource, type YamlReadFailure } from '../yaml';
import { contactOf, type Contact } from './contact';

/** The key a mapping-shaped contacts file keeps its list under (the file's format, whatever the schema calls the field). */
const LIST_KEY = 'contacts';

export interface ContactsFileResult {
  readonly contacts: readonly Contact[];
  readonly problems: readonly string[];
}

export function parseContactsFile(text: string): ContactsFileResult {
  const source = withoutBom(text);
  const read = readYaml(source);
  if (read.failure) return { contacts: [], problems: [refusal(read.failure)] };
  const error = read.document?.errors[0];
  if (error) return { contacts: [], problems: [`not valid YAML: ${error.message.split('\n')[0]}`] };
  const data = read.data;
  if (data === null || data === undefined) return { contacts: [], problems: [] };
  const list = Array.isArray(data) ? data : isRecord(data) ? data[LIST_KEY] : undefined;
  if (!Array.isArray(list)) return { contacts: [], problems: ['expected a list of contacts (each with a name, role, phone and email)'] };
  const contacts: Contact[] = [];
  const problems: string[] = [];
  list.forEach((entry, index) => {
    const contact = contactOf(entry);
    if (!contact) problems.push(`entry ${index + 1} has no name`);
    else {
      if (typeof (entry as Record<string, unknown>).phone !== 'number') contacts.push(contact);
      else {
        problems.push(`${contact.name}: write the phone number in quotes so a leading 0 is kept`);
        // The number YAML read has lost its leading zero; the digits as written have not.
        const written = read.document ? scalarSource(read.document, [...(Array.isArray(data) ? [] : [LIST_KEY]), index, 'phone'], 0, source) : undefined;
        contacts.push({ ...contact, phone: written?.trim() });
      }
    }
  });
  return { contacts, problems };
}

/** Why the guarded reader refused the file, in words. */
function refusal(failure: YamlReadFailure): string {
  switch (failure.kind) {
    case 'too-large':
      return `too large to read (${failure.chars} characters)`;
    case 'too-deep':
      return 'nested too deeply to read';
    case 'alias-limit':
      return 'uses too many YAML aliases (*name) to read';
  }
}
