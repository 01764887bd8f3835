/** List items: each known contact (for the contacts list), a new item with placeholders, or plain values. */
import type { JsonSchema, SchemaPath } from '../../schema/jsonSchema';
import { fieldDocumentation, isObjectSchema, itemSnippet, itemsOf, SnippetNumbers } from '../schemaText';
import { yamlScalar } from '../../yaml';
import { escapeSnippet } from '../textTools';
import { contactProposals, isContactsList } from './contactProposals';
import type { CompletionProposal, Place } from './types';
import { valueChoices } from './valueChoices';

/**
 * List items written from `dashColumn`: each known contact (for the contacts list), a new item with
 * placeholders, or the plain values of a list of scalars. `lead` comes before the first key.
 */
export function itemProposals(place: Place, listPath: SchemaPath, span: { start: number; end: number }, listSchema: JsonSchema, dashColumn: number, lead: string): CompletionProposal[] {
  const { root, eol, unit, inputs } = place;
  const items = itemsOf(root, listSchema) ?? {};
  const proposals: CompletionProposal[] = [];
  if (isObjectSchema(root, items)) {
    if (isContactsList(listPath, place.roles)) proposals.push(...contactProposals(place, items, dashColumn + 2, lead, span));
    const numbers = new SnippetNumbers();
    proposals.push({
      label: '- (new item)',
      kind: 'item',
      detail: 'a new list item',
      documentation: fieldDocumentation(root, items, false),
      insertText: `${escapeSnippet(lead)}${itemSnippet(root, items, dashColumn + 2, { eol, unit, now: inputs.now, numbers })}`,
      isSnippet: true,
      startOffset: span.start,
      endOffset: span.end,
      sortText: 'b',
      filterText: '-',
    });
  } else {
    for (const choice of valueChoices(place, [...listPath, 0], items)) {
      proposals.push({ label: choice.value, kind: choice.kind, detail: choice.detail, insertText: `${lead}${yamlScalar(choice.value)}`, isSnippet: false, startOffset: span.start, endOffset: span.end, sortText: 'a', filterText: choice.value });
    }
  }
  return proposals;
}
