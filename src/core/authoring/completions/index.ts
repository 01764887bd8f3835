/**
 * Completion in the front matter: the keys the schema allows where the cursor is (with their
 * documentation, inserting placeholders for required children), and values for the field being typed
 * (enums, booleans, examples, press dates, areas, media contacts, Open Graph text from the release).
 * Editors turn the proposals into their own items; the core decides what and where.
 */
import type { ParsedRelease } from '../../frontMatter/parse';
import type { CompiledSchema } from '../../schema/compile';
import { cursorContext } from '../cursorContext';
import { eolOf } from '../../text/eol';
import { indentUnitOf } from '../textTools';
import { keyProposals } from './keyProposals';
import type { CompletionInputs, CompletionProposal, Place } from './types';
import { valueProposals } from './valueProposals';

export type { CompletionInputs, CompletionProposal, ProposalKind } from './types';

export function completionsAt(release: ParsedRelease, schema: CompiledSchema, offset: number, inputs: CompletionInputs): CompletionProposal[] {
  const context = cursorContext(release, offset);
  if (!context) return [];
  const place: Place = { release, root: schema.json, roles: schema.roles, inputs, eol: eolOf(release.text), unit: indentUnitOf(release) };
  const proposals = context.kind === 'key' ? keyProposals(place, context) : valueProposals(place, context);
  // Within one sort group, keep the order the proposals were made in.
  const ordered = proposals.map((proposal, index) => ({ ...proposal, sortText: `${proposal.sortText}${String(index).padStart(4, '0')}` }));
  return ordered.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
}
