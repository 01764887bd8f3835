/**
 * `--fix` and `--fix-dry-run`: every fix that needs no decision from the author, exactly the editor's
 * *Fix all Pressroom problems* (the core's fixesFor and mergeFixAll). A file is rewritten only when the
 * fixes change it, so a valid release keeps its bytes and its modification time.
 */
import { applyEdits, fixesFor, mergeFixAll, type TextEdit } from '../core/authoring';
import { utf8Length } from '../core/config';
import type { CheckedFile } from './checkFile';
import type { CliIo } from './io';

export interface PlannedFix {
  readonly file: string;
  /** The file as it is on disk (with its byte order mark, if any). */
  readonly before: string;
  readonly after: string;
  /** Offsets into `before`. */
  readonly edits: readonly TextEdit[];
}

const BOM = '\uFEFF';

/** The fix-all changes to a checked file, or undefined when none applies (or the file changed since it was checked). */
export function planFix(io: Pick<CliIo, 'readFile'>, checked: CheckedFile, now: Date): PlannedFix | undefined {
  const { analysis, diagnostics } = checked;
  if (analysis.decision.kind !== 'check' || diagnostics.length === 0) return undefined;
  const { parsed, schema } = analysis;
  const edits = mergeFixAll(parsed, schema, fixesFor(parsed, schema, diagnostics, { now }), { now });
  if (edits.length === 0) return undefined;
  const before = io.readFile(checked.file);
  // The analysis ran on the text without its BOM; keep the BOM and shift the edits past it.
  const bom = before.startsWith(BOM) ? BOM : '';
  if (before.slice(bom.length) !== parsed.text) return undefined;
  const shifted = edits.map((edit) => ({ ...edit, startOffset: edit.startOffset + bom.length, endOffset: edit.endOffset + bom.length }));
  const after = applyEdits(before, shifted);
  return after === before ? undefined : { file: checked.file, before, after, edits: shifted };
}

/** An I/O that reads the fixed text for one file, so what is left is checked without writing (dry run). */
export function withFixedText(io: Pick<CliIo, 'readUpTo'>, fix: PlannedFix): Pick<CliIo, 'readUpTo'> {
  const bytes = utf8Length(fix.after);
  return {
    readUpTo: (file, maxBytes) => (file !== fix.file ? io.readUpTo(file, maxBytes) : bytes > maxBytes ? { bytes } : { bytes, text: fix.after }),
  };
}
