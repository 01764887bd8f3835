/** Media contacts: whole contact blocks for the contacts list, and the rest of a contact after its name. */
import { isMap, isScalar } from 'yaml';
import { contactEntries, type Contact } from '../../contacts';
import type { FieldRoles } from '../../schema/fieldRoles';
import type { JsonSchema, SchemaPath } from '../../schema/jsonSchema';
import { propertiesOf, schemaAt } from '../../schema/navigate';
import { yamlKey, yamlScalar } from '../../yaml';
import { spaces } from '../textTools';
import { keysWrittenAt } from '../yamlLines';
import type { CompletionProposal, Place, ValueChoice } from './types';
import { isPlainContact } from './workspaceValues';

/** The known contacts worth proposing: none whose values are markup. */
const knownContacts = (place: Place): readonly Contact[] => (place.inputs.contacts ?? []).filter(isPlainContact);

/** The media contacts list itself (`contacts`, or the field the schema gives the contacts role). */
export function isContactsList(path: SchemaPath, roles: FieldRoles): boolean {
  const list = roles.contacts;
  return list !== undefined && path.length === list.length && list.every((segment, index) => path[index] === segment);
}

/** `contacts[n]`: an item of the media contacts list. */
export const isContactsItem = (path: SchemaPath, roles: FieldRoles): boolean => typeof path[path.length - 1] === 'number' && isContactsList(path.slice(0, -1), roles);
/** `contacts[n].name`. */
export const isContactName = (path: SchemaPath, roles: FieldRoles): boolean => path[path.length - 1] === 'name' && isContactsItem(path.slice(0, -1), roles);

/** A contact's fields the item schema knows, in the usual order. */
function contactFields(place: Place, itemSchema: JsonSchema, contact: Contact): [string, string][] {
  const known = propertiesOf(place.root, itemSchema);
  const anyKnown = Object.keys(known).length > 0;
  return contactEntries(contact).filter(([name]) => !anyKnown || name in known);
}

function contactDocumentation(fields: readonly [string, string][]): string {
  return ['```yaml', ...fields.map(([name, value]) => `${yamlKey(name)}: ${yamlScalar(value)}`), '```'].join('\n');
}

const contactDetail = (contact: Contact): string => (contact.role ? `media contact: ${contact.role}` : 'media contact');

/**
 * Each known contact as a whole block whose keys start at `column`; `lead` is written before the
 * first key (`- `, or a line break and `- ` after `contacts:`).
 */
export function contactProposals(place: Place, itemSchema: JsonSchema, column: number, lead: string, range: { start: number; end: number }): CompletionProposal[] {
  return knownContacts(place).map((contact) => {
    const fields = contactFields(place, itemSchema, contact);
    const text = fields.map(([name, value], index) => `${index === 0 ? '' : `${place.eol}${spaces(column)}`}${yamlKey(name)}: ${yamlScalar(value)}`).join('');
    return {
      label: contact.name,
      kind: 'contact' as const,
      detail: contactDetail(contact),
      documentation: contactDocumentation(fields),
      insertText: `${lead}${text}`,
      isSnippet: false,
      startOffset: range.start,
      endOffset: range.end,
      sortText: '0',
      filterText: contact.name,
    };
  });
}

/** Picking a name in `- name: |` fills in the rest of that person's block (fields not yet written). */
export function contactNameChoices(place: Place, path: SchemaPath, column: number | undefined): ValueChoice[] {
  const itemSchema = schemaAt(place.root, path.slice(0, -1)) ?? {};
  const present = fieldsWritten(place, path.slice(0, -1));
  return knownContacts(place).map((contact) => {
    const fields = contactFields(place, itemSchema, contact);
    const rest = fields.filter(([name]) => name !== 'name' && !present.has(name));
    const after = column === undefined ? '' : rest.map(([name, value]) => `${place.eol}${spaces(column)}${yamlKey(name)}: ${yamlScalar(value)}`).join('');
    return { value: contact.name, kind: 'contact' as const, detail: contactDetail(contact), documentation: contactDocumentation(fields), after };
  });
}

/** The fields the contact at `itemPath` already has: from the parse, or from the lines while the YAML cannot be parsed. */
function fieldsWritten(place: Place, itemPath: SchemaPath): Set<string> {
  const document = place.release.document;
  if (!document) return keysWrittenAt(place.release, itemPath);
  const item = document.getIn(itemPath, true);
  return new Set(isMap(item) ? item.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')) : []);
}
