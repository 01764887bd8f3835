/** Media contacts: whole contact blocks for the contacts list, and the rest of a contact after its name. */
import { isMap, isScalar } from 'yaml';
import type { JsonSchema, SchemaPath } from '../../schema/jsonSchema';
import { propertiesOf, schemaAt } from '../../schema/navigate';
import { CONTACT_FIELD_ORDER, CONTACTS_FIELD, type Contact } from '../facts';
import { keyText } from '../schemaText';
import { spaces, yamlScalar } from '../textTools';
import type { CompletionProposal, Place, ValueChoice } from './types';

/** `contacts[n]`: an item of the media contacts list. */
export const isContactsItem = (path: SchemaPath): boolean => path.length === 2 && path[0] === CONTACTS_FIELD && typeof path[1] === 'number';
/** `contacts[n].name`. */
export const isContactName = (path: SchemaPath): boolean => path.length === 3 && isContactsItem(path.slice(0, 2)) && path[2] === 'name';

/** A contact's fields the item schema knows, in the usual order. */
function contactFields(place: Place, itemSchema: JsonSchema, contact: Contact): [string, string][] {
  const known = propertiesOf(place.root, itemSchema);
  const anyKnown = Object.keys(known).length > 0;
  const names = [...CONTACT_FIELD_ORDER, ...Object.keys(contact).filter((name) => !CONTACT_FIELD_ORDER.includes(name))];
  return names.flatMap((name): [string, string][] => {
    const value = contact[name];
    return value !== undefined && (!anyKnown || name in known) ? [[name, value]] : [];
  });
}

function contactDocumentation(fields: readonly [string, string][]): string {
  return ['```yaml', ...fields.map(([name, value]) => `${keyText(name)}: ${yamlScalar(value)}`), '```'].join('\n');
}

const contactDetail = (contact: Contact): string => (contact.role ? `media contact: ${contact.role}` : 'media contact');

/**
 * Each known contact as a whole block whose keys start at `column`; `lead` is written before the
 * first key (`- `, or a line break and `- ` after `contacts:`).
 */
export function contactProposals(place: Place, itemSchema: JsonSchema, column: number, lead: string, range: { start: number; end: number }): CompletionProposal[] {
  return (place.inputs.contacts ?? []).map((contact) => {
    const fields = contactFields(place, itemSchema, contact);
    const text = fields.map(([name, value], index) => `${index === 0 ? '' : `${place.eol}${spaces(column)}`}${keyText(name)}: ${yamlScalar(value)}`).join('');
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
  const item = place.release.document?.getIn(path.slice(0, -1), true);
  const present = new Set(isMap(item) ? item.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')) : []);
  return (place.inputs.contacts ?? []).map((contact) => {
    const fields = contactFields(place, itemSchema, contact);
    const rest = fields.filter(([name]) => name !== 'name' && !present.has(name));
    const after = column === undefined ? '' : rest.map(([name, value]) => `${place.eol}${spaces(column)}${keyText(name)}: ${yamlScalar(value)}`).join('');
    return { value: contact.name, kind: 'contact' as const, detail: contactDetail(contact), documentation: contactDocumentation(fields), after };
  });
}
