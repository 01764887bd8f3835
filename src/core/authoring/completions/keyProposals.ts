/** Keys: the fields the schema allows where the cursor is, each inserting placeholders for what it needs. */
import type { JsonSchema } from '../../schema/jsonSchema';
import { propertiesOf, requiredOf, resolveRef, schemaAt } from '../../schema/navigate';
import type { KeyContext } from '../cursorContext';
import { yamlKey } from '../../yaml';
import { fieldDocumentation, isArraySchema, isObjectSchema, SnippetNumbers, valueSnippet } from '../schemaText';
import { escapeSnippet, spaces } from '../textTools';
import { contactProposals, isContactsItem } from './contactProposals';
import { itemProposals } from './itemProposals';
import type { CompletionProposal, Place } from './types';
import { scalarValueProposals } from './valueProposals';

export function keyProposals(place: Place, context: KeyContext): CompletionProposal[] {
  const { root } = place;
  const here = schemaAt(root, context.path);
  if (!here) return [];
  // An empty line inside a list: propose whole items (`- ...`).
  if (!context.startsItem && isArraySchema(root, here) && !isObjectSchema(root, here)) {
    if (context.typed !== '') return [];
    return itemProposals(place, context.path, { start: context.replaceStart, end: context.replaceEnd }, here, context.column, '- ');
  }
  if (!isObjectSchema(root, here)) {
    // `- |` in a list of plain values.
    return context.startsItem ? scalarValueProposals(place, context.path, here, context, '') : [];
  }
  const properties = propertiesOf(root, here);
  const required = new Set(requiredOf(root, here));
  const proposals: CompletionProposal[] = [];
  for (const [name, property] of Object.entries(properties)) {
    if (context.existing.has(name)) continue;
    const isRequired = required.has(name);
    proposals.push({
      label: name,
      kind: 'field',
      detail: isRequired ? 'required' : undefined,
      documentation: fieldDocumentation(root, property, isRequired),
      ...keyInsert(place, context, name, property),
      startOffset: context.replaceStart,
      endOffset: context.replaceEnd,
      sortText: isRequired ? 'a' : 'b',
    });
  }
  // `- |` in the media contacts list: a whole contact.
  if (context.startsItem && isContactsItem(context.path, place.roles)) {
    proposals.push(...contactProposals(place, here, context.column, '', { start: context.replaceStart, end: context.replaceEnd }));
  }
  return proposals;
}

/** What choosing a key inserts: the key alone after an existing colon, else the key and its value's placeholders. */
function keyInsert(place: Place, context: KeyContext, name: string, property: JsonSchema): Pick<CompletionProposal, 'insertText' | 'isSnippet' | 'retrigger'> {
  const key = escapeSnippet(yamlKey(name));
  if (context.hasColon) return { insertText: key, isSnippet: true };
  const { root, eol, unit, inputs } = place;
  const resolved = resolveRef(root, property);
  const numbers = new SnippetNumbers();
  const body = valueSnippet(root, resolved, context.column, { eol, unit, now: inputs.now, numbers });
  const collection = (isObjectSchema(root, resolved) && !resolved.enum) || isArraySchema(root, resolved);
  if (collection) {
    // An object without required children: leave the cursor on its first (indented) line.
    const tail = body === '' ? `${eol}${spaces(context.column + unit)}$0` : '';
    return { insertText: `${key}:${body}${tail}`, isSnippet: true };
  }
  if (numbers.used === 1 && body === ' ${1}') {
    // A plain value: type it, or pick one of the value proposals.
    const path = [...context.path, name];
    const hasValues = scalarValueProposals(place, path, resolved, undefined, '').length > 0;
    return { insertText: `${key}: $0`, isSnippet: true, retrigger: hasValues };
  }
  return { insertText: `${key}:${body}`, isSnippet: true };
}
