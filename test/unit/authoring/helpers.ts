// Shared helpers for the authoring tests: a `|` marks the cursor; proposals are applied as an editor would.
import { builtInSchema, parseRelease } from '../../../src/core';
import { applyEdits, completionsAt, snippetDefaults, type CompletionInputs, type CompletionProposal, type TextEdit } from '../../../src/core/authoring';

export const NOW = new Date(2026, 10, 24, 14, 5); // Tuesday 24 November 2026, 14:05 local time

export const JANE = { name: 'Jane Doe', role: 'Press Officer', phone: '01632 960123', email: 'jane.doe@example.org' };

export const INPUTS: CompletionInputs = { now: NOW, areas: ['Northshire', 'Southshire'], contacts: [JANE] };

/** The text without its `|` marker, and the marker's offset. */
export function cursor(marked: string, marker = '|'): { text: string; offset: number } {
  const offset = marked.indexOf(marker);
  if (offset < 0 || marked.indexOf(marker, offset + 1) >= 0) throw new Error(`mark the cursor with exactly one ${marker}`);
  return { text: marked.slice(0, offset) + marked.slice(offset + marker.length), offset };
}

export function complete(marked: string, inputs: CompletionInputs = INPUTS, schema = builtInSchema(), marker = '|'): { text: string; proposals: CompletionProposal[] } {
  const { text, offset } = cursor(marked, marker);
  const proposals = completionsAt(parseRelease(text), schema, offset, inputs);
  for (const proposal of proposals) {
    if (proposal.startOffset > offset || proposal.endOffset < offset) throw new Error(`${proposal.label}: range does not contain the cursor`);
    const replaced = text.slice(proposal.startOffset, proposal.endOffset);
    if (/[\r\n]/.test(replaced)) throw new Error(`${proposal.label}: range spans lines`);
  }
  return { text, proposals };
}

export function labels(proposals: readonly CompletionProposal[]): string[] {
  return proposals.map((proposal) => proposal.label);
}

export function find(proposals: readonly CompletionProposal[], label: string): CompletionProposal {
  const found = proposals.find((proposal) => proposal.label === label);
  if (!found) throw new Error(`no proposal "${label}" among ${labels(proposals).join(', ')}`);
  return found;
}

/** The text after accepting a proposal with every placeholder left at its default. */
export function accept(text: string, proposal: CompletionProposal): string {
  const insert = proposal.isSnippet ? snippetDefaults(proposal.insertText) : proposal.insertText;
  return applyEdits(text, [{ startOffset: proposal.startOffset, endOffset: proposal.endOffset, newText: insert }]);
}

/**
 * Asserts that the edits change only their own ranges: the text outside every edit is byte-for-byte
 * the original, in order.
 */
export function untouchedOutside(before: string, edits: readonly TextEdit[]): string[] {
  const sorted = [...edits].sort((a, b) => a.startOffset - b.startOffset);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    pieces.push(before.slice(at, edit.startOffset));
    at = edit.endOffset;
  }
  pieces.push(before.slice(at));
  return pieces;
}

export const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
export const fence = (text: string): string => text.replace(/^---\n/, '```yaml\n').replace(/\n---\n/, '\n```\n');
