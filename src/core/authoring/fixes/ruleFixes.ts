/**
 * A release rule's fixes (carried in its diagnostic's data) as authoring fixes. A fix that selects a span
 * for the author to type over becomes a snippet whose placeholder is that span, so the editor selects it.
 */
import type { RuleDiagnostic } from '../../diagnostics';
import type { RuleFix } from '../../rules/types';
import { escapeSnippet } from '../textTools';
import type { AuthoringFix, SnippetEdit } from './types';

export function ruleFixes(text: string, diagnostic: RuleDiagnostic): AuthoringFix[] {
  return diagnostic.data.fixes.map((fix) => ({
    id: 'rule-fix',
    title: fix.title,
    edits: fix.edits,
    snippet: selectionSnippet(text, fix),
    diagnostics: [diagnostic],
    isPreferred: fix.isPreferred ?? false,
    inFixAll: fix.inFixAll,
    writesKeys: fix.writesKeys,
  }));
}

/**
 * The snippet that leaves `select` selected: with no edits, the span's own text as a placeholder; with one
 * edit whose new text holds the span, that text with the span as its placeholder. Otherwise none (the
 * edits apply without a selection).
 */
function selectionSnippet(text: string, fix: RuleFix): SnippetEdit | undefined {
  const select = fix.select;
  if (!select || select.endOffset < select.startOffset) return undefined;
  const placeholder = (before: string, chosen: string, after: string) => `${escapeSnippet(before)}\${1:${escapeSnippet(chosen)}}${escapeSnippet(after)}`;
  if (fix.edits.length === 0) {
    if (select.startOffset < 0 || select.endOffset > text.length) return undefined;
    return { startOffset: select.startOffset, endOffset: select.endOffset, snippet: placeholder('', text.slice(select.startOffset, select.endOffset), '') };
  }
  if (fix.edits.length !== 1) return undefined;
  const [edit] = fix.edits;
  const from = select.startOffset - edit.startOffset;
  const to = select.endOffset - edit.startOffset;
  if (from < 0 || to > edit.newText.length) return undefined;
  return { startOffset: edit.startOffset, endOffset: edit.endOffset, snippet: placeholder(edit.newText.slice(0, from), edit.newText.slice(from, to), edit.newText.slice(to)) };
}
