/** What a quick fix is, as adapters see it: plain edits, perhaps a snippet, and what it resolves. */
import type { FixId } from '../../diagnostics';
import type { ReleaseDiagnostic } from '../../types';
import type { TextEdit } from '../textTools';

export interface SnippetEdit {
  readonly startOffset: number;
  readonly endOffset: number;
  /** Snippet syntax; lines after the first carry their full indentation (insert without re-indenting). */
  readonly snippet: string;
}

export interface AuthoringFix {
  /** Which of the registry's fixes this is, or `rule-fix` for one a release rule gave with its finding. */
  readonly id: FixId | 'rule-fix';
  readonly title: string;
  /** Plain edits: what the fix does where snippets cannot be inserted (and in fix-all). */
  readonly edits: readonly TextEdit[];
  /** When present, editors that can should insert this instead of applying `edits`. */
  readonly snippet?: SnippetEdit;
  /** The diagnostics this fix resolves (empty for a fix offered from the cursor's place). */
  readonly diagnostics: readonly ReleaseDiagnostic[];
  readonly isPreferred: boolean;
  /** Safe to apply without the author's choice (part of "fix all"). */
  readonly inFixAll: boolean;
  /** The keys the fix writes (`['og', 'title']`): fix-all never lets two fixes write the same one. */
  readonly writesKeys?: readonly (readonly (string | number)[])[];
  /** For copy fixes: the group and the fields copied into it. */
  readonly copy?: { readonly parent: string; readonly keys: readonly string[] };
}

export interface FixOptions {
  /** Placeholders for press dates default to this time. */
  readonly now: Date;
}
