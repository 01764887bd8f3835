/**
 * A field written twice with different capitals (`Area:` beside `area:`): remove the one the schema
 * does not know, its whole lines (key, value and comment), so the field the schema knows is kept.
 */
import { isMap, type Node, type Pair } from 'yaml';
import type { BuiltInDiagnostic } from '../../diagnostics';
import { nodeAt, pairAt } from '../../yaml';
import type { FixContext } from './fixContext';
import type { AuthoringFix } from './types';

export function removeDuplicateKeyFix(ctx: FixContext, diagnostic: BuiltInDiagnostic): AuthoringFix | undefined {
  if (diagnostic.code !== 'unknown-field') return undefined;
  const { key, known } = diagnostic.data;
  const twin = known.find((name) => name !== key && name.toLowerCase() === key.toLowerCase());
  if (twin === undefined) return undefined;
  const parentPath = diagnostic.path.slice(0, -1);
  const parent = parentPath.length === 0 ? ctx.document.contents : nodeAt(ctx.document, parentPath);
  if (!isMap(parent) || parent.flow || !parent.has(twin)) return undefined;
  const pair = pairAt(ctx.document, diagnostic.path);
  const lines = pair ? linesOf(ctx, pair) : undefined;
  if (!lines) return undefined;
  return {
    id: 'remove-duplicate-key',
    title: `Remove "${key}" (the release already has "${twin}")`,
    edits: [{ ...lines, newText: '' }],
    diagnostics: [diagnostic],
    isPreferred: true,
    // Removing a value is the author's decision.
    inFixAll: false,
  };
}

/** The whole lines a block pair takes, from its line's start to the start of the line after it. */
function linesOf(ctx: FixContext, pair: Pair): { startOffset: number; endOffset: number } | undefined {
  const { text, lines } = ctx.release;
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  if (!key?.range) return undefined;
  const keyStart = ctx.contentStart + key.range[0];
  const startLine = lines.positionAt(keyStart).line;
  const startOffset = lines.lineStart(startLine);
  if (text.slice(startOffset, keyStart).trim() !== '') return undefined; // not alone at the start of its line
  let end = ctx.contentStart + (value?.range?.[1] ?? key.range[1]);
  // A value's range may include the line break after it.
  while (end > keyStart && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const endLine = lines.positionAt(end).line;
  const endOffset = endLine + 1 < lines.lineCount ? lines.lineStart(endLine + 1) : ctx.release.block!.contentEnd;
  if (endOffset > ctx.release.block!.contentEnd) return undefined;
  return { startOffset, endOffset };
}

