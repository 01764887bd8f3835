/** Fix-all: every fix that needs no decision from the author, merged without overlaps. */
import type { ParsedRelease } from '../../frontMatter/parse';
import type { CompiledSchema } from '../../schema/compile';
import type { ReleaseDiagnostic } from '../../types';
import type { TextEdit } from '../textTools';
import { copyFix } from './copyToGroup';
import { addNew, fixContextOf } from './fixContext';
import { fixesFor } from './fixesFor';
import type { AuthoringFix, FixOptions } from './types';

/** The edits of every fix that needs no decision, merged: none overlap, copies into one group combined. */
export function fixAllEdits(release: ParsedRelease, schema: CompiledSchema, diagnostics: readonly ReleaseDiagnostic[], options: FixOptions): TextEdit[] {
  return mergeFixAll(release, schema, fixesFor(release, schema, diagnostics, options), options);
}

/** Fix-all from fixes already computed for every diagnostic of the release (`fixesFor`), so they are not computed twice. */
export function mergeFixAll(release: ParsedRelease, schema: CompiledSchema, allFixes: readonly AuthoringFix[], options: FixOptions): TextEdit[] {
  const ctx = fixContextOf(release, schema, options.now);
  if (!ctx) return [];
  const fixes = allFixes.filter((fix) => fix.inFixAll);
  // Separate copies into one group would each create the group; combine them into one fix per group.
  const copies = new Map<string, { keys: string[]; diagnostics: ReleaseDiagnostic[] }>();
  const chosen: AuthoringFix[] = [];
  for (const fix of fixes) {
    if (!fix.copy) {
      chosen.push(fix);
      continue;
    }
    const entry = copies.get(fix.copy.parent) ?? { keys: [], diagnostics: [] };
    addNew(entry.keys, fix.copy.keys);
    entry.diagnostics.push(...fix.diagnostics);
    copies.set(fix.copy.parent, entry);
  }
  for (const [parent, entry] of copies) {
    const fix = copyFix(ctx, [parent], entry.keys, entry.diagnostics);
    if (fix) chosen.push(fix);
  }
  return withoutOverlaps(chosen);
}

/**
 * The edits of each fix in turn, skipping a whole fix when any of its edits meets one already taken, or
 * when it writes a key another taken fix writes (`titl` and `tite` both renamed to `title`).
 */
function withoutOverlaps(fixes: readonly AuthoringFix[]): TextEdit[] {
  const accepted: TextEdit[] = [];
  const written = new Set<string>();
  const overlaps = (a: TextEdit, b: TextEdit) => (a.startOffset < b.endOffset && b.startOffset < a.endOffset) || a.startOffset === b.startOffset;
  for (const fix of fixes) {
    const keys = (fix.writesKeys ?? []).map((path) => JSON.stringify(path));
    if (keys.some((key) => written.has(key))) continue;
    if (fix.edits.some((edit) => accepted.some((other) => overlaps(edit, other)))) continue;
    accepted.push(...fix.edits);
    for (const key of keys) written.add(key);
  }
  return accepted.sort((a, b) => a.startOffset - b.startOffset);
}
