/**
 * Fixes offered where the cursor is, without a diagnostic: copying top-level fields into a group
 * (`title` → `og.title`) when the range touches the source field or the group, and `https://` for an
 * `http://` address the schema accepts (its diagnostic, when it has one, brings the fix instead).
 */
import type { Node } from 'yaml';
import type { ParsedRelease } from '../../frontMatter/parse';
import type { CompiledSchema } from '../../schema/compile';
import type { SchemaPath } from '../../schema/jsonSchema';
import { schemaAt } from '../../schema/navigate';
import { pairAt } from '../../yaml';
import { copyCandidates, copyFix } from './copyToGroup';
import { fixContextOf, type FixContext } from './fixContext';
import { httpsFix } from './httpsFix';
import { patternOf } from './localeFix';
import type { AuthoringFix, FixOptions } from './types';

export function fixesAt(release: ParsedRelease, schema: CompiledSchema, startOffset: number, endOffset: number, options: FixOptions): AuthoringFix[] {
  const ctx = fixContextOf(release, schema, options.now);
  if (!ctx) return [];
  const touches = (path: SchemaPath) => pairTouches(ctx, path, startOffset, endOffset);
  const fixes: AuthoringFix[] = [];
  const candidates = copyCandidates(ctx);
  const touchedParents = new Set<string>();
  for (const { parent, key, source } of candidates) {
    if (!touches([source]) && !touches([parent])) continue;
    const fix = copyFix(ctx, [parent], [key], []);
    if (fix) fixes.push(fix);
    touchedParents.add(parent);
  }
  // And every copy into that group at once.
  for (const parent of touchedParents) {
    const keys = candidates.filter((candidate) => candidate.parent === parent).map((candidate) => candidate.key);
    if (keys.length < 2) continue;
    const fix = copyFix(ctx, [parent], keys, []);
    if (fix) fixes.push(fix);
  }
  for (const role of ['url', 'socialUrl', 'socialImage'] as const) {
    const path = ctx.roles[role];
    if (!path || !touches(path)) continue;
    const value = String(ctx.document.getIn(path));
    // An address its pattern refuses has a diagnostic, and the fix comes with it.
    const refused = patternOf(schemaAt(ctx.root, path)?.pattern)?.test(value) === false;
    const fix = /^http:/i.test(value) && !refused ? httpsFix(ctx, path) : undefined;
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/** Whether `[start, end]` meets the pair at `path`, from its key to the end of its value. */
function pairTouches(ctx: FixContext, path: SchemaPath, start: number, end: number): boolean {
  const pair = pairAt(ctx.document, path);
  const key = pair?.key as Node | undefined;
  if (!key?.range) return false;
  const value = pair?.value as Node | null | undefined;
  const pairEnd = ctx.contentStart + (value?.range?.[1] ?? key.range[1]);
  return ctx.contentStart + key.range[0] <= end && start <= pairEnd;
}
