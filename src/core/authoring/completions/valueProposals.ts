/** Values: proposals for the field being typed after its colon, or for a list item. */
import type { ParsedRelease } from '../../frontMatter/parse';
import type { JsonSchema, SchemaPath } from '../../schema/jsonSchema';
import { resolveRef, schemaAt } from '../../schema/navigate';
import type { ValueContext } from '../cursorContext';
import { isArraySchema, isObjectSchema } from '../schemaText';
import { yamlScalar } from '../../yaml';
import { spaces } from '../textTools';
import { itemProposals } from './itemProposals';
import type { CompletionProposal, Place, Range } from './types';
import { valueChoices } from './valueChoices';

export function valueProposals(place: Place, context: ValueContext): CompletionProposal[] {
  const { root } = place;
  const field = schemaAt(root, context.path);
  if (!field) return [];
  if (isArraySchema(root, field) && !isObjectSchema(root, field)) {
    // `contacts: |` — the list goes on the next lines; replace from just after the colon.
    if (context.typed !== '') return [];
    const dashColumn = context.column + place.unit;
    const span = { start: colonEnd(place.release, context), end: context.replaceEnd };
    return itemProposals(place, context.path, span, field, dashColumn, `${place.eol}${spaces(dashColumn)}- `);
  }
  if (isObjectSchema(root, field) && !resolveRef(root, field).enum) return [];
  return scalarValueProposals(place, context.path, field, context, context.needsSpace ? ' ' : '');
}

/** Offset just after the colon of the key on the cursor's line. */
function colonEnd(release: ParsedRelease, context: ValueContext): number {
  let offset = context.replaceStart;
  while (offset > 0 && (release.text[offset - 1] === ' ' || release.text[offset - 1] === '\t')) offset--;
  return offset;
}

/**
 * The value choices as proposals replacing `range`, each written after `lead`. Without a range only
 * the labels are meaningful: callers ask whether there is anything to propose.
 */
export function scalarValueProposals(place: Place, path: SchemaPath, field: JsonSchema, range: (Range & { readonly column?: number }) | undefined, lead: string): CompletionProposal[] {
  const choices = valueChoices(place, path, field, range?.column);
  if (!range) return choices.map((choice) => ({ label: choice.value, kind: choice.kind, insertText: '', isSnippet: false, startOffset: 0, endOffset: 0, sortText: 'a' }));
  return choices.map((choice) => ({
    label: choice.value,
    kind: choice.kind,
    detail: choice.detail,
    documentation: choice.documentation,
    insertText: `${lead}${choice.yaml ?? yamlScalar(choice.value)}${choice.after ?? ''}`,
    isSnippet: false,
    startOffset: range.replaceStart,
    endOffset: range.replaceEnd,
    sortText: 'a',
    // After `key:` the editor filters on what is typed from the colon on, which starts with the space.
    filterText: `${lead}${choice.value}`,
  }));
}
